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
#include "model/analysis/voting_power.hpp"
#include "model/power/threshold_sweep.hpp"
#include "model/report/document.hpp"
#include "model/report/svg_chart.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::report {

using analysis::BodySweep;
using analysis::GameResult;

// "Votes and power: <game title>": one category per party (PartyGroup; "(may not vote)" after
// the name of a party excluded from the vote), series "Share of the votes cast" (members'
// meeting) or "Share of the seats" (board): PartyGroup::vote_share, then "Banzhaf"
// (summed_banzhaf) and "Shapley–Shubik" (summed the same way; left out when the table lacks it).
GroupedBarChart votes_and_power_chart(const governance::Model& model, const GameResult& result);

// "votes" (a members' meeting) or "seats" (a board): what the body's sweep weights count.
std::string weight_unit(const BodySweep& body);

// The x-axis label of every threshold chart (the voting-power report's and the example
// reports'): "Threshold: share of all <unit> a coalition needs (%)".
std::string threshold_axis_label(const std::string& unit);

// What the body's own games include and its sweep leaves out, for the chart's title: "quorum",
// "consents", "count by head", "casting vote" (those the BodySweep flags).
std::vector<std::string> left_out_of_sweep(const BodySweep& body);

// "<body name>: power as the threshold moves", followed by " (the threshold alone: quorum and
// consents left out)" when left_out_of_sweep is not empty: x is the threshold as a share of the
// body's total, from 50% to 100%; a run of quotas [a, b] of a W-vote body covers the thresholds
// "at least x" with x in ((a - 1)/W, b/W], so the step of quota a starts at (a - 1)/W. One series
// per party (its normalised Banzhaf index; parties equal at every threshold share one series,
// "A and B (each)"), a jump at the start of every step after the first, a marker per
// ModelThreshold at its quota's share q/W (the right end of the step it is read on, the one
// convention of every chart and text) labelled "<text> (q of W)" with the detail "<matter>"
// (or "<n> matters").
StepChart threshold_chart(const BodySweep& body);

// "OpenAI and SoftBank Group 1/2 (50.00%) each; Oracle Corporation 0": parties of equal index
// together, in order of first appearance; the names are model text. REQUIRES: one index per
// party.
doc::Inlines indices_in_words(const std::vector<std::string>& parties,
                              const std::vector<exact::Rational>& indices);

// In words, where power jumps: one sentence per step, e.g. "7 to 8 of 10 votes (thresholds above
// 60.00% up to 80.00%): OpenAI and SoftBank Group 1/2 (50.00%) each; Oracle Corporation and
// MGX 0 each." (sampled sweeps name the sampled quotas instead). The party names are model text.
std::vector<doc::Inlines> threshold_steps(const BodySweep& body);

// The same sentences as markdown (doc::to_markdown of each).
std::vector<std::string> threshold_steps_in_words(const BodySweep& body);

// A chart file of the report and how the markdown links it.
struct ReportChart {
    OutputFile file;   // the SVG document at its path
    std::string link;  // the file name, relative to the markdown beside it
    std::string alt;   // the image's alternative text
};

struct VotingPowerCharts {
    std::vector<ReportChart> games;   // one per result, same order: stem + "-<game_slug>.svg"
    std::vector<ReportChart> sweeps;  // one per body sweep: stem + "-threshold-<body id>.svg"
};

// Every chart of the report whose markdown is at stem + ".md" (stem e.g.
// reports/stargate/voting-power-latest). Deterministic.
VotingPowerCharts voting_power_charts(const analysis::VotingPowerFacts& facts,
                                      const std::filesystem::path& stem);

}  // namespace jvgov::report
