// SVG charts: a small bar chart and a small step chart equal their committed golden files byte
// for byte (tests/report/expected/; after an intended change, rerun with JVGOV_UPDATE_GOLDEN=1
// and review the diff), every chart is well-formed XML with its title, axis labels and legend,
// text is escaped, output is deterministic, and mismatched data is refused.
#include "model/report/svg_chart.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/exact/errors.hpp"

namespace jvgov::report {
namespace {

using exact::Rational;

const std::string expected_dir = JVGOV_SOURCE_DIR "/tests/report/expected/";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Compares with the golden file, or rewrites it when JVGOV_UPDATE_GOLDEN is set.
void check_golden(const std::string& name, const std::string& svg) {
    const auto path = expected_dir + name;
    if (std::getenv("JVGOV_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << svg;
        WARN("rewrote " << path);
    }
    CHECK(svg == read_file(path));
}

// The element names of the document in order of their start and end tags, checking that every
// tag is closed in order and that no text holds a raw '<' or '&' outside an entity. Returns the
// problem, or "" when the document is well-formed.
std::string well_formed_problem(const std::string& svg) {
    std::vector<std::string> open;
    std::size_t at = svg.find("?>");
    if (svg.rfind("<?xml ", 0) != 0 || at == std::string::npos)
        return "no XML declaration";
    at += 2;
    bool root_seen = false;
    while ((at = svg.find('<', at)) != std::string::npos) {
        const auto end = svg.find('>', at);
        if (end == std::string::npos)
            return "unterminated tag";
        const auto tag = svg.substr(at + 1, end - at - 1);
        if (tag.find('<') != std::string::npos)
            return "'<' inside a tag: " + tag;
        const bool closing = tag.front() == '/';
        const bool empty = tag.back() == '/';
        const auto name_start = closing ? 1 : 0;
        const auto name = tag.substr(name_start, tag.find_first_of(" /", name_start) - name_start);
        if (closing) {
            if (open.empty() || open.back() != name)
                return "unbalanced </" + name + ">";
            open.pop_back();
        } else if (!empty) {
            if (open.empty() && root_seen)
                return "a second root element <" + name + ">";
            root_seen = true;
            open.push_back(name);
        }
        at = end + 1;
    }
    if (!open.empty())
        return "unclosed <" + open.back() + ">";
    for (std::size_t amp = svg.find('&'); amp != std::string::npos; amp = svg.find('&', amp + 1)) {
        const auto entity = svg.substr(amp, svg.find(';', amp) - amp + 1);
        if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" &&
            entity != "&apos;")
            return "raw '&': " + entity;
    }
    return "";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

GroupedBarChart small_bar_chart() {
    return {"Stake & power: <A> \"B\" 'C'",
            "Party",
            "Share of votes or of power (%)",
            {"Alpha & Co", "Beta"},
            {"Voting stake", "Banzhaf"},
            {{Rational{3, 5}, Rational{2, 5}}, {Rational{1}, Rational{0}}}};
}

StepChart small_step_chart() {
    // [q; 2, 1, 1, 1] from quota 3 of 5 (x from 2/5) to unanimity.
    return {
        "Power as the threshold moves",
        "Threshold (% of all votes)",
        "Banzhaf index (%)",
        Rational{2, 5},
        Rational{1},
        {Rational{2, 5}, Rational{3, 5}, Rational{4, 5}},
        {{"Big", {Rational{1, 2}, Rational{2, 5}, Rational{1, 4}}},
         {"Small", {Rational{1, 6}, Rational{1, 5}, Rational{1, 4}}}},
        {Rational{3, 5}, Rational{4, 5}},
        {{Rational{1, 2}, "more than 50%: ordinary"}, {Rational{3, 4}, "at least 75%: reserved"}}};
}

TEST_CASE("bar chart equals its golden file", "[svg_chart]") {
    check_golden("bar-chart.svg", render_svg(small_bar_chart()));
}

TEST_CASE("step chart equals its golden file", "[svg_chart]") {
    check_golden("step-chart.svg", render_svg(small_step_chart()));
}

TEST_CASE("bar chart: well-formed, titled, labelled, with a legend, escaped", "[svg_chart]") {
    const auto svg = render_svg(small_bar_chart());
    CHECK(well_formed_problem(svg) == "");
    CHECK(contains(svg, "xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(contains(svg, "viewBox=\"0 0 "));
    CHECK(contains(svg,
                   "<title id=\"chart-title\">Stake &amp; power: &lt;A&gt; &quot;B&quot; "
                   "&apos;C&apos;</title>"));
    CHECK(contains(svg,
                   "<desc id=\"chart-desc\">Grouped bar chart: Share of votes or of power "
                   "(%) by Party. Alpha &amp; Co: Voting stake 60.00%, Banzhaf 100.00%. Beta: "
                   "Voting stake 40.00%, Banzhaf 0.00%.</desc>"));
    CHECK(contains(svg, ">Party</text>"));
    CHECK(contains(svg, ">Share of votes or of power (%)</text>"));
    CHECK(contains(svg, "<g id=\"legend\">"));
    CHECK(contains(svg, ">Voting stake</text>"));
    CHECK(contains(svg, ">Banzhaf</text>"));
    CHECK(contains(svg, ">Alpha &amp; Co</text>"));
    // The y axis runs from 0% to 100% in steps of 10 points.
    CHECK(contains(svg, ">0%</text>"));
    CHECK(contains(svg, ">100%</text>"));
    CHECK(contains(svg, "<title>Alpha &amp; Co: Banzhaf 100.00% (1)</title>"));
    CHECK_FALSE(contains(svg, "<script"));
    CHECK_FALSE(contains(svg, "href"));
    CHECK(svg.back() == '\n');
    CHECK(render_svg(small_bar_chart()) == svg);
}

TEST_CASE("step chart: well-formed, with markers, jumps and a legend", "[svg_chart]") {
    const auto svg = render_svg(small_step_chart());
    CHECK(well_formed_problem(svg) == "");
    CHECK(contains(svg, ">Power as the threshold moves</text>"));
    CHECK(contains(svg, ">Threshold (% of all votes)</text>"));
    CHECK(contains(svg, ">Banzhaf index (%)</text>"));
    CHECK(contains(svg, ">more than 50%: ordinary</text>"));
    CHECK(contains(svg, ">at least 75%: reserved</text>"));
    CHECK(contains(svg, ">a jump in power</text>"));
    CHECK(contains(svg, ">a threshold in the model</text>"));
    CHECK(contains(svg, ">Big</text>"));
    CHECK(contains(svg, ">Small</text>"));
    CHECK(contains(svg, "From 40.00% to 60.00%: Big 50.00%, Small 16.67%."));
    CHECK(contains(svg, "Marked at 75.00%: at least 75%: reserved."));
    // x ticks every 10 points from 40% to 100%.
    for (const auto* tick : {">40%</text>", ">50%</text>", ">90%</text>", ">100%</text>"})
        CHECK(contains(svg, tick));
    CHECK(render_svg(small_step_chart()) == svg);
}

TEST_CASE("step chart: series after the fourth are dashed, each its own way", "[svg_chart]") {
    auto chart = small_step_chart();
    const auto y = chart.series.front().y;
    for (const auto* name : {"C", "D", "E", "F"})
        chart.series.push_back({name, y});
    REQUIRE(chart.series.size() == 6);
    const auto svg = render_svg(chart);
    CHECK(well_formed_problem(svg) == "");
    // Series 5 and 6 (and their legend samples) carry the first two dash patterns.
    const auto count = [&](const std::string& part) {
        std::size_t n = 0;
        for (auto at = svg.find(part); at != std::string::npos; at = svg.find(part, at + 1))
            ++n;
        return n;
    };
    CHECK(count("stroke-dasharray=\"7,3\"") == 2);
    CHECK(count("stroke-dasharray=\"2,3\"") == 2);
}

TEST_CASE("bar chart with many categories stays readable", "[svg_chart]") {
    GroupedBarChart chart{"Twenty-five members", "Member", "Share (%)", {}, {"Votes"}, {{}}};
    for (int i = 0; i < 25; ++i) {
        chart.categories.push_back("Member number " + std::to_string(i + 1));
        chart.values[0].push_back(Rational{1, 25});
    }
    const auto svg = render_svg(chart);
    CHECK(well_formed_problem(svg) == "");
    // 25 groups of 48 px: 1200 px of plot would be too wide; it is capped at 1040.
    CHECK(contains(svg, "width=\"1132.00\""));
    // Labels are rotated when the groups are narrow.
    CHECK(contains(svg, ">Member number 25</text>"));
    CHECK(contains(svg, "transform=\"rotate(-45 "));
    // The y axis stops at the smallest multiple of 10% above every value.
    CHECK(contains(svg, ">10%</text>"));
    CHECK_FALSE(contains(svg, ">20%</text>"));
}

TEST_CASE("charts refuse mismatched or out-of-range data", "[svg_chart]") {
    auto bars = small_bar_chart();
    bars.values[1].pop_back();
    CHECK_THROWS_WITH(render_svg(bars), "render_svg: one value per category is required");
    bars = small_bar_chart();
    bars.series_names.push_back("Extra");
    CHECK_THROWS_WITH(render_svg(bars), "render_svg: one row of values per series is required");
    bars = small_bar_chart();
    bars.values[0][0] = Rational{3, 2};
    CHECK_THROWS_WITH(render_svg(bars), "render_svg: value 3/2 is not a share in [0, 1]");

    auto steps = small_step_chart();
    steps.series[0].y.pop_back();
    CHECK_THROWS_WITH(render_svg(steps), "render_svg: one value per x point is required");
    steps = small_step_chart();
    steps.x = {Rational{3, 5}, Rational{2, 5}, Rational{4, 5}};
    CHECK_THROWS_WITH(render_svg(steps),
                      "render_svg: x points must increase within [x_min, x_max]");
    steps = small_step_chart();
    steps.x_max = steps.x_min;
    CHECK_THROWS_AS(render_svg(steps), jvgov::PreconditionError);
}

}  // namespace
}  // namespace jvgov::report
