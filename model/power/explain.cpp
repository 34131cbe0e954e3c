#include "model/power/explain.hpp"

#include <stdexcept>

#include <fmt/core.h>

#include "model/exact/errors.hpp"
#include "model/power/enumeration.hpp"

namespace jvgov::power {

PlayerExplanation explain_player(const games::SimpleGame& game, int player, std::size_t cap,
                                 int max_players) {
    const int n = games::player_count(game);
    if (player < 0 || player >= n) {
        throw PreconditionError(
            fmt::format("player number {} is outside the game of {} players", player + 1, n));
    }
    if (n > max_players) {
        throw InputError(
            fmt::format("listing the swing coalitions of a {}-player game is limited to {} players",
                        n, max_players));
    }
    const WinningBitmap winning = winning_bitmap(game);
    const games::Coalition me = games::singleton(player);
    const games::Coalition others = games::grand_coalition(n) & ~me;
    std::vector<exact::Integer> factorial(static_cast<std::size_t>(n) + 1, 1);
    for (std::size_t k = 1; k < factorial.size(); ++k) {
        factorial[k] = factorial[k - 1] * k;
    }
    std::vector<std::uint64_t> swings_by_size(static_cast<std::size_t>(n), 0);
    PlayerExplanation explanation;
    explanation.player = player;
    // Enumerate the subsets of `others` in increasing order.
    games::Coalition s = 0;
    while (true) {
        if (!winning.wins(s) && winning.wins(s | me)) {
            ++swings_by_size[static_cast<std::size_t>(games::size(s))];
            if (explanation.swing_coalitions.size() < cap) {
                explanation.swing_coalitions.push_back(s);
            } else {
                explanation.listed_all = false;
            }
        }
        if (s == others) {
            break;
        }
        s = (s - others) & others;
    }
    explanation.swing_count = 0;
    explanation.pivotal_orderings = 0;
    for (std::size_t k = 0; k < swings_by_size.size(); ++k) {
        explanation.swing_count += swings_by_size[k];
        explanation.pivotal_orderings +=
            swings_by_size[k] * factorial[k] * factorial[static_cast<std::size_t>(n) - 1 - k];
    }
    explanation.total_orderings = factorial[static_cast<std::size_t>(n)];
    return explanation;
}

}  // namespace jvgov::power
