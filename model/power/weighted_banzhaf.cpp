// count_winning and banzhaf_swings (weighted_power.hpp): one generating polynomial of the whole
// game on the smaller side of the quota, each distinct weight divided out by alternating sums of
// window totals.
#include <algorithm>
#include <atomic>
#include <optional>

#include "model/power/crt_reconstruction.hpp"
#include "model/power/ntt.hpp"
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
// prefix sums S of the whole game's polynomial P (size q): the polynomial without the player is
// G = P / (1 + x^w), G[s] = sum_j (-1)^j P[s - j w], so the window sum of G over [q - w, q) is
// the alternating sum of P's window totals over [q - (j+1) w, q - j w), which telescopes into
// S(q - 1) - 2 S(q - 1 - w) + 2 S(q - 1 - 2w) - ... (S below 0 being 0): one read per window,
// summed in 128 bits (fewer than q < 2^63 values below 2^62) and reduced once.
std::uint64_t swings_of_weight(const std::uint64_t* prefix, std::int64_t q, std::int64_t w,
                               const modular::Prime& prime) {
    if (w == 0) {
        return 0;
    }
    modular::Wide even = 0;  // sum of S(q - 1 - j w) over even j >= 2
    modular::Wide odd = 0;   // over odd j
    std::int64_t at = q - 1 - w;
    for (; at >= w; at -= 2 * w) {
        odd += prefix[at];
        even += prefix[at - w];
    }
    if (at >= 0) {
        odd += prefix[at];
    }
    const auto reduce = [&](modular::Wide value) {
        return static_cast<std::uint64_t>(value % prime.p);
    };
    const std::uint64_t twice_even = prime.add(reduce(even), reduce(even));
    const std::uint64_t twice_odd = prime.add(reduce(odd), reduce(odd));
    return prime.sub(prime.add(prefix[q - 1], twice_even), twice_odd);
}

// One step of tables::binomial_powers_products (one distinct weight, one coefficient, all its
// primes at once) costs about this many table updates of the per-player kernels for one prime
// (measured: n = 5000 with weights 1..100 takes 0.9 s of processor time against 3.7 s) while
// its rings, prime_lanes values per unit of distinct weight, stay in the 1 MiB level-2 cache;
// beyond, it is several times slower (n = 1000 with weights 1..1000, 20 MiB of rings: 9.0 s
// against 0.5 s).
constexpr double recurrence_step_cost = 6.0;
constexpr std::int64_t recurrence_ring_bytes = std::int64_t{1} << 20;
// Its tables (inverses, coefficients and results: 3 prime_lanes values per coefficient) are kept
// small, so that estimate()'s one table per prime and thread stays the right order of magnitude.
constexpr std::int64_t recurrence_table_bytes = std::int64_t{64} << 20;

// Whether the recurrence over distinct weights (tables::binomial_powers_products) is cheaper
// than one binomial per player, and allowed (the players lighter than q weigh below 2^32 in
// all): with few, light distinct weights and many players each (n = 5000, weights 1..100).
bool use_recurrence(const std::vector<std::int64_t>& ascending,
                    const std::vector<tables::WeightGroup>& groups, std::int64_t q) {
    double per_player = 0;  // table updates of multiply_by_each_weight
    std::int64_t reach = 0;
    std::int64_t lighter_total = 0;
    for (std::int64_t w : ascending) {
        reach = std::min<std::int64_t>(reach + w, q - 1);
        per_player += static_cast<double>(reach);
        if (w < q) {
            lighter_total += w;
        }
    }
    std::int64_t distinct_total = 0;  // values in the rings, per lane
    for (const tables::WeightGroup& group : groups) {
        if (group.weight < q) {
            distinct_total += group.weight;
        }
    }
    const auto ring_bytes = static_cast<std::int64_t>(static_cast<std::size_t>(distinct_total) *
                                                      tables::prime_lanes * sizeof(std::uint64_t));
    const double recurrence = recurrence_step_cost * static_cast<double>(q) *
                              static_cast<double>(groups.size() + 4) /
                              static_cast<double>(tables::prime_lanes);
    const auto table_bytes =
        static_cast<std::int64_t>(3 * tables::prime_lanes * sizeof(std::uint64_t)) * q;
    return lighter_total < (std::int64_t{1} << 32) && ring_bytes <= recurrence_ring_bytes &&
           table_bytes <= recurrence_table_bytes && recurrence < per_player;
}

struct SwingResidues {
    std::vector<tables::WeightGroup> groups;
    // Value 0: coalitions lighter than the smaller-side quota; value 1 + g: swings of group g.
    std::vector<exact::Integer> values;
};

