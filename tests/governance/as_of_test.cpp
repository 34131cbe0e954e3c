#include "model/governance/as_of.hpp"

#include <catch2/catch.hpp>

#include "model/governance/registry.hpp"

using namespace jvgov::governance;
using namespace std::chrono_literals;

namespace {

Event event(std::string id, Date date, std::string status) {
    Event result;
    result.id = std::move(id);
    result.date = date;
    result.status = std::move(status);
    return result;
}

// A small JV whose ownership, rights, agreement and status change over time.
Model dated_model() {
    Model model;
    model.info.name = "JV";
    model.info.entity = "jv";
    model.info.status = "planned";
    Party jv;
    jv.id = "jv";
    jv.roles = {};
    add_party(model, jv);
    Party early;
    early.id = "early";
    early.roles = {"investor"};
    early.period = Period{std::nullopt, 2025y / 6 / 1};
    add_party(model, early);
    Party late;
    late.id = "late";
    late.roles = {"investor"};
    late.period = Period{2025y / 6 / 1, std::nullopt};
    add_party(model, late);

    Stake first;
    first.holder = "early";
    first.issuer = "jv";
    first.economic = first.voting = Rational(1, 2);
    first.period = Period{std::nullopt, 2025y / 6 / 1};
    model.stakes.push_back(first);
    Stake second = first;
    second.holder = "late";
    second.economic = second.voting = Rational(3, 5);
    second.period = Period{2025y / 6 / 1, std::nullopt};
    model.stakes.push_back(second);

    Right exclusivity;
    exclusivity.id = "exclusivity";
    exclusivity.period = Period{2019y / 7 / 22, 2025y / 1 / 21};
    model.rights.push_back(exclusivity);
    Right rofr;
    rofr.id = "rofr";
    rofr.period = Period{2025y / 1 / 21, std::nullopt};
    model.rights.push_back(rofr);

    Agreement deal;
    deal.id = "deal";
    AgreementVersion v2019;
    v2019.id = "deal-2019";
    v2019.period = Period{2019y / 7 / 22, 2025y / 1 / 21};
    AgreementVersion v2025;
    v2025.id = "deal-2025";
    v2025.period = Period{2025y / 1 / 21, std::nullopt};
    deal.versions = {v2019, v2025};
    model.agreements.push_back(deal);
    Agreement unversioned;
    unversioned.id = "unversioned";
    model.agreements.push_back(unversioned);

    model.events = {event("announced", 2025y / 1 / 21, "announced"),
                    event("note", 2025y / 3 / 1, ""),
                    event("stalled", 2025y / 6 / 30, "not formed"),
                    event("shelved", 2026y / 2 / 10, "shelved")};
    return model;
}

std::vector<std::string> event_ids(const Model& model) {
    std::vector<std::string> result;
    for (const Event& e : model.events) {
        result.push_back(e.id);
    }
    return result;
}

}  // namespace

TEST_CASE("as_of keeps the parties and stakes in force on the day", "[governance]") {
    const Model model = dated_model();
    const Model before = as_of(model, 2025y / 5 / 31);
    CHECK(before.parties.size() == 2);
    CHECK(find_party(before, "early") != nullptr);
    CHECK(find_party(before, "late") == nullptr);
    CHECK(parties_with_role(before, "investor").size() == 1);
    REQUIRE(before.stakes.size() == 1);
    CHECK(before.stakes.front().holder == "early");
    CHECK(stake_totals(before, "jv", 2025y / 5 / 31).economic == Rational(1, 2));

    // `until` is exclusive: on 1 June 2025 the early investor is gone and the late one in.
    const Model after = as_of(model, 2025y / 6 / 1);
    CHECK(find_party(after, "early") == nullptr);
    REQUIRE(parties_with_role(after, "investor").size() == 1);
    CHECK(parties_with_role(after, "investor").front()->id == "late");
    REQUIRE(after.stakes.size() == 1);
    CHECK(after.stakes.front().economic == Rational(3, 5));
    CHECK(after.info.as_of == Date{2025y / 6 / 1});
}

