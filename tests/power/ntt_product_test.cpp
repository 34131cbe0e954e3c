// The NTT path of the Banzhaf engine (model/power/ntt.hpp) against the additions it replaces:
// products modulo each NTT prime against the schoolbook product, both kernels (eight lanes and
// one value at a time); the product of binomials by leaves and NTT tree against
// tables::multiply_by_each_weight; and the exact swings and winning counts of 500 random
// weighted games by ProductMethod::ntt against ProductMethod::additions, 100 of them with 130 to
// 150 players (the test requires at least 50 with more than 2^128 winning coalitions).
#include <algorithm>
#include <bit>
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "model/power/ntt.hpp"
#include "model/power/weighted_power.hpp"
#include "model/power/weighted_tables.hpp"

namespace {

using jvgov::exact::Integer;
namespace games = jvgov::games;
namespace power = jvgov::power;
namespace ntt = jvgov::power::ntt;
namespace modular = jvgov::power::modular;

std::vector<std::uint64_t> schoolbook(const std::vector<std::uint64_t>& a,
                                      const std::vector<std::uint64_t>& b, std::size_t size,
                                      const modular::Prime& prime) {
    std::vector<std::uint64_t> product(size, 0);
    for (std::size_t i = 0; i < a.size() && i < size; ++i) {
        for (std::size_t j = 0; j < b.size() && i + j < size; ++j) {
            product[i + j] = prime.add(product[i + j], prime.mul(a[i], b[j]));
        }
    }
    return product;
}

}  // namespace

TEST_CASE("ntt primes are distinct primes of the form c 2^24 + 1 between 2^49 and 2^50",
          "[weighted][ntt]") {
    const std::vector<modular::Prime> primes = ntt::primes(100);
    REQUIRE(primes.size() == 100);
    for (std::size_t k = 0; k < primes.size(); ++k) {
        const std::uint64_t p = primes[k].p;
        REQUIRE(modular::is_prime(p));
        REQUIRE(p > (std::uint64_t{1} << 49));
        REQUIRE(p < (std::uint64_t{1} << 50));
        REQUIRE((p - 1) % (std::uint64_t{1} << (ntt::max_log + 1)) == 0);
        if (k > 0) {
            REQUIRE(p < primes[k - 1].p);
        }
    }
    // 100 primes above 2^49 multiply to more than 2^4900: primes_for_bits(4899) = 100.
    REQUIRE(ntt::primes_for_bits(4899) == 100);
}

TEST_CASE("ntt products equal the schoolbook product, eight lanes and one value at a time",
          "[weighted][ntt]") {
    std::mt19937_64 engine(20261206);
    const std::vector<modular::Prime> primes = ntt::primes(4);
    for (bool use_vector : {true, false}) {
        ntt::Multiplier multiplier(std::size_t{1} << 12, use_vector);
        for (int trial = 0; trial < 300; ++trial) {
            const modular::Prime& prime = primes[static_cast<std::size_t>(trial) % primes.size()];
            multiplier.set_prime(prime);
            // Lengths from 1 to 1500, and every power of two near the blocks and lanes.
            const std::size_t na = trial < 40 ? std::size_t{1} << (trial % 11)
                                              : 1 + engine() % 1500;
            const std::size_t nb = trial < 40 ? std::size_t{1} << ((trial / 11) % 11)
                                              : 1 + engine() % (1 + engine() % 1500);
            const std::size_t size = 1 + engine() % (na + nb - 1);
            std::vector<std::uint64_t> a(na);
            std::vector<std::uint64_t> b(nb);
            for (std::uint64_t& x : a) {
                x = trial % 3 == 0 ? prime.p - 1 - engine() % 3 : engine() % prime.p;
            }
            for (std::uint64_t& x : b) {
                x = trial % 3 == 0 ? prime.p - 1 - engine() % 3 : engine() % prime.p;
            }
            std::vector<std::uint64_t> out(size, 0);
            multiplier.multiply(a.data(), na, b.data(), nb, out.data(), size);
            INFO("trial " << trial << ", na " << na << ", nb " << nb << ", size " << size
                          << ", vector " << use_vector);
            REQUIRE(out == schoolbook(a, b, size, prime));
        }
    }
}

