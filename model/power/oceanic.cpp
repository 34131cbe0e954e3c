#include "model/power/oceanic.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "model/exact/errors.hpp"
#include "model/power/compute.hpp"

namespace jvgov::power {

using exact::Integer;

namespace {

// The coalitions of a set of majors grouped by (total votes, size): `totals` increasing, and
// for each total the number of coalitions of each size 0..sizes-1 (row-major).
struct CoalitionTable {
    int sizes = 1;
    std::vector<std::int64_t> totals;
    std::vector<std::int64_t> counts;

    std::int64_t count(std::size_t entry, int size) const {
        return counts[entry * static_cast<std::size_t>(sizes) + static_cast<std::size_t>(size)];
    }
};

// Every coalition of the majors with votes `weights`.
CoalitionTable coalitions_of(const std::vector<std::int64_t>& weights) {
    const int sizes = static_cast<int>(weights.size()) + 1;
    const auto stride = static_cast<std::size_t>(sizes);
    CoalitionTable table{sizes, {0}, std::vector<std::int64_t>(stride, 0)};
    table.counts[0] = 1;
    for (const std::int64_t weight : weights) {
        // Merge the table with itself shifted by `weight` (one more member).
        CoalitionTable next{sizes, {}, {}};
        std::size_t without = 0;
        std::size_t with = 0;
        const std::size_t entries = table.totals.size();
        while (without < entries || with < entries) {
            const bool take_without =
                with == entries ||
                (without < entries && table.totals[without] <= table.totals[with] + weight);
            const std::int64_t total =
                take_without ? table.totals[without] : table.totals[with] + weight;
            next.totals.push_back(total);
            next.counts.resize(next.counts.size() + stride, 0);
            std::int64_t* row = &next.counts[next.counts.size() - stride];
            if (take_without) {
                for (std::size_t s = 0; s < stride; ++s) {
                    row[s] += table.counts[without * stride + s];
                }
                ++without;
            }
            if (with < entries && table.totals[with] + weight == total) {
                for (std::size_t s = 1; s < stride; ++s) {
                    row[s] += table.counts[with * stride + s - 1];
                }
                ++with;
            }
        }
        if (next.totals.size() > max_oceanic_totals) {
            throw BudgetExceeded(fmt::format(
                "the major holders' coalitions take more than {} distinct vote totals: too many "
                "for the exact oceanic values",
                max_oceanic_totals));
        }
        table = std::move(next);
    }
    return table;
}

// The coalitions of the others of a major with votes `weight`, from the table of all majors:
// others(w, s) = all(w, s) - others(w - weight, s - 1), increasing w (then s). The totals stay
// those of `all` (some rows are then zero).
CoalitionTable without_major(const CoalitionTable& all, std::int64_t weight) {
    CoalitionTable others{all.sizes - 1, all.totals, {}};
    const auto stride = static_cast<std::size_t>(others.sizes);
    const auto all_stride = static_cast<std::size_t>(all.sizes);
    others.counts.assign(all.totals.size() * stride, 0);
    for (std::size_t entry = 0; entry < all.totals.size(); ++entry) {
        const auto below = std::lower_bound(all.totals.begin(), all.totals.end(),
                                            all.totals[entry] - weight);
        const bool has_below = below != all.totals.end() && *below == all.totals[entry] - weight;
        const auto below_entry = static_cast<std::size_t>(below - all.totals.begin());
        for (std::size_t s = 0; s < stride; ++s) {
            std::int64_t count = all.counts[entry * all_stride + s];
            if (s > 0 && has_below) {
                count -= others.counts[below_entry * stride + s - 1];
            }
            others.counts[entry * stride + s] = count;
        }
    }
    return others;
}

Integer binomial(int n, int k) {
    Integer result = 1;
    for (int i = 1; i <= k; ++i) {
        result = result * (n - k + i) / i;
    }
    return result;
}

// The binomial tails behind the Milnor-Shapley integrals for N = m arrivals and an ocean of C
// votes: tails(K)[s] = sum_{k=s+1..N} C(N,k) K^k (C-K)^(N-k), i.e. C^N P(Binomial(N, K/C) > s),
// for s = 0..N-1, with K clipped to [0, C]. Memoised per K.
class Tails {
  public:
    Tails(int arrivals, std::int64_t ocean) : arrivals_(arrivals), ocean_(ocean) {
        for (int k = 0; k <= arrivals; ++k) {
            binomials_.push_back(binomial(arrivals, k));
        }
        Integer full = 1;
        for (int k = 0; k < arrivals; ++k) {
            full *= ocean;
        }
        zero_.assign(static_cast<std::size_t>(arrivals), Integer{0});
        one_.assign(static_cast<std::size_t>(arrivals), full);
    }

