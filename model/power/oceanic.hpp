// The power of the major holders of a weighted vote against an ocean: a mass of votes spread over
// so many small holders that each is negligible (a free float, an employee pool). Exact values
// of the oceanic limit, the limit of the game in which the ocean is split into k equal holders,
// k -> infinity.
//
// The game: majors 1..m with votes w_i >= 0, an ocean of votes c > 0 (the float's votes cast at
// the meeting), and a threshold point theta: a coalition wins when its votes pass theta ("more
// than theta" and "at least theta" have the same limit, so the kind of threshold does not
// matter). REQUIRES 0 < theta < sum(w) + c.
//
// - Shapley-Shubik (Milnor and Shapley, "Values of large games II: oceanic games", Mathematics of
//   Operations Research 3(4), 1978): in a random order of arrival the ocean arrives uniformly
//   over time t in [0, 1] (a share t of it has voted by time t) and each major at a uniform time;
//   major i is pivotal when, with S the majors arrived before it (each present with probability
//   t),  w(S) + c t <= theta < w(S) + w_i + c t. So, with n = m - 1,
//     SS_i = sum over S of others of the integral over [a_S, b_S] of t^|S| (1 - t)^(n - |S|) dt,
//   a_S = (theta - w(S) - w_i) / c and b_S = (theta - w(S)) / c clipped to [0, 1]. The ocean as
//   a whole gets 1 - sum SS_i.
// - Banzhaf (Dubey and Shapley, "Mathematical properties of the Banzhaf power index",
//   Mathematics of Operations Research 4(2), 1979): each small holder votes yes or no with
//   probability 1/2, so by the law of large numbers the ocean casts c/2 yes votes (with a
//   fluctuation symmetric about c/2 that vanishes relative to c). With p(x) = 1 when x > theta,
//   1/2 when x = theta (the fluctuation carries it over half the time), 0 when x < theta,
//     penrose_i = 2^-n * sum over S of others of p(w(S) + w_i + c/2) - p(w(S) + c/2),
//   i.e. i swings when w(S) + c/2 <= theta < w(S) + w_i + c/2, a boundary case counting 1/2.
//   `penrose` is that swing probability
//   (the absolute Banzhaf index, the limit of the finite splits' absolute index); `banzhaf`
//   normalises it over the majors (the ocean's share of the normalised index has no limit: its
//   many small swings grow without bound when the vote is close, so it is not given).
//
// Method (exact): the coalitions of the others are grouped by (size, votes), with counts, in
// one table for all majors from which each major's own is removed (so 20+ majors are fast when
// their votes take few distinct totals); the integrals are the exact binomial tails
//   integral_0^x t^s (1-t)^(n-s) dt = P(Binomial(n+1, x) >= s+1) / ((n+1) C(n,s)),
// evaluated at the rational points x (one per distinct coalition total, shared by the majors).
// Majors with equal votes share their values (symmetry).
#pragma once

#include <vector>

#include "model/exact/rational.hpp"

namespace jvgov::power {

using exact::Rational;

struct OceanicGame {
    std::vector<Rational> weights;  // the majors' votes, each >= 0
    Rational ocean;                 // the ocean's votes cast, > 0
    Rational threshold;             // the point the votes must pass, 0 < theta < total
};

struct OceanicPower {
    std::vector<Rational> shapley_shubik;  // per major, in input order
    Rational ocean_shapley_shubik;         // 1 - sum of the majors'
    std::vector<Rational> penrose;         // swing probabilities (absolute Banzhaf)
    // penrose normalised over the majors; empty when no major ever swings.
    std::vector<Rational> banzhaf;
};

// The most majors oceanic_power accepts (coalition counts are 64-bit).
inline constexpr int max_oceanic_majors = 62;
// The most distinct coalition totals (of the majors) oceanic_power tabulates.
inline constexpr std::size_t max_oceanic_totals = std::size_t{1} << 22;

// Throws InputError for no major, a negative weight, an ocean <= 0, a threshold outside (0, total), more
// than max_oceanic_majors majors or votes whose common scale does not fit in 62 bits, and
// BudgetExceeded (an InputError) when the majors' coalitions take more than max_oceanic_totals
// distinct totals.
OceanicPower oceanic_power(const OceanicGame& game);

// The Milnor-Shapley arrival integrals at a point x in [0, 1] for n other players:
// result[s] = integral over [0, x] of t^s (1 - t)^(n - s) dt, s = 0..n, i.e. the probability
// that, the ocean having arrived up to x, exactly a given set of s of the n others arrived
// before a player who arrives at a time t <= x. Exact:
//   integral_0^x t^s (1-t)^(n-s) dt = P(Binomial(n+1, x) >= s+1) / ((n+1) C(n,s)).
// For compound games with oceans (ownership::indirect_power). REQUIRES 0 <= x <= 1, n >= 0.
std::vector<Rational> arrival_integrals(int n, const Rational& x);

}  // namespace jvgov::power
