// Published values of classic weighted games (each with its source) and exactness beyond 2^64
// and 2^128, for the exact weighted-game engine (model/power/weighted_power.hpp).
#include <stdexcept>
#include <vector>

#include <catch2/catch.hpp>

#include "model/exact/errors.hpp"
#include "model/games/weighted_game.hpp"
#include "model/power/weighted_power.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
using jvgov::games::WeightedGame;
namespace power = jvgov::power;

Rational fraction(long long numerator, long long denominator) {
    Rational value = numerator;
    value /= denominator;
    return value;
}

std::vector<Rational> fractions(std::initializer_list<std::pair<long long, long long>> values) {
    std::vector<Rational> result;
    for (auto [numerator, denominator] : values) {
        result.push_back(fraction(numerator, denominator));
    }
    return result;
}

template <class Number>
std::vector<Rational> normalised(const std::vector<Number>& raw) {
    Rational total = 0;
    for (const Number& value : raw) {
        total += Rational(value);
    }
    std::vector<Rational> result;
    for (const Number& value : raw) {
        result.push_back(Rational(value) / total);
    }
    return result;
}

std::vector<Rational> banzhaf(const WeightedGame& game) {
    return normalised(power::banzhaf_swings(game));
}

Integer binomial(unsigned n, unsigned k) {
    Integer result = 1;
    for (unsigned i = 1; i <= k; ++i) {
        result = result * (n - k + i) / i;
    }
    return result;
}

}  // namespace

