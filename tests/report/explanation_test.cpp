// The explanations written beside the voting-power report: every "why" link of the report names
// a file written with it, every written explanation is linked, and a file holds the same text as
// `jvgov explain` on the same game (render_explanation) followed by the command that prints it.
#include "model/report/explanation.hpp"

#include <algorithm>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "model/analysis/voting_power.hpp"
#include "model/compile/compile_games.hpp"
#include "model/games/coalition.hpp"
#include "model/exact/errors.hpp"
#include "model/governance/as_of.hpp"
#include "model/load/loader.hpp"
#include "model/report/voting_power_report.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;

const governance::Model& stargate() {
    static const governance::Model model =
        *load::load_model_file(JVGOV_SOURCE_DIR "/data/stargate.toml").model;
    return model;
}

// The targets of the "([why](target))" links in `markdown`.
std::set<std::string> why_links(const std::string& markdown) {
    std::set<std::string> links;
    const std::string open = "([why](";
    for (auto at = markdown.find(open); at != std::string::npos; at = markdown.find(open, at)) {
        at += open.size();
        links.insert(markdown.substr(at, markdown.find(')', at) - at));
    }
    return links;
}

}  // namespace

TEST_CASE("voting-power report: each why link names an explanation written with it", "[report]") {
    const governance::Date day = 2025y / January / 22d;
    const ReportContext context{"data/stargate.toml", "jvgov test", {}};
    const auto files = render_voting_power_files(analysis::analyse_voting_power(stargate(), day),
                                                 context, "out/voting-power");
    const auto& markdown = files.front();
    REQUIRE(markdown.path == "out/voting-power.md");

    std::set<std::string> explained;
    for (const auto& file : files) {
        const auto relative = file.path.lexically_relative("out").generic_string();
        if (relative.rfind("voting-power-explained/", 0) == 0)
            explained.insert(relative);
    }
    const auto links = why_links(markdown.contents);
    CHECK(links == explained);
    // At the 75% tier Oracle holds 10% of the votes and is a dummy; its explanation says why.
    CHECK(links.count("voting-power-explained/2025-01-22/members-reserved-tier-2-oracle.md") == 1);
    CHECK(markdown.contents.find(
              "- Oracle Corporation is never pivotal: its vote never changes the outcome, although "
              "it casts 10.00% of the votes. "
              "([why](voting-power-explained/2025-01-22/members-reserved-tier-2-oracle.md))\n") !=
          std::string::npos);
}

TEST_CASE("an explanation file is render_explanation's text and the command that prints it",
          "[report]") {
    const governance::Date day = 2025y / January / 22d;
    const ReportContext context{"data/stargate.toml", "jvgov test", {}};
    const auto files = render_voting_power_files(analysis::analyse_voting_power(stargate(), day),
                                                 context, "out/voting-power");
    const auto found = std::find_if(files.begin(), files.end(), [](const OutputFile& file) {
        return file.path ==
               "out/voting-power-explained/2025-01-22/members-reserved-tier-2-oracle.md";
    });
    REQUIRE(found != files.end());

    const auto model = governance::as_of(stargate(), day);
    const auto& body = *std::find_if(model.bodies.begin(), model.bodies.end(),
                                     [](const auto& b) { return b.id == "members"; });
    const auto& matter =
        *std::find_if(model.matters.begin(), model.matters.end(),
                      [](const auto& m) { return m.id == "members-reserved-tier-2"; });
    const auto game = compile::compile_matter(model, body, matter, compile::View::members);
    const auto oracle = std::find_if(game.players.begin(), game.players.end(),
                                     [](const auto& p) { return p.id == "oracle"; }) -
                        game.players.begin();
    const auto text = render_explanation(
        model, analysis::explain(model, body, matter, game, static_cast<int>(oracle), day),
        "data/stargate.toml");
    CHECK(found->contents ==
          text +
              "\nThis explanation is linked from the voting-power report as of 2025-01-22. The "
              "same text on the command line: `jvgov explain data/stargate.toml --matter "
              "members-reserved-tier-2 --player oracle --as-of 2025-01-22`.\n");
    CHECK(text.find("# Why Oracle Corporation has no power on Tier-2 reserved matters "
                    "(members ≥75%)\n") == 0);
    CHECK(text.find("## Why Oracle Corporation has no power here\n\nEvery winning coalition "
                    "contains OpenAI and SoftBank Group (each holds a veto), and {OpenAI, "
                    "SoftBank Group} already wins without anyone else: together they cast 80.00% "
                    "of the votes, which meets the at least 75% the rule needs. So no decision "
                    "ever needs Oracle Corporation") != std::string::npos);
}

TEST_CASE("every dummy and veto player's explanation names the coalition that makes it so",
          "[report]") {
    // Stargate on both report dates: a dummy's explanation names the smallest coalition that
    // wins without it (here always the veto players, who win together), a veto player's the
    // largest coalition that loses without it (all the others), each with the votes it casts.
    for (const governance::Date day : {governance::Date{2025y / January / 22d},
                                       governance::Date{2026y / July / 1d}}) {
        const auto facts = analysis::analyse_voting_power(stargate(), day);
        const auto model = governance::as_of(stargate(), day);
        int dummies = 0;
        int vetoes = 0;
        for (const auto& e : facts.explanations) {
            const auto& table = e.table;
            const auto listed = [&](const std::vector<int>& list) {
                return std::find(list.begin(), list.end(), e.player) != list.end();
            };
            if (!listed(table.dummies) && !listed(table.veto_players))
                continue;
            REQUIRE(e.witness.has_value());
            const auto text = render_explanation(model, e, "data/stargate.toml");
            std::string names;
            std::vector<std::string> members;
            for (const int i : games::members(e.witness->coalition))
                members.push_back(e.compiled.players[static_cast<std::size_t>(i)].name);
            for (std::size_t i = 0; i < members.size(); ++i)
                names += (i == 0 ? "" : ", ") + members[i];
            INFO(text);
            CHECK(text.find("{" + names + "}") != std::string::npos);
            if (listed(table.dummies)) {
                ++dummies;
                CHECK(e.witness->wins);
                CHECK(text.find("# Why " +
                                e.compiled.players[static_cast<std::size_t>(e.player)].name +
                                " has no power on ") == 0);
            } else {
                ++vetoes;
                CHECK_FALSE(e.witness->wins);
                CHECK(games::size(e.witness->coalition) ==
                      static_cast<int>(e.compiled.players.size()) - 1);
                CHECK(text.find(" can block ") != std::string::npos);
            }
            CHECK(text.find("together they cast ") != std::string::npos);
        }
        CHECK(dummies > 0);
        CHECK(vetoes > 0);
    }
}

TEST_CASE("render_explanation refuses games above max_explained_players", "[report]") {
    const auto model = governance::as_of(stargate(), 2025y / January / 22d);
    auto game = compile::compile_games(model).front();
    game.game =
        games::make_weighted(games::default_player_names(13), std::vector<std::int64_t>(13, 1), 7);
    game.players.resize(13, game.players.front());
    CHECK_THROWS_AS(analysis::explain(model, model.bodies.front(), model.matters.front(), game, 0,
                                      2025y / January / 22d),
                    jvgov::InputError);
}

}  // namespace jvgov::report
