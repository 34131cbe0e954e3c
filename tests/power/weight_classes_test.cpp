// The weight-class profiles (model/power/weight_classes.hpp), which compute_power uses for
// weighted games of more than 64 players with few distinct weights: hand-checked symmetric games,
// and 60 random games (65 to 130 players, up to four distinct weights, players of weight 0)
// against the dynamic-programming kernels (model/power/weighted_power.hpp), index by index.
#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "model/games/simple_game.hpp"
#include "model/power/compute.hpp"
#include "model/power/weight_classes.hpp"
#include "model/power/weighted_power.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
namespace games = jvgov::games;
namespace power = jvgov::power;

Integer binomial(int n, int k) {
    Integer result = 1;
    for (int i = 0; i < k; ++i)
        result = result * (n - i) / (i + 1);
    return result;
}

games::SimpleGame weighted(std::vector<std::int64_t> weights, std::int64_t quota) {
    const auto n = static_cast<int>(weights.size());
    return games::make_weighted(games::default_player_names(n), std::move(weights), quota);
}

Rational ratio(const Rational& part, const Rational& total) {
    return total == 0 ? Rational(0) : Rational(part / total);
}

}  // namespace

TEST_CASE("a board of 100 one-vote directors, simple majority: every value by symmetry") {
    // [51; 1 x 100]: a director swings the coalitions of exactly 50 of the 99 others; the
    // minimal winning coalitions are the C(100, 51) coalitions of 51; by symmetry every
    // normalised index is 1/100.
    const auto game = weighted(std::vector<std::int64_t>(100, 1), 51);
    REQUIRE(power::weight_class_profiles(*games::as_single_weighted(game)) == 101);
    const power::PowerTable table = power::compute_power(game);
    // The coalitions of 51 or more: half of those not of exactly 50.
    const Integer winning = ((Integer(1) << 100) - binomial(100, 50)) / 2;
    REQUIRE(table.winning_coalitions == winning);
    REQUIRE(table.minimal_winning_coalitions == binomial(100, 51));
    REQUIRE(table.coleman_act == Rational(winning, Integer(1) << 100));
    for (const power::PlayerPower& player : table.players) {
        REQUIRE(player.swings == binomial(99, 50));
        REQUIRE(player.banzhaf == Rational(1, 100));
        REQUIRE(player.penrose == Rational(binomial(99, 50), Integer(1) << 99));
        REQUIRE(player.shapley_shubik == Rational(1, 100));
        REQUIRE(player.raw_public_good == binomial(99, 50));
        REQUIRE(player.raw_deegan_packel == Rational(binomial(99, 50), 51));
        REQUIRE(player.deegan_packel == Rational(1, 100));
        REQUIRE(player.public_good == Rational(1, 100));
        REQUIRE(player.johnston == Rational(1, 100));
    }
    REQUIRE(table.dummies.empty());
    REQUIRE(table.veto_players.empty());
    REQUIRE_FALSE(table.dictator.has_value());
    REQUIRE_FALSE(table.minimal_winning_list.has_value());
}

TEST_CASE("unanimity of 80 one-vote directors and 20 excluded ones: vetoes and dummies") {
    // [80; 1 x 80, 0 x 20]: one winning coalition among the 80 (times the 2^20 subsets of the
    // excluded); each voter is critical in it alone and holds a veto; the excluded are dummies.
    std::vector<std::int64_t> weights(80, 1);
    weights.resize(100, 0);
    const power::PowerTable table = power::compute_power(weighted(weights, 80));
    REQUIRE(table.winning_coalitions == Integer(1) << 20);
    REQUIRE(table.minimal_winning_coalitions == 1);
    for (std::size_t i = 0; i < 100; ++i) {
        const power::PlayerPower& player = table.players[i];
        const bool voter = i < 80;
        REQUIRE(player.swings == (voter ? Integer(1) << 20 : Integer(0)));
        REQUIRE(player.banzhaf == (voter ? Rational(1, 80) : Rational(0)));
        REQUIRE(player.shapley_shubik == (voter ? Rational(1, 80) : Rational(0)));
        REQUIRE(player.raw_public_good == (voter ? 1 : 0));
        REQUIRE(player.raw_deegan_packel == (voter ? Rational(1, 80) : Rational(0)));
        REQUIRE(player.raw_johnston == (voter ? Rational(Integer(1) << 20, 80) : Rational(0)));
        REQUIRE(player.johnston == (voter ? Rational(1, 80) : Rational(0)));
    }
    REQUIRE(table.veto_players.size() == 80);
    REQUIRE(table.dummies.size() == 20);
    REQUIRE(table.dummies.front() == 80);
}

