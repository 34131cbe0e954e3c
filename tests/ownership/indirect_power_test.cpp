#include "model/ownership/indirect_power.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/core.h>

#include "model/games/coalition.hpp"
#include "model/governance/registry.hpp"
#include "model/power/oceanic.hpp"
#include "model/report/rule_wording.hpp"

using jvgov::compile::compile_matter;
using jvgov::compile::CompiledGame;
using jvgov::compile::View;
using jvgov::exact::Integer;
using jvgov::exact::Rational;
using namespace jvgov::ownership;
using jvgov::report::member_vote_in_words;
namespace governance = jvgov::governance;
namespace games = jvgov::games;

namespace {

// A model of the JV "jv" built in code: parties named by their ids, stakes with equal economic
// and voting fractions unless given, boards whose default rule is "more than half of the seats".
struct Structure {
    governance::Model model;

    Structure() {
        model.info.name = "Test JV";
        model.info.entity = "jv";
        add("jv");
        governance::Body members;
        members.id = "members";
        members.name = "Members' meeting";
        members.of = "jv";
        members.kind = governance::BodyKind::members;
        model.bodies.push_back(members);
        add_rule("members", "members-majority");
    }

    void add(const std::string& id) {
        if (governance::find_party(model, id))
            return;
        governance::Party party;
        party.id = id;
        party.name = id == "jv" ? "Test JV" : "Party " + id;
        governance::add_party(model, party);
    }

    void stake(const std::string& holder, const std::string& issuer, Rational voting,
               std::optional<Rational> economic = std::nullopt) {
        add(holder);
        add(issuer);
        governance::Stake stake;
        stake.holder = holder;
        stake.issuer = issuer;
        stake.voting = voting;
        stake.economic = economic.value_or(voting);
        model.stakes.push_back(stake);
    }

    void add_rule(const std::string& body, const std::string& id) {
        governance::Matter matter;
        matter.id = id;
        matter.name = "Ordinary decisions";
        matter.body = body;
        matter.rule.threshold = {governance::Threshold::Kind::more_than, Rational(1, 2)};
        matter.is_default = true;
        model.matters.push_back(matter);
    }

    void board(const std::string& of, const std::vector<std::pair<std::string, int>>& seats,
               bool with_rule = true) {
        add(of);
        governance::Body body;
        body.id = of + "-board";
        body.name = "Board of " + of;
        body.of = of;
        body.kind = governance::BodyKind::board;
        for (const auto& [appointer, count] : seats) {
            add(appointer);
            governance::SeatGroup group;
            group.appointed_by = appointer;
            group.count = count;
            body.seats.push_back(group);
        }
        model.bodies.push_back(body);
        if (with_rule)
            add_rule(body.id, of + "-ordinary");
    }

    CompiledGame members_game() const {
        return compile_matter(model, *governance::find_body(model, "members"),
                              *governance::default_matter(model, "members"), View::members);
    }
};

Rational banzhaf_of(const IndirectPower& result, const std::string& id) {
    const auto index = find_ultimate(result, id);
    REQUIRE(index);
    return *result.power[*index].banzhaf;
}

Rational shapley_of(const IndirectPower& result, const std::string& id) {
    const auto index = find_ultimate(result, id);
    REQUIRE(index);
    return *result.power[*index].shapley_shubik;
}

std::vector<std::string> ids_of(const IndirectPower& result) {
    std::vector<std::string> ids;
    for (const auto& player : result.players)
        ids.push_back(player.id);
    return ids;
}

// The JV of the first tests: members h 50%, b 30%, c 20%, more than half to decide. Banzhaf
// (swings 3, 1, 1): 3/5, 1/5, 1/5; Shapley-Shubik: 2/3, 1/6, 1/6.
Structure fifty_thirty_twenty() {
    Structure s;
    s.stake("h", "jv", Rational(1, 2));
    s.stake("b", "jv", Rational(3, 10));
    s.stake("c", "jv", Rational(1, 5));
    return s;
}

}  // namespace

