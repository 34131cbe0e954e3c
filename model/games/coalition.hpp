// Coalitions of a simple game as bitsets: bit i set means player i (in input order) is a member.
//
// Bitsets cover at most 64 players (`max_players`): that is the limit for every game except a
// single weighted game, which the dynamic programming handles at any size. Exact enumeration
// over all 2^n coalitions is done only up to `default_enumeration_limit` players (25: 2^25
// coalitions, a 4 MiB bitmap) unless the caller raises the limit; larger games use the weighted
// dynamic programming or the approximate (Monte Carlo) mode.
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

namespace jvgov::games {

using Coalition = std::uint64_t;

inline constexpr int max_players = 64;
inline constexpr int default_enumeration_limit = 25;

// The coalition {player}. REQUIRES: 0 <= player < 64.
inline constexpr Coalition singleton(int player) {
    return Coalition{1} << player;
}

inline constexpr bool contains(Coalition coalition, int player) {
    return ((coalition >> player) & 1U) != 0;
}

inline constexpr int size(Coalition coalition) {
    return std::popcount(coalition);
}

// All n players. REQUIRES: 0 <= n <= 64.
inline constexpr Coalition grand_coalition(int n) {
    return n == 64 ? ~Coalition{0} : (Coalition{1} << n) - 1;
}

// The members of `coalition` in increasing order.
std::vector<int> members(Coalition coalition);

}  // namespace jvgov::games
