// Structure of weighted games without enumerating all coalitions.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "model/games/coalition.hpp"
#include "model/games/weighted_game.hpp"

namespace jvgov::power {

// The minimal winning coalitions of a weighted game in increasing bitset order, or nullopt when
// there are more than `cap`. Depth-first search over players by decreasing weight: every node it
// visits leads to at least one minimal winning coalition, so it visits at most n * (cap + 1)
// nodes. REQUIRES: validate(game) passed and at most games::max_players players (a coalition is
// a 64-bit set); throws PreconditionError otherwise.
std::optional<std::vector<games::Coalition>> weighted_minimal_winning(
    const games::WeightedGame& game, std::size_t cap);

// Players every winning coalition needs (total - w_i < q), in increasing order.
std::vector<int> weighted_veto_players(const games::WeightedGame& game);

// The player whose presence alone decides (w_i >= q and total - w_i < q), if any.
std::optional<int> weighted_dictator(const games::WeightedGame& game);

}  // namespace jvgov::power
