// Power as the threshold moves: a weighted game's normalised Banzhaf indices at every quota from
// a simple majority to unanimity, so a reader sees where power jumps (a quota at which some
// player's index changes) and where it stays flat.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/exact/rational.hpp"

namespace jvgov::power {

// The quotas q with the same indices form runs; a step is one run.
struct SweepStep {
    std::int64_t first_quota;  // the lowest quota of the run (votes)
    std::int64_t last_quota;   // the highest quota of the run, or, when sampled, the last sample
    std::vector<exact::Rational> banzhaf;  // normalised Banzhaf index of each player, input order
};

struct ThresholdSweep {
    std::int64_t total_weight = 0;
    // True when every quota from a simple majority to unanimity was evaluated; false when the
    // sweep was sampled: then a jump lies somewhere between the last sample of one step and the
    // first quota of the next.
    bool exhaustive = true;
    std::size_t evaluated_quotas = 0;
    std::vector<SweepStep> steps;  // increasing quotas; consecutive steps have different indices
};

// Evaluates the normalised Banzhaf indices of the weighted game (weights, q) for every quota q
// from floor(total / 2) + 1 to total when there are at most `max_quotas` of them; otherwise at
// `max_quotas` quotas spread evenly over that range plus every quota in `must_include` (e.g. the
// model's actual thresholds). A player with zero weight has index 0 throughout.
// Exhaustive: one table of exact coalition counts by weight (total + 1 big integers), then per
// distinct weight the counts without that player and their prefix sums give the swings at every
// quota, so cost grows with n * total. Sampled: banzhaf_swings (weighted_power.hpp) once per
// evaluated quota; on the IMF's 190 members (total 5,039,930 votes) about 0.2 s per quota on
// this project's shared 2-core machine, 9.9 s for the default 51 (201 quotas took 43 s).
// REQUIRES: weights non-negative with a positive total; max_quotas >= 2.
// Throws InputError when the weights are invalid (games::validate, no positive total), and
// PreconditionError when max_quotas < 2.
ThresholdSweep sweep_thresholds(const std::vector<std::int64_t>& weights,
                                std::size_t max_quotas = 51,
                                const std::vector<std::int64_t>& must_include = {});

}  // namespace jvgov::power
