// Simple games: winning rules, composition, validation and descriptions.
#include "model/games/simple_game.hpp"

#include <catch2/catch.hpp>

namespace games = jvgov::games;

TEST_CASE("weighted, AND, OR, consent and minimal-winning-list rules", "[games]") {
    const games::Rule shares{games::WeightedGame{{50, 30, 20}, 51}};
    const games::Rule heads{games::WeightedGame{{1, 1, 1}, 2}};
    CHECK(games::wins(shares, 0b011));   // 80 votes
    CHECK(!games::wins(shares, 0b110));  // 50 votes
    const games::Rule both{games::AllOf{{shares, heads}}};
    CHECK(games::wins(both, 0b011));
    CHECK(!games::wins(both, 0b001));  // 50 votes and one head
    const games::Rule either{games::AnyOf{{shares, heads}}};
    CHECK(games::wins(either, 0b110));  // two heads
    CHECK(!games::wins(either, 0b100));
    const games::Rule consent = games::consent_of(3, 2);
    CHECK(games::wins(consent, 0b100));
    CHECK(!games::wins(consent, 0b011));
    const games::Rule list{games::MinimalWinningList{{0b011, 0b100}}};
    CHECK(games::wins(list, 0b111));
    CHECK(games::wins(list, 0b100));
    CHECK(!games::wins(list, 0b010));
}

TEST_CASE("as_single_weighted finds the weighted game through one-part compositions", "[games]") {
    games::SimpleGame game = games::make_weighted({"A", "B"}, {1, 2}, 2);
    CHECK(games::as_single_weighted(game) != nullptr);
    game.rule = games::Rule{games::AllOf{{games::Rule{games::AnyOf{{game.rule}}}}}};
    REQUIRE(games::as_single_weighted(game) != nullptr);
    CHECK(games::as_single_weighted(game)->quota == 2);
    game.rule = games::Rule{games::AllOf{{game.rule, games::consent_of(2, 0)}}};
    CHECK(games::as_single_weighted(game) == nullptr);
}

TEST_CASE("validate names the problem", "[games]") {
    CHECK_THROWS_WITH(games::validate(games::SimpleGame{}), "the game has no players");
    CHECK_THROWS_WITH(games::validate(games::make_weighted({"A", "A"}, {1, 1}, 1)),
                      "player name 'A' is repeated");
    CHECK_THROWS_WITH(games::validate(games::make_weighted({"A", ""}, {1, 1}, 1)),
                      "a player name is empty");
    CHECK_THROWS_WITH(games::validate(games::make_weighted({"A", "B"}, {1, 1, 1}, 1)),
                      "has 3 weights for 2 players");
    games::SimpleGame composite{{"A", "B"}, games::Rule{games::AllOf{}}};
    CHECK_THROWS_WITH(games::validate(composite), "an AND of no games");
    composite.rule = games::Rule{games::AnyOf{
        {games::Rule{games::WeightedGame{{1, 1}, 1}}, games::Rule{games::WeightedGame{{1}, 1}}}}};
    CHECK_THROWS_WITH(games::validate(composite), "part 2: has 1 weights for 2 players");
    composite.rule = games::Rule{games::MinimalWinningList{{0b100}}};
    CHECK_THROWS_WITH(games::validate(composite),
                      "a listed coalition names a player outside the game");
    composite.rule = games::Rule{games::WinningPredicate{}};
    CHECK_THROWS_WITH(games::validate(composite), "the winning predicate is empty");
    // Bitsets limit composites to 64 players; a single weighted game has no such limit.
    const int n = 100;
    games::SimpleGame large =
        games::make_weighted(games::default_player_names(n), std::vector<std::int64_t>(n, 1), 51);
    CHECK_NOTHROW(games::validate(large));
    large.rule = games::Rule{games::AllOf{{large.rule, games::consent_of(n, 0)}}};
    CHECK_THROWS_WITH(games::validate(large),
                      "the game has 100 players; games other than a single weighted game are "
                      "limited to 64");
}

TEST_CASE("describe shows the rule", "[games]") {
    const games::SimpleGame game{
        {"A", "B", "C"},
        games::Rule{games::AllOf{{games::Rule{games::WeightedGame{{2, 1, 1}, 3}},
                                  games::Rule{games::AnyOf{{
                                      games::consent_of(3, 0),
                                      games::Rule{games::MinimalWinningList{{0b110}}},
                                  }}}}}}};
    CHECK(games::describe(game) ==
          "([3; 2, 1, 1] AND ([1; 1, 0, 0] OR minimal winning coalitions {B, C}))");
}

TEST_CASE("coalition helpers", "[games]") {
    CHECK(games::members(0b10110) == std::vector<int>{1, 2, 4});
    CHECK(games::grand_coalition(64) == ~games::Coalition{0});
    CHECK(games::grand_coalition(3) == 0b111);
    CHECK(games::size(0b1011) == 3);
    CHECK(games::contains(0b100, 2));
    CHECK(!games::contains(0b100, 1));
}
