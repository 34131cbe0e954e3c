// Internal to the weighted-game engine (weighted_power.hpp): the Deegan-Packel and Johnston
// scores on either side of the quota, and the pieces both sides share.
//
// The winning side (weighted_critical.cpp) tabulates coalitions lighter than the quota q by size
// and weight; the losing side (weighted_critical_losing.cpp) tabulates their complements, which
// are lighter than q' = total - q + 1, the quota of the dual game:
//  - a minimal winning coalition S whose last (lightest) position is j is A + {j} with A among
//    the positions before j; its complement among those positions, B, weighs W_j - w(A) (W_j the
//    weight of the positions before j), so q - w_j <= w(A) < q reads W_j - q < w(B) <=
//    W_(j+1) - q <= q' - 1, and |S| = j - |B| + 1;
//  - a member s of a winning coalition S is critical iff the losing coalition C = N - S (dual
//    weight w(C) < q') wins the dual game with s: w_s >= q' - w(C). The critical members are
//    the heaviest non-members of C.
// Both sides give the same integers (the cross-check tests compare them on 500 random games);
// minimal_winning_counts and johnston_raw use the side with the smaller quota (the losing side
// on a tie), so at 85% the tables span 15% of the weight instead of 85%.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/games/weighted_game.hpp"
#include "model/power/modular_arithmetic.hpp"
#include "model/power/weighted_tables.hpp"

namespace jvgov::power::critical {

using exact::Integer;
using exact::Rational;

// The reduced game's players in descending weight order (positions 0..n-1).
struct Positions {
    std::vector<tables::WeightGroup> groups;
    std::vector<std::int64_t> weight;   // by position, descending
    std::vector<std::size_t> group_of;  // by position
    std::vector<bool> group_starts;     // position is the first (leftmost) of its group
    std::vector<bool> group_ends;       // position is the last (rightmost) of its group
};

Positions positions_of(const tables::ReducedGame& game);

// lcm(1, ..., n).
Integer lcm_up_to(std::size_t n);

// The most members a coalition lighter than the quota can have. A minimal winning coalition has
// at most one more member, and so has the set of critical members of a winning coalition.
// Adds the player at sorted position j, of weight w, to a size-by-weight table of prefix sums
// stored weight-major (cell offset[t] + a: coalitions of a members among the positions before j,
// of weight at most t; top[t] the most members at weight t): prefix[t][a] += prefix[t - w][a - 1],
// from the top weight down, modulo prime.p. Shared by both sides' Deegan-Packel and Johnston
// sweeps.
void add_position(std::uint64_t* table, const std::vector<std::size_t>& offset,
                  const std::vector<std::size_t>& top, std::size_t size, std::int64_t w,
                  std::size_t j, const modular::Prime& prime);

std::size_t largest_losing_size(const tables::ReducedGame& game);

std::size_t bit_length(const Integer& value);

// Threads for the per-prime work of the critical indices, whose tables take `bytes_per_prime`:
// two primes at once while their tables together stay within 4 GiB (under the default budget,
// a quarter of physical memory, on a 23 GiB machine; the estimate counts both), else one. The
// Johnston sweep is half multiplications, which a second core speeds up even when the table
// passes are bound by memory bandwidth.
constexpr std::uint64_t parallel_bytes_limit = std::uint64_t{2} << 30;

inline unsigned threads_for(std::uint64_t bytes_per_prime) {
    return bytes_per_prime > parallel_bytes_limit ? 1 : modular::default_threads();
}

enum class Side {
    winning,  // coalitions lighter than q, by size and weight
    losing,   // their complements, lighter than q' = total - q + 1
};

// The side with fewer weights to tabulate: losing iff q' <= q (with as many weights, the losing
// side is faster: Deegan-Packel needs fewer primes there, and on 200 players with weights 1..1000
// at q = q' it took 11 s against 26 s, Johnston 19 s against 30 s, at a load average of 12).
Side smaller_side(const tables::ReducedGame& game);

// Per weight group: lcm times the sum, over minimal winning coalitions S containing one player
// of the group, of 1 / |S|. `most_members` bounds |S| and `lcm` = lcm(1..most_members).
std::vector<Integer> deegan_packel_scores_winning(const tables::ReducedGame& game,
                                                  const Positions& positions, const Integer& lcm);
std::vector<Integer> deegan_packel_scores_losing(const tables::ReducedGame& game,
                                                 const Positions& positions, const Integer& lcm,
                                                 std::size_t most_members);

// Per weight group: lcm times the sum, over winning coalitions in which one player of the group
// is critical, of 1 / (number of critical members). `most_critical` bounds that number and
// `lcm` = lcm(1..most_critical).
std::vector<Integer> johnston_scores_winning(const tables::ReducedGame& game,
                                             const Positions& positions, const Integer& lcm);
std::vector<Integer> johnston_scores_losing(const tables::ReducedGame& game,
                                            const Positions& positions, const Integer& lcm,
                                            std::size_t most_critical);

// The raw Deegan-Packel and Johnston values per player (as in weighted_power.hpp) computed on
// the given side, for the cross-check tests.
std::vector<Rational> deegan_packel_raw_on(const games::WeightedGame& game, Side side);
std::vector<Rational> johnston_raw_on(const games::WeightedGame& game, Side side);

}  // namespace jvgov::power::critical
