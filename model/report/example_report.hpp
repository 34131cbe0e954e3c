// The example report of a classic voting game (reports/examples/<name>.md): one game file
// (docs/game-format.md) with its source and the values from the literature it reproduces,
// explained for students beside the exact power of every player.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/load/game_file.hpp"
#include "model/report/report_context.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::report {

// The report of `file` in markdown, in this section order: title ("Voting power in the <name>",
// or the game file's name when the game has none) and metadata (context.model_path as the game
// file, the weights file if any, context.tool_version, context.related as "See also" lines);
// source (citation, URL, notes); the rule in words (for a weighted game: "at least Q of the T
// votes (share)") and as a game (games::describe); how to read this report; the power table
// (player, weight, share of the total weight when the game is one weighted game, then each
// computed index as "p/q (0.dddd)", or as an 8-decimal value when the fraction has more than 12
// digits in its numerator or denominator); players by weight, largest first (ties and non-weighted
// games in file order); the indices not computed and why (the file's `indices`); veto players,
// dummies, dictator; the minimal winning coalitions (listed when at most 20, else counted when
// known); findings in plain sentences computed from the results (who blocks alone, who is never
// pivotal, the dictator, and for a weighted game the players of different weights with the same
// positive Banzhaf index, and by how many percentage points each player's
// Banzhaf index exceeds or falls short of its weight share, players with equal weight and power
// in one sentence; with more than 20 groups only the three largest gaps above and below);
// charts (for a single weighted game whose Banzhaf index was computed): a sentence on how often
// power jumps as the quota moves from a simple majority to unanimity, and links to the two SVG
// files `<name>-power-vs-weight.svg` (bars: share of the total weight, Banzhaf, Shapley–Shubik
// when computed, one group per weight, at most the 12 largest weights) and
// `<name>-threshold.svg` (steps: the Banzhaf index of at most the 8 largest weights as the quota
// moves; every quota evaluated when there are at most 201 from a simple majority to unanimity,
// else 21 sampled quotas plus the game's own; the game's quota marked); and a "Published values"
// table: index, players, published value, source, the value computed here and "reproduced" or
// "DIFFERS"
// ("not computed" when the index was not computed). `name` (e.g. "unsc") names the chart files the
// report links to. Indices: the file's `indices`, or all six; computed exactly by compute_power.
// Deterministic: same inputs, same bytes.
// Throws power::BudgetExceeded when an index does not fit the default memory budget (restrict
// the file's `indices`), and what compute_power throws.
std::string render_example_report(const load::GameFile& file, const ReportContext& context,
                                  const std::string& name);

// The files of this report, named from `stem` (e.g. reports/examples/unsc): the markdown at
// stem + ".md" and, when the report has charts, the two SVG files beside it (name = the stem's
// file name). Throws as render_example_report does.
std::vector<OutputFile> render_example_files(const load::GameFile& file,
                                             const ReportContext& context,
                                             const std::filesystem::path& stem);

}  // namespace jvgov::report
