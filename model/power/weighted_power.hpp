// Exact power indices of weighted majority games by dynamic programming over weights
// (generating functions), never by enumerating coalitions.
//
// Every count is computed as residues modulo several primes just below 2^62, one prime at a time
// (two primes at once on two threads when a prime's tables take at most 1 GiB, 2 GiB for the
// Deegan-Packel and Johnston tables), and reconstructed exactly by the Chinese remainder theorem
// (crt_reconstruction.hpp); the number of primes follows from a proven bound on the result.
// Winning counts, swings and Shapley-Shubik values work on the smaller side of the quota: a game
// and its dual [total - q + 1] have the same swings and Shapley-Shubik values, so only
// coalitions lighter than min(q, total - q + 1) are tabulated; with few distinct weights and many
// players each, winning counts and swings come from a recurrence over the distinct weights, eight
// primes at a time per thread (tables at most 64 MiB per thread); with many players and a long
// polynomial (thousands of players, quotas of about a million), from NTT products modulo 50-bit
// primes (ntt.hpp), each chosen where estimated cheaper. The Deegan-Packel and Johnston scores
// tabulate coalitions by size and weight on the smaller side of the quota too (coalitions
// lighter than q, or the complements of winning coalitions, lighter than total - q + 1:
// critical_sides.hpp), which near a majority is still (players) x q cells; check estimate()
// first for large quotas. Timings: docs/performance.md.
//
// Players are the indices of game.weights; every per-player vector is in that order. Players of
// equal weight are computed once. Every function validates the game first and throws
// InputError (see games::validate) on a bad game.
#pragma once

#include <cstdint>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/games/weighted_game.hpp"

namespace jvgov::power {

using exact::Integer;
using exact::Rational;

// The number of winning coalitions (among all 2^n).
Integer count_winning(const games::WeightedGame& game);

// Raw Banzhaf swings per player: the coalitions S not containing i with S losing and S + {i}
// winning. Normalised Banzhaf and Penrose values are derived from these by the caller.
std::vector<Integer> banzhaf_swings(const games::WeightedGame& game);

// Both of the above from one generating polynomial: the cost of banzhaf_swings alone.
struct SwingsAndWinning {
    std::vector<Integer> swings;
    Integer winning;
};

// How the whole game's generating polynomial is built: the cheapest by estimate (the default),
// or one method forced (for tests and benchmarks: every method gives the same exact values).
enum class ProductMethod {
    automatic,
    additions,  // one binomial per player, or the recurrence over distinct weights
    ntt,        // NTT products of groups of players (ntt.hpp) where its transforms fit
                // (2^23 points: quotas up to about 4 million), the additions beyond
};

SwingsAndWinning banzhaf_swings_and_winning(const games::WeightedGame& game,
                                            ProductMethod method = ProductMethod::automatic);

// The exact Shapley-Shubik value per player (the values sum to 1).
std::vector<Rational> shapley_shubik(const games::WeightedGame& game);

struct MinimalWinningCounts {
    Integer total;                            // number of minimal winning coalitions
    std::vector<Integer> containing;          // per player: MWCs containing it (raw Holler PGI)
    std::vector<Rational> deegan_packel_raw;  // per player: sum over MWCs S containing it of 1/|S|
};

// Which parts of MinimalWinningCounts to compute. The total and the per-player counts (the raw
// public good index) take one sweep over one-dimensional tables, O(n q) per prime; the
// Deegan-Packel scores a sweep over a size-by-weight table, O(n * cells) per prime, about 20
// times more: leave it out when only the public good index is wanted.
struct MinimalWinningParts {
    bool deegan_packel = true;  // false: deegan_packel_raw is left empty
};

// Minimal winning coalitions: a coalition is minimal winning iff its weight is >= q and its
// weight minus its smallest member's weight is < q (so a player of weight 0 is in none).
// Both parts come from the same reduced game with its players in descending weight order.
MinimalWinningCounts minimal_winning_counts(const games::WeightedGame& game,
                                            MinimalWinningParts parts = {});

// Raw Johnston score per player: the sum, over winning coalitions S in which i is critical
// (S - {i} loses), of 1 / (number of critical players of S).
std::vector<Rational> johnston_raw(const games::WeightedGame& game);

// Resource estimate before computing: peak bytes of the tables and a rough count of elementary
// operations, so callers can refuse games over a memory budget with a message giving the
// estimate. Validates the game (throws like the functions above).
// minimal_winning: minimal_winning_counts with Deegan-Packel; public_good: without it.
enum class WeightedIndex {
    winning,
    swings,
    shapley_shubik,
    minimal_winning,
    johnston,
    public_good
};

struct ResourceEstimate {
    std::uint64_t bytes;
    double operations;
};

ResourceEstimate estimate(const games::WeightedGame& game, WeightedIndex index);

}  // namespace jvgov::power
