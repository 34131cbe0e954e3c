// The model with a stake scenario applied and the control answer under each scenario
// (analysis/scenarios.hpp), with the summary's "How sure is the answer" (report/summary_report).
//
// Hand-checked values:
// - Stargate, 2025-01-22, DA-2: stakes pro rata to the reported $19/19/7/7 billion commitments,
//   19/52, 19/52, 7/52, 7/52. Tier-2 matters need at least 75%, i.e. 39 of 52: OpenAI + SoftBank
//   hold 38/52 = 19/26 = 73.08% < 75%, so they need Oracle (45/52) or MGX (45/52) as well; without
//   either of them the others hold 33/52 < 39/52, so each keeps a veto. Minimal winning coalitions
//   {OpenAI, SoftBank, Oracle} and {OpenAI, SoftBank, MGX} (also `jvgov power --quota 75%
//   --weights 19,19,7,7`: quota 39, the same two). More than one combination of parties can pass
//   the strategic decisions, so no party has joint control under IFRS 11 (B8, example 2); under
//   the EU Jurisdictional Notice (paras 62-73) the two veto holders still have joint control.
// - DA-3: 19/45, 19/45, 7/90, 7/90. OpenAI + SoftBank hold 38/45 = 84.44% >= 75%, and without
//   either the others hold 19/45 + 7/45 = 26/45 = 57.78% < 75%: both vetoes, together passing,
//   so joint control (IFRS 11 paras 7-9), as under DA-1's 40/40/10/10 (80%).
// - A synthetic 50/50 JV (members decide by more than 50%): each holder a veto, together passing,
//   so joint control. With a scenario of 60/40, Alpha has more than half of the votes and decides
//   alone: sole control by Alpha (voting majority).
#include "model/analysis/scenarios.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/analysis/control.hpp"
#include "model/analysis/summary.hpp"
#include "model/analysis/voting_power.hpp"
#include "model/governance/registry.hpp"
#include "model/load/loader.hpp"
#include "model/report/summary_report.hpp"

