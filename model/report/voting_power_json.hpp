// The voting-power results as JSON (reports/<model>/voting-power.json), schema
// "jvgov/voting-power@1" (docs/json-formats.md, "voting-power.json"): the same games, power
// tables, structure and party sums as the markdown report, for programs rather than readers.
//
// Conventions of "jvgov/power@1": every exact value is a string, a fraction in lowest terms
// ("5/14") or an integer in decimal ("848", any size); every share (stake or index) is an object
// {"exact": "5/14", "decimal": "0.357143"}, the decimal rounded half away from zero to
// report::decimal_digits (6) decimals from the exact value; a value that was not computed is null.
// Players are named by their ids (CompiledPlayer::id) wherever a list refers to them.
#pragma once

#include <string>
#include <vector>

#include "model/governance/model.hpp"
#include "model/report/report_context.hpp"
#include "model/analysis/voting_power.hpp"

namespace jvgov::report {

inline constexpr const char* voting_power_schema = "jvgov/voting-power@1";

// The JSON document, pretty-printed with two-space indentation and a final newline, keys in a
// fixed order: schema, generator (context.tool_version), model_file (context.model_path), entity
// {id, name}, as_of (ISO date), games (one per game of the facts, in order: id = game_slug, title =
// game_title, body, matter, view, declared_view, is_default, rule, game, players, veto_players,
// dummies, dictator, minimal_winning_coalitions, skipped, parties), summary (the parties in
// order of first appearance and, per game, each party's summed Banzhaf index or null when it is
// not a player of that game). Deterministic: same inputs, same bytes.
// Throws nlohmann::json::type_error when a name or text is
// not valid UTF-8 (never for a model the loader read: TOML text is UTF-8).
std::string render_voting_power_json(const analysis::VotingPowerFacts& facts,
                                     const ReportContext& context);

}  // namespace jvgov::report
