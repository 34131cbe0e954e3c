// Text forms of games: quota and weight notations shared by the CLI and the game file, and the
// small TOML game format described in docs/game-format.md.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/games/simple_game.hpp"

namespace jvgov::games {

// A quota written as a whole number of votes ("39"), as "at least" a share of the total
// ("50%", "2/3", "0.5"), or as "more than" a share ("more than 50%", "majority" = more than
// half). Throws std::invalid_argument naming the text when it is none of these, when it is
// not a whole number of votes, or when a share is outside (0, 1]. The result is not checked
// against the total (games::validate does that).
std::int64_t parse_quota(std::string_view text, std::int64_t total_weight);

// A weight: a non-negative whole number ("7", "1_000", "3e6"). Throws std::invalid_argument
// naming the text when it is malformed, negative, fractional or larger than 2^62.
std::int64_t parse_weight(std::string_view text);

// The power indices a game file can name (in `indices` and in [[published]]), in the order the
// reports show them.
enum class PowerIndex { banzhaf, penrose, shapley_shubik, deegan_packel, public_good, johnston };

// All six, in the order above.
std::vector<PowerIndex> all_power_indices();

// "banzhaf", "penrose", "shapley-shubik", "deegan-packel", "public-good", "johnston": the
// spelling of game files. parse_power_index accepts exactly these.
std::string_view power_index_name(PowerIndex index);
std::optional<PowerIndex> parse_power_index(std::string_view name);

// A structural fact about players: each is a veto player, each is a dummy, or the one player
// is the dictator.
enum class StructuralClaim { veto, dummy, dictator };

// A value from the literature that the game must reproduce ([[published]]): the index value of
// each listed player, or a structural claim about them.
struct PublishedValue {
    std::variant<PowerIndex, StructuralClaim> claim;
    std::vector<int> players;  // indices into the game's players, as listed in the file
    exact::Rational value;     // the published index value; 0 for a structural claim
    std::string value_text;    // the value as written in the file ("3/21"); empty for a claim
    std::string source;        // the citation
};

// Where the game's rules and weights come from ([source]).
struct GameSource {
    std::string citation;
    std::string url;    // may be empty
    std::string notes;  // may be empty (assumptions, caveats)
};

// A game read from a file, with its a priori unions (blocs, as player indices) if any, and
// what the file says about the game's source and published values.
struct GameFile {
    std::string title;  // [game] name, or empty
    SimpleGame game;
    std::vector<std::vector<int>> blocs;
    std::optional<GameSource> source;
    std::vector<PublishedValue> published;
    // The indices a report should compute (`indices`); empty when the file does not restrict
    // them.
    std::vector<PowerIndex> indices;
    std::string weights_file;  // `weights_file` as written in the file, or empty
};

// Thrown by load_game_file; what() is one line "path:line:col: error: message" per mistake (line
// and column of the offending TOML value, or "path: error: message" when there is none). The
// game itself ([game]) stops at its first mistake; the mistakes in `indices`, [source] and every
// [[published]] entry are all reported together.
class GameFileError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Reads and validates a game file (see docs/game-format.md), including its [source] and
// [[published]] entries and a weights file it names (relative to the game file's directory).
// Throws GameFileError; an error inside the weights file is located in that file.
GameFile load_game_file(const std::filesystem::path& path);

// Reads a weights file: one "weight", "name,weight", "name<TAB>weight" or
// "code<TAB>weight<TAB>name" (the IMF register's layout; the player is named by the name) per
// line; blank lines and lines starting with '#' are ignored. Either every line has a name or
// none has (then names are P1..Pn).
// Throws GameFileError ("path:line: error: message").
struct NamedWeights {
    std::vector<std::string> names;
    std::vector<std::int64_t> weights;
};

NamedWeights load_weights_file(const std::filesystem::path& path);

}  // namespace jvgov::games
