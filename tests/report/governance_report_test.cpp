#include "model/report/governance_report.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "model/governance/registry.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;
using governance::Confidence;
using governance::Rational;

governance::Provenance from(std::string source, Confidence confidence,
                            std::string assumption = "") {
    governance::Provenance provenance;
    provenance.sources = {std::move(source)};
    provenance.confidence = confidence;
    if (!assumption.empty())
        provenance.assumptions = {std::move(assumption)};
    return provenance;
}

governance::Party party(std::string id, std::string name, governance::PartyKind kind,
                        std::vector<std::string> roles = {}) {
    governance::Party p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.kind = kind;
    p.roles = std::move(roles);
    p.provenance = from("s1", Confidence::confirmed);
    return p;
}

governance::Stake stake(std::string holder, std::string issuer, Rational economic,
                        Rational voting) {
    governance::Stake s;
    s.holder = std::move(holder);
    s.issuer = std::move(issuer);
    s.economic = economic;
    s.voting = voting;
    s.provenance = from("s1", Confidence::reported);
    return s;
}

// A two-owner JV: Alpha holds a third of the value but half the votes, Beta half of both (a
// sixth is unallocated); Alpha has an owner of its own; a three-seat board with a chair; two
// matters; one right that ends, one that starts later; two events, one after the model's date.
governance::Model test_model() {
    governance::Model model;
    model.info = {"Test JV", "jv", year{2025} / 1 / 22, "announced", "A test venture."};
    model.sources = {
        {"s1", "Launch | news", "Wire", year{2025} / 1 / 21, "https://example.com/a", "", ""},
        {"s2", "Later news", "Paper", std::nullopt, "https://example.com/b", "fr", ""}};
    model.assumptions = {{"GA-1", "Directors follow their appointer.", "Usual practice.",
                          from("s1", Confidence::assumption)}};
    model.claims = {{"C1", "Alpha and Beta set up the JV.", "s1"}, {"C2", "Unused claim.", "s2"}};
    governance::add_party(model, party("jv", "Test JV", governance::PartyKind::company));
    auto alpha_party =
        party("alpha", "Alpha", governance::PartyKind::company, {"equity-funder", "operator"});
    alpha_party.description = "Runs the JV.";
    alpha_party.provenance.note = "Also: s2.";
    governance::add_party(model, alpha_party);
    governance::add_party(
        model, party("beta", "Beta", governance::PartyKind::sovereign_fund, {"equity-funder"}));
    governance::add_party(model, party("fdn", "Foundation", governance::PartyKind::foundation));
    governance::add_party(model, party("ann", "Ann", governance::PartyKind::person, {"chair"}));

    auto alpha = stake("alpha", "jv", Rational{1, 3}, Rational{1, 2});
    alpha.committed = governance::Money{Rational{7'500'000'000}, "USD"};
    alpha.provenance.claims = {"C1"};
    alpha.period.from = year{2025} / 1 / 21;
    model.stakes.push_back(alpha);
    auto beta = stake("beta", "jv", Rational{1, 2}, Rational{1, 2});
    beta.committed = governance::Money{Rational{19'000'000'000}, "USD"};
    beta.provenance.note = "Reported | not confirmed.";
    model.stakes.push_back(beta);
    model.stakes.push_back(stake("fdn", "alpha", Rational{1}, Rational{1}));

    governance::Body board;
    board.id = "board";
    board.name = "Board";
    board.of = "jv";
    board.kind = governance::BodyKind::board;
    board.seats = {{"alpha", 2, {"ann"}, from("s1", Confidence::assumption, "GA-1")},
                   {"beta", 1, {}, from("s1", Confidence::assumption, "GA-1")}};
    board.chair = "ann";
    board.casting_vote = true;
    board.quorum.present =
        governance::Threshold{governance::Threshold::Kind::at_least, Rational{2, 3}};
    board.quorum.required_present = {"alpha", "beta"};
    board.provenance = from("s1", Confidence::reported);
    model.bodies.push_back(board);

    governance::Matter ordinary;
    ordinary.id = "ordinary";
    ordinary.name = "Ordinary";
    ordinary.body = "board";
    ordinary.is_default = true;
    ordinary.provenance = from("s1", Confidence::assumption, "GA-1");
    model.matters.push_back(ordinary);
    governance::Matter reserved;
    reserved.id = "reserved";
    reserved.name = "Reserved";
    reserved.body = "board";
    reserved.rule.threshold = {governance::Threshold::Kind::unanimity, Rational{1}};
    reserved.rule.count =
        governance::Threshold{governance::Threshold::Kind::more_than, Rational{1, 2}};
    reserved.rule.consent = {"beta"};
    reserved.rule.excluded = {"alpha"};
    reserved.examples = {"sale", "new | shares"};
    reserved.description = "Needs everyone.";
    reserved.provenance = from("s2", Confidence::assumption, "GA-1");
    model.matters.push_back(reserved);

    governance::Right rofr;
    rofr.id = "rofr";
    rofr.kind = governance::RightKind::right_of_first_refusal;
    rofr.holders = {"beta"};
    rofr.counterparties = {"jv"};
    rofr.scope = "new capacity";
    rofr.period.until = year{2025} / 6 / 1;
    rofr.end_condition = "AGI declared";
    rofr.provenance = from("s1", Confidence::reported);
    model.rights.push_back(rofr);
    governance::Right ops;
    ops.id = "ops";
    ops.kind = governance::RightKind::operational_control;
    ops.holders = {"alpha"};
    ops.scope = "operations";
    ops.period.from = year{2025} / 6 / 1;
    ops.provenance = from("s2", Confidence::derived);
    model.rights.push_back(ops);

    governance::Event launch;
    launch.id = "launch";
    launch.date = year{2025} / 1 / 21;
    launch.text = "Launched: at the White House; $500bn #1";
    launch.status = "announced";
    launch.parties = {"alpha", "beta"};
    launch.provenance = from("s1", Confidence::confirmed);
    model.events.push_back(launch);
    governance::Event shelved;
    shelved.id = "shelved";
    shelved.date = year{2026} / 2 / 1;
    shelved.text = "Reported shelved.";
    shelved.status = "shelved";
    shelved.provenance = from("s2", Confidence::reported);
    model.events.push_back(shelved);
    return model;
}

const ReportContext context{"data/test.toml", "jvgov 0.1.0", {}};

// The text of the "## <title...>" section: from its heading to the line before the next "## "
// heading (or the end), ending in one newline.
std::string section(const std::string& report, const std::string& heading_start) {
    const auto start = report.find("\n## " + heading_start);
    if (start == std::string::npos)
        return "(no section '" + heading_start + "')";
    const auto end = report.find("\n\n## ", start + 1);
    return report.substr(start + 1, end == std::string::npos ? std::string::npos : end - start);
}

// Expected sections, checked line by line against the test model: Alpha's third and Beta's
// half leave 1/6 unallocated; $7.5 billion + $19 billion = $26.5 billion committed.
const std::string expected_title_2025 = R"md(# Governance of Test JV as of 2025-01-22

- Model file: `data/test.toml`
- As of: 2025-01-22 (the model's own date)
- Status on that date: announced
- Generated by: jvgov 0.1.0
)md";

const std::string expected_overview_2025 = R"md(## Overview

A test venture.

- Name: Test JV (entity `jv`)
- Status on 2025-01-22: announced (since 2025-01-21: Launched: at the White House; $500bn #1)
- Total committed capital on 2025-01-22 (derived: the sum of the commitments the stakes state): $26.5 billion (2 of the 2 stakes in force state a commitment)
)md";

const std::string expected_parties_2025 = R"md(## Parties and roles

| Party | Id | Kind | Roles | Period | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- | :--- |
| Test JV | `jv` | company | — | — | [s1](https://example.com/a) (confirmed) |
| Alpha | `alpha` | company | equity-funder, operator | — | [s1](https://example.com/a) (confirmed) |
| Beta | `beta` | sovereign fund | equity-funder | — | [s1](https://example.com/a) (confirmed) |
| Foundation | `fdn` | foundation | — | — | [s1](https://example.com/a) (confirmed) |
| Ann | `ann` | person | chair | — | [s1](https://example.com/a) (confirmed) |

Table as CSV: [parties-and-roles.csv](governance-tables/parties-and-roles.csv)

Notes:

- **Alpha**: Runs the JV. (note: Also: [s2](https://example.com/b).)
)md";

const std::string expected_ownership_2025 = R"md(## Ownership of Test JV

| Holder | Economic | Voting | Committed | Source (confidence) |
| :--- | ---: | ---: | ---: | :--- |
| Alpha | 33.33% (exactly 1/3) | 50.00% | $7.5 billion | [s1](https://example.com/a) (reported) |
| Beta | 50.00% | 50.00% | $19 billion | [s1](https://example.com/a) (reported) |
| Unallocated (held by no party in the model) | 16.67% (exactly 1/6) | 0.00% | — | — |

Table as CSV: [ownership-of-test-jv.csv](governance-tables/ownership-of-test-jv.csv)

Notes:

- **Beta**: Reported | not confirmed.

### Stakes in the owners and partners

| Holder | In | Economic | Voting | Period | Source (confidence) |
| :--- | :--- | ---: | ---: | :--- | :--- |
| Foundation | Alpha | 100.00% | 100.00% | — | [s1](https://example.com/a) (reported) |

Table as CSV: [stakes-in-the-owners-and-partners.csv](governance-tables/stakes-in-the-owners-and-partners.csv)

### Ownership diagram

Stakes in force on 2025-01-22. Each arrow points from the holder to the company it holds a stake in, labelled with the economic and the voting interest; Test JV has a thick border.

```mermaid
flowchart TD
    P_jv["Test JV"]
    P_alpha["Alpha"]
    P_beta["Beta"]
    P_fdn["Foundation"]
    P_alpha -->|"33.33% econ. / 50.00% votes"| P_jv
    P_beta -->|"50.00% econ. / 50.00% votes"| P_jv
    P_fdn -->|"100.00% econ. / 100.00% votes"| P_alpha
    style P_jv stroke-width:3px
```
)md";

const std::string expected_bodies_2025 = R"md(## Decision bodies

### Board (`board`)

- Body of: Test JV
- Kind: board, one vote per director; 3 seats in total
- Chair: Ann, appointed by Alpha
- Casting vote: yes, the chair's vote breaks a tie
- Directors vote as a bloc with their appointer: no, each director votes individually
- Quorum: at least 2/3 (66.67%) of the seats present; a director appointed by each of Alpha and Beta present
- Confidence: reported; source: [s1](https://example.com/a)

| Appointed by | Seats | Named directors | Source (confidence) |
| :--- | ---: | :--- | :--- |
| Alpha | 2 | Ann | [s1](https://example.com/a) (assumption [GA-1](#assumptions)) |
| Beta | 1 | — | [s1](https://example.com/a) (assumption [GA-1](#assumptions)) |

Table as CSV: [board-board.csv](governance-tables/board-board.csv)
)md";

const std::string expected_rules_2025 = R"md(## Decision rules

Each matter names the class of decisions it covers and the rule that passes them. The default rule applies to every decision of the body that no other matter covers.

### Board

| Matter | Passes with | Consent required from | Excluded from voting | Examples | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- | :--- |
| Ordinary (`ordinary`), **default rule**, category: untagged (counts as relevant) | more than 50% of the directors' votes (one per seat) | — | — | — | [s1](https://example.com/a) (assumption [GA-1](#assumptions)) |
| Reserved (`reserved`), category: untagged (counts as relevant) | unanimity of the directors' votes (one per seat), and more than 50% of the directors by head (double majority) | Beta | Alpha | sale; new \| shares | [s2](https://example.com/b) (assumption [GA-1](#assumptions)) |

Table as CSV: [board.csv](governance-tables/board.csv)

Notes:

- **Reserved**: Needs everyone.
)md";

const std::string expected_rights_2025 = R"md(## Rights and agreements

### In force on 2025-01-22

| Right (kind) | Holder | Counterparty | In force | Part of | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- | :--- |
| `rofr` (right-of-first-refusal) | Beta | Test JV | until 2025-06-01 | — | [s1](https://example.com/a) (reported) |

Table as CSV: [in-force-on-2025-01-22.csv](governance-tables/in-force-on-2025-01-22.csv)

Notes:

- **`rofr`**: new capacity. Ends: AGI declared

### Already ended by 2025-01-22

None.

### Agreement versions

None.
)md";

const std::string expected_timeline_2025 = R"md(## Timeline

Every dated event in the model up to 2025-01-22, by year (the diagram shortens long texts; the table below has them in full, with sources).

```mermaid
timeline
    title Test JV timeline
    section Up to 2025-01-22
        2025 : Jan 21 — Launched꞉ at the White House, $500bn ＃1
```

| Date | Event | Status from then | Parties | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- |
| 2025-01-21 | Launched: at the White House; $500bn #1 | announced | Alpha, Beta | [s1](https://example.com/a) (confirmed) |

Table as CSV: [timeline.csv](governance-tables/timeline.csv)

1 later event (after 2025-01-22) is not shown: this report describes the state on 2025-01-22.
)md";

const std::string expected_claims_2025 = R"md(## Claims of the source articles

The claims of the articles this model was built from, and the records that represent each of them.

| Claim | Text | Source | Represented by |
| :--- | :--- | :--- | :--- |
| C1 | Alpha and Beta set up the JV. | [s1](https://example.com/a) | stake `alpha` in `jv` (from 2025-01-21) |
| C2 | Unused claim. | [s2](https://example.com/b) | **not represented** |

Table as CSV: [claims-of-the-source-articles.csv](governance-tables/claims-of-the-source-articles.csv)
)md";

const std::string expected_assumptions_2025 = R"md(## Assumptions

| Id | Assumption | Rationale and sources | Used by |
| :--- | :--- | :--- | :--- |
| GA-1 | Directors follow their appointer. | Usual practice. Source: [s1](https://example.com/a) | seats of `board` (`alpha`), seats of `board` (`beta`), matter `ordinary`, matter `reserved` |

Table as CSV: [assumptions.csv](governance-tables/assumptions.csv)
)md";

const std::string expected_sources_2025 = R"md(## Sources

| Id | Title | Publisher | Date | Language |
| :--- | :--- | :--- | :--- | :--- |
| s1 | [Launch \| news](https://example.com/a) | Wire | 2025-01-21 | en |
| s2 | [Later news](https://example.com/b) | Paper | — | fr |

Table as CSV: [sources.csv](governance-tables/sources.csv)
)md";

const std::string expected_overview_2026 = R"md(## Overview

A test venture.

- Name: Test JV (entity `jv`)
- Status on 2026-02-01: shelved (since 2026-02-01: Reported shelved.)
- Total committed capital on 2026-02-01 (derived: the sum of the commitments the stakes state): $26.5 billion (2 of the 2 stakes in force state a commitment)

### What changed since 2025-01-22

Between the model's own date (2025-01-22) and 2026-02-01: the recorded events, and the stakes, agreement versions, rights and parties that started or ended, by date.

- 2025-06-01: Right `rofr` (right-of-first-refusal of Beta) ends. ([s1](https://example.com/a))
- 2025-06-01: Right `ops` (operational-control of Alpha) starts. ([s2](https://example.com/b))
- 2026-02-01: Reported shelved. Status becomes: shelved. ([s2](https://example.com/b))
)md";

const std::string expected_rights_2026 = R"md(## Rights and agreements

### In force on 2026-02-01

| Right (kind) | Holder | Counterparty | In force | Part of | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- | :--- |
| `ops` (operational-control) | Alpha | — | from 2025-06-01 | — | [s2](https://example.com/b) (derived) |

Table as CSV: [in-force-on-2026-02-01.csv](governance-tables/in-force-on-2026-02-01.csv)

Notes:

- **`ops`**: operations

### Already ended by 2026-02-01

| Right (kind) | Holder | Counterparty | In force | Part of | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- | :--- |
| `rofr` (right-of-first-refusal) | Beta | Test JV | until 2025-06-01 | — | [s1](https://example.com/a) (reported) |

Table as CSV: [already-ended-by-2026-02-01.csv](governance-tables/already-ended-by-2026-02-01.csv)

Notes:

- **`rofr`**: new capacity. Ends: AGI declared

### Agreement versions

None.
)md";

const std::string expected_timeline_2026 = R"md(## Timeline

Every dated event in the model up to 2026-02-01, by year (the diagram shortens long texts; the table below has them in full, with sources).

```mermaid
timeline
    title Test JV timeline
    section Up to 2026-02-01
        2025 : Jan 21 — Launched꞉ at the White House, $500bn ＃1
        2026 : Feb 1 — Reported shelved.
```

| Date | Event | Status from then | Parties | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- |
| 2025-01-21 | Launched: at the White House; $500bn #1 | announced | Alpha, Beta | [s1](https://example.com/a) (confirmed) |
| 2026-02-01 | Reported shelved. | shelved | — | [s2](https://example.com/b) (reported) |

Table as CSV: [timeline.csv](governance-tables/timeline.csv)
)md";

const std::string expected_empty_report = R"md(
## Overview

- Name: Empty (entity `e`)
- Status on 2025-01-01: not stated
- Total committed capital on 2025-01-01: none reported

## Parties and roles

| Party | Id | Kind | Roles | Period | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- | :--- |
| Empty Co | `e` | company | — | — | — |

Table as CSV: [parties-and-roles.csv](governance-tables/parties-and-roles.csv)

## Ownership of Empty Co

| Holder | Economic | Voting | Committed | Source (confidence) |
| :--- | ---: | ---: | ---: | :--- |
| Unallocated (held by no party in the model) | 100.00% | 100.00% | — | — |

Table as CSV: [ownership-of-empty-co.csv](governance-tables/ownership-of-empty-co.csv)

### Ownership diagram

Stakes in force on 2025-01-01. Each arrow points from the holder to the company it holds a stake in, labelled with the economic and the voting interest; Empty Co has a thick border.

```mermaid
flowchart TD
    P_e["Empty Co"]
    style P_e stroke-width:3px
```

## Decision bodies

None in the model.

## Decision rules

Each matter names the class of decisions it covers and the rule that passes them. The default rule applies to every decision of the body that no other matter covers.

None in the model.

## Rights and agreements

### In force on 2025-01-01

None.

### Already ended by 2025-01-01

None.

### Agreement versions

None.

## Timeline

No dated events up to 2025-01-01.

## Claims of the source articles

The claims of the articles this model was built from, and the records that represent each of them.

None declared.

## Assumptions

None.

## Sources

None.

## Glossary

The terms of this report, in plain words.

- **Economic interest**: a holder's share of the profits and value of a company.
- **Voting interest**: a holder's share of the votes in a company's members' or shareholders' meeting.
)md";

const auto report_2025 = [] {
    return render_governance_report(analysis::governance_facts(test_model(), year{2025} / 1 / 22),
                                    context);
};
const auto report_2026 = [] {
    return render_governance_report(analysis::governance_facts(test_model(), year{2026} / 2 / 1),
                                    context);
};

TEST_CASE("governance report: title, metadata and reading note", "[report]") {
    const auto report = report_2025();
    CHECK(report.substr(0, expected_title_2025.size()) == expected_title_2025);
    CHECK(report.find("> **How to read this report.** It describes the joint venture as it stood "
                      "on 2025-01-22") != std::string::npos);
    const ReportContext with_related{
        "data/test.toml", "jvgov 0.1.0", {{"governance-latest.md", "the later state"}}};
    CHECK(render_governance_report(analysis::governance_facts(test_model(), year{2025} / 1 / 22),
                                   with_related)
              .find("\n- See also: [governance-latest.md](governance-latest.md), the later "
                    "state\n") != std::string::npos);
}

TEST_CASE("governance report sections as of the model's date", "[report]") {
    const auto report = report_2025();
    CHECK(section(report, "Overview") == expected_overview_2025);
    CHECK(section(report, "Parties and roles") == expected_parties_2025);
    CHECK(section(report, "Ownership of") == expected_ownership_2025);
    CHECK(section(report, "Decision bodies") == expected_bodies_2025);
    CHECK(section(report, "Decision rules") == expected_rules_2025);
    CHECK(section(report, "Rights and agreements") == expected_rights_2025);
    CHECK(section(report, "Timeline") == expected_timeline_2025);
    CHECK(section(report, "Claims of the source articles") == expected_claims_2025);
    CHECK(section(report, "Assumptions") == expected_assumptions_2025);
    CHECK(section(report, "Sources") == expected_sources_2025);
}

TEST_CASE("governance report as of a later date: changes, rights and timeline move", "[report]") {
    const auto report = report_2026();
    CHECK(report.substr(0, 44) == "# Governance of Test JV as of 2026-02-01\n\n- ");
    CHECK(section(report, "Overview") == expected_overview_2026);
    CHECK(section(report, "Rights and agreements") == expected_rights_2026);
    CHECK(section(report, "Timeline") == expected_timeline_2026);
}

// A model with nothing but its entity: every section still appears, saying what is missing.
governance::Model empty_model() {
    governance::Model model;
    model.info = {"Empty", "e", year{2025} / 1 / 1, "", ""};
    auto entity = party("e", "Empty Co", governance::PartyKind::company);
    entity.provenance = {};
    governance::add_party(model, entity);
    return model;
}

TEST_CASE("governance report of a model with nothing but its entity", "[report]") {
    const ReportContext bare{"e.toml", "jvgov 0.1.0", {}};
    const auto report = render_governance_report(
        analysis::governance_facts(empty_model(), year{2025} / 1 / 1), bare);
    CHECK(report.substr(report.find("\n## Overview")) == expected_empty_report);
}

TEST_CASE("governance report files: the markdown, then every table as CSV", "[report]") {
    const auto files = render_governance_files(
        analysis::governance_facts(test_model(), year{2025} / 1 / 22), context, "out/governance");
    REQUIRE(files.size() > 1);
    CHECK(files[0].path == "out/governance.md");
    CHECK(files[0].contents == report_2025());
    std::size_t links = 0;
    for (auto at = files[0].contents.find("\nTable as CSV: "); at != std::string::npos;
         at = files[0].contents.find("\nTable as CSV: ", at + 1))
        ++links;
    CHECK(files.size() == links + 1);
    CHECK(files[1].path == "out/governance-tables/parties-and-roles.csv");
    CHECK(files[1].contents ==
          "Party,Id,Kind,Roles,Period,Source (confidence)\r\n"
          "Test JV,jv,company,,,s1 (confirmed)\r\n"
          "Alpha,alpha,company,\"equity-funder, operator\",,s1 (confirmed)\r\n"
          "Beta,beta,sovereign fund,equity-funder,,s1 (confirmed)\r\n"
          "Foundation,fdn,foundation,,,s1 (confirmed)\r\n"
          "Ann,ann,person,chair,,s1 (confirmed)\r\n");
}

TEST_CASE("governance report is deterministic and clean markdown text", "[report]") {
    const auto report = report_2025();
    CHECK(report == report_2025());
    CHECK(report.back() == '\n');
    CHECK(report.find("\n\n\n") == std::string::npos);
    CHECK(report.find(" \n") == std::string::npos);
    CHECK(report.find('\t') == std::string::npos);
}

TEST_CASE("governance report changes when a stake changes", "[report]") {
    auto model = test_model();
    auto& by_order = model.stakes.get<governance::by_order>();
    auto alpha = by_order.front();
    alpha.economic = Rational{1, 4};
    by_order.replace(by_order.begin(), alpha);
    const auto ownership = section(
        render_governance_report(analysis::governance_facts(model, year{2025} / 1 / 22), context),
        "Ownership of");
    CHECK(ownership != expected_ownership_2025);
    CHECK(ownership.find("| Alpha | 25.00% | 50.00% | $7.5 billion |") != std::string::npos);
    CHECK(ownership.find("| Unallocated (held by no party in the model) | 25.00% | 0.00% |") !=
          std::string::npos);
    CHECK(ownership.find("P_alpha -->|\"25.00% econ. / 50.00% votes\"| P_jv") != std::string::npos);
}

// Paid-in capital: a line in the overview and a column of the ownership table, only when a stake
// states it; a source and an event known only to their month read "June 2025".
TEST_CASE("governance report: paid-in capital, and dates known only to the month", "[report]") {
    auto model = test_model();
    auto& by_order = model.stakes.get<governance::by_order>();
    auto alpha = by_order.front();
    alpha.paid_in = governance::Money{Rational{0}, "USD"};
    by_order.replace(by_order.begin(), alpha);
    model.sources.back().date = year{2025} / 6 / 1;
    model.sources.back().date_precision = governance::DatePrecision::month;
    governance::Event talks;
    talks.id = "talks";
    talks.date = year{2025} / 6 / 1;
    talks.precision = governance::DatePrecision::month;
    talks.text = "Talks stall.";
    talks.provenance = from("s2", Confidence::reported);
    model.events.insert(model.events.begin() + 1, talks);

    const auto report =
        render_governance_report(analysis::governance_facts(model, year{2025} / 6 / 29), context);
    // Alpha states $0 paid in; Beta states nothing: 1 of the 2 stakes in force.
    CHECK(section(report, "Overview")
              .find("\n- Paid-in capital on 2025-06-29: $0 (1 of the 2 stakes in force state "
                    "it)\n") != std::string::npos);
    const auto ownership = section(report, "Ownership of");
    CHECK(ownership.find("| Holder | Economic | Voting | Committed | Paid in | Source "
                         "(confidence) |") != std::string::npos);
    CHECK(ownership.find("| Alpha | 33.33% (exactly 1/3) | 50.00% | $7.5 billion | $0 |") !=
          std::string::npos);
    CHECK(ownership.find("| Beta | 50.00% | 50.00% | $19 billion | — |") != std::string::npos);
    // On 2025-06-29 June is not over, so the event of "June 2025" may not have happened yet: it
    // is after the day, left out of the timeline with the 2026 event. The timeline and the
    // sources write the month, never a day.
    const auto timeline = section(report, "Timeline");
    CHECK(timeline.find("Talks stall.") == std::string::npos);
    CHECK(timeline.find("\n2 later events (after 2025-06-29) are not shown: this report describes "
                        "the state on 2025-06-29.\n") != std::string::npos);
    CHECK(section(report, "Sources").find("| [Later news](https://example.com/b) | Paper | June 2025 |") !=
          std::string::npos);
    CHECK(section(report, "Overview").find("Talks stall.") == std::string::npos);
    // On the month's last day it has happened: on or before the day, and among the changes.
    const auto june_30 =
        render_governance_report(analysis::governance_facts(model, year{2025} / 6 / 30), context);
    CHECK(section(june_30, "Timeline").find("| June 2025 | Talks stall. | — | — | [s2](https://example.com/b) (reported) |") !=
          std::string::npos);
    CHECK(section(june_30, "Timeline").find(": Jun — Talks stall.") != std::string::npos);
    CHECK(section(june_30, "Overview").find("\n- June 2025: Talks stall. ([s2](https://example.com/b))\n") !=
          std::string::npos);
    // Without any stated paid-in capital, neither the line nor the column appears.
    CHECK(report_2025().find("Paid-in capital") == std::string::npos);
    CHECK(report_2025().find("| Paid in |") == std::string::npos);
}

}  // namespace
}  // namespace jvgov::report
