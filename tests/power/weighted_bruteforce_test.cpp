// Cross-check of the exact weighted-game engine (model/power/weighted_power.hpp) against a
// brute-force oracle that enumerates every coalition, on random games with up to 14 players.
#include <algorithm>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/power/weighted_power.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
using jvgov::games::WeightedGame;

// Every index by enumerating all 2^n coalitions (masks), straight from the definitions.
struct Oracle {
    Integer winning = 0;
    std::vector<Integer> swings;
    std::vector<Rational> shapley_shubik;
    Integer minimal_winning = 0;
    std::vector<Integer> containing;
    std::vector<Rational> deegan_packel_raw;
    std::vector<Rational> johnston_raw;
};

Rational unit_fraction(std::size_t denominator) {
    Rational value = 1;
    value /= denominator;
    return value;
}

Oracle enumerate(const WeightedGame& game) {
    const std::size_t n = game.weights.size();
    const std::uint32_t masks = std::uint32_t{1} << n;
    std::vector<std::int64_t> weight(masks, 0);
    for (std::uint32_t mask = 1; mask < masks; ++mask) {
        std::uint32_t low = mask & (~mask + 1);
        weight[mask] =
            weight[mask ^ low] + game.weights[static_cast<std::size_t>(std::countr_zero(low))];
    }
    auto wins = [&](std::uint32_t mask) { return weight[mask] >= game.quota; };
    std::vector<Integer> factorial(n + 1, 1);
    for (std::size_t k = 1; k <= n; ++k) {
        factorial[k] = factorial[k - 1] * k;
    }
    Oracle oracle;
    oracle.swings.assign(n, 0);
    oracle.containing.assign(n, 0);
    oracle.shapley_shubik.resize(n);
    oracle.deegan_packel_raw.resize(n);
    oracle.johnston_raw.resize(n);
    std::vector<Integer> pivot_weight(n, 0);
    for (std::uint32_t mask = 0; mask < masks; ++mask) {
        const std::size_t size = static_cast<std::size_t>(std::popcount(mask));
        if (!wins(mask)) {
            for (std::size_t i = 0; i < n; ++i) {
                std::uint32_t bit = std::uint32_t{1} << i;
                if (!(mask & bit) && wins(mask | bit)) {
                    oracle.swings[i] += 1;
                    pivot_weight[i] += factorial[size] * factorial[n - 1 - size];
                }
            }
            continue;
        }
        oracle.winning += 1;
        std::vector<std::size_t> critical;
        for (std::size_t i = 0; i < n; ++i) {
            std::uint32_t bit = std::uint32_t{1} << i;
            if ((mask & bit) && !wins(mask ^ bit)) {
                critical.push_back(i);
            }
        }
        for (std::size_t i : critical) {
            oracle.johnston_raw[i] += unit_fraction(critical.size());
        }
        if (critical.size() == size) {
            oracle.minimal_winning += 1;
            for (std::size_t i : critical) {
                oracle.containing[i] += 1;
                oracle.deegan_packel_raw[i] += unit_fraction(size);
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        oracle.shapley_shubik[i] = Rational(pivot_weight[i]) / Rational(factorial[n]);
    }
    return oracle;
}

// Uniform integer in [low, high] from raw 64-bit draws (portable, unlike std distributions).
std::int64_t draw(std::mt19937_64& engine, std::int64_t low, std::int64_t high) {
    std::uint64_t span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<std::int64_t>(engine() % span);
}

WeightedGame random_game(std::mt19937_64& engine) {
    WeightedGame game;
    const std::size_t n = static_cast<std::size_t>(draw(engine, 1, 14));
    // Weight ranges from tiny (many ties and zeros) to wide.
    static constexpr std::int64_t ranges[] = {1, 3, 6, 20, 100, 1000};
    const std::int64_t top = ranges[draw(engine, 0, 5)];
    const bool zeros = draw(engine, 0, 3) == 0;
    std::int64_t total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::int64_t w = draw(engine, zeros ? 0 : 1, top);
        game.weights.push_back(w);
        total += w;
    }
    if (total == 0) {
        game.weights[0] = 1;
        total = 1;
    }
    switch (draw(engine, 0, 5)) {
        case 0:
            game.quota = total;
            break;  // unanimity of the weight
        case 1:
            game.quota = 1;
            break;
        case 2:
            game.quota = total / 2 + 1;
            break;  // simple majority
        case 3:
            game.quota = (2 * total + 2) / 3;
            break;  // about two thirds
        default:
            game.quota = draw(engine, 1, total);
            break;
    }
    return game;
}

std::string describe(const WeightedGame& game) {
    std::ostringstream text;
    text << '[' << game.quota << ';';
    for (std::int64_t w : game.weights) {
        text << ' ' << w;
    }
    text << ']';
    return text.str();
}

}  // namespace

