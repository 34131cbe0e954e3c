// The power indices: one table with, per index, its spellings, its name for readers, its
// definition, the engines that compute it and where its value sits in a PowerTable. Every list
// of indices and every switch over them reads this table; a new index is one more row here (and
// its computation in the engines).
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "model/power/power_table.hpp"

namespace jvgov::power {

enum class Index {
    banzhaf,
    penrose,
    swings,
    shapley_shubik,
    deegan_packel,
    public_good,
    johnston,
    coleman,  // coleman_act, coleman_prevent, coleman_initiate
    owen,
    banzhaf_owen,
};

// The engines that can compute an index (model/power/compute.hpp).
struct Engines {
    bool weighted_dp = false;  // the weighted dynamic programming (weighted_power.hpp)
    bool enumeration = false;  // enumeration of every coalition (enumeration.hpp)
    bool monte_carlo = false;  // the Monte Carlo estimate (monte_carlo.hpp)
};

struct IndexInfo {
    Index index;
    // The canonical spelling: `jvgov power --index`, JSON and CSV keys ("shapley_shubik").
    std::string_view id;
    // More spellings `--index` accepts ("ss"); empty entries are unused.
    std::array<std::string_view, 1> aliases;
    // The spelling of game files (`indices`, [[published]] `index`: "shapley-shubik"); empty when
    // a game file cannot name the index. These are the indices the reports show.
    std::string_view file_name;
    std::string_view display_name;   // for readers of the reports: "Shapley–Shubik"
    std::string_view plain_name;     // ASCII, for `jvgov power` tables: "Shapley-Shubik"
    std::string_view also_known_as;  // "absolute Banzhaf", or empty
    // What the index measures, one sentence without the name ("the player's share of ...").
    std::string_view definition;
    Engines engines;
    bool needs_blocs = false;  // defined only with a priori unions (blocs)
    // The player's value in a PowerTable row; nullptr when the index is not one rational per
    // player (swings are integers; Coleman's powers are two values and one of the game).
    std::optional<Rational> PlayerPower::*value = nullptr;
};

// Every index, in the order of the enum (the order of the reports' columns).
inline constexpr std::array<IndexInfo, 10> index_table = {{
    {Index::banzhaf,
     "banzhaf",
     {"bz"},
     "banzhaf",
     "Banzhaf",
     "Banzhaf",
     "",
     "the player's share of all swings (a swing: a winning coalition that loses when the player "
     "leaves it).",
     {true, true, true},
     false,
     &PlayerPower::banzhaf},
    {Index::penrose,
     "penrose",
     {},
     "penrose",
     "Penrose",
     "Penrose",
     "absolute Banzhaf",
     "the probability that the player is decisive when every other player votes yes or no with "
     "even odds.",
     {true, true, true},
     false,
     &PlayerPower::penrose},
    {Index::swings,
     "swings",
     {},
     "",
     "Swings",
     "Swings",
     "raw Banzhaf",
     "the number of winning coalitions that lose when the player leaves them.",
     {true, true, false},
     false,
     nullptr},
    {Index::shapley_shubik,
     "shapley_shubik",
     {"ss"},
     "shapley-shubik",
     "Shapley–Shubik",
     "Shapley-Shubik",
     "",
     "the share of the orderings of the players in which the player is pivotal (turns the "
     "coalition formed so far from losing to winning).",
     {true, true, true},
     false,
     &PlayerPower::shapley_shubik},
    {Index::deegan_packel,
     "deegan_packel",
     {},
     "deegan-packel",
     "Deegan–Packel",
     "Deegan-Packel",
     "",
     "each minimal winning coalition is equally likely and shares its power equally among its "
     "members.",
     {true, true, false},
     false,
     &PlayerPower::deegan_packel},
    {Index::public_good,
     "public_good",
     {},
     "public-good",
     "Public good",
     "Public good",
     "Holler",
     "the number of minimal winning coalitions the player belongs to, divided by the sum of "
     "those numbers over all players.",
     {true, true, false},
     false,
     &PlayerPower::public_good},
    {Index::johnston,
     "johnston",
     {},
     "johnston",
     "Johnston",
     "Johnston",
     "",
     "like Banzhaf, but a swing is shared among all the players critical in that coalition.",
     {true, true, false},
     false,
     &PlayerPower::johnston},
    {Index::coleman,
     "coleman",
     {},
     "",
     "Coleman",
     "Coleman",
     "",
     "the share of winning coalitions (power of the collectivity to act), and per player the "
     "share of winning coalitions it can turn into losing ones (prevent) and of losing ones it "
     "can turn into winning ones (initiate).",
     {true, true, false},
     false,
     nullptr},
    {Index::owen,
     "owen",
     {},
     "",
     "Owen",
     "Owen",
     "",
     "the Shapley–Shubik index when the blocs (a priori unions) form in turn and their members "
     "join together.",
     {false, true, false},
     true,
     &PlayerPower::owen},
    {Index::banzhaf_owen,
     "banzhaf_owen",
     {},
     "",
     "Banzhaf–Owen",
     "Banzhaf-Owen",
     "",
     "the Banzhaf index over the coalitions made of whole other blocs and part of the player's "
     "own bloc.",
     {false, true, false},
     true,
     &PlayerPower::banzhaf_owen},
}};

// The row of `index`.
constexpr const IndexInfo& info(Index index) {
    for (const IndexInfo& row : index_table) {
        if (row.index == index) {
            return row;
        }
    }
    return index_table.front();  // unreachable: every enumerator has a row (index_test.cpp)
}

// Every index, in table order.
std::vector<Index> all_indices();

// The indices the reports show and game files may name (those with a file_name), in table
// order: banzhaf, penrose, shapley_shubik, deegan_packel, public_good, johnston.
std::vector<Index> reported_indices();

// The canonical spelling, info(index).id.
std::string_view index_name(Index index);

// The index spelt `text` on the command line: its id or an alias ("ss", "bz"); nullopt otherwise.
std::optional<Index> parse_index(std::string_view text);

// The index spelt `text` in a game file: a file_name ("shapley-shubik"); nullopt otherwise.
std::optional<Index> parse_file_index(std::string_view text);

// "banzhaf, penrose, shapley-shubik, deegan-packel, public-good, johnston": the spellings game
// files accept, for messages.
std::string file_index_names();

// The player's value of `index` in `player`; nullptr when info(index).value is nullptr.
const std::optional<Rational>* index_value(const PlayerPower& player, Index index);

}  // namespace jvgov::power