TEST_CASE("the product of binomials by NTT tree equals the additions", "[weighted][ntt]") {
    std::mt19937_64 engine(2026);
    const std::vector<modular::Prime> primes = ntt::primes(2);
    for (int trial = 0; trial < 24; ++trial) {
        const std::size_t n = 1 + engine() % 400;
        const std::int64_t heaviest = trial % 2 == 0 ? 1000 : 20;
        std::vector<std::int64_t> ascending(n);
        std::int64_t total = 0;
        for (std::int64_t& w : ascending) {
            w = static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(heaviest + 1));
            total += w;
        }
        std::sort(ascending.begin(), ascending.end());
        const auto size = static_cast<std::size_t>(1 + engine() % static_cast<std::uint64_t>(total + 1));
        const modular::Prime& prime = primes[static_cast<std::size_t>(trial) % 2];
        std::vector<std::uint64_t> expected(size, 0);
        power::tables::multiply_by_each_weight(expected.data(), ascending,
                                               static_cast<std::int64_t>(size), prime);
        ntt::Multiplier multiplier(std::bit_ceil(2 * size), trial % 3 != 2);
        multiplier.set_prime(prime);
        for (std::size_t leaves : {1, 2, 3, 8, 64}) {
            const std::uint64_t* product =
                ntt::binomial_product(ascending, size, leaves, multiplier);
            INFO("trial " << trial << ", n " << n << ", size " << size << ", leaves " << leaves);
            REQUIRE(std::vector<std::uint64_t>(product, product + size) == expected);
        }
    }
}

TEST_CASE("swings and winning counts by NTT equal the additions on 500 random games",
          "[weighted][ntt]") {
    std::mt19937_64 engine(15);
    const Integer above_128 = Integer(1) << 128;
    int large_counts = 0;
    for (int trial = 0; trial < 500; ++trial) {
        const bool large = trial % 5 == 0;
        const std::size_t n = large ? 130 + engine() % 21 : 1 + engine() % 60;
        // Light weights with many ties, or spread ones; some players of weight 0.
        const std::uint64_t spread = trial % 3 == 0 ? 8 : (trial % 3 == 1 ? 100 : 2000);
        games::WeightedGame game;
        std::int64_t total = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const auto w = static_cast<std::int64_t>(engine() % 13 == 0 ? 0 : 1 + engine() % spread);
            game.weights.push_back(w);
            total += w;
        }
        if (total == 0) {
            game.weights[0] = 1;
            total = 1;
        }
        // Quota 1, the total (not for the large games), a majority, two thirds, or random.
        const std::uint64_t kind = large ? std::vector<std::uint64_t>{0, 1, 2, 4}[engine() % 4]
                                         : engine() % 5;
        switch (kind) {
            case 0: game.quota = total / 2 + 1; break;
            case 1: game.quota = (2 * total + 2) / 3; break;
            case 2: game.quota = 1; break;
            case 3: game.quota = total; break;
            default: game.quota = 1 + static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(total)); break;
        }
        const power::SwingsAndWinning additions =
            power::banzhaf_swings_and_winning(game, power::ProductMethod::additions);
        const power::SwingsAndWinning by_ntt =
            power::banzhaf_swings_and_winning(game, power::ProductMethod::ntt);
        INFO("trial " << trial << ", n " << n << ", quota " << game.quota);
        REQUIRE(by_ntt.winning == additions.winning);
        REQUIRE(by_ntt.swings == additions.swings);
        if (large && additions.winning > above_128) {
            ++large_counts;
        }
    }
    REQUIRE(large_counts >= 50);
}

TEST_CASE("the NTT path is chosen for thousands of players and a quota of a million only",
          "[weighted][ntt]") {
    std::mt19937_64 engine(2026);
    std::vector<std::int64_t> big;
    std::int64_t total = 0;
    for (int i = 0; i < 4000; ++i) {
        big.push_back(static_cast<std::int64_t>(1 + engine() % 1000));
        total += big.back();
    }
    std::sort(big.begin(), big.end());
    const auto quota = static_cast<std::size_t>(total / 2 + 1);
    REQUIRE(ntt::cheaper_plan(big, quota, big.size() + 2).has_value());
    // A board: 30 players, weights up to 100.
    std::vector<std::int64_t> board(big.begin(), big.begin() + 30);
    REQUIRE_FALSE(ntt::cheaper_plan(board, 700, 32).has_value());
}