TEST_CASE("a holding owned 60/40 passes its whole power to the 60% holder", "[indirect]") {
    auto s = fifty_thirty_twenty();
    s.stake("x", "h", Rational(3, 5));
    s.stake("y", "h", Rational(2, 5));
    const auto result = indirect_power(s.model, s.members_game());
    CHECK(result.method == IndirectMethod::exact);
    CHECK(ids_of(result) == std::vector<std::string>{"x", "y", "b", "c"});
    CHECK(banzhaf_of(result, "x") == Rational(3, 5));
    CHECK(banzhaf_of(result, "y") == 0);
    CHECK(banzhaf_of(result, "b") == Rational(1, 5));
    CHECK(banzhaf_of(result, "c") == Rational(1, 5));
    CHECK(shapley_of(result, "x") == Rational(2, 3));
    CHECK(shapley_of(result, "y") == 0);
    CHECK(shapley_of(result, "b") == Rational(1, 6));
    REQUIRE(result.votes.size() == 3);
    CHECK(member_vote_in_words(s.model, result.votes[0]) ==
          "Party h votes as the holders of more than half of its votes decide: Party x holds "
          "60.00% and Party y holds 40.00%");
    CHECK(member_vote_in_words(s.model, result.votes[1]) ==
          "Party b votes for itself: the model gives it no holders and no board");
}

TEST_CASE("a board appointed by a minority owner decides the holding's vote", "[indirect]") {
    // m holds 90% of h's votes, f 10%; h's board of 3: f appoints 2, m 1. h follows its board,
    // where f has the majority: f takes h's place and m has no power.
    auto s = fifty_thirty_twenty();
    s.stake("m", "h", Rational(9, 10));
    s.stake("f", "h", Rational(1, 10));
    s.board("h", {{"f", 2}, {"m", 1}});
    const auto result = indirect_power(s.model, s.members_game());
    CHECK(ids_of(result) == std::vector<std::string>{"f", "m", "b", "c"});
    CHECK(banzhaf_of(result, "f") == Rational(3, 5));
    CHECK(banzhaf_of(result, "m") == 0);
    CHECK(shapley_of(result, "f") == Rational(2, 3));
    CHECK(member_vote_in_words(s.model, result.votes[0])
              .rfind("Party h votes as its board (Board of h) decides by its rule "
                     "for \"Ordinary decisions\" (",
                     0) == 0);
    CHECK(member_vote_in_words(s.model, result.votes[0])
              .find("; Party f appoints 2 of its 3 seats and Party m appoints 1 "
                    "of its 3 seats") != std::string::npos);
}

TEST_CASE("a board without a rule in the model decides by more than half of its seats",
          "[indirect]") {
    // As above, the board without a matter: the same result, with the assumption in the words.
    auto s = fifty_thirty_twenty();
    s.stake("m", "h", Rational(9, 10));
    s.stake("f", "h", Rational(1, 10));
    s.board("h", {{"f", 2}, {"m", 1}}, false);
    const auto result = indirect_power(s.model, s.members_game());
    CHECK(banzhaf_of(result, "f") == Rational(3, 5));
    CHECK(banzhaf_of(result, "m") == 0);
    CHECK(member_vote_in_words(s.model, result.votes[0])
              .rfind("Party h votes as its board (Board of h) decides by its rule "
                     "for \"more than half of the seats (assumed: the model gives "
                     "the board no rule)\" (",
                     0) == 0);
}

