#include "model/compile/compile_games.hpp"

#include <chrono>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/games/coalition.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/registry.hpp"
#include "model/load/loader.hpp"
#include "model/power/compute.hpp"

using jvgov::compile::compile_games;
using jvgov::compile::compile_matter;
using jvgov::compile::CompiledGame;
using jvgov::compile::CompileError;
using jvgov::compile::View;
using jvgov::exact::Rational;
using jvgov::games::Coalition;
using jvgov::power::compute_power;
using jvgov::power::PowerTable;
namespace governance = jvgov::governance;
namespace games = jvgov::games;
using namespace std::chrono_literals;

namespace {

governance::Party party(const std::string& id, const std::string& name) {
    governance::Party result;
    result.id = id;
    result.name = name;
    return result;
}

governance::Model empty_model() {
    governance::Model model;
    model.info.name = "Test JV";
    model.info.entity = "jv";
    governance::add_party(model, party("jv", "Test JV"));
    return model;
}

void add_member(governance::Model& model, const std::string& id, const std::string& name,
                const Rational& share) {
    governance::add_party(model, party(id, name));
    governance::Stake stake;
    stake.holder = id;
    stake.issuer = "jv";
    stake.economic = share;
    stake.voting = share;
    model.stakes.push_back(stake);
}

governance::Threshold more_than(Rational fraction) {
    return governance::Threshold{governance::Threshold::Kind::more_than, std::move(fraction)};
}

governance::Threshold at_least(Rational fraction) {
    return governance::Threshold{governance::Threshold::Kind::at_least, std::move(fraction)};
}

governance::Body members_body() {
    governance::Body body;
    body.id = "members";
    body.of = "jv";
    body.kind = governance::BodyKind::members;
    return body;
}

governance::Body board_body(std::vector<governance::SeatGroup> seats) {
    governance::Body body;
    body.id = "board";
    body.of = "jv";
    body.kind = governance::BodyKind::board;
    body.seats = std::move(seats);
    return body;
}

governance::SeatGroup seats(const std::string& appointer, int count,
                            std::vector<std::string> directors = {}) {
    return governance::SeatGroup{appointer, count, std::move(directors), {}};
}

governance::Matter matter_of(const governance::Body& body, governance::Rule rule) {
    governance::Matter matter;
    matter.id = "m";
    matter.body = body.id;
    matter.rule = std::move(rule);
    return matter;
}

governance::Rule rule_of(governance::Threshold threshold) {
    governance::Rule rule;
    rule.threshold = std::move(threshold);
    return rule;
}

std::vector<std::string> ids(const CompiledGame& compiled) {
    return compiled.game.players;
}

// Exact values as fractions ("1/6"), which also read well in a failure message.
std::vector<std::string> banzhaf(const PowerTable& table) {
    std::vector<std::string> values;
    for (const auto& player : table.players) {
        values.push_back(jvgov::exact::to_fraction_string(*player.banzhaf));
    }
    return values;
}

std::vector<std::string> shapley_shubik(const PowerTable& table) {
    std::vector<std::string> values;
    for (const auto& player : table.players) {
        values.push_back(jvgov::exact::to_fraction_string(*player.shapley_shubik));
    }
    return values;
}

// The same winning coalitions, checked on all 2^n.
bool same_game(const games::SimpleGame& a, const games::SimpleGame& b) {
    const int n = games::player_count(a);
    REQUIRE(games::player_count(b) == n);
    for (Coalition coalition = 0; coalition < (Coalition{1} << n); ++coalition) {
        if (games::wins(a, coalition) != games::wins(b, coalition)) {
            return false;
        }
    }
    return true;
}

}  // namespace

