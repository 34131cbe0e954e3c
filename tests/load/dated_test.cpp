// Dated bodies, matters, seats, chair terms and roles through the loader (model/load), viewed
// with governance::as_of and compiled (tests/load/valid/dated-jv.toml).
#include <chrono>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/compile/compile_games.hpp"
#include "model/games/simple_game.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/registry.hpp"
#include "model/load/loader.hpp"
#include "model/power/compute.hpp"

namespace governance = jvgov::governance;
using namespace std::chrono_literals;

namespace {

governance::Model dated_jv() {
    const auto result =
        jvgov::load::load_model_file(JVGOV_SOURCE_DIR "/tests/load/valid/dated-jv.toml");
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.model);
    return *result.model;
}

}  // namespace

TEST_CASE("the loader reads dated versions, seats, chair terms and roles", "[load]") {
    const governance::Model model = dated_jv();
    REQUIRE(model.bodies.size() == 2);
    const governance::Body& old_board = model.bodies[0];
    const governance::Body& board = model.bodies[1];
    CHECK(old_board.period.until == governance::Date{2024y / 7 / 1});
    CHECK(old_board.chair == "ann");
    CHECK(board.period.from == governance::Date{2024y / 7 / 1});
    CHECK(board.chair.empty());
    REQUIRE(board.chair_terms.size() == 2);
    CHECK(board.chair_terms[0].party == "ann");
    CHECK(board.chair_terms[0].period.until == governance::Date{2025y / 7 / 1});
    CHECK(board.chair_terms[1].party == "bob");
    REQUIRE(board.seats.size() == 6);
    CHECK(board.seats[0].votes == 4);
    CHECK(board.seats[2].votes == 1);
    CHECK_FALSE(board.seats[2].vote_as_appointer.has_value());
    CHECK(board.seats[3].vote_as_appointer == false);
    CHECK(board.seats[5].observer);
    REQUIRE(model.matters.size() == 2);
    CHECK(model.matters[0].period.until == governance::Date{2024y / 7 / 1});
    const governance::Party* alpha = governance::find_party(model, "alpha");
    CHECK(alpha->roles == std::vector<std::string>{"equity-funder", "operator"});
    REQUIRE(alpha->role_terms.size() == 2);
    CHECK(alpha->role_terms[1].period.from == governance::Date{2024y / 7 / 1});
}

TEST_CASE("the dated model as of each date, compiled", "[load]") {
    const governance::Model model = dated_jv();

    const governance::Model early = governance::as_of(model, 2024y / 1 / 1);
    REQUIRE(early.bodies.size() == 1);
    CHECK(early.bodies[0].name == "Board of directors");
    CHECK(early.bodies[0].chair == "ann");
    REQUIRE(early.matters.size() == 1);
    CHECK(early.matters[0].id == "ordinary");
    CHECK(governance::find_party(early, "alpha")->roles ==
          std::vector<std::string>{"equity-funder"});
    CHECK(governance::find_party(early, "gamma") == nullptr);
    // One vote per director, the chair's casting vote: [ann, alpha-2, bob, beta-2].
    const auto early_games = jvgov::compile::compile_games(early);
    REQUIRE(early_games.size() == 2);
    CHECK(early_games[0].rule.casting_vote == 0);

    const governance::Model year = governance::as_of(model, 2025y / 1 / 1);
    REQUIRE(year.bodies.size() == 1);
    CHECK(year.bodies[0].name == "Operating board");
    CHECK(year.bodies[0].chair == "ann");
    REQUIRE(year.matters.size() == 1);
    CHECK(year.matters[0].id == "strategy");
    CHECK(governance::find_party(year, "alpha")->roles ==
          std::vector<std::string>{"equity-funder", "operator"});
    const auto games = jvgov::compile::compile_games(year);
    REQUIRE(games.size() == 2);
    const auto& individual = games[0];
    const auto& bloc = games[1];
    CHECK_FALSE(individual.declared_view);
    CHECK(bloc.declared_view);
    // The observer (gamma) is no player; beta's plain directors vote individually in both
    // views (vote_as_appointer = false).
    CHECK(individual.game.players == std::vector<std::string>{"ann", "bob", "alpha-2", "alpha-3",
                                                              "beta-2", "beta-3", "independent-1"});
    CHECK(bloc.game.players ==
          std::vector<std::string>{"alpha", "beta", "beta-2", "beta-3", "independent-1"});
    const auto* weighted = jvgov::games::as_single_weighted(bloc.game);
    REQUIRE(weighted != nullptr);
    CHECK(weighted->weights == std::vector<std::int64_t>{6, 4, 1, 1, 1});
    CHECK(weighted->quota == 7);
    // By hand (quota 7 of 13): alpha (6) swings where the others weigh 1 to 6: without beta
    // 1, 2 or 3 small ones (3 + 3 + 1), with beta 0, 1 or 2 (1 + 3 + 3): 14; beta (4) where
    // they weigh 3 to 6: the three small ones, or alpha alone: 2; a small one where they weigh
    // exactly 6: alpha alone, or beta with the other two: 2 each. Total 22.
    const auto table = jvgov::power::compute_power(bloc.game);
    std::vector<std::string> banzhaf;
    for (const auto& player : table.players)
        banzhaf.push_back(jvgov::exact::to_fraction_string(*player.banzhaf));
    CHECK(banzhaf == std::vector<std::string>{"7/11", "1/11", "1/11", "1/11", "1/11"});

    const governance::Model later = governance::as_of(model, 2025y / 9 / 1);
    CHECK(later.bodies[0].chair == "bob");
    REQUIRE(later.bodies[0].chair_terms.size() == 1);
    CHECK(later.bodies[0].chair_terms[0].party == "bob");
}
