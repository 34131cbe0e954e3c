// The oceanic power of major holders (model/power/oceanic.hpp): hand-computed cases, the exact
// finite splits of the ocean into k equal holders (compute_power) approaching the limit, and the
// Milnor-Shapley integrals checked against two brute-force oracles on random small games (an
// exact term-by-term polynomial integral per coalition, and a numeric integral of the pivot
// indicator over t).
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/exact/errors.hpp"
#include "model/games/simple_game.hpp"
#include "model/power/compute.hpp"
#include "model/power/oceanic.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
using jvgov::power::OceanicGame;
using jvgov::power::OceanicPower;
using jvgov::power::oceanic_power;

Rational percent(int value) {
    return Rational(value, 100);
}

// The majors' Shapley-Shubik and absolute Banzhaf values when the ocean is split into k equal
// holders, on "more than theta": exact, by the weighted-game engine.
struct FiniteSplit {
    std::vector<Rational> shapley_shubik;
    std::vector<Rational> penrose;
};

FiniteSplit finite_split(const OceanicGame& game, int k) {
    std::vector<Rational> values = game.weights;
    values.push_back(game.ocean / k);
    values.push_back(game.threshold);
    const std::vector<Integer> scaled = jvgov::exact::scale_to_integers(values);
    std::vector<std::string> names;
    std::vector<std::int64_t> weights;
    for (std::size_t i = 0; i < game.weights.size(); ++i) {
        names.push_back("major-" + std::to_string(i));
        weights.push_back(static_cast<std::int64_t>(scaled[i]));
    }
    for (int j = 0; j < k; ++j) {
        names.push_back("small-" + std::to_string(j));
        weights.push_back(static_cast<std::int64_t>(scaled[game.weights.size()]));
    }
    const auto quota = static_cast<std::int64_t>(scaled.back()) + 1;  // more than theta
    jvgov::power::PowerOptions options;
    options.indices = {jvgov::power::Index::shapley_shubik, jvgov::power::Index::penrose};
    const jvgov::power::PowerTable table = jvgov::power::compute_power(
        jvgov::games::make_weighted(names, weights, quota), options);
    FiniteSplit split;
    for (std::size_t i = 0; i < game.weights.size(); ++i) {
        split.shapley_shubik.push_back(*table.players[i].shapley_shubik);
        split.penrose.push_back(*table.players[i].penrose);
    }
    return split;
}

Rational largest_error(const std::vector<Rational>& finite, const std::vector<Rational>& limit) {
    Rational error = 0;
    for (std::size_t i = 0; i < limit.size(); ++i) {
        const Rational difference = abs(Rational{finite[i] - limit[i]});
        error = std::max(error, difference);
    }
    return error;
}

// The errors of the splits into 10, 100 and 1000 holders shrink, and the last is below `bound`.
void check_convergence(const OceanicGame& game, const Rational& bound) {
    const OceanicPower limit = oceanic_power(game);
    std::vector<Rational> ss_errors;
    std::vector<Rational> penrose_errors;
    std::string errors;
    for (const int k : {10, 100, 1000}) {
        const FiniteSplit split = finite_split(game, k);
        ss_errors.push_back(largest_error(split.shapley_shubik, limit.shapley_shubik));
        penrose_errors.push_back(largest_error(split.penrose, limit.penrose));
        errors += "k = " + std::to_string(k) + ": Shapley-Shubik error " +
                  jvgov::exact::to_decimal_string(ss_errors.back(), 6) + ", Banzhaf error " +
                  jvgov::exact::to_decimal_string(penrose_errors.back(), 6) + "\n";
    }
    INFO(errors);
    CHECK(ss_errors[1] < ss_errors[0]);
    CHECK(ss_errors[2] < ss_errors[1]);
    CHECK(ss_errors[2] < bound);
    CHECK(penrose_errors[1] <= penrose_errors[0]);
    CHECK(penrose_errors[2] <= penrose_errors[1]);
    CHECK(penrose_errors[2] < bound);
}

// Exact oracle: every coalition S of the others, the integral of t^s (1-t)^(n-s) over the
// clipped interval expanded term by term.
Rational integral(int s, int n, const Rational& from, const Rational& to) {
    // (1-t)^(n-s) = sum_j C(n-s, j) (-1)^j t^j
    Rational sum = 0;
    Integer binomial = 1;
    for (int j = 0; j <= n - s; ++j) {
        if (j > 0) {
            binomial = binomial * (n - s - j + 1) / j;
        }
        const int power = s + j + 1;
        Rational term = Rational(binomial) / power;
        Rational high = 1;
        Rational low = 1;
        for (int p = 0; p < power; ++p) {
            high *= to;
            low *= from;
        }
        sum += (j % 2 == 0 ? 1 : -1) * term * (high - low);
    }
    return sum;
}

Rational clip(const Rational& value) {
    return value < 0 ? Rational{0} : value > 1 ? Rational{1} : value;
}