TEST_CASE("a 4-seat board whose chair breaks ties", "[compile]") {
    governance::Model model = empty_model();
    for (const char* id : {"a", "b", "c", "d"}) {
        add_member(model, id, id, Rational(1, 4));
    }
    governance::add_party(model, party("chair", "The Chair"));
    governance::Body body =
        board_body({seats("a", 1, {"chair"}), seats("b", 1), seats("c", 1), seats("d", 1)});
    body.chair = "chair";
    body.casting_vote = true;
    const governance::Matter matter = matter_of(body, rule_of(more_than(Rational(1, 2))));
    const CompiledGame compiled = compile_matter(model, body, matter, View::individual);
    CHECK(ids(compiled) == std::vector<std::string>{"chair", "b-1", "c-1", "d-1"});
    CHECK(compiled.players[0].name == "The Chair");
    CHECK(compiled.players[1].name == "b director 1");
    CHECK(jvgov::exact::to_fraction_string(compiled.players[0].economic) == "1/4");
    CHECK(compiled.description ==
          "more than 50% of the 4 seats (quota 3 of 4), or exactly half (2 of 4) with the chair, "
          "The Chair (casting vote)");

    // Winning: any 3 or 4 seats (5 coalitions), or 2 seats with the chair (3): W = 8.
    // The chair is critical in {C,x} (3) and {C,x,y} (3): 6 swings; b only in {C,b} and
    // {b,c,d}: 2 swings. Banzhaf 6/12 and 2/12. Shapley-Shubik: the chair is pivotal in
    // second or third place (a coalition of two without it loses, with it wins): 1/2; the
    // others share the rest: 1/6 each.
    const PowerTable table = compute_power(compiled.game);
    CHECK(*table.winning_coalitions == 8);
    CHECK(banzhaf(table) == std::vector<std::string>{"1/2", "1/6", "1/6", "1/6"});
    CHECK(shapley_shubik(table) == std::vector<std::string>{"1/2", "1/6", "1/6", "1/6"});
    CHECK(jvgov::exact::to_fraction_string(*table.players[0].penrose) == "3/4");

    // The same game as a weighted game with the chair at weight 1 + epsilon, scaled by 2:
    // [5; 3, 2, 2, 2].
    const games::SimpleGame weighted = games::make_weighted(compiled.game.players, {3, 2, 2, 2}, 5);
    CHECK(same_game(compiled.game, weighted));
    CHECK(banzhaf(compute_power(weighted)) == banzhaf(table));

    SECTION("without the casting vote a tie fails: [3; 1,1,1,1], everyone 1/4") {
        body.casting_vote = false;
        const PowerTable plain =
            compute_power(compile_matter(model, body, matter, View::individual).game);
        CHECK(banzhaf(plain) == std::vector<std::string>(4, "1/4"));
    }
}

TEST_CASE("a required consent makes a 10% member a veto player", "[compile]") {
    governance::Model model = empty_model();
    add_member(model, "a", "A", Rational(4, 10));
    add_member(model, "b", "B", Rational(3, 10));
    add_member(model, "c", "C", Rational(2, 10));
    add_member(model, "d", "D", Rational(1, 10));
    const governance::Body body = members_body();
    governance::Rule rule = rule_of(more_than(Rational(1, 2)));
    rule.consent = {"d"};
    const CompiledGame compiled = compile_matter(model, body, matter_of(body, rule), View::members);
    CHECK(compiled.description ==
          "more than 50% of the votes (quota 6 of 10), and the consent of D");
    // [6; 4,3,2,1] AND D. Winning: D with two or three of A, B, C ({A,B,D} 8, {A,C,D} 7,
    // {B,C,D} 6, all 10); D alone with one other has at most 5. D is critical in all 4; A, B and
    // C each in the two three-member coalitions they belong to. Swings 2,2,2,4 of 10.
    // Shapley-Shubik: D is pivotal when at least two others precede it (1/2); 1/6 each else.
    const PowerTable table = compute_power(compiled.game);
    CHECK(table.veto_players == std::vector<int>{3});
    CHECK(banzhaf(table) == std::vector<std::string>{"1/5", "1/5", "1/5", "2/5"});
    CHECK(shapley_shubik(table) == std::vector<std::string>{"1/6", "1/6", "1/6", "1/2"});
}

