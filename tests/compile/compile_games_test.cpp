#include "model/compile/compile_games.hpp"

#include <chrono>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "model/games/coalition.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/registry.hpp"
#include "model/load/diagnostic.hpp"
#include "model/load/loader.hpp"
#include "model/power/compute.hpp"
#include "model/report/rule_wording.hpp"

using jvgov::compile::compile_games;
using jvgov::compile::compile_matter;
using jvgov::compile::CompiledGame;
using jvgov::compile::CompileError;
using jvgov::compile::View;
using jvgov::exact::Rational;
using jvgov::games::Coalition;
using jvgov::power::compute_power;
using jvgov::power::PowerTable;
using jvgov::report::rule_in_words;
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
    CHECK(rule_in_words(model, compiled) ==
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
    CHECK(rule_in_words(model, compiled) ==
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
        CHECK(rule_in_words(model, compiled) ==
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
    CHECK(rule_in_words(model, bloc) ==
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
    CHECK(rule_in_words(model, individual) ==
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
    CHECK(rule_in_words(model, compiled) ==
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

namespace {

bool threshold_met(const governance::Threshold& threshold, int yes, int total) {
    switch (threshold.kind) {
        case governance::Threshold::Kind::more_than:
            return Rational(yes) > threshold.fraction * total;
        case governance::Threshold::Kind::at_least:
            return Rational(yes) >= threshold.fraction * total;
        case governance::Threshold::Kind::unanimity:
            return yes == total;
    }
    return false;
}

// The board rule straight from its words, on a set of seats (bit k = the k-th seat in seat-group
// order): the directors in the set vote yes, the others are absent.
bool board_passes(const governance::Body& body, const governance::Matter& matter,
                  Coalition present) {
    std::vector<std::string> appointer;
    std::vector<std::string> director;
    for (const auto& group : body.seats) {
        for (int k = 0; k < group.count; ++k) {
            appointer.push_back(group.appointed_by);
            director.push_back(k < static_cast<int>(group.directors.size()) ? group.directors[k]
                                                                            : "");
        }
    }
    const auto excluded = [&](const std::string& party) {
        return std::find(matter.rule.excluded.begin(), matter.rule.excluded.end(), party) !=
               matter.rule.excluded.end();
    };
    int entitled = 0;
    int yes = 0;
    bool chair_votes_yes = false;
    for (std::size_t seat = 0; seat < appointer.size(); ++seat) {
        if (excluded(appointer[seat])) {
            continue;
        }
        ++entitled;
        if (games::contains(present, static_cast<int>(seat))) {
            ++yes;
            chair_votes_yes =
                chair_votes_yes || (!body.chair.empty() && director[seat] == body.chair);
        }
    }
    const governance::Threshold& threshold = matter.rule.threshold;
    const bool tie_broken_by_chair =
        body.casting_vote && threshold.kind == governance::Threshold::Kind::more_than &&
        threshold.fraction == Rational(1, 2) && 2 * yes == entitled && chair_votes_yes;
    if (!threshold_met(threshold, yes, entitled) && !tie_broken_by_chair) {
        return false;
    }
    if (matter.rule.count && !threshold_met(*matter.rule.count, yes, entitled)) {
        return false;
    }
    if (body.quorum.present && !threshold_met(*body.quorum.present, yes, entitled)) {
        return false;
    }
    const auto seats_of = [&](const std::string& party, bool only_present) {
        int count = 0;
        for (std::size_t seat = 0; seat < appointer.size(); ++seat) {
            count += appointer[seat] == party &&
                     (!only_present || games::contains(present, static_cast<int>(seat)));
        }
        return count;
    };
    for (const std::string& party : body.quorum.required_present) {
        if (!excluded(party) && seats_of(party, true) == 0) {
            return false;
        }
    }
    for (const std::string& party : matter.rule.consent) {
        if (2 * seats_of(party, true) <= seats_of(party, false)) {
            return false;
        }
    }
    return true;
}

// The seats of the appointers in a bloc-view coalition (independent seats stand for themselves).
Coalition seats_of_bloc(const CompiledGame& bloc, const governance::Body& body,
                        Coalition coalition) {
    Coalition seats = 0;
    int seat = 0;
    int independent = 0;
    for (const auto& group : body.seats) {
        for (int k = 0; k < group.count; ++k, ++seat) {
            const std::string id = group.appointed_by.empty()
                                       ? fmt::format("independent-{}", ++independent)
                                       : group.appointed_by;
            const auto player = std::find(bloc.game.players.begin(), bloc.game.players.end(), id) -
                                bloc.game.players.begin();
            if (games::contains(coalition, static_cast<int>(player))) {
                seats |= games::singleton(seat);
            }
        }
    }
    return seats;
}

// Compares both views of `matter` with board_passes on every coalition. A rule the compiler
// rejects as improper must be improper by the direct rule too. Returns the number of games
// compared.
int cross_check(const governance::Model& model, const governance::Body& body,
                const governance::Matter& matter) {
    const int seats = governance::seat_count(body);
    const Coalition all = games::grand_coalition(seats);
    CompiledGame individual;
    try {
        individual = compile_matter(model, body, matter, View::individual);
    } catch (const CompileError&) {
        bool improper = false;
        for (Coalition coalition = 0; coalition <= all; ++coalition) {
            improper = improper || (board_passes(body, matter, coalition) &&
                                    board_passes(body, matter, all & ~coalition));
        }
        CHECK(improper);
        return 0;
    }
    for (Coalition coalition = 0; coalition <= all; ++coalition) {
        INFO("coalition " << coalition);
        CHECK(games::wins(individual.game, coalition) == board_passes(body, matter, coalition));
    }
    const CompiledGame bloc = compile_matter(model, body, matter, View::bloc);
    const int n = games::player_count(bloc.game);
    for (Coalition coalition = 0; coalition < (Coalition{1} << n); ++coalition) {
        INFO("bloc coalition " << coalition);
        CHECK(games::wins(bloc.game, coalition) ==
              board_passes(body, matter, seats_of_bloc(bloc, body, coalition)));
    }
    return 2;
}

}  // namespace

TEST_CASE("board games agree with the rule's words on every coalition", "[compile]") {
    governance::Model model = empty_model();
    add_member(model, "a", "A", Rational(1, 2));
    add_member(model, "b", "B", Rational(3, 10));
    add_member(model, "c", "C", Rational(1, 5));
    model.parties.push_back(party("chair", "The Chair"));
    // 6 seats: A 2 (one the chair), B 2, C 1, an independent.
    governance::Body body =
        board_body({seats("a", 2, {"chair"}), seats("b", 2), seats("c", 1), seats("", 1)});
    body.chair = "chair";
    const std::vector<governance::Threshold> thresholds = {
        more_than(Rational(1, 2)), at_least(Rational(1, 2)), at_least(Rational(2, 3)),
        more_than(Rational(2, 3)),
        governance::Threshold{governance::Threshold::Kind::unanimity, 1}};
    int compared = 0;
    int rejected = 0;
    for (const bool casting : {false, true}) {
        body.casting_vote = casting;
        for (const bool quorum : {false, true}) {
            body.quorum.present = quorum ? std::optional(at_least(Rational(2, 3))) : std::nullopt;
            body.quorum.required_present =
                quorum ? std::vector<std::string>{"a", "c"} : std::vector<std::string>{};
            for (const auto& threshold : thresholds) {
                for (int variant = 0; variant < 4; ++variant) {
                    governance::Rule rule = rule_of(threshold);
                    if (variant == 1) {
                        rule.consent = {"b"};
                    } else if (variant == 2) {
                        rule.excluded = {"c"};
                    } else if (variant == 3) {
                        rule.count = at_least(Rational(1, 2));
                        rule.excluded = {"b"};
                    }
                    const int games_compared = cross_check(model, body, matter_of(body, rule));
                    compared += games_compared;
                    rejected += games_compared == 0;
                }
            }
        }
    }
    // 2 x 2 x 5 x 4 = 80 rules. Improper, hence rejected: "at least 50%" where the entitled
    // seats split evenly and nothing else breaks the tie: without the quorum, the plain rule
    // (3 of 6 against 3 of 6) and B excluded (2 of 4 against 2 of 4, heads alike); B's consent
    // (both its directors) and C excluded (5 seats, quota 3) are proper; the quorum (at least
    // 2/3) is never met by both halves. The casting vote only breaks ties of "more than 50%".
    // So 2 rules x 2 casting settings = 4.
    CHECK(compared + 2 * rejected == 160);
    CHECK(rejected == 4);
}

TEST_CASE("the default Stargate model, 22 January 2025", "[compile]") {
    const auto loaded =
        jvgov::load::load_model_file(fmt::format("{}/data/stargate.toml", JVGOV_SOURCE_DIR));
    REQUIRE(loaded.model);
    const governance::Model model = governance::as_of(*loaded.model, 2025y / 1 / 22);
    const std::vector<CompiledGame> compiled = compile_games(model);

    std::vector<std::string> listed;
    for (const CompiledGame& game : compiled) {
        listed.push_back(fmt::format("{}/{}/{}{}", game.body, game.matter,
                                     jvgov::compile::view_name(game.view),
                                     game.is_default ? " (default)" : ""));
    }
    CHECK(listed == std::vector<std::string>{
                        "members/members-statutory-default/members (default)",
                        "members/members-reserved-tier-2/members",
                        "members/members-reserved-tier-1/members",
                        "members/related-party-openai/members",
                        "members/related-party-oracle/members",
                        "members/related-party-softbank/members",
                        "board/board-ordinary/individual (default)",
                        "board/board-ordinary/bloc (default)",
                    });
    const auto find = [&](const std::string& matter, View view) -> const CompiledGame& {
        for (const CompiledGame& game : compiled) {
            if (game.matter == matter && game.view == view) {
                return game;
            }
        }
        FAIL("no game for " << matter);
        return compiled.front();
    };

    // Members: OpenAI 40%, SoftBank 40%, Oracle 10%, MGX 10% -> weights 4, 4, 1, 1 of 10.
    const CompiledGame& statutory = find("members-statutory-default", View::members);
    CHECK(ids(statutory) == std::vector<std::string>{"openai", "softbank", "oracle", "mgx"});
    CHECK(games::describe(statutory.game) == "[6; 4, 4, 1, 1]");
    CHECK(rule_in_words(model, statutory) == "more than 50% of the votes (quota 6 of 10)");
    // More than 5 of 10: {OpenAI, SoftBank} = 8, {OpenAI or SoftBank, Oracle, MGX} = 6.
    const PowerTable statutory_power = compute_power(statutory.game);
    CHECK(*statutory_power.minimal_winning_list == std::vector<Coalition>{0b0011, 0b1101, 0b1110});
    // Winning: {O,S} and its 3 supersets, {O,Or,M}, {S,Or,M}. OpenAI is critical in {O,S},
    // {O,S,Or}, {O,S,M} and {O,Or,M} (4), SoftBank alike (4), Oracle in {O,Or,M} and {S,Or,M}
    // (2), MGX alike (2): 4/12, 4/12, 2/12, 2/12.
    CHECK(banzhaf(statutory_power) == std::vector<std::string>{"1/3", "1/3", "1/6", "1/6"});

    // Tier 2 (at least 75%: 8 of 10): only OpenAI and SoftBank together reach 8.
    const PowerTable tier_2 = compute_power(find("members-reserved-tier-2", View::members).game);
    CHECK(tier_2.veto_players == std::vector<int>{0, 1});
    // Tier 1, unanimity: all four are veto players.
    const CompiledGame& tier_1 = find("members-reserved-tier-1", View::members);
    CHECK(rule_in_words(model, tier_1) == "all of the votes (unanimity; quota 10 of 10)");
    CHECK(compute_power(tier_1.game).veto_players == std::vector<int>{0, 1, 2, 3});

    // OpenAI conflicted: at least 75% of SoftBank 4 + Oracle 1 + MGX 1 = 6, quota 5: SoftBank
    // with Oracle or MGX; OpenAI has no power.
    const CompiledGame& openai_conflict = find("related-party-openai", View::members);
    CHECK(games::describe(openai_conflict.game) == "[5; 0, 4, 1, 1]");
    const PowerTable conflict = compute_power(openai_conflict.game);
    CHECK(banzhaf(conflict) == std::vector<std::string>{"0", "3/5", "1/5", "1/5"});
    CHECK(conflict.dummies == std::vector<int>{0});

    // The board: Son and a second SoftBank manager, two OpenAI managers, Oracle, MGX; more than
    // half (4 of 6) with the GA-5 quorum (4 of 6 present, at least one SoftBank and one OpenAI
    // manager).
    const CompiledGame& board = find("board-ordinary", View::individual);
    CHECK(ids(board) == std::vector<std::string>{"son", "softbank-2", "openai-1", "openai-2",
                                                 "oracle-1", "mgx-1"});
    CHECK(board.declared_view);
    CHECK(
        rule_in_words(model, board) ==
        "more than 50% of the 6 seats (quota 4 of 6), with a quorum of more than 50% of the seats "
        "present (4 of 6), including at least one director appointed by each of SoftBank Group "
        "and OpenAI");
    const Coalition all = games::grand_coalition(6);
    // The other four managers are a majority but not a quorum without SoftBank (or OpenAI).
    CHECK(!games::wins(board.game, all & ~Coalition{0b000011}));
    CHECK(!games::wins(board.game, all & ~Coalition{0b001100}));
    CHECK(!games::wins(board.game, 0b010101));  // Son, an OpenAI manager, Oracle: 3 of 6
    CHECK(games::wins(board.game, 0b110101));   // ... and MGX: 4 of 6, both present
    CHECK(cross_check(model, *governance::find_body(model, "board"),
                      *governance::default_matter(model, "board")) == 2);

    // The bloc view: [4; 2, 2, 1, 1] with SoftBank and OpenAI required: they are veto players
    // and together decide; Oracle and MGX are dummies.
    const CompiledGame& bloc = find("board-ordinary", View::bloc);
    CHECK(ids(bloc) == std::vector<std::string>{"softbank", "openai", "oracle", "mgx"});
    CHECK(!bloc.declared_view);
    const PowerTable bloc_power = compute_power(bloc.game);
    CHECK(bloc_power.veto_players == std::vector<int>{0, 1});
    CHECK(bloc_power.dummies == std::vector<int>{2, 3});
    CHECK(banzhaf(bloc_power) == std::vector<std::string>{"1/2", "1/2", "0", "0"});
}

TEST_CASE("a small governance file through the loader", "[compile]") {
    const auto loaded = jvgov::load::load_model_file(
        fmt::format("{}/tests/compile/small_jv.toml", JVGOV_SOURCE_DIR));
    std::string diagnostics;
    for (const auto& diagnostic : loaded.diagnostics) {
        diagnostics += fmt::format("{}\n", jvgov::load::format(diagnostic));
    }
    CHECK(diagnostics == "");
    REQUIRE(loaded.model);
    const std::vector<CompiledGame> compiled = compile_games(*loaded.model);
    std::vector<std::string> listed;
    for (const CompiledGame& game : compiled) {
        listed.push_back(fmt::format("{}/{}/{}{}", game.body, game.matter,
                                     jvgov::compile::view_name(game.view),
                                     game.is_default ? " (default)" : ""));
    }
    // The members' meeting has no default matter: only its listed matter; Alpha's own board is
    // not a body of Small JV.
    CHECK(listed == std::vector<std::string>{
                        "board/ordinary/individual (default)",
                        "board/ordinary/bloc (default)",
                        "board/related-beta/individual",
                        "board/related-beta/bloc",
                        "members/reserved/members",
                    });

    // Ordinary: 3 of 4 seats, or 2 with Ann (casting vote), and Beta's director present.
    const CompiledGame& ordinary = compiled[0];
    CHECK(ids(ordinary) == std::vector<std::string>{"ann", "alpha-2", "beta-1", "gamma-1"});
    CHECK(rule_in_words(*loaded.model, ordinary) ==
          "more than 50% of the 4 seats (quota 3 of 4), or exactly half (2 of 4) with the chair, "
          "Ann Chair (casting vote), including at least one director appointed by each of Beta");
    // Winning (all contain beta-1 = b): {Ann,b}, {Ann,a2,b}, {Ann,b,g}, {a2,b,g}, all four.
    // Swings: Ann in {Ann,b}, {Ann,a2,b}, {Ann,b,g} (3); a2 only in {a2,b,g}, g likewise (1
    // each); b in all 5. Banzhaf 3/10, 1/10, 5/10, 1/10.
    // Shapley-Shubik, over the set P of players before i (probability |P|!(3-|P|)!/24):
    // Ann is pivotal after {b}, {b,a2}, {b,g}: 3 x 2/24 = 1/4; b after {Ann}, {Ann,a2},
    // {Ann,g}, {a2,g} (2/24 each) and {Ann,a2,g} (6/24): 7/12; a2 only after {b,g}: 1/12;
    // g likewise 1/12.
    const PowerTable ordinary_power = compute_power(ordinary.game);
    CHECK(banzhaf(ordinary_power) == std::vector<std::string>{"3/10", "1/10", "1/2", "1/10"});
    CHECK(shapley_shubik(ordinary_power) ==
          std::vector<std::string>{"1/4", "1/12", "7/12", "1/12"});
    CHECK(ordinary_power.veto_players == std::vector<int>{2});

    // Bloc view: Alpha 2 seats with the casting vote, Beta 1 (required), Gamma 1: {Alpha, Beta}
    // (3 seats) and all three win; {Beta, Gamma} ties without the chair. Gamma is a dummy.
    const CompiledGame& ordinary_bloc = compiled[1];
    CHECK(ids(ordinary_bloc) == std::vector<std::string>{"alpha", "beta", "gamma"});
    const PowerTable bloc_power = compute_power(ordinary_bloc.game);
    CHECK(banzhaf(bloc_power) == std::vector<std::string>{"1/2", "1/2", "0"});
    CHECK(bloc_power.dummies == std::vector<int>{2});

    // Beta conflicted: 3 seats entitled, odd, so no tie for the chair to break; Beta's required
    // presence is dropped; [2; 1, 1, 0, 1]: 1/3 each for the others.
    const CompiledGame& related = compiled[2];
    CHECK(rule_in_words(*loaded.model, related) ==
          "more than 50% of the 3 seats entitled to vote (the directors appointed by Beta "
          "excluded) (quota 2 of 3)");
    CHECK(games::describe(related.game) == "[2; 1, 1, 0, 1]");
    CHECK(banzhaf(compute_power(related.game)) ==
          std::vector<std::string>{"1/3", "1/3", "0", "1/3"});
    CHECK(cross_check(*loaded.model, *governance::find_body(*loaded.model, "board"),
                      loaded.model->matters[1]) == 2);

    // Members: [7; 5, 3, 2] (at least 2/3 of 10), 2 of 3 heads, and Gamma's consent: only
    // {Alpha, Gamma} and all three win; Beta, with 30%, is a dummy; Alpha and Gamma 1/2 each.
    const CompiledGame& reserved = compiled[4];
    CHECK(rule_in_words(*loaded.model, reserved) ==
          "at least 2/3 (66.67%) of the votes (quota 7 of 10), and more than 50% of the members by "
          "head "
          "(quota 2 of 3), and the consent of Gamma");
    const PowerTable reserved_power = compute_power(reserved.game);
    CHECK(banzhaf(reserved_power) == std::vector<std::string>{"1/2", "0", "1/2"});
    CHECK(reserved_power.dummies == std::vector<int>{1});
}

TEST_CASE("a members' meeting with a casting chair, stakes of one holder summed", "[compile]") {
    governance::Model model = empty_model();
    add_member(model, "a", "A", Rational(1, 8));
    for (const char* id : {"b", "c", "d"}) {
        add_member(model, id, id, Rational(1, 4));
    }
    add_member(model, "a", "A", Rational(1, 8));  // a second stake of A: 1/4 in all
    governance::Body body = members_body();
    body.chair = "a";
    body.casting_vote = true;
    const CompiledGame compiled = compile_matter(
        model, body, matter_of(body, rule_of(more_than(Rational(1, 2)))), View::members);
    CHECK(ids(compiled) == std::vector<std::string>{"a", "b", "c", "d"});
    CHECK(jvgov::exact::to_fraction_string(compiled.players[0].voting) == "1/4");
    CHECK(rule_in_words(model, compiled) ==
          "more than 50% of the votes (quota 3 of 4), or exactly half (2 of 4) with the chair, A "
          "(casting vote)");
    // The game of the 4-seat board with a casting chair: A 1/2, the others 1/6 (Banzhaf and
    // Shapley-Shubik alike).
    const PowerTable table = compute_power(compiled.game);
    CHECK(banzhaf(table) == std::vector<std::string>{"1/2", "1/6", "1/6", "1/6"});
    CHECK(shapley_shubik(table) == std::vector<std::string>{"1/2", "1/6", "1/6", "1/6"});
}

TEST_CASE("large boards: properness from the structure, else refused", "[compile]") {
    governance::Model model = empty_model();
    add_member(model, "a", "A", Rational(1, 2));
    add_member(model, "b", "B", Rational(1, 2));
    model.parties.push_back(party("chair", "The Chair"));
    governance::Body body = board_body({seats("a", 15, {"chair"}), seats("b", 15)});
    body.chair = "chair";
    body.casting_vote = true;
    // 30 seats, beyond enumeration: a majority with a casting vote is proper by construction.
    const CompiledGame casting = compile_matter(
        model, body, matter_of(body, rule_of(more_than(Rational(1, 2)))), View::individual);
    CHECK(games::wins(casting.game, games::grand_coalition(15)));  // A's 15, with the chair
    CHECK(!games::wins(casting.game, games::grand_coalition(30) & ~games::grand_coalition(15)));
    // "At least 50%" of 30 seats: improper, found by subset sums (15 seats against 15).
    CHECK_THROWS_WITH(
        compile_matter(model, body, matter_of(body, rule_of(at_least(Rational(1, 2)))),
                       View::individual),
        "body 'board', matter 'm': the rule is improper: a coalition of weight 15 "
        "and its complement (weight 15) both reach the quota 15");
    // No part proved proper (more than 25 players, not one weighted game): refused. Here
    // "at least 50%" of the seats and of the heads with a quorum of a third.
    governance::Body loose = body;
    loose.casting_vote = false;
    loose.quorum.present = at_least(Rational(1, 3));
    governance::Rule with_count = rule_of(at_least(Rational(1, 2)));
    with_count.count = at_least(Rational(1, 2));
    CHECK_THROWS_WITH(compile_matter(model, loose, matter_of(loose, with_count), View::individual),
                      "body 'board', matter 'm': cannot prove the game proper with 30 players (at "
                      "most 25 are enumerated)");
}
