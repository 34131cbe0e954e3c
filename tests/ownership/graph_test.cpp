#include "model/ownership/graph.hpp"

#include <catch2/catch.hpp>

#include "model/governance/registry.hpp"

using namespace jvgov::ownership;
using jvgov::governance::Body;
using jvgov::governance::BodyKind;
using jvgov::governance::Model;
using jvgov::governance::Party;
using jvgov::governance::Period;
using jvgov::governance::SeatGroup;
using jvgov::governance::Stake;
using namespace std::chrono_literals;

namespace {

Stake stake(std::string holder, std::string issuer, Rational economic, Rational voting,
            Period period = {}) {
    Stake result;
    result.holder = std::move(holder);
    result.issuer = std::move(issuer);
    result.economic = economic;
    result.voting = voting;
    result.period = period;
    return result;
}

// jv held by a (60%) and b (40% until 2025-06-01); b held by a (1/3); jv's board: a 2, b 1,
// 1 independent seat.
Model small_model() {
    Model model;
    for (const char* id : {"jv", "a", "b"}) {
        Party party;
        party.id = id;
        jvgov::governance::add_party(model, party);
    }
    model.stakes.push_back(stake("a", "jv", Rational(3, 5), Rational(3, 5)));
    model.stakes.push_back(
        stake("b", "jv", Rational(2, 5), Rational(2, 5), Period{std::nullopt, 2025y / 6 / 1}));
    model.stakes.push_back(stake("a", "b", Rational(1, 3), Rational(1, 2)));
    Body board;
    board.id = "jv-board";
    board.of = "jv";
    board.kind = BodyKind::board;
    board.seats = {SeatGroup{"a", 1, {}, {}}, SeatGroup{"b", 1, {}, {}}, SeatGroup{"", 1, {}, {}},
                   SeatGroup{"a", 1, {}, {}}};
    model.bodies.push_back(board);
    return model;
}

}  // namespace

TEST_CASE("graph_on keeps file order, dates the stakes and indexes by holder and issuer",
          "[ownership]") {
    OwnershipGraph graph = graph_on(small_model(), 2025y / 1 / 1);
    CHECK(graph.parties == std::vector<std::string>{"jv", "a", "b"});
    REQUIRE(graph.edges.size() == 3);
    CHECK(graph.edges[1].holder == 2);
    CHECK(graph.edges[1].issuer == 0);
    CHECK(graph.edges[2].economic == Rational(1, 3));
    CHECK(graph.edges[2].voting == Rational(1, 2));
    CHECK(graph.held_by[0] == std::vector<std::size_t>{0, 1});
    CHECK(graph.holds[1] == std::vector<std::size_t>{0, 2});
    CHECK(graph.held_by[1].empty());
    REQUIRE(graph.boards.size() == 1);
    CHECK(graph.board_of == std::vector<std::ptrdiff_t>{0, -1, -1});
    CHECK(graph.boards[0].body == "jv-board");
    CHECK(graph.boards[0].total_seats == 4);
    REQUIRE(graph.boards[0].appointments.size() == 2);
    CHECK(graph.boards[0].appointments[0].appointer == 1);
    CHECK(graph.boards[0].appointments[0].seats == 2);
    CHECK(graph.boards[0].appointments[1].seats == 1);

    OwnershipGraph later = graph_on(small_model(), 2025y / 6 / 1);
    REQUIRE(later.edges.size() == 2);
    CHECK(later.edges[1].stake == 2);  // the position in the model's file order
    CHECK(party_index(later, "b") == 2);
    CHECK(party_index(later, "z") == -1);

    // Seats of an appointer that is not a party on the date count in the board's size only.
    Model with_gone = small_model();
    Party gone;
    gone.id = "gone";
    gone.period = Period{std::nullopt, 2025y / 3 / 1};
    jvgov::governance::add_party(with_gone, gone);
    with_gone.bodies[0].seats.push_back(SeatGroup{"gone", 2, {}, {}});
    CHECK(graph_on(with_gone, 2025y / 1 / 1).boards[0].appointments.size() == 3);
    Board board = graph_on(with_gone, 2025y / 6 / 1).boards[0];
    CHECK(board.total_seats == 6);
    REQUIRE(board.appointments.size() == 2);
    CHECK(board.appointments[1].appointer == 2);
}

TEST_CASE("graph_on and make_graph reject bad structures with the offending stake named",
          "[ownership]") {
    Model unknown = small_model();
    unknown.stakes.push_back(stake("a", "nowhere", Rational(1, 10), Rational(1, 10)));
    CHECK_THROWS_WITH(graph_on(unknown, 2025y / 1 / 1),
                      "stake 3 (a -> nowhere): issuer 'nowhere' is not a party on 2025-01-01");

    Model over = small_model();
    over.stakes.push_back(stake("b", "jv", Rational(1, 10), Rational(0)));
    CHECK_THROWS_WITH(graph_on(over, 2025y / 1 / 1),
                      "jv: the stakes in it sum to 11/10 (110.00%) of its economic interest, "
                      "more than 100%");
    // The same stakes do not over-allocate jv once b's 40% has ended.
    CHECK_NOTHROW(graph_on(over, 2025y / 7 / 1));

    CHECK_THROWS_WITH(make_graph({"x", "y"}, {Edge{0, 1, Rational(3, 2), Rational(0), 7}}),
                      "stake 7 (x -> y): economic interest 3/2 is not between 0 and 1");
    CHECK_THROWS_WITH(make_graph({"x", "y"}, {Edge{0, 2, Rational(1, 2), Rational(0), 4}}),
                      "stake 4: party index out of range (2 parties)");
    CHECK_THROWS_WITH(make_graph({"x", "y"}, {}, {Board{1, "b", 2, {Appointment{0, 3}}}}),
                      "board 'b': 3 seats appointed but only 2 seats");
}
