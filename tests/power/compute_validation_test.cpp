// compute_power refuses what is not a proper simple game, bad blocs and bad options, naming the
// problem.
#include <catch2/catch.hpp>

#include "model/power/compute.hpp"

namespace {

namespace games = jvgov::games;
using jvgov::power::compute_power;
using jvgov::power::Index;
using jvgov::power::PowerOptions;

games::SimpleGame predicate_game(std::function<bool(games::Coalition)> wins) {
    return games::SimpleGame{games::default_player_names(3),
                             games::Rule{games::WinningPredicate{std::move(wins), "test"}}};
}

}  // namespace

TEST_CASE("compute_power refuses improper games", "[power]") {
    CHECK_THROWS_WITH(
        compute_power(predicate_game([](games::Coalition s) { return s == 0b001 || s == 0b111; })),
        "the game is not monotone: a coalition wins but a larger one loses");
    CHECK_THROWS_WITH(compute_power(predicate_game([](games::Coalition) { return true; })),
                      "the empty coalition wins: not a proper simple game");
    CHECK_THROWS_WITH(compute_power(predicate_game([](games::Coalition) { return false; })),
                      "the coalition of all players loses: no coalition can win");
    CHECK_THROWS_WITH(
        compute_power(games::make_weighted(games::default_player_names(2), {1, -1}, 1)),
        Catch::Contains("-1"));
}

TEST_CASE("compute_power checks blocs and options", "[power]") {
    const auto game = games::make_weighted(games::default_player_names(3), {2, 1, 1}, 3);
    PowerOptions options;
    options.blocs = {{0, 1}};
    CHECK_THROWS_WITH(compute_power(game, options), "player 3 is in no bloc");
    options.blocs = {{0, 1}, {1, 2}};
    CHECK_THROWS_WITH(compute_power(game, options), "player 2 is in more than one bloc");
    options.blocs = {{0, 1, 2}, {}};
    CHECK_THROWS_WITH(compute_power(game, options), "a bloc is empty");
    options.blocs = {{0, 1, 3}};
    CHECK_THROWS_WITH(compute_power(game, options), "bloc member 4 is not a player of the game");
    options.blocs.clear();
    options.indices = {Index::owen};
    CHECK_THROWS_WITH(compute_power(game, options), "the Owen and Banzhaf-Owen values need blocs");
    options.indices.clear();
    options.approximate = true;
    options.samples = 0;
    CHECK_THROWS_WITH(compute_power(game, options), "the number of samples must be at least 1");
}

TEST_CASE("only the indices asked for are returned", "[power]") {
    const auto game = games::make_weighted(games::default_player_names(3), {2, 1, 1}, 3);
    PowerOptions options;
    options.indices = {Index::shapley_shubik, Index::johnston};
    const auto table = compute_power(game, options);
    CHECK(table.players[0].shapley_shubik == jvgov::exact::Rational(2, 3));
    CHECK(table.players[0].johnston);
    CHECK(table.players[0].raw_johnston);
    CHECK(!table.players[0].banzhaf);
    CHECK(!table.players[0].swings);
    CHECK(!table.players[0].deegan_packel);
    CHECK(!table.coleman_act);
    CHECK(!table.minimal_winning_coalitions);
    // The structure comes with the swings, which are computed whenever they fit.
    CHECK(table.structure_known);
    CHECK(table.veto_players == std::vector<int>{0});
}

TEST_CASE("index names", "[power]") {
    for (Index index : jvgov::power::all_indices()) {
        CHECK(jvgov::power::parse_index(jvgov::power::index_name(index)) == index);
    }
    CHECK(jvgov::power::parse_index("ss") == Index::shapley_shubik);
    CHECK(!jvgov::power::parse_index("shapley"));
}