std::vector<Rational> exact_oracle(const OceanicGame& game) {
    const int m = static_cast<int>(game.weights.size());
    std::vector<Rational> values(static_cast<std::size_t>(m), Rational{0});
    for (int i = 0; i < m; ++i) {
        for (unsigned mask = 0; mask < (1U << m); ++mask) {
            if ((mask >> i) & 1U) {
                continue;
            }
            Rational votes = 0;
            int size = 0;
            for (int j = 0; j < m; ++j) {
                if ((mask >> j) & 1U) {
                    votes += game.weights[static_cast<std::size_t>(j)];
                    ++size;
                }
            }
            const Rational from =
                clip((game.threshold - votes - game.weights[static_cast<std::size_t>(i)]) /
                     game.ocean);
            const Rational to = clip((game.threshold - votes) / game.ocean);
            values[static_cast<std::size_t>(i)] += integral(size, m - 1, from, to);
        }
    }
    return values;
}

// Numeric oracle: the midpoint rule over t of the probability that i is pivotal at time t.
std::vector<double> numeric_oracle(const OceanicGame& game, int steps) {
    const int m = static_cast<int>(game.weights.size());
    std::vector<double> weights;
    for (const Rational& weight : game.weights) {
        weights.push_back(static_cast<double>(weight));
    }
    const auto ocean = static_cast<double>(game.ocean);
    const auto threshold = static_cast<double>(game.threshold);
    std::vector<double> values(static_cast<std::size_t>(m), 0.0);
    for (int step = 0; step < steps; ++step) {
        const double t = (step + 0.5) / steps;
        for (int i = 0; i < m; ++i) {
            for (unsigned mask = 0; mask < (1U << m); ++mask) {
                if ((mask >> i) & 1U) {
                    continue;
                }
                double votes = ocean * t;
                double probability = 1;
                for (int j = 0; j < m; ++j) {
                    if (j == i) {
                        continue;
                    }
                    const bool in = ((mask >> j) & 1U) != 0;
                    votes += in ? weights[static_cast<std::size_t>(j)] : 0;
                    probability *= in ? t : 1 - t;
                }
                if (votes <= threshold && threshold < votes + weights[static_cast<std::size_t>(i)]) {
                    values[static_cast<std::size_t>(i)] += probability / steps;
                }
            }
        }
    }
    return values;
}

}  // namespace

TEST_CASE("oceanic power: 43% facing a dispersed 57% on a simple majority", "[power][oceanic]") {
    const OceanicPower power = oceanic_power({{percent(43)}, percent(57), Rational(1, 2)});
    // Milnor-Shapley: pivotal for the arrival times t with 57% t <= 50% < 57% t + 43%, i.e.
    // t in [7/57, 50/57]: 43/57. Dubey-Shapley: with the ocean's 28.5% yes, 43% + 28.5% passes
    // and 28.5% does not: a swing in every case.
    CHECK(power.shapley_shubik == std::vector<Rational>{Rational(43, 57)});
    CHECK(power.ocean_shapley_shubik == Rational(14, 57));
    CHECK(power.penrose == std::vector<Rational>{Rational(1)});
    CHECK(power.banzhaf == std::vector<Rational>{Rational(1)});
}

TEST_CASE("oceanic Banzhaf: hand-computed, boundaries counting one half", "[power][oceanic]") {
    // Ocean 40%: 20% yes. Majors 30, 20, 10 on more than 50%.
    // 30: {} 50 vs 20 (on the threshold: 1/2), {20} 70 vs 40 (1), {10} 60 vs 30 (1),
    //     {20,10} 80 vs 50 (1 - 1/2): 3/4.  20: {30} 70 vs 50 (1/2), {10} 50 vs 30 (1/2): 1/4.
    //     10: {30} 60 vs 50 (1/2), {20} 50 vs 40 (1/2): 1/4.
    const OceanicPower power =
        oceanic_power({{percent(30), percent(20), percent(10)}, percent(40), Rational(1, 2)});
    CHECK(power.penrose == std::vector<Rational>{Rational(3, 4), Rational(1, 4), Rational(1, 4)});
    CHECK(power.banzhaf == std::vector<Rational>{Rational(3, 5), Rational(1, 5), Rational(1, 5)});
    // Majors 28, 22, 10: each swings exactly with one of the two others: 1/2 each.
    const OceanicPower even =
        oceanic_power({{percent(28), percent(22), percent(10)}, percent(40), Rational(1, 2)});
    CHECK(even.penrose == std::vector<Rational>{Rational(1, 2), Rational(1, 2), Rational(1, 2)});
    CHECK(even.banzhaf == std::vector<Rational>{Rational(1, 3), Rational(1, 3), Rational(1, 3)});
}

TEST_CASE("oceanic Shapley-Shubik: hand-computed with two majors", "[power][oceanic]") {
    // Majors 30 and 20, ocean 50, more than 50. For 30 (n = 1): S = {} : t in [2/5, 1],
    // integral of (1 - t) = (3/5)^2 / 2 = 9/50; S = {20}: t in [0, 3/5], integral of t = 9/50.
    // So 9/25. For 20: S = {}: t in [3/5, 1], (2/5)^2/2 = 2/25; S = {30}: t in [0, 2/5],
    // (2/5)^2/2 = 2/25: 4/25. The ocean: 1 - 13/25 = 12/25.
    const OceanicPower power =
        oceanic_power({{percent(30), percent(20)}, percent(50), Rational(1, 2)});
    CHECK(power.shapley_shubik == std::vector<Rational>{Rational(9, 25), Rational(4, 25)});
    CHECK(power.ocean_shapley_shubik == Rational(12, 25));
}

