#include "model/ownership/control.hpp"

#include <cstdint>
#include <random>

#include <catch2/catch.hpp>

using namespace jvgov::ownership;

namespace {

Edge stake(std::size_t holder, std::size_t issuer, Rational economic, Rational voting) {
    return Edge{holder, issuer, economic, voting, 0};
}

}  // namespace

TEST_CASE("control by appointment despite a minority stake overrides a voting majority",
          "[ownership]") {
    // c: m holds 60% (economic and votes), f 5%; c's board of 4: f appoints 3, m 1.
    OwnershipGraph graph =
        make_graph({"m", "f", "c"},
                   {stake(0, 2, Rational(3, 5), Rational(3, 5)),
                    stake(1, 2, Rational(1, 20), Rational(1, 20))},
                   {Board{2, "c-board", 4, {Appointment{1, 3}, Appointment{0, 1}}}});
    std::vector<Control> controls = control(graph);
    const Control& c = controls[2];
    CHECK(c.basis == ControlBasis::appointment);
    CHECK(c.chain == std::vector<std::size_t>{1});
    CHECK(c.group == std::vector<std::size_t>{1});
    CHECK(c.seats == 3);
    CHECK(c.votes == Rational(1, 20));
    CHECK(c.overridden_voting_majority == std::optional<std::size_t>(0));
    CHECK(controls[0].basis == ControlBasis::none);
    CHECK(controls[1].chain.empty());

    LookThrough interests = look_through(graph);
    std::vector<Divergence> flags = divergences(graph, interests, controls);
    REQUIRE(flags.size() == 2);
    CHECK(flags[0].kind == DivergenceKind::controller_without_majority);
    CHECK(flags[0].party == 1);
    CHECK(flags[0].economic == Rational(1, 20));
    CHECK(flags[1].kind == DivergenceKind::larger_interest_than_controller);
    CHECK(flags[1].party == 0);
    CHECK(flags[1].economic == Rational(3, 5));
    CHECK(flags[1].votes == Rational(3, 5));
}

TEST_CASE("half the seats is not a majority of the board", "[ownership]") {
    OwnershipGraph graph =
        make_graph({"f", "c"}, {}, {Board{1, "c-board", 4, {Appointment{0, 2}}}});
    CHECK(control(graph)[1].basis == ControlBasis::none);
}

TEST_CASE("control chains add the votes of controlled entities", "[ownership]") {
    // t holds 60% of the votes of y; y holds 30% of x and t 25%: t's group has 55% of x.
    // s holds 51% of a, a 51% of b, b 51% of d: d's chain is b, a, s.
    OwnershipGraph graph = make_graph(
        {"t", "y", "x", "s", "a", "b", "d"},
        {stake(0, 1, Rational(3, 5), Rational(3, 5)), stake(1, 2, Rational(3, 10), Rational(3, 10)),
         stake(0, 2, Rational(1, 4), Rational(1, 4)),
         stake(3, 4, Rational(51, 100), Rational(51, 100)),
         stake(4, 5, Rational(51, 100), Rational(51, 100)),
         stake(5, 6, Rational(51, 100), Rational(51, 100))});
    std::vector<Control> controls = control(graph);
    CHECK(controls[1].basis == ControlBasis::votes);
    CHECK(controls[1].chain == std::vector<std::size_t>{0});
    CHECK(controls[2].basis == ControlBasis::votes);
    CHECK(controls[2].chain == std::vector<std::size_t>{1, 0});  // y holds more than t directly
    CHECK(controls[2].group == std::vector<std::size_t>{0, 1});
    CHECK(controls[2].votes == Rational(11, 20));
    CHECK(controls[6].chain == std::vector<std::size_t>{5, 4, 3});
    CHECK(ultimate_controller(controls[6]) == std::optional<std::size_t>(3));
    CHECK_FALSE(ultimate_controller(controls[3]));

    // t's look-through interest in x (0.25 + 0.6 * 0.3 = 43%) is short of a majority.
    LookThrough interests = look_through(graph);
    std::vector<Divergence> flags = divergences(graph, interests, controls);
    std::vector<std::pair<std::size_t, Rational>> minority;
    for (const Divergence& flag : flags) {
        if (flag.kind == DivergenceKind::controller_without_majority) {
            minority.emplace_back(flag.entity, flag.economic);
        }
    }
    // x: 43/100; b: 0.51^2; d: 0.51^3.
    CHECK(minority ==
          std::vector<std::pair<std::size_t, Rational>>{
              {2, Rational(43, 100)}, {5, Rational(2601, 10000)}, {6, Rational(132651, 1000000)}});
}

