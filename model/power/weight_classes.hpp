// Exact power indices of a weighted game whose many players fall into few classes of equal
// weight, such as a board of hundreds of directors with one vote each: players of one weight are
// symmetric, so a coalition matters only through its profile, how many players of each weight it
// holds, and the coalitions of one profile are counted by a product of binomial coefficients.
// Enumerating the profiles (the product over the distinct positive weights of their count plus
// one) replaces the size-by-weight tables of the dynamic programming, which for the
// minimal-winning and Johnston indices of a 1,000-player board take seconds per game.
//
// Players of weight 0 are dummies and change no other player's value: they are left out of the
// profiles and multiply the coalition counts (winning coalitions, swings) by 2^(their number).
#pragma once

#include <cstdint>

#include "model/games/simple_game.hpp"
#include "model/games/weighted_game.hpp"
#include "model/power/power_table.hpp"

namespace jvgov::power {

// The profiles weight_class_table enumerates.
inline constexpr std::uint64_t max_weight_class_profiles = std::uint64_t{1} << 16;

// The number of profiles of `game`: the product over its distinct positive weights of (the
// number of players of that weight + 1), saturating at max_weight_class_profiles + 1.
std::uint64_t weight_class_profiles(const games::WeightedGame& game);

// Every index of power_table.hpp but the Owen values, exactly, as compute_power's weighted path
// gives them: swings, Banzhaf, Penrose, Shapley-Shubik, Deegan-Packel and public good (raw and
// normalised), Johnston (raw and normalised), Coleman, the winning and minimal winning counts,
// veto players, dummies and the dictator; no list of minimal winning coalitions.
// REQUIRES: `weighted` is the rule of `game` (games::as_single_weighted) and valid, and
// weight_class_profiles(weighted) <= max_weight_class_profiles.
PowerTable weight_class_table(const games::SimpleGame& game, const games::WeightedGame& weighted);

}  // namespace jvgov::power
