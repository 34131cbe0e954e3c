#include "model/power/compute.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <utility>

#include <fmt/core.h>

#include "model/exact/errors.hpp"
#include "model/power/enumeration.hpp"
#include "model/power/monte_carlo.hpp"
#include "model/power/owen.hpp"
#include "model/power/structure.hpp"
#include "model/power/weight_classes.hpp"
#include "model/power/weighted_power.hpp"
#include <sys/resource.h>
#include <unistd.h>

namespace jvgov::power {

namespace {

bool has(const std::vector<Index>& indices, Index index) {
    return std::find(indices.begin(), indices.end(), index) != indices.end();
}

// Whether `indices` has one that needs blocs (Owen, Banzhaf-Owen).
bool wants_blocs(const std::vector<Index>& indices) {
    return std::any_of(indices.begin(), indices.end(),
                       [](Index index) { return info(index).needs_blocs; });
}

int nesting_depth(const games::Rule& rule) {
    auto deepest = [](const std::vector<games::Rule>& parts) {
        int depth = 0;
        for (const games::Rule& part : parts) {
            depth = std::max(depth, nesting_depth(part));
        }
        return depth + 1;
    };
    if (const auto* all = std::get_if<games::AllOf>(&rule.kind)) {
        return deepest(all->parts);
    }
    if (const auto* any = std::get_if<games::AnyOf>(&rule.kind)) {
        return deepest(any->parts);
    }
    return 0;
}

bool may_be_non_monotone(const games::Rule& rule) {
    if (std::holds_alternative<games::WinningPredicate>(rule.kind)) {
        return true;
    }
    const std::vector<games::Rule>* parts = nullptr;
    if (const auto* all = std::get_if<games::AllOf>(&rule.kind)) {
        parts = &all->parts;
    } else if (const auto* any = std::get_if<games::AnyOf>(&rule.kind)) {
        parts = &any->parts;
    }
    return parts != nullptr && std::any_of(parts->begin(), parts->end(), may_be_non_monotone);
}

std::string over_budget_message(std::string_view what, int n, const CostEstimate& cost,
                                std::uint64_t budget) {
    const double times = static_cast<double>(cost.bytes) / static_cast<double>(budget);
    return fmt::format(
        "the exact {} of this {}-player game needs about {} of memory and {:.1e} elementary "
        "operations (estimate), {} times the memory budget of {}; raise --max-memory or use "
        "--approximate",
        what, n, format_bytes(cost.bytes), cost.operations,
        times < 1000 ? fmt::format("{:.1f}", times) : fmt::format("{:.1e}", times),
        format_bytes(budget));
}

std::string enumeration_limit_message(std::string_view what, int n, int limit) {
    return fmt::format(
        "the exact {} of this {}-player game needs all 2^{} coalitions, and enumeration is "
        "limited to {} players; use --approximate",
        what, n, n, limit);
}

// Why enumerating this game's coalitions does not fit the limits, or nullopt when it does.
std::optional<std::string> enumeration_problem(const games::SimpleGame& game,
                                               const PowerOptions& options, std::string_view what) {
    const int n = games::player_count(game);
    if (n > options.max_enumeration_players) {
        return enumeration_limit_message(what, n, options.max_enumeration_players);
    }
    const std::uint64_t bytes =
        bitmap_bytes(n) * static_cast<std::uint64_t>(nesting_depth(game.rule) + 2);
    if (bytes > options.max_memory_bytes) {
        const double operations = static_cast<double>(n) * std::ldexp(1.0, n);
        return over_budget_message(what, n, CostEstimate{bytes, operations},
                                   options.max_memory_bytes);
    }
    return std::nullopt;
}

void add_owen(const WinningBitmap& winning, const PowerOptions& options, PowerTable& table) {
    const OwenValues values = owen_values(winning, options.blocs);
    for (std::size_t i = 0; i < table.players.size(); ++i) {
        table.players[i].owen = values.owen[i];
        table.players[i].banzhaf_owen = values.banzhaf_owen[i];
    }
}

// part / total, or 0 when total is 0. (Rational division: Rational(a, b) reduces with a
// Euclidean gcd that is ten times slower on numbers of thousands of digits.)
Rational normalised(const Rational& part, const Rational& total) {
    return total == 0 ? Rational(0) : Rational(part / total);
}

// For each player, the first player (in input order) of the same weight.
std::vector<std::size_t> first_of_equal_weight(const games::WeightedGame& weighted) {
    std::unordered_map<std::int64_t, std::size_t> first_by_weight;
    std::vector<std::size_t> first(weighted.weights.size());
    for (std::size_t i = 0; i < weighted.weights.size(); ++i) {
        first[i] = first_by_weight.try_emplace(weighted.weights[i], i).first->second;
    }
    return first;
}

PowerTable weighted_power(const games::SimpleGame& game, const games::WeightedGame& weighted,
                          const std::vector<Index>& wanted, bool explicit_choice,
                          const PowerOptions& options) {
    const int n = games::player_count(game);
    const auto size_n = static_cast<std::size_t>(n);
    PowerTable table;
    table.players.resize(size_n);
    for (std::size_t i = 0; i < size_n; ++i) {
        table.players[i].name = game.players[i];
        table.players[i].weight = Integer(weighted.weights[i]);
    }
    // Whether a DP computation fits the budget; throws when it was asked for explicitly.
    auto fits = [&](WeightedIndex which, std::string_view what, bool asked) {
        const ResourceEstimate cost = estimate(weighted, which);
        if (cost.bytes <= options.max_memory_bytes) {
            return true;
        }
        const std::string problem = over_budget_message(
            what, n, CostEstimate{cost.bytes, cost.operations}, options.max_memory_bytes);
        if (asked && explicit_choice) {
            throw BudgetExceeded(problem);
        }
        table.skipped.push_back(problem);
        return false;
    };
    const bool want_swings = has(wanted, Index::banzhaf) || has(wanted, Index::penrose) ||
                             has(wanted, Index::swings) || has(wanted, Index::coleman);
    // The structure (veto players, dummies, dictator) is determined with the first index that
    // shows the dummies: a player of a weighted (monotone) game is a dummy exactly when its swing
    // count, Shapley-Shubik value, number of minimal winning coalitions or Johnston score is 0.
    auto set_structure = [&](const auto& is_dummy) {
        if (table.structure_known) {
            return;
        }
        for (std::size_t i = 0; i < size_n; ++i) {
            if (is_dummy(i)) {
                table.dummies.push_back(static_cast<int>(i));
            }
        }
        table.veto_players = weighted_veto_players(weighted);
        table.dictator = weighted_dictator(weighted);
        table.structure_known = true;
    };
    // Swings are computed for the dummies alone only when no other index asked for shows them.
    const bool dummies_elsewhere = has(wanted, Index::shapley_shubik) ||
                                   has(wanted, Index::deegan_packel) ||
                                   has(wanted, Index::public_good) || has(wanted, Index::johnston);
    const bool swings_fit = (want_swings || !dummies_elsewhere) &&
                            fits(WeightedIndex::swings, "Banzhaf swing count", want_swings);
    const bool winning_fits = has(wanted, Index::coleman) &&
                              fits(WeightedIndex::winning, "count of winning coalitions", true);
    std::optional<std::vector<Integer>> swings;
    std::optional<Integer> winning;
    if (swings_fit && winning_fits) {
        // Both from one generating polynomial.
        SwingsAndWinning both = banzhaf_swings_and_winning(weighted);
        swings = std::move(both.swings);
        winning = std::move(both.winning);
    } else if (swings_fit) {
        swings = banzhaf_swings(weighted);
    } else if (winning_fits) {
        winning = count_winning(weighted);
    }
    const Integer coalitions = Integer(1) << n;
    // Players of equal weight have equal values: each value is computed (and reduced) once per
    // distinct weight and copied to the others; only the indices asked for are built.
    const std::vector<std::size_t> first = first_of_equal_weight(weighted);
    const bool want_banzhaf = has(wanted, Index::banzhaf);
    const bool want_penrose = has(wanted, Index::penrose);
    const bool want_coleman = has(wanted, Index::coleman) && winning.has_value();
    if (swings) {
        Integer total = 0;
        if (want_banzhaf) {
            for (const Integer& s : *swings) {
                total += s;
            }
        }
        const Integer half = coalitions / 2;
        for (std::size_t i = 0; i < size_n; ++i) {
            PlayerPower& player = table.players[i];
            const Integer& s = (*swings)[i];
            if (first[i] != i) {
                const PlayerPower& same = table.players[first[i]];
                player.swings = same.swings;
                player.penrose = same.penrose;
                player.banzhaf = same.banzhaf;
                player.coleman_prevent = same.coleman_prevent;
                player.coleman_initiate = same.coleman_initiate;
                continue;
            }
            player.swings = s;
            if (want_penrose) {
                player.penrose = Rational(s, half);
            }
            if (want_banzhaf) {
                player.banzhaf = normalised(Rational(s), Rational(total));
            }
            if (want_coleman) {
                player.coleman_prevent = Rational(s, *winning);
                player.coleman_initiate = Rational(s, coalitions - *winning);
            }
        }
        set_structure([&](std::size_t i) { return (*swings)[i] == 0; });
    }
    if (winning) {
        table.winning_coalitions = *winning;
        table.coleman_act = Rational(*winning, coalitions);
    }
    if (has(wanted, Index::shapley_shubik) &&
        fits(WeightedIndex::shapley_shubik, "Shapley-Shubik index", true)) {
        const std::vector<Rational> values = shapley_shubik(weighted);
        for (std::size_t i = 0; i < size_n; ++i) {
            table.players[i].shapley_shubik = values[i];
        }
        set_structure([&](std::size_t i) { return values[i] == 0; });
    }
    const bool want_deegan_packel = has(wanted, Index::deegan_packel);
    const bool want_public_good = has(wanted, Index::public_good);
    const WeightedIndex minimal_index =
        want_deegan_packel ? WeightedIndex::minimal_winning : WeightedIndex::public_good;
    if ((want_deegan_packel || want_public_good) &&
        fits(minimal_index, "minimal winning coalition count", true)) {
        const MinimalWinningCounts counts = minimal_winning_counts(
            weighted, MinimalWinningParts{.deegan_packel = want_deegan_packel});
        table.minimal_winning_coalitions = counts.total;
        Rational total_deegan_packel = 0;
        Integer total_public_good = 0;
        for (std::size_t i = 0; i < size_n; ++i) {
            if (want_deegan_packel) {
                total_deegan_packel += counts.deegan_packel_raw[i];
            }
            total_public_good += counts.containing[i];
        }
        for (std::size_t i = 0; i < size_n; ++i) {
            PlayerPower& player = table.players[i];
            if (first[i] != i) {
                const PlayerPower& same = table.players[first[i]];
                player.raw_deegan_packel = same.raw_deegan_packel;
                player.deegan_packel = same.deegan_packel;
                player.raw_public_good = same.raw_public_good;
                player.public_good = same.public_good;
                continue;
            }
            if (want_deegan_packel) {
                player.raw_deegan_packel = counts.deegan_packel_raw[i];
                player.deegan_packel =
                    normalised(counts.deegan_packel_raw[i], total_deegan_packel);
            }
            player.raw_public_good = counts.containing[i];
            player.public_good =
                normalised(Rational(counts.containing[i]), Rational(total_public_good));
        }
        set_structure([&](std::size_t i) { return counts.containing[i] == 0; });
    }
    if (has(wanted, Index::johnston) && fits(WeightedIndex::johnston, "Johnston index", true)) {
        const std::vector<Rational> raw = johnston_raw(weighted);
        Rational total = 0;
        for (const Rational& r : raw) {
            total += r;
        }
        for (std::size_t i = 0; i < size_n; ++i) {
            PlayerPower& player = table.players[i];
            if (first[i] != i) {
                player.raw_johnston = table.players[first[i]].raw_johnston;
                player.johnston = table.players[first[i]].johnston;
                continue;
            }
            player.raw_johnston = raw[i];
            player.johnston = normalised(raw[i], total);
        }
        set_structure([&](std::size_t i) { return raw[i] == 0; });
    }
    if (n <= games::max_players) {
        table.minimal_winning_list =
            weighted_minimal_winning(weighted, options.max_listed_coalitions);
    }
    if (wants_blocs(wanted)) {
        if (const auto problem = enumeration_problem(game, options, "Owen value")) {
            if (explicit_choice) {
                throw BudgetExceeded(*problem);
            }
            table.skipped.push_back(*problem);
        } else {
            add_owen(winning_bitmap(game), options, table);
        }
    }
    return table;
}

// Whether the weight tables of an index asked for would exceed the budget while the 2^n
// coalitions fit it (a few players with huge weights that share no large divisor, around 10^15):
// then enumeration gives the same exact values.
bool enumeration_instead(const games::SimpleGame& game, const games::WeightedGame& weighted,
                         const std::vector<Index>& wanted, const PowerOptions& options) {
    if (enumeration_problem(game, options, "power")) {
        return false;
    }
    const auto over = [&](WeightedIndex which) {
        return estimate(weighted, which).bytes > options.max_memory_bytes;
    };
    return ((has(wanted, Index::banzhaf) || has(wanted, Index::penrose) ||
             has(wanted, Index::swings) || has(wanted, Index::coleman)) &&
            over(WeightedIndex::swings)) ||
           (has(wanted, Index::coleman) && over(WeightedIndex::winning)) ||
           (has(wanted, Index::shapley_shubik) && over(WeightedIndex::shapley_shubik)) ||
           (has(wanted, Index::deegan_packel) && over(WeightedIndex::minimal_winning)) ||
           (has(wanted, Index::public_good) && over(WeightedIndex::public_good)) ||
           (has(wanted, Index::johnston) && over(WeightedIndex::johnston));
}

PowerTable enumerated_power(const games::SimpleGame& game, const std::vector<Index>& wanted,
                            const PowerOptions& options) {
    if (const auto problem = enumeration_problem(game, options, "power")) {
        throw BudgetExceeded(*problem);
    }
    const WinningBitmap winning = winning_bitmap(game);
    PowerTable table = enumerate_power(game, winning, options.max_listed_coalitions,
                                       may_be_non_monotone(game.rule));
    if (wants_blocs(wanted)) {
        add_owen(winning, options, table);
    }
    return table;
}

// Removes the values of indices that were not asked for (enumeration computes them all).
void keep_only(const std::vector<Index>& wanted, PowerTable& table) {
    const bool coleman = has(wanted, Index::coleman);
    if (!coleman) {
        table.coleman_act.reset();
        table.winning_coalitions.reset();
    }
    if (!has(wanted, Index::deegan_packel) && !has(wanted, Index::public_good)) {
        table.minimal_winning_coalitions.reset();
    }
    for (PlayerPower& player : table.players) {
        if (!has(wanted, Index::banzhaf)) {
            player.banzhaf.reset();
        }
        if (!has(wanted, Index::penrose)) {
            player.penrose.reset();
        }
        if (!has(wanted, Index::swings)) {
            player.swings.reset();
        }
        if (!has(wanted, Index::shapley_shubik)) {
            player.shapley_shubik.reset();
        }
        if (!has(wanted, Index::deegan_packel)) {
            player.deegan_packel.reset();
            player.raw_deegan_packel.reset();
        }
        if (!has(wanted, Index::public_good)) {
            player.public_good.reset();
            player.raw_public_good.reset();
        }
        if (!has(wanted, Index::johnston)) {
            player.johnston.reset();
            player.raw_johnston.reset();
        }
        if (!coleman) {
            player.coleman_prevent.reset();
            player.coleman_initiate.reset();
        }
        if (!has(wanted, Index::owen)) {
            player.owen.reset();
        }
        if (!has(wanted, Index::banzhaf_owen)) {
            player.banzhaf_owen.reset();
        }
    }
}

}  // namespace

std::uint64_t default_memory_budget() {
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long page_size = sysconf(_SC_PAGE_SIZE);
    std::uint64_t budget =
        pages <= 0 || page_size <= 0
            ? std::uint64_t{1} << 30
            : static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(page_size) / 4;
    for (const int resource : {RLIMIT_AS, RLIMIT_DATA}) {
        rlimit limit{};
        if (getrlimit(resource, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
            budget = std::min<std::uint64_t>(budget, limit.rlim_cur / 4 * 3);
    }
    return budget;
}

std::string format_bytes(std::uint64_t bytes) {
    constexpr std::array<std::string_view, 4> units = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) {
        return fmt::format("{} B", bytes);
    }
    double value = static_cast<double>(bytes) / 1024;
    std::size_t unit = 0;
    while (value >= 1024 && unit + 1 < units.size()) {
        value /= 1024;
        ++unit;
    }
    return fmt::format("{:.1f} {}", value, units[unit]);
}

PowerTable compute_power(const games::SimpleGame& game, const PowerOptions& options) {
    games::validate(game);
    const int n = games::player_count(game);
    const bool explicit_choice = !options.indices.empty();
    std::vector<Index> wanted = explicit_choice ? options.indices : all_indices();
    if (options.blocs.empty()) {
        if (explicit_choice && wants_blocs(wanted)) {
            throw InputError("the Owen and Banzhaf-Owen values need blocs");
        }
        std::erase_if(wanted, [](Index i) { return info(i).needs_blocs; });
    } else {
        validate_blocs(options.blocs, n);
    }
    if (options.approximate) {
        if (options.samples == 0) {
            throw InputError("the number of samples must be at least 1");
        }
        return estimate_power(game, options.samples, options.seed);
    }
    PowerTable table;
    if (const games::WeightedGame* weighted = games::as_single_weighted(game)) {
        // Beyond 64 players (no list of minimal winning coalitions, no Owen values), few
        // classes of equal weight are cheaper by their profiles than by the weight tables.
        if (n > games::max_players && !wants_blocs(wanted) &&
            weight_class_profiles(*weighted) <= max_weight_class_profiles) {
            table = weight_class_table(game, *weighted);
        } else if (enumeration_instead(game, *weighted, wanted, options)) {
            table = enumerated_power(game, wanted, options);
            for (std::size_t i = 0; i < table.players.size(); ++i) {
                table.players[i].weight = Integer(weighted->weights[i]);
            }
        } else {
            table = weighted_power(game, *weighted, wanted, explicit_choice, options);
        }
    } else {
        table = enumerated_power(game, wanted, options);
    }
    keep_only(wanted, table);
    return table;
}

}  // namespace jvgov::power
