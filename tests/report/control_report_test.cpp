// The control report: full expected text of its sections on a hand-made model, and the
// figures of the default model checked against the ownership module.
#include "model/report/control_report.hpp"

#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "model/exact/rational.hpp"
#include "model/load/loader.hpp"
#include "model/ownership/control.hpp"
#include "tests/report/table_shape.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;
using analysis::control_facts;
using governance::Rational;

// Test JV: Alpha 1/2, Beta 1/4 and X 1/4 of the JV (votes as economic). A chain: Fund holds 60%
// of Alpha (and of its votes), Trust 10% without votes but appoints Alpha's whole board, so Trust
// controls Alpha by appointment (overriding Fund's voting majority); Alpha holds 75% of Beta, so
// Trust controls Beta through Alpha, and the JV through Alpha and Beta (1/2 + 1/4 of the votes).
// A cross-holding: X and Y hold half of each other; Pat holds the other half of X.
// Hand-computed look-through interests in the JV: Alpha's own is 1/2 + 3/4 x 1/4 = 11/16, so
// Fund 3/5 x 11/16 = 33/80, Trust 1/10 x 11/16 = 11/160, Alpha's other holders 3/10 x 11/16 =
// 33/160, Beta's other holders 1/4 x 1/4 = 1/16; in X, Pat has 1/2 / (1 - 1/4) = 2/3 and Y's
// other holders 1/3 (the two-company cross-holding closed form), hence 1/6 and 1/12 of the JV.
// The six sum to 1.
constexpr const char* test_toml = R"([model]
name = "Test JV"
entity = "jv"
as_of = 2025-06-30
status = "announced"
description = "A hand-made venture for the control report test."

[[sources]]
id = "s1"
title = "Launch"
publisher = "Wire"
date = 2025-06-30
url = "https://example.com/launch"

[[parties]]
id = "jv"
name = "Test JV"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "alpha"
name = "Alpha"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "beta"
name = "Beta"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "x"
name = "X"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "y"
name = "Y"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "fund"
name = "Fund"
kind = "fund"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "trust"
name = "Trust"
kind = "foundation"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "pat"
name = "Pat"
kind = "person"
source = "s1"
confidence = "confirmed"

[[stakes]]
holder = "alpha"
issuer = "jv"
economic = "1/2"
voting = "1/2"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "beta"
issuer = "jv"
economic = "1/4"
voting = "1/4"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "x"
issuer = "jv"
economic = "1/4"
voting = "1/4"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "fund"
issuer = "alpha"
economic = "3/5"
voting = "3/5"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "trust"
issuer = "alpha"
economic = "1/10"
voting = "0"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "alpha"
issuer = "beta"
economic = "3/4"
voting = "3/4"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "pat"
issuer = "x"
economic = "1/2"
voting = "1/2"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "y"
issuer = "x"
economic = "1/2"
voting = "1/2"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "x"
issuer = "y"
economic = "1/2"
voting = "1/2"
source = "s1"
confidence = "reported"

[[bodies]]
id = "alpha-board"
name = "Board of Alpha"
of = "alpha"
kind = "board"
seats = [{ appointed_by = "trust", count = 3, source = "s1", confidence = "reported" }]
source = "s1"
confidence = "reported"

[[bodies]]
id = "members"
name = "Members' meeting of Test JV"
of = "jv"
kind = "members"
source = "s1"
confidence = "reported"

[[matters]]
id = "ordinary"
name = "Ordinary decisions"
body = "members"
rule = { more_than = "50%" }
default = true
source = "s1"
confidence = "reported"

[[matters]]
id = "unanimous"
name = "Unanimous decisions"
body = "members"
rule = { unanimous = true }
source = "s1"
confidence = "reported"
)";

const governance::Model& test_model() {
    static const governance::Model model = *load::load_model(test_toml, "test.toml").model;
    return model;
}

// The section of `report` that starts with the heading line `heading`, up to the next "## ".
std::string section(const std::string& report, const std::string& heading) {
    const auto start = report.find(heading + "\n");
    REQUIRE(start != std::string::npos);
    const auto end = report.find("\n## ", start + 1);
    return report.substr(start, end == std::string::npos ? std::string::npos : end + 1 - start);
}

const ReportContext context{"test.toml", "jvgov test", {}};

}  // namespace

