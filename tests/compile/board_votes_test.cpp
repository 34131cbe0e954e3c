// Boards as they are: weighted director votes, observers, per-group votes with the appointer,
// the quorum by head, and the casting vote of the chair in office (model/compile).
#include <chrono>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/analysis/voting_power.hpp"
#include "model/compile/compile_games.hpp"
#include "model/games/coalition.hpp"
#include "model/games/weighted_game.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/registry.hpp"
#include "model/power/compute.hpp"
#include "model/report/rule_wording.hpp"

using jvgov::compile::compile_matter;
using jvgov::compile::CompiledGame;
using jvgov::compile::View;
using jvgov::exact::Rational;
namespace governance = jvgov::governance;
namespace games = jvgov::games;
namespace power = jvgov::power;
using namespace std::chrono_literals;

namespace {

governance::Model board_model() {
    governance::Model model;
    model.info.entity = "jv";
    for (const char* id : {"jv", "alpha", "beta", "c", "v", "o"}) {
        governance::Party party;
        party.id = id;
        party.name = id;
        governance::add_party(model, party);
    }
    return model;
}

governance::SeatGroup group(const std::string& appointer, int count, int votes,
                            std::vector<std::string> directors = {}) {
    governance::SeatGroup result{
        .appointed_by = appointer, .count = count, .directors = std::move(directors)};
    result.votes = votes;
    return result;
}

// A chair (c, alpha) and a vice-chair (v, beta) with 4 votes each; three more alpha directors
// and two more beta directors with 1 vote each: 7 directors, 13 votes.
governance::Body weighted_board() {
    governance::Body body;
    body.id = "board";
    body.of = "jv";
    body.kind = governance::BodyKind::board;
    body.seats = {group("alpha", 1, 4, {"c"}), group("beta", 1, 4, {"v"}), group("alpha", 3, 1),
                  group("beta", 2, 1)};
    body.chair = "c";
    return body;
}

governance::Matter majority_of(const governance::Body& body) {
    governance::Matter matter;
    matter.id = "m";
    matter.body = body.id;
    matter.rule.threshold =
        governance::Threshold{governance::Threshold::Kind::more_than, Rational(1, 2)};
    return matter;
}

std::vector<std::string> fractions(const power::PowerTable& table, bool shapley) {
    std::vector<std::string> values;
    for (const auto& player : table.players) {
        values.push_back(
            jvgov::exact::to_fraction_string(shapley ? *player.shapley_shubik : *player.banzhaf));
    }
    return values;
}

games::Coalition coalition_of(const CompiledGame& compiled, std::vector<std::string> ids) {
    games::Coalition coalition = 0;
    for (const auto& id : ids) {
        for (std::size_t i = 0; i < compiled.game.players.size(); ++i) {
            if (compiled.game.players[i] == id)
                coalition |= games::Coalition{1} << i;
        }
    }
    return coalition;
}

}  // namespace

