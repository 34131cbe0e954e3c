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

// Evaluates a weighted game by running sums: any number of players.
class WeightedEvaluator {
  public:
    explicit WeightedEvaluator(const games::WeightedGame& game) : game_(game) {}

    void set_coalition(const std::vector<char>& members) {
        sum_ = 0;
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (members[i] != 0) {
                sum_ += game_.weights[i];
            }
        }
        members_ = &members;
    }

    bool wins() const { return sum_ >= game_.quota; }

    bool critical(std::size_t i) const {
        const std::int64_t without = (*members_)[i] != 0 ? sum_ - game_.weights[i] : sum_;
        return without < game_.quota && without + game_.weights[i] >= game_.quota;
    }

    void start_ordering() { sum_ = 0; }

    bool add_and_check(std::size_t player) {
        sum_ += game_.weights[player];
        return sum_ >= game_.quota;
    }

  private:
    const games::WeightedGame& game_;
    const std::vector<char>* members_ = nullptr;
    std::int64_t sum_ = 0;
};

// Evaluates any rule on bitset coalitions: at most 64 players.
class RuleEvaluator {
  public:
    explicit RuleEvaluator(const games::SimpleGame& game) : game_(game) {}

    void set_coalition(const std::vector<char>& members) {
        coalition_ = 0;
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (members[i] != 0) {
                coalition_ |= games::singleton(static_cast<int>(i));
            }
        }
    }

    bool wins() const { return games::wins(game_, coalition_); }

    bool critical(std::size_t i) const {
        const Coalition bit = games::singleton(static_cast<int>(i));
        return games::wins(game_, coalition_ | bit) && !games::wins(game_, coalition_ & ~bit);
    }

    void start_ordering() { coalition_ = 0; }

    bool add_and_check(std::size_t player) {
        coalition_ |= games::singleton(static_cast<int>(player));
        return games::wins(game_, coalition_);
    }

  private:
    const games::SimpleGame& game_;
    Coalition coalition_ = 0;
};

template <class Evaluator>
PowerTable sample(const games::SimpleGame& game, Evaluator evaluator, std::uint64_t samples,
                  std::uint64_t seed) {
    const std::size_t n = game.players.size();
    std::mt19937_64 engine(seed);
    std::vector<std::uint64_t> critical(n, 0);
    std::vector<double> critical_times_total(n, 0);  // sum over samples of I_i * X
    double total_squared = 0;                        // sum over samples of X^2
    std::vector<std::uint64_t> pivotal(n, 0);
    std::uint64_t winning = 0;
    std::vector<char> members(n);
    std::vector<std::size_t> critical_here;
    std::vector<std::size_t> order(n);
    for (std::uint64_t s = 0; s < samples; ++s) {
        for (std::size_t i = 0; i < n; i += 64) {
            const std::uint64_t bits = engine();
            for (std::size_t j = i; j < n && j < i + 64; ++j) {
                members[j] = static_cast<char>((bits >> (j - i)) & 1U);
            }
        }
        evaluator.set_coalition(members);
        if (evaluator.wins()) {
            ++winning;
        }
        critical_here.clear();
        for (std::size_t i = 0; i < n; ++i) {
            if (evaluator.critical(i)) {
                critical_here.push_back(i);
            }
        }
        const auto total = static_cast<double>(critical_here.size());
        total_squared += total * total;
        for (std::size_t i : critical_here) {
            ++critical[i];
            critical_times_total[i] += total;
        }
        std::iota(order.begin(), order.end(), std::size_t{0});
        for (std::size_t k = n - 1; k > 0; --k) {
            std::swap(order[k], order[uniform_below(engine, k + 1)]);
        }
        evaluator.start_ordering();
        for (std::size_t player : order) {
            if (evaluator.add_and_check(player)) {
                ++pivotal[player];
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
    for (std::size_t i = 0; i < n; ++i) {
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

}  // namespace

PowerTable estimate_power(const games::SimpleGame& game, std::uint64_t samples,
                          std::uint64_t seed) {
    if (const games::WeightedGame* weighted = games::as_single_weighted(game)) {
        PowerTable table = sample(game, WeightedEvaluator(*weighted), samples, seed);
        for (std::size_t i = 0; i < table.players.size(); ++i) {
            table.players[i].weight = Integer(weighted->weights[i]);
        }
        return table;
    }
    return sample(game, RuleEvaluator(game), samples, seed);
}

}  // namespace jvgov::power
