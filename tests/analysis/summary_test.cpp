// The summary's facts (analysis/summary.hpp) and what results rest on (analysis/basis.hpp).
//
// Hand-checked values:
// - Stargate, 2025-01-22, stakes 40/40/10/10. Tier-2 (at least 75%): only coalitions with both
//   40% members win (80% >= 75%; 40 + 10 + 10 = 60% does not), so OpenAI and SoftBank each hold
//   a veto with Banzhaf 1/2 and Oracle and MGX are never decisive. The contract with OpenAI
//   (OpenAI may not vote): SoftBank 40, Oracle 10, MGX 10 of 60 entitled votes, more than half
//   (31): winning {S,O}, {S,M}, {S,O,M}; swings S 3, O 1, M 1, so S 3/5 (and a veto: O + M = 20
//   < 31), O and M 1/5.
// - Look-through (docs/ownership.md): Microsoft's 49% of OpenAI x OpenAI's 40% of Stargate =
//   19.6% on 2025-01-22; 27% x 40% = 10.8% from 2025-10-28. SoftBank: 40% directly, plus 11% x
//   40% = 4.4% through OpenAI from 2025-12-31. The Foundation: 26% x 40% = 10.4%.
// - A float (45% holder, 15% holder, 40% dispersed, more than half): the 45% holder with half the
//   float (20%) passes (65%), so it is the limit game's dictator, but against the whole float
//   (45% < 50%) it does not pass, and the others with the float (55%) pass without it: neither
//   deciding alone nor a veto, only a share.
#include "model/analysis/summary.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "model/analysis/control.hpp"
#include "model/analysis/voting_power.hpp"
#include "model/governance/model.hpp"
#include "model/load/loader.hpp"
#include "model/report/control_report.hpp"
#include "model/report/voting_power_report.hpp"

