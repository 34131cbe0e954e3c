#include "model/power/structure.hpp"

#include <algorithm>
#include <numeric>

#include "model/exact/errors.hpp"

namespace jvgov::power {

namespace {

struct Search {
    const games::WeightedGame& game;
    std::vector<int> order;            // players by decreasing weight, zero weights left out
    std::vector<std::int64_t> suffix;  // suffix[k] = weight of order[k..]
    std::size_t cap;
    std::vector<games::Coalition> found;
    bool overflow = false;

    void visit(std::size_t next, games::Coalition chosen, std::int64_t weight) {
        for (std::size_t k = next; k < order.size() && !overflow; ++k) {
            if (weight + suffix[k] < game.quota) {
                return;
            }
            const int player = order[k];
            const std::int64_t with = weight + game.weights[static_cast<std::size_t>(player)];
            const games::Coalition coalition = chosen | games::singleton(player);
            if (with >= game.quota) {
                // The last player added is the lightest, and without it the coalition lost.
                if (found.size() == cap) {
                    overflow = true;
                    return;
                }
                found.push_back(coalition);
            } else {
                visit(k + 1, coalition, with);
            }
        }
    }
};

}  // namespace

std::optional<std::vector<games::Coalition>> weighted_minimal_winning(
    const games::WeightedGame& game, std::size_t cap) {
    if (game.weights.size() > static_cast<std::size_t>(games::max_players))
        throw PreconditionError("weighted_minimal_winning: more than 64 players");
    Search search{game, {}, {}, cap, {}, false};
    for (std::size_t i = 0; i < game.weights.size(); ++i) {
        if (game.weights[i] > 0) {
            search.order.push_back(static_cast<int>(i));
        }
    }
    std::stable_sort(search.order.begin(), search.order.end(), [&](int a, int b) {
        return game.weights[static_cast<std::size_t>(a)] >
               game.weights[static_cast<std::size_t>(b)];
    });
    search.suffix.assign(search.order.size() + 1, 0);
    for (std::size_t k = search.order.size(); k-- > 0;) {
        search.suffix[k] =
            search.suffix[k + 1] + game.weights[static_cast<std::size_t>(search.order[k])];
    }
    search.visit(0, 0, 0);
    if (search.overflow) {
        return std::nullopt;
    }
    std::sort(search.found.begin(), search.found.end());
    return search.found;
}

std::vector<int> weighted_veto_players(const games::WeightedGame& game) {
    const std::int64_t total = games::total_weight(game);
    std::vector<int> veto;
    for (std::size_t i = 0; i < game.weights.size(); ++i) {
        if (total - game.weights[i] < game.quota) {
            veto.push_back(static_cast<int>(i));
        }
    }
    return veto;
}

std::optional<int> weighted_dictator(const games::WeightedGame& game) {
    const std::int64_t total = games::total_weight(game);
    for (std::size_t i = 0; i < game.weights.size(); ++i) {
        if (game.weights[i] >= game.quota && total - game.weights[i] < game.quota) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

}  // namespace jvgov::power
