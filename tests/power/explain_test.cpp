// Witnesses: the swing coalitions of a player and its pivotal orderings.
#include "model/power/explain.hpp"

#include <catch2/catch.hpp>

#include "model/power/compute.hpp"

TEST_CASE("swing coalitions and pivotal orderings of [4; 3,2,1]", "[power]") {
    const auto game =
        jvgov::games::make_weighted(jvgov::games::default_player_names(3), {3, 2, 1}, 4);
    // Player 2 (weight 2) turns {1} (3 votes) into a win, and nothing else.
    const auto two = jvgov::power::explain_player(game, 1, 100, 25);
    CHECK(two.swing_coalitions == std::vector<jvgov::games::Coalition>{0b001});
    CHECK(two.listed_all);
    CHECK(two.swing_count == 1);
    // Pivotal when it comes second after player 1: 1 of the 3! = 6 orderings (SS 1/6).
    CHECK(two.pivotal_orderings == 1);
    CHECK(two.total_orderings == 6);
    // Player 1 is critical in {2}, {3} and {2,3}: 0b010, 0b100, 0b110.
    const auto one = jvgov::power::explain_player(game, 0, 2, 25);
    CHECK(one.swing_coalitions == std::vector<jvgov::games::Coalition>{0b010, 0b100});
    CHECK(!one.listed_all);
    CHECK(one.swing_count == 3);
    CHECK(one.pivotal_orderings == 4);  // 2/3 of 6
}

TEST_CASE("UNSC non-permanent member: 84 swings, 4/2145 of the orderings", "[power]") {
    std::vector<std::int64_t> weights(5, 7);
    weights.resize(15, 1);
    const auto game =
        jvgov::games::make_weighted(jvgov::games::default_player_names(15), weights, 39);
    const auto e = jvgov::power::explain_player(game, 5, 1000, 25);
    // The 5 permanent members and exactly 3 of the other 9 elected members: C(9,3) = 84.
    CHECK(e.swing_count == 84);
    CHECK(e.swing_coalitions.size() == 84);
    CHECK(jvgov::exact::Rational(e.pivotal_orderings, e.total_orderings) ==
          jvgov::exact::Rational(4, 2145));
}

TEST_CASE("explain refuses a player out of range and games above the limit", "[power]") {
    const auto game =
        jvgov::games::make_weighted(jvgov::games::default_player_names(3), {1, 1, 1}, 2);
    CHECK_THROWS_WITH(jvgov::power::explain_player(game, 3, 10, 25),
                      "player number 4 is outside the game of 3 players");
    CHECK_THROWS_WITH(jvgov::power::explain_player(game, 0, 10, 2),
                      "listing the swing coalitions of a 3-player game is limited to 2 players");
}
