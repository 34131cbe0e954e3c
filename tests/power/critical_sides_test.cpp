// Cross-check of the losing side of the Deegan-Packel and Johnston computations
// (model/power/critical_sides.hpp: tables of the complements of winning coalitions, lighter
// than total - quota + 1) against the winning side (the previous path, tables of coalitions
// lighter than the quota) on 500 random weighted games: ties, players of weight 0, quotas from 1
// to the total; 50 of them with 150 to 170 players, of which at least 20 must have more than
// 2^128 minimal winning coalitions. Games of up to 10 players are also checked against
// enumeration of every coalition (the definitions of weighted_power.hpp).
#include "model/power/critical_sides.hpp"

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "model/power/weighted_power.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
namespace games = jvgov::games;
namespace power = jvgov::power;
namespace critical = jvgov::power::critical;

struct Enumerated {
    std::vector<Rational> deegan_packel;
    std::vector<Rational> johnston;
};

// Every coalition of a small game: minimal winning coalitions (winning, and every member's
// removal loses) and critical members (winning coalitions whose member's removal loses).
Enumerated enumerate(const games::WeightedGame& game) {
    const std::size_t n = game.weights.size();
    Enumerated result{std::vector<Rational>(n, 0), std::vector<Rational>(n, 0)};
    for (std::uint32_t set = 0; set < (std::uint32_t{1} << n); ++set) {
        std::int64_t weight = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (set >> i & 1U) {
                weight += game.weights[i];
            }
        }
        if (weight < game.quota) {
            continue;
        }
        std::vector<std::size_t> critical_members;
        std::size_t members = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (set >> i & 1U) {
                ++members;
                if (weight - game.weights[i] < game.quota) {
                    critical_members.push_back(i);
                }
            }
        }
        for (std::size_t i : critical_members) {
            result.johnston[i] += Rational(1, static_cast<long long>(critical_members.size()));
        }
        if (critical_members.size() == members) {
            for (std::size_t i : critical_members) {
                result.deegan_packel[i] += Rational(1, static_cast<long long>(members));
            }
        }
    }
    return result;
}

}  // namespace

TEST_CASE("Deegan-Packel and Johnston are the same on the losing side as on the winning side",
          "[weighted][critical]") {
    std::mt19937_64 engine(1515);
    int large_with_big_counts = 0;
    int enumerated = 0;
    int losing_smaller = 0;
    const Integer bound = Integer(1) << 128;
    for (int round = 0; round < 500; ++round) {
        const bool large = round % 10 == 0;
        const std::size_t n = large ? 150 + engine() % 21 : 1 + engine() % 24;
        const std::uint64_t high =
            large ? 1 + engine() % 6 : 1 + engine() % (round % 3 == 0 ? 4 : 60);
        games::WeightedGame game;
        std::int64_t total = 0;
        for (std::size_t i = 0; i < n; ++i) {
            // A player of weight 0 in one draw out of eight (one out of 64 in the large games,
            // so that they keep more than 128 players who can be in a minimal winning
            // coalition), weights 1..high otherwise.
            std::int64_t w = engine() % (large ? 64 : 8) == 0
                                 ? 0
                                 : 1 + static_cast<std::int64_t>(engine() % high);
            game.weights.push_back(w);
            total += w;
        }
        if (total == 0) {
            game.weights[0] = 1;
            total = 1;
        }
        // Large games near a majority (where the counts are largest), the others anywhere.
        game.quota =
            large ? total / 2 + 1 - static_cast<std::int64_t>(engine() % 3)
                  : 1 + static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(total));
        game.quota = std::clamp<std::int64_t>(game.quota, 1, total);
        if (total - game.quota + 1 < game.quota) {
            ++losing_smaller;
        }
        INFO("round " << round << ", " << n << " players, quota " << game.quota << " of " << total);
        const std::vector<Rational> dp_winning =
            critical::deegan_packel_raw_on(game, critical::Side::winning);
        const std::vector<Rational> dp_losing =
            critical::deegan_packel_raw_on(game, critical::Side::losing);
        REQUIRE(dp_losing == dp_winning);
        const std::vector<Rational> johnston_winning =
            critical::johnston_raw_on(game, critical::Side::winning);
        const std::vector<Rational> johnston_losing =
            critical::johnston_raw_on(game, critical::Side::losing);
        REQUIRE(johnston_losing == johnston_winning);
        // The public functions use one of the two sides.
        REQUIRE(power::minimal_winning_counts(game).deegan_packel_raw == dp_winning);
        REQUIRE(power::johnston_raw(game) == johnston_winning);
        if (large && power::minimal_winning_counts(game, {.deegan_packel = false}).total > bound) {
            ++large_with_big_counts;
        }
        if (n <= 10) {
            const Enumerated expected = enumerate(game);
            REQUIRE(dp_losing == expected.deegan_packel);
            REQUIRE(johnston_losing == expected.johnston);
            ++enumerated;
        }
    }
    CHECK(large_with_big_counts >= 20);
    CHECK(enumerated >= 100);
    CHECK(losing_smaller >= 100);
}