namespace jvgov::analysis {
namespace {

using namespace std::chrono;
using exact::Rational;

governance::Model load_file(const std::string& path) {
    const auto loaded = load::load_model_file(std::string(JVGOV_SOURCE_DIR) + "/" + path);
    REQUIRE(loaded.model);
    return *loaded.model;
}

const EntityControl& entity_of(const std::vector<EntityControl>& tests, const std::string& id) {
    const auto found = std::find_if(tests.begin(), tests.end(),
                                    [&](const EntityControl& test) { return test.entity == id; });
    REQUIRE(found != tests.end());
    return *found;
}

const MatterControl& matter_of(const EntityControl& control, const std::string& matter) {
    const auto found =
        std::find_if(control.matters.begin(), control.matters.end(),
                     [&](const MatterControl& candidate) { return candidate.game.matter == matter; });
    REQUIRE(found != control.matters.end());
    return *found;
}

// The minimal winning coalitions of a game without a float, each as its players' ids in player
// order, found by trying every coalition.
std::vector<std::vector<std::string>> minimal_winning(const compile::CompiledGame& game) {
    const std::size_t n = game.players.size();
    REQUIRE(n < 16);
    const auto wins = [&](unsigned mask) {
        PlayerSet players(n);
        for (std::size_t i = 0; i < n; ++i)
            players[i] = ((mask >> i) & 1U) != 0;
        return passes_against_float(game, players);
    };
    std::vector<std::vector<std::string>> result;
    for (unsigned mask = 1; mask < (1U << n); ++mask) {
        bool minimal = wins(mask);
        for (std::size_t i = 0; minimal && i < n; ++i)
            if (((mask >> i) & 1U) != 0 && wins(mask & ~(1U << i)))
                minimal = false;
        if (!minimal)
            continue;
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < n; ++i)
            if (((mask >> i) & 1U) != 0)
                ids.push_back(game.players[i].id);
        result.push_back(ids);
    }
    std::sort(result.begin(), result.end());
    return result;
}

TEST_CASE("Stargate under DA-2 has no joint control by IFRS 11 and under DA-3 keeps it",
          "[analysis][scenarios]") {
    const governance::Model full = load_file("data/stargate.toml");
    const auto day = year_month_day{year{2025}, January, 22d};
    REQUIRE(full.scenarios.size() == 2);
    const governance::Scenario& da2 = full.scenarios[0];
    const governance::Scenario& da3 = full.scenarios[1];
    CHECK(da2.assumption == "DA-2");
    CHECK(da3.assumption == "DA-3");
    CHECK(da2.replaces == "DA-1");

    SECTION("the model with DA-2 applied has the pro-rata stakes, and only those change") {
        const governance::Model applied = with_scenario(full, da2);
        CHECK(applied.scenarios.empty());
        CHECK(applied.stakes.size() == full.stakes.size());
        std::vector<std::pair<std::string, Rational>> in_jv;
        for (const auto* stake : governance::stakes_in_on(applied, "stargate", day)) {
            in_jv.emplace_back(stake->holder, stake->economic);
            CHECK(stake->voting == stake->economic);
            REQUIRE(stake->committed);
        }
        CHECK(in_jv == std::vector<std::pair<std::string, Rational>>{{"openai", Rational(19, 52)},
                                                                    {"softbank", Rational(19, 52)},
                                                                    {"oracle", Rational(7, 52)},
                                                                    {"mgx", Rational(7, 52)}});
        // Above the JV nothing moves: Microsoft's stake in OpenAI is the model's.
        const auto microsoft = governance::stakes_held_by(applied, "microsoft");
        const auto microsoft_full = governance::stakes_held_by(full, "microsoft");
        REQUIRE(microsoft.size() == microsoft_full.size());
        for (std::size_t i = 0; i < microsoft.size(); ++i)
            CHECK(microsoft[i]->economic == microsoft_full[i]->economic);

        const auto tests = control_tests(applied, day);
        const MatterControl& tier2 = matter_of(entity_of(tests, "stargate"), "members-reserved-tier-2");
        CHECK(minimal_winning(tier2.game) == std::vector<std::vector<std::string>>{
                                                 {"openai", "softbank", "mgx"},
                                                 {"openai", "softbank", "oracle"}});
        CHECK(tier2.vetoes == std::vector<std::string>{"openai", "softbank"});
        CHECK_FALSE(tier2.vetoes_pass);
    }

    SECTION("the answer under each scenario against the base answer") {
        const auto base_tests = control_tests(full, day);
        const EntityControl& base = entity_of(base_tests, "stargate");
        REQUIRE(base.overall.classification == Classification::joint_control);
        REQUIRE(base.overall.by == ControlTest::ifrs11_joint_control);
        const auto outcomes = scenario_outcomes(full, day, base);
        REQUIRE(outcomes.size() == 2);

        const ScenarioOutcome& under_da2 = outcomes[0];
        CHECK(under_da2.scenario == &da2);
        CHECK_FALSE(under_da2.same_as_base);
        CHECK(under_da2.ifrs11.outcome == JointOutcome::no_control);
        CHECK(under_da2.overall.classification == Classification::joint_control);
        CHECK(under_da2.overall.by == ControlTest::eu_notice);
        CHECK(under_da2.overall.parties == std::vector<std::string>{"openai", "softbank"});
        CHECK(under_da2.base_parties_votes_base == Rational(4, 5));
        CHECK(under_da2.base_parties_votes == Rational(19, 26));
        REQUIRE(under_da2.deciding.size() == 1);
        CHECK(under_da2.deciding[0].base->game.matter == "members-reserved-tier-2");
        CHECK_FALSE(under_da2.deciding[0].kept);
        CHECK(under_da2.deciding[0].vetoes == std::vector<std::string>{"openai", "softbank"});
        CHECK_FALSE(under_da2.deciding[0].vetoes_pass);
        REQUIRE(under_da2.stakes.size() == 4);
        CHECK(under_da2.stakes[2].holder == "oracle");
        CHECK(under_da2.stakes[2].voting == Rational(7, 52));

        const ScenarioOutcome& under_da3 = outcomes[1];
        CHECK(under_da3.same_as_base);
        CHECK(under_da3.ifrs11.outcome == JointOutcome::joint_control);
        CHECK(under_da3.ifrs11.parties == std::vector<std::string>{"openai", "softbank"});
        CHECK(under_da3.base_parties_votes == Rational(38, 45));
        REQUIRE(under_da3.deciding.size() == 1);
        CHECK(under_da3.deciding[0].kept);
    }

    SECTION("the summary says so") {
        const auto power = analyse_voting_power(full, day);
        const auto control = control_facts(full, day);
        const std::string page = report::render_summary(summary_facts(power, control, std::nullopt),
                                                        {"data/stargate.toml", "test", {}});
        REQUIRE(page.find("## How sure is the answer") != std::string::npos);
        const auto section = page.substr(page.find("## How sure is the answer"));
        CHECK(section.find("| DA-2 | 36.54% (19/52) | 36.54% (19/52) | 13.46% (7/52) | 13.46% "
                           "(7/52) | **changes**: [IFRS 11](") != std::string::npos);
        CHECK(section.find("): no joint control; [EU Notice](") != std::string::npos);
        CHECK(section.find("| DA-3 | 42.22% (19/45) | 42.22% (19/45) | 7.78% (7/90) | 7.78% "
                           "(7/90) | the same |") != std::string::npos);
        CHECK(section.find(
                  "The answer above rests on DA-1. Under DA-2, OpenAI and SoftBank Group together "
                  "hold 73.08% and Tier-2 reserved matters (members ≥75%) need at least 75%: more "
                  "than one combination can pass them, hence no joint control (IFRS 11 B8, example "
                  "2).\n") != std::string::npos);
    }
}

constexpr const char* fifty_fifty = R"(
[model]
name = "Duo JV"
entity = "duo"
as_of = 2025-03-01

[[sources]]
id = "press"
title = "Alpha and Beta form Duo"
date = 2025-01-21
url = "https://example.com/duo/press"

[[assumptions]]
id = "DA-1"
text = "Half each."
rationale = "The press release."

[[assumptions]]
id = "DA-2"
text = "Alpha 60%, Beta 40%."
rationale = "An alternative reading."

[[parties]]
id = "duo"
name = "Duo JV"
kind = "company"

[[parties]]
id = "alpha"
name = "Alpha SE"
kind = "company"

[[parties]]
id = "beta"
name = "Beta Inc."
kind = "company"

[[stakes]]
holder = "alpha"
issuer = "duo"
economic = "50%"
from = 2025-01-01
source = "press"

[[stakes]]
holder = "beta"
issuer = "duo"
economic = "50%"
from = 2025-01-01
source = "press"

[[bodies]]
id = "members"
name = "Shareholders' meeting"
of = "duo"
kind = "members"

[[matters]]
id = "budget"
name = "Budget"
body = "members"
rule = { more_than = "50%" }
category = "strategic"

[[scenarios]]
id = "sixty-forty"
name = "Alpha 60, Beta 40"
assumption = "DA-2"
replaces = "DA-1"
stakes = [
  { holder = "alpha", issuer = "duo", economic = "60%" },
  { holder = "beta", issuer = "duo", economic = "40%", voting = "2/5" },
]
)";