TEST_CASE("a double majority of votes and heads", "[compile]") {
    governance::Model model = empty_model();
    add_member(model, "a", "A", Rational(7, 10));
    for (const char* id : {"b", "c", "d"}) {
        add_member(model, id, id, Rational(1, 10));
    }
    const governance::Body body = members_body();
    governance::Rule rule = rule_of(more_than(Rational(1, 2)));
    SECTION("votes alone: A (70%) is a dictator") {
        const PowerTable table =
            compute_power(compile_matter(model, body, matter_of(body, rule), View::members).game);
        CHECK(table.dictator == 0);
    }
    SECTION("votes and more than half of the heads") {
        rule.count = more_than(Rational(1, 2));
        const CompiledGame compiled =
            compile_matter(model, body, matter_of(body, rule), View::members);
        CHECK(compiled.description ==
              "more than 50% of the votes (quota 6 of 10), and more than 50% of the members by "
              "head (quota 3 of 4)");
        // Winning: A with at least two others (3 + 1 = 4 coalitions). A is critical in all 4,
        // each other member only in the two three-member coalitions it is in: 4,2,2,2 of 10.
        // Shapley-Shubik: A pivotal in third or fourth place: 1/2.
        const PowerTable table = compute_power(compiled.game);
        CHECK(!table.dictator);
        CHECK(table.veto_players == std::vector<int>{0});
        CHECK(banzhaf(table) == std::vector<std::string>{"2/5", "1/5", "1/5", "1/5"});
        CHECK(shapley_shubik(table) == std::vector<std::string>{"1/2", "1/6", "1/6", "1/6"});
    }
}

TEST_CASE("directors as a bloc of their appointer or individually", "[compile]") {
    governance::Model model = empty_model();
    add_member(model, "a", "A", Rational(1, 2));
    add_member(model, "b", "B", Rational(1, 3));
    add_member(model, "c", "C", Rational(1, 6));
    const governance::Body body = board_body({seats("a", 3), seats("b", 2), seats("c", 1)});
    const governance::Matter matter = matter_of(body, rule_of(more_than(Rational(1, 2))));

    const CompiledGame bloc = compile_matter(model, body, matter, View::bloc);
    CHECK(ids(bloc) == std::vector<std::string>{"a", "b", "c"});
    CHECK(jvgov::exact::to_fraction_string(bloc.players[1].voting) == "1/3");
    CHECK(bloc.description ==
          "more than 50% of the 6 seats, each appointer's directors voting "
          "as a bloc (quota 4 of 6)");
    CHECK(games::describe(bloc.game) == "[4; 3, 2, 1]");
    // [4; 3,2,1]: 3 of 6 is not more than half, so A is no dictator. Winning: {A,B}, {A,C},
    // {A,B,C}. A is critical in all three, B only in {A,B}, C only in {A,C}: 3,1,1 of 5.
    // Shapley-Shubik: A is pivotal in second or third place (2/3); B and C when A comes first
    // and they second (1/6 each).
    const PowerTable bloc_table = compute_power(bloc.game);
    CHECK(!bloc_table.dictator);
    CHECK(bloc_table.veto_players == std::vector<int>{0});
    CHECK(banzhaf(bloc_table) == std::vector<std::string>{"3/5", "1/5", "1/5"});
    CHECK(shapley_shubik(bloc_table) == std::vector<std::string>{"2/3", "1/6", "1/6"});

    // Individually: [4; 1,1,1,1,1,1], symmetric: 1/6 each, A's three directors 1/2 together.
    const CompiledGame individual = compile_matter(model, body, matter, View::individual);
    CHECK(ids(individual) == std::vector<std::string>{"a-1", "a-2", "a-3", "b-1", "b-2", "c-1"});
    CHECK(individual.players[4].appointer == "b");
    CHECK(jvgov::exact::to_fraction_string(individual.players[4].economic) == "1/3");
    CHECK(banzhaf(compute_power(individual.game)) == std::vector<std::string>(6, "1/6"));
}