    const std::vector<Integer>& at(std::int64_t k_value) {
        if (k_value <= 0) {
            return zero_;
        }
        if (k_value >= ocean_) {
            return one_;
        }
        auto [found, inserted] = memo_.try_emplace(k_value);
        if (inserted) {
            const auto n = static_cast<std::size_t>(arrivals_);
            std::vector<Integer> up(n + 1, Integer{1});    // K^k
            std::vector<Integer> down(n + 1, Integer{1});  // (C-K)^k
            for (std::size_t k = 1; k <= n; ++k) {
                up[k] = up[k - 1] * k_value;
                down[k] = down[k - 1] * (ocean_ - k_value);
            }
            std::vector<Integer>& tails = found->second;
            tails.assign(n, Integer{0});
            Integer sum = 0;
            for (std::size_t k = n; k >= 1; --k) {
                sum += binomials_[k] * up[k] * down[n - k];
                tails[k - 1] = sum;
            }
        }
        return found->second;
    }

  private:
    int arrivals_;
    std::int64_t ocean_;
    std::vector<Integer> binomials_;
    std::vector<Integer> zero_;
    std::vector<Integer> one_;
    std::unordered_map<std::int64_t, std::vector<Integer>> memo_;
};

std::int64_t to_int64(const Integer& value) {
    return static_cast<std::int64_t>(value);
}

}  // namespace

OceanicPower oceanic_power(const OceanicGame& game) {
    const int m = static_cast<int>(game.weights.size());
    if (m == 0) {
        throw InputError("no major holder beside the ocean");
    }
    if (m > max_oceanic_majors) {
        throw InputError(fmt::format("{} major holders: at most {} are supported beside an ocean",
                                     m, max_oceanic_majors));
    }
    Rational total = game.ocean;
    for (const Rational& weight : game.weights) {
        if (weight < 0) {
            throw InputError("a major holder's votes are negative");
        }
        total += weight;
    }
    if (game.ocean <= 0) {
        throw InputError("the ocean's votes must be positive");
    }
    if (game.threshold <= 0 || game.threshold >= total) {
        throw InputError(fmt::format("the threshold {} is not between 0 and the total votes {}",
                                     exact::to_fraction_string(game.threshold),
                                     exact::to_fraction_string(total)));
    }
    // One integer scale for the votes, half the ocean and the threshold.
    std::vector<Rational> values = game.weights;
    values.push_back(game.ocean / 2);
    values.push_back(game.threshold);
    const std::vector<Integer> scaled = exact::scale_to_integers(values);
    Integer scaled_total = 0;
    for (std::size_t i = 0; i < game.weights.size(); ++i) {
        scaled_total += scaled[i];
    }
    scaled_total += 2 * scaled[static_cast<std::size_t>(m)];
    if (scaled_total >= Integer{1} << 61) {
        throw InputError("the votes need a common scale beyond 61 bits for the oceanic values");
    }
    std::vector<std::int64_t> weights;
    for (int i = 0; i < m; ++i) {
        weights.push_back(to_int64(scaled[static_cast<std::size_t>(i)]));
    }
    const std::int64_t half_ocean = to_int64(scaled[static_cast<std::size_t>(m)]);
    const std::int64_t ocean = 2 * half_ocean;
    const std::int64_t threshold = to_int64(scaled[static_cast<std::size_t>(m) + 1]);

    const CoalitionTable all = coalitions_of(weights);
    Tails tails(m, ocean);
    const int n = m - 1;  // the others of a major
    // 2 p(x): 2 above the threshold, 1 on it, 0 below.
    const auto twice_passes = [threshold](std::int64_t votes) {
        return votes > threshold ? 2 : votes == threshold ? 1 : 0;
    };
    Integer ocean_power_n = 1;  // C^m
    for (int k = 0; k < m; ++k) {
        ocean_power_n *= ocean;
    }

    OceanicPower result;
    std::map<std::int64_t, std::pair<Rational, Rational>> by_weight;  // (SS, penrose)
    for (const std::int64_t weight : weights) {
        if (by_weight.contains(weight)) {
            continue;
        }
        const CoalitionTable others = without_major(all, weight);
        std::vector<Integer> integrals(static_cast<std::size_t>(m), Integer{0});  // per size s
        Integer twice_swings = 0;
        for (std::size_t entry = 0; entry < others.totals.size(); ++entry) {
            const std::int64_t votes = others.totals[entry];
            std::int64_t coalitions = 0;
            for (int s = 0; s <= n; ++s) {
                coalitions += others.count(entry, s);
            }
            if (coalitions == 0) {
                continue;
            }
            twice_swings += Integer{coalitions} * (twice_passes(votes + weight + half_ocean) -
                                                   twice_passes(votes + half_ocean));
            const std::vector<Integer>& upper = tails.at(threshold - votes);
            const std::vector<Integer>& lower = tails.at(threshold - votes - weight);
            for (int s = 0; s <= n; ++s) {
                const std::int64_t count = others.count(entry, s);
                if (count != 0) {
                    const auto size = static_cast<std::size_t>(s);
                    integrals[size] += count * (upper[size] - lower[size]);
                }
            }
        }
        Rational shapley_shubik = 0;
        for (int s = 0; s <= n; ++s) {
            shapley_shubik += Rational(integrals[static_cast<std::size_t>(s)],
                                       ocean_power_n * m * binomial(n, s));
        }
        const Rational penrose(twice_swings, Integer{1} << (n + 1));
        by_weight.emplace(weight, std::pair{shapley_shubik, penrose});
    }
    Rational majors_shapley_shubik = 0;
    Rational swings_total = 0;
    for (const std::int64_t weight : weights) {
        const auto& [shapley_shubik, penrose] = by_weight.at(weight);
        result.shapley_shubik.push_back(shapley_shubik);
        result.penrose.push_back(penrose);
        majors_shapley_shubik += shapley_shubik;
        swings_total += penrose;
    }
    result.ocean_shapley_shubik = 1 - majors_shapley_shubik;
    if (swings_total != 0) {
        for (const Rational& penrose : result.penrose) {
            result.banzhaf.push_back(penrose / swings_total);
        }
    }
    return result;
}

std::vector<Rational> arrival_integrals(int n, const Rational& x) {
    const int arrivals = n + 1;
    // tails[k] = P(Binomial(n+1, x) >= k), from the top down.
    std::vector<Rational> up(static_cast<std::size_t>(arrivals) + 1, Rational{1});    // x^k
    std::vector<Rational> down(static_cast<std::size_t>(arrivals) + 1, Rational{1});  // (1-x)^k
    for (std::size_t k = 1; k <= static_cast<std::size_t>(arrivals); ++k) {
        up[k] = up[k - 1] * x;
        down[k] = down[k - 1] * (1 - x);
    }
    std::vector<Rational> result(static_cast<std::size_t>(arrivals));
    Rational tail = 0;
    for (int k = arrivals; k >= 1; --k) {
        const auto at = static_cast<std::size_t>(k);
        tail += Rational(binomial(arrivals, k)) * up[at] * down[static_cast<std::size_t>(arrivals) - at];
        // k = s + 1
        result[at - 1] = tail / (Rational(arrivals) * Rational(binomial(n, k - 1)));
    }
    return result;
}

}  // namespace jvgov::power
