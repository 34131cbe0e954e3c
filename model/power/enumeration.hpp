// Exact power by enumeration of all 2^n coalitions, for composite and predicate games (and for
// the coalition-level questions of small weighted games: lists, witnesses, Owen values).
//
// Cost: the winning set is a bitmap of 2^n bits (2^25 coalitions = 4 MiB), built in O(2^n) per
// weighted part (meet-in-the-middle sums) or O(n 2^n) for a list of minimal winning coalitions;
// the counts then take O(n 2^n) bit tests. Callers keep n <= PowerOptions::max_enumeration_players.
#pragma once

#include <cstdint>
#include <vector>

#include "model/exact/errors.hpp"
#include "model/games/simple_game.hpp"
#include "model/power/power_table.hpp"

namespace jvgov::power {

// Which coalitions win: bit S of the bitmap is set when coalition S wins.
struct WinningBitmap {
    int players = 0;
    std::vector<std::uint64_t> words;

    bool wins(games::Coalition coalition) const {
        return ((words[coalition >> 6] >> (coalition & 63U)) & 1U) != 0;
    }
};

// Bytes the bitmap of an n-player game takes (at least one word).
std::uint64_t bitmap_bytes(int players);

// The winning set of `game`. REQUIRES: validate(game) passed and n <= 40 (the caller checks the
// memory budget first: bitmap_bytes(n) plus one more bitmap per nesting level of AND/OR).
WinningBitmap winning_bitmap(const games::SimpleGame& game);

// Every index of the PowerTable except Owen/Banzhaf-Owen, and the structure, from the winning
// set; the minimal winning coalitions are listed when there are at most `list_cap` of them.
// Throws InputError when the game is not a proper simple game: the empty coalition
// wins, the grand coalition loses, or (checked when `check_monotone`) some coalition wins but a
// superset loses.
PowerTable enumerate_power(const games::SimpleGame& game, const WinningBitmap& winning,
                           std::size_t list_cap, bool check_monotone);

}  // namespace jvgov::power