TEST_CASE("A 50/50 joint venture under a 60/40 scenario", "[analysis][scenarios]") {
    const auto loaded = load::load_model(fifty_fifty, "duo.toml");
    REQUIRE(loaded.diagnostics.empty());
    REQUIRE(loaded.model);
    const governance::Model& full = *loaded.model;
    REQUIRE(full.scenarios.size() == 1);
    const auto day = year_month_day{year{2025}, March, 1d};

    const governance::Model applied = with_scenario(full, full.scenarios[0]);
    const auto stakes = governance::stakes_in_on(applied, "duo", day);
    REQUIRE(stakes.size() == 2);
    CHECK(stakes[0]->economic == Rational(3, 5));
    CHECK(stakes[1]->voting == Rational(2, 5));
    CHECK(stakes[0]->period.from == full.stakes.front().period.from);
    CHECK(governance::stakes_in_on(applied, "duo", year_month_day{year{2024}, March, 1d}).empty());

    const auto base_tests = control_tests(full, day);
    const EntityControl& base = entity_of(base_tests, "duo");
    CHECK(base.overall.classification == Classification::joint_control);
    CHECK(base.overall.parties == std::vector<std::string>{"alpha", "beta"});
    const auto outcomes = scenario_outcomes(full, day, base);
    REQUIRE(outcomes.size() == 1);
    CHECK_FALSE(outcomes[0].same_as_base);
    CHECK(outcomes[0].overall.classification == Classification::sole_control);
    CHECK(outcomes[0].overall.parties == std::vector<std::string>{"alpha"});
    CHECK(outcomes[0].base_parties_votes_base == 1);
    CHECK(outcomes[0].base_parties_votes == 1);
    REQUIRE(outcomes[0].deciding.size() == 1);
    CHECK(outcomes[0].deciding[0].decides_alone == std::optional<std::string>{"alpha"});
    CHECK_FALSE(outcomes[0].deciding[0].kept);

    SECTION("a model without scenarios has no outcomes, and its summary no such section") {
        governance::Model plain = full;
        plain.scenarios.clear();
        CHECK(scenario_outcomes(plain, day, base).empty());
        const auto power = analyse_voting_power(plain, day);
        const auto control = control_facts(plain, day);
        const std::string page = report::render_summary(summary_facts(power, control, std::nullopt),
                                                        {"duo.toml", "test", {}});
        CHECK(page.find("How sure") == std::string::npos);
    }
}

}  // namespace
}  // namespace jvgov::analysis
