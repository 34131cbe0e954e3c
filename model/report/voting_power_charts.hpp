// The charts of the voting-power report, as SVG files beside the markdown (svg_chart.hpp):
// per game, each party's voting stake beside its power; per decision body, the power of each
// party as the threshold moves from a simple majority to unanimity (threshold_sweep.hpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/governance/model.hpp"
#include "model/power/threshold_sweep.hpp"
#include "model/report/svg_chart.hpp"
#include "model/report/voting_power_results.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::report {

// "Votes and power: <game title>": one category per party (PartyGroup; "(may not vote)" after
// the name of a party excluded from the vote), series "Share of the votes cast" (members'
// meeting) or "Share of the seats" (board): PartyGroup::vote_share, then "Banzhaf"
// (summed_banzhaf) and "Shapley–Shubik" (summed the same way; left out when the table lacks it).
GroupedBarChart votes_and_power_chart(const governance::Model& model, const GameResult& result);

// One of the model's thresholds on a body, with the matters that use it.
struct ModelThreshold {
    std::string text;                  // "more than 50%", "at least 75%", "unanimity"
    exact::Rational share;             // where it sits on the axis: 1/2, 3/4, 1
    std::int64_t quota = 0;            // the votes (seats) it needs of the body's weights
    std::vector<std::string> matters;  // matter names, in file order
};

// A decision body in its simple weighted form and its threshold sweep. Members' meeting: one
// party per holder of a voting interest (the players of its compiled games), weights = voting
// stakes scaled to integers as the compiler scales them, unit "votes". Board: one party per
// appointer (an independent director on its own), weights = its seats, unit "seats". Consents,
// quorum, exclusions, double majorities and casting votes are left out: the sweep isolates the
// threshold.
struct BodySweep {
    std::string body;       // body id
    std::string body_name;  // "Members' meeting of Stargate LLC"
    std::string unit;       // "votes" or "seats"
    std::vector<std::string> parties;
    std::vector<std::int64_t> weights;  // one per party
    power::ThresholdSweep sweep;  // sweep_thresholds(weights, 201, the model thresholds' quotas)
    // The thresholds of the body's matters in the model from a simple majority up (one entry per
    // distinct threshold, increasing); thresholds below a simple majority are not listed.
    std::vector<ModelThreshold> thresholds;
    // The body's matters left out of `thresholds` because some party may not vote on them: their
    // threshold is taken over the entitled votes only, a different game from this sweep's.
    std::vector<std::string> not_marked;
};

// One BodySweep per body with compiled games in `results` (compute_voting_power(model)), in the
// order of their first game.
std::vector<BodySweep> body_sweeps(const governance::Model& model,
                                   const std::vector<GameResult>& results);

// "<body name>: power as the threshold moves": x is the threshold as a share of the body's
// total, from 50% to 100%; a run of quotas [a, b] of a W-vote body covers the thresholds
// "at least x" with x in ((a - 1)/W, b/W], so the step of quota a starts at (a - 1)/W. One series
// per party (its normalised Banzhaf index; parties equal at every threshold share one series,
// "A and B (each)"), a jump at the start of every step after the first,
// a marker per ModelThreshold labelled "<text>: <matter>" (or "<text>: <n> matters").
StepChart threshold_chart(const BodySweep& body);

// In words, where power jumps: one sentence per step, e.g. "7 to 8 of 10 votes (thresholds above
// 60.00% up to 80.00%): OpenAI and SoftBank Group 1/2 (50.00%) each; Oracle Corporation and
// MGX 0 each." (sampled sweeps name the sampled quotas instead).
std::vector<std::string> threshold_steps_in_words(const BodySweep& body);

// A chart file of the report and how the markdown links it.
struct ReportChart {
    OutputFile file;   // the SVG document at its path
    std::string link;  // the file name, relative to the markdown beside it
    std::string alt;   // the image's alternative text
};

struct VotingPowerCharts {
    std::vector<ReportChart> games;   // one per result, same order: stem + "-<game_slug>.svg"
    std::vector<BodySweep> bodies;    // body_sweeps
    std::vector<ReportChart> sweeps;  // one per body: stem + "-threshold-<body id>.svg"
};

// Every chart of the report whose markdown is at stem + ".md" (stem e.g.
// reports/stargate/voting-power-latest). Deterministic. Throws what sweep_thresholds throws.
VotingPowerCharts voting_power_charts(const governance::Model& model,
                                      const std::vector<GameResult>& results,
                                      const std::filesystem::path& stem);

}  // namespace jvgov::report
