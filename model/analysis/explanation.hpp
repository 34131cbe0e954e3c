// Why one player of one compiled governance game has the power it has: the coalitions in which
// it is critical, the orderings in which it is pivotal, and its exact indices, as facts for
// report/explanation to word. Used by `jvgov explain` and by the voting-power report's "why"
// files. Small games only (every coalition and ordering is enumerated).
#pragma once

#include <cstddef>

#include "model/compile/compile_games.hpp"
#include "model/governance/date.hpp"
#include "model/governance/model.hpp"
#include "model/power/explain.hpp"
#include "model/power/power_table.hpp"

namespace jvgov::analysis {

// The largest game explained.
inline constexpr int max_explained_players = 12;
// Swing coalitions listed one by one; the rest are counted.
inline constexpr std::size_t max_listed_swings = 64;

struct ExplanationFacts {
    governance::Body body;
    governance::Matter matter;
    compile::CompiledGame compiled;  // compile_matter(model on `day`, body, matter, view)
    int player = 0;                  // index into compiled.players
    governance::Date day;
    power::PlayerExplanation explanation;  // explain_player(compiled.game, player, ...)
    // compute_power(compiled.game); with a dispersed float, oceanic_table of it (the oceanic
    // Banzhaf, Penrose and Shapley-Shubik values).
    power::PowerTable table;
};

// The game of `matter` in `view` on the model as of its date (compile::compile_matter), for
// choosing the player to explain. Throws what compile_matter throws.
compile::CompiledGame explained_game(const governance::Model& model_on_date,
                                     const governance::Body& body, const governance::Matter& matter,
                                     compile::View view);

// The facts explaining `player` of `compiled` (the game of `matter` of `body` on `day`).
// REQUIRES: 0 <= player < its player count. Throws what power::explain_player throws (a game of
// more than max_explained_players players) and what compute_power throws.
ExplanationFacts explain(const governance::Body& body, const governance::Matter& matter,
                         compile::CompiledGame compiled, int player, governance::Date day);

}  // namespace jvgov::analysis
