// Published power-index values reproduced exactly through compute_power, each citing its source.
// Anchors: /work/shared/research/mission_anchors.md §3 "Regression anchors".
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/power/compute.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
using jvgov::games::SimpleGame;
using jvgov::power::compute_power;
using jvgov::power::Index;
using jvgov::power::PowerOptions;
using jvgov::power::PowerTable;

SimpleGame weighted(std::vector<std::int64_t> weights, std::int64_t quota) {
    const int n = static_cast<int>(weights.size());
    return jvgov::games::make_weighted(jvgov::games::default_player_names(n), std::move(weights),
                                       quota);
}

Rational q(long long p, long long d = 1) {
    return Rational(p, d);
}

std::vector<Rational> column(const PowerTable& table,
                             std::optional<Rational> jvgov::power::PlayerPower::*field) {
    std::vector<Rational> values;
    for (const auto& player : table.players) {
        REQUIRE((player.*field).has_value());
        values.push_back(*(player.*field));
    }
    return values;
}

std::vector<Integer> swings(const PowerTable& table) {
    std::vector<Integer> values;
    for (const auto& player : table.players) {
        values.push_back(*player.swings);
    }
    return values;
}

using P = jvgov::power::PlayerPower;

}  // namespace

TEST_CASE("compute_power: UN Security Council [39; 7x5, 1x10]", "[power]") {
    // The 15-member council since 1965 (issue 3; Felsenthal & Machover 1998, The Measurement of
    // Voting Power; powerindices README): Shapley-Shubik 421/2145 per permanent member, 4/2145 per
    // other; normalised Banzhaf 106/635 and 21/1270. (Shapley & Shubik 1954, APSR 48:787-792,
    // analysed the earlier 11-member council.)
    std::vector<std::int64_t> weights(5, 7);
    weights.resize(15, 1);
    const PowerTable table = compute_power(weighted(weights, 39));
    const auto ss = column(table, &P::shapley_shubik);
    const auto bz = column(table, &P::banzhaf);
    for (int i = 0; i < 15; ++i) {
        CHECK(ss[i] == (i < 5 ? q(421, 2145) : q(4, 2145)));
        CHECK(bz[i] == (i < 5 ? q(106, 635) : q(21, 1270)));
    }
    CHECK(table.veto_players == std::vector<int>{0, 1, 2, 3, 4});
    CHECK(table.dummies.empty());
    CHECK(!table.dictator);
    // Every minimal winning coalition: the 5 permanent members and 4 of the 10 others.
    CHECK(*table.minimal_winning_coalitions == 210);
    CHECK(*table.winning_coalitions == 848);  // sum_{k=4..10} C(10,k)
}

TEST_CASE("compute_power: Nassau County Board 1958 [16; 9,9,7,3,1,1] has three dummies",
          "[power]") {
    // Banzhaf (1965), "Weighted voting doesn't work", Rutgers Law Review 19:317-343: the three
    // smallest members can never change the outcome; the three largest have equal power.
    const PowerTable table = compute_power(weighted({9, 9, 7, 3, 1, 1}, 16));
    CHECK(table.dummies == std::vector<int>{3, 4, 5});
    CHECK(column(table, &P::banzhaf) == std::vector<Rational>{q(1, 3), q(1, 3), q(1, 3), 0, 0, 0});
    CHECK(column(table, &P::shapley_shubik) ==
          std::vector<Rational>{q(1, 3), q(1, 3), q(1, 3), 0, 0, 0});
}

TEST_CASE("compute_power: EEC Council of Ministers 1958 [12; 4,4,4,2,2,1]", "[power]") {
    // Normalised Banzhaf (5/21 x3, 3/21 x2, 0): maxlit/powerindex README (Leech-style example);
    // Shapley-Shubik (7/30 x3, 3/20 x2, 0): Felsenthal & Machover (1998), Table 3.3.
    // Luxembourg is a dummy.
    const PowerTable table = compute_power(weighted({4, 4, 4, 2, 2, 1}, 12));
    CHECK(column(table, &P::banzhaf) ==
          std::vector<Rational>{q(5, 21), q(5, 21), q(5, 21), q(3, 21), q(3, 21), 0});
    CHECK(column(table, &P::shapley_shubik) ==
          std::vector<Rational>{q(7, 30), q(7, 30), q(7, 30), q(3, 20), q(3, 20), 0});
    CHECK(table.dummies == std::vector<int>{5});
}

