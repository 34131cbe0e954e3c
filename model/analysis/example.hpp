// The analysis of a classic voting game (a game file, docs/game-format.md) for its example
// report: the exact power of every player in the indices the file asks for, and, for a single
// weighted game, how the Banzhaf indices move with the quota.
#pragma once

#include <cstddef>
#include <optional>

#include "model/load/game_file.hpp"
#include "model/power/power_table.hpp"
#include "model/power/threshold_sweep.hpp"

namespace jvgov::analysis {

// Minimal winning coalitions are listed up to this many, else counted.
inline constexpr std::size_t example_listed_coalitions = 20;
// Every quota from a simple majority to unanimity is evaluated when there are at most this
// many of them; else example_sampled_quotas sampled quotas (plus the game's own).
inline constexpr std::size_t example_exhaustive_quotas = 201;
inline constexpr std::size_t example_sampled_quotas = 21;

struct ExampleFacts {
    load::GameFile file;
    // compute_power with the file's `indices` (or all six) and example_listed_coalitions.
    power::PowerTable table;
    // For a single weighted game whose Banzhaf index was computed: its Banzhaf indices as the
    // quota moves (sweep_thresholds with the game's quota marked).
    std::optional<power::ThresholdSweep> sweep;
    // A game of several parts (AND, OR) of at most example_idle_part_players players: the parts
    // (indices into the top-level parts, increasing) that never decide, i.e. the game wins
    // exactly the same coalitions without them (AND: every coalition winning the other parts
    // wins this one too; OR: every coalition winning this one wins another part too).
    std::vector<std::size_t> idle_parts = {};
};

// The largest game whose parts are checked for idle_parts (every coalition is enumerated).
inline constexpr int example_idle_part_players = 20;

// The facts of `file`; with blocs (the file's a priori unions), the Owen and Banzhaf-Owen values
// as well, whatever `indices` says. Throws power::BudgetExceeded (an InputError) when an index does not fit the
// default memory budget (restrict the file's `indices`), and what compute_power and
// sweep_thresholds throw.
ExampleFacts analyse_example(load::GameFile file);

}  // namespace jvgov::analysis
