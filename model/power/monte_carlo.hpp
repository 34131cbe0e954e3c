// Approximate power by seeded Monte Carlo sampling, for games too large for exact computation.
//
// Deterministic for a given (game, samples, seed) on every platform: std::mt19937_64 drives
// our own uniform draws (std distributions are not portable). Estimates:
//   penrose_i        : share of uniformly random coalitions S in which i is critical
//                      (S + i wins, S - i loses); Wilson 95% interval
//   banzhaf_i        : penrose_i / sum_j penrose_j, with a delta-method 95% interval
//   shapley_shubik_i : share of uniformly random orderings in which i is pivotal; Wilson 95%
//   coleman_act      : share of random coalitions that win; Wilson 95%
// Each sample costs one coalition and one ordering: O(n) for a weighted game (running sums, any
// number of players), O(n) evaluations of the rule otherwise (at most 64 players). Every value
// is an estimate and the table says so (PowerTable::approximation).
#pragma once

#include <cstdint>

#include "model/games/simple_game.hpp"
#include "model/power/power_table.hpp"

namespace jvgov::power {

// REQUIRES: validate(game) passed and samples >= 1.
PowerTable estimate_power(const games::SimpleGame& game, std::uint64_t samples, std::uint64_t seed);

}  // namespace jvgov::power
