// The 64-player edge of the coalition bitsets (issue 14: a shift by 64 for a 65-player game's
// minimal winning coalitions, before the size check).
#include "model/power/structure.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/exact/errors.hpp"
#include "model/exact/rational.hpp"
#include "model/games/simple_game.hpp"
#include "model/power/compute.hpp"

using namespace jvgov;

TEST_CASE("weighted_minimal_winning refuses more than 64 players", "[structure]") {
    const games::WeightedGame game{std::vector<std::int64_t>(65, 1), 33};
    CHECK_THROWS_AS(power::weighted_minimal_winning(game, 10), PreconditionError);
}

TEST_CASE("a 64-player game lists its minimal winning coalitions and a 65-player game lists none",
          "[structure]") {
    // Unanimity of n equal players: the one minimal winning coalition is everybody.
    for (const int n : {64, 65}) {
        std::vector<std::string> names;
        for (int i = 1; i <= n; ++i)
            names.push_back("P" + std::to_string(i));
        const auto game = games::make_weighted(names, std::vector<std::int64_t>(
                                                          static_cast<std::size_t>(n), 1),
                                               n);
        power::PowerOptions options;
        options.indices = {power::Index::banzhaf};
        const power::PowerTable table = power::compute_power(game, options);
        if (n == 64) {
            REQUIRE(table.minimal_winning_list);
            CHECK(*table.minimal_winning_list == std::vector<games::Coalition>{~games::Coalition{0}});
        } else {
            CHECK_FALSE(table.minimal_winning_list);
        }
        // Each player is critical only in the grand coalition, as every other: Banzhaf 1/n.
        REQUIRE(table.players.front().banzhaf);
        CHECK(*table.players.front().banzhaf == exact::Rational(1, n));
    }
}
