// Why a player has the power it has: the coalitions in which it is critical (its swings) and the
// number of orderings in which it is pivotal (the numerator of its Shapley-Shubik index).
// For small games only: enumerates the 2^(n-1) coalitions without the player.
#pragma once

#include <cstddef>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/games/simple_game.hpp"

namespace jvgov::power {

struct PlayerExplanation {
    int player = 0;
    // Coalitions S without the player such that S loses and S + player wins, in increasing
    // bitset order; at most `cap` of them are listed (`listed_all` says whether that is all).
    std::vector<games::Coalition> swing_coalitions;
    bool listed_all = true;
    exact::Integer swing_count;        // all swing coalitions, listed or not
    exact::Integer pivotal_orderings;  // sum over swing coalitions S of |S|! (n-1-|S|)!
    exact::Integer total_orderings;    // n!
};

// Throws InputError when the game has more than `max_players` players (the message gives both
// numbers); PreconditionError when `player` is out of range. REQUIRES: validate(game) passed.
PlayerExplanation explain_player(const games::SimpleGame& game, int player, std::size_t cap,
                                 int max_players);

}  // namespace jvgov::power