TEST_CASE("oceanic power: equal majors share their values, zero votes get nothing",
          "[power][oceanic]") {
    const OceanicPower power = oceanic_power(
        {{percent(15), percent(0), percent(15), percent(10)}, percent(60), Rational(1, 2)});
    CHECK(power.shapley_shubik[0] == power.shapley_shubik[2]);
    CHECK(power.penrose[0] == power.penrose[2]);
    CHECK(power.shapley_shubik[1] == 0);
    CHECK(power.penrose[1] == 0);
    CHECK(power.shapley_shubik == exact_oracle(
                                      {{percent(15), percent(0), percent(15), percent(10)},
                                       percent(60), Rational(1, 2)}));
}

TEST_CASE("oceanic power: the splits into k = 10, 100, 1000 equal holders approach the limit",
          "[power][oceanic][slow]") {
    SECTION("43% against a dispersed 57%") {
        check_convergence({{percent(43)}, percent(57), Rational(1, 2)}, Rational(1, 100));
    }
    SECTION("three majors, 28%, 22% and 10%, against a dispersed 40%") {
        check_convergence({{percent(28), percent(22), percent(10)}, percent(40), Rational(1, 2)},
                          Rational(1, 100));
    }
    SECTION("three majors on a threshold their votes and the ocean's half can meet exactly") {
        // 30% + 20% (the ocean's half) lands on 50%: the limit counts 1/2, the splits approach
        // it like 1/sqrt(k).
        check_convergence({{percent(30), percent(20), percent(10)}, percent(40), Rational(1, 2)},
                          Rational(3, 100));
    }
}

TEST_CASE("oceanic Shapley-Shubik equals brute-force integrals on random small games",
          "[power][oceanic]") {
    std::mt19937 random(20261206);
    std::uniform_int_distribution<int> majors(1, 6);
    std::uniform_int_distribution<int> weight(0, 30);
    std::uniform_int_distribution<int> ocean(1, 80);
    for (int round = 0; round < 60; ++round) {
        OceanicGame game;
        const int m = majors(random);
        Rational total = 0;
        for (int i = 0; i < m; ++i) {
            game.weights.emplace_back(weight(random), 7);
            total += game.weights.back();
        }
        game.ocean = Rational(ocean(random), 3);
        total += game.ocean;
        game.threshold = total * Rational(std::uniform_int_distribution<int>(1, 9)(random), 10);
        const OceanicPower power = oceanic_power(game);
        INFO("round " << round);
        CHECK(power.shapley_shubik == exact_oracle(game));
        if (round < 15) {
            const std::vector<double> numeric = numeric_oracle(game, 20000);
            for (std::size_t i = 0; i < numeric.size(); ++i) {
                CHECK(std::abs(static_cast<double>(power.shapley_shubik[i]) - numeric[i]) < 1e-3);
            }
        }
    }
}

TEST_CASE("oceanic power: invalid games are refused", "[power][oceanic]") {
    using jvgov::InputError;
    CHECK_THROWS_AS(oceanic_power({{}, percent(50), Rational(1, 4)}), InputError);
    CHECK_THROWS_AS(oceanic_power({{percent(50)}, percent(0), Rational(1, 4)}), InputError);
    CHECK_THROWS_AS(oceanic_power({{percent(-5), percent(50)}, percent(55), Rational(1, 4)}),
                    InputError);
    CHECK_THROWS_AS(oceanic_power({{percent(50)}, percent(50), Rational(1)}), InputError);
    CHECK_THROWS_AS(oceanic_power({{percent(50)}, percent(50), Rational(0)}), InputError);
}

TEST_CASE("arrival integrals equal the polynomial integrals term by term", "[power][oceanic]") {
    // integral_0^x t^s (1 - t)^(n - s) dt by the binomial tail against the expanded polynomial,
    // and the whole interval: s! (n - s)! / (n + 1)!, the Shapley-Shubik weight of a size-s set.
    for (int n = 0; n <= 6; ++n) {
        for (const Rational& x : {Rational(0), Rational(1, 8), Rational(10, 11), Rational(1, 2),
                                  Rational(1)}) {
            const std::vector<Rational> values = jvgov::power::arrival_integrals(n, x);
            REQUIRE(values.size() == static_cast<std::size_t>(n) + 1);
            for (int s = 0; s <= n; ++s) {
                INFO("n = " << n << ", s = " << s << ", x = " << jvgov::exact::to_fraction_string(x));
                CHECK(values[static_cast<std::size_t>(s)] == integral(s, n, Rational(0), x));
            }
        }
    }
    // n = 2, s = 1 over [0, 1]: 1! 1! / 3! = 1/6.
    CHECK(jvgov::power::arrival_integrals(2, Rational(1))[1] == Rational(1, 6));
}