TEST_CASE("a quorum requiring an appointer's director makes it a veto player", "[compile]") {
    governance::Model model = empty_model();
    add_member(model, "a", "A", Rational(2, 5));
    add_member(model, "b", "B", Rational(2, 5));
    add_member(model, "c", "C", Rational(1, 5));
    governance::Body body = board_body({seats("a", 2), seats("b", 2), seats("c", 1)});
    body.quorum.present = more_than(Rational(1, 2));
    body.quorum.required_present = {"c"};
    const governance::Matter matter = matter_of(body, rule_of(more_than(Rational(1, 2))));

    const CompiledGame individual = compile_matter(model, body, matter, View::individual);
    CHECK(individual.description ==
          "more than 50% of the 5 seats (quota 3 of 5), with a quorum of more than 50% of the "
          "seats present (3 of 5), including at least one director appointed by each of C");
    // Winning: c-1 with at least two of the other four (6 + 4 + 1 = 11 coalitions); c-1 is
    // critical in all 11; another director only in the 3-seat coalitions it is in ({c, it, x}:
    // 3). Swings 3,3,3,3,11 of 23.
    const PowerTable table = compute_power(individual.game);
    CHECK(table.veto_players == std::vector<int>{4});
    CHECK(banzhaf(table) == std::vector<std::string>{"3/23", "3/23", "3/23", "3/23", "11/23"});

    // Bloc: [3; 2,2,1] AND C: {A,C}, {B,C}, {A,B,C}; C critical in 3, A and B in 1: 1/5,1/5,3/5.
    const PowerTable bloc = compute_power(compile_matter(model, body, matter, View::bloc).game);
    CHECK(bloc.veto_players == std::vector<int>{2});
    CHECK(banzhaf(bloc) == std::vector<std::string>{"1/5", "1/5", "3/5"});
}

TEST_CASE("excluded parties keep no power and the threshold is over the rest", "[compile]") {
    governance::Model model = empty_model();
    add_member(model, "a", "A", Rational(2, 5));
    add_member(model, "b", "B", Rational(2, 5));
    add_member(model, "c", "C", Rational(1, 10));
    add_member(model, "d", "D", Rational(1, 10));
    const governance::Body body = members_body();
    governance::Rule rule = rule_of(at_least(Rational(3, 4)));
    rule.excluded = {"a"};
    const CompiledGame compiled = compile_matter(model, body, matter_of(body, rule), View::members);
    CHECK(ids(compiled) == std::vector<std::string>{"a", "b", "c", "d"});
    CHECK(!compiled.players[0].entitled_to_vote);
    CHECK(compiled.description ==
          "at least 75% of the votes of the members entitled to vote (A "
          "excluded) (quota 5 of 6)");
    CHECK(games::describe(compiled.game) == "[5; 0, 4, 1, 1]");
    // Over B, C, D (4 + 1 + 1 = 6, quota ceil(4.5) = 5): {B,C}, {B,D}, {B,C,D}. B critical in
    // all 3, C and D in one each: B 3/5, C 1/5, D 1/5, A 0 (a dummy).
    const PowerTable table = compute_power(compiled.game);
    CHECK(banzhaf(table) == std::vector<std::string>{"0", "3/5", "1/5", "1/5"});
    CHECK(table.dummies == std::vector<int>{0});
}

TEST_CASE("rules that cannot be compiled are reported with body and matter", "[compile]") {
    governance::Model model = empty_model();
    add_member(model, "a", "A", Rational(1, 2));
    add_member(model, "b", "B", Rational(1, 2));
    const governance::Body board = board_body({seats("a", 3), seats("b", 3)});
    CHECK_THROWS_WITH(
        compile_matter(model, board, matter_of(board, rule_of(at_least(Rational(1, 2)))),
                       View::individual),
        "body 'board', matter 'm': the rule is improper: the coalition {a-1, a-2 and a-3} and its "
        "complement both win");
    governance::Rule all_excluded = rule_of(more_than(Rational(1, 2)));
    all_excluded.excluded = {"a", "b"};
    CHECK_THROWS_WITH(compile_matter(model, board, matter_of(board, all_excluded), View::bloc),
                      "body 'board', matter 'm': every voter is excluded from this matter");
    governance::Rule stranger = rule_of(more_than(Rational(1, 2)));
    stranger.consent = {"x"};
    CHECK_THROWS_WITH(compile_matter(model, board, matter_of(board, stranger), View::bloc),
                      "body 'board', matter 'm': consenting party 'x' is not a director's "
                      "appointer of the body");
    const governance::Body members = members_body();
    CHECK_THROWS_WITH(
        compile_matter(model, members, matter_of(members, rule_of(more_than(Rational(1, 2)))),
                       View::bloc),
        "body 'members', matter 'm': view 'bloc' does not fit a members' meeting");
    governance::Model nobody = empty_model();
    CHECK_THROWS_AS(
        compile_matter(nobody, members, matter_of(members, rule_of(more_than(Rational(1, 2)))),
                       View::members),
        CompileError);
}
