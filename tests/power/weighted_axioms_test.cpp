// Axioms and dualities of the exact weighted-game engine on games too large to enumerate
// (model/power/weighted_power.hpp): efficiency, null players, symmetry, and the duality
// q <-> total - q + 1 that the engine uses to work on the smaller side of the quota.
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "model/games/weighted_game.hpp"
#include "model/power/weighted_power.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
using jvgov::games::WeightedGame;
namespace power = jvgov::power;

// n weights: a few zeros (null players), a block of equal weights, the rest in [1, 1000].
WeightedGame large_game(std::uint64_t seed, std::size_t n) {
    std::mt19937_64 engine(seed);
    WeightedGame game;
    for (std::size_t i = 0; i < n; ++i) {
        std::int64_t w = 1 + static_cast<std::int64_t>(engine() % 1000);
        if (i % 17 == 3) {
            w = 0;
        } else if (i % 5 == 1) {
            w = 250;
        }
        game.weights.push_back(w);
    }
    std::int64_t total = jvgov::games::total_weight(game);
    game.quota = 1 + static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(total));
    return game;
}

}  // namespace

TEST_CASE("axioms and duality on 60-player weighted games", "[weighted]") {
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        WeightedGame game = large_game(seed, 60);
        const std::int64_t total = jvgov::games::total_weight(game);
        WeightedGame dual{game.weights, total - game.quota + 1};
        INFO("seed " << seed << ", quota " << game.quota << " of " << total);

        std::vector<Rational> ss = power::shapley_shubik(game);
        std::vector<Integer> swings = power::banzhaf_swings(game);
        power::MinimalWinningCounts minimal = power::minimal_winning_counts(game);
        std::vector<Rational> johnston = power::johnston_raw(game);

        // Efficiency: Shapley-Shubik values sum to 1; each minimal winning coalition S gives
        // 1/|S| to each of its |S| members.
        Rational ss_sum = 0;
        Rational deegan_packel_sum = 0;
        for (std::size_t i = 0; i < game.weights.size(); ++i) {
            ss_sum += ss[i];
            deegan_packel_sum += minimal.deegan_packel_raw[i];
        }
        CHECK(ss_sum == 1);
        CHECK(deegan_packel_sum == Rational(minimal.total));

        // Null players (weight 0) get nothing; equal weights get equal values.
        for (std::size_t i = 0; i < game.weights.size(); ++i) {
            if (game.weights[i] == 0) {
                CHECK(ss[i] == 0);
                CHECK(swings[i] == 0);
                CHECK(minimal.containing[i] == 0);
                CHECK(johnston[i] == 0);
            }
            if (game.weights[i] == 250) {
                CHECK(ss[i] == ss[1]);
                CHECK(swings[i] == swings[1]);
                CHECK(minimal.containing[i] == minimal.containing[1]);
                CHECK(johnston[i] == johnston[1]);
            }
        }

        // Duality: S wins in the dual iff its complement loses here, so the winning counts add
        // up to 2^n, and swings and Shapley-Shubik values coincide.
        CHECK(power::count_winning(game) + power::count_winning(dual) ==
              Integer(1) << game.weights.size());
        CHECK(power::banzhaf_swings(dual) == swings);
        CHECK(power::shapley_shubik(dual) == ss);
    }
}
