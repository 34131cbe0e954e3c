#include "model/load/loader.hpp"

#include <catch2/catch.hpp>

#include "model/governance/as_of.hpp"
#include "model/governance/registry.hpp"

using namespace jvgov;
using namespace jvgov::governance;
using namespace std::chrono_literals;

namespace {

const std::string small_jv = std::string(JVGOV_SOURCE_DIR) + "/tests/load/valid/small-jv.toml";

std::string formatted(const load::LoadResult& result) {
    std::string text;
    for (const load::Diagnostic& diagnostic : result.diagnostics) {
        text += load::format(diagnostic) + "\n";
    }
    return text;
}

// A minimal valid model; `extra` is appended.
load::LoadResult load_minimal(const std::string& extra) {
    const std::string text = R"([model]
name = "JV"
entity = "jv"
as_of = 2025-01-01

[[parties]]
id = "jv"
name = "JV"
kind = "company"

[[parties]]
id = "a"
name = "A"
kind = "company"
)" + extra;
    return load::load_model(text, "mini.toml");
}

}  // namespace

TEST_CASE("the small valid model loads without diagnostics", "[load]") {
    const load::LoadResult result = load::load_model_file(small_jv);
    CHECK(formatted(result).empty());
    REQUIRE(result.model);
    CHECK_FALSE(result.unreadable);
}

TEST_CASE("model info, sources, assumptions and claims load field by field", "[load]") {
    const Model model = *load::load_model_file(small_jv).model;
    CHECK(model.info.name == "Acme JV");
    CHECK(model.info.entity == "acme");
    CHECK(model.info.as_of == Date{2025y / 1 / 22});
    CHECK(model.info.status == "planned");
    CHECK(model.info.description == "A joint venture of Alpha and Beta.");

    REQUIRE(model.sources.size() == 1);
    const Source& source = model.sources[0];
    CHECK(source.id == "press");
    CHECK(source.title == "Acme JV announced");
    CHECK(source.publisher == "Acme News");
    CHECK(source.date == Date{2025y / 1 / 21});
    CHECK(source.url == "https://example.com/acme");
    CHECK(source.language == "fr");

    REQUIRE(model.assumptions.size() == 1);
    CHECK(model.assumptions[0].id == "GA-1");
    CHECK(model.assumptions[0].text == "The board decides by simple majority.");
    CHECK(model.assumptions[0].rationale == "The usual default for joint-venture boards.");
    CHECK(model.assumptions[0].provenance.sources == std::vector<std::string>{"press"});

    REQUIRE(model.claims.size() == 1);
    CHECK(model.claims[0].id == "C1");
    CHECK(model.claims[0].source == "press");
}

TEST_CASE("parties and roles load with kinds, periods and provenance", "[load]") {
    const Model model = *load::load_model_file(small_jv).model;
    CHECK(model.parties.size() == 5);
    const Party* alpha = find_party(model, "alpha");
    REQUIRE(alpha != nullptr);
    CHECK(alpha->name == "Alpha Inc.");
    CHECK(alpha->kind == PartyKind::company);
    CHECK(alpha->roles == std::vector<std::string>{"equity-funder", "operator"});
    CHECK(alpha->description == "The operator.");
    CHECK(alpha->provenance.sources == std::vector<std::string>{"press"});
    CHECK(alpha->provenance.confidence == Confidence::reported);
    const Party* beta = find_party(model, "beta");
    REQUIRE(beta != nullptr);
    CHECK(beta->kind == PartyKind::sovereign_fund);
    CHECK(beta->shares_outstanding == Integer(1000));
    CHECK(find_party(model, "beta-owners")->kind == PartyKind::group);
    CHECK(find_party(model, "ann")->kind == PartyKind::person);
    CHECK(find_party(model, "acme")->period.from == Date{2025y / 1 / 21});
    CHECK_FALSE(find_party(model, "acme")->period.until);
    REQUIRE(parties_with_role(model, "equity-funder").size() == 2);
    CHECK(parties_with_role(model, "chair").front()->id == "ann");
}