TEST_CASE("UN Security Council [39; 7x5, 1x10]", "[weighted]") {
    // Felsenthal & Machover, The Measurement of Voting Power (1998); powerindices README:
    // Shapley-Shubik 421/2145 (permanent) and 4/2145 (elected); normalised Banzhaf 106/635 and
    // 21/1270.
    WeightedGame unsc{{7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 39};
    std::vector<Rational> ss = power::shapley_shubik(unsc);
    std::vector<Rational> bz = banzhaf(unsc);
    for (int i = 0; i < 5; ++i) {
        CHECK(ss[i] == fraction(421, 2145));
        CHECK(bz[i] == fraction(106, 635));
    }
    for (int i = 5; i < 15; ++i) {
        CHECK(ss[i] == fraction(4, 2145));
        CHECK(bz[i] == fraction(21, 1270));
    }
    // Nine of fifteen with all five permanent members: sum over k = 4..10 of C(10, k) wins.
    CHECK(power::count_winning(unsc) == 848);
    // Minimal winning: the five permanent members and exactly four elected ones.
    power::MinimalWinningCounts minimal = power::minimal_winning_counts(unsc);
    CHECK(minimal.total == 210);
    CHECK(minimal.containing[0] == 210);
    CHECK(minimal.containing[5] == 84);
}

TEST_CASE("Nassau County Board 1958 [16; 9,9,7,3,1,1] has three dummies", "[weighted]") {
    // Banzhaf, "Weighted voting doesn't work", Rutgers Law Review 19 (1965): the three smallest
    // members (3, 1, 1) can never change an outcome; the three largest share power equally.
    WeightedGame nassau{{9, 9, 7, 3, 1, 1}, 16};
    std::vector<Integer> swings = power::banzhaf_swings(nassau);
    CHECK(swings == std::vector<Integer>{16, 16, 16, 0, 0, 0});
    CHECK(power::shapley_shubik(nassau) ==
          fractions({{1, 3}, {1, 3}, {1, 3}, {0, 1}, {0, 1}, {0, 1}}));
}

TEST_CASE("EEC Council of Ministers 1958 [12; 4,4,4,2,2,1]", "[weighted]") {
    // Felsenthal & Machover (1998); maxlit/powerindex README: normalised Banzhaf (5/21 x3,
    // 3/21 x2, 0) -- Luxembourg is a dummy; Shapley-Shubik (7/30 x3, 3/20 x2, 0).
    WeightedGame eec{{4, 4, 4, 2, 2, 1}, 12};
    CHECK(banzhaf(eec) == fractions({{5, 21}, {5, 21}, {5, 21}, {3, 21}, {3, 21}, {0, 1}}));
    CHECK(power::shapley_shubik(eec) ==
          fractions({{7, 30}, {7, 30}, {7, 30}, {3, 20}, {3, 20}, {0, 1}}));
}

TEST_CASE("textbook anchors of mission_anchors.md section 3", "[weighted]") {
    // maxlit/powerindex README: [6; 4,3,2,1] normalised Banzhaf (5/12, 1/4, 1/4, 1/12).
    CHECK(banzhaf({{4, 3, 2, 1}, 6}) == fractions({{5, 12}, {1, 4}, {1, 4}, {1, 12}}));
    // CoopGame docs: [12; 8,6,4,2] non-normalised Banzhaf (0.625, 0.375, 0.375, 0.125), i.e.
    // swings (5, 3, 3, 1) out of 2^3 coalitions of the others.
    CHECK(power::banzhaf_swings({{8, 6, 4, 2}, 12}) == std::vector<Integer>{5, 3, 3, 1});
    // CoopGame docs: [51; 50,49,1] raw Banzhaf (3, 1, 1), normalised (0.6, 0.2, 0.2).
    CHECK(power::banzhaf_swings({{50, 49, 1}, 51}) == std::vector<Integer>{3, 1, 1});
    // CoopGame (Stach 2011): [50; 10,10,20,30] Shapley-Shubik (1/12, 1/12, 1/4, 7/12).
    CHECK(power::shapley_shubik({{10, 10, 20, 30}, 50}) ==
          fractions({{1, 12}, {1, 12}, {1, 4}, {7, 12}}));
    // CoopGame (Holler & Illing): [51; 35,20,15,15,15] Deegan-Packel (18/60, 9/60, 11/60 x3)
    // and public good index (4/15, 2/15, 1/5 x3) -- the PGI paradox (20 gets less than 15).
    WeightedGame holler{{35, 20, 15, 15, 15}, 51};
    power::MinimalWinningCounts minimal = power::minimal_winning_counts(holler);
    CHECK(normalised(minimal.deegan_packel_raw) ==
          fractions({{18, 60}, {9, 60}, {11, 60}, {11, 60}, {11, 60}}));
    CHECK(normalised(minimal.containing) == fractions({{4, 15}, {2, 15}, {1, 5}, {1, 5}, {1, 5}}));
    // CoopGame, maxlit: [4; 3,2,1] Johnston (2/3, 1/6, 1/6), Banzhaf (0.6, 0.2, 0.2),
    // Shapley-Shubik (2/3, 1/6, 1/6).
    WeightedGame small{{3, 2, 1}, 4};
    CHECK(normalised(power::johnston_raw(small)) == fractions({{2, 3}, {1, 6}, {1, 6}}));
    CHECK(banzhaf(small) == fractions({{3, 5}, {1, 5}, {1, 5}}));
    CHECK(power::shapley_shubik(small) == fractions({{2, 3}, {1, 6}, {1, 6}}));
    // Mini-UN [9; 7,7,1,1,1] (jsboige/CoursIA PR #5623): Shapley-Shubik 3/10 and 2/15,
    // normalised Banzhaf 2/7 and 1/7.
    WeightedGame mini{{7, 7, 1, 1, 1}, 9};
    CHECK(power::shapley_shubik(mini) == fractions({{3, 10}, {3, 10}, {2, 15}, {2, 15}, {2, 15}}));
    CHECK(banzhaf(mini) == fractions({{2, 7}, {2, 7}, {1, 7}, {1, 7}, {1, 7}}));
}

TEST_CASE("exact beyond 2^64 and 2^128: 200 equal players", "[weighted]") {
    // With n equal weights and quota q, every closed form is a binomial coefficient:
    // swings C(n-1, q-1); winning coalitions sum_{k >= q} C(n, k); minimal winning C(n, q), each
    // player in C(n-1, q-1) of them, all of size q (Deegan-Packel and Johnston raw C(n-1,q-1)/q).
    const unsigned n = 200;
    for (unsigned q : {101u, 150u, 61u}) {
        WeightedGame game{std::vector<std::int64_t>(n, 3), 3 * static_cast<std::int64_t>(q)};
        Integer swings = binomial(n - 1, q - 1);
        REQUIRE(swings > Integer(1) << 128);
        Integer winning = 0;
        for (unsigned k = q; k <= n; ++k) {
            winning += binomial(n, k);
        }
        CHECK(power::banzhaf_swings(game) == std::vector<Integer>(n, swings));
        CHECK(power::count_winning(game) == winning);
        CHECK(power::shapley_shubik(game) == std::vector<Rational>(n, fraction(1, n)));
        power::MinimalWinningCounts minimal = power::minimal_winning_counts(game);
        CHECK(minimal.total == binomial(n, q));
        CHECK(minimal.containing == std::vector<Integer>(n, swings));
        Rational share = Rational(swings) / Rational(q);
        CHECK(minimal.deegan_packel_raw == std::vector<Rational>(n, share));
        CHECK(power::johnston_raw(game) == std::vector<Rational>(n, share));
    }
}

TEST_CASE("exact for a 1000-player game beyond 2^900", "[weighted]") {
    // 1000 players of weight 1 and one of weight 1000, quota 1001. The small players together
    // (weight <= 1000) always lose, so the big one swings with every nonempty set of small ones
    // (2^1000 - 1), and those are exactly the winning coalitions. A small player swings only
    // when it joins the big one alone (weight 1000 -> 1001): one swing.
    std::vector<std::int64_t> weights(1000, 1);
    weights.push_back(1000);
    WeightedGame game{weights, 1001};
    std::vector<Integer> swings = power::banzhaf_swings(game);
    Integer all = Integer(1) << 1000;
    CHECK(swings[1000] == all - 1);
    CHECK(swings[0] == 1);
    CHECK(power::count_winning(game) == all - 1);
}

TEST_CASE("weighted engine validates its game", "[weighted]") {
    CHECK_THROWS_WITH(power::banzhaf_swings({{}, 1}), "weighted game: no players");
    CHECK_THROWS_WITH(power::shapley_shubik({{3, -1}, 2}),
                      "weighted game: weight of player 2 is negative (-1)");
    CHECK_THROWS_WITH(power::count_winning({{3, 4}, 8}),
                      "weighted game: quota 8 is outside [1, 7] (1 to the total weight)");
    CHECK_THROWS_WITH(power::johnston_raw({{3, 4}, 0}),
                      "weighted game: quota 0 is outside [1, 7] (1 to the total weight)");
    CHECK_THROWS_WITH(power::minimal_winning_counts({{INT64_MAX, 1}, 1}),
                      "weighted game: total weight overflows a 64-bit integer");
}

TEST_CASE("exact quotas from fractions of the total", "[weighted]") {
    CHECK(jvgov::games::quota_at_least(fraction(1, 2), 10) == 5);
    CHECK(jvgov::games::quota_at_least(fraction(1, 2), 11) == 6);
    CHECK(jvgov::games::quota_more_than(fraction(1, 2), 10) == 6);
    CHECK(jvgov::games::quota_more_than(fraction(1, 2), 11) == 6);
    CHECK(jvgov::games::quota_at_least(fraction(85, 100), 5039930) == 4283941);
    CHECK(jvgov::games::quota_at_least(fraction(2, 3), 3) == 2);
    CHECK(jvgov::games::quota_more_than(fraction(2, 3), 3) == 3);
    CHECK(jvgov::games::quota_at_least(Rational(1), 7) == 7);
    CHECK_THROWS_WITH(jvgov::games::quota_at_least(Rational(0), 7),
                      "quota at least a fraction: fraction must be in (0, 1], got 0");
    CHECK_THROWS_WITH(jvgov::games::quota_more_than(Rational(1), 7),
                      "quota more than a fraction: fraction must be in (0, 1), got 1");
    CHECK_THROWS_WITH(jvgov::games::quota_at_least(fraction(1, 2), 0),
                      "quota at least a fraction: total weight must be at least 1, got 0");
}

TEST_CASE("estimate grows with the tables the engine will build", "[weighted]") {
    WeightedGame small{{4, 4, 4, 2, 2, 1}, 12};
    WeightedGame large{std::vector<std::int64_t>(100, 1000), 50001};
    for (auto index : {power::WeightedIndex::swings, power::WeightedIndex::shapley_shubik,
                       power::WeightedIndex::johnston}) {
        power::ResourceEstimate a = power::estimate(small, index);
        power::ResourceEstimate b = power::estimate(large, index);
        CHECK(a.bytes < b.bytes);
        CHECK(a.operations < b.operations);
    }
    CHECK_THROWS_AS(power::estimate({{1, 2}, 4}, power::WeightedIndex::winning), jvgov::InputError);
}
