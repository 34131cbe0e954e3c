#include "model/power/threshold_sweep.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>

#include "model/exact/errors.hpp"
#include "model/games/weighted_game.hpp"
#include "model/power/weighted_power.hpp"

namespace jvgov::power {

namespace {

using Indices = std::vector<Rational>;

Indices normalised(const std::vector<Integer>& swings) {
    Integer total = 0;
    for (const auto& count : swings)
        total += count;
    Indices indices;
    for (const auto& count : swings)
        indices.emplace_back(total == 0 ? Rational{0} : Rational{count, total});
    return indices;
}

// counts[v] = the number of coalitions of all players with weight v, for v in 0..total.
std::vector<Integer> coalition_counts(const std::vector<std::int64_t>& weights,
                                      std::int64_t total) {
    std::vector<Integer> counts(static_cast<std::size_t>(total) + 1, 0);
    counts[0] = 1;
    std::int64_t reached = 0;
    for (const auto weight : weights) {
        if (weight == 0)
            continue;
        reached += weight;
        for (auto v = reached; v >= weight; --v)
            counts[static_cast<std::size_t>(v)] += counts[static_cast<std::size_t>(v - weight)];
    }
    return counts;
}

// The swings of a player of positive weight w at every quota q in [lowest, total]:
// #{S not containing the player: q - w <= w(S) < q}, from the coalition counts of all players
// with the player removed (c[v] = counts[v] - c[v - w]) and their prefix sums.
std::vector<Integer> swings_by_quota(const std::vector<Integer>& counts, std::int64_t weight,
                                     std::int64_t lowest, std::int64_t total) {
    const auto size = static_cast<std::size_t>(total) + 1;
    const auto w = static_cast<std::size_t>(weight);
    std::vector<Integer> without(size);
    std::vector<Integer> prefix(size + 1, 0);  // prefix[v] = sum of without[u] for u < v
    for (std::size_t v = 0; v < size; ++v) {
        without[v] = v >= w ? Integer{counts[v] - without[v - w]} : counts[v];
        prefix[v + 1] = prefix[v] + without[v];
    }
    std::vector<Integer> swings;
    for (auto q = lowest; q <= total; ++q) {
        const auto upper = static_cast<std::size_t>(q);
        const auto lower = static_cast<std::size_t>(std::max<std::int64_t>(0, q - weight));
        swings.emplace_back(prefix[upper] - prefix[lower]);
    }
    return swings;
}

// Indices at every quota from `lowest` to `total`, in that order.
std::vector<Indices> every_quota(const std::vector<std::int64_t>& weights, std::int64_t lowest,
                                 std::int64_t total) {
    const auto counts = coalition_counts(weights, total);
    std::map<std::int64_t, std::vector<Integer>> by_weight;  // players of equal weight: once
    for (const auto weight : weights) {
        if (weight > 0 && !by_weight.contains(weight))
            by_weight.emplace(weight, swings_by_quota(counts, weight, lowest, total));
    }
    std::vector<Indices> result;
    for (auto q = lowest; q <= total; ++q) {
        std::vector<Integer> swings;
        for (const auto weight : weights) {
            swings.push_back(weight == 0
                                 ? Integer{0}
                                 : by_weight.at(weight)[static_cast<std::size_t>(q - lowest)]);
        }
        result.push_back(normalised(swings));
    }
    return result;
}

// max_quotas quotas spread evenly over [lowest, total] (both ends included) and every quota of
// must_include within that range, increasing and distinct.
std::vector<std::int64_t> sample_quotas(std::int64_t lowest, std::int64_t total,
                                        std::size_t max_quotas,
                                        const std::vector<std::int64_t>& must_include) {
    std::vector<std::int64_t> quotas;
    const Integer span = total - lowest;
    const auto last = max_quotas - 1;
    for (std::size_t k = 0; k <= last; ++k) {
        const Integer offset = span * k / last;
        quotas.push_back(lowest + static_cast<std::int64_t>(offset));
    }
    for (const auto q : must_include) {
        if (q >= lowest && q <= total)
            quotas.push_back(q);
    }
    std::sort(quotas.begin(), quotas.end());
    quotas.erase(std::unique(quotas.begin(), quotas.end()), quotas.end());
    return quotas;
}

}  // namespace

ThresholdSweep sweep_thresholds(const std::vector<std::int64_t>& weights, std::size_t max_quotas,
                                const std::vector<std::int64_t>& must_include) {
    if (max_quotas < 2)
        throw PreconditionError("sweep_thresholds: max_quotas must be at least 2");
    const auto positive = [](std::int64_t weight) { return weight > 0; };
    const auto negative = [](std::int64_t weight) { return weight < 0; };
    if (std::none_of(weights.begin(), weights.end(), positive) &&
        std::none_of(weights.begin(), weights.end(), negative))
        throw InputError("sweep_thresholds: the total weight must be positive");
    games::validate(games::WeightedGame{weights, 1});  // negative weights, int64 overflow
    const auto total = games::total_weight(games::WeightedGame{weights, 1});
    const auto lowest = total / 2 + 1;

    ThresholdSweep sweep;
    sweep.total_weight = total;
    std::vector<std::int64_t> quotas;
    std::vector<Indices> indices;
    if (static_cast<std::uint64_t>(total - lowest) + 1 <= max_quotas) {
        for (auto q = lowest; q <= total; ++q)
            quotas.push_back(q);
        indices = every_quota(weights, lowest, total);
    } else {
        sweep.exhaustive = false;
        quotas = sample_quotas(lowest, total, max_quotas, must_include);
        for (const auto q : quotas)
            indices.push_back(normalised(banzhaf_swings(games::WeightedGame{weights, q})));
    }
    sweep.evaluated_quotas = quotas.size();
    for (std::size_t k = 0; k < quotas.size(); ++k) {
        if (!sweep.steps.empty() && sweep.steps.back().banzhaf == indices[k]) {
            sweep.steps.back().last_quota = quotas[k];
            continue;
        }
        sweep.steps.push_back({quotas[k], quotas[k], std::move(indices[k])});
    }
    return sweep;
}

}  // namespace jvgov::power
