// Cross-check of the values compute_power builds once per distinct weight (model/power/compute.hpp)
// and of the memoised texts of the renderings (model/power/value_texts.hpp) against the old path:
// every player's fraction built and formatted on its own from the engine's raw results. 500 random
// weighted games with many equal weights, up to 150 players (counts above 2^128), and the public
// good index computed without Deegan-Packel against the combined computation. compute_power takes
// the swings and the winning count (Coleman) from one polynomial (banzhaf_swings_and_winning);
// check_against_engine compares them with banzhaf_swings and count_winning, each on its own.
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "model/games/simple_game.hpp"
#include "model/power/compute.hpp"
#include "model/power/value_texts.hpp"
#include "model/power/weighted_power.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
namespace games = jvgov::games;
namespace power = jvgov::power;

Rational ratio(const Integer& part, const Integer& total) {
    return total == 0 ? Rational(0) : Rational(Rational(part) / Rational(total));
}

Rational ratio(const Rational& part, const Rational& total) {
    return total == 0 ? Rational(0) : Rational(part / total);
}

// The old path: each player's values from the engine's raw per-player results.
void check_against_engine(const games::WeightedGame& weighted, const power::PowerTable& table,
                          bool with_slow_indices) {
    const std::size_t n = weighted.weights.size();
    const std::vector<Integer> swings = power::banzhaf_swings(weighted);
    const Integer winning = power::count_winning(weighted);
    const Integer coalitions = Integer(1) << n;
    Integer total = 0;
    for (const Integer& s : swings) {
        total += s;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const power::PlayerPower& player = table.players[i];
        REQUIRE(player.swings == swings[i]);
        REQUIRE(player.banzhaf == ratio(swings[i], total));
        REQUIRE(player.penrose == Rational(swings[i], coalitions / 2));
        REQUIRE(player.coleman_prevent == Rational(swings[i], winning));
        REQUIRE(player.coleman_initiate == Rational(swings[i], coalitions - winning));
    }
    if (!with_slow_indices) {
        return;
    }
    const std::vector<Rational> shapley = power::shapley_shubik(weighted);
    const power::MinimalWinningCounts minimal = power::minimal_winning_counts(weighted);
    const std::vector<Rational> johnston = power::johnston_raw(weighted);
    Rational total_deegan_packel = 0;
    Rational total_johnston = 0;
    Integer total_public_good = 0;
    for (std::size_t i = 0; i < n; ++i) {
        total_deegan_packel += minimal.deegan_packel_raw[i];
        total_public_good += minimal.containing[i];
        total_johnston += johnston[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
        const power::PlayerPower& player = table.players[i];
        REQUIRE(player.shapley_shubik == shapley[i]);
        REQUIRE(player.raw_deegan_packel == minimal.deegan_packel_raw[i]);
        REQUIRE(player.deegan_packel == ratio(minimal.deegan_packel_raw[i], total_deegan_packel));
        REQUIRE(player.raw_public_good == minimal.containing[i]);
        REQUIRE(player.public_good == ratio(minimal.containing[i], total_public_good));
        REQUIRE(player.raw_johnston == johnston[i]);
        REQUIRE(player.johnston == ratio(johnston[i], total_johnston));
    }
}

void check_texts(const power::PowerTable& table) {
    power::ValueTexts texts;
    for (const power::PlayerPower& player : table.players) {
        for (const auto* value : {&player.banzhaf, &player.penrose, &player.shapley_shubik,
                                  &player.deegan_packel, &player.johnston}) {
            if (*value) {
                REQUIRE(texts.fraction(**value) == jvgov::exact::to_fraction_string(**value));
                REQUIRE(texts.decimal(**value, 6) == jvgov::exact::to_decimal_string(**value, 6));
            }
        }
        if (player.swings) {
            REQUIRE(texts.integer(*player.swings) == player.swings->str());
        }
    }
}

}  // namespace

