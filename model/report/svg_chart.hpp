// Self-contained SVG charts for the reports: no scripts, no external fonts, images or style
// sheets, so a chart renders the same in a browser, on GitHub and inside an analyst's document.
// Values are exact shares; coordinates are rounded to a fixed number of decimals, so the same
// chart gives the same bytes on every machine.
#pragma once

#include <string>
#include <vector>

#include "model/exact/rational.hpp"

namespace jvgov::report {

// Bars grouped by category (e.g. one group per player), one bar per series in each group (e.g.
// "Voting stake", "Banzhaf", "Shapley–Shubik"); values are shares in [0, 1] drawn as percentages
// on the y axis. Every chart has its title, both axis labels and a legend naming each series.
struct GroupedBarChart {
    std::string title;
    std::string x_label;  // e.g. "Player"
    std::string y_label;  // e.g. "Share of votes or of power (%)"
    std::vector<std::string> categories;
    std::vector<std::string> series_names;
    std::vector<std::vector<exact::Rational>> values;  // values[series][category]
};

// A labelled vertical line, e.g. the threshold of one of the model's matters. The label stands
// above the plot beside the line; the detail, when given, is listed under the x axis as
// "<label>: <detail>" (long texts there cross no line).
struct ChartMarker {
    exact::Rational x;
    std::string label;
    std::string detail = {};
};

// Step functions of one x axis (e.g. each player's power as the quota moves from a simple
// majority to unanimity): series[i].y[k] holds from x[k] up to x[k + 1] (the last to the end of
// the axis). `jumps` are marked with dashed vertical lines and `markers` with labelled solid ones.
struct StepSeries {
    std::string name;
    std::vector<exact::Rational> y;  // one value per x point, a share in [0, 1]
};

struct StepChart {
    std::string title;
    std::string x_label;  // e.g. "Quota (% of all votes)"
    std::string y_label;  // e.g. "Banzhaf index (%)"
    exact::Rational x_min;
    exact::Rational x_max;
    std::vector<exact::Rational> x;  // increasing, within [x_min, x_max]; x and y are shares
    std::vector<StepSeries> series;
    std::vector<exact::Rational> jumps;
    std::vector<ChartMarker> markers;
};

// The chart as a complete SVG 1.1 document (UTF-8, ending in a newline): white background,
// <title> and <desc> (the data in words, for screen readers), the title (wrapped), a legend, a
// percentage y axis from 0 to the smallest multiple of 10% holding every value, tick labels and
// grid lines, both axis labels (the y label rotated), Okabe–Ito colours by series index. Text is
// XML-escaped; coordinates have two decimals. Bars: at most 56 px wide, a value label above each
// bar when bars are at least 28 px wide, category labels wrapped under their group or rotated
// when groups are narrower than 72 px; the plot is 628 to 1040 px wide. Steps: later series are
// drawn thinner on top of earlier ones (equal series stay visible), marker labels are stacked in
// rows above the plot, each beside its own line, so they neither overlap nor cross a line; the
// markers' details are listed under the x-axis label; a marker's line is never drawn under the
// y axis (at least 4 px right of it).
// REQUIRES: every series has one value per category (bars) or per x point (steps); values are
// shares in [0, 1]; x_min < x_max and x increasing within [x_min, x_max].
// Throws PreconditionError when not.
std::string render_svg(const GroupedBarChart& chart);
std::string render_svg(const StepChart& chart);

}  // namespace jvgov::report
