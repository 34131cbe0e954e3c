#include "model/power/weight_classes.hpp"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "model/exact/errors.hpp"
#include "model/power/structure.hpp"

namespace jvgov::power {

namespace {

// The players of one positive weight.
struct WeightClass {
    std::int64_t weight = 0;
    int count = 0;
    std::vector<Integer> binomials;  // C(count, c) for c = 0..count
};

std::vector<WeightClass> positive_classes(const games::WeightedGame& game) {
    std::map<std::int64_t, int, std::greater<>> counts;
    for (const std::int64_t weight : game.weights) {
        if (weight > 0)
            ++counts[weight];
    }
    std::vector<WeightClass> classes;
    for (const auto& [weight, count] : counts)
        classes.push_back({weight, count, {}});
    return classes;
}

// Sums over the profiles of the game without its players of weight 0, per class t (index) and
// per size or count of critical players (second index): the coalitions containing one given
// player of class t.
struct ProfileSums {
    Integer winning;
    Integer minimal_winning;
    std::vector<std::vector<Integer>> swings_by_size;    // S losing, S + i winning, i not in S
    std::vector<std::vector<Integer>> minimal_by_size;   // minimal winning, i in S
    std::vector<std::vector<Integer>> johnston_by_crit;  // winning, i critical in S
};

class ProfileWalk {
  public:
    ProfileWalk(const std::vector<WeightClass>& classes, std::int64_t quota, int players)
        : classes_(classes), quota_(quota), profile_(classes.size(), 0) {
        const auto rows = static_cast<std::size_t>(players) + 1;
        sums_.swings_by_size.assign(classes.size(), std::vector<Integer>(rows));
        sums_.minimal_by_size.assign(classes.size(), std::vector<Integer>(rows));
        sums_.johnston_by_crit.assign(classes.size(), std::vector<Integer>(rows));
    }

    ProfileSums run() {
        walk(0, 0, 0, Integer{1});
        return std::move(sums_);
    }

  private:
    void walk(std::size_t t, std::int64_t weight, int size, const Integer& count) {
        if (t == classes_.size()) {
            leaf(weight, size, count);
            return;
        }
        const WeightClass& current = classes_[t];
        for (int c = 0; c <= current.count; ++c) {
            profile_[t] = c;
            walk(t + 1, weight + c * current.weight, size + c,
                 count * current.binomials[static_cast<std::size_t>(c)]);
        }
    }

    // The coalitions of the profile that hold one given player of class t (c_t of count_t).
    Integer holding(const Integer& count, std::size_t t) const {
        return count * profile_[t] / classes_[t].count;
    }

    void leaf(std::int64_t weight, int size, const Integer& count) {
        const auto at_size = static_cast<std::size_t>(size);
        if (weight < quota_) {
            // Swings: a player of class t outside the coalition turns it winning.
            for (std::size_t t = 0; t < classes_.size(); ++t) {
                const int outside = classes_[t].count - profile_[t];
                if (outside > 0 && weight + classes_[t].weight >= quota_)
                    sums_.swings_by_size[t][at_size] += count * outside / classes_[t].count;
            }
            return;
        }
        sums_.winning += count;
        int critical_players = 0;
        bool minimal = true;
        for (std::size_t t = 0; t < classes_.size(); ++t) {
            if (profile_[t] == 0)
                continue;
            if (weight - classes_[t].weight < quota_)
                critical_players += profile_[t];
            else
                minimal = false;
        }
        if (critical_players == 0)
            return;
        if (minimal)
            sums_.minimal_winning += count;
        for (std::size_t t = 0; t < classes_.size(); ++t) {
            if (profile_[t] == 0 || weight - classes_[t].weight >= quota_)
                continue;
            const Integer with_player = holding(count, t);
            sums_.johnston_by_crit[t][static_cast<std::size_t>(critical_players)] += with_player;
            if (minimal)
                sums_.minimal_by_size[t][at_size] += with_player;
        }
    }