TEST_CASE("stakes load exactly from percentages, fractions, decimals and share counts", "[load]") {
    const Model model = *load::load_model_file(small_jv).model;
    const auto in_acme = stakes_in(model, "acme");
    REQUIRE(in_acme.size() == 2);
    CHECK(in_acme[0]->holder == "alpha");
    CHECK(in_acme[0]->economic == Rational(1, 2));
    CHECK(in_acme[0]->voting == Rational(1, 2));  // defaults to the economic interest
    REQUIRE(in_acme[0]->committed.has_value());
    CHECK(in_acme[0]->committed->amount == Rational(10'000'000'000LL));
    CHECK(in_acme[0]->committed->currency == "USD");  // committed_usd means US dollars
    CHECK(in_acme[0]->period.from == Date{2025y / 1 / 21});
    CHECK(in_acme[0]->provenance.claims == std::vector<std::string>{"C1"});
    CHECK(in_acme[1]->economic == Rational(1, 2));
    CHECK(in_acme[1]->voting == Rational(1, 2));
    REQUIRE(in_acme[1]->committed.has_value());
    CHECK(in_acme[1]->committed->amount == Rational(7'000'000'000LL));
    CHECK(in_acme[1]->committed->currency == "USD");
    CHECK(stake_totals(model, "acme", 2025y / 1 / 22).economic == Rational(1));

    const auto in_beta = stakes_in(model, "beta");
    REQUIRE(in_beta.size() == 2);
    CHECK(in_beta[0]->shares == Integer(250));
    CHECK(in_beta[0]->economic == Rational(1, 4));  // 250 of 1000 shares
    CHECK(in_beta[0]->voting == Rational(0));       // non-voting
    CHECK(in_beta[1]->economic == Rational(3, 4));
    CHECK(in_beta[1]->voting == Rational(1));
}

TEST_CASE("bodies, seats, quorum and matters load with their rules", "[load]") {
    const Model model = *load::load_model_file(small_jv).model;
    const Body* board = find_body(model, "board");
    REQUIRE(board != nullptr);
    CHECK(board->kind == BodyKind::board);
    CHECK(board->of == "acme");
    REQUIRE(board->seats.size() == 3);
    CHECK(board->seats[0].appointed_by == "alpha");
    CHECK(board->seats[0].count == 2);
    CHECK(board->seats[0].directors == std::vector<std::string>{"ann"});
    CHECK(board->seats[2].appointed_by.empty());  // an independent seat
    CHECK(seat_count(*board) == 5);
    CHECK(board->chair == "ann");
    CHECK(board->casting_vote);
    CHECK_FALSE(board->directors_vote_as_bloc);
    REQUIRE(board->quorum.present);
    CHECK(board->quorum.present->kind == Threshold::Kind::at_least);
    CHECK(board->quorum.present->fraction == Rational(3, 5));
    CHECK(board->quorum.required_present == std::vector<std::string>{"alpha", "beta"});
    CHECK(board->provenance.confidence == Confidence::assumption);
    CHECK(board->provenance.assumptions == std::vector<std::string>{"GA-1"});
    CHECK(find_body(model, "members")->kind == BodyKind::members);

    const Matter* ordinary = default_matter(model, "board");
    REQUIRE(ordinary != nullptr);
    CHECK(ordinary->id == "ordinary");
    CHECK(ordinary->rule.threshold.kind == Threshold::Kind::more_than);
    CHECK(ordinary->rule.threshold.fraction == Rational(1, 2));
    const auto members = matters_of(model, "members");
    REQUIRE(members.size() == 2);
    const Rule& budget = members[0]->rule;
    CHECK(budget.threshold.kind == Threshold::Kind::at_least);
    CHECK(budget.threshold.fraction == Rational(3, 4));
    REQUIRE(budget.count);
    CHECK(budget.count->kind == Threshold::Kind::more_than);
    CHECK(budget.count->fraction == Rational(1, 2));
    CHECK(budget.consent == std::vector<std::string>{"beta"});
    CHECK(budget.excluded == std::vector<std::string>{"alpha"});
    CHECK(members[0]->examples == std::vector<std::string>{"approve the budget"});
    CHECK(members[1]->rule.threshold.kind == Threshold::Kind::unanimity);
    CHECK_FALSE(members[1]->is_default);
}

TEST_CASE("agreements, rights and events load in order", "[load]") {
    const Model model = *load::load_model_file(small_jv).model;
    REQUIRE(model.agreements.size() == 1);
    const Agreement& supply = model.agreements[0];
    CHECK(supply.parties == std::vector<std::string>{"alpha", "beta"});
    REQUIRE(supply.versions.size() == 2);
    CHECK(supply.versions[0].id == "supply-2019");
    CHECK(supply.versions[0].period.until == Date{2025y / 1 / 21});
    CHECK(supply.versions[1].summary == "A right of first refusal replaces exclusivity.");

    REQUIRE(model.rights.size() == 1);
    const Right& rofr = model.rights[0];
    CHECK(governance::name(rofr.kind) == "right-of-first-refusal");
    CHECK(rofr.holders == std::vector<std::string>{"beta"});
    CHECK(rofr.counterparties == std::vector<std::string>{"alpha"});
    CHECK(rofr.scope == "new capacity");
    CHECK(rofr.end_condition == "until 2030");
    CHECK(rofr.version == "supply-2025");
    CHECK(rofr.agreement == "supply");  // filled in from the version

    // Events are sorted by date although the file lists the later one first.
    REQUIRE(model.events.size() == 2);
    CHECK(model.events[0].id == "announced");
    CHECK(model.events[0].parties == std::vector<std::string>{"alpha", "beta"});
    CHECK(model.events[1].id == "shelved");
    CHECK(as_of(model, 2026y / 3 / 1).info.status == "shelved");
    CHECK(as_of(model, 2025y / 1 / 22).info.status == "announced");
}

TEST_CASE("stake sums are checked on every date the stakes change", "[load]") {
    // 60% throughout, and a non-voting 50% more from 2025-06-01: under-allocated before that
    // date, over-allocated economically and under-allocated in votes from it.
    const load::LoadResult result = load_minimal(R"(
[[parties]]
id = "b"
name = "B"
kind = "fund"

[[stakes]]
holder = "a"
issuer = "jv"
economic = "60%"

[[stakes]]
holder = "b"
issuer = "jv"
economic = "1/2"
voting = "0%"
from = 2025-06-01
)");
    CHECK(formatted(result) ==
          "mini.toml:24:12: warning: economic interests in 'jv' sum to 60.00% before "
          "2025-06-01: 40.00% unallocated\n"
          "mini.toml:29:12: error: economic interests in 'jv' sum to 110.00% from 2025-06-01, "
          "more than 100%\n"
          "mini.toml:29:12: warning: voting interests in 'jv' sum to 60.00% from 2025-06-01: "
          "40.00% unallocated\n");
    CHECK_FALSE(result.model.has_value());
}

TEST_CASE("voting interests are checked when they differ from economic ones", "[load]") {
    const load::LoadResult result = load_minimal(R"(
[[stakes]]
holder = "a"
issuer = "jv"
economic = "100%"
voting = "1/3"
)");
    CHECK(formatted(result) ==
          "mini.toml:19:12: warning: voting interests in 'jv' sum to 33.33%: 66.67% unallocated\n");
    CHECK(result.model.has_value());
}

TEST_CASE("ownership cycles are legal when someone outside them holds a part", "[load]") {
    // A holds all of the JV and the JV half of A; B holds the other half of A, so B ultimately
    // owns both.
    const load::LoadResult result = load_minimal(R"(
[[parties]]
id = "b"
name = "B"
kind = "fund"

[[stakes]]
holder = "a"
issuer = "jv"
economic = "100%"

[[stakes]]
holder = "jv"
issuer = "a"
economic = "50%"

[[stakes]]
holder = "b"
issuer = "a"
economic = "50%"
)");
    CHECK(formatted(result).empty());
    REQUIRE(result.model);
    CHECK(result.model->stakes.size() == 3);
}

TEST_CASE("companies held only by one another are an error: nobody would own them", "[load]") {
    const load::LoadResult result = load_minimal(R"(
[[stakes]]
holder = "a"
issuer = "jv"
economic = "100%"

[[stakes]]
holder = "jv"
issuer = "a"
economic = "100%"
)");
    CHECK(formatted(result) ==
          "mini.toml:24:12: error: 'jv', 'a' are held only by one another: "
          "no ultimate holder owns them\n");
    CHECK_FALSE(result.model);
}

TEST_CASE("hostile inputs give diagnostics, never a crash", "[load]") {
    CHECK(formatted(load::load_model("", "e.toml")) ==
          "e.toml:1:1: error: missing required table [model]\n");
    CHECK(formatted(load::load_model("[[model]]\n", "m.toml")) ==
          "m.toml:1:1: error: expected a table for 'model', found an array\n");
    CHECK(formatted(load::load_model(std::string("a = \"\0\"\n", 8), "nul.toml"))
              .find("nul.toml:1:") == 0);
    CHECK(formatted(load::load_model("parties = [1, \"x\"]\n[model]\n", "p.toml")) ==
          "p.toml:1:12: error: expected a table in 'parties', found an integer\n"
          "p.toml:1:15: error: expected a table in 'parties', found a string\n"
          "p.toml:2:1: error: missing required key 'name' in [model]\n"
          "p.toml:2:1: error: missing required key 'entity' in [model]\n"
          "p.toml:2:1: error: missing required key 'as_of' in [model]\n");
}

TEST_CASE("an unreadable file is reported without a position", "[load]") {
    const load::LoadResult result = load::load_model_file("no/such/file.toml");
    CHECK(result.unreadable);
    CHECK_FALSE(result.model);
    CHECK(formatted(result) ==
          "no/such/file.toml: error: cannot read file: No such file or directory\n");
}
