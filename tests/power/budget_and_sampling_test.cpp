// Budget refusal (with the estimate in the message), skipped indices, and the Monte Carlo mode:
// deterministic for a seed, always labelled approximate, and its 95% intervals contain the
// exact values on a few games.
#include <cmath>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/core.h>

#include "model/power/compute.hpp"
#include "model/power/weighted_power.hpp"

namespace {

using jvgov::power::compute_power;
using jvgov::power::Estimate;
using jvgov::power::Index;
using jvgov::power::PowerOptions;
using jvgov::power::PowerTable;

double to_double(const jvgov::exact::Rational& value) {
    return value.convert_to<double>();
}

// Counts how many 95% intervals contain the exact value; every estimate must also lie within
// twice its interval's half-width of the exact value (about 4 standard errors), so a biased
// estimator fails even when the coverage count is lucky.
struct Coverage {
    int inside = 0;
    int total = 0;

    void add(const Estimate& estimate, const jvgov::exact::Rational& exact) {
        const double value = to_double(exact);
        ++total;
        if (estimate.low <= value && value <= estimate.high) {
            ++inside;
        }
        const double half_width = (estimate.high - estimate.low) / 2;
        CHECK(std::abs(estimate.value - value) <= 2 * half_width + 1e-12);
    }
};

jvgov::games::SimpleGame unsc() {
    std::vector<std::int64_t> weights(5, 7);
    weights.resize(15, 1);
    return jvgov::games::make_weighted(jvgov::games::default_player_names(15), weights, 39);
}

}  // namespace

TEST_CASE("composite games above the enumeration limit are refused", "[power]") {
    const std::vector<std::int64_t> ones(30, 1);
    jvgov::games::SimpleGame game{jvgov::games::default_player_names(30),
                                  jvgov::games::Rule{jvgov::games::AllOf{{
                                      jvgov::games::Rule{jvgov::games::WeightedGame{ones, 16}},
                                      jvgov::games::consent_of(30, 0),
                                  }}}};
    CHECK_THROWS_MATCHES(
        compute_power(game), jvgov::power::BudgetExceeded,
        Catch::Message("the exact power of this 30-player game needs all 2^30 coalitions, and "
                       "enumeration is limited to 25 players; use --approximate"));
    PowerOptions small;
    small.max_memory_bytes = 1024;
    game.players.resize(20);
    for (auto* part : {&std::get<jvgov::games::AllOf>(game.rule.kind).parts[0],
                       &std::get<jvgov::games::AllOf>(game.rule.kind).parts[1]}) {
        std::get<jvgov::games::WeightedGame>(part->kind).weights.resize(20);
    }
    // 2^20 bits = 128 KiB per bitmap, three bitmaps for one level of AND.
    CHECK_THROWS_MATCHES(
        compute_power(game, small), jvgov::power::BudgetExceeded,
        Catch::Message("the exact power of this 20-player game needs about 384.0 KiB of memory "
                       "and 2.1e+07 elementary operations (estimate), 384.0 times the memory "
                       "budget of 1.0 KiB; raise --max-memory or use --approximate"));
}

TEST_CASE("weighted indices over the budget: refused when asked for, skipped otherwise",
          "[power]") {
    const jvgov::games::SimpleGame game = unsc();
    const auto& weighted = *jvgov::games::as_single_weighted(game);
    const auto cost = jvgov::power::estimate(weighted, jvgov::power::WeightedIndex::shapley_shubik);
    PowerOptions options;
    options.max_memory_bytes = cost.bytes - 1;
    options.indices = {Index::shapley_shubik};
    CHECK_THROWS_MATCHES(
        compute_power(game, options), jvgov::power::BudgetExceeded,
        Catch::Message(fmt::format(
            "the exact Shapley-Shubik index of this 15-player game needs about {} of memory and "
            "{:.1e} elementary operations (estimate), 1.0 times the memory budget of {}; raise "
            "--max-memory or use --approximate",
            jvgov::power::format_bytes(cost.bytes), cost.operations,
            jvgov::power::format_bytes(cost.bytes - 1))));
    options.indices.clear();
    options.max_memory_bytes = 1;
    const PowerTable table = compute_power(game, options);
    CHECK(!table.players[0].shapley_shubik);
    CHECK(!table.players[0].swings);
    CHECK(!table.structure_known);
    CHECK(table.skipped.size() == 5);  // swings, winning, SS, minimal winning, Johnston
}

