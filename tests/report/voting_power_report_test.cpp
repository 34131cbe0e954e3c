// The voting-power report: on the Stargate model, every Banzhaf and Shapley–Shubik fraction the
// report prints equals compute_power's on the same compiled game, and the statutory default
// [6; 4, 4, 1, 1] shows its known values.
#include "model/report/voting_power_report.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/compile/compile_games.hpp"
#include "model/exact/rational.hpp"
#include "model/games/simple_game.hpp"
#include "model/governance/as_of.hpp"
#include "model/load/loader.hpp"
#include "model/power/compute.hpp"
#include "model/report/voting_power_json.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;

const governance::Model& stargate() {
    static const governance::Model model =
        *load::load_model_file(JVGOV_SOURCE_DIR "/data/stargate.toml").model;
    return model;
}

std::vector<std::string> split(const std::string& text, const std::string& separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (auto found = text.find(separator); found != std::string::npos;
         found = text.find(separator, start)) {
        parts.push_back(text.substr(start, found - start));
        start = found + separator.size();
    }
    parts.push_back(text.substr(start));
    return parts;
}

// The cells of the body rows (after the header and alignment rows) of the first table in
// `section`.
std::vector<std::vector<std::string>> first_table_rows(const std::string& section) {
    std::vector<std::vector<std::string>> rows;
    int table_line = 0;
    for (const auto& line : split(section, "\n")) {
        if (line.rfind("| ", 0) != 0) {
            if (table_line > 0)
                break;
            continue;
        }
        if (++table_line <= 2)
            continue;
        rows.push_back(split(line.substr(2, line.size() - 4), " | "));
    }
    return rows;
}

std::string fraction_cell(const exact::Rational& value) {
    return exact::to_fraction_string(value) + " (" + exact::to_decimal_string(value, 4) + ")";
}

}  // namespace

TEST_CASE("voting-power report prints compute_power's indices for every Stargate game",
          "[report]") {
    const governance::Date day = 2025y / January / 22d;
    const ReportContext context{"data/stargate.toml", "jvgov test", {}};
    const auto report = render_voting_power_report(analysis::analyse_voting_power(stargate(), day), context,
                                                   "voting-power");
    const auto games = compile::compile_games(governance::as_of(stargate(), day));
    REQUIRE(!games.empty());

    // Sections: title and metadata, how to read, one per game, the summary, the thresholds, the
    // appendix with every index of every game, the glossary.
    const auto sections = split(report, "\n## ");
    REQUIRE(sections.size() == games.size() + 6);
    CHECK(sections.back().rfind("Glossary", 0) == 0);
    const auto appendix = split(sections[sections.size() - 2], "\n### ");
    REQUIRE(appendix.size() == games.size() + 1);
    CHECK(report.rfind("# Voting power in ", 0) == 0);
    CHECK(
        report.find("- JSON: [voting-power.json](voting-power.json), the games and indices of this "
                    "report for programs (schema `jvgov/voting-power@1`)\n") != std::string::npos);
    CHECK(report.find("- Status of Stargate on that date: announced\n") != std::string::npos);

    for (std::size_t g = 0; g < games.size(); ++g) {
        const auto& game = games[g];
        INFO("game " << game.body << "/" << game.matter << " " << compile::view_name(game.view));
        const auto& section = sections[g + 2];
        CHECK(section.find("As a game: `" + games::describe(game.game) + "`") != std::string::npos);
        const auto table = power::compute_power(game.game);
        // The section's table: player, vote share, Banzhaf, Shapley–Shubik, role.
        const auto rows = first_table_rows(section);
        REQUIRE(rows.size() == game.players.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            REQUIRE(rows[i].size() == 5);
            CHECK(rows[i][0].rfind(game.players[i].name, 0) == 0);
            CHECK(rows[i][2] == fraction_cell(*table.players[i].banzhaf));
            CHECK(rows[i][3] == fraction_cell(*table.players[i].shapley_shubik));
        }
        // The appendix's table of the same game: every index.
        const auto full = first_table_rows(appendix[g + 1]);
        REQUIRE(full.size() == game.players.size());
        for (std::size_t i = 0; i < full.size(); ++i) {
            REQUIRE(full[i].size() == 9);
            CHECK(full[i][0].rfind(game.players[i].name, 0) == 0);
            CHECK(full[i][3] == fraction_cell(*table.players[i].banzhaf));
            CHECK(full[i][4] == fraction_cell(*table.players[i].penrose));
            CHECK(full[i][5] == fraction_cell(*table.players[i].shapley_shubik));
            CHECK(full[i][6] == fraction_cell(*table.players[i].deegan_packel));
            CHECK(full[i][7] == fraction_cell(*table.players[i].public_good));
            CHECK(full[i][8] == fraction_cell(*table.players[i].johnston));
        }
    }

    // The members' meeting default: OpenAI 40%, SoftBank 40%, Oracle 10%, MGX 10% of the votes,
    // more than half: [6; 4, 4, 1, 1]. Banzhaf swings 4, 4, 2, 2 (of 12) and Shapley–Shubik
    // 1/3, 1/3, 1/6, 1/6 (hand count: a small player is pivotal only in position 3 after one
    // large and the other small player, 4 of the 24 orderings).
    const auto first = first_table_rows(sections[2]);
    REQUIRE(first.size() == 4);
    CHECK(sections[2].find("`[6; 4, 4, 1, 1]`") != std::string::npos);
    const std::vector<std::string> expected = {"1/3 (0.3333)", "1/3 (0.3333)", "1/6 (0.1667)",
                                               "1/6 (0.1667)"};
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(first[i][2] == expected[i]);
        CHECK(first[i][3] == expected[i]);
    }
}