TEST_CASE("compute_power: textbook Banzhaf values", "[power]") {
    // [6; 4,3,2,1] normalised (5/12, 1/4, 1/4, 1/12): maxlit/powerindex README.
    CHECK(column(compute_power(weighted({4, 3, 2, 1}, 6)), &P::banzhaf) ==
          std::vector<Rational>{q(5, 12), q(1, 4), q(1, 4), q(1, 12)});
    // [12; 8,6,4,2] non-normalised (0.625, 0.375, 0.375, 0.125): CoopGame documentation.
    const PowerTable coop = compute_power(weighted({8, 6, 4, 2}, 12));
    CHECK(column(coop, &P::penrose) == std::vector<Rational>{q(5, 8), q(3, 8), q(3, 8), q(1, 8)});
    CHECK(column(coop, &P::banzhaf) == std::vector<Rational>{q(5, 12), q(1, 4), q(1, 4), q(1, 12)});
    // [51; 50,49,1]: normalised (0.6, 0.2, 0.2), raw swings (3, 1, 1): CoopGame documentation.
    const PowerTable three = compute_power(weighted({50, 49, 1}, 51));
    CHECK(column(three, &P::banzhaf) == std::vector<Rational>{q(3, 5), q(1, 5), q(1, 5)});
    CHECK(swings(three) == std::vector<Integer>{3, 1, 1});
}

TEST_CASE("compute_power: textbook Shapley-Shubik values", "[power]") {
    // [50; 10,10,20,30] = (1/12, 1/12, 1/4, 7/12): CoopGame (Stach 2011).
    CHECK(column(compute_power(weighted({10, 10, 20, 30}, 50)), &P::shapley_shubik) ==
          std::vector<Rational>{q(1, 12), q(1, 12), q(1, 4), q(7, 12)});
    // Mini-UN [9; 7,7,1,1,1]: SS 3/10 and 2/15, normalised Banzhaf 2/7 and 1/7
    // (jsboige/CoursIA PR #5623, exact fractions).
    const PowerTable mini = compute_power(weighted({7, 7, 1, 1, 1}, 9));
    CHECK(column(mini, &P::shapley_shubik) ==
          std::vector<Rational>{q(3, 10), q(3, 10), q(2, 15), q(2, 15), q(2, 15)});
    CHECK(column(mini, &P::banzhaf) ==
          std::vector<Rational>{q(2, 7), q(2, 7), q(1, 7), q(1, 7), q(1, 7)});
}

TEST_CASE("compute_power: Deegan-Packel and public good index of [51; 35,20,15,15,15]", "[power]") {
    // CoopGame documentation (Holler & Illing): DP = (18/60, 9/60, 11/60 x3) and
    // PGI = (4/15, 2/15, 1/5 x3): the PGI paradox (player 3 gets more than player 2).
    const PowerTable table = compute_power(weighted({35, 20, 15, 15, 15}, 51));
    CHECK(column(table, &P::deegan_packel) ==
          std::vector<Rational>{q(18, 60), q(9, 60), q(11, 60), q(11, 60), q(11, 60)});
    CHECK(column(table, &P::public_good) ==
          std::vector<Rational>{q(4, 15), q(2, 15), q(1, 5), q(1, 5), q(1, 5)});
}

