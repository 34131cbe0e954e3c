#include "model/power/monte_carlo.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace jvgov::power {

namespace {

using games::Coalition;

constexpr double z95 = 1.959963984540054;

// Uniform integer in [0, bound) by rejection, identical on every platform. REQUIRES: bound >= 1.
std::uint64_t uniform_below(std::mt19937_64& engine, std::uint64_t bound) {
    const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % bound + 1) % bound;
    std::uint64_t draw = engine();
    while (draw > limit) {
        draw = engine();
    }
    return draw % bound;
}

Estimate wilson(std::uint64_t successes, std::uint64_t trials) {
    const double n = static_cast<double>(trials);
    const double p = static_cast<double>(successes) / n;
    const double z2 = z95 * z95;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z95 * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return Estimate{p, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

}  // namespace

PowerTable estimate_power(const games::SimpleGame& game, std::uint64_t samples,
                          std::uint64_t seed) {
    const int n = games::player_count(game);
    const auto size_n = static_cast<std::size_t>(n);
    const Coalition all = games::grand_coalition(n);
    std::mt19937_64 engine(seed);
    std::vector<std::uint64_t> critical(size_n, 0);
    std::vector<double> critical_times_total(size_n, 0);  // sum over samples of I_i * X
    double total_squared = 0;                             // sum over samples of X^2
    std::vector<std::uint64_t> pivotal(size_n, 0);
    std::uint64_t winning = 0;
    std::vector<int> order(size_n);
    for (std::uint64_t sample = 0; sample < samples; ++sample) {
        const Coalition s = engine() & all;
        if (games::wins(game, s)) {
            ++winning;
        }
        std::vector<int> critical_here;
        for (int i = 0; i < n; ++i) {
            const Coalition bit = games::singleton(i);
            if (games::wins(game, s | bit) && !games::wins(game, s & ~bit)) {
                critical_here.push_back(i);
            }
        }
        const auto total = static_cast<double>(critical_here.size());
        total_squared += total * total;
        for (int i : critical_here) {
            ++critical[static_cast<std::size_t>(i)];
            critical_times_total[static_cast<std::size_t>(i)] += total;
        }
        std::iota(order.begin(), order.end(), 0);
        for (std::size_t k = size_n - 1; k > 0; --k) {
            std::swap(order[k], order[uniform_below(engine, k + 1)]);
        }
        Coalition prefix = 0;
        for (int player : order) {
            prefix |= games::singleton(player);
            if (games::wins(game, prefix)) {
                ++pivotal[static_cast<std::size_t>(player)];
                break;
            }
        }
    }
    const double count = static_cast<double>(samples);
    const double mean_total =
        static_cast<double>(std::accumulate(critical.begin(), critical.end(), std::uint64_t{0})) /
        count;
    PowerTable table;
    table.approximation = Approximation{samples, seed, wilson(winning, samples)};
    for (std::size_t i = 0; i < size_n; ++i) {
        PlayerPower player;
        player.name = game.players[i];
        player.penrose_estimate = wilson(critical[i], samples);
        player.shapley_shubik_estimate = wilson(pivotal[i], samples);
        if (mean_total > 0) {
            const double mean_critical = static_cast<double>(critical[i]) / count;
            const double ratio = mean_critical / mean_total;
            const double mean_cross = critical_times_total[i] / count;
            const double variance = std::max(0.0, mean_critical - 2 * ratio * mean_cross +
                                                      ratio * ratio * total_squared / count);
            const double half = z95 * std::sqrt(variance / count) / mean_total;
            player.banzhaf_estimate =
                Estimate{ratio, std::max(0.0, ratio - half), std::min(1.0, ratio + half)};
        }
        table.players.push_back(std::move(player));
    }
    return table;
}

}  // namespace jvgov::power