TEST_CASE("a board whose chair and vice-chair have 4 votes each and five others 1", "[compile]") {
    const governance::Model model = board_model();
    const governance::Body body = weighted_board();
    const governance::Matter matter = majority_of(body);

    const CompiledGame individual = compile_matter(model, body, matter, View::individual);
    CHECK(individual.game.players ==
          std::vector<std::string>{"c", "v", "alpha-2", "alpha-3", "alpha-4", "beta-2", "beta-3"});
    const games::WeightedGame* weighted = games::as_single_weighted(individual.game);
    REQUIRE(weighted != nullptr);
    CHECK(weighted->weights == std::vector<std::int64_t>{4, 4, 1, 1, 1, 1, 1});
    CHECK(weighted->quota == 7);  // more than half of 13
    CHECK(individual.rule.total == 13);
    CHECK(individual.rule.heads == 7);
    CHECK(individual.players[0].votes == 4);
    CHECK(individual.players[2].votes == 1);
    CHECK(jvgov::report::rule_in_words(model, individual) ==
          "more than 50% of the 13 votes of the 7 directors (quota 7 of 13)");

    // By hand. Banzhaf swings of c: coalitions of the others weighing 3 to 6: without v, 3, 4
    // or 5 of the five small directors (10 + 5 + 1); with v, 0, 1 or 2 of them (1 + 5 + 10):
    // 32. A small director swings where the others weigh exactly 6: c or v with two of the
    // four other small ones: 2 * 6 = 12. Total 2 * 32 + 5 * 12 = 124: 32/124 = 8/31 and
    // 12/124 = 3/31.
    // Shapley-Shubik of a small director: pivotal when those before it weigh 6 (c or v and two
    // of the other four small ones: 12 sets of 3, each 3! * 3! orders): 432/5040 = 3/35; c and
    // v share the rest: (1 - 15/35) / 2 = 2/7.
    const power::PowerTable table = power::compute_power(individual.game);
    CHECK(fractions(table, false) ==
          std::vector<std::string>{"8/31", "8/31", "3/31", "3/31", "3/31", "3/31", "3/31"});
    CHECK(fractions(table, true) ==
          std::vector<std::string>{"2/7", "2/7", "3/35", "3/35", "3/35", "3/35", "3/35"});

    SECTION("bloc view: an appointer weighs the sum of its directors' votes") {
        const CompiledGame bloc = compile_matter(model, body, matter, View::bloc);
        CHECK(bloc.game.players == std::vector<std::string>{"alpha", "beta"});
        const games::WeightedGame* blocs = games::as_single_weighted(bloc.game);
        REQUIRE(blocs != nullptr);
        CHECK(blocs->weights == std::vector<std::int64_t>{7, 6});  // 4 + 3 and 4 + 2
        CHECK(blocs->quota == 7);
        CHECK(bloc.rule.heads == 7);
        CHECK(fractions(power::compute_power(bloc.game), false) ==
              std::vector<std::string>{"1", "0"});
    }

    SECTION("a seat group's vote_as_appointer overrides the body's setting in both views") {
        governance::Body mixed = body;
        mixed.directors_vote_as_bloc = true;
        mixed.seats[2].vote_as_appointer = false;  // alpha's three plain directors
        const CompiledGame bloc = compile_matter(model, mixed, matter, View::bloc);
        CHECK(bloc.declared_view);
        CHECK(bloc.game.players ==
              std::vector<std::string>{"alpha", "beta", "alpha-2", "alpha-3", "alpha-4"});
        const games::WeightedGame* blocs = games::as_single_weighted(bloc.game);
        REQUIRE(blocs != nullptr);
        CHECK(blocs->weights == std::vector<std::int64_t>{4, 6, 1, 1, 1});
        // By hand, quota 7 of 13. beta (6) swings where the others weigh 1 to 6: k = 1..3 of
        // the small ones without alpha (3 + 3 + 1), alpha with k = 0..2 (1 + 3 + 3): 14.
        // alpha (4) where the others weigh 3 to 6: the three small ones, or beta alone: 2. A
        // small one where the others weigh exactly 6: {beta} or {alpha and the other two}: 2.
        // Total 14 + 2 + 3 * 2 = 22.
        CHECK(fractions(power::compute_power(bloc.game), false) ==
              std::vector<std::string>{"1/11", "7/11", "1/11", "1/11", "1/11"});
        // The individual view differs only in the groups that follow the body's setting.
        governance::Body bound = body;  // directors vote individually, except beta's plain ones
        bound.seats[3].vote_as_appointer = true;
        const CompiledGame individual_bound =
            compile_matter(model, bound, matter, View::individual);
        CHECK(individual_bound.declared_view);
        CHECK(individual_bound.game.players ==
              std::vector<std::string>{"c", "v", "alpha-2", "alpha-3", "alpha-4", "beta"});
        CHECK(games::as_single_weighted(individual_bound.game)->weights ==
              std::vector<std::int64_t>{4, 4, 1, 1, 1, 2});
    }

    SECTION("observers attend without a vote: never players, not counted as seats") {
        governance::Body observed = body;
        observed.seats.insert(observed.seats.begin() + 1, group("beta", 2, 1, {"o"}));
        observed.seats[1].observer = true;
        CHECK(governance::seat_count(observed) == 7);
        CHECK(governance::observer_count(observed) == 2);
        CHECK(governance::seats_appointed_by(observed, "beta") == 3);
        const CompiledGame with_observers =
            compile_matter(model, observed, matter, View::individual);
        CHECK(with_observers.game.players == individual.game.players);
        CHECK(fractions(power::compute_power(with_observers.game), false) ==
              fractions(table, false));
        const CompiledGame bloc = compile_matter(model, observed, matter, View::bloc);
        CHECK(games::as_single_weighted(bloc.game)->weights == std::vector<std::int64_t>{7, 6});
    }

    SECTION("the quorum counts the voting directors present, by head") {
        governance::Body quorate = body;
        quorate.quorum.present =
            governance::Threshold{governance::Threshold::Kind::at_least, Rational(1, 2)};
        const CompiledGame compiled = compile_matter(model, quorate, matter, View::individual);
        REQUIRE(compiled.rule.quorum);
        CHECK(compiled.rule.quorum->of == 7);
        CHECK(compiled.rule.quorum->quota == 4);
        // c and v have 8 of 13 votes but are 2 of 7 directors: no quorum.
        CHECK_FALSE(games::wins(compiled.game, coalition_of(compiled, {"c", "v"})));
        CHECK(games::wins(compiled.game, coalition_of(compiled, {"c", "v", "alpha-2", "beta-2"})));
        CHECK(games::wins(compiled.game,
                          coalition_of(compiled, {"c", "alpha-2", "alpha-3", "alpha-4"})));
        CHECK(jvgov::report::rule_in_words(model, compiled) ==
              "more than 50% of the 13 votes of the 7 directors (quota 7 of 13), with a quorum "
              "of at least 50% of the seats present (4 of 7)");
    }
}

