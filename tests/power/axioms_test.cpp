// Axioms on games too large for the brute-force oracle: efficiency (normalised indices and
// Shapley-Shubik sum to 1), symmetry (equal weights, equal values), null player (dummies get 0),
// and exactness far beyond 64 and 128 bits (n = 200 equal weights against closed forms).
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "model/power/compute.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
using jvgov::power::PlayerPower;
using jvgov::power::PowerTable;

Integer binomial(int n, int k) {
    Integer result = 1;
    for (int i = 1; i <= k; ++i) {
        result = result * (n - k + i) / i;
    }
    return result;
}

Rational sum(const PowerTable& table, std::optional<Rational> PlayerPower::*field) {
    Rational total = 0;
    for (const PlayerPower& player : table.players) {
        total += *(player.*field);
    }
    return total;
}

void check_axioms(const PowerTable& table, const std::vector<std::int64_t>& weights) {
    for (auto field :
         {&PlayerPower::banzhaf, &PlayerPower::shapley_shubik, &PlayerPower::deegan_packel,
          &PlayerPower::public_good, &PlayerPower::johnston}) {
        CHECK(sum(table, field) == 1);
    }
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const PlayerPower& a = table.players[i];
        if (*a.swings == 0) {  // null player
            CHECK(*a.shapley_shubik == 0);
            CHECK(*a.deegan_packel == 0);
            CHECK(*a.public_good == 0);
            CHECK(*a.johnston == 0);
        }
        if (weights[i] == 0) {
            CHECK(*a.swings == 0);
        }
        for (std::size_t j = i + 1; j < weights.size(); ++j) {
            if (weights[i] != weights[j]) {
                continue;
            }
            const PlayerPower& b = table.players[j];
            CHECK(*a.swings == *b.swings);
            CHECK(*a.shapley_shubik == *b.shapley_shubik);
            CHECK(*a.deegan_packel == *b.deegan_packel);
            CHECK(*a.public_good == *b.public_good);
            CHECK(*a.johnston == *b.johnston);
        }
    }
}

}  // namespace

TEST_CASE("efficiency, symmetry and null player on random weighted games, n = 30..60", "[power]") {
    std::mt19937_64 engine(42);
    for (int round = 0; round < 12; ++round) {
        const int n = 30 + static_cast<int>(engine() % 31);
        std::vector<std::int64_t> weights;
        std::int64_t total = 0;
        for (int i = 0; i < n; ++i) {
            weights.push_back(engine() % 7 == 0 ? 0 : static_cast<std::int64_t>(engine() % 20));
            total += weights.back();
        }
        const std::int64_t quota = 1 + static_cast<std::int64_t>(engine() % total);
        INFO("n = " << n << ", quota = " << quota);
        const PowerTable table = jvgov::power::compute_power(
            jvgov::games::make_weighted(jvgov::games::default_player_names(n), weights, quota));
        check_axioms(table, weights);
    }
}

TEST_CASE("axioms on a 20-player double majority (enumeration)", "[power]") {
    std::vector<std::int64_t> population;
    for (int i = 0; i < 20; ++i) {
        population.push_back(1 + (i * 7) % 13);
    }
    const std::vector<std::int64_t> heads(20, 1);
    jvgov::games::SimpleGame game{
        jvgov::games::default_player_names(20),
        jvgov::games::Rule{jvgov::games::AllOf{{
            jvgov::games::Rule{jvgov::games::WeightedGame{heads, 11}},
            jvgov::games::Rule{jvgov::games::WeightedGame{population, 90}},
        }}}};
    const PowerTable table = jvgov::power::compute_power(game);
    for (auto field :
         {&PlayerPower::banzhaf, &PlayerPower::shapley_shubik, &PlayerPower::deegan_packel,
          &PlayerPower::public_good, &PlayerPower::johnston}) {
        CHECK(sum(table, field) == 1);
    }
    // Players with equal population are symmetric in both games.
    for (std::size_t i = 0; i < 20; ++i) {
        for (std::size_t j = i + 1; j < 20; ++j) {
            if (population[i] == population[j]) {
                CHECK(*table.players[i].shapley_shubik == *table.players[j].shapley_shubik);
                CHECK(*table.players[i].swings == *table.players[j].swings);
            }
        }
    }
}

TEST_CASE("n = 200 equal weights: counts beyond 2^128 equal closed forms", "[power]") {
    // [101; 1 x 200]: i is critical exactly when 100 of the other 199 vote yes, so
    // swings = C(199, 100); W = sum_{k >= 101} C(200, k) = (2^200 - C(200, 100)) / 2.
    const std::vector<std::int64_t> weights(200, 1);
    jvgov::power::PowerOptions options;
    options.indices = {jvgov::power::Index::swings, jvgov::power::Index::penrose,
                       jvgov::power::Index::shapley_shubik, jvgov::power::Index::coleman};
    const PowerTable table = jvgov::power::compute_power(
        jvgov::games::make_weighted(jvgov::games::default_player_names(200), weights, 101),
        options);
    const Integer swings = binomial(199, 100);
    const Integer winning = ((Integer(1) << 200) - binomial(200, 100)) / 2;
    CHECK(swings > (Integer(1) << 128));
    CHECK(*table.winning_coalitions == winning);
    for (const PlayerPower& player : table.players) {
        CHECK(*player.swings == swings);
        CHECK(*player.penrose == Rational(swings, Integer(1) << 199));
        CHECK(*player.shapley_shubik == Rational(1, 200));
        CHECK(*player.coleman_prevent == Rational(swings, winning));
    }
}

TEST_CASE("Owen with singleton blocs or one bloc reduces to Shapley-Shubik and Penrose",
          "[power]") {
    const auto game =
        jvgov::games::make_weighted(jvgov::games::default_player_names(6), {5, 4, 3, 2, 1, 1}, 9);
    for (const auto& blocs : std::vector<std::vector<std::vector<int>>>{
             {{0}, {1}, {2}, {3}, {4}, {5}}, {{0, 1, 2, 3, 4, 5}}}) {
        jvgov::power::PowerOptions options;
        options.blocs = blocs;
        const PowerTable table = jvgov::power::compute_power(game, options);
        for (const PlayerPower& player : table.players) {
            CHECK(*player.owen == *player.shapley_shubik);
            CHECK(*player.banzhaf_owen == *player.penrose);
        }
    }
}
