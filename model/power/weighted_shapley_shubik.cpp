// shapley_shubik (weighted_power.hpp): a table of coalition counts by size and weight on the
// smaller side of the quota, each distinct weight divided out by alternating window sums.
#include <algorithm>
#include <mutex>
#include <optional>

#include "model/power/crt_reconstruction.hpp"
#include "model/power/weighted_power.hpp"
#include "model/power/residue_table.hpp"
#include "model/power/size_weight_table.hpp"
#include "model/power/weighted_tables.hpp"

namespace jvgov::power {

namespace {

// Sum of row k over weights [0, t) from the row's inclusive prefix sums.
std::uint64_t row_prefix(const std::uint64_t* table,
                         const tables::SizeWeightLayout& layout, std::size_t k, std::int64_t t) {
    if (k >= layout.rows || t <= layout.low[k]) {
        return 0;
    }
    std::int64_t last = std::min(t - 1, layout.high[k]);
    return table[layout.offset[k] + static_cast<std::size_t>(last - layout.low[k])];
}

// Residues of the pivot counts by size, for a player of weight w >= 1: value k counts the
// coalitions S of k other players with q - w <= w(S) < q.
void pivots_by_size(const std::uint64_t* table, const tables::SizeWeightLayout& layout,
                    std::size_t players, std::int64_t q, std::int64_t w,
                    const modular::Prime& prime, std::vector<std::uint64_t>& out) {
    for (std::size_t k = 0; k < players; ++k) {
        std::uint64_t plus = 0;
        std::uint64_t minus = 0;
        std::int64_t upper = q;
        for (std::size_t j = 0; j <= k && upper >= 1; ++j, upper -= w) {
            std::size_t row = k - j;
            if (row < layout.rows) {
                std::uint64_t block =
                    prime.sub(row_prefix(table, layout, row, upper),
                              row_prefix(table, layout, row, std::max<std::int64_t>(0, upper - w)));
                if (j % 2 == 0) {
                    plus = prime.add(plus, block);
                } else {
                    minus = prime.add(minus, block);
                }
            }
        }
        out.push_back(prime.sub(plus, minus));
    }
}

}  // namespace

std::vector<Rational> shapley_shubik(const games::WeightedGame& game) {
    tables::ReducedGame reduced = tables::reduce(game);
    const std::size_t n = reduced.weights.size();
    // The dual game has the same Shapley-Shubik values (pivots of size k map to size n-1-k, and
    // the weight k!(n-1-k)! is symmetric), so tabulate the side with the smaller quota.
    const std::int64_t q = std::min(reduced.quota, reduced.total - reduced.quota + 1);
    std::vector<tables::WeightGroup> groups = tables::group_by_weight(reduced.weights);
    std::vector<std::int64_t> descending;
    for (const tables::WeightGroup& group : groups) {
        descending.insert(descending.end(), group.players.size(), group.weight);
    }
    const tables::SizeWeightLayout layout = tables::layout_for(descending, q);

    CrtBasis basis(modular::primes_for_bits(tables::coalition_bits(n)));
    std::vector<std::vector<std::uint64_t>> residues(basis.primes().size());
    unsigned threads = tables::threads_for(layout.cells * sizeof(std::uint64_t));
    // A table too large for two primes at once could be shared by two threads (row bands,
    // SizeTableOptions::split_rows), but the additions are bound by memory bandwidth: on the IMF
    // at 50% one prime took 5.6 s on one thread against 8.1 s on two (load 4.5; 9.1 against
    // 11.1 s at load 3), so it stays on one thread.
    const bool split_rows = false;
    // Tables are reused from one prime to the next (zeroed again): a fresh table of gigabytes
    // per prime cost more in page faults than its additions.
    std::mutex spare_mutex;
    std::vector<tables::ResidueTable> spare;
    modular::for_each_prime(basis.primes().size(), threads, [&](std::size_t p) {
        const modular::Prime& prime = basis.primes()[p];
        std::optional<tables::ResidueTable> table;
        {
            std::lock_guard lock(spare_mutex);
            if (!spare.empty()) {
                table.emplace(std::move(spare.back()));
                spare.pop_back();
            }
        }
        if (table) {
            table->clear();
        } else {
            table.emplace(layout.cells);
        }
        (*table)[0] = 1;  // the empty coalition
        tables::add_players_by_size(table->data(), layout, descending, prime,
                                    {.split_rows = split_rows});
        for (std::size_t k = 0; k < layout.rows; ++k) {
            tables::to_prefix_sums(table->data() + layout.offset[k],
                                   static_cast<std::size_t>(layout.high[k] - layout.low[k] + 1),
                                   prime);
        }
        std::vector<std::uint64_t>& out = residues[p];
        for (const tables::WeightGroup& group : groups) {
            if (group.weight > 0) {
                pivots_by_size(table->data(), layout, n, q, group.weight, prime, out);
            }
        }
        std::lock_guard lock(spare_mutex);
        spare.push_back(std::move(*table));
    });
    std::vector<Integer> pivots = reconstruct_all(basis, residues);

    std::vector<Integer> factorial(n + 1, 1);
    for (std::size_t k = 1; k <= n; ++k) {
        factorial[k] = factorial[k - 1] * k;
    }
    std::vector<Rational> result(n);
    std::size_t next = 0;
    for (const tables::WeightGroup& group : groups) {
        if (group.weight == 0) {
            continue;
        }
        Integer numerator = 0;
        for (std::size_t k = 0; k < n; ++k) {
            numerator += pivots[next + k] * factorial[k] * factorial[n - 1 - k];
        }
        next += n;
        Rational value(numerator, factorial[n]);
        for (std::size_t player : group.players) {
            result[player] = value;
        }
    }
    return result;
}

}  // namespace jvgov::power