TEST_CASE("a rotating chair: the casting vote goes with the chair in office", "[compile]") {
    governance::Model model = board_model();
    for (const char* id : {"ann", "bob"}) {
        governance::Party party;
        party.id = id;
        party.name = id;
        governance::add_party(model, party);
    }
    governance::Body body;
    body.id = "board";
    body.of = "jv";
    body.kind = governance::BodyKind::board;
    body.seats = {group("alpha", 2, 1, {"ann"}), group("beta", 2, 1, {"bob"})};
    body.casting_vote = true;
    body.chair_terms = {{"ann", {2025y / 1 / 1, 2025y / 7 / 1}}, {"bob", {2025y / 7 / 1, {}}}};
    model.bodies.push_back(body);
    model.matters.push_back(majority_of(body));

    const auto compiled_on = [&model](governance::Date day) {
        const governance::Model view = governance::as_of(model, day);
        REQUIRE(view.bodies.size() == 1);
        REQUIRE(view.matters.size() == 1);
        return compile_matter(view, view.bodies[0], view.matters[0], View::individual);
    };
    // Players: ann, alpha-2, bob, beta-2; a 2-2 tie wins with the chair in office.
    const CompiledGame spring = compiled_on(2025y / 3 / 1);
    CHECK(spring.game.players == std::vector<std::string>{"ann", "alpha-2", "bob", "beta-2"});
    CHECK(spring.rule.casting_vote == 0);
    CHECK(games::wins(spring.game, coalition_of(spring, {"ann", "alpha-2"})));
    CHECK_FALSE(games::wins(spring.game, coalition_of(spring, {"bob", "beta-2"})));

    const CompiledGame autumn = compiled_on(2025y / 9 / 1);
    CHECK(autumn.rule.casting_vote == 2);
    CHECK_FALSE(games::wins(autumn.game, coalition_of(autumn, {"ann", "alpha-2"})));
    CHECK(games::wins(autumn.game, coalition_of(autumn, {"bob", "beta-2"})));

    // Before the first term nobody chairs: a tie fails.
    const CompiledGame before = compiled_on(2024y / 6 / 1);
    CHECK_FALSE(before.rule.casting_vote);
    CHECK_FALSE(games::wins(before.game, coalition_of(before, {"ann", "alpha-2"})));
    CHECK_FALSE(games::wins(before.game, coalition_of(before, {"bob", "beta-2"})));
}

TEST_CASE("the threshold sweep of a weighted board counts the directors' votes", "[compile]") {
    // Bloc view: alpha's directors cast 4 + 3 = 7 votes, beta's 4 + 2 = 6 (not 4 and 3 seats).
    governance::Model model = board_model();
    const governance::Body body = weighted_board();
    model.bodies.push_back(body);
    governance::Matter matter = majority_of(body);
    matter.is_default = true;
    model.matters.push_back(matter);
    const auto results = jvgov::analysis::compute_voting_power(model);
    const auto sweeps = jvgov::analysis::body_sweeps(model, results);
    REQUIRE(sweeps.size() == 1);
    CHECK(sweeps[0].board);
    CHECK(sweeps[0].weighted_directors);
    CHECK(sweeps[0].parties == std::vector<std::string>{"alpha", "beta"});
    CHECK(sweeps[0].weights == std::vector<std::int64_t>{7, 6});
}