TEST_CASE("an unallocated voting remainder is a dispersed float, never a bloc", "[indirect]") {
    // h is the JV's only member; x 45%, y 15% and nobody named 40% of h's votes. The 40% is a
    // dispersed float: in the oceanic limit half of it (20%) votes with any side, so x with
    // 45% + 20% = 65% passes h's majority alone and y (15% + 20% = 35%) never swings. Counted as
    // one bloc, the 40% would instead make any two of the three decisive (1/3 each).
    Structure s;
    s.stake("h", "jv", Rational(1));
    s.stake("x", "h", Rational(9, 20));
    s.stake("y", "h", Rational(3, 20));
    const auto result = indirect_power(s.model, s.members_game());
    CHECK(ids_of(result) == std::vector<std::string>{"x", "y"});
    CHECK(banzhaf_of(result, "x") == 1);
    CHECK(banzhaf_of(result, "y") == 0);
    // Milnor-Shapley, by hand: with a share t of the float arrived, {x} carries h from t = 1/8
    // (45 + 40t > 50), {y} from t = 7/8, {x, y} from 0, nobody never. x is pivotal arriving at t
    // first when 1/8 < t, after y when t < 7/8: the integral of (1 - t) over [1/8, 1] plus that
    // of t over [0, 7/8], 49/128 + 49/128 = 49/64; y: (1 - t) over [7/8, 1] plus t over [0, 1/8]
    // = 1/128 + 1/128 = 1/64 (the float gets the other 14/64).
    CHECK(shapley_of(result, "x") == Rational(49, 64));
    CHECK(shapley_of(result, "y") == Rational(1, 64));
    // The same as power::oceanic_power on h's vote alone (the JV follows h).
    const auto oceanic =
        jvgov::power::oceanic_power({{Rational(45), Rational(15)}, Rational(40), Rational(50)});
    CHECK(oceanic.shapley_shubik == std::vector<Rational>{Rational(49, 64), Rational(1, 64)});
    CHECK(member_vote_in_words(s.model, result.votes[0]) ==
          "Party h votes as the holders of more than half of its votes cast decide: Party x holds "
          "45.00%, Party y holds 15.00% and the other holders of Party h hold the remaining "
          "40.00%; the dispersed holders are many small holders, never one bloc: half of their "
          "votes cast are counted for a decision (the oceanic limit)");
}

TEST_CASE("a float in the JV and the same float one level down give the same values",
          "[indirect]") {
    // Flat: x 30%, y 25%, z 10% of the JV and 35% unallocated (power::oceanic_power on the JV's
    // vote). Nested: h holds the whole JV and x, y, z hold h in the same shares (the composition
    // enumerated). Same game, same values.
    Structure flat;
    flat.stake("x", "jv", Rational(3, 10));
    flat.stake("y", "jv", Rational(1, 4));
    flat.stake("z", "jv", Rational(1, 10));
    Structure nested;
    nested.stake("h", "jv", Rational(1));
    nested.stake("x", "h", Rational(3, 10));
    nested.stake("y", "h", Rational(1, 4));
    nested.stake("z", "h", Rational(1, 10));
    const auto a = indirect_power(flat.model, flat.members_game());
    const auto b = indirect_power(nested.model, nested.members_game());
    const auto oceanic = jvgov::power::oceanic_power(
        {{Rational(30), Rational(25), Rational(10)}, Rational(35), Rational(50)});
    for (const std::string id : {"x", "y", "z"}) {
        CHECK(shapley_of(a, id) == shapley_of(b, id));
        CHECK(banzhaf_of(a, id) == banzhaf_of(b, id));
    }
    CHECK(shapley_of(a, "x") == oceanic.shapley_shubik[0]);
    CHECK(shapley_of(a, "y") == oceanic.shapley_shubik[1]);
    CHECK(shapley_of(a, "z") == oceanic.shapley_shubik[2]);
    CHECK(banzhaf_of(a, "x") == oceanic.banzhaf[0]);
}

TEST_CASE("beyond 16 ultimate holders a float inside a member leaves Shapley-Shubik out",
          "[indirect]") {
    // h holds the JV; 17 holders of 5% each and 15% unallocated hold h: 17 ultimate players.
    Structure s;
    s.stake("h", "jv", Rational(1));
    for (int k = 0; k < 17; ++k)
        s.stake(fmt::format("p{}", k), "h", Rational(1, 20));
    const auto result = indirect_power(s.model, s.members_game());
    REQUIRE(result.players.size() == 17);
    CHECK(result.method == IndirectMethod::exact);
    CHECK(banzhaf_of(result, "p0") == Rational(1, 17));
    CHECK_FALSE(result.power[0].shapley_shubik);
}

