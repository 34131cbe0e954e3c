// The voting-power report's charts on the Stargate model: the bars equal the report's numbers
// (summed Banzhaf and Shapley–Shubik per party, voting stakes), the bodies' simple weighted forms
// and sweeps are the hand-checked ones, and the files and links follow the report's stem.
#include "model/report/voting_power_charts.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/governance/as_of.hpp"
#include "model/load/loader.hpp"
#include "model/report/game_titles.hpp"
#include "model/report/wording.hpp"
#include "model/report/voting_power_report.hpp"

namespace jvgov::report {
namespace {

using exact::Rational;
using namespace std::chrono;

const governance::Model& stargate() {
    static const governance::Model model =
        *load::load_model_file(JVGOV_SOURCE_DIR "/data/stargate.toml").model;
    return model;
}

constexpr governance::Date stargate_day = 2025y / January / 22d;

const governance::Model& stargate_on_day() {
    static const governance::Model model = governance::as_of(stargate(), stargate_day);
    return model;
}

const analysis::VotingPowerFacts& stargate_facts() {
    static const auto facts = analysis::analyse_voting_power(stargate(), stargate_day);
    return facts;
}

const std::vector<GameResult>& stargate_results() {
    return stargate_facts().games;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST_CASE("votes and power bars equal the report's values on Stargate", "[voting_power_charts]") {
    const auto& results = stargate_results();
    REQUIRE(results.size() == 8);
    for (const auto& result : results) {
        const auto chart = votes_and_power_chart(stargate_on_day(), result);
        INFO(chart.title);
        CHECK(chart.title == "Votes and power: " + game_title(stargate_on_day(), result.game));
        const std::string share = result.game.view == compile::View::members
                                      ? "Share of the votes cast"
                                      : "Share of the seats";
        REQUIRE(chart.series_names == std::vector<std::string>{share, "Banzhaf", "Shapley–Shubik"});
        REQUIRE(chart.categories.size() == result.groups.size());
        for (std::size_t g = 0; g < result.groups.size(); ++g) {
            const auto& group = result.groups[g];
            CHECK(chart.values[0][g] == group.vote_share);
            CHECK(chart.values[1][g] == analysis::summed_banzhaf(result.table, group));
            Rational shapley_shubik = 0;
            for (const auto player : group.players)
                shapley_shubik +=
                    *result.table.players[static_cast<std::size_t>(player)].shapley_shubik;
            CHECK(chart.values[2][g] == shapley_shubik);
        }
    }
    // Spot values from reports/stargate/voting-power.md: the statutory default [6; 4, 4, 1, 1]
    // and the board in the individual view (SoftBank's two directors: 5/28 each, summed 5/14).
    const auto statutory = votes_and_power_chart(stargate_on_day(), results[0]);
    CHECK(statutory.categories ==
          std::vector<std::string>{"OpenAI", "SoftBank Group", "Oracle Corporation", "MGX"});
    CHECK(statutory.values[1] ==
          std::vector<Rational>{Rational{1, 3}, Rational{1, 3}, Rational{1, 6}, Rational{1, 6}});
    const auto individual = votes_and_power_chart(stargate_on_day(), results[6]);
    CHECK(individual.x_label == "Party (the index of its directors summed)");
    CHECK(individual.values[0][0] == Rational{1, 3});  // SoftBank: 2 of the 6 seats
    CHECK(individual.values[1][0] == Rational{5, 14});
    CHECK(individual.values[2][0] == Rational{11, 30});
    // OpenAI may not vote on its own related-party contract.
    const auto related = votes_and_power_chart(stargate_on_day(), results[3]);
    CHECK(related.categories[0] == "OpenAI (may not vote)");
    CHECK(related.values[1][0] == 0);
    // SoftBank casts 4 of the 6 votes entitled to vote (40% of 60%), Oracle and MGX 1 each.
    CHECK(related.values[0] ==
          std::vector<Rational>{Rational{0}, Rational{2, 3}, Rational{1, 6}, Rational{1, 6}});
}

TEST_CASE("Stargate bodies in their simple weighted form", "[voting_power_charts]") {
    const auto bodies = analysis::body_sweeps(stargate_on_day(), stargate_results());
    REQUIRE(bodies.size() == 2);

    const auto& members = bodies[0];
    CHECK(members.body == "members");
    CHECK(weight_unit(members) == "votes");
    CHECK(members.parties ==
          std::vector<std::string>{"OpenAI", "SoftBank Group", "Oracle Corporation", "MGX"});
    CHECK(members.weights == std::vector<std::int64_t>{4, 4, 1, 1});
    REQUIRE(members.thresholds.size() == 3);
    CHECK(threshold_text(members.thresholds[0].threshold) == "more than 50%");
    CHECK(members.thresholds[0].quota == 6);
    CHECK(members.thresholds[0].matters.size() == 1);
    CHECK(threshold_text(members.thresholds[1].threshold) == "at least 75%");
    CHECK(members.thresholds[1].share == Rational{3, 4});
    CHECK(members.thresholds[1].quota == 8);
    // The three related-party matters also need 75%, but of the entitled votes only: not marked.
    CHECK(members.thresholds[1].matters ==
          std::vector<std::string>{"Tier-2 reserved matters (members ≥75%)"});
    CHECK(members.not_marked.size() == 3);
    CHECK(threshold_text(members.thresholds[2].threshold) == "unanimity");
    CHECK(members.thresholds[2].quota == 10);
    // [q; 4, 4, 1, 1]: the same steps as [q; 40, 40, 10, 10] in threshold_sweep_test.
    REQUIRE(members.sweep.steps.size() == 4);
    CHECK(threshold_steps_in_words(members) ==
          std::vector<std::string>{
              "6 of 10 votes (thresholds above 50% up to 60%): OpenAI and SoftBank Group 1/3 "
              "(33.33%) each; Oracle Corporation and MGX 1/6 (16.67%) each.",
              "7 to 8 of 10 votes (thresholds above 60% up to 80%): OpenAI and SoftBank Group 1/2 "
              "(50.00%) each; Oracle Corporation and MGX 0 each.",
              "9 of 10 votes (thresholds above 80% up to 90%): OpenAI and SoftBank Group 3/8 "
              "(37.50%) each; Oracle Corporation and MGX 1/8 (12.50%) each.",
              "10 of 10 votes (thresholds above 90% up to 100%): OpenAI, SoftBank Group, Oracle "
              "Corporation and MGX 1/4 (25.00%) each."});

    const auto& board = bodies[1];
    CHECK(board.body == "board");
    CHECK(weight_unit(board) == "seats");
    CHECK(board.weights == std::vector<std::int64_t>{2, 2, 1, 1});
    REQUIRE(board.thresholds.size() == 1);
    CHECK(board.thresholds[0].quota == 4);
    // [q; 2, 2, 1, 1] by hand: q = 4: swings 4, 4, 2, 2; q = 5: 3, 3, 1, 1; q = 6: 1 each.
    REQUIRE(board.sweep.steps.size() == 3);
    CHECK(board.sweep.steps[1].banzhaf ==
          std::vector<Rational>{Rational{3, 8}, Rational{3, 8}, Rational{1, 8}, Rational{1, 8}});
}

TEST_CASE("threshold chart of the members' meeting", "[voting_power_charts]") {
    const auto bodies = analysis::body_sweeps(stargate_on_day(), stargate_results());
    const auto chart = threshold_chart(bodies[0]);
    CHECK(chart.title == "Members' meeting of Stargate LLC: power as the threshold moves");
    CHECK(chart.x_label == "Threshold: share of all votes a coalition needs (%)");
    CHECK(chart.x_min == Rational{1, 2});
    CHECK(chart.x_max == 1);
    CHECK(chart.x ==
          std::vector<Rational>{Rational{1, 2}, Rational{3, 5}, Rational{4, 5}, Rational{9, 10}});
    CHECK(chart.jumps == std::vector<Rational>{Rational{3, 5}, Rational{4, 5}, Rational{9, 10}});
    // OpenAI and SoftBank (4 votes each) are equal at every threshold, and so are Oracle and MGX
    // (1 each): one line per pair, so that no line hides another.
    REQUIRE(chart.series.size() == 2);
    CHECK(chart.series[0].name == "OpenAI and SoftBank Group (each)");
    CHECK(chart.series[1].name == "Oracle Corporation and MGX (each)");
    CHECK(chart.series[1].y ==
          std::vector<Rational>{Rational{1, 6}, Rational{0}, Rational{1, 8}, Rational{1, 4}});
    REQUIRE(chart.markers.size() == 3);
    // Each threshold at its quota's share: more than 50% of 10 votes needs 6, at least 75%
    // needs 8, unanimity 10 (the convention of the text and of the example reports' charts).
    CHECK(chart.markers[0].x == Rational{6, 10});
    CHECK(chart.markers[1].x == Rational{8, 10});
    CHECK(chart.markers[2].x == 1);
    CHECK(chart.markers[1].label == "at least 75% (8 of 10)");
    CHECK(chart.markers[1].detail == "Tier-2 reserved matters (members ≥75%)");
    CHECK(chart.markers[2].label == "unanimity (10 of 10)");
    CHECK(chart.markers[2].detail == "Tier-1 reserved matters (unanimous members)");
}

TEST_CASE("threshold chart of the board names what it leaves out", "[voting_power_charts]") {
    const auto bodies = analysis::body_sweeps(stargate_on_day(), stargate_results());
    REQUIRE(bodies.size() == 2);
    const auto chart = threshold_chart(bodies[1]);
    // The board's game has a quorum with SoftBank and OpenAI directors required present: the
    // sweep of its seats alone leaves it out, and the title says so.
    CHECK(chart.title == "Board of managers of Stargate LLC: power as the threshold moves (the "
                         "threshold alone: quorum left out)");
    REQUIRE(chart.markers.size() == 1);
    CHECK(chart.markers[0].x == Rational{4, 6});
    CHECK(chart.markers[0].label == "more than 50% (4 of 6)");
}

TEST_CASE("chart files are named from the report stem", "[voting_power_charts]") {
    const auto charts =
        voting_power_charts(stargate_facts(), "out/voting-power-latest");
    REQUIRE(charts.games.size() == 8);
    CHECK(charts.games[0].file.path == "out/voting-power-latest-members-statutory-default.svg");
    CHECK(charts.games[0].link == "voting-power-latest-members-statutory-default.svg");
    CHECK(charts.games[7].link == "voting-power-latest-board-ordinary-bloc.svg");
    REQUIRE(charts.sweeps.size() == 2);
    CHECK(charts.sweeps[0].file.path == "out/voting-power-latest-threshold-members.svg");
    CHECK(charts.sweeps[1].link == "voting-power-latest-threshold-board.svg");
    CHECK(contains(charts.sweeps[1].file.contents, "<svg "));
}

TEST_CASE("the report links its charts and writes them beside it", "[voting_power_charts]") {
    ReportContext context;
    context.model_path = "data/stargate.toml";
    context.tool_version = "jvgov test";
    const auto files = render_voting_power_files(stargate_facts(), context, "out/vp");
    const auto markdown = files.front().contents;
    for (const auto& name : {"vp-members-statutory-default.svg", "vp-board-ordinary-bloc.svg",
                             "vp-threshold-members.svg", "vp-threshold-board.svg"}) {
        INFO(name);
        CHECK(contains(markdown, std::string{"]("} + name + ")"));
        CHECK(std::any_of(files.begin(), files.end(), [&](const OutputFile& file) {
            return file.path == std::filesystem::path{"out"} / name;
        }));
    }
    CHECK(contains(markdown, "## Power as the threshold moves"));
    CHECK(contains(markdown,
                   "- 7 to 8 of 10 votes (thresholds above 60% up to 80%): OpenAI and "
                   "SoftBank Group 1/2 (50.00%) each; Oracle Corporation and MGX 0 "
                   "each."));
}

}  // namespace
}  // namespace jvgov::report
