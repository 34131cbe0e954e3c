#include "model/governance/registry.hpp"

#include <catch2/catch.hpp>

using namespace jvgov::governance;
using namespace std::chrono_literals;

namespace {

Party party(std::string id, std::vector<std::string> roles) {
    Party result;
    result.id = id;
    result.name = id;
    result.roles = std::move(roles);
    return result;
}

Stake stake(std::string holder, std::string issuer, Rational economic, Period period = {}) {
    Stake result;
    result.holder = std::move(holder);
    result.issuer = std::move(issuer);
    result.economic = economic;
    result.voting = economic;
    result.period = period;
    return result;
}

std::vector<std::string> ids(const std::vector<const Party*>& parties) {
    std::vector<std::string> result;
    for (const Party* p : parties) {
        result.push_back(p->id);
    }
    return result;
}

std::vector<std::string> holders(const std::vector<const Stake*>& stakes) {
    std::vector<std::string> result;
    for (const Stake* s : stakes) {
        result.push_back(s->holder + "->" + s->issuer);
    }
    return result;
}

}  // namespace

TEST_CASE("add_party keeps the role registry in sync and rejects duplicate ids", "[governance]") {
    Model model;
    CHECK(add_party(model, party("softbank", {"equity-funder", "financial-lead"})));
    CHECK(add_party(model, party("openai", {"equity-funder", "operator"})));
    CHECK(add_party(model, party("son", {"chair"})));
    CHECK_FALSE(add_party(model, party("openai", {"investor"})));

    CHECK(model.parties.size() == 3);
    CHECK(model.roles.size() == 5);
    REQUIRE(find_party(model, "openai") != nullptr);
    CHECK(find_party(model, "openai")->roles ==
          std::vector<std::string>{"equity-funder", "operator"});
    CHECK(find_party(model, "opneai") == nullptr);

    CHECK(ids(parties_with_role(model, "equity-funder")) ==
          std::vector<std::string>{"softbank", "openai"});
    CHECK(ids(parties_with_role(model, "chair")) == std::vector<std::string>{"son"});
    CHECK(parties_with_role(model, "investor").empty());
}

TEST_CASE("stakes are found by holder and by issuer in file order", "[governance]") {
    Model model;
    model.stakes.push_back(stake("softbank", "stargate", Rational(2, 5)));
    model.stakes.push_back(stake("softbank", "arm", Rational(9, 10)));
    model.stakes.push_back(stake("openai", "stargate", Rational(2, 5)));
    model.stakes.push_back(stake("microsoft", "openai", Rational(27, 100)));
    model.stakes.push_back(stake("oracle", "stargate", Rational(1, 10)));

    CHECK(holders(stakes_held_by(model, "softbank")) ==
          std::vector<std::string>{"softbank->stargate", "softbank->arm"});
    CHECK(holders(stakes_in(model, "stargate")) ==
          std::vector<std::string>{"softbank->stargate", "openai->stargate", "oracle->stargate"});
    CHECK(stakes_in(model, "nobody").empty());
    CHECK(issuers(model) == std::vector<std::string>{"arm", "openai", "stargate"});
}

TEST_CASE("stake totals are exact sums of the stakes in force on a date", "[governance]") {
    Model model;
    const Date start = 2025y / 1 / 22;
    const Date change = 2026y / 2 / 1;
    // Three thirds written as fractions sum to exactly 1 (no 0.999... rounding).
    model.stakes.push_back(stake("a", "jv", Rational(1, 3)));
    model.stakes.push_back(stake("b", "jv", Rational(1, 3), Period{start, change}));
    model.stakes.push_back(stake("c", "jv", Rational(1, 3)));
    model.stakes.push_back(stake("d", "jv", Rational(1, 5), Period{change, std::nullopt}));

    CHECK(stake_totals(model, "jv", start).economic == Rational(1));
    CHECK(unallocated(model, "jv", start).economic == Rational(0));
    // On the change date b's stake has ended (until is exclusive) and d's has begun.
    CHECK(holders(stakes_in_on(model, "jv", change)) ==
          std::vector<std::string>{"a->jv", "c->jv", "d->jv"});
    CHECK(stake_totals(model, "jv", change).economic == Rational(13, 15));
    CHECK(unallocated(model, "jv", change).voting == Rational(2, 15));
    // Before b's stake starts only a and c hold the issuer.
    CHECK(stake_totals(model, "jv", 2024y / 12 / 31).economic == Rational(2, 3));
    CHECK(stake_totals(model, "other", start).economic == Rational(0));
}

TEST_CASE("bodies, matters and default matters are found by id", "[governance]") {
    Model model;
    Body board;
    board.id = "board";
    board.kind = BodyKind::board;
    board.seats = {SeatGroup{"softbank", 2, {}, {}}, SeatGroup{"openai", 2, {}, {}},
                   SeatGroup{"", 1, {}, {}}};
    model.bodies.push_back(board);
    Matter ordinary;
    ordinary.id = "ordinary";
    ordinary.body = "board";
    ordinary.is_default = true;
    Matter reserved;
    reserved.id = "reserved";
    reserved.body = "board";
    Matter members;
    members.id = "members-ordinary";
    members.body = "members";
    model.matters = {reserved, ordinary, members};

    REQUIRE(find_body(model, "board") != nullptr);
    CHECK(seat_count(*find_body(model, "board")) == 5);
    CHECK(find_body(model, "members") == nullptr);
    REQUIRE(matters_of(model, "board").size() == 2);
    CHECK(matters_of(model, "board")[0]->id == "reserved");
    REQUIRE(default_matter(model, "board") != nullptr);
    CHECK(default_matter(model, "board")->id == "ordinary");
    CHECK(default_matter(model, "members") == nullptr);
}
