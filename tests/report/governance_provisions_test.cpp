// The governance report's typed joint-venture provisions and committed capital per currency,
// on the 50/50 joint venture of tests/load/valid/jv-provisions.toml (a Russian-roulette
// deadlock clause, an escalation clause, a mutual right of first refusal, a lock-up, a
// drag-along, a put option; EUR and USD commitments and one EUR->USD rate).
#include <string>

#include <catch2/catch.hpp>

#include "model/analysis/governance.hpp"
#include "model/load/loader.hpp"
#include "model/report/governance_report.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;

governance::Model duo() {
    auto loaded = load::load_model_file(std::string(JVGOV_SOURCE_DIR) +
                                        "/tests/load/valid/jv-provisions.toml");
    REQUIRE(loaded.model);
    return *loaded.model;
}

std::string report_of(const governance::Model& model, year_month_day day) {
    const ReportContext context{"duo.toml", "jvgov 0.1.0", {}};
    return render_governance_report(analysis::governance_facts(model, day), context);
}

std::string section(const std::string& report, const std::string& heading_start) {
    const auto start = report.find("\n## " + heading_start);
    if (start == std::string::npos)
        return "(no section '" + heading_start + "')";
    const auto end = report.find("\n\n## ", start + 1);
    return report.substr(start + 1, end == std::string::npos ? std::string::npos : end - start);
}

const std::string expected_provisions = R"md(## Deadlock devices and transfer restrictions

Joint-venture owners agree in advance what happens when they cannot agree (*deadlock devices*) and when they may sell their stakes or buy more (*transfer restrictions*). This section lists those the model records between the owners of Duo JV: what sets each off, what happens, who holds it and when it applies. Those not in force on 2025-03-01 are listed too, and marked. A right held by several owners ("each against the other") is mutual.

### Deadlock devices

A deadlock is a decision that cannot pass because the owners, or the directors they appoint, are split. Each device says when a deadlock arises and how it ends.

