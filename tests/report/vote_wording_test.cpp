// Why votes were adjusted, as the control and voting-power reports say it, on the model with every
// vote rule (tests/governance/vote-rules.toml) on 2025-10-01.
#include "model/report/vote_wording.hpp"

#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "model/analysis/control.hpp"
#include "model/analysis/voting_power.hpp"
#include "model/load/loader.hpp"
#include "model/report/control_report.hpp"
#include "model/report/report_context.hpp"
#include "model/report/voting_power_report.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;

governance::Model vote_rules() {
    std::ifstream in(JVGOV_SOURCE_DIR "/tests/governance/vote-rules.toml");
    std::stringstream text;
    text << in.rdbuf();
    auto result = load::load_model(text.str(), "vote-rules.toml");
    REQUIRE(result.model.has_value());
    return *result.model;
}

// The paragraph starting with `start` and the list after it.
std::string note(const std::string& report, const std::string& start) {
    const auto begin = report.find(start);
    REQUIRE(begin != std::string::npos);
    const auto end = report.find("\n\n", report.find("\n\n", begin) + 2);
    return report.substr(begin, end - begin);
}

const ReportContext context{"vote-rules.toml", "jvgov test", {}};

}  // namespace

TEST_CASE("the control report says whose votes the rules adjust, and why", "[report][votes]") {
    const auto report =
        render_control_report(analysis::control_facts(vote_rules(), year{2025} / 10 / 1), context,
                              "control.json");
    // Votes of 1500: Founder one 300, Founder two 200, Fund 400 (doubled: 800, capped at 30% of
    // 1800 = 540), Trustee 200, own shares 100 (suspended), Other holders 300; cast: 1540.
    CHECK(note(report, "Votes in Holdco") ==
          R"(Votes in Holdco adjusted by the model's rules (the Voting column shows the share of the votes cast):

- Founder one: 20.00% of the votes held, 19.48% (exactly 15/77) of the votes cast; its votes are cast with the Founders' pact (as Founder one decides).
- Founder two: 13.33% (exactly 2/15) of the votes held, 12.99% (exactly 10/77) of the votes cast; its votes are cast with the Founders' pact (as Founder one decides).
- Fund: 26.67% (exactly 4/15) of the votes held, 35.06% (exactly 27/77) of the votes cast; its votes count twice; its votes are capped at 30.00% of all the votes.
- Trustee: 13.33% (exactly 2/15) of the votes held, 12.99% (exactly 10/77) of the votes cast; its votes are cast as Beta instructs.
- Holdco's own shares: 6.67% (exactly 1/15) of the votes held, 0.00% of the votes cast; its votes are suspended (treasury shares).)");
    // The JV's cap applies to special matters only: the general votes are not adjusted.
    CHECK(report.find("Votes in JV adjusted") == std::string::npos);
}

TEST_CASE("the voting-power report says whose votes on a matter the rules adjust",
          "[report][votes]") {
    const auto report = render_voting_power_report(
        analysis::analyse_voting_power(vote_rules(), year{2025} / 10 / 1), context,
        "voting-power");
    // Special matters: Holdco's 50% capped at 45% of all votes: 45 of 95 cast.
    CHECK(note(report, "Votes adjusted") ==
          R"(Votes adjusted by the model's rules on this matter (the voting stake is the share of the votes the player casts):

- Holdco: 50.00% of the votes held, 47.37% (exactly 9/19) of the votes cast; its votes are capped at 45.00% of all the votes.)");
    CHECK(report.find("Votes adjusted") == report.rfind("Votes adjusted"));  // not on Ordinary
}

}  // namespace jvgov::report
