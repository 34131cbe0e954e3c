// The threshold sweep: hand-checked steps of [q; 40, 40, 10, 10], brute force over every
// coalition at every quota on random small games (zero and equal weights included), and the
// sampled mode against the exhaustive one.
#include "model/power/threshold_sweep.hpp"

#include <algorithm>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <vector>

#include <catch2/catch.hpp>

#include "model/exact/errors.hpp"

namespace jvgov::power {
namespace {

using exact::Rational;

// Normalised Banzhaf indices of [quota; weights] by enumerating every coalition.
std::vector<Rational> brute_force_banzhaf(const std::vector<std::int64_t>& weights,
                                          std::int64_t quota) {
    const auto n = weights.size();
    std::vector<std::int64_t> swings(n, 0);
    for (std::uint32_t coalition = 0; coalition < (1u << n); ++coalition) {
        std::int64_t weight = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (coalition & (1u << i))
                weight += weights[i];
        }
        if (weight < quota)
            continue;
        for (std::size_t i = 0; i < n; ++i) {
            if ((coalition & (1u << i)) && weight - weights[i] < quota)
                ++swings[i];
        }
    }
    std::int64_t total = 0;
    for (const auto count : swings)
        total += count;
    std::vector<Rational> indices;
    for (const auto count : swings)
        indices.emplace_back(count, total);
    return indices;
}

// The indices the sweep gives at `quota`; fails the test when no step covers it.
std::vector<Rational> at_quota(const ThresholdSweep& sweep, std::int64_t quota) {
    for (const auto& step : sweep.steps) {
        if (step.first_quota <= quota && quota <= step.last_quota)
            return step.banzhaf;
    }
    FAIL("no step covers quota " << quota);
    return {};
}

std::vector<Rational> shares(std::initializer_list<Rational> values) {
    return values;
}

TEST_CASE("sweep of [q; 40, 40, 10, 10]: four steps, worked out by hand", "[threshold_sweep]") {
    // Swings of a 40 player at q: coalitions of {40, 10, 10} with weight in [q - 40, q - 1],
    // weights 0, 10, 10, 20, 40, 50, 50, 60; of a 10 player: {40, 40, 10} in [q - 10, q - 1],
    // weights 0, 10, 40, 40, 50, 50, 80, 90.
    //   q  51..60: 40s have 4 (20, 40, 50, 50), 10s have 2 (50, 50)   -> 1/3, 1/3, 1/6, 1/6
    //   q  61..80: 40s have 4 (40, 50, 50, 60), 10s have 0             -> 1/2, 1/2, 0, 0
    //   q  81..90: 40s have 3 (50, 50, 60), 10s have 1 (80)            -> 3/8, 3/8, 1/8, 1/8
    //   q 91..100: 40s have 1 (60), 10s have 1 (90)                    -> 1/4 each
    const auto sweep = sweep_thresholds({40, 40, 10, 10});
    CHECK(sweep.total_weight == 100);
    CHECK(sweep.exhaustive);
    CHECK(sweep.evaluated_quotas == 50);
    REQUIRE(sweep.steps.size() == 4);
    const Rational third{1, 3}, sixth{1, 6}, half{1, 2}, three_eighths{3, 8}, eighth{1, 8},
        quarter{1, 4};
    CHECK(sweep.steps[0].first_quota == 51);
    CHECK(sweep.steps[0].last_quota == 60);
    CHECK(sweep.steps[0].banzhaf == shares({third, third, sixth, sixth}));
    CHECK(sweep.steps[1].first_quota == 61);
    CHECK(sweep.steps[1].last_quota == 80);
    CHECK(sweep.steps[1].banzhaf == shares({half, half, 0, 0}));
    CHECK(sweep.steps[2].first_quota == 81);
    CHECK(sweep.steps[2].last_quota == 90);
    CHECK(sweep.steps[2].banzhaf == shares({three_eighths, three_eighths, eighth, eighth}));
    CHECK(sweep.steps[3].first_quota == 91);
    CHECK(sweep.steps[3].last_quota == 100);
    CHECK(sweep.steps[3].banzhaf == shares({quarter, quarter, quarter, quarter}));
}

TEST_CASE("sweep of an odd total starts just above half", "[threshold_sweep]") {
    // [q; 2, 1, 1, 1], total 5. Swings of the 2 player: coalitions of {1, 1, 1} with weight in
    // [q - 2, q - 1]; of a 1 player: coalitions of {2, 1, 1} with weight q - 1.
    //   q = 3: 6 (three of weight 1, three of 2) and 2 each ({2}, {1, 1}) -> 1/2, 1/6, 1/6, 1/6
    //   q = 4: 4 (three of weight 2, one of 3) and 2 each ({2, 1} twice)  -> 2/5, 1/5, 1/5, 1/5
    //   q = 5: 1 and 1 each                                              -> 1/4 each
    const std::vector<std::int64_t> weights = {2, 1, 1, 1};
    const auto sweep = sweep_thresholds(weights);
    REQUIRE(sweep.steps.size() == 3);
    CHECK(sweep.steps[0].first_quota == 3);
    CHECK(sweep.steps[0].banzhaf ==
          shares({Rational{1, 2}, Rational{1, 6}, Rational{1, 6}, Rational{1, 6}}));
    CHECK(sweep.steps[1].first_quota == 4);
    CHECK(sweep.steps[1].banzhaf ==
          shares({Rational{2, 5}, Rational{1, 5}, Rational{1, 5}, Rational{1, 5}}));
    CHECK(sweep.steps[2].first_quota == 5);
    CHECK(sweep.steps[2].last_quota == 5);
    CHECK(sweep.steps[2].banzhaf ==
          shares({Rational{1, 4}, Rational{1, 4}, Rational{1, 4}, Rational{1, 4}}));
    for (std::int64_t q = 3; q <= 5; ++q)
        CHECK(brute_force_banzhaf(weights, q) ==
              sweep.steps[static_cast<std::size_t>(q - 3)].banzhaf);
}

TEST_CASE("sweep equals brute force at every quota on random small games", "[threshold_sweep]") {
    std::mt19937_64 random(20261122);
    for (int game = 0; game < 60; ++game) {
        const auto n = 1 + random() % 10;
        std::vector<std::int64_t> weights;
        for (std::size_t i = 0; i < n; ++i) {
            // Many zeros and repeats: weights 0..6, sometimes copied from the previous player.
            const bool repeat = i > 0 && random() % 3 == 0;
            weights.push_back(repeat ? weights.back() : static_cast<std::int64_t>(random() % 7));
        }
        if (std::all_of(weights.begin(), weights.end(), [](auto w) { return w == 0; }))
            weights.back() = 3;
        std::int64_t total = 0;
        for (const auto w : weights)
            total += w;
        INFO("game " << game << ", total " << total);
        const auto sweep = sweep_thresholds(weights);
        CHECK(sweep.exhaustive);
        CHECK(sweep.evaluated_quotas == static_cast<std::size_t>(total - total / 2));
        REQUIRE_FALSE(sweep.steps.empty());
        CHECK(sweep.steps.front().first_quota == total / 2 + 1);
        CHECK(sweep.steps.back().last_quota == total);
        for (std::size_t k = 1; k < sweep.steps.size(); ++k) {
            CHECK(sweep.steps[k].first_quota == sweep.steps[k - 1].last_quota + 1);
            CHECK(sweep.steps[k].banzhaf != sweep.steps[k - 1].banzhaf);
        }
        for (auto q = total / 2 + 1; q <= total; ++q) {
            INFO("quota " << q);
            CHECK(at_quota(sweep, q) == brute_force_banzhaf(weights, q));
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (weights[i] == 0) {
                for (const auto& step : sweep.steps)
                    CHECK(step.banzhaf[i] == 0);
            }
        }
    }
}

TEST_CASE("sampled sweep: max_quotas evenly spread plus must_include", "[threshold_sweep]") {
    // Total 1000: 500 quotas from 501 to 1000, more than max_quotas = 11, so sampled at
    // 501 + floor(499 k / 10) for k = 0..10, plus 777 (not among them) and 42 (out of range).
    const std::vector<std::int64_t> weights = {300, 250, 200, 100, 100, 30, 20};
    const auto sampled = sweep_thresholds(weights, 11, {777, 42, 1000});
    CHECK_FALSE(sampled.exhaustive);
    CHECK(sampled.total_weight == 1000);
    CHECK(sampled.evaluated_quotas == 12);
    REQUIRE_FALSE(sampled.steps.empty());
    CHECK(sampled.steps.front().first_quota == 501);
    CHECK(sampled.steps.back().last_quota == 1000);

    // Each step's indices are the exhaustive ones at its first and last sampled quota.
    const auto exhaustive = sweep_thresholds(weights, 1000);
    REQUIRE(exhaustive.exhaustive);
    for (const auto& step : sampled.steps) {
        CHECK(step.banzhaf == at_quota(exhaustive, step.first_quota));
        CHECK(step.banzhaf == at_quota(exhaustive, step.last_quota));
    }
    CHECK(at_quota(sampled, 777) == at_quota(exhaustive, 777));
    CHECK(at_quota(sampled, 777) == brute_force_banzhaf(weights, 777));
    // 550 = 501 + floor(499 / 10) is the second even sample.
    CHECK(at_quota(sampled, 550) == brute_force_banzhaf(weights, 550));
}

TEST_CASE("sweep refuses invalid weights and max_quotas", "[threshold_sweep]") {
    CHECK_THROWS_AS(sweep_thresholds({}), jvgov::InputError);
    CHECK_THROWS_WITH(sweep_thresholds({0, 0}),
                      "sweep_thresholds: the total weight must be positive");
    CHECK_THROWS_AS(sweep_thresholds({3, -1}), jvgov::InputError);
    CHECK_THROWS_WITH(sweep_thresholds({1, 1}, 1),
                      "sweep_thresholds: max_quotas must be at least 2");
    CHECK_THROWS_AS(sweep_thresholds({1, 1}, 1), jvgov::PreconditionError);
}

}  // namespace
}  // namespace jvgov::power
