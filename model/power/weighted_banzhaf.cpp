// count_winning and banzhaf_swings (weighted_power.hpp): one generating polynomial of the whole
// game on the smaller side of the quota, each distinct weight divided out by alternating sums of
// window totals.
#include <algorithm>

#include "model/power/crt_reconstruction.hpp"
#include "model/power/weighted_power.hpp"
#include "model/power/weighted_tables.hpp"

namespace jvgov::power {

namespace {

// The quota of the game or of its dual [total - q + 1], whichever is smaller: both have the
// same swings, and the number of winning coalitions of one follows from the other's.
std::int64_t smaller_side_quota(const tables::ReducedGame& game) {
    return std::min(game.quota, game.total - game.quota + 1);
}

// Swings of a player of weight w in the game with quota q, modulo one prime, from the inclusive
// prefix sums of the whole game's polynomial P (size q): the polynomial without the player is
// G = P / (1 + x^w), G[s] = sum_j (-1)^j P[s - j w], so the window sum of G over [q - w, q) is
// the alternating sum of P's window totals over [q - (j+1) w, q - j w).
std::uint64_t swings_of_weight(const std::vector<std::uint64_t>& prefix, std::int64_t q,
                               std::int64_t w, const modular::Prime& prime) {
    if (w == 0) {
        return 0;
    }
    std::uint64_t plus = 0;
    std::uint64_t minus = 0;
    bool positive = true;
    for (std::int64_t upper = q; upper >= 1; upper -= w) {
        std::uint64_t block =
            tables::window_sum(prefix, std::max<std::int64_t>(0, upper - w), upper, prime);
        if (positive) {
            plus = prime.add(plus, block);
        } else {
            minus = prime.add(minus, block);
        }
        positive = !positive;
    }
    return prime.sub(plus, minus);
}

// Weights up to this limit are applied to the table in batches, one sweep per batch, with at
// most batch_size weights and batch_bytes of buffers (tables::multiply_by_binomials).
constexpr std::int64_t batch_weight_limit = 4096;
constexpr std::size_t batch_size = 48;
constexpr std::size_t batch_bytes = std::size_t{3} << 19;

std::size_t batch_limit(std::int64_t heaviest) {
    std::size_t per_level = (static_cast<std::size_t>(heaviest) + 2048) * sizeof(std::uint64_t);
    return std::clamp<std::size_t>(batch_bytes / per_level, 2, batch_size);
}

struct SwingResidues {
    std::vector<tables::WeightGroup> groups;
    // Value 0: coalitions lighter than the smaller-side quota; value 1 + g: swings of group g.
    std::vector<exact::Integer> values;
};

SwingResidues compute(const tables::ReducedGame& game) {
    SwingResidues result;
    result.groups = tables::group_by_weight(game.weights);
    const std::int64_t q = smaller_side_quota(game);
    const std::size_t size = static_cast<std::size_t>(q);
    CrtBasis basis(modular::primes_for_bits(tables::coalition_bits(game.weights.size())));
    std::vector<std::vector<std::uint64_t>> residues(basis.primes().size());
    std::vector<std::int64_t> ascending = game.weights;
    std::sort(ascending.begin(), ascending.end());
    unsigned threads = tables::threads_for(size * sizeof(std::uint64_t));
    modular::for_each_prime(basis.primes().size(), threads, [&](std::size_t k) {
        const modular::Prime& prime = basis.primes()[k];
        std::vector<std::uint64_t> table(size, 0);
        table[0] = 1;
        // Lightest first, so that the table's nonzero reach grows as slowly as possible;
        // light weights in batches applied in one sweep over the table.
        std::int64_t reach = 0;  // total weight added so far: table is zero beyond it
        std::vector<std::size_t> batch;
        auto flush = [&] {
            tables::multiply_by_binomials(table.data(), static_cast<std::size_t>(reach) + 1, batch,
                                          prime);
            batch.clear();
        };
        for (std::int64_t w : ascending) {
            reach = std::min<std::int64_t>(reach + w, q - 1);
            if (w <= batch_weight_limit) {
                batch.push_back(static_cast<std::size_t>(w));
                if (batch.size() >= batch_limit(w)) {
                    flush();
                }
            } else {
                flush();
                tables::multiply_by_binomial(table.data(), static_cast<std::size_t>(reach) + 1,
                                             static_cast<std::size_t>(w), prime);
            }
        }
        flush();
        tables::to_prefix_sums(table.data(), size, prime);
        std::vector<std::uint64_t>& out = residues[k];
        out.push_back(table[size - 1]);
        for (const tables::WeightGroup& group : result.groups) {
            out.push_back(swings_of_weight(table, q, group.weight, prime));
        }
    });
    result.values = reconstruct_all(basis, residues);
    return result;
}

}  // namespace

Integer count_winning(const games::WeightedGame& game) {
    tables::ReducedGame reduced = tables::reduce(game);
    SwingResidues swings = compute(reduced);
    const Integer& lighter = swings.values[0];
    if (smaller_side_quota(reduced) == reduced.quota) {
        // lighter = losing coalitions.
        return (Integer(1) << reduced.weights.size()) - lighter;
    }
    // lighter = coalitions of weight <= total - q, the complements of the winning ones.
    return lighter;
}

std::vector<Integer> banzhaf_swings(const games::WeightedGame& game) {
    tables::ReducedGame reduced = tables::reduce(game);
    SwingResidues swings = compute(reduced);
    std::vector<Integer> result(reduced.weights.size());
    for (std::size_t g = 0; g < swings.groups.size(); ++g) {
        for (std::size_t player : swings.groups[g].players) {
            result[player] = swings.values[1 + g];
        }
    }
    return result;
}

}  // namespace jvgov::power
