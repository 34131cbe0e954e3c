#include "model/power/weighted_tables.hpp"

#include <algorithm>
#include <numeric>

namespace jvgov::power::tables {

ReducedGame reduce(const games::WeightedGame& game) {
    games::validate(game);
    ReducedGame reduced;
    reduced.weights = game.weights;
    std::int64_t divisor = 0;
    for (std::int64_t w : game.weights) {
        divisor = std::gcd(divisor, w);
    }
    for (std::int64_t& w : reduced.weights) {
        w /= divisor;
    }
    reduced.quota = (game.quota + divisor - 1) / divisor;
    reduced.total = games::total_weight(game) / divisor;
    return reduced;
}

std::vector<WeightGroup> group_by_weight(const std::vector<std::int64_t>& weights) {
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return weights[a] > weights[b]; });
    std::vector<WeightGroup> groups;
    for (std::size_t player : order) {
        if (groups.empty() || groups.back().weight != weights[player]) {
            groups.push_back({weights[player], {}});
        }
        groups.back().players.push_back(player);
    }
    return groups;
}

SizeWeightLayout layout_for(const std::vector<std::int64_t>& descending, std::int64_t q) {
    SizeWeightLayout layout;
    std::size_t n = descending.size();
    std::int64_t light = 0;
    std::int64_t heavy = 0;
    for (std::size_t k = 0; k <= n; ++k) {
        if (k > 0) {
            light += descending[n - k];
            heavy = std::min(heavy + descending[k - 1], q - 1);
        }
        if (light > q - 1) {
            break;
        }
        layout.low.push_back(light);
        layout.high.push_back(heavy);
        layout.offset.push_back(layout.cells);
        layout.cells += static_cast<std::size_t>(heavy - light + 1);
        ++layout.rows;
    }
    return layout;
}

void multiply_by_binomial(std::uint64_t* table, std::size_t size, std::size_t w,
                          const modular::Prime& prime) {
    if (w >= size) {
        return;
    }
    const std::uint64_t p = prime.p;
    // Descending, so each table[s - w] read is still the old value (safe to vectorise: every
    // read of a chunk happens before that chunk's writes).
#pragma GCC ivdep
    for (std::size_t s = size - 1; s >= w; --s) {
        std::uint64_t v = table[s] + table[s - w];
        table[s] = v >= p ? v - p : v;
        if (s == w) {
            break;
        }
    }
}

void divide_by_binomial(std::uint64_t* table, std::size_t size, std::size_t w,
                        const modular::Prime& prime) {
    if (w >= size) {
        return;
    }
    const std::uint64_t p = prime.p;
    if (w == 0) {
        // (1 + x^0) = 2: divide every coefficient by 2.
        std::uint64_t half = prime.inverse(2);
        for (std::size_t s = 0; s < size; ++s) {
            table[s] = prime.mul(table[s], half);
        }
        return;
    }
    for (std::size_t s = w; s < size; ++s) {
        std::uint64_t a = table[s];
        std::uint64_t b = table[s - w];
        table[s] = a >= b ? a - b : a + p - b;
    }
}

void to_prefix_sums(std::uint64_t* table, std::size_t size, const modular::Prime& prime) {
    for (std::size_t s = 1; s < size; ++s) {
        table[s] = prime.add(table[s], table[s - 1]);
    }
}

}  // namespace jvgov::power::tables
