// The result of a power computation: players x indices, each an exact rational (absent when it was
// not computed), the counts behind them and the structure of the game.
//
// Definitions (n players, W winning coalitions, swings_i = winning coalitions in which i is
// critical, i.e. which lose without i):
//   penrose_i          = swings_i / 2^(n-1)                 (absolute Banzhaf)
//   banzhaf_i          = swings_i / sum_j swings_j          (normalised Banzhaf)
//   shapley_shubik_i   = share of the n! orderings in which i is pivotal
//   raw_deegan_packel_i = sum over minimal winning coalitions S containing i of 1/|S|
//   raw_public_good_i  = number of minimal winning coalitions containing i  (Holler)
//   raw_johnston_i     = sum over winning coalitions S with k >= 1 critical players, i critical
//                        in S, of 1/k
//   deegan_packel, public_good, johnston = the raw scores normalised to sum to 1
//   coleman_act        = W / 2^n;  coleman_prevent_i = swings_i / W;
//   coleman_initiate_i = swings_i / (2^n - W)
//   owen_i, banzhaf_owen_i = the Owen and Banzhaf-Owen values for the a priori unions (blocs)
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/games/coalition.hpp"

namespace jvgov::power {

using exact::Integer;
using exact::Rational;

// A Monte Carlo estimate with its 95% confidence interval (Wilson score interval).
struct Estimate {
    double value = 0;
    double low = 0;
    double high = 0;
};

struct PlayerPower {
    std::string name;
    std::optional<Integer> weight;  // only for weighted games
    std::optional<Integer> swings;
    std::optional<Rational> banzhaf;
    std::optional<Rational> penrose;
    std::optional<Rational> shapley_shubik;
    std::optional<Rational> deegan_packel;
    std::optional<Rational> raw_deegan_packel;
    std::optional<Rational> public_good;
    std::optional<Integer> raw_public_good;
    std::optional<Rational> johnston;
    std::optional<Rational> raw_johnston;
    std::optional<Rational> coleman_prevent;
    std::optional<Rational> coleman_initiate;
    std::optional<Rational> owen;
    std::optional<Rational> banzhaf_owen;
    // Approximate mode only.
    std::optional<Estimate> penrose_estimate;
    std::optional<Estimate> banzhaf_estimate;  // penrose estimate / sum of penrose estimates
    std::optional<Estimate> shapley_shubik_estimate;
};

// Set when the values are Monte Carlo estimates; all exact fields are then empty.
struct Approximation {
    std::uint64_t samples = 0;
    std::uint64_t seed = 0;
    Estimate coleman_act;
};

struct PowerTable {
    std::vector<PlayerPower> players;  // in input order
    std::optional<Integer> winning_coalitions;
    std::optional<Integer> minimal_winning_coalitions;
    std::optional<Rational> coleman_act;
    // Structure (exact mode). Player indices in increasing order.
    std::vector<int> veto_players;  // every winning coalition contains them
    std::vector<int> dummies;       // never critical (zero swings)
    std::optional<int> dictator;    // a coalition wins exactly when it contains this player
    bool structure_known = false;   // whether veto_players/dummies/dictator were determined
    // The minimal winning coalitions in increasing bitset order, when there are at most
    // PowerOptions::max_listed_coalitions of them and the game is small enough to list them.
    std::optional<std::vector<games::Coalition>> minimal_winning_list;
    std::optional<Approximation> approximation;
    // Indices that were not computed because they did not fit the budget, with the reason.
    std::vector<std::string> skipped;
};

}  // namespace jvgov::power
