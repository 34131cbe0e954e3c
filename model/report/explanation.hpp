// Why one player of one compiled governance game has the power it has, in markdown a student can
// follow: the rule, the game, the player's exact Banzhaf and Shapley-Shubik values, the coalitions
// in which it is critical, the orderings in which it is pivotal, and why it is a dummy, holds a
// veto or is a dictator. Written by `jvgov explain` and, for the voting-power report's surprising
// findings, as files beside the report. Small games only.
#pragma once

#include <string>

#include "model/compile/compile_games.hpp"
#include "model/governance/model.hpp"

namespace jvgov::report {

// The largest game explained: every coalition and ordering count is enumerated.
inline constexpr int max_explained_players = 12;

// The explanation, starting with "# Why <player> has its power: <matter>" and the line
// "Model: <model_file>, as of <day>.". Deterministic.
// REQUIRES: `compiled` is compile_matter(model, body, matter, view) of the model as of `day`,
// 0 <= player < its player count, and at most max_explained_players players.
// Throws InputError when the game is larger, and what compute_power throws.
std::string render_explanation(const governance::Body& body, const governance::Matter& matter,
                               const compile::CompiledGame& compiled, int player,
                               const std::string& model_file, governance::Date day);

}  // namespace jvgov::report
