// Quota and weight notations of the command line, game files and weights files.
#include "model/games/notation.hpp"

#include <catch2/catch.hpp>

#include "model/exact/errors.hpp"

namespace games = jvgov::games;

TEST_CASE("quota notations convert exactly", "[games]") {
    CHECK(games::parse_quota("39", 85) == 39);
    CHECK(games::parse_quota("50%", 85) == 43);            // ceil(42.5)
    CHECK(games::parse_quota("50%", 100) == 50);           // at least half
    CHECK(games::parse_quota("majority", 100) == 51);      // more than half
    CHECK(games::parse_quota("more than 50%", 85) == 43);  // floor(42.5) + 1
    CHECK(games::parse_quota("2/3", 90) == 60);
    CHECK(games::parse_quota("more than 2/3", 90) == 61);
    CHECK(games::parse_quota("66.67%", 3) == 3);  // 2.0001 -> 3
    CHECK_THROWS_WITH(games::parse_quota("39.5", 85),
                      "quota '39.5' is not a whole number of votes");
    CHECK_THROWS_WITH(games::parse_quota("0%", 85),
                      "quota '0%' must be a share above 0% and at most 100%");
    CHECK_THROWS_WITH(games::parse_quota("half", 85),
                      "quota 'half' is not a number of votes, a share like 50% or 2/3, or "
                      "'majority'");
}

TEST_CASE("weights are non-negative whole numbers", "[games]") {
    CHECK(games::parse_weight("7") == 7);
    CHECK(games::parse_weight(" 1_000 ") == 1000);
    CHECK(games::parse_weight("3e6") == 3000000);
    CHECK(games::parse_weight("0") == 0);
    CHECK_THROWS_WITH(games::parse_weight("-1"), "weight '-1' is negative");
    CHECK_THROWS_WITH(games::parse_weight("2.5"), "weight '2.5' is not a whole number");
    CHECK_THROWS_WITH(games::parse_weight("x"), "weight 'x' is not a number");
    CHECK_THROWS_WITH(games::parse_weight("1e19"), "weight '1e19' is larger than 2^62");
}

TEST_CASE("a bad quota or weight is an input error", "[games]") {
    CHECK_THROWS_AS(games::parse_quota("half", 85), jvgov::InputError);
    CHECK_THROWS_AS(games::parse_weight("-1"), jvgov::InputError);
}