TEST_CASE("Control report: title and metadata", "[report]") {
    const auto report = render_control_report(
        control_facts(test_model(), year{2025} / 6 / 30),
        {"test.toml", "jvgov test", {{"governance.md", "the governance report"}}}, "control.json");
    // The metadata, then the control tests' classification first.
    CHECK(report.substr(report.find("\n## "), 20) == "\n## Who controls it\n");
    CHECK(report.substr(0, report.find("\n## ")) ==
          "# Ownership and control of Test JV as of 2025-06-30\n"
          "\n"
          "- Model file: `test.toml`\n"
          "- As of: 2025-06-30 (the model's own date)\n"
          "- Status of Test JV on that date: announced\n"
          "- Generated by: jvgov test\n"
          "- Data: [control.json](control.json), every figure of this report as JSON (schema "
          "jvgov/control@4)\n"
          "- See also: [governance.md](governance.md), the governance report\n");
}

TEST_CASE("Control report: who controls it, by the tests of law and accounting", "[report]") {
    // Alpha: Trust appoints all 3 seats (board majority, which comes before Fund's 60% of the
    // votes; Alpha has no matters). Test JV: Trust's group (Alpha 1/2 + Beta 1/4) decides the
    // ordinary matter alone; the unanimous matter gives Trust and X a veto each. Both matters are
    // untagged, so both are read: the Notice finds joint control by Trust and X, IFRS 11 none
    // (the veto holders differ between the two matters).
    const auto report = render_control_report(control_facts(test_model(), year{2025} / 6 / 30),
                                              context, "control.json");
    CHECK(section(report, "## Who controls it").substr(section(report, "## Who controls it").find("| Company")) ==
          "| Company | Control | By | Test | Significant influence (IAS 28) | Persons with "
          "significant control (UK) | Rests on |\n"
          "| :--- | :--- | :--- | :--- | :--- | :--- | :--- |\n"
          "| Alpha | sole control | Trust | majority of the board | Fund (60.00%) | Fund: more "
          "than 25% of the shares (60.00%) and more than 25% of the votes (60.00%) and Trust: the "
          "right to appoint a majority of the board | reported facts, not confirmed |\n"
          "| Test JV | joint control | Trust and X | decisive influence (EU Jurisdictional "
          "Notice) | Trust (75.00% (through Alpha and Beta)) and X (25.00%) | Trust: more than "
          "25% of the shares (75.00%) and more than 25% of the votes (75.00%) (through Alpha and "
          "Beta) | facts without a confidence label |\n\n");
    CHECK(report.find("The two tests disagree. The Notice counts a veto over any one strategic "
                      "decision as a share of control; IFRS 11 needs one set of parties whose "
                      "unanimous consent every relevant decision requires, and here the veto "
                      "holders differ from matter to matter.") != std::string::npos);
    CHECK(section(report, "## Deadlocks").find(
              "| Test JV | Unanimous decisions | untagged (counts as relevant) | Trust and X, each "
              "alone | nothing: the matter stays undecided until the parties agree | facts "
              "without a confidence label |") !=
          std::string::npos);
}

TEST_CASE(
    "Control report: the ownership graph with economic and voting percentages and appointments",
    "[report]") {
    const auto report = render_control_report(control_facts(test_model(), year{2025} / 6 / 30),
                                              context, "control.json");
    CHECK(section(report, "## Ownership graph") == R"(## Ownership graph

Stakes and board appointment rights in force on 2025-06-30. Each arrow points from the holder to the company it holds a stake in, labelled with the economic and the voting interest, or from an appointer to the company whose board it appoints; Test JV has a thick border. Rests on: reported facts, not confirmed.

```mermaid
flowchart TD
    P_jv["Test JV"]
    P_alpha["Alpha"]
    P_beta["Beta"]
    P_x["X"]
    P_fund["Fund"]
    P_trust["Trust"]
    P_pat["Pat"]
    P_y["Y"]
    P_alpha -->|"50.00% econ. / 50.00% votes"| P_jv
    P_beta -->|"25.00% econ. / 25.00% votes"| P_jv
    P_x -->|"25.00% econ. / 25.00% votes"| P_jv
    P_fund -->|"60.00% econ. / 60.00% votes"| P_alpha
    P_trust -->|"10.00% econ. / 0.00% votes"| P_alpha
    P_alpha -->|"75.00% econ. / 75.00% votes"| P_beta
    P_pat -->|"50.00% econ. / 50.00% votes"| P_x
    P_y -->|"50.00% econ. / 50.00% votes"| P_x
    P_x -->|"50.00% econ. / 50.00% votes"| P_y
    P_trust -->|"appoints 3 of 3 board seats"| P_alpha
    style P_jv stroke-width:3px
```

)");
}