TEST_CASE(
    "no majority means no controller, votes held through the entity itself count for "
    "nobody",
    "[ownership]") {
    // A 40/40/10/10 joint venture.
    OwnershipGraph jv =
        make_graph({"jv", "a", "b", "c", "d"}, {stake(1, 0, Rational(2, 5), Rational(2, 5)),
                                                stake(2, 0, Rational(2, 5), Rational(2, 5)),
                                                stake(3, 0, Rational(1, 10), Rational(1, 10)),
                                                stake(4, 0, Rational(1, 10), Rational(1, 10))});
    for (const Control& c : control(jv)) {
        CHECK(c.basis == ControlBasis::none);
    }
    // x and y hold 60% of each other's votes: a circle, resolved in file order (x on top).
    OwnershipGraph circle = make_graph({"x", "y"}, {stake(0, 1, Rational(3, 5), Rational(3, 5)),
                                                    stake(1, 0, Rational(3, 5), Rational(3, 5))});
    std::vector<Control> controls = control(circle);
    CHECK(controls[0].basis == ControlBasis::none);
    CHECK(controls[1].basis == ControlBasis::votes);
    CHECK(controls[1].chain == std::vector<std::size_t>{0});
}

// Random acyclic vote structures (holders before issuers, no boards), against the classic
// closure definition: the set a party controls is the least set S containing the party such
// that every entity whose votes held by S exceed one half is in S. An entity's ultimate
// controller is then the party, itself controlled by nobody, whose set contains it.
TEST_CASE("control agrees with the closure definition on random acyclic structures",
          "[ownership]") {
    std::mt19937_64 engine(5);
    auto below = [&](std::uint64_t n) { return static_cast<std::size_t>(engine() % n); };
    int controlled = 0, chains = 0;
    for (int round = 0; round < 300; ++round) {
        std::size_t n = 3 + below(8);
        std::vector<std::string> names;
        for (std::size_t i = 0; i < n; ++i) {
            names.push_back("p" + std::to_string(i));
        }
        std::vector<Edge> edges;
        std::vector<int> left(n, 10);  // tenths of each issuer's votes not yet held
        for (std::size_t s = 0; s < 3 * n; ++s) {
            std::size_t issuer = 1 + below(n - 1), holder = below(issuer);
            if (left[issuer] == 0) {
                continue;
            }
            int tenths = 1 + static_cast<int>(below(static_cast<std::uint64_t>(left[issuer])));
            left[issuer] -= tenths;
            edges.push_back(stake(holder, issuer, Rational(tenths, 10), Rational(tenths, 10)));
        }
        OwnershipGraph graph = make_graph(names, edges);
        std::vector<std::vector<bool>> closure(n, std::vector<bool>(n, false));
        for (std::size_t p = 0; p < n; ++p) {
            closure[p][p] = true;
            for (bool grew = true; grew;) {
                grew = false;
                for (std::size_t x = 0; x < n; ++x) {
                    Rational votes;
                    for (const Edge& edge : edges) {
                        if (edge.issuer == x && closure[p][edge.holder]) {
                            votes += edge.voting;
                        }
                    }
                    if (!closure[p][x] && votes * 2 > 1) {
                        closure[p][x] = grew = true;
                    }
                }
            }
        }
        std::vector<Control> controls = control(graph);
        for (std::size_t x = 0; x < n; ++x) {
            std::optional<std::size_t> expected;
            for (std::size_t p = 0; p < n; ++p) {
                bool p_controlled = false;
                for (std::size_t q = 0; q < n; ++q) {
                    p_controlled = p_controlled || (q != p && closure[q][p]);
                }
                if (p != x && closure[p][x] && !p_controlled) {
                    expected = p;
                }
            }
            CHECK(ultimate_controller(controls[x]) == expected);
            CHECK((controls[x].basis == ControlBasis::votes) == expected.has_value());
            controlled += expected ? 1 : 0;
            // Every link of the chain is controlled by the same ultimate controller.
            for (std::size_t k = 0; k + 1 < controls[x].chain.size(); ++k) {
                CHECK(ultimate_controller(controls[controls[x].chain[k]]) == expected);
                ++chains;
            }
        }
    }
    CHECK(controlled > 300);
    CHECK(chains > 50);
}