TEST_CASE("as_of keeps the rights and agreement versions in force on the day", "[governance]") {
    const Model model = dated_model();
    const Model in2024 = as_of(model, 2024y / 12 / 1);
    REQUIRE(in2024.rights.size() == 1);
    CHECK(in2024.rights.front().id == "exclusivity");
    REQUIRE(in2024.agreements.size() == 2);
    REQUIRE(in2024.agreements[0].versions.size() == 1);
    CHECK(in2024.agreements[0].versions[0].id == "deal-2019");
    CHECK(in2024.agreements[1].id == "unversioned");

    const Model in2025 = as_of(model, 2025y / 1 / 21);
    REQUIRE(in2025.rights.size() == 1);
    CHECK(in2025.rights.front().id == "rofr");
    REQUIRE(in2025.agreements[0].versions.size() == 1);
    CHECK(in2025.agreements[0].versions[0].id == "deal-2025");

    // Before the first version the versioned agreement is dropped, the unversioned one kept.
    const Model in2018 = as_of(model, 2018y / 1 / 1);
    CHECK(in2018.rights.empty());
    REQUIRE(in2018.agreements.size() == 1);
    CHECK(in2018.agreements[0].id == "unversioned");
}

TEST_CASE("as_of keeps the events up to the day and takes the status of the latest",
          "[governance]") {
    const Model model = dated_model();
    CHECK(as_of(model, 2025y / 1 / 20).info.status == "planned");
    CHECK(as_of(model, 2025y / 1 / 20).events.empty());
    CHECK(as_of(model, 2025y / 1 / 21).info.status == "announced");
    // An event without a status does not change it.
    const Model march = as_of(model, 2025y / 3 / 1);
    CHECK(march.info.status == "announced");
    CHECK(event_ids(march) == std::vector<std::string>{"announced", "note"});
    CHECK(as_of(model, 2025y / 7 / 1).info.status == "not formed");
    const Model latest = as_of(model, 2026y / 2 / 10);
    CHECK(latest.info.status == "shelved");
    CHECK(event_ids(latest) == std::vector<std::string>{"announced", "note", "stalled", "shelved"});
    CHECK(status_on(model, 2026y / 2 / 9) == "not formed");
}

TEST_CASE("latest_event_date is the date of the last event, if any", "[governance]") {
    CHECK(latest_event_date(dated_model()) == Date{2026y / 2 / 10});
    CHECK_FALSE(latest_event_date(Model{}).has_value());
}

TEST_CASE("an event known only to its month counts once the whole month has passed",
          "[governance]") {
    Model model = dated_model();
    // "2026-03": March 2026, stored as its first day; it sets a status.
    Event wound_up = event("wound-up", 2026y / 3 / 1, "wound up");
    wound_up.precision = DatePrecision::month;
    model.events.push_back(wound_up);
    // Not yet on the first or the last-but-one day of the month: it may not have happened.
    CHECK(as_of(model, 2026y / 3 / 1).info.status == "shelved");
    CHECK(event_ids(as_of(model, 2026y / 3 / 30)).size() == 4);
    // On the month's last day it has certainly happened.
    CHECK(as_of(model, 2026y / 3 / 31).info.status == "wound up");
    CHECK(event_ids(as_of(model, 2026y / 3 / 31)).back() == "wound-up");
    CHECK(status_on(model, 2026y / 3 / 31) == "wound up");
    CHECK(latest_event_date(model) == Date{2026y / 3 / 31});
}

namespace {

SeatGroup seats_of(std::string appointer, int count, std::vector<std::string> directors,
                   Period period = {}) {
    SeatGroup group{
        .appointed_by = std::move(appointer), .count = count, .directors = std::move(directors)};
    group.period = period;
    return group;
}

// A board replaced on 2025-06-01 by a new version whose chair rotates on 2025-07-01 and which
// gains a seat group on 2025-09-01; its matter changes rule with it; a party chairs the entity
// from 2025-03-01 until 2025-09-01.
Model dated_board_model() {
    Model model;
    model.info.entity = "jv";
    Party jv;
    jv.id = "jv";
    add_party(model, jv);
    Party alpha;
    alpha.id = "alpha";
    alpha.roles = {"investor", "chair"};
    alpha.role_terms = {{"investor", {}}, {"chair", {2025y / 3 / 1, 2025y / 9 / 1}}};
    add_party(model, alpha);

    Body old_board;
    old_board.id = "board";
    old_board.name = "Old board";
    old_board.of = "jv";
    old_board.kind = BodyKind::board;
    old_board.period = Period{std::nullopt, 2025y / 6 / 1};
    old_board.seats = {seats_of("alpha", 2, {"ann"}), seats_of("beta", 2, {"bob"})};
    old_board.chair = "ann";
    model.bodies.push_back(old_board);
    Body new_board = old_board;
    new_board.name = "New board";
    new_board.period = Period{2025y / 6 / 1, std::nullopt};
    new_board.chair.clear();
    new_board.chair_terms = {{"ann", {std::nullopt, 2025y / 7 / 1}},
                             {"bob", {2025y / 7 / 1, std::nullopt}}};
    new_board.seats.push_back(seats_of("gamma", 1, {}, {2025y / 9 / 1, std::nullopt}));
    model.bodies.push_back(new_board);
    Body members;
    members.id = "members";
    members.of = "jv";
    model.bodies.push_back(members);

    Matter ordinary;
    ordinary.id = "ordinary";
    ordinary.body = "board";
    ordinary.period = Period{std::nullopt, 2025y / 6 / 1};
    model.matters.push_back(ordinary);
    Matter strict = ordinary;
    strict.period = Period{2025y / 6 / 1, std::nullopt};
    strict.rule.threshold = Threshold{Threshold::Kind::at_least, Rational(2, 3)};
    model.matters.push_back(strict);
    Matter late;
    late.id = "budget";
    late.body = "members";
    late.period = Period{2025y / 9 / 1, std::nullopt};
    model.matters.push_back(late);
    return model;
}

std::vector<std::string> body_names(const Model& model) {
    std::vector<std::string> result;
    for (const Body& body : model.bodies) {
        result.push_back(body.name);
    }
    return result;
}

std::vector<std::string> seat_appointers(const Body& body) {
    std::vector<std::string> result;
    for (const SeatGroup& group : body.seats) {
        result.push_back(group.appointed_by);
    }
    return result;
}

}  // namespace