| Right | Trigger | What happens | Who | Dates | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- | :--- |
| `roulette` | After 2 failed votes on any of: Annual budget, Business plan. | Buy-sell (Russian roulette): one owner names a price; the other must either buy the first owner's stake or sell its own at that price. Alpha SE and Beta Inc. may each start it. Price: the price named by the owner who triggers it. | Alpha SE and Beta Inc., each against the other | from 2025-01-21; in force on 2025-03-01 | [agreement](https://example.com/duo/agreement), [press](https://example.com/duo/press) (reported) |
| `escalation` | After one failed vote on Ordinary business. | The matter goes to Alpha's chief executive and Beta's chief executive, who try to settle it. | Alpha SE and Beta Inc., each against the other | from 2025-01-21; in force on 2025-03-01 | [agreement](https://example.com/duo/agreement) (reported) |

Table as CSV: [deadlock-devices.csv](governance-tables/deadlock-devices.csv)

Notes:

- **`roulette`**: Deadlock on the budget or the business plan.
- **`escalation`**: Deadlock on ordinary business.

### Transfer restrictions and options

Each of these limits who may sell or buy a stake, when, and on what terms, or gives an owner the option to sell or buy one.

| Right | Kind | What it means | Who | Dates | Source (confidence) |
| :--- | :--- | :--- | :--- | :--- | :--- |
| `mutual-rofr` | Right of first refusal | Before selling to someone else, the seller must offer the holders the same terms; they may match them. | Alpha SE and Beta Inc., each against the other | from 2025-01-21; in force on 2025-03-01 | [agreement](https://example.com/duo/agreement) (reported) |
| `lock-up` | Lock-up | No owner bound by it may sell its stake before 2028-01-21. | Alpha SE and Beta Inc., each against the other | from 2025-01-21 until 2028-01-21; in force on 2025-03-01 | [agreement](https://example.com/duo/agreement) (reported) |
| `drag` | Drag-along | If the holders sell, they can force the other owners to sell to the same buyer on the same terms. It applies when owners of at least 75.00% of the shares agree to the sale. | Alpha SE, against Beta Inc. | from 2025-01-21; in force on 2025-03-01 | assumption [GA-2](#assumptions) |
| `beta-put` | Put option | The holders may require the other side to buy their stake. Price: fair market value set by an independent expert. | Beta Inc., against Alpha SE | from 2030-01-01; not yet in force on 2025-03-01 | [agreement](https://example.com/duo/agreement) (reported) |

Table as CSV: [transfer-restrictions-and-options.csv](governance-tables/transfer-restrictions-and-options.csv)

Notes:

- **`mutual-rofr`**: Shares in Duo offered to a third party.
- **`lock-up`**: No sale of Duo shares in the first three years.
- **`drag`**: A sale of the whole of Duo.
- **`beta-put`**: Beta's whole stake.
)md";

TEST_CASE("governance report: deadlock devices and transfer restrictions, typed", "[report]") {
    const auto model = duo();
    const auto report = report_of(model, year{2025} / 3 / 1);
    CHECK(section(report, "Deadlock devices") == expected_provisions);
    // The supplier's right of first refusal is not a provision between the owners: it stays in
    // the rights table only.
    CHECK(expected_provisions.find("gamma-rofr") == std::string::npos);
    CHECK(section(report, "Rights and agreements").find("`gamma-rofr`") != std::string::npos);
    // The section comes after the decision rules and before the rights.
    CHECK(report.find("\n## Decision rules") < report.find("\n## Deadlock devices"));
    CHECK(report.find("\n## Deadlock devices") < report.find("\n## Rights and agreements"));
    // Tables of at most 6 columns.
    CHECK(expected_provisions.find("| :--- | :--- | :--- | :--- | :--- | :--- |\n") !=
          std::string::npos);
    CHECK(expected_provisions.find("| :--- | :--- | :--- | :--- | :--- | :--- | :--- | :---") ==
          std::string::npos);
}

TEST_CASE("governance report: mutual holders and every source and assumption are listed",
          "[report]") {
    const auto report = report_of(duo(), year{2025} / 3 / 1);
    const auto rights = section(report, "Rights and agreements");
    CHECK(rights.find("| `mutual-rofr` (right-of-first-refusal) | Alpha SE, Beta Inc. | — |") !=
          std::string::npos);
    CHECK(section(report, "Decision bodies")
              .find("- Confidence: assumption [GA-1](#assumptions), "
                    "[GA-2](#assumptions); source: not stated\n") != std::string::npos);
    CHECK(section(report, "Ownership of")
              .find("| Alpha SE | 50.00% | 50.00% | EUR 500 million | "
                    "[agreement](https://example.com/duo/agreement), "
                    "[press](https://example.com/duo/press) (reported) |") !=
          std::string::npos);
    CHECK(section(report, "Assumptions")
              .find("| Each owner appoints two directors. | Equal owners usually appoint equal "
                    "numbers of directors. Source: [press](https://example.com/duo/press) | body "
                    "`board` |") !=
          std::string::npos);
    CHECK(section(report, "Assumptions")
              .find(" Sources: [press](https://example.com/duo/press), "
                    "[agreement](https://example.com/duo/agreement) | body `board`, right `drag` "
                    "|") != std::string::npos);
}

TEST_CASE("governance report: committed capital per currency, converted only at a stated rate",
          "[report]") {
    auto model = duo();
    // EUR 500 million x 1.08 + $540 million = $540 million + $540 million = $1.08 billion.
    CHECK(section(report_of(model, year{2025} / 3 / 1), "Overview")
              .find("- Total committed capital on 2025-03-01 (derived: the sum of the commitments the "
                    "stakes state): EUR 500 million and $540 million "
                    "(2 of the 2 stakes in force state a commitment); converted into USD at the "
                    "stated rate of 1 EUR = 1.08 USD on 2025-01-02 "
                    "([ecb-rates](https://example.com/rates)): $1.08 billion in all\n") !=
          std::string::npos);
    model.exchange_rates.clear();
    CHECK(section(report_of(model, year{2025} / 3 / 1), "Overview")
              .find("- Total committed capital on 2025-03-01 (derived: the sum of the commitments the "
                    "stakes state): EUR 500 million and $540 million, "
                    "not added up: the model states no exchange rate between these currencies "
                    "(2 of the 2 stakes in force state a commitment)\n") != std::string::npos);
}

TEST_CASE("governance report: no provisions section when the owners hold none", "[report]") {
    auto model = duo();
    std::erase_if(model.rights,
                  [](const governance::Right& right) { return right.id != "gamma-rofr"; });
    const auto report = report_of(model, year{2025} / 3 / 1);
    CHECK(report.find("Deadlock devices") == std::string::npos);
    CHECK(report.find("`gamma-rofr`") != std::string::npos);
}

}  // namespace
}  // namespace jvgov::report