TEST_CASE("a float inside a member: Milnor-Shapley through the composition", "[indirect]") {
    // The JV: h 60%, b 40%, more than half. h: x 45% and 55% unallocated (a dispersed float).
    // Banzhaf: x with half the float (45 + 27.5) carries h, and h the JV: x decides alone.
    // Shapley-Shubik: without x, h is carried once 55t > 50 (t > 10/11); with x once
    // 45 + 55t > 50 (t > 1/11); b never matters (h alone is a majority of the JV). x is pivotal
    // when it arrives at 1/11 < t < 10/11, whoever came before: 9/11; b: 0.
    Structure s;
    s.stake("h", "jv", Rational(3, 5));
    s.stake("b", "jv", Rational(2, 5));
    s.stake("x", "h", Rational(9, 20));
    const auto result = indirect_power(s.model, s.members_game());
    CHECK(ids_of(result) == std::vector<std::string>{"x", "b"});
    CHECK(banzhaf_of(result, "x") == 1);
    CHECK(banzhaf_of(result, "b") == 0);
    CHECK(shapley_of(result, "x") == Rational(9, 11));
    CHECK(shapley_of(result, "b") == 0);
}

TEST_CASE("a holding held only by a dispersed float decides for itself", "[indirect]") {
    // h is held wholly by d, a dispersed group (many small holders): no holder of the model can
    // carry h's vote, so h is the ultimate player for its seat in the JV.
    Structure s;
    governance::Party d;
    d.id = "d";
    d.name = "Party d";
    d.kind = governance::PartyKind::group;
    d.dispersed = true;
    governance::add_party(s.model, d);
    s.stake("h", "jv", Rational(1));
    s.stake("d", "h", Rational(1));
    const auto result = indirect_power(s.model, s.members_game());
    CHECK(ids_of(result) == std::vector<std::string>{"h"});
    CHECK(banzhaf_of(result, "h") == 1);
    CHECK(member_vote_in_words(s.model, result.votes[0]) ==
          "Party h votes as its dispersed holders decide: Party d (dispersed) hold 100.00%; no "
          "holder of the model can decide alone against half of the dispersed votes, so Party h "
          "counts as an ultimate holder");
}

TEST_CASE("a cycle is cut where a party is reached again", "[indirect]") {
    // a and c hold each other wholly: a's vote follows c, whose vote follows a again: cut, a
    // votes for itself and dictates the JV (60% of its votes).
    Structure s;
    s.stake("a", "jv", Rational(3, 5));
    s.stake("b", "jv", Rational(2, 5));
    s.stake("c", "a", Rational(1));
    s.stake("a", "c", Rational(1));
    const auto result = indirect_power(s.model, s.members_game());
    CHECK(ids_of(result) == std::vector<std::string>{"a", "b"});
    CHECK(banzhaf_of(result, "a") == 1);
    CHECK(banzhaf_of(result, "b") == 0);
    CHECK(result.votes[0].cycles_cut == std::vector<std::string>{"a"});
    CHECK(member_vote_in_words(s.model, result.votes[0]) ==
          "Party a votes as the holders of more than half of its votes decide: Party c holds "
          "100.00%; Party c votes as the holders of more than half of its votes decide: Party a "
          "holds 100.00%; Party a is reached again through its own holders or appointers (a "
          "cycle): the cycle is cut there and Party a counts as voting for itself");
    CHECK(result.votes[1].cycles_cut.empty());
}

TEST_CASE("a two-level chain passes the JV seat to the top majority holder", "[indirect]") {
    // h: g 70%, z 30%; g: p 55%, q 45%: p decides g, g decides h.
    auto s = fifty_thirty_twenty();
    s.stake("g", "h", Rational(7, 10));
    s.stake("z", "h", Rational(3, 10));
    s.stake("p", "g", Rational(11, 20));
    s.stake("q", "g", Rational(9, 20));
    const auto result = indirect_power(s.model, s.members_game());
    CHECK(ids_of(result) == std::vector<std::string>{"p", "q", "z", "b", "c"});
    CHECK(banzhaf_of(result, "p") == Rational(3, 5));
    CHECK(banzhaf_of(result, "q") == 0);
    CHECK(banzhaf_of(result, "z") == 0);
    CHECK(shapley_of(result, "p") == Rational(2, 3));
}

