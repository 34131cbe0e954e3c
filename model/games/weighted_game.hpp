// Weighted majority games [q; w1..wn]: a coalition wins iff its total weight is at least q.
//
// This is the plain value the exact weighted-game engine (model/power/weighted_power.hpp) takes.
// Players are identified by their index in `weights`; names belong to the caller.
#pragma once

#include <cstdint>
#include <vector>

#include "model/exact/rational.hpp"

namespace jvgov::games {

// A weighted majority game [quota; w1..wn]: a coalition wins iff its total weight >= quota.
struct WeightedGame {
    std::vector<std::int64_t> weights;  // >= 0
    std::int64_t quota = 1;             // 1 <= quota <= total weight
};

// The sum of the weights. Throws InputError when it does not fit in int64 ("the weights sum to
// more than 2^63 - 1"); validate() checks that too.
std::int64_t total_weight(const WeightedGame& game);

// Throws InputError with a message naming the bad value when the game is empty, a
// weight is negative, the total weight overflows int64, or the quota is outside [1, total].
void validate(const WeightedGame& game);

// Exact quota for "at least the fraction f of the total": ceil(f * total).
// Throws InputError unless 0 < f <= 1 and total >= 1 (a total of user-given weights may be 0).
std::int64_t quota_at_least(const exact::Rational& f, std::int64_t total);

// Exact quota for "more than the fraction f of the total": floor(f * total) + 1.
// Throws InputError unless 0 < f < 1 and total >= 1 (more than the whole total is
// unreachable).
std::int64_t quota_more_than(const exact::Rational& f, std::int64_t total);

}  // namespace jvgov::games