SwingResidues compute(const tables::ReducedGame& game,
                      ProductMethod method = ProductMethod::automatic) {
    SwingResidues result;
    result.groups = tables::group_by_weight(game.weights);
    const std::int64_t q = smaller_side_quota(game);
    const std::size_t size = static_cast<std::size_t>(q);
    const std::size_t bits = tables::coalition_bits(game.weights.size());
    std::vector<std::int64_t> ascending = game.weights;
    std::sort(ascending.begin(), ascending.end());
    std::optional<ntt::ProductPlan> plan;
    bool recurrence = false;
    if (method == ProductMethod::ntt) {
        plan = ascending.size() >= 2 ? ntt::plan_product(ascending, size) : ntt::ProductPlan{};
        if (plan->capacity > (std::size_t{1} << ntt::max_log)) {
            plan.reset();  // beyond the primes' roots of unity: the additions
        }
    } else {
        recurrence = use_recurrence(ascending, result.groups, q);
        if (!recurrence && method == ProductMethod::automatic) {
            plan = ntt::cheaper_plan(ascending, size, bits);
        }
    }
    CrtBasis basis = plan ? CrtBasis(ntt::primes(ntt::primes_for_bits(bits)))
                          : CrtBasis(modular::primes_for_bits(bits));
    std::vector<std::vector<std::uint64_t>> residues(basis.primes().size());
    // Residues from the table of the whole game's polynomial modulo the k-th prime.
    auto record = [&](std::size_t k, std::uint64_t* table) {
        const modular::Prime& prime = basis.primes()[k];
        tables::to_prefix_sums(table, size, prime);
        std::vector<std::uint64_t>& out = residues[k];
        out.push_back(table[size - 1]);
        for (const tables::WeightGroup& group : result.groups) {
            out.push_back(swings_of_weight(table, q, group.weight, prime));
        }
    };
    const std::size_t prime_count = basis.primes().size();
    if (recurrence) {
        // prime_lanes primes at a time, one per vector lane.
        const std::size_t blocks = (prime_count + tables::prime_lanes - 1) / tables::prime_lanes;
        unsigned threads = modular::default_threads();
        modular::for_each_prime(blocks, threads, [&](std::size_t b) {
            const std::size_t first = b * tables::prime_lanes;
            const std::size_t last = std::min(first + tables::prime_lanes, prime_count);
            std::vector<modular::Prime> primes(
                basis.primes().begin() + static_cast<std::ptrdiff_t>(first),
                basis.primes().begin() + static_cast<std::ptrdiff_t>(last));
            std::vector<std::vector<std::uint64_t>> products =
                tables::binomial_powers_products(size, result.groups, primes);
            for (std::size_t k = first; k < last; ++k) {
                record(k, products[k - first].data());
            }
        });
    } else if (plan) {
        // One multiplier (root tables and buffers) per thread, reused from prime to prime.
        const unsigned threads = tables::threads_for(ntt::Multiplier::bytes_for(plan->capacity));
        std::atomic<std::size_t> next{0};
        modular::for_each_prime(threads, threads, [&](std::size_t) {
            ntt::Multiplier multiplier(plan->capacity);
            for (std::size_t k = next++; k < prime_count; k = next++) {
                multiplier.set_prime(basis.primes()[k]);
                record(k, ntt::binomial_product(ascending, size, plan->leaves, multiplier));
            }
        });
    } else {
        unsigned threads = tables::threads_for(size * sizeof(std::uint64_t));
        modular::for_each_prime(prime_count, threads, [&](std::size_t k) {
            std::vector<std::uint64_t> table(size, 0);
            tables::multiply_by_each_weight(table.data(), ascending, q, basis.primes()[k]);
            record(k, table.data());
        });
    }
    result.values = reconstruct_all(basis, residues);
    return result;
}

// The number of winning coalitions from the count of coalitions lighter than the smaller-side
// quota.
Integer winning_from(const tables::ReducedGame& reduced, const SwingResidues& swings) {
    const Integer& lighter = swings.values[0];
    if (smaller_side_quota(reduced) == reduced.quota) {
        // lighter = losing coalitions.
        return (Integer(1) << reduced.weights.size()) - lighter;
    }
    // lighter = coalitions of weight <= total - q, the complements of the winning ones.
    return lighter;
}

std::vector<Integer> swings_from(const tables::ReducedGame& reduced, const SwingResidues& swings) {
    std::vector<Integer> result(reduced.weights.size());
    for (std::size_t g = 0; g < swings.groups.size(); ++g) {
        for (std::size_t player : swings.groups[g].players) {
            result[player] = swings.values[1 + g];
        }
    }
    return result;
}

}  // namespace

Integer count_winning(const games::WeightedGame& game) {
    tables::ReducedGame reduced = tables::reduce(game);
    return winning_from(reduced, compute(reduced));
}

std::vector<Integer> banzhaf_swings(const games::WeightedGame& game) {
    tables::ReducedGame reduced = tables::reduce(game);
    return swings_from(reduced, compute(reduced));
}

SwingsAndWinning banzhaf_swings_and_winning(const games::WeightedGame& game,
                                            ProductMethod method) {
    tables::ReducedGame reduced = tables::reduce(game);
    const SwingResidues swings = compute(reduced, method);
    return {swings_from(reduced, swings), winning_from(reduced, swings)};
}

}  // namespace jvgov::power
