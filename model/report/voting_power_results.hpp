// The results behind the voting-power report, computed once and shared by its renderings
// (markdown, JSON, charts): every compiled game of the model's entity on one date with the exact
// power of each player, and the players grouped by the party they stand for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/compile/compile_games.hpp"
#include "model/governance/model.hpp"
#include "model/power/power_table.hpp"

namespace jvgov::report {

// A party of a game: the player itself, or, on a board in the individual view, the appointer of
// one or more directors (an independent director stays on its own). Stakes are the party's.
struct PartyGroup {
    std::string id;
    std::string name;
    governance::Rational economic;
    governance::Rational voting;
    std::vector<int> players;  // indices into CompiledGame::players, increasing
    // The party's share of the votes cast on this matter, the fair comparison for its power:
    // of the voting interests of the members entitled to vote (members' meeting), or of the
    // seats whose directors may vote (board); 0 when it may not vote.
    governance::Rational vote_share;
};

struct GameResult {
    compile::CompiledGame game;
    power::PowerTable table;         // compute_power with default options: every index that fits
    std::vector<PartyGroup> groups;  // in order of first player
};

// Every game of compile_games(model) (model already as of its date), in that order, with its
// power table and party groups. Throws what compile_games and compute_power throw.
std::vector<GameResult> compute_voting_power(const governance::Model& model);

// The sum of the normalised Banzhaf indices of a group's players (0 when Banzhaf was not
// computed).
governance::Rational summed_banzhaf(const power::PowerTable& table, const PartyGroup& group);

// The sum over a group's players of one index; nullopt when a player lacks it.
std::optional<governance::Rational> summed_index(
    const power::PowerTable& table, const PartyGroup& group,
    std::optional<governance::Rational> power::PlayerPower::*index);

// A player's share of the votes cast on the matter (its party's vote_share split evenly among
// the party's directors in the individual view). REQUIRES: 0 <= player < players.
governance::Rational player_vote_share(const GameResult& result, int player);

// "Board of managers of Stargate LLC: Ordinary board decisions (bloc view)"; members' meetings
// have no view suffix.
std::string game_title(const governance::Model& model, const compile::CompiledGame& game);

// A file-name-safe identifier of a game, unique within one model (matter ids are): the matter id,
// plus "-individual" or "-bloc" on a board, e.g. "board-ordinary-bloc".
std::string game_slug(const compile::CompiledGame& game);

}  // namespace jvgov::report