TEST_CASE("weighted engine matches enumeration on 1200 random games", "[weighted]") {
    std::mt19937_64 engine(20261122);
    for (int round = 0; round < 1200; ++round) {
        WeightedGame game = random_game(engine);
        INFO("game " << round << ": " << describe(game));
        Oracle oracle = enumerate(game);
        CHECK(jvgov::power::count_winning(game) == oracle.winning);
        CHECK(jvgov::power::banzhaf_swings(game) == oracle.swings);
        CHECK(jvgov::power::shapley_shubik(game) == oracle.shapley_shubik);
        jvgov::power::MinimalWinningCounts minimal = jvgov::power::minimal_winning_counts(game);
        CHECK(minimal.total == oracle.minimal_winning);
        CHECK(minimal.containing == oracle.containing);
        CHECK(minimal.deegan_packel_raw == oracle.deegan_packel_raw);
        CHECK(jvgov::power::johnston_raw(game) == oracle.johnston_raw);
    }
}

TEST_CASE("weighted engine matches enumeration with large and mixed weights", "[weighted]") {
    // Weights above the engine's batching limit (4096) mixed with small ones, and many equal
    // small weights, so that batched and single sweeps alternate.
    std::mt19937_64 engine(7);
    for (int round = 0; round < 60; ++round) {
        WeightedGame game;
        const std::size_t n = static_cast<std::size_t>(draw(engine, 2, 11));
        std::int64_t total = 0;
        for (std::size_t i = 0; i < n; ++i) {
            std::int64_t w =
                draw(engine, 0, 1) == 0 ? draw(engine, 4000, 30000) : draw(engine, 1, 3);
            game.weights.push_back(w);
            total += w;
        }
        game.quota = draw(engine, 1, total);
        INFO("game " << round << ": " << describe(game));
        Oracle oracle = enumerate(game);
        CHECK(jvgov::power::count_winning(game) == oracle.winning);
        CHECK(jvgov::power::banzhaf_swings(game) == oracle.swings);
        CHECK(jvgov::power::shapley_shubik(game) == oracle.shapley_shubik);
        jvgov::power::MinimalWinningCounts minimal = jvgov::power::minimal_winning_counts(game);
        CHECK(minimal.total == oracle.minimal_winning);
        CHECK(minimal.containing == oracle.containing);
        CHECK(minimal.deegan_packel_raw == oracle.deegan_packel_raw);
        CHECK(jvgov::power::johnston_raw(game) == oracle.johnston_raw);
    }
}

TEST_CASE("weighted engine matches enumeration with many players on few weights", "[weighted]") {
    // 12 to 18 players on weights 0..4: the winning counts and swings come from the recurrence
    // over distinct weights (tables::binomial_powers_products), not one binomial per player.
    std::mt19937_64 engine(18);
    for (int round = 0; round < 40; ++round) {
        WeightedGame game;
        const std::size_t n = static_cast<std::size_t>(draw(engine, 12, 18));
        std::int64_t total = 0;
        for (std::size_t i = 0; i < n; ++i) {
            std::int64_t w = draw(engine, 0, 4);
            game.weights.push_back(w);
            total += w;
        }
        game.weights[0] += total == 0 ? 1 : 0;
        total = std::max<std::int64_t>(total, 1);
        game.quota = round % 2 == 0 ? total / 2 + 1 : draw(engine, 1, total);
        INFO("game " << round << ": " << describe(game));
        Oracle oracle = enumerate(game);
        CHECK(jvgov::power::count_winning(game) == oracle.winning);
        CHECK(jvgov::power::banzhaf_swings(game) == oracle.swings);
    }
}