TEST_CASE("Control report: the stakes in force with links to their sources", "[report]") {
    const auto report = render_control_report(control_facts(test_model(), year{2025} / 6 / 30),
                                              context, "control.json");
    CHECK(section(report, "## Stakes in force") == R"(## Stakes in force

Periods and notes of each stake are in the governance report. Rests on: the stake's confidence, or the model's assumptions it cites.

| Holder | In | Economic | Voting | Source | Rests on |
| :--- | :--- | ---: | ---: | :--- | :--- |
| Alpha | Test JV | 50.00% | 50.00% | [s1](https://example.com/launch) | reported facts, not confirmed |
| Beta | Test JV | 25.00% | 25.00% | [s1](https://example.com/launch) | reported facts, not confirmed |
| X | Test JV | 25.00% | 25.00% | [s1](https://example.com/launch) | reported facts, not confirmed |
| Fund | Alpha | 60.00% | 60.00% | [s1](https://example.com/launch) | reported facts, not confirmed |
| Trust | Alpha | 10.00% | 0.00% | [s1](https://example.com/launch) | reported facts, not confirmed |
| Alpha | Beta | 75.00% | 75.00% | [s1](https://example.com/launch) | reported facts, not confirmed |
| Pat | X | 50.00% | 50.00% | [s1](https://example.com/launch) | reported facts, not confirmed |
| Y | X | 50.00% | 50.00% | [s1](https://example.com/launch) | reported facts, not confirmed |
| X | Y | 50.00% | 50.00% | [s1](https://example.com/launch) | reported facts, not confirmed |

)");
}

TEST_CASE("Control report: look-through interests of every ultimate holder, remainders included",
          "[report]") {
    const auto report = render_control_report(control_facts(test_model(), year{2025} / 6 / 30),
                                              context, "control.json");
    CHECK(section(report, "## Look-through economic interest in Test JV") ==
          R"(## Look-through economic interest in Test JV

One row per ultimate holder with an interest in Test JV: its direct stake, the part it holds through other companies (summed over every chain), and the total; the totals sum to 100%. "Other holders of X" is the part of X that no party in the model holds. Rests on: the model's assumptions cited by the stakes of the row's chains, or how sure those stakes are.

| Ultimate holder | Direct | Indirect | Total | Through | Rests on |
| :--- | ---: | ---: | ---: | :--- | :--- |
| Fund | 0.00% | 41.25% | 41.25% | Alpha | reported facts, not confirmed |
| Trust | 0.00% | 6.88% (exactly 11/160) | 6.88% (exactly 11/160) | Alpha | reported facts, not confirmed |
| Pat | 0.00% | 16.67% (exactly 1/6) | 16.67% (exactly 1/6) | X | reported facts, not confirmed |
| Other holders of Alpha | 0.00% | 20.63% (exactly 33/160) | 20.63% (exactly 33/160) | Alpha | reported facts, not confirmed |
| Other holders of Beta | 0.00% | 6.25% | 6.25% | Beta | reported facts, not confirmed |
| Other holders of Y | 0.00% | 8.33% (exactly 1/12) | 8.33% (exactly 1/12) | Y | reported facts, not confirmed |

)");
}

TEST_CASE("Control report: control by votes, by appointment and through a chain", "[report]") {
    const auto report = render_control_report(control_facts(test_model(), year{2025} / 6 / 30),
                                              context, "control.json");
    CHECK(section(report, "## Control") == R"(## Control

One row per company with holders or a board in the model. A sole controller holds more than half of the votes or appoints more than half of the board, alone or through the companies it controls; where the control tests above find otherwise from the rules of the company's matters (joint, negative or de facto control), the row says so. The chain runs from the immediate controller to the ultimate controller; votes and seats are those held or appointed by the controller's whole group. An overridden voting majority is a group holding more than half of the votes whose board is appointed by someone else. Rests on: the model's assumptions cited by the company's stakes and board seats, and by those of the companies on its chain, or how sure those are.

| Company | Sole (ultimate) controller | Chain | Votes held | Seats appointed | Overridden voting majority | Rests on |
| :--- | :--- | :--- | ---: | ---: | :--- | :--- |
| Test JV | Trust (by votes; the control tests find joint control by Trust and X under the EU Jurisdictional Notice) | Alpha → Trust | 75.00% | — | — | reported facts, not confirmed |
| Alpha | Trust (by appointment) | Trust | 0.00% | 3 of 3 | Fund | reported facts, not confirmed |
| Beta | Trust (by votes) | Alpha → Trust | 75.00% | — | — | reported facts, not confirmed |
| X | nobody | — | — | — | — | reported facts, not confirmed |
| Y | nobody | — | — | — | — | reported facts, not confirmed |

)");
}

TEST_CASE("Control report: findings in plain sentences", "[report]") {
    const auto report = render_control_report(control_facts(test_model(), year{2025} / 6 / 30),
                                              context, "control.json");
    CHECK(section(report, "## Findings") == R"(## Findings

- Test JV is controlled by Trust: Trust holds 75.00% of Test JV's votes through Alpha and Beta; yet the control tests find joint control by Trust and X under the EU Jurisdictional Notice (rests on facts without a confidence label).
- Fund has a 41.25% look-through economic interest in Test JV through Alpha but controls nothing: Trust appoints Alpha's whole board (rests on reported facts, not confirmed).
- Trust has a 6.88% (exactly 11/160) look-through economic interest in Test JV through Alpha; it controls Alpha (rests on reported facts, not confirmed).
- Pat has a 16.67% (exactly 1/6) look-through economic interest in Test JV through X but controls nothing: nobody controls X (rests on reported facts, not confirmed).
- Alpha is controlled by Trust: Trust appoints Alpha's whole board, overriding the voting majority of Fund (rests on reported facts, not confirmed).
- Beta is controlled by Trust: Trust holds 75.00% of Beta's votes through Alpha (rests on reported facts, not confirmed).
- Trust controls Test JV with only a 6.88% (exactly 11/160) look-through economic interest in it (rests on reported facts, not confirmed).
- Fund has a larger look-through economic interest in Test JV, 41.25%, than Test JV's controller, Trust, with 6.88% (exactly 11/160) (rests on reported facts, not confirmed).
- Pat has a larger look-through economic interest in Test JV, 16.67% (exactly 1/6), than Test JV's controller, Trust, with 6.88% (exactly 11/160) (rests on reported facts, not confirmed).
- Trust holds 10.00% of Alpha's economic interest but none of its votes (rests on reported facts, not confirmed).
- Trust controls Alpha with only a 10.00% look-through economic interest in it (rests on reported facts, not confirmed).
- Fund has a larger look-through economic interest in Alpha, 60.00%, than Alpha's controller, Trust, with 10.00% (rests on reported facts, not confirmed).
- Trust controls Beta with only a 7.50% look-through economic interest in it (rests on reported facts, not confirmed).
- Fund has a larger look-through economic interest in Beta, 45.00%, than Beta's controller, Trust, with 7.50% (rests on reported facts, not confirmed).

)");
    // The glossary after the findings defines the terms they use.
    CHECK(section(report, "## Glossary")
              .find("\n- **Look-through interest**: a holder's economic interest in the entity "
                    "counted through every chain of stakes: the percentages are multiplied along "
                    "each chain, and the chains are added up.\n") != std::string::npos);
}

TEST_CASE("Control report: indirect voting power per matter", "[report]") {
    const auto report = render_control_report(control_facts(test_model(), year{2025} / 6 / 30),
                                              context, "control.json");
    // Hand-checked: Trust decides Alpha (its whole board) and Beta (through Alpha's 75%; Beta's
    // other 25% is a dispersed float, half of it counted for either side), so it dictates the
    // ordinary rule (Matter 1); unanimity (Matter 2) needs Trust, and X's vote, which needs Pat and Y's;
    // Y's vote is X's 50% plus half of Y's unallocated 50% (the float): X itself (the cycle cut)
    // decides Y. So three players, 1/3 each. Fund (60% of Alpha's votes), Alpha's, Beta's and
    // Y's other holders reach no decisive vote.
    CHECK(section(report, "## Indirect voting power per matter") ==
          R"md(## Indirect voting power per matter

The power of each ultimate holder over each decision of Test JV, for the members' meeting and the board (directors voting with their appointer). The rows continue the look-through table above: the economic interest is its total, so the two can be compared line by line. A plain 0 means the holder reaches no vote in that matter's game; 0 (0.0000) means it takes part but is never decisive, or may not vote on that matter (a conflicted member: see the matter's rule in the voting-power report).

A member's vote follows its own governance: a company with a board votes as its board decides (its default rule, each director voting with the party that appointed it); a company without a board in the model votes as the holders of more than half of its votes cast decide, its dispersed holders and the part of its votes that no party in the model holds being a float of many small holders, never one player, of which half the votes cast count for any decision (the oceanic limit); a party with neither votes for itself. A group of ultimate holders carries a decision of the JV when the members whose votes it carries form a winning coalition under the JV's rule for that matter (Shapley's compound game). The normalised Banzhaf index is the holder's share of all decisive swings; the Shapley–Shubik index is the share of the orders of arrival in which it is pivotal. Method: exact. Every composed game has at most 20 ultimate holders, so all coalitions are enumerated and the indices are exact fractions, shown as "p/q (decimal)".

The matters (columns of both tables):

- **Matter 1**: Ordinary decisions (Members' meeting of Test JV); rests on facts without a confidence label
- **Matter 2**: Unanimous decisions (Members' meeting of Test JV); rests on facts without a confidence label

### Normalised Banzhaf index

| Ultimate holder | Economic interest | Matter 1 | Matter 2 |
| :--- | ---: | ---: | ---: |
| Fund | 41.25% | 0 | 0 |
| Trust | 6.88% (exactly 11/160) | 1 (1.0000) | 1/3 (0.3333) |
| Pat | 16.67% (exactly 1/6) | 0 (0.0000) | 1/3 (0.3333) |
| Other holders of Alpha | 20.63% (exactly 33/160) | 0 | 0 |
| Other holders of Beta | 6.25% | 0 | 0 |
| Other holders of Y | 8.33% (exactly 1/12) | 0 | 0 |
| X | — | 0 (0.0000) | 1/3 (0.3333) |

### Shapley–Shubik index

| Ultimate holder | Economic interest | Matter 1 | Matter 2 |
| :--- | ---: | ---: | ---: |
| Fund | 41.25% | 0 | 0 |
| Trust | 6.88% (exactly 11/160) | 1 (1.0000) | 1/3 (0.3333) |
| Pat | 16.67% (exactly 1/6) | 0 (0.0000) | 1/3 (0.3333) |
| Other holders of Alpha | 20.63% (exactly 33/160) | 0 | 0 |
| Other holders of Beta | 6.25% | 0 | 0 |
| Other holders of Y | 8.33% (exactly 1/12) | 0 | 0 |
| X | — | 0 (0.0000) | 1/3 (0.3333) |

### How each member's vote is decided

- Alpha votes as its board (Board of Alpha) decides by its rule for "more than half of the seats (assumed: the model gives the board no rule)" (more than 50% of the 3 seats, each appointer's directors voting as a bloc (quota 2 of 3)); Trust appoints all 3 of its seats.
- Beta votes as the holders of more than half of its votes cast decide: Alpha holds 75.00% and the other holders of Beta hold the remaining 25.00%; the dispersed holders are many small holders, never one bloc: half of their votes cast are counted for a decision (the oceanic limit); Alpha votes as its board (Board of Alpha) decides by its rule for "more than half of the seats (assumed: the model gives the board no rule)" (more than 50% of the 3 seats, each appointer's directors voting as a bloc (quota 2 of 3)); Trust appoints all 3 of its seats.
- X votes as the holders of more than half of its votes decide: Pat holds 50.00% and Y holds 50.00%; Y votes as the holders of more than half of its votes cast decide: X holds 50.00% and the other holders of Y hold the remaining 50.00%; the dispersed holders are many small holders, never one bloc: half of their votes cast are counted for a decision (the oceanic limit); X is reached again through its own holders or appointers (a cycle): the cycle is cut there and X counts as voting for itself.

### Findings on indirect voting power

- Fund holds 41.25% of Test JV's economic interest through Alpha but has no indirect voting power on any matter: Trust appoints Alpha's whole board, so Trust decides Alpha's vote (rests on reported facts, not confirmed).
- Other holders of Alpha hold 20.63% (exactly 33/160) of Test JV's economic interest through Alpha but have no indirect voting power on any matter: Trust appoints Alpha's whole board, so Trust decides Alpha's vote and Alpha's other votes are a dispersed float (no party in the model holds them: many small holders, none of them a player) (rests on reported facts, not confirmed).
- Other holders of Beta hold 6.25% of Test JV's economic interest through Beta but have no indirect voting power on any matter: Trust holds 75.00% of Beta's votes through Alpha, so Trust decides Beta's vote and Beta's other votes are a dispersed float (no party in the model holds them: many small holders, none of them a player) (rests on reported facts, not confirmed).
- Other holders of Y hold 8.33% (exactly 1/12) of Test JV's economic interest through Y but have no indirect voting power on any matter: Y's other votes are a dispersed float (no party in the model holds them: many small holders, none of them a player) (rests on reported facts, not confirmed).
- A cycle of holdings or appointments returns to X: where it is reached again it is counted as voting for itself (the cycle is cut there) (rests on facts without a confidence label).

)md");
}

namespace {

const governance::Model& stargate() {
    static const governance::Model model =
        *load::load_model_file(JVGOV_SOURCE_DIR "/data/stargate.toml").model;
    return model;
}

// The figures of the ownership module on `day`, as the report prints them.
struct StargateFigures {
    ownership::InterestSplit microsoft;
    ownership::InterestSplit foundation;
    ownership::InterestSplit softbank;
};

StargateFigures figures_on(governance::Date day) {
    const auto graph = ownership::graph_on(stargate(), day);
    const auto interests = ownership::look_through(graph);
    const auto index = [&graph](const std::string& id) {
        const auto found = ownership::party_index(graph, id);
        REQUIRE(found >= 0);
        return static_cast<std::size_t>(found);
    };
    const auto in_jv = [&](const std::string& id) {
        return ownership::interest_split(graph, interests, index(id), index("stargate"));
    };
    return {in_jv("microsoft"), in_jv("openai-foundation"), in_jv("softbank")};
}

// A look-through row: the holder, its direct, indirect and total interest, the companies it
// holds through, and the model's assumptions its chains' stakes cite.
std::string row(const std::string& holder, const ownership::InterestSplit& split,
                const std::string& through, const std::string& rests_on) {
    return "| " + holder + " | " + exact::to_percent_string(split.direct, 2) + " | " +
           exact::to_percent_string(split.indirect, 2) + " | " +
           exact::to_percent_string(split.total, 2) + " | " + through + " | " + rests_on +
           " |\n";
}

}  // namespace

// Figures: tests/ownership/stargate_ownership_test.cpp (products of the data's stakes).
TEST_CASE("Control report on Stargate: the ownership module's figures on 2025-10-28", "[report]") {
    const governance::Date day = year{2025} / 10 / 28;
    const auto report =
        render_control_report(control_facts(stargate(), day), context, "control.json");
    const auto figures = figures_on(day);
    CHECK(figures.microsoft.total == Rational(27, 250));   // 27% x 40% = 10.80%
    CHECK(figures.foundation.total == Rational(13, 125));  // 26% x 40% = 10.40%
    CHECK(figures.softbank.total == Rational(2, 5));       // no OpenAI stake yet
    const auto table = section(report, "## Look-through economic interest in Stargate");
    // Microsoft's and the Foundation's chains run through OpenAI's JV stake (MA-1, MA-11) and
    // OpenAI Group's stakes (MA-2); SoftBank holds only its JV stake.
    CHECK_THAT(table, Catch::Contains(row("Microsoft", figures.microsoft, "OpenAI",
                                          "MA-1, MA-2 and MA-11")));
    CHECK_THAT(table, Catch::Contains("| Microsoft | 0.00% | 10.80% | 10.80% | OpenAI | MA-1, "
                                      "MA-2 and MA-11 |\n"));
    CHECK_THAT(table, Catch::Contains(row("OpenAI Foundation", figures.foundation, "OpenAI",
                                          "MA-1, MA-2 and MA-11")));
    CHECK_THAT(table, Catch::Contains(
                          "| SoftBank Group | 40.00% | 0.00% | 40.00% | — | MA-1 and MA-11 |\n"));
    const auto findings = section(report, "## Findings");
    // No sole controller, and the joint control the control tests find named beside it (with
    // what those tests rest on: the tier-2 rule, the board's quorum, the matter categories).
    CHECK_THAT(findings, Catch::Contains("- No party has sole control of Stargate: no holder has "
                                         "more than 50% of the votes and no party appoints a "
                                         "majority of its board; the control tests find joint "
                                         "control by OpenAI and SoftBank Group under IFRS 11 "
                                         "(rests on DA-1, GA-2, GA-3, GA-4, GA-5, GA-6, GA-7, "
                                         "GA-12, MA-1, MA-11 and MA-12).\n"));
    CHECK(findings.find("No party controls Stargate") == std::string::npos);
    CHECK_THAT(findings,
               Catch::Contains("- Microsoft has a 10.80% look-through economic interest in "
                               "Stargate through OpenAI but controls nothing: OpenAI Foundation "
                               "appoints OpenAI's whole board (rests on MA-1, "
                               "MA-2, MA-11 and MA-13).\n"));
    CHECK_THAT(findings, Catch::Contains("- Arm Holdings plc is controlled by SoftBank Group: "
                                         "SoftBank Group holds 90.60% of Arm Holdings plc's "
                                         "votes (rests on MA-6).\n"));
}

TEST_CASE("Control report on Stargate: SoftBank's direct and indirect interest on 2026-03-31",
          "[report]") {
    const governance::Date day = year{2026} / 3 / 31;
    const auto report =
        render_control_report(control_facts(stargate(), day), context, "control.json");
    const auto figures = figures_on(day);
    CHECK(figures.softbank.direct == Rational(2, 5));
    // SoftBank's 2026 tranches give stake only when paid; its 11% is carried forward (MA-4).
    CHECK(figures.softbank.indirect == Rational(11, 250));  // 11% x 40% = 4.40%
    CHECK(figures.microsoft.total == Rational(27, 250));
    CHECK(figures.foundation.total == Rational(13, 125));
    const auto table = section(report, "## Look-through economic interest in Stargate");
    // From 2026-03-31 OpenAI Group's stakes are carved per MA-3.
    CHECK_THAT(table, Catch::Contains(row("SoftBank Group", figures.softbank, "OpenAI",
                                          "MA-1, MA-3 and MA-11")));
    CHECK_THAT(table, Catch::Contains("| SoftBank Group | 40.00% | 4.40% | 44.40% | OpenAI | "
                                      "MA-1, MA-3 and MA-11 |\n"));
    CHECK_THAT(table, Catch::Contains(row("Microsoft", figures.microsoft, "OpenAI",
                                          "MA-1, MA-2 and MA-11")));
    CHECK_THAT(table, Catch::Contains(row("OpenAI Foundation", figures.foundation, "OpenAI",
                                          "MA-1, MA-3 and MA-11")));
    const auto findings = section(report, "## Findings");
    CHECK_THAT(findings, Catch::Contains("- SoftBank Group has a 44.40% look-through economic "
                                         "interest in Stargate: 40.00% directly and 4.40% through "
                                         "OpenAI (rests on MA-1, MA-3 and MA-11).\n"));
    CHECK_THAT(findings,
               Catch::Contains("- Microsoft has a 10.80% look-through economic interest in "
                               "Stargate through OpenAI but controls nothing: OpenAI Foundation "
                               "appoints OpenAI's whole board (rests on MA-1, "
                               "MA-2, MA-3, MA-11 and MA-13).\n"));
    CHECK_THAT(findings, Catch::Contains("- No party has sole control of Stargate:"));
    CHECK_THAT(findings, Catch::Contains("; the control tests find joint control by OpenAI and "
                                         "SoftBank Group under IFRS 11 (rests on "));
    // Indirect power: the Foundation casts OpenAI's 40% (its board), Microsoft's 10.80% reaches
    // no vote; on the statutory majority SoftBank and the Foundation have 1/3 each (swings 2 of
    // 6 with Oracle and MGX 1 each).
    const auto power = section(report, "## Indirect voting power per matter");
    CHECK_THAT(power, Catch::Contains("| Microsoft | 10.80% | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"));
    CHECK_THAT(power,
               Catch::Contains("| OpenAI Foundation | 10.40% | 1/3 (0.3333) | 1/2 (0.5000) | "
                               "1/4 (0.2500) | 0 (0.0000) | 1/2 (0.5000) | 3/5 (0.6000) | "
                               "1/2 (0.5000) |\n"));
    CHECK_THAT(power,
               Catch::Contains("- Microsoft holds 10.80% of Stargate's economic interest through "
                               "OpenAI but has no indirect voting power on any matter: OpenAI "
                               "Foundation appoints OpenAI's whole board, so OpenAI Foundation "
                               "decides OpenAI's vote (rests on MA-1, MA-2, MA-3, MA-11 and "
                               "MA-13).\n"));
    CHECK_THAT(power, Catch::Contains("- SoftBank Group with 44.40% and OpenAI Foundation with "
                                      "10.40% of the economic interest in Stargate have the same "
                                      "normalised Banzhaf index on Matter 1 (\"Members' matters not "
                                      "otherwise covered (statutory fallback)\"): 1/3 (0.3333) "
                                      "(rests on DA-1, GA-2, GA-14, MA-1, MA-2, MA-3 and MA-11). "
                                      "Power follows votes and appointment rights, not value.\n"));
    // A party of kind "group" takes plural verbs.
    CHECK_THAT(power, Catch::Contains("- Other OpenAI holders (employees and investors) hold "
                                      "11.15% (exactly 2787/25000) of Stargate's economic interest "
                                      "through OpenAI but "
                                      "have no indirect voting power on any matter:"));
    CHECK_THAT(findings, Catch::Contains("- Other OpenAI holders (employees and investors) have a "
                                         "11.15% (exactly 2787/25000) look-through economic interest "
                                         "in Stargate "
                                         "through OpenAI but control nothing:"));
    CHECK_THAT(findings, Catch::Contains("- Other OpenAI holders (employees and investors) hold "
                                         "27.87% of OpenAI's economic interest but none of its votes "
                                         "(rests on MA-3).\n"));
}

}  // namespace jvgov::report

namespace jvgov::report {
namespace {

// Model text that markdown would read as markup or raw HTML: every name below must come out
// literal. Fund holds 70% of Holdco, which holds 60% of the JV; Pat holds the other 40%.
constexpr const char* hostile_toml = R"toml([model]
name = "Evil <script>alert(1)</script> JV"
entity = "jv"
as_of = 2025-06-30

[[sources]]
id = "s1"
title = "Launch"
url = "https://example.com/launch"

[[parties]]
id = "jv"
name = "Evil <script>alert(1)</script> JV"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "holdco"
name = "Star*Corp | Holdings"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "fund"
name = "_Fund_ `tick`"
kind = "fund"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "pat"
name = "Pat [x](y)"
kind = "person"
source = "s1"
confidence = "confirmed"

[[stakes]]
holder = "holdco"
issuer = "jv"
economic = "60%"
voting = "60%"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "pat"
issuer = "jv"
economic = "40%"
voting = "40%"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "fund"
issuer = "holdco"
economic = "70%"
voting = "70%"
source = "s1"
confidence = "reported"

[[bodies]]
id = "members"
name = "Members | <i>meeting</i>"
of = "jv"
kind = "members"
source = "s1"
confidence = "reported"

[[matters]]
id = "ordinary"
name = "Ordinary *decisions*"
body = "members"
rule = { more_than = "50%" }
default = true
source = "s1"
confidence = "reported"
)toml";

}  // namespace

TEST_CASE("Control report: model text is escaped, tables keep their columns", "[report]") {
    const auto loaded = load::load_model(hostile_toml, "hostile.toml");
    REQUIRE(loaded.model);
    const auto report = render_control_report(control_facts(*loaded.model, year{2025} / 6 / 30),
                                              context, "control.json");
    // No raw HTML anywhere (the mermaid labels have their own escaping).
    CHECK(report.find("<script>") == std::string::npos);
    CHECK(report.find("<i>") == std::string::npos);
    CHECK(report.find("# Ownership and control of Evil &lt;script>alert(1)&lt;/script> JV as of "
                      "2025-06-30\n") == 0);
    // In tables '|' is escaped too; elsewhere it stays.
    CHECK(report.find("| Star\\*Corp \\| Holdings | Evil &lt;script>alert(1)&lt;/script> JV | "
                      "60.00% | 60.00% |") != std::string::npos);
    CHECK(report.find("| \\_Fund\\_ \\`tick\\` | 0.00% | 42.00% | 42.00% | Star\\*Corp \\| "
                      "Holdings |") != std::string::npos);
    CHECK(report.find("| Pat \\[x\\](y) | 40.00% |") != std::string::npos);
    CHECK(report.find("- \\_Fund\\_ \\`tick\\` has a 42.00% look-through economic interest in "
                      "Evil &lt;script>alert(1)&lt;/script> JV through Star\\*Corp | Holdings; it "
                      "controls Star\\*Corp | Holdings (rests on reported facts, not "
                      "confirmed).") != std::string::npos);
    CHECK(report.find("- **Matter 1**: Ordinary \\*decisions\\* (Members | &lt;i>meeting&lt;/i>)") !=
          std::string::npos);
    CHECK(testing::check_tables(report) > 0);
}

}  // namespace jvgov::report