TEST_CASE("compute_power: Johnston, Banzhaf and Shapley-Shubik of [4; 3,2,1]", "[power]") {
    // CoopGame and maxlit/powerindex: Johnston (2/3, 1/6, 1/6), Banzhaf (0.6, 0.2, 0.2),
    // SS (2/3, 1/6, 1/6).
    const PowerTable table = compute_power(weighted({3, 2, 1}, 4));
    CHECK(column(table, &P::johnston) == std::vector<Rational>{q(2, 3), q(1, 6), q(1, 6)});
    CHECK(column(table, &P::banzhaf) == std::vector<Rational>{q(3, 5), q(1, 5), q(1, 5)});
    CHECK(column(table, &P::shapley_shubik) == std::vector<Rational>{q(2, 3), q(1, 6), q(1, 6)});
}

TEST_CASE("compute_power: EPIC smoke test [11; 9,5,3,1,1] Banzhaf", "[power]") {
    // EPIC's smoke test game (mission_anchors §3). EPIC's output is not in our sources; the
    // swings were counted by hand: player 1 is critical when the others bring 2..10 votes
    // (13 of the 16 subsets of {5,3,1,1}), player 2 when they bring 6..10 (3 subsets), player 3
    // when 8..10 (3), each 1-vote player only with exactly {9} (1).
    const PowerTable table = compute_power(weighted({9, 5, 3, 1, 1}, 11));
    CHECK(swings(table) == std::vector<Integer>{13, 3, 3, 1, 1});
    CHECK(column(table, &P::banzhaf) ==
          std::vector<Rational>{q(13, 21), q(3, 21), q(3, 21), q(1, 21), q(1, 21)});
}

TEST_CASE("compute_power: EPIC unit test [11; 9,5,3,3] with precoalitions {1},{2},{3,4}",
          "[power]") {
    // EPIC's unit-test game (mission_anchors §3); EPIC's expected numbers are not in our
    // sources, so the values were computed by hand from the definitions (owen.hpp): player 1 is
    // critical for R = {2} and R = {3,4} (weight 1/6 each): Owen 1/3, Banzhaf-Owen 2/4; player 2
    // likewise; player 3 for (R={1}, T={}) and (R={2}, T={4}): Owen 1/6*1/2 + 1/6*1/2 = 1/6,
    // Banzhaf-Owen 2/8.
    PowerOptions options;
    options.blocs = {{0}, {1}, {2, 3}};
    const PowerTable table = compute_power(weighted({9, 5, 3, 3}, 11), options);
    CHECK(column(table, &P::owen) == std::vector<Rational>{q(1, 3), q(1, 3), q(1, 6), q(1, 6)});
    CHECK(column(table, &P::banzhaf_owen) ==
          std::vector<Rational>{q(1, 2), q(1, 2), q(1, 4), q(1, 4)});
}

TEST_CASE(
    "compute_power: powerindexR Owen example: quota 30, weights (28,16,5,4,3,3), {1},{2,4,6},{3,5}",
    "[power]") {
    // powerindexR's example game (mission_anchors §3). No published numbers are in our sources;
    // computed by hand: the quotient game of the blocs (28; 23; 8 votes, quota 30) is a
    // symmetric 2-of-3 majority, so each bloc gets 1/3, split equally inside each bloc because
    // its members are symmetric there (each is critical only with the other two blocs' help).
    // Banzhaf-Owen: player 1 is critical for 2 of the 4 sets of other blocs (1/2); in bloc
    // {2,4,6} each member is critical in 2 of 4 x 4 configurations (1/8); in {3,5}, 2 of
    // 4 x 2 (1/4). Cross-checked by the permutation oracle in brute_force_test.cpp.
    PowerOptions options;
    options.blocs = {{0}, {1, 3, 5}, {2, 4}};
    const PowerTable table = compute_power(weighted({28, 16, 5, 4, 3, 3}, 30), options);
    CHECK(column(table, &P::owen) ==
          std::vector<Rational>{q(1, 3), q(1, 9), q(1, 6), q(1, 9), q(1, 6), q(1, 9)});
    CHECK(column(table, &P::banzhaf_owen) ==
          std::vector<Rational>{q(1, 2), q(1, 8), q(1, 4), q(1, 8), q(1, 4), q(1, 8)});
}
