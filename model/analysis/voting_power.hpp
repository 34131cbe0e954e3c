// The voting-power analysis of one model on one date: every compiled game of the model's entity
// with the exact power of each player, the players grouped by the party they stand for, each
// body's threshold sweep, and the players whose power a student will find surprising with the
// coalitions that explain it. Computed once and shared by the report's renderings (markdown,
// JSON, charts, explanation files); nothing here writes words.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis/basis.hpp"
#include "model/analysis/explanation.hpp"
#include "model/compile/compile_games.hpp"
#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/governance/model.hpp"
#include "model/governance/votes.hpp"
#include "model/power/oceanic.hpp"
#include "model/power/power_table.hpp"
#include "model/power/threshold_sweep.hpp"

namespace jvgov::analysis {

using exact::Rational;

// A party of a game: the player itself, or, on a board in the individual view, the appointer of
// one or more directors (an independent director stays on its own). Stakes are the party's.
struct PartyGroup {
    std::string id;
    std::string name;
    Rational economic;
    Rational voting;
    std::vector<int> players;  // indices into CompiledGame::players, increasing
    // The party's share of the votes cast on this matter, the fair comparison for its power:
    // of the voting interests of the members entitled to vote (members' meeting; the votes cast
    // by a dispersed float included), or of the seats whose directors may vote (board); 0 when
    // it may not vote.
    Rational vote_share;
};

struct GameResult {
    compile::CompiledGame game;
    // compute_power with default options: every index that fits. With a dispersed float
    // (game.ocean): oceanic_table of the limit game.
    power::PowerTable table;
    // With a dispersed float: the oceanic values (power::oceanic_power of ocean_game(game)).
    std::optional<power::OceanicPower> oceanic;
    std::vector<PartyGroup> groups;  // in order of first player
    // The players whose power is explained beside the report (surprising_players), increasing.
    std::vector<int> explained;
    // A members' meeting: the holders whose votes on this matter the rules adjust (share classes
    // aside): governance::adjusted_votes entries with at least one adjustment, file order.
    std::vector<governance::HolderVotes> adjusted = {};
    // The records the game was compiled from (game_basis): what its indices, vetoes and dummies
    // rest on.
    Basis basis = {};
};

// The oceanic game of a compiled game with a dispersed float: the players' votes (0 for those who
// may not vote), the float's votes cast and the threshold point of the rule over all the votes
// cast (on the weights' scale). REQUIRES: game.ocean.
power::OceanicGame ocean_game(const compile::CompiledGame& game);

// The power table of a game with a dispersed float: `limit` (compute_power of the limit game
// game.game: its structure, vetoes, dummies, coalitions) with Banzhaf, Penrose and
// Shapley-Shubik replaced by the oceanic values, and the indices that have no oceanic limit
// here (Deegan-Packel, public good, Johnston, Coleman, Owen) removed.
power::PowerTable oceanic_table(power::PowerTable limit, const power::OceanicPower& oceanic);

// Every game of compile_games(model) (model already as of its date), in that order, with its
// power table, party groups and explained players. Throws what compile_games and compute_power
// throw.
std::vector<GameResult> compute_voting_power(const governance::Model& model);

// The sum of the normalised Banzhaf indices of a group's players (0 when Banzhaf was not
// computed).
Rational summed_banzhaf(const power::PowerTable& table, const PartyGroup& group);

// The sum over a group's players of one index; nullopt when a player lacks it.
std::optional<Rational> summed_index(const power::PowerTable& table, const PartyGroup& group,
                                     std::optional<Rational> power::PlayerPower::*index);

// A player's share of the votes cast on the matter (its party's vote_share split evenly among
// the party's directors in the individual view). REQUIRES: 0 <= player < players.
Rational player_vote_share(const GameResult& result, int player);

// The share of the votes cast on the matter that `player` of `game` casts (0 when it may not
// vote): its voting interest of the members' votes cast (a dispersed float's votes cast
// included), or its directors' votes of the board's votes. REQUIRES: 0 <= player < players.
Rational vote_share_of(const compile::CompiledGame& game, int player);
// vote_share_of for every player, in order (one pass: a board of 1,000 directors).
std::vector<Rational> vote_shares(const compile::CompiledGame& game);

// The players whose power a student will find surprising: the dictator, veto players, dummies,
// and players standing alone for their party whose Banzhaf index is at least
// surprising_gap (5 percentage points) away from their share of the votes cast. Only games of
// at most max_explained_players players; none otherwise. Increasing.
inline const Rational surprising_gap{1, 20};
std::vector<int> surprising_players(const GameResult& result);

// One of the model's thresholds on a body, with the matters that use it.
struct ModelThreshold {
    governance::Threshold threshold;   // as the model writes it
    Rational share;                    // where it sits on the axis: 1/2, 3/4, 1
    std::int64_t quota = 0;            // the votes (seats) it needs of the body's weights
    std::vector<std::string> matters;  // matter names, in file order
    std::vector<std::string> matter_ids = {};  // their ids, same order
};

// A decision body in its simple weighted form and its threshold sweep. Members' meeting: one
// party per holder of a voting interest (the players of its compiled games), weights = voting
// stakes scaled to integers as the compiler scales them (votes). Board: one party per
// appointer (an independent director on its own), weights = its seats. Consents, quorum,
// exclusions, double majorities and casting votes are left out: the sweep isolates the
// threshold.
struct BodySweep {
    std::string body;                   // body id
    std::string body_name;              // "Members' meeting of Stargate LLC"
    bool board = false;                 // weights are seats (board) or votes (members' meeting)
    bool weighted_directors = false;    // a board whose directors do not all cast one vote
    std::vector<std::string> parties;   // party names
    std::vector<std::int64_t> weights;  // one per party
    power::ThresholdSweep sweep;  // sweep_thresholds(weights, 201, the model thresholds' quotas)
    // The thresholds of the body's matters in the model from a simple majority up (one entry per
    // distinct threshold, increasing); thresholds below a simple majority are not listed.
    std::vector<ModelThreshold> thresholds;
    // The body's matters left out of `thresholds` because some party may not vote on them: their
    // threshold is taken over the entitled votes only, a different game from this sweep's.
    std::vector<std::string> not_marked;
    // What the body's own games add to the threshold and this sweep leaves out: a quorum (of
    // votes or seats, or parties required present), a consent on some matter, a count by head
    // on some matter, a chair's casting vote.
    bool leaves_out_quorum = false;
    bool leaves_out_consents = false;
    bool leaves_out_head_count = false;
    bool leaves_out_casting_vote = false;
    // What the sweep rests on: the body's weights (body_weights_basis) and the matters whose
    // thresholds it marks.
    Basis basis = {};
};

// One BodySweep per body with compiled games in `results` (compute_voting_power(model)), in the
// order of their first game, except bodies with a dispersed float (the sweep is of a weighted
// game among the players alone). Throws what sweep_thresholds throws.
std::vector<BodySweep> body_sweeps(const governance::Model& model,
                                   const std::vector<GameResult>& results);

// Everything the voting-power report shows on one date.
struct VotingPowerFacts {
    const governance::Model& full;  // the whole model (all dates)
    governance::Model on_date;      // governance::as_of(full, day)
    governance::Date day;
    std::vector<GameResult> games;  // compute_voting_power(on_date)
    std::vector<BodySweep> sweeps;  // body_sweeps(on_date, games)
    // One per explained player of every game, in game order then player order.
    std::vector<ExplanationFacts> explanations;
};

// Whether two dates' analyses give the same report: the same games (body, matter, view, the
// game as described, each player's id, name, stakes and votes), the same indices for every
// player, the same assumptions under each game, and the same threshold sweeps. A later edition
// whose analysis is the same as an earlier one's links back to it instead of repeating it.
bool same_voting_power(const VotingPowerFacts& a, const VotingPowerFacts& b);

// The voting-power facts of `full.info.entity` on `day`. REQUIRES: `full` passed the loader's
// checks. Throws what compute_voting_power, body_sweeps and explain throw, and InputError when
// the entity does not exist on that date (analysis/governance.hpp, require_entity).
VotingPowerFacts analyse_voting_power(const governance::Model& full, governance::Date day);

}  // namespace jvgov::analysis
