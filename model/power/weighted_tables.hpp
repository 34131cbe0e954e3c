// Internal building blocks of the weighted-game engine (weighted_power.hpp): the game reduced to
// its smallest equivalent integers, players grouped by weight, and the in-place generating-
// function kernels on residue tables (a table t holds, modulo one prime, the coefficients
// t[0..size) of a polynomial in x, x marking weight).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/games/weighted_game.hpp"
#include "model/power/modular_arithmetic.hpp"

namespace jvgov::power::tables {

// The game validated and divided by the gcd of its weights (quota rounded up), which changes no
// coalition's status. Weights are in input order.
struct ReducedGame {
    std::vector<std::int64_t> weights;
    std::int64_t quota = 1;
    std::int64_t total = 0;
};

ReducedGame reduce(const games::WeightedGame& game);

// Players grouped by equal weight, heaviest group first; players within a group in input order.
struct WeightGroup {
    std::int64_t weight = 0;
    std::vector<std::size_t> players;
};

std::vector<WeightGroup> group_by_weight(const std::vector<std::int64_t>& weights);

// A table of coalition counts c[k][s] by size k and weight s < q, one row per size, each row
// stored only over the weights a coalition of that size can have.
struct SizeWeightLayout {
    std::vector<std::int64_t> low;    // low[k]: sum of the k lightest weights
    std::vector<std::int64_t> high;   // high[k]: min(q - 1, sum of the k heaviest weights)
    std::vector<std::size_t> offset;  // start of row k in the table
    std::size_t cells = 0;
    std::size_t rows = 0;  // rows 0..rows-1 exist (low[k] <= q - 1)
};

// The layout for the given weights (in descending order) and quota q >= 1.
SizeWeightLayout layout_for(const std::vector<std::int64_t>& descending, std::int64_t q);

// target[i] = target[i] + source[i] mod p, for i < count (the ranges must not overlap).
void add_rows(std::uint64_t* __restrict target, const std::uint64_t* __restrict source,
              std::size_t count, std::uint64_t p);

// target[i] = target[i] - source[i] mod p, for i < count (the ranges must not overlap).
void subtract_rows(std::uint64_t* __restrict target, const std::uint64_t* __restrict source,
                   std::size_t count, std::uint64_t p);

// Multiplies the table by (1 + x^w), truncated to its size.
void multiply_by_binomial(std::uint64_t* table, std::size_t size, std::size_t w,
                          const modular::Prime& prime);

// Multiplies the table by (1 + x^w) for every w in `weights`, truncated to its size, in one
// cache-friendly sweep (the same result as multiply_by_binomial once per weight). The weights
// should be small (a buffer of about weights.size() / 2 * (2 * max weight + 2048) values).
void multiply_by_binomials(std::uint64_t* table, std::size_t size,
                           const std::vector<std::size_t>& weights, const modular::Prime& prime);

// Sets the table (size >= 1 values, all 0) to the product over the weights of (1 + x^w),
// truncated to its size: lightest first (the weights in ascending order), so that the nonzero
// part grows as slowly as possible, light weights in batches of multiply_by_binomials.
void multiply_by_each_weight(std::uint64_t* table, const std::vector<std::int64_t>& ascending,
                             std::int64_t size, const modular::Prime& prime);

// How many primes binomial_powers_products computes with at once (one vector lane each).
constexpr std::size_t prime_lanes = 8;

// One table of the given size per prime (at most prime_lanes primes), holding modulo that prime
// the product over the groups of (1 + x^w)^m (w a group's weight, m its number of players),
// truncated to the size. It takes O(size * groups.size()) operations however many players there
// are: with c_w = m w, x P' = P sum_w c_w x^w / (1 + x^w), so the coefficients obey
// s a_s = sum_w c_w T_w[s] with T_w[s] = a_(s-w) - T_w[s-w] (T_w = P x^w / (1 + x^w)).
// REQUIRES size below every prime; the total weight of the players lighter than size below 2^32.
std::vector<std::vector<std::uint64_t>> binomial_powers_products(
    std::size_t size, const std::vector<WeightGroup>& groups,
    const std::vector<modular::Prime>& primes);

// Divides the table by (1 + x^w) (exact: the table was multiplied by it), truncated to its size.
void divide_by_binomial(std::uint64_t* table, std::size_t size, std::size_t w,
                        const modular::Prime& prime);

// Sum of table[from..to) for 0 <= from <= to <= size, from an inclusive prefix-sum table
// (prefix[s] = table[0] + ... + table[s]).
inline std::uint64_t window_sum(const std::uint64_t* prefix, std::int64_t from, std::int64_t to,
                                const modular::Prime& prime) {
    if (to <= from) {
        return 0;
    }
    std::uint64_t upper = prefix[static_cast<std::size_t>(to - 1)];
    return from == 0 ? upper : prime.sub(upper, prefix[static_cast<std::size_t>(from - 1)]);
}

inline std::uint64_t window_sum(const std::vector<std::uint64_t>& prefix, std::int64_t from,
                                std::int64_t to, const modular::Prime& prime) {
    return window_sum(prefix.data(), from, to, prime);
}

// Replaces table[s] by table[0] + ... + table[s].
void to_prefix_sums(std::uint64_t* table, std::size_t size, const modular::Prime& prime);

// Residue tables of more than this many bytes (per prime) are processed one prime at a time, so
// that the peak memory stays at one table.
constexpr std::uint64_t parallel_bytes_limit = std::uint64_t{1} << 30;

// Threads for per-prime work whose tables take `bytes_per_prime` bytes.
inline unsigned threads_for(std::uint64_t bytes_per_prime) {
    return bytes_per_prime > parallel_bytes_limit ? 1 : modular::default_threads();
}

// A bound in bits on factorial-free counts of coalitions of n players (2^n) plus a safety bit.
inline std::size_t coalition_bits(std::size_t players) {
    return players + 2;
}

}  // namespace jvgov::power::tables