TEST_CASE("as_of keeps the body and matter versions, seats and chair of the day", "[governance]") {
    const Model model = dated_board_model();

    const Model may = as_of(model, 2025y / 5 / 31);
    CHECK(body_names(may) == std::vector<std::string>{"Old board", ""});
    CHECK(may.bodies[0].chair == "ann");
    CHECK(may.bodies[0].chair_terms.empty());
    CHECK(seat_appointers(may.bodies[0]) == std::vector<std::string>{"alpha", "beta"});
    REQUIRE(may.matters.size() == 1);
    CHECK(may.matters[0].rule.threshold.kind == Threshold::Kind::more_than);

    // On the day the new version starts, the old one (until is exclusive) is gone.
    const Model june = as_of(model, 2025y / 6 / 1);
    CHECK(body_names(june) == std::vector<std::string>{"New board", ""});
    CHECK(june.bodies[0].chair == "ann");
    REQUIRE(june.bodies[0].chair_terms.size() == 1);
    CHECK(june.bodies[0].chair_terms[0].party == "ann");
    CHECK(seat_appointers(june.bodies[0]) == std::vector<std::string>{"alpha", "beta"});
    REQUIRE(june.matters.size() == 1);
    CHECK(june.matters[0].rule.threshold.kind == Threshold::Kind::at_least);
    CHECK(find_matter(june, "board", "ordinary") == &june.matters[0]);

    const Model july = as_of(model, 2025y / 7 / 1);
    CHECK(july.bodies[0].chair == "bob");
    CHECK(seat_appointers(july.bodies[0]) == std::vector<std::string>{"alpha", "beta"});

    const Model september = as_of(model, 2025y / 9 / 1);
    CHECK(september.bodies[0].chair == "bob");
    CHECK(seat_appointers(september.bodies[0]) ==
          std::vector<std::string>{"alpha", "beta", "gamma"});
    CHECK(seat_count(september.bodies[0]) == 5);
    REQUIRE(september.matters.size() == 2);
    CHECK(september.matters[1].id == "budget");
    // The loaded model keeps every version.
    CHECK(model.bodies.size() == 3);
    CHECK(model.matters.size() == 3);
}

TEST_CASE("as_of keeps the roles a party holds on the day", "[governance]") {
    const Model model = dated_board_model();
    const Model february = as_of(model, 2025y / 2 / 28);
    CHECK(find_party(february, "alpha")->roles == std::vector<std::string>{"investor"});
    CHECK(parties_with_role(february, "chair").empty());
    const Model march = as_of(model, 2025y / 3 / 1);
    CHECK(find_party(march, "alpha")->roles == std::vector<std::string>{"investor", "chair"});
    REQUIRE(parties_with_role(march, "chair").size() == 1);
    const Model september = as_of(model, 2025y / 9 / 1);
    CHECK(find_party(september, "alpha")->roles == std::vector<std::string>{"investor"});
    CHECK(parties_with_role(september, "chair").empty());
    // Undated roles (no role_terms) hold on every day.
    CHECK(find_party(as_of(dated_model(), 2025y / 1 / 1), "early")->roles ==
          std::vector<std::string>{"investor"});
}
