// The voting-power report (reports/<model>/voting-power.md): for every decision body and matter of
// the model's entity, the game its rule defines (model/compile) and the exact power of each
// player in it (model/power), beside the player's economic and voting stake.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/analysis/voting_power.hpp"
#include "model/report/report_context.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::report {

// The voting-power report of the facts (analysis::analyse_voting_power: the entity on one
// date), in markdown, in this
// section order: title ("Voting power in <name> as of <date>") and metadata (model file, date,
// generator, context.related as "See also" lines, a link to the JSON of the same results at
// stem's file name + ".json", see voting_power_json.hpp); how to read this report (the indices,
// veto player, dummy, dictator, why power differs from stake); then one section per compiled
// game, in compile_games order (a board in its individual then its bloc view): the rule in words
// and as a game (games::describe), a power table (player, economic stake, voting stake, Banzhaf,
// Penrose, Shapley–Shubik, Deegan–Packel, public good, Johnston; each index as "p/q (0.dddd)"),
// veto players, dummies, dictator, the minimal winning coalitions by name, and findings in plain
// sentences computed from those results (who blocks alone, who is never pivotal, by how many
// percentage points each party's Banzhaf index exceeds or falls short of its voting stake; on a
// board in the individual view a party's index is the sum over its directors) and the game's
// stake-and-power chart (voting_power_charts.hpp) as an image link; then a summary table, one row
// per game and one column per party, of each party's Banzhaf index; last "Power as the threshold
// moves" (left out when no body has a sweep, analysis::body_sweeps): per body its simple
// weighted form, where power jumps in words
// (threshold_steps), the model's thresholds on it and its threshold chart. Image links
// name the SVG files render_voting_power_files writes beside the markdown (stem's file name +
// "-<game slug>.svg" and "-threshold-<body id>.svg").
// An index that did not fit the budget is shown as "—" and named under its table.
// A members' meeting with a dispersed float (CompiledGame::ocean) says so in a "Dispersed float"
// line (who, turnout, share of the votes cast, the oceanic methods, the float's Shapley-Shubik
// value, the indices not defined for it, shown as "—"), and a dictator of its limit game is
// "decisive" with the reason (its votes and half the float's pass the threshold, the rest do
// not).
// Written with the document model (document.hpp): party, body and matter names, the rule in words
// and the game titles are model text, printed literally (escaped by the writer).
// Deterministic: same inputs, same bytes.
std::string render_voting_power_report(const analysis::VotingPowerFacts& facts,
                                       const ReportContext& context,
                                       const std::filesystem::path& stem);

// With context.same_as (a later edition whose analysis is the same as an earlier one's), the
// report is its title and metadata, the opening, one section "As on <date>" linking to the
// earlier report, the summary table and the glossary; its files are the markdown, the JSON (in
// full) and the summary table's CSV.
// The files of this report, named from `stem` (e.g. reports/stargate/voting-power-latest): the
// markdown at stem + ".md", then its JSON (render_voting_power_json) at stem + ".json", the
// explanation files, then the SVG charts (voting_power_charts): one per game, then one per body.
std::vector<OutputFile> render_voting_power_files(const analysis::VotingPowerFacts& facts,
                                                  const ReportContext& context,
                                                  const std::filesystem::path& stem);

}  // namespace jvgov::report