TEST_CASE("economic interest without votes gives no indirect power", "[indirect]") {
    // e holds 49% of h's value and no votes; v holds 51% of the value and all the votes.
    auto s = fifty_thirty_twenty();
    s.stake("e", "h", 0, Rational(49, 100));
    s.stake("v", "h", 1, Rational(51, 100));
    const auto result = indirect_power(s.model, s.members_game());
    CHECK(ids_of(result) == std::vector<std::string>{"v", "b", "c"});
    CHECK(!find_ultimate(result, "e"));
    CHECK(banzhaf_of(result, "v") == Rational(3, 5));
}

namespace {

// An independent evaluation of the composed game straight from the model's facts: whether the
// ultimate players in `coalition` (by id) carry `party`'s vote. Boards: more than half of the
// seats, appointers voting as they are carried; else holders: more than half of the votes, the
// unallocated remainder a dispersed float of which the share `arrived` votes for (1/2: the
// Banzhaf limit; t: the float arrived by time t in Milnor and Shapley's model; these structures
// give every holder some votes, so the float never decides alone); else the party itself. A
// party already on the path counts as itself.
bool carries(const governance::Model& model, const std::string& party,
             const std::set<std::string>& coalition, std::vector<std::string>& path,
             const Rational& arrived) {
    if (std::find(path.begin(), path.end(), party) != path.end())
        return coalition.count(party) > 0;
    path.push_back(party);
    bool result = false;
    const governance::Body* board = nullptr;
    for (const auto& body : model.bodies) {
        if (body.of == party && body.kind == governance::BodyKind::board && !board)
            board = &body;
    }
    const auto stakes = governance::stakes_in(model, party);
    if (board) {
        int yes = 0;
        int total = 0;
        for (const auto& group : board->seats) {
            total += group.count;
            if (carries(model, group.appointed_by, coalition, path, arrived))
                yes += group.count;
        }
        result = 2 * yes > total;
    } else if (!stakes.empty()) {
        Rational yes = 0;
        Rational allocated = 0;
        for (const auto* stake : stakes) {
            allocated += stake->voting;
            if (stake->voting > 0 && carries(model, stake->holder, coalition, path, arrived))
                yes += stake->voting;
        }
        yes += (1 - allocated) * arrived;
        result = 2 * yes > 1;
    } else {
        result = coalition.count(party) > 0;
    }
    path.pop_back();
    return result;
}

}  // namespace

