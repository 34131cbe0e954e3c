#include "model/games/weighted_game.hpp"

#include <limits>
#include <stdexcept>
#include <string>

#include "model/exact/errors.hpp"

namespace jvgov::games {

namespace {

void require_fraction_and_total(const exact::Rational& f, std::int64_t total, bool allow_one,
                                const char* what) {
    if (total < 1) {
        throw InputError(std::string(what) + ": total weight must be at least 1, got " +
                         std::to_string(total));
    }
    if (f <= 0 || f > 1 || (!allow_one && f == 1)) {
        throw InputError(std::string(what) + ": fraction must be in " +
                         (allow_one ? "(0, 1]" : "(0, 1)") + ", got " +
                         exact::to_fraction_string(f));
    }
}

}  // namespace

std::int64_t total_weight(const WeightedGame& game) {
    std::int64_t total = 0;
    for (std::int64_t w : game.weights) {
        if (__builtin_add_overflow(total, w, &total)) {
            throw InputError("the weights sum to more than 2^63 - 1");
        }
    }
    return total;
}

void validate(const WeightedGame& game) {
    if (game.weights.empty()) {
        throw InputError("weighted game: no players");
    }
    std::int64_t total = 0;
    for (std::size_t i = 0; i < game.weights.size(); ++i) {
        std::int64_t w = game.weights[i];
        if (w < 0) {
            throw InputError("weighted game: weight of player " + std::to_string(i + 1) +
                             " is negative (" + std::to_string(w) + ")");
        }
        if (w > std::numeric_limits<std::int64_t>::max() - total) {
            throw InputError("weighted game: total weight overflows a 64-bit integer");
        }
        total += w;
    }
    if (game.quota < 1 || game.quota > total) {
        throw InputError("weighted game: quota " + std::to_string(game.quota) + " is outside [1, " +
                         std::to_string(total) + "] (1 to the total weight)");
    }
}

std::int64_t quota_at_least(const exact::Rational& f, std::int64_t total) {
    require_fraction_and_total(f, total, true, "quota at least a fraction");
    exact::Rational product = f * total;
    exact::Integer q = numerator(product) / denominator(product);  // floor: product > 0
    if (q * denominator(product) != numerator(product)) {
        q += 1;
    }
    return static_cast<std::int64_t>(q);
}

std::int64_t quota_more_than(const exact::Rational& f, std::int64_t total) {
    require_fraction_and_total(f, total, false, "quota more than a fraction");
    exact::Rational product = f * total;
    exact::Integer q = numerator(product) / denominator(product) + 1;
    return static_cast<std::int64_t>(q);
}

}  // namespace jvgov::games
