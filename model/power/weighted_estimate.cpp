// estimate (weighted_power.hpp): the table sizes and prime counts the algorithms will use.
#include <algorithm>
#include <cmath>
#include <optional>

#include "model/power/critical_sides.hpp"
#include "model/power/ntt.hpp"
#include "model/power/weighted_power.hpp"
#include "model/power/weighted_tables.hpp"

namespace jvgov::power {

namespace {

// Bytes of `tables` residue tables of `cells` entries each, times the threads that hold them at
// once.
std::uint64_t table_bytes(std::uint64_t cells, std::uint64_t tables) {
    std::uint64_t per_prime = cells * tables * sizeof(std::uint64_t);
    return per_prime * tables::threads_for(per_prime);
}

// The same for the Deegan-Packel and Johnston tables (their own thread rule).
std::uint64_t critical_table_bytes(std::uint64_t cells, std::uint64_t tables) {
    std::uint64_t per_prime = cells * tables * sizeof(std::uint64_t);
    return per_prime * critical::threads_for(per_prime);
}

// log2(lcm(1..n)) is about n / ln 2 (prime number theorem); a generous bound.
std::size_t lcm_bits(std::size_t n) {
    return static_cast<std::size_t>(1.5 * n) + 8;
}

}  // namespace

ResourceEstimate estimate(const games::WeightedGame& game, WeightedIndex index) {
    tables::ReducedGame reduced = tables::reduce(game);
    const std::size_t n = reduced.weights.size();
    std::vector<std::int64_t> descending = reduced.weights;
    std::sort(descending.begin(), descending.end(), std::greater<>());
    const std::int64_t smaller_quota = std::min(reduced.quota, reduced.total - reduced.quota + 1);
    const double coalition_primes =
        static_cast<double>(modular::primes_for_bits(tables::coalition_bits(n)));
    const double players = static_cast<double>(n);
    // Fixed overhead: per-player vectors and the exact results.
    const std::uint64_t overhead = 4096 + 64 * static_cast<std::uint64_t>(n) * (n / 64 + 2);
    switch (index) {
        case WeightedIndex::winning:
        case WeightedIndex::swings: {
            auto cells = static_cast<std::uint64_t>(smaller_quota);
            const std::vector<std::int64_t> ascending(descending.rbegin(), descending.rend());
            if (const std::optional<ntt::ProductPlan> plan = ntt::cheaper_plan(
                    ascending, static_cast<std::size_t>(cells), tables::coalition_bits(n))) {
                // NTT products (ntt.hpp): one multiplier per thread.
                const std::uint64_t per_thread = ntt::Multiplier::bytes_for(plan->capacity);
                return {overhead + per_thread * tables::threads_for(per_thread),
                        plan->cost * static_cast<double>(
                                         ntt::primes_for_bits(tables::coalition_bits(n)))};
            }
            return {overhead + table_bytes(cells, 1),
                    coalition_primes * players * static_cast<double>(cells)};
        }
        case WeightedIndex::shapley_shubik: {
            tables::SizeWeightLayout layout = tables::layout_for(descending, smaller_quota);
            return {overhead + table_bytes(layout.cells, 1),
                    coalition_primes * players * static_cast<double>(layout.cells)};
        }
        case WeightedIndex::public_good: {
            // minimal_winning_residues: two tables of q residues per prime.
            auto line = static_cast<std::uint64_t>(reduced.quota);
            return {overhead + table_bytes(line, 2),
                    coalition_primes * 3 * players * static_cast<double>(line)};
        }
        case WeightedIndex::minimal_winning:
        case WeightedIndex::johnston: {
            // The side with the smaller quota (critical_sides.hpp): coalitions lighter than q, or
            // their complements, lighter than q' = total - q + 1.
            const bool losing = critical::smaller_side(reduced) == critical::Side::losing;
            const std::int64_t side_quota =
                losing ? reduced.total - reduced.quota + 1 : reduced.quota;
            tables::SizeWeightLayout layout = tables::layout_for(descending, side_quota);
            auto line = static_cast<std::uint64_t>(reduced.quota);
            const double lcm_primes = static_cast<double>(
                modular::primes_for_bits(tables::coalition_bits(n) + lcm_bits(n)));
            if (index == WeightedIndex::minimal_winning) {
                // The public good sweep (two lines of q residues), then Deegan-Packel: one table
                // stored weight-major (weight t holds every size whose lightest coalition
                // weighs at most t), modulo the primes of the scaled scores on the winning side
                // and of coalition counts on the losing side.
                std::uint64_t cells = 0;
                for (std::size_t k = 0; k < layout.rows; ++k) {
                    cells += static_cast<std::uint64_t>(side_quota - layout.low[k]);
                }
                const double primes = losing ? coalition_primes : lcm_primes;
                return {overhead + table_bytes(line, 2) + critical_table_bytes(cells, 1),
                        coalition_primes * 3 * players * static_cast<double>(line) +
                            primes * players * static_cast<double>(cells)};
            }
            // Johnston: two size-by-weight tables and a few lines, modulo the primes of the
            // scaled scores.
            auto side_line = static_cast<std::uint64_t>(side_quota);
            std::uint64_t bytes = critical_table_bytes(layout.cells, 2) +
                                  table_bytes(side_line, losing ? 3 : 5);
            return {overhead + bytes,
                    lcm_primes * 3 * players * static_cast<double>(layout.cells)};
        }
    }
    return {overhead, 0};
}

}  // namespace jvgov::power