TEST_CASE("indirect power equals a brute force over random small structures", "[indirect]") {
    std::mt19937_64 random(20261122);
    auto draw = [&](int below) {
        return static_cast<int>(random() % static_cast<unsigned>(below));
    };
    // The structures cover every case of the expansion: counted below.
    int with_cycle = 0;
    int with_remainder = 0;
    int with_board = 0;
    int largest = 0;
    for (int round = 0; round < 60; ++round) {
        Structure s;
        const int parties = 10;
        auto id = [](int k) { return fmt::format("p{}", k); };
        // Three JV members with tenths of the votes (all allocated).
        const int first = 1 + draw(6);
        const int second = 1 + draw(9 - first);
        s.stake(id(0), "jv", Rational(first, 10));
        s.stake(id(1), "jv", Rational(second, 10));
        s.stake(id(2), "jv", Rational(10 - first - second, 10));
        for (int k = 0; k < parties; ++k) {
            const int kind = draw(3);  // 0: none, 1: holders, 2: board
            if (kind == 1) {
                int left = 10;
                const int holders = 1 + draw(3);
                for (int h = 0; h < holders && left > 0; ++h) {
                    const int holder = draw(parties);
                    if (holder == k)
                        continue;
                    const int tenths = 1 + draw(left);
                    left -= tenths;
                    s.stake(id(holder), id(k), Rational(tenths, 10));
                }
            } else if (kind == 2) {
                std::vector<std::pair<std::string, int>> seats;
                const int appointers = 1 + draw(3);
                for (int a = 0; a < appointers; ++a) {
                    const int appointer = draw(parties);
                    if (appointer != k)
                        seats.push_back({id(appointer), 1 + draw(3)});
                }
                if (!seats.empty())
                    s.board(id(k), seats);
            }
        }
        const auto jv_game = s.members_game();
        const auto result = indirect_power(s.model, jv_game);
        REQUIRE(result.method == IndirectMethod::exact);
        const int n = static_cast<int>(result.players.size());
        largest = std::max(largest, n);
        with_cycle += std::any_of(result.votes.begin(), result.votes.end(),
                                  [](const MemberVote& v) { return !v.cycles_cut.empty(); });
        with_remainder +=
            std::any_of(result.votes.begin(), result.votes.end(), [](const MemberVote& v) {
                return std::any_of(v.steps.begin(), v.steps.end(),
                                   [](const VoteStep& step) { return step.remainder > 0; });
            });
        with_board +=
            std::any_of(result.votes.begin(), result.votes.end(), [](const MemberVote& v) {
                return std::any_of(v.steps.begin(), v.steps.end(), [](const VoteStep& step) {
                    return step.kind == VoteStep::Kind::board;
                });
            });
        REQUIRE(n <= 14);
        std::vector<Integer> swings(static_cast<std::size_t>(n), 0);
        // Banzhaf: the composed limit games (half of every float votes for).
        const games::Coalition all = games::Coalition{1} << n;
        const auto members_of = [&](games::Coalition c) {
            std::set<std::string> members;
            for (int i = 0; i < n; ++i) {
                if (games::contains(c, i))
                    members.insert(result.players[static_cast<std::size_t>(i)].id);
            }
            return members;
        };
        std::vector<bool> winning(static_cast<std::size_t>(all));
        for (games::Coalition c = 0; c < all; ++c) {
            std::vector<std::string> path;
            winning[c] = carries(s.model, "jv", members_of(c), path, Rational(1, 2));
        }
        for (games::Coalition c = 0; c < all; ++c) {
            for (int i = 0; i < n; ++i) {
                if (!games::contains(c, i) && winning[c | games::singleton(i)] && !winning[c])
                    swings[static_cast<std::size_t>(i)] += 1;
            }
        }
        Integer total = 0;
        for (const auto& sw : swings)
            total += sw;
        INFO("round " << round);
        for (int i = 0; i < n; ++i) {
            CHECK(*result.power[static_cast<std::size_t>(i)].banzhaf ==
                  (total == 0 ? Rational(0)
                              : Rational(swings[static_cast<std::size_t>(i)], total)));
        }
        // Shapley-Shubik (Milnor and Shapley when a float takes part): the composed game changes
        // only where some holding's named votes plus its float's share t cross one half, at
        // t = (1/2 - v) / float for a sum v of some of its stakes; between those points it is
        // evaluated at the midpoint. from[c]: where coalition c first carries the JV (1: never).
        std::vector<Rational> points = {Rational(0), Rational(1)};
        for (const auto& party : s.model.parties) {
            const auto stakes = governance::stakes_in(s.model, party.id);
            Rational allocated = 0;
            for (const auto* stake : stakes)
                allocated += stake->voting;
            if (stakes.empty() || allocated >= 1)
                continue;
            for (unsigned subset = 0; subset < (1u << stakes.size()); ++subset) {
                Rational v = 0;
                for (std::size_t k = 0; k < stakes.size(); ++k) {
                    if (subset & (1u << k))
                        v += stakes[k]->voting;
                }
                const Rational x = (Rational(1, 2) - v) / (1 - allocated);
                if (x > 0 && x < 1)
                    points.push_back(x);
            }
        }
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        std::vector<Rational> from(static_cast<std::size_t>(all), Rational(1));
        for (games::Coalition c = 0; c < all; ++c) {
            const auto members = members_of(c);
            for (std::size_t k = 0; k + 1 < points.size(); ++k) {
                std::vector<std::string> path;
                if (carries(s.model, "jv", members, path, (points[k] + points[k + 1]) / 2)) {
                    from[c] = points[k];
                    break;
                }
            }
        }
        std::map<Rational, std::vector<Rational>> integrals;  // arrival integrals per point
        const auto integral = [&](int size, const Rational& x) {
            auto found = integrals.find(x);
            if (found == integrals.end())
                found = integrals.emplace(x, jvgov::power::arrival_integrals(n - 1, x)).first;
            return found->second[static_cast<std::size_t>(size)];
        };
        std::vector<Rational> shapley(static_cast<std::size_t>(n), 0);
        for (games::Coalition c = 0; c < all; ++c) {
            for (int i = 0; i < n; ++i) {
                const auto with = c | games::singleton(i);
                if (!games::contains(c, i) && from[with] < from[c])
                    shapley[static_cast<std::size_t>(i)] +=
                        integral(games::size(c), from[c]) - integral(games::size(c), from[with]);
            }
        }
        for (int i = 0; i < n; ++i)
            CHECK(*result.power[static_cast<std::size_t>(i)].shapley_shubik ==
                  shapley[static_cast<std::size_t>(i)]);
    }
    CHECK(with_cycle >= 5);
    CHECK(with_remainder >= 5);
    CHECK(with_board >= 5);
    CHECK(largest >= 8);
}