namespace jvgov::analysis {
namespace {

using namespace std::chrono;
using exact::Rational;

governance::Model load_stargate() {
    const auto loaded =
        load::load_model_file(std::string(JVGOV_SOURCE_DIR) + "/data/stargate.toml");
    REQUIRE(loaded.model);
    return *loaded.model;
}

const governance::Model& stargate() {
    static const governance::Model model = load_stargate();
    return model;
}

const MatterRow& row_of(const Matrix& matrix, const std::string& matter) {
    for (const auto& row : matrix.rows)
        if (row.matter == matter)
            return row;
    FAIL("no row " + matter);
    return matrix.rows.front();
}

MatterCell cell_of(const Matrix& matrix, const std::string& matter, const std::string& party) {
    const auto at = std::find(matrix.parties.begin(), matrix.parties.end(), party);
    REQUIRE(at != matrix.parties.end());
    return row_of(matrix, matter).cells[static_cast<std::size_t>(at - matrix.parties.begin())];
}

TEST_CASE("Status words: what each means for the analysis", "[analysis][summary]") {
    CHECK(status_meaning("").kind == StatusKind::operating);
    CHECK(status_meaning("operating").kind == StatusKind::operating);
    CHECK(status_meaning("announced").kind == StatusKind::announced);
    CHECK(status_meaning("not-formed").kind == StatusKind::not_formed);
    CHECK(status_meaning("Not formed").kind == StatusKind::not_formed);
    CHECK(status_meaning("shelved").kind == StatusKind::shelved);
    CHECK(status_meaning("wound down").kind == StatusKind::dissolved);
    CHECK(status_meaning("dissolved").kind == StatusKind::dissolved);
    const auto inside = status_meaning("run-inside-openai");
    CHECK(inside.kind == StatusKind::run_inside);
    CHECK(inside.run_by == "openai");
    CHECK(status_meaning("run-inside-").kind == StatusKind::other);
    CHECK(status_meaning("in litigation").kind == StatusKind::other);
    CHECK(governance_in_force(StatusKind::operating));
    CHECK(governance_in_force(StatusKind::other));
    CHECK_FALSE(governance_in_force(StatusKind::shelved));
    CHECK_FALSE(governance_in_force(StatusKind::announced));
}

TEST_CASE("Summary matrix of Stargate on 2025-01-22: who decides, blocks or is powerless",
          "[analysis][summary]") {
    const auto power = analyse_voting_power(stargate(), year{2025} / 1 / 22);
    const auto matrix = matter_matrix(power);
    CHECK(matrix.parties == std::vector<std::string>{"openai", "softbank", "oracle", "mgx"});
    // Strategic first, protective last.
    CHECK(matrix.rows.front().matter == "members-reserved-tier-2");
    CHECK(matrix.rows.front().counts_as == governance::MatterCategory::strategic);
    CHECK(matrix.rows.back().counts_as == governance::MatterCategory::protective);

    const auto openai = cell_of(matrix, "members-reserved-tier-2", "openai");
    CHECK(openai.role == MatterRole::veto);
    CHECK(openai.banzhaf == Rational(1, 2));
    CHECK(cell_of(matrix, "members-reserved-tier-2", "softbank").role == MatterRole::veto);
    CHECK(cell_of(matrix, "members-reserved-tier-2", "oracle").role == MatterRole::none);
    CHECK(cell_of(matrix, "members-reserved-tier-2", "mgx").banzhaf == 0);

    const auto conflicted = cell_of(matrix, "related-party-openai", "openai");
    CHECK(conflicted.role == MatterRole::may_not_vote);
    const auto softbank = cell_of(matrix, "related-party-openai", "softbank");
    CHECK(softbank.role == MatterRole::veto);
    CHECK(softbank.banzhaf == Rational(3, 5));
    const auto oracle = cell_of(matrix, "related-party-openai", "oracle");
    CHECK(oracle.role == MatterRole::share);
    CHECK(oracle.banzhaf == Rational(1, 5));

    // The board's ordinary decisions in the declared (individual) view: the figure of
    // voting-power.md, 5/14 for each two-director appointer.
    const auto board = cell_of(matrix, "board-ordinary", "softbank");
    CHECK(board.role == MatterRole::veto);
    CHECK(board.banzhaf == Rational(5, 14));
}

TEST_CASE("Summary matrix beside a dispersed float: deciding alone holds against the whole float",
          "[analysis][summary]") {
    const auto loaded = load::load_model(R"([model]
name = "Listed"
entity = "co"
as_of = 2025-03-01

[[parties]]
id = "co"
name = "Co"
kind = "company"

[[parties]]
id = "a"
name = "A"
kind = "person"

[[parties]]
id = "b"
name = "B"
kind = "person"

[[parties]]
id = "public"
name = "Public"
kind = "group"
dispersed = true

[[stakes]]
holder = "a"
issuer = "co"
economic = "45%"

[[stakes]]
holder = "b"
issuer = "co"
economic = "15%"

[[stakes]]
holder = "public"
issuer = "co"
economic = "40%"

[[bodies]]
id = "meeting"
name = "Meeting"
of = "co"
kind = "members"

[[matters]]
id = "ordinary"
name = "Ordinary resolutions"
body = "meeting"
rule = { more_than = "50%" }
)",
                                         "listed.toml");
    REQUIRE(loaded.model);
    const auto power = analyse_voting_power(*loaded.model, year{2025} / 3 / 1);
    const auto matrix = matter_matrix(power);
    const auto& row = row_of(matrix, "ordinary");
    CHECK(row.with_float);
    const auto a = cell_of(matrix, "ordinary", "a");
    CHECK(a.role == MatterRole::share);
    CHECK(a.banzhaf == 1);  // the limit game's dictator (Dubey-Shapley)
    CHECK(cell_of(matrix, "ordinary", "b").role == MatterRole::none);
}

TEST_CASE("What changed in Stargate from 2025-01-22 to 2026-07-01", "[analysis][summary]") {
    const governance::Date before = year{2025} / 1 / 22;
    const governance::Date after = year{2026} / 7 / 1;
    const auto changes =
        changes_between(analyse_voting_power(stargate(), before), control_facts(stargate(), before),
                        analyse_voting_power(stargate(), after), control_facts(stargate(), after));
    CHECK(changes.since == before);
    CHECK(changes.status_before == "announced");
    CHECK(changes.status_after == "shelved");
    CHECK(changes.stakes.empty());  // the JV's own stakes never changed
    const auto figure = [&](const std::string& party) -> const FigureChange& {
        for (const auto& change : changes.look_through)
            if (change.party == party)
                return change;
        FAIL("no look-through change for " + party);
        return changes.look_through.front();
    };
    CHECK(figure("microsoft").before == Rational(49, 250));
    CHECK(figure("microsoft").after == Rational(27, 250));
    CHECK(figure("softbank").before == Rational(2, 5));
    CHECK(figure("softbank").after == Rational(111, 250));
    CHECK_FALSE(figure("openai-foundation").before.has_value());
    CHECK(figure("openai-foundation").after == Rational(13, 125));
    // Nothing in the JV's games changed: the same matters, the same roles.
    CHECK(changes.roles.empty());
    CHECK(changes.matters_added.empty());
    CHECK(changes.matters_removed.empty());
    // The nonprofit was renamed the Foundation (one entity, two records): OpenAI's controller
    // did not change, nor did the JV's joint control.
    REQUIRE(changes.renamings.size() == 1);
    CHECK(changes.renamings.front().before == "openai-nonprofit");
    CHECK(changes.renamings.front().after == "openai-foundation");
    CHECK(changes.renamings.front().on == year{2025} / 10 / 28);
    CHECK(changes.control.empty());
    CHECK(changes.events > 0);
}

TEST_CASE("What changed: a renamed controller is the same controller, another one is a change",
          "[analysis][summary]") {
    // Stargate with the Foundation's record not continuing the nonprofit's: two entities, so
    // OpenAI's controller changed from one to the other.
    std::ifstream file(std::string(JVGOV_SOURCE_DIR) + "/data/stargate.toml");
    std::string text{std::istreambuf_iterator<char>(file), {}};
    const std::string line = "renamed_from = \"openai-nonprofit\"\n";
    const auto at = text.find(line);
    REQUIRE(at != std::string::npos);
    const auto loaded = load::load_model(text.erase(at, line.size()), "stargate.toml");
    REQUIRE(loaded.model);
    const governance::Model& model = *loaded.model;
    const governance::Date before = year{2025} / 1 / 22;
    const governance::Date after = year{2026} / 7 / 1;
    const auto changes =
        changes_between(analyse_voting_power(model, before), control_facts(model, before),
                        analyse_voting_power(model, after), control_facts(model, after));
    CHECK(changes.renamings.empty());
    REQUIRE(changes.control.size() == 1);
    CHECK(changes.control.front().entity == "openai");
    CHECK(changes.control.front().before->parties == std::vector<std::string>{"openai-nonprofit"});
    CHECK(changes.control.front().after->parties == std::vector<std::string>{"openai-foundation"});

    // Between two dates after the renaming there is nothing to rename.
    const auto later = changes_between(
        analyse_voting_power(stargate(), year{2025} / 11 / 1),
        control_facts(stargate(), year{2025} / 11 / 1), analyse_voting_power(stargate(), after),
        control_facts(stargate(), after));
    CHECK(later.renamings.empty());
}

// The acceptance test of provenance: one record of the model is made to cite an assumption; the
// results computed from it, and only those, carry the assumption.
TEST_CASE("An assumption on one record labels exactly the results computed from it",
          "[analysis][basis]") {
    const governance::Date day = year{2025} / 1 / 22;
    governance::Model changed = stargate();
    const std::string marker = "GA-13";  // cited by no game, look-through or control conclusion
    bool found = false;
    for (auto& body : changed.bodies) {
        if (body.of == "stargate" && body.kind == governance::BodyKind::board) {
            for (auto& group : body.seats)
                if (group.appointed_by == "oracle") {
                    group.provenance.assumptions.push_back(marker);
                    found = true;
                }
        }
    }
    REQUIRE(found);
    const auto cites = [&](const Basis& basis) {
        const auto ids = assumption_ids(basis);
        return std::find(ids.begin(), ids.end(), marker) != ids.end();
    };

    const auto power_before = analyse_voting_power(stargate(), day);
    const auto power_after = analyse_voting_power(changed, day);
    REQUIRE(power_before.games.size() == power_after.games.size());
    int board_games = 0;
    for (std::size_t i = 0; i < power_after.games.size(); ++i) {
        const auto& game = power_after.games[i].game;
        const bool board = game.view != compile::View::members;
        board_games += board ? 1 : 0;
        CHECK_FALSE(cites(power_before.games[i].basis));
        CHECK(cites(power_after.games[i].basis) == board);
        // Everything else the game rests on is unchanged.
        auto ids = assumption_ids(power_after.games[i].basis);
        std::erase(ids, marker);
        CHECK(ids == assumption_ids(power_before.games[i].basis));
    }
    CHECK(board_games == 2);  // the ordinary decisions in both views

    const auto control_before = control_facts(stargate(), day);
    const auto control_after = control_facts(changed, day);
    for (const auto& holder : control_after.holders)
        CHECK_FALSE(cites(holder.basis));  // look-through rests on stakes only
    for (const auto& matter : control_after.matters)
        CHECK(cites(matter.basis) == (matter.game.view == compile::View::bloc));
    for (const auto& entity : control_after.tests) {
        // Stargate's joint control is supported by the board's ordinary decisions; OpenAI's
        // control has nothing to do with Stargate's board.
        const bool uses_board = entity.entity == "stargate";
        CHECK(cites(entity.basis) == uses_board);
        CHECK((std::find(entity.assumptions.begin(), entity.assumptions.end(), marker) !=
               entity.assumptions.end()) == uses_board);
    }
    for (const auto& entity : control_before.tests)
        CHECK_FALSE(cites(entity.basis));
    for (const auto& entity : control_after.tests)
        for (const auto& matter : entity.matters)
            CHECK(cites(matter.basis) ==
                  (entity.entity == "stargate" && matter.game.body == "board"));
    // Who controls each company: only Stargate's conclusion reads its board.
    REQUIRE(control_after.control_bases.size() == control_after.graph.parties.size());
    for (std::size_t party = 0; party < control_after.graph.parties.size(); ++party) {
        INFO(control_after.graph.parties[party]);
        CHECK(cites(control_after.control_bases[party]) ==
              (control_after.graph.parties[party] == "stargate"));
        CHECK_FALSE(cites(control_before.control_bases[party]));
    }
    REQUIRE_FALSE(control_after.divergences.empty());
    for (std::size_t i = 0; i < control_after.divergences.size(); ++i)
        CHECK(cites(control_after.divergence_bases[i]) ==
              (control_after.graph.parties[control_after.divergences[i].entity] == "stargate"));

    const report::ReportContext context{"data/stargate.toml", "jvgov test", {}};
    // The control report's labels: the Stargate rows of the classification, control and
    // deadlock tables, the Stargate finding and the board matter, nothing else.
    const auto control_md = report::render_control_report(control_after, context, "control.json");
    const auto rows_citing = [&](std::string_view heading) {
        const auto start = control_md.find(heading);
        REQUIRE(start != std::string::npos);
        const auto end = control_md.find("\n## ", start + 1);
        std::vector<std::string> lines;
        std::istringstream in(control_md.substr(start, end - start));
        for (std::string line; std::getline(in, line);)
            if (line.find(marker) != std::string::npos)
                lines.push_back(line.substr(0, line.find(" |", line.find(" |", 2) + 2)));
        return lines;
    };
    // (The first two cells of each row citing it.)
    CHECK(rows_citing("\n## Who controls it\n") ==
          std::vector<std::string>{"| Stargate | joint control"});
    CHECK(rows_citing("\n## Control\n") ==
          std::vector<std::string>{"| Stargate | nobody alone: joint control by OpenAI and "
                                   "SoftBank Group under IFRS 11"});
    CHECK(rows_citing("\n## Deadlocks\n") ==
          std::vector<std::string>{"| Stargate | Ordinary board decisions"});
    const auto findings = rows_citing("\n## Findings\n");
    REQUIRE(findings.size() == 1);
    CHECK(findings.front().rfind("- No party has sole control of Stargate: no holder has more "
                                 "than 50% of the votes and no party appoints a majority of its "
                                 "board; the control tests find joint control by OpenAI and "
                                 "SoftBank Group under IFRS 11",
                                 0) == 0);

    // The report's labels: only the board sections of voting-power.md name the assumption.
    const auto markdown = report::render_voting_power_report(power_after, context, "voting-power");
    // Each line starting with `label` names the assumption exactly when the nearest heading of
    // `level` above it is the board's; returns how many lines there are.
    const auto check_labels = [&](const std::string& label, const std::string& level) {
        std::size_t lines = 0;
        for (std::size_t at = markdown.find(label); at != std::string::npos;
             at = markdown.find(label, at + 1)) {
            const auto start = at + (label.front() == '\n' ? 1 : 0);
            const auto line = markdown.substr(start, markdown.find('\n', start) - start);
            const auto heading = markdown.rfind(level, at) + level.size();
            const auto title = markdown.substr(heading, markdown.find('\n', heading) - heading);
            INFO(title << ": " << line);
            CHECK((line.find(marker) != std::string::npos) ==
                  (title.find("Board of managers") != std::string::npos));
            ++lines;
        }
        return lines;
    };
    CHECK(check_labels("- Rests on: ", "\n## ") == power_after.games.size());
    // The threshold sweeps and the appendix: one "Rests on:" paragraph per body and per game.
    CHECK(check_labels("\nRests on: ", "\n### ") ==
          power_after.sweeps.size() + power_after.games.size());
}

TEST_CASE("Certainty of a basis: the weakest fact decides", "[analysis][basis]") {
    Basis basis;
    CHECK(certainty(basis) == Certainty::confirmed);
    governance::Provenance confirmed;
    confirmed.confidence = governance::Confidence::confirmed;
    add_fact(basis, "stake", "a>jv", confirmed);
    CHECK(certainty(basis) == Certainty::confirmed);
    governance::Provenance derived = confirmed;
    derived.confidence = governance::Confidence::derived;
    add_fact(basis, "stake", "b>jv", derived);
    CHECK(certainty(basis) == Certainty::derived);
    governance::Provenance reported = confirmed;
    reported.confidence = governance::Confidence::reported;
    add_fact(basis, "body", "board", reported);
    CHECK(certainty(basis) == Certainty::reported);
    add_fact(basis, "body", "board", governance::Provenance{});  // the same record: kept once
    CHECK(basis.facts.size() == 3);
    add_fact(basis, "quorum", "board", governance::Provenance{});
    CHECK(certainty(basis) == Certainty::unlabelled);
    governance::Provenance assumed = reported;
    assumed.assumptions = {"GA-5", "GA-3"};
    add_fact(basis, "seats", "board/x", assumed);
    CHECK(certainty(basis) == Certainty::assumption);
    CHECK(assumption_ids(basis) == std::vector<std::string>{"GA-5", "GA-3"});
}

}  // namespace
}  // namespace jvgov::analysis
