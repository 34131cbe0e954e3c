// Why one player of one compiled governance game has the power it has: the coalitions in which
// it is critical, the orderings in which it is pivotal, and its exact indices, as facts for
// report/explanation to word. Used by `jvgov explain` and by the voting-power report's "why"
// files. Small games only (every coalition and ordering is enumerated).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/compile/compile_games.hpp"
#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/governance/model.hpp"
#include "model/power/explain.hpp"
#include "model/power/power_table.hpp"

namespace jvgov::analysis {

// The largest game explained.
inline constexpr int max_explained_players = 12;
// Swing coalitions listed one by one; the rest are counted.
inline constexpr std::size_t max_listed_swings = 64;

// One condition of a compiled rule (the parts of compile::CompiledRule, in the order the compiler
// joins them: the vote, the head count, the quorum, each party required present, each consent),
// checked on one coalition.
struct RuleCheck {
    enum class Part { vote, head_count, quorum, present, consent };
    Part part = Part::vote;
    std::string party;  // present, consent: the party (id) whose vote or directors are required
    bool met = false;
    // The coalition's weight in the condition when it is a weighted vote (votes for `vote`,
    // directors by head for `head_count` and `quorum` of a board, votes for the quorum of a
    // members' meeting, the party's directors for `present` and `consent`); nullopt when the
    // condition is not a single weighted vote (a casting vote, voting pools). The quota and the
    // total are CompiledRule's.
    std::optional<std::int64_t> weight;
};

// A coalition that shows why a player is a dummy or holds a veto, and the conditions of the rule
// it meets or misses.
struct CoalitionWitness {
    games::Coalition coalition = 0;
    bool wins = false;
    std::vector<RuleCheck> checks;  // one per condition of the rule, in RuleCheck's order
    exact::Rational vote_share;     // the coalition's share of the votes cast on the matter
};

// A game in a view the model does not declare (a board's bloc view when its directors are
// declared to vote individually, or the reverse): the player's party in the declared view.
struct DeclaredReading {
    compile::View view = compile::View::individual;
    std::string party;          // the party id (the appointer of a bloc player)
    int players = 0;            // its players in the declared view (its directors, or 1)
    exact::Rational banzhaf;    // their summed normalised Banzhaf index
    exact::Rational vote_share; // their share of the votes cast
};

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
    // The player's share of the votes cast on the matter (vote_share_of), the fair comparison
    // for its power.
    exact::Rational vote_share;
    // A dummy: the smallest winning coalition without the player (fewest players, then the first
    // of the minimal winning coalitions); a veto player: the largest coalition without it, all
    // the other players, which loses. nullopt for other players, a dictator, and games with a
    // dispersed float (their conditions are those of the limit game).
    std::optional<CoalitionWitness> witness;
    // A dummy's witness that is exactly the set of veto players: every winning coalition
    // contains it, so no winning coalition ever needs the dummy.
    bool witness_is_veto_players = false;
    // The game is not in the view the model declares: the declared view of the same matter.
    std::optional<DeclaredReading> declared;
};

// The game of `matter` in `view` on the model as of its date (compile::compile_matter), for
// choosing the player to explain. Throws what compile_matter throws.
compile::CompiledGame explained_game(const governance::Model& model_on_date,
                                     const governance::Body& body, const governance::Matter& matter,
                                     compile::View view);

// The facts explaining `player` of `compiled` (the game of `matter` of `body` on `day`, compiled
// from `model_on_date`, the model as of `day`). REQUIRES: 0 <= player < its player count.
// Throws what power::explain_player throws (a game of more than max_explained_players players),
// what compute_power throws, and (a game not in the declared view) what compile_matter throws.
ExplanationFacts explain(const governance::Model& model_on_date, const governance::Body& body,
                         const governance::Matter& matter, compile::CompiledGame compiled,
                         int player, governance::Date day);

// The conditions of `compiled`'s rule checked on `coalition`, with the coalition's share of the
// votes cast. REQUIRES: no dispersed float.
CoalitionWitness check_coalition(const compile::CompiledGame& compiled, games::Coalition coalition);

}  // namespace jvgov::analysis