TEST_CASE("format_bytes", "[power]") {
    CHECK(jvgov::power::format_bytes(100) == "100 B");
    CHECK(jvgov::power::format_bytes(4096) == "4.0 KiB");
    CHECK(jvgov::power::format_bytes(std::uint64_t{3} << 29) == "1.5 GiB");
}

TEST_CASE("Monte Carlo intervals contain the exact values and are reproducible", "[power]") {
    Coverage coverage;
    const std::vector<std::int64_t> ones(8, 1);
    const std::vector<jvgov::games::SimpleGame> games = {
        unsc(),
        jvgov::games::make_weighted(jvgov::games::default_player_names(3), {3, 2, 1}, 4),
        jvgov::games::SimpleGame{
            jvgov::games::default_player_names(8),
            jvgov::games::Rule{jvgov::games::AllOf{{
                jvgov::games::Rule{jvgov::games::WeightedGame{ones, 5}},
                jvgov::games::Rule{jvgov::games::WeightedGame{{8, 1, 1, 2, 3, 1, 1, 1}, 10}},
            }}}},
    };
    for (const auto& game : games) {
        INFO(jvgov::games::describe(game));
        const PowerTable exact = compute_power(game);
        PowerOptions options;
        options.approximate = true;
        options.samples = 20000;
        options.seed = 7;
        const PowerTable estimated = compute_power(game, options);
        REQUIRE(estimated.approximation);
        CHECK(estimated.approximation->samples == 20000);
        coverage.add(estimated.approximation->coleman_act, *exact.coleman_act);
        for (std::size_t i = 0; i < exact.players.size(); ++i) {
            const auto& e = estimated.players[i];
            CHECK(!e.banzhaf);  // no exact value in approximate mode
            coverage.add(*e.penrose_estimate, *exact.players[i].penrose);
            coverage.add(*e.banzhaf_estimate, *exact.players[i].banzhaf);
            coverage.add(*e.shapley_shubik_estimate, *exact.players[i].shapley_shubik);
        }
        const PowerTable again = compute_power(game, options);
        for (std::size_t i = 0; i < exact.players.size(); ++i) {
            CHECK(again.players[i].penrose_estimate->value ==
                  estimated.players[i].penrose_estimate->value);
            CHECK(again.players[i].shapley_shubik_estimate->value ==
                  estimated.players[i].shapley_shubik_estimate->value);
        }
    }
    // 81 intervals at 95%: with seed 7, 80 contain the exact value; require at least 90%.
    CHECK(coverage.total == 81);
    CHECK(coverage.inside >= 73);
}

TEST_CASE("Monte Carlo on a weighted game of 100 players (beyond bitsets)", "[power]") {
    // [51; 1 x 100]: Shapley-Shubik 1/100 each; Penrose C(99, 49)/2^99 (computed exactly here).
    const auto game = jvgov::games::make_weighted(jvgov::games::default_player_names(100),
                                                  std::vector<std::int64_t>(100, 1), 51);
    PowerOptions exact_options;
    exact_options.indices = {Index::penrose, Index::shapley_shubik};
    const PowerTable exact = compute_power(game, exact_options);
    PowerOptions options;
    options.approximate = true;
    options.samples = 4000;
    options.seed = 11;
    const PowerTable estimated = compute_power(game, options);
    Coverage coverage;
    for (std::size_t i = 0; i < 100; ++i) {
        CHECK(*estimated.players[i].weight == 1);
        coverage.add(*estimated.players[i].penrose_estimate, *exact.players[i].penrose);
        coverage.add(*estimated.players[i].shapley_shubik_estimate,
                     *exact.players[i].shapley_shubik);
    }
    CHECK(coverage.inside >= 180);  // of 200 intervals at 95%
}
