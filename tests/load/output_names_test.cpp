// The report file names of load/output_names.hpp: the loader's collision check and the reports
// must name files alike.
#include "model/load/output_names.hpp"

#include <catch2/catch.hpp>

#include "model/compile/compile_games.hpp"
#include "model/report/game_titles.hpp"

using namespace jvgov;

TEST_CASE("board_views are the compiler's names of the board views", "[load][output_names]") {
    CHECK(load::board_views[0] == compile::view_name(compile::View::individual));
    CHECK(load::board_views[1] == compile::view_name(compile::View::bloc));
}

TEST_CASE("report game slugs are the loader's game slugs", "[load][output_names]") {
    compile::CompiledGame game;
    game.matter = "budget";
    game.view = compile::View::members;
    CHECK(report::game_slug(game) == "budget");
    CHECK(load::game_slug("budget", "") == "budget");
    game.view = compile::View::bloc;
    CHECK(report::game_slug(game) == "budget-bloc");
    CHECK(load::game_slug("budget", "bloc") == "budget-bloc");
    CHECK(load::threshold_slug("board") == "threshold-board");
    CHECK(load::explanation_stem("budget-bloc", "alpha-1") == "budget-bloc-alpha-1");
}
