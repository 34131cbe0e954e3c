// Owen and Banzhaf-Owen values of a simple game with a priori unions (blocs).
//
// With m blocs and player i in bloc k of p members, both values sum, over the coalitions
// S = (union of a set R of other blocs) + (a set T of i's bloc-mates), the swings of i
// (S loses, S + i wins), weighted by
//   Owen:          r!(m-1-r)!/m! * t!(p-1-t)!/p!      (r = |R|, t = |T|)
//   Banzhaf-Owen:  1/2^(m-1) * 1/2^(p-1)
// With singleton blocs Owen = Shapley-Shubik and Banzhaf-Owen = Penrose; with one bloc of all
// players Owen = Shapley-Shubik as well.
// Cost: sum over players of 2^(m-1) * 2^(p-1) bitmap tests, at most n 2^(n-1).
#pragma once

#include <vector>

#include "model/exact/errors.hpp"
#include "model/exact/rational.hpp"
#include "model/power/enumeration.hpp"

namespace jvgov::power {

struct OwenValues {
    std::vector<exact::Rational> owen;
    std::vector<exact::Rational> banzhaf_owen;
};

// Throws InputError unless `blocs` is a partition of the players 0..n-1 into non-empty
// blocs (the message names the first player that is missing or repeated).
void validate_blocs(const std::vector<std::vector<int>>& blocs, int players);

// REQUIRES: validate_blocs(blocs, winning.players) passed.
OwenValues owen_values(const WinningBitmap& winning, const std::vector<std::vector<int>>& blocs);

}  // namespace jvgov::power
