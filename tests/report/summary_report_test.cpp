// The one-page summary (report/summary_report.hpp) of the default model: the answer first, under
// about 800 words, and the status notice and "what changed" of the later edition.
#include "model/report/summary_report.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "model/analysis/control.hpp"
#include "model/analysis/summary.hpp"
#include "model/analysis/voting_power.hpp"
#include "model/load/loader.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;

const governance::Model& stargate() {
    static const governance::Model model = [] {
        const auto loaded =
            load::load_model_file(std::string(JVGOV_SOURCE_DIR) + "/data/stargate.toml");
        REQUIRE(loaded.model);
        return *loaded.model;
    }();
    return model;
}

// The words a reader reads: link targets and markup left out; "GA-3" and "2025-01-22" are one
// word each.
int words(const std::string& markdown) {
    std::string text;
    for (std::size_t i = 0; i < markdown.size(); ++i) {
        if (markdown.compare(i, 2, "](") == 0) {  // skip a link's target
            i = markdown.find(')', i);
            text += ' ';
            continue;
        }
        const char c = markdown[i];
        text += std::string_view{"|*#>[]`"}.find(c) == std::string_view::npos ? c : ' ';
    }
    std::istringstream in{text};
    int count = 0;
    for (std::string word; in >> word;)  // a word has a letter or digit ("-", "→" do not count)
        if (std::any_of(word.begin(), word.end(),
                        [](unsigned char c) { return std::isalnum(c) != 0; }))
            ++count;
    return count;
}

std::string summary_on(governance::Date day, std::optional<governance::Date> since) {
    const auto power = analysis::analyse_voting_power(stargate(), day);
    const auto control = analysis::control_facts(stargate(), day);
    std::optional<analysis::Changes> changes;
    if (since)
        changes = analysis::changes_between(analysis::analyse_voting_power(stargate(), *since),
                                            analysis::control_facts(stargate(), *since), power,
                                            control);
    return render_summary(analysis::summary_facts(power, control, changes),
                          {"data/stargate.toml", "jvgov test", {}});
}

// About a page: under 800 words; the latest edition has one section more, "What changed since"
// the first edition (about 100 words), and gets 850.
TEST_CASE("Stargate's summary answers first, in under 800 words (850 with what changed)",
          "[report][summary]") {
    const auto first = summary_on(year{2025} / 1 / 22, std::nullopt);
    const auto latest = summary_on(year{2026} / 7 / 1, governance::Date{year{2025} / 1 / 22});
    CHECK(words(first) < 800);
    CHECK(words(latest) < 850);
    for (const auto* text : {&first, &latest}) {
        const auto status = text->find("## Status");
        const auto control = text->find("## Who controls it");
        const auto matrix = text->find("## Who decides what");
        const auto rests = text->find("## What it rests on");
        CHECK(status < control);
        CHECK(control < matrix);
        CHECK(matrix < rests);
        CHECK(rests != std::string::npos);
        // Not in force on either date (announced, then shelved): the banner of the other
        // reports opens the status, and the answer is conditional, not a present-tense fact.
        CHECK_THAT(*text, Catch::Contains("## Status\n\n> **As announced, not in force.** Status: "));
        CHECK_THAT(*text, Catch::Contains(
                              "Not in force on this date; under the announced stakes and the "
                              "assumed rules (below), **OpenAI and SoftBank Group would have "
                              "joint control**, by [IFRS 11 paras 7-9"));
        CHECK(text->find("**Joint control by") == std::string::npos);
        // Operational control (the operational-control rights) stated beside it, not confused
        // with control of the strategic decisions.
        CHECK_THAT(*text, Catch::Contains(
                              "**Operational (day-to-day) control, as announced**: OpenAI "
                              "(confirmed: [newstodaynet-2025-01-23]("));
        CHECK_THAT(*text, Catch::Contains("; reported: [reuters-dawn-2025-01-22]("));
        CHECK_THAT(*text, Catch::Contains(
                              ". Day-to-day management is not control in the sense of the tests "
                              "above (who takes the strategic decisions: budget, business plan, "
                              "senior management)."));
        CHECK_THAT(*text, Catch::Contains("| Ordinary board decisions | relevant | "
                                          "**veto** · 5/14 | **veto** · 5/14 | 1/7 | 1/7 |"));
        CHECK_THAT(*text, Catch::Contains("- **GA-3**: Board of six managers: SoftBank 2 (chair "
                                          "Son), OpenAI 2, Oracle 1, MGX 1\n"));
    }
    CHECK(first.find("## What changed") == std::string::npos);
    CHECK_THAT(first, Catch::Contains("Status: **announced** since 2025-01-21. Stargate is "
                                      "announced, not yet formed or operating"));
    CHECK_THAT(latest, Catch::Contains("Status: **shelved** since 2026-02-23. Stargate is shelved"));
    CHECK_THAT(latest, Catch::Contains("The JV was never funded"));
    // Every stake states its paid-in capital: no "(4 of the 4 stakes state it)".
    CHECK_THAT(latest, Catch::Contains("Capital paid in: $0; committed as announced: $52 billion "
                                       "(derived)."));
    CHECK_THAT(latest, Catch::Contains("## What changed since 2025-01-22\n\n- Status: announced → "
                                       "shelved.\n"));
    CHECK_THAT(latest, Catch::Contains("Microsoft 19.60% → 10.80%"));
    CHECK_THAT(latest, Catch::Contains("- Power on Stargate's matters: no change.\n"));
    // The nonprofit renamed the Foundation is one entity: a renaming, not a change of controller.
    CHECK_THAT(latest, Catch::Contains("- Renamed on 2025-10-28: OpenAI Nonprofit (before "
                                       "2025-10-28) → OpenAI Foundation, one entity (the figures "
                                       "below compare it under its new name).\n"));
    CHECK_THAT(latest, Catch::Contains("- Control: no change in any company's classification.\n"));
}