TEST_CASE("weight-class profiles agree with the dynamic-programming kernels") {
    std::mt19937_64 random(20261206);
    for (int round = 0; round < 60; ++round) {
        const int n = std::uniform_int_distribution<int>(65, 130)(random);
        const int distinct = std::uniform_int_distribution<int>(1, 4)(random);
        std::vector<std::int64_t> values;
        for (int d = 0; d < distinct; ++d)
            values.push_back(std::uniform_int_distribution<std::int64_t>(0, 9)(random));
        std::vector<std::int64_t> weights;
        for (int i = 0; i < n; ++i)
            weights.push_back(values[std::uniform_int_distribution<std::size_t>(
                0, values.size() - 1)(random)]);
        std::int64_t total = 0;
        for (const std::int64_t weight : weights)
            total += weight;
        if (total == 0)
            weights[0] = total = 1;
        const std::int64_t quota = std::uniform_int_distribution<std::int64_t>(1, total)(random);
        const games::WeightedGame game{weights, quota};
        if (power::weight_class_profiles(game) > power::max_weight_class_profiles)
            continue;
        INFO("round " << round << ", n " << n << ", quota " << quota);
        const power::PowerTable table = power::compute_power(weighted(weights, quota));

        const std::vector<Integer> swings = power::banzhaf_swings(game);
        const Integer winning = power::count_winning(game);
        const std::vector<Rational> shapley = power::shapley_shubik(game);
        const power::MinimalWinningCounts minimal = power::minimal_winning_counts(game);
        const std::vector<Rational> johnston = power::johnston_raw(game);
        const Integer coalitions = Integer(1) << n;
        Integer total_swings = 0;
        Rational total_deegan_packel = 0;
        Integer total_containing = 0;
        Rational total_johnston = 0;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            total_swings += swings[i];
            total_deegan_packel += minimal.deegan_packel_raw[i];
            total_containing += minimal.containing[i];
            total_johnston += johnston[i];
        }
        REQUIRE(table.winning_coalitions == winning);
        REQUIRE(table.minimal_winning_coalitions == minimal.total);
        REQUIRE(table.coleman_act == Rational(winning, coalitions));
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const power::PlayerPower& player = table.players[i];
            REQUIRE(player.swings == swings[i]);
            REQUIRE(player.banzhaf == ratio(Rational(swings[i]), Rational(total_swings)));
            REQUIRE(player.penrose == Rational(swings[i], coalitions / 2));
            REQUIRE(player.coleman_prevent == Rational(swings[i], winning));
            REQUIRE(player.coleman_initiate == Rational(swings[i], coalitions - winning));
            REQUIRE(player.shapley_shubik == shapley[i]);
            REQUIRE(player.raw_deegan_packel == minimal.deegan_packel_raw[i]);
            REQUIRE(player.deegan_packel ==
                    ratio(minimal.deegan_packel_raw[i], total_deegan_packel));
            REQUIRE(player.raw_public_good == minimal.containing[i]);
            REQUIRE(player.public_good ==
                    ratio(Rational(minimal.containing[i]), Rational(total_containing)));
            REQUIRE(player.raw_johnston == johnston[i]);
            REQUIRE(player.johnston == ratio(johnston[i], total_johnston));
            const bool dummy = swings[i] == 0;
            REQUIRE((std::find(table.dummies.begin(), table.dummies.end(),
                               static_cast<int>(i)) != table.dummies.end()) == dummy);
        }
    }
}
