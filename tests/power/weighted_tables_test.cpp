// The binomial-powers recurrence of the weighted-game engine (model/power/weighted_tables.hpp)
// against the plain product, one (1 + x^w) per player, modulo the engine's primes.
#include "model/power/weighted_tables.hpp"

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "model/power/modular_arithmetic.hpp"

namespace {

using jvgov::power::modular::Prime;
using jvgov::power::tables::WeightGroup;

std::int64_t draw(std::mt19937_64& engine, std::int64_t low, std::int64_t high) {
    return low + static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(high - low + 1));
}

// The product of (1 + x^w) over the players, truncated to `size`, by one binomial at a time.
std::vector<std::uint64_t> player_by_player(const std::vector<std::int64_t>& weights,
                                            std::size_t size, const Prime& prime) {
    std::vector<std::uint64_t> table(size, 0);
    table[0] = 1;
    for (std::int64_t w : weights) {
        jvgov::power::tables::multiply_by_binomial(table.data(), size, static_cast<std::size_t>(w),
                                                   prime);
    }
    return table;
}

}  // namespace

TEST_CASE("binomial powers recurrence equals the product player by player", "[weighted]") {
    std::mt19937_64 engine(5000);
    const std::vector<Prime> all_primes =
        jvgov::power::modular::primes(jvgov::power::tables::prime_lanes);
    for (int round = 0; round < 40; ++round) {
        // Many players on few distinct weights, with zeros (a factor 2 each) and weights at or
        // beyond the size (a factor 1 once truncated); sizes from 1 to past the lightest reach.
        const std::size_t players = static_cast<std::size_t>(draw(engine, 1, 400));
        const std::int64_t top = draw(engine, 1, 40);
        std::vector<std::int64_t> weights;
        std::int64_t total = 0;
        for (std::size_t i = 0; i < players; ++i) {
            std::int64_t w =
                draw(engine, 0, 9) == 0 ? draw(engine, 0, 3 * top) : draw(engine, 1, top);
            weights.push_back(w);
            total += w;
        }
        const auto size = static_cast<std::size_t>(draw(engine, 1, total + 2));
        // 1, some or all lanes in use.
        const auto prime_count = static_cast<std::size_t>(std::vector<std::int64_t>{
            1, draw(engine, 2, 7), 8}[static_cast<std::size_t>(round % 3)]);
        const std::vector<Prime> primes(
            all_primes.begin(), all_primes.begin() + static_cast<std::ptrdiff_t>(prime_count));
        INFO("round " << round << ": " << players << " players, weights up to " << 3 * top
                      << ", size " << size << ", " << prime_count << " primes");
        std::vector<std::vector<std::uint64_t>> tables =
            jvgov::power::tables::binomial_powers_products(
                size, jvgov::power::tables::group_by_weight(weights), primes);
        REQUIRE(tables.size() == prime_count);
        for (std::size_t k = 0; k < prime_count; ++k) {
            CHECK(tables[k] == player_by_player(weights, size, primes[k]));
        }
    }
}