    const std::vector<WeightClass>& classes_;
    std::int64_t quota_;
    std::vector<int> profile_;
    ProfileSums sums_;
};

// sum over k >= 1 of values[k] / k.
Rational sum_over_index(const std::vector<Integer>& values) {
    Rational sum = 0;
    for (std::size_t k = 1; k < values.size(); ++k) {
        if (values[k] != 0)
            sum += Rational(values[k]) / static_cast<long long>(k);
    }
    return sum;
}

Rational normalised(const Rational& part, const Rational& total) {
    return total == 0 ? Rational(0) : Rational(part / total);
}

}  // namespace

std::uint64_t weight_class_profiles(const games::WeightedGame& game) {
    std::uint64_t profiles = 1;
    for (const WeightClass& weight_class : positive_classes(game)) {
        profiles *= static_cast<std::uint64_t>(weight_class.count) + 1;
        if (profiles > max_weight_class_profiles)
            return max_weight_class_profiles + 1;
    }
    return profiles;
}

PowerTable weight_class_table(const games::SimpleGame& game, const games::WeightedGame& weighted) {
    if (weight_class_profiles(weighted) > max_weight_class_profiles)
        throw PreconditionError("weight_class_table: too many weight profiles");
    std::vector<WeightClass> classes = positive_classes(weighted);
    int players = 0;  // of positive weight
    for (WeightClass& weight_class : classes) {
        players += weight_class.count;
        Integer binomial = 1;
        for (int c = 0; c <= weight_class.count; ++c) {
            weight_class.binomials.push_back(binomial);
            binomial = binomial * (weight_class.count - c) / (c + 1);
        }
    }
    const auto n = static_cast<int>(weighted.weights.size());
    const int zeros = n - players;
    const Integer with_zeros = Integer(1) << zeros;  // the subsets of the players of weight 0
    const ProfileSums sums = ProfileWalk(classes, weighted.quota, players).run();

    // Per class: the values of each of its players.
    std::vector<Integer> factorials(static_cast<std::size_t>(players) + 1, Integer(1));
    for (std::size_t k = 1; k < factorials.size(); ++k)
        factorials[k] = factorials[k - 1] * static_cast<unsigned>(k);
    std::vector<Integer> swings;
    std::vector<Rational> shapley;
    std::vector<Integer> containing;
    std::vector<Rational> deegan_packel;
    std::vector<Rational> johnston;
    for (std::size_t t = 0; t < classes.size(); ++t) {
        Integer swing = 0;
        Integer orderings = 0;  // orderings of the positive players in which it is pivotal
        for (int s = 0; s < players; ++s) {
            const Integer& at_size = sums.swings_by_size[t][static_cast<std::size_t>(s)];
            if (at_size == 0)
                continue;
            swing += at_size;
            orderings += at_size * factorials[static_cast<std::size_t>(s)] *
                         factorials[static_cast<std::size_t>(players - s - 1)];
        }
        swings.push_back(swing * with_zeros);
        shapley.push_back(Rational(orderings, factorials.back()));
        Integer minimal = 0;
        for (const Integer& at_size : sums.minimal_by_size[t])
            minimal += at_size;
        containing.push_back(minimal);
        deegan_packel.push_back(sum_over_index(sums.minimal_by_size[t]));
        johnston.push_back(sum_over_index(sums.johnston_by_crit[t]) * Rational(with_zeros));
    }

    // The class of each player (none: weight 0).
    std::map<std::int64_t, std::size_t> class_by_weight;
    for (std::size_t t = 0; t < classes.size(); ++t)
        class_by_weight[classes[t].weight] = t;
    std::vector<std::optional<std::size_t>> class_of(weighted.weights.size());
    for (std::size_t i = 0; i < weighted.weights.size(); ++i) {
        if (const auto found = class_by_weight.find(weighted.weights[i]);
            found != class_by_weight.end())
            class_of[i] = found->second;
    }
    Integer total_swings = 0;
    Rational total_deegan_packel = 0;
    Integer total_containing = 0;
    Rational total_johnston = 0;
    for (std::size_t t = 0; t < classes.size(); ++t) {
        total_swings += swings[t] * classes[t].count;
        total_deegan_packel += deegan_packel[t] * classes[t].count;
        total_containing += containing[t] * classes[t].count;
        total_johnston += johnston[t] * classes[t].count;
    }
    const Integer coalitions = Integer(1) << n;
    const Integer winning = sums.winning * with_zeros;
    PowerTable table;
    table.winning_coalitions = winning;
    table.minimal_winning_coalitions = sums.minimal_winning;
    table.coleman_act = Rational(winning, coalitions);
    // The values of one player of each class (the last: weight 0), built once and copied.
    std::vector<PlayerPower> values;
    for (std::size_t t = 0; t <= classes.size(); ++t) {
        const bool positive = t < classes.size();
        PlayerPower player;
        const Integer swing = positive ? swings[t] : Integer(0);
        player.swings = swing;
        player.penrose = Rational(swing, coalitions / 2);
        player.banzhaf = normalised(Rational(swing), Rational(total_swings));
        player.coleman_prevent = Rational(swing, winning);
        player.coleman_initiate = Rational(swing, coalitions - winning);
        player.shapley_shubik = positive ? shapley[t] : Rational(0);
        player.raw_deegan_packel = positive ? deegan_packel[t] : Rational(0);
        player.deegan_packel = normalised(*player.raw_deegan_packel, total_deegan_packel);
        player.raw_public_good = positive ? containing[t] : Integer(0);
        player.public_good =
            normalised(Rational(*player.raw_public_good), Rational(total_containing));
        player.raw_johnston = positive ? johnston[t] : Rational(0);
        player.johnston = normalised(*player.raw_johnston, total_johnston);
        values.push_back(std::move(player));
    }
    for (std::size_t i = 0; i < weighted.weights.size(); ++i) {
        PlayerPower player = values[class_of[i].value_or(classes.size())];
        player.name = game.players[i];
        player.weight = Integer(weighted.weights[i]);
        if (player.swings == 0)
            table.dummies.push_back(static_cast<int>(i));
        table.players.push_back(std::move(player));
    }
    table.veto_players = weighted_veto_players(weighted);
    table.dictator = weighted_dictator(weighted);
    table.structure_known = true;
    return table;
}

}  // namespace jvgov::power