TEST_CASE("Every report of a shelved date opens with what the status means", "[report][summary]") {
    const auto notice = doc::to_markdown(status_notice(stargate(), year{2026} / 7 / 1));
    CHECK(notice.rfind("> **As announced, not in force.** Status: **shelved** since 2026-02-23. "
                       "Stargate is shelved: the analysis reads the stakes, board and rules as "
                       "announced, not as a governance in force.",
                       0) == 0);
    // Announced (not yet formed) on the model's own date: also read as announced.
    CHECK(doc::to_markdown(status_notice(stargate(), year{2025} / 1 / 22))
              .rfind("> **As announced, not in force.** Status: **announced**", 0) == 0);
}

}  // namespace
}  // namespace jvgov::report

namespace jvgov::report {
namespace {

// A listed company like Alphabet, with round numbers: two founders with 26% and 25% of the votes,
// a dispersed float of 49% voting in full, and a board of five: one director named by each
// founder (directors listed, no appointer) and three unnamed independents. Nobody controls it;
// hand-checked: the founders have significant influence (20% or more each, IAS 28 para 5) and
// 51% together; in the oceanic limit the float's 49% splits 24.5/24.5, so 26 + 24.5 = 50.5%
// passes a majority (the 26% holder's index is 1) and 25 + 24.5 = 49.5% does not (no power); the
// three independents are a majority of the board only if they all vote alike.
std::string founders_summary() {
    const auto loaded = load::load_model(R"([model]
name = "Founders plc"
entity = "co"
as_of = 2024-06-30

[[parties]]
id = "co"
name = "Founders plc"
kind = "company"

[[parties]]
id = "ann"
name = "Ann Founder"
kind = "person"

[[parties]]
id = "bob"
name = "Bob Founder"
kind = "person"

[[parties]]
id = "float"
name = "Public float"
kind = "group"
dispersed = true

[[stakes]]
holder = "ann"
issuer = "co"
economic = "26%"

[[stakes]]
holder = "bob"
issuer = "co"
economic = "25%"

[[stakes]]
holder = "float"
issuer = "co"
economic = "49%"

[[bodies]]
id = "meeting"
name = "General meeting"
of = "co"
kind = "members"

[[bodies]]
id = "board"
name = "Board"
of = "co"
kind = "board"

[[bodies.seats]]
count = 5
directors = ["ann", "bob"]

[[matters]]
id = "resolution"
name = "Ordinary resolutions"
body = "meeting"
rule = { more_than = "50%" }

[[matters]]
id = "board-decision"
name = "Board decisions"
body = "board"
rule = { more_than = "50%" }
)",
                                         "founders.toml");
    REQUIRE(loaded.model);
    const governance::Date day = year{2024} / 6 / 30;
    const auto power = analysis::analyse_voting_power(*loaded.model, day);
    const auto control = analysis::control_facts(*loaded.model, day);
    return render_summary(analysis::summary_facts(power, control, std::nullopt),
                          {"founders.toml", "jvgov test", {}});
}

TEST_CASE("Nobody controls it: the summary says who comes closest and what together would do",
          "[report][summary]") {
    const auto summary = founders_summary();
    CHECK_THAT(summary, Catch::Contains("**No controlling party**.\n\nSignificant influence ([IAS "
                                        "28 paras 3 and 5-6]("));
    CHECK_THAT(summary, Catch::Contains(", 20% or more of the votes): Ann Founder (26.00%) and Bob "
                                        "Founder (25.00%). Together they hold 51.00% of the "
                                        "votes: a majority if they acted together, which nothing "
                                        "in the model obliges them to do.\n"));
    // The oceanic limit said in the legend, and its knife edge in the table.
    CHECK_THAT(summary, Catch::Contains("(a holder whose votes with half of the float's pass the "
                                        "matter has all of it, 1)"));
    CHECK_THAT(summary, Catch::Contains("| Ordinary resolutions | untagged | 1 | no power |"));
    // The unnamed independents are not one bloc.
    CHECK_THAT(summary, Catch::Contains("Independent directors (together) are the board's "
                                        "directors whom no party appoints, counted as if they all "
                                        "voted alike"));
    CHECK_THAT(summary, Catch::Contains("| **a majority together** |"));
    CHECK(summary.find("| **decides alone** |") == std::string::npos);
}

}  // namespace
}  // namespace jvgov::report