namespace {

// The JV h 50%, b 30%, c 20% with h held by `h_holders` equal holders and b by `b_holders`
// equal holders ("more than half" of each).
Structure nested_majorities(int h_holders, int b_holders) {
    auto s = fifty_thirty_twenty();
    for (int k = 0; k < h_holders; ++k)
        s.stake(fmt::format("h{}", k), "h", Rational(1, h_holders));
    for (int k = 0; k < b_holders; ++k)
        s.stake(fmt::format("b{}", k), "b", Rational(1, b_holders));
    return s;
}

// The Penrose index of one of m equal voters under "more than half": the chance that the
// others split so that the voter decides.
Rational penrose_of_equal_majority(int m) {
    const int needed = m / 2 + 1;  // votes to win
    Integer ways = 1;              // binomial(m - 1, needed - 1)
    for (int k = 0; k < needed - 1; ++k)
        ways = ways * (m - 1 - k) / (k + 1);
    return Rational(ways, Integer(1) << (m - 1));
}

// Normalised Banzhaf of the nested game by the composition rule for the absolute Banzhaf index:
// when every inner game wins exactly half of its coalitions (an odd number of equal holders
// under "more than half" is self-dual), the inner outcomes are fair coins and the Penrose index
// of a compound game is the product of the Penrose indices along the chain (Owen 1964; Felsenthal
// & Machover 1998, §3.3). The JV's Penrose indices are h 3/4, b 1/4, c 1/4.
std::map<std::string, Rational> banzhaf_by_products(int h_holders, int b_holders) {
    const Rational h = Rational(3, 4) * penrose_of_equal_majority(h_holders);
    const Rational b = Rational(1, 4) * penrose_of_equal_majority(b_holders);
    const Rational c = Rational(1, 4);
    const Rational sum = h * h_holders + b * b_holders + c;
    return {{"h0", h / sum}, {"b0", b / sum}, {"c", c / sum}};
}

}  // namespace

TEST_CASE("exact composed Banzhaf equals the product rule of compound games", "[indirect]") {
    const auto s = nested_majorities(9, 5);  // 15 ultimate players
    const auto result = indirect_power(s.model, s.members_game());
    REQUIRE(result.method == IndirectMethod::exact);
    REQUIRE(result.players.size() == 15);
    for (const auto& [id, expected] : banzhaf_by_products(9, 5))
        CHECK(banzhaf_of(result, id) == expected);
}

TEST_CASE("beyond 20 ultimate players the power is sampled with confidence intervals",
          "[indirect]") {
    const auto s = nested_majorities(11, 11);  // 23 ultimate players
    const auto result = indirect_power(s.model, s.members_game());
    REQUIRE(result.method == IndirectMethod::monte_carlo);
    CHECK(result.samples == 100000);
    CHECK(result.seed == 1);
    REQUIRE(result.players.size() == 23);
    // One player of each kind (the others are symmetric to them).
    for (const auto& [id, expected] : banzhaf_by_products(11, 11)) {
        const auto index = find_ultimate(result, id);
        REQUIRE(index);
        const auto& estimate = *result.power[*index].banzhaf_estimate;
        const double exact = static_cast<double>(expected);
        INFO(id << ": " << exact << " in [" << estimate.low << ", " << estimate.high << "]");
        CHECK(estimate.low <= exact);
        CHECK(exact <= estimate.high);
        CHECK(estimate.high - estimate.low < 0.01);
        CHECK(!result.power[*index].banzhaf);
    }
}