TEST_CASE("per-weight values and texts match the per-player computation on 500 random games",
          "[weighted][compute]") {
    std::mt19937_64 engine(15);
    int above_2_128 = 0;
    for (int round = 0; round < 500; ++round) {
        // Mostly small games with every index; every fifth game 130..150 players (counts above
        // 2^128) with the swing-based indices and, every tenth, all of them.
        const bool large = round % 5 == 4;
        const std::size_t n = large ? 130 + engine() % 21 : 2 + engine() % 40;
        const std::int64_t high = 1 + static_cast<std::int64_t>(engine() % (large ? 12 : 30));
        std::vector<std::int64_t> weights(n);
        std::int64_t sum = 0;
        for (std::int64_t& w : weights) {
            w = static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(high + 1));
            sum += w;
        }
        if (sum == 0) {
            weights[0] = 1;
            sum = 1;
        }
        const std::int64_t quota = 1 + static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(sum));
        const games::SimpleGame game =
            games::make_weighted(games::default_player_names(static_cast<int>(n)), weights, quota);
        const bool slow = !large || round % 10 == 9;
        power::PowerOptions options;
        options.indices = {power::Index::banzhaf, power::Index::penrose, power::Index::swings,
                           power::Index::coleman};
        if (slow) {
            for (power::Index index : {power::Index::shapley_shubik, power::Index::deegan_packel,
                                       power::Index::public_good, power::Index::johnston}) {
                options.indices.push_back(index);
            }
        }
        const power::PowerTable table = power::compute_power(game, options);
        const games::WeightedGame weighted{weights, quota};
        check_against_engine(weighted, table, slow);
        check_texts(table);
        if (large) {
            above_2_128 += table.winning_coalitions > (Integer(1) << 128) ? 1 : 0;
        }
        if (slow && round % 2 == 0) {
            // The public good index alone (no Deegan-Packel) equals the combined computation.
            power::PowerOptions alone;
            alone.indices = {power::Index::public_good};
            const power::PowerTable only = power::compute_power(game, alone);
            REQUIRE(only.minimal_winning_coalitions == table.minimal_winning_coalitions);
            for (std::size_t i = 0; i < n; ++i) {
                REQUIRE(only.players[i].public_good == table.players[i].public_good);
                REQUIRE(only.players[i].raw_public_good == table.players[i].raw_public_good);
                REQUIRE_FALSE(only.players[i].deegan_packel);
                REQUIRE_FALSE(only.players[i].banzhaf);
            }
            const power::MinimalWinningCounts counts = power::minimal_winning_counts(
                weighted, power::MinimalWinningParts{.deegan_packel = false});
            REQUIRE(counts.deegan_packel_raw.empty());
        }
    }
    CHECK(above_2_128 >= 50);
}

TEST_CASE("the structure from any one index equals the one from the swings on 500 random games",
          "[weighted][compute]") {
    // compute_power computes the swings for the dummies only when no index asked for shows them;
    // with Shapley-Shubik, Deegan-Packel, public good or Johnston alone, the dummies (value 0),
    // veto players and dictator must be those found with the swings.
    std::mt19937_64 engine(1515);
    int with_weighted_dummy = 0;
    int above_2_128 = 0;
    for (int round = 0; round < 500; ++round) {
        // Every fifth game 130..150 players with weights up to 8 (counts above 2^128).
        const bool large = round % 5 == 4;
        const std::size_t n = large ? 130 + engine() % 21 : 1 + engine() % 30;
        const std::int64_t high = 1 + static_cast<std::int64_t>(engine() % (large ? 8 : 40));
        std::vector<std::int64_t> weights(n);
        std::int64_t sum = 0;
        for (std::int64_t& w : weights) {
            w = static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(high + 1));
            sum += w;
        }
        if (sum == 0) {
            weights[0] = 1;
            sum = 1;
        }
        // A third of the quotas at random, a third near the total; in the last third the
        // weights are multiples of 10 but for two players of weights 1 and 2, and the quota is
        // 5 above a multiple of 10, so that those two are dummies.
        const auto span = static_cast<std::uint64_t>(sum);
        std::int64_t quota = 1 + static_cast<std::int64_t>(engine() % span);
        if (round % 3 == 1) {
            quota = sum - static_cast<std::int64_t>(engine() % (span / 4 + 1));
        } else if (round % 3 == 2 && n >= 3) {
            sum = 3;
            for (std::size_t i = 2; i < n; ++i) {
                weights[i] = 10 * (1 + weights[i]);
                sum += weights[i];
            }
            weights[0] = 1;
            weights[1] = 2;
            quota = 10 * static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(sum / 10)) + 5;
        }
        const games::SimpleGame game =
            games::make_weighted(games::default_player_names(static_cast<int>(n)), weights, quota);
        power::PowerOptions by_swings;
        by_swings.indices = {power::Index::swings, power::Index::coleman};
        const power::PowerTable reference = power::compute_power(game, by_swings);
        REQUIRE(reference.structure_known);
        for (const int player : reference.dummies) {
            with_weighted_dummy += weights[static_cast<std::size_t>(player)] > 0 ? 1 : 0;
        }
        if (large) {
            above_2_128 += reference.winning_coalitions > (Integer(1) << 128) ? 1 : 0;
        }
        std::vector<power::Index> alone = {power::Index::public_good, power::Index::shapley_shubik};
        if (!large || round % 10 == 9) {
            alone.push_back(power::Index::deegan_packel);
            alone.push_back(power::Index::johnston);
        }
        for (const power::Index index : alone) {
            power::PowerOptions options;
            options.indices = {index};
            const power::PowerTable table = power::compute_power(game, options);
            INFO("round " << round << ", index " << power::index_name(index));
            REQUIRE(table.structure_known);
            REQUIRE(table.dummies == reference.dummies);
            REQUIRE(table.veto_players == reference.veto_players);
            REQUIRE(table.dictator == reference.dictator);
            REQUIRE_FALSE(table.players[0].swings);
        }
    }
    CHECK(with_weighted_dummy >= 100);
    CHECK(above_2_128 >= 30);
}
