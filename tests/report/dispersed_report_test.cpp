// A dispersed float through the analyses and reports: a holder of 43% facing a dispersed 57% on a
// simple majority has the oceanic values 43/57 (Shapley-Shubik) and 1 (Banzhaf), is decisive in
// the voting-power report, and is the largest organised holder, not controlled by the float, in
// the control analysis.
#include <string>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/analysis/control.hpp"
#include "model/analysis/voting_power.hpp"
#include "model/load/loader.hpp"
#include "model/ownership/graph.hpp"
#include "model/report/control_report.hpp"
#include "model/report/report_context.hpp"
#include "model/report/voting_power_json.hpp"
#include "model/report/voting_power_report.hpp"

namespace {

using jvgov::exact::Rational;
using namespace std::chrono;

// Acme plc: the founder holds 43%; the other 57% is held by `other`, dispersed or not.
jvgov::governance::Model listed(bool dispersed) {
    const std::string text = fmt::format(R"(
[model]
name = "Acme plc"
entity = "acme"
as_of = 2025-01-22

[[parties]]
id = "acme"
name = "Acme plc"
kind = "company"

[[parties]]
id = "founder"
name = "Founder Holdings"
kind = "company"

[[parties]]
id = "other"
name = "Other shareholders"
kind = "group"
dispersed = {}

[[stakes]]
holder = "founder"
issuer = "acme"
economic = "43%"

[[stakes]]
holder = "other"
issuer = "acme"
economic = "57%"

[[bodies]]
id = "meeting"
name = "General meeting"
of = "acme"
kind = "members"

[[matters]]
id = "ordinary"
name = "Ordinary resolutions"
body = "meeting"
rule = {{ more_than = "50%" }}
default = true
)",
                                         dispersed);
    auto loaded = jvgov::load::load_model(text, "acme.toml");
    REQUIRE(loaded.model);
    return *loaded.model;
}

}  // namespace

TEST_CASE("43% facing a dispersed 57%: oceanic values and a decisive holder", "[report]") {
    const auto model = listed(true);
    const auto facts = jvgov::analysis::analyse_voting_power(model, year{2025} / 1 / 22);
    REQUIRE(facts.games.size() == 1);
    const auto& result = facts.games.front();
    REQUIRE(result.table.players.size() == 1);
    const auto& founder = result.table.players.front();
    CHECK(founder.shapley_shubik == Rational(43, 57));
    CHECK(founder.banzhaf == Rational(1));
    CHECK(founder.penrose == Rational(1));
    CHECK_FALSE(founder.deegan_packel);
    CHECK_FALSE(founder.public_good);
    CHECK_FALSE(founder.johnston);
    REQUIRE(result.oceanic);
    CHECK(result.oceanic->ocean_shapley_shubik == Rational(14, 57));
    CHECK(result.table.dictator == std::optional<int>{0});
    // The vote share counts the float's votes cast: 43%.
    CHECK(result.groups.front().vote_share == Rational(43, 100));
    CHECK(facts.sweeps.empty());

    const jvgov::report::ReportContext context{"acme.toml", "jvgov test", {}};
    const std::string report =
        jvgov::report::render_voting_power_report(facts, context, "voting-power");
    CHECK_THAT(report, Catch::Matchers::Contains(
                           "- Dispersed float: Other shareholders (57.00% of the votes) is "
                           "modelled as dispersed: many small holders, none of them a player, "
                           "never voting as a bloc. The float casts 57.00% of the votes, 57.00% "
                           "of the votes cast. Banzhaf and Penrose are the oceanic limits of "
                           "Dubey and Shapley (1979: each small holder votes for or against with "
                           "even odds, so half of the float's votes are for), Shapley–Shubik "
                           "that of Milnor and Shapley (1978: the float arrives evenly over "
                           "time); the float as a whole has a Shapley–Shubik value of 14/57"));
    CHECK_THAT(report, Catch::Matchers::Contains(
                           "Deegan–Packel, public good and Johnston are not defined for a "
                           "dispersed float. The veto players, dummies and dictator below are "
                           "those of the oceanic limit (the float splitting evenly); the control "
                           "report's tests ask instead whether a holder wins even against the "
                           "whole float."));
    CHECK_THAT(report, Catch::Matchers::Contains("- Veto players (in the oceanic limit): Founder "
                                                 "Holdings\n- Dummies (in the oceanic limit): "
                                                 "none\n- Dictator (in the oceanic limit): "
                                                 "Founder Holdings\n"));
    CHECK_THAT(report, Catch::Matchers::Contains(
                           "Founder Holdings is decisive: with the dispersed float voting half "
                           "for and half against (as its many small holders do on average), "
                           "Founder Holdings's 43.00% of the votes cast and half of the float's "
                           "(28.50%) pass the threshold, while the float's half alone does not; "
                           "so the side Founder Holdings takes wins (Banzhaf index 1 in the "
                           "oceanic limit)."));
    CHECK(report.find("Other shareholders |") == std::string::npos);  // never a player's row
    CHECK(report.find("Power as the threshold moves") == std::string::npos);  // no sweep

    const auto json = nlohmann::json::parse(jvgov::report::render_voting_power_json(facts, context));
    const auto& dispersed_float = json["games"][0]["dispersed_float"];
    CHECK(dispersed_float["parts"][0]["party"] == "other");
    CHECK(dispersed_float["parts"][0]["turnout"]["exact"] == "1");
    CHECK(dispersed_float["votes_cast"]["exact"] == "57/100");
    CHECK(dispersed_float["shapley_shubik"]["exact"] == "14/57");
    CHECK(json["games"][0]["players"][0]["power"]["shapley_shubik"]["exact"] == "43/57");
    CHECK(json["games"][0]["players"][0]["power"]["deegan_packel"].is_null());
}

TEST_CASE("a dispersed float never controls, a bloc of 57% does", "[ownership][report]") {
    const auto day = year{2025} / 1 / 22;
    const auto dispersed_model = listed(true);  // ControlFacts refers to its model
    const auto dispersed = jvgov::analysis::control_facts(dispersed_model, day);
    CHECK(dispersed.controls[dispersed.entity].chain.empty());
    REQUIRE(dispersed.dispersed);
    CHECK(dispersed.dispersed->votes == Rational(57, 100));
    CHECK(dispersed.dispersed->unallocated == 0);
    const auto report = jvgov::report::render_control_report(
        dispersed, {"acme.toml", "jvgov test", {}}, "control.json");
    CHECK_THAT(report, Catch::Matchers::Contains(
                           "- No party controls Acme plc by a majority: no holder has more than "
                           "50% of the votes; the control tests find sole control by Founder "
                           "Holdings through de facto control under IFRS 10 (rests on facts "
                           "without a confidence label). Other shareholders (57.00% of the "
                           "votes) are dispersed: many "
                           "small holders who never vote as one, so they control nothing; the "
                           "largest organised holder is Founder Holdings (43.00%).\n"));
    CHECK(report.find("controlled by Other shareholders") == std::string::npos);
    const auto bloc_model = listed(false);
    const auto bloc = jvgov::analysis::control_facts(bloc_model, day);
    const auto other = jvgov::ownership::party_index(bloc.graph, "other");
    REQUIRE(!bloc.controls[bloc.entity].chain.empty());
    CHECK(bloc.controls[bloc.entity].chain.back() == static_cast<std::size_t>(other));
}