TEST_CASE("voting-power findings compare power with the share of the votes cast", "[report]") {
    const governance::Date day = 2025y / January / 22d;
    const ReportContext context{"data/stargate.toml", "jvgov test", {}};
    const auto report = render_voting_power_report(analysis::analyse_voting_power(stargate(), day), context,
                                                   "voting-power");
    // OpenAI may not vote on its own contract: SoftBank casts 4 of the 6 entitled votes (2/3),
    // Oracle and MGX 1/6 each; Banzhaf [5; 0, 4, 1, 1] is 3/5, 1/5, 1/5.
    CHECK(report.find("- SoftBank Group has a Banzhaf index of 60.00%, 6.67 "
                      "percentage points below its share of the votes entitled to vote, 66.67% "
                      "(exactly 2/3) (its voting stake in the entity is 40.00%).") !=
          std::string::npos);
    // The board in the individual view: SoftBank's 2 of the 6 seats (1/3) against 5/14 of the
    // swings.
    CHECK(report.find("- SoftBank Group's 2 directors together have a Banzhaf index of 35.71% "
                      "(exactly 5/14), 2.38 percentage points above their share "
                      "of the seats, 33.33% (exactly 1/3) (the party's voting stake in the entity "
                      "is 40.00%).") != std::string::npos);
}

// Stargate's JV did not change between the model's date and its latest event (2026-07-01):
// the same stakes in the JV, bodies and rules, so the same games, indices and sweeps. Changing
// one JV stake or one assumption under a game makes the analysis differ.
TEST_CASE("An unchanged analysis is recognised, and its later report links back to the earlier",
          "[report]") {
    const auto& model = stargate();
    const auto first = analysis::analyse_voting_power(model, year{2025} / 1 / 22);
    const auto latest = analysis::analyse_voting_power(model, year{2026} / 7 / 1);
    CHECK(analysis::same_voting_power(first, latest));

    governance::Model other_stake = model;
    bool changed = false;
    for (auto it = other_stake.stakes.begin(); it != other_stake.stakes.end(); ++it)
        if (it->holder == "oracle" && it->issuer == "stargate") {
            other_stake.stakes.modify(it, [](governance::Stake& stake) {
                stake.voting = exact::Rational(1, 8);
            });
            changed = true;
        }
    REQUIRE(changed);
    CHECK_FALSE(analysis::same_voting_power(
        first, analysis::analyse_voting_power(other_stake, year{2025} / 1 / 22)));

    governance::Model other_assumption = model;
    for (auto& body : other_assumption.bodies)
        for (auto& group : body.seats)
            group.provenance.assumptions.push_back("GA-13");
    CHECK_FALSE(analysis::same_voting_power(
        first, analysis::analyse_voting_power(other_assumption, year{2025} / 1 / 22)));

    ReportContext context{"data/stargate.toml", "jvgov test", {}};
    context.same_as = ReportContext::SameAs{"voting-power.md", year{2025} / 1 / 22};
    const auto files = render_voting_power_files(latest, context, "out/voting-power-latest");
    REQUIRE(files.size() == 3);  // the markdown, the JSON and the summary table's CSV
    CHECK(files[0].path == "out/voting-power-latest.md");
    CHECK(files[1].path == "out/voting-power-latest.json");
    CHECK(files[2].path ==
          "out/voting-power-latest-tables/summary-banzhaf-index-of-each-party.csv");
    const auto& text = files[0].contents;
    CHECK(text.find("\n## As on 2025-01-22\n\nNothing that decides the voting power in Stargate "
                    "changed between 2025-01-22 and 2026-07-01: every body, rule and voting "
                    "stake, every game and index, every threshold sweep and the assumptions they "
                    "rest on are as in [voting-power.md](voting-power.md), the report as of "
                    "2025-01-22, which shows and explains each of them. The summary table "
                    "follows; [voting-power-latest.json](voting-power-latest.json) has every "
                    "figure as of this date.\n") != std::string::npos);
    CHECK(text.find("\n## Summary: Banzhaf index of each party\n") != std::string::npos);
    CHECK(text.find("| Board of managers of Stargate LLC: Ordinary board decisions (individual "
                    "view) | 5/14 (0.3571) | 5/14 (0.3571) | 1/7 (0.1429) | 1/7 (0.1429) |") !=
          std::string::npos);
    // Nothing of the earlier report is repeated: no game section, sweep or appendix.
    CHECK(text.find("\n## Members' meeting of Stargate LLC:") == std::string::npos);
    CHECK(text.find("\n## Power as the threshold moves") == std::string::npos);
    CHECK(text.find("\n## Appendix") == std::string::npos);
    // The JSON keeps every figure.
    CHECK(files[1].contents == render_voting_power_json(latest, context));
}

}  // namespace jvgov::report
