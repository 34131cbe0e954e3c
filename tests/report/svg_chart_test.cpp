// SVG charts: a small bar chart and a small step chart equal their committed golden files byte
// for byte (tests/report/expected/; after an intended change, rerun with JVGOV_UPDATE_GOLDEN=1
// and review the diff), every chart is well-formed XML with its title, axis labels and legend,
// text is escaped, output is deterministic, and mismatched data is refused.
#include "model/report/svg_chart.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/analysis/voting_power.hpp"
#include "model/exact/errors.hpp"
#include "model/load/loader.hpp"
#include "model/report/voting_power_charts.hpp"

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

namespace jvgov::report {
namespace {

// The geometry of a rendered chart, read back from its SVG: every horizontal text label as a box
// (the renderer's width estimate, 0.6 em per character, from 0.8 em above the baseline to
// 0.2 em below it) and every straight line and step-path segment.
struct Box {
    double left, top, right, bottom;
    std::string text;
};

struct Segment {
    double x1, y1, x2, y2;
};

double attribute(const std::string& element, const std::string& name) {
    const auto at = element.find(" " + name + "=\"");
    REQUIRE(at != std::string::npos);
    return std::stod(element.substr(at + name.size() + 3));
}

std::string attribute_text(const std::string& element, const std::string& name) {
    const auto at = element.find(" " + name + "=\"");
    if (at == std::string::npos)
        return {};
    const auto start = at + name.size() + 3;
    return element.substr(start, element.find('"', start) - start);
}

std::vector<Box> text_boxes(const std::string& svg) {
    std::vector<Box> boxes;
    for (auto at = svg.find("<text "); at != std::string::npos; at = svg.find("<text ", at + 1)) {
        const auto close = svg.find('>', at);
        const auto element = svg.substr(at, close - at);
        if (element.find("transform=") != std::string::npos)
            continue;  // the rotated y-axis label and rotated category labels
        auto content = svg.substr(close + 1, svg.find("</text>", close) - close - 1);
        for (const auto& [entity, character] :
             std::vector<std::pair<std::string, std::string>>{
                 {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}}) {
            for (auto found = content.find(entity); found != std::string::npos;
                 found = content.find(entity, found + 1))
                content.replace(found, entity.size(), character);
        }
        const double size = attribute(element, "font-size");
        const auto characters = static_cast<double>(std::count_if(
            content.begin(), content.end(),
            [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
        const double width = characters * size * 0.6;
        const double x = attribute(element, "x");
        const double y = attribute(element, "y");
        const auto anchor = attribute_text(element, "text-anchor");
        const double left = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x;
        boxes.push_back({left, y - 0.8 * size, left + width, y + 0.2 * size, content});
    }
    return boxes;
}

std::vector<Segment> segments(const std::string& svg) {
    std::vector<Segment> result;
    for (auto at = svg.find("<line "); at != std::string::npos; at = svg.find("<line ", at + 1)) {
        const auto element = svg.substr(at, svg.find('>', at) - at);
        result.push_back({attribute(element, "x1"), attribute(element, "y1"),
                          attribute(element, "x2"), attribute(element, "y2")});
    }
    for (auto at = svg.find("<path d=\""); at != std::string::npos;
         at = svg.find("<path d=\"", at + 1)) {
        std::istringstream path(attribute_text(svg.substr(at, svg.find('>', at) - at), "d"));
        std::string command;
        double x = 0;
        double y = 0;
        while (path >> command) {
            double value = 0;
            if (command == "M") {
                path >> x >> y;
            } else if (command == "H") {
                path >> value;
                result.push_back({x, y, value, y});
                x = value;
            } else if (command == "V") {
                path >> value;
                result.push_back({x, y, x, value});
                y = value;
            }
        }
    }
    return result;
}

// The labels crossed by a line, as "label / x1,y1-x2,y2" (empty when none is).
std::vector<std::string> crossings(const std::string& svg) {
    std::vector<std::string> found;
    for (const auto& box : text_boxes(svg)) {
        for (const auto& s : segments(svg)) {
            const bool vertical = s.x1 == s.x2;
            const bool horizontal = s.y1 == s.y2;
            const double low = vertical ? std::min(s.y1, s.y2) : std::min(s.x1, s.x2);
            const double high = vertical ? std::max(s.y1, s.y2) : std::max(s.x1, s.x2);
            const bool crosses =
                vertical     ? box.left < s.x1 && s.x1 < box.right && low < box.bottom &&
                                   box.top < high
                : horizontal ? box.top < s.y1 && s.y1 < box.bottom && low < box.right &&
                                   box.left < high
                             : false;
            if (crosses)
                found.push_back(box.text + " / " + std::to_string(s.x1) + "," +
                                std::to_string(s.y1) + "-" + std::to_string(s.x2) + "," +
                                std::to_string(s.y2));
        }
    }
    return found;
}

TEST_CASE("step chart: the geometry check finds a label crossing a line", "[svg_chart]") {
    // A hand-made chart text: a vertical line through the middle of a label.
    const std::string svg =
        "<text x=\"100\" y=\"50\" font-size=\"10\" text-anchor=\"start\">abcdefghij</text>\n"
        "<line x1=\"120\" y1=\"0\" x2=\"120\" y2=\"200\" stroke=\"#333333\"/>\n"
        "<line x1=\"300\" y1=\"0\" x2=\"300\" y2=\"200\" stroke=\"#333333\"/>\n";
    CHECK(crossings(svg).size() == 1);
}

TEST_CASE("step chart: crowded marker labels never cross a marker line", "[svg_chart]") {
    // Thresholds close together, long labels, one at unanimity (the right edge) and one just
    // right of a simple majority: with labels centred on their lines, the lines of the upper
    // rows ran through the labels of the lower ones.
    StepChart chart;
    chart.title = "Crowded thresholds";
    chart.x_label = "Threshold: share of all votes a coalition needs (%)";
    chart.y_label = "Banzhaf index (%)";
    chart.x_min = Rational{1, 2};
    chart.x_max = 1;
    chart.x = {Rational{1, 2}, Rational{3, 5}, Rational{4, 5}};
    chart.series = {{"Big", {Rational{1, 2}, Rational{1, 3}, Rational{1, 4}}}};
    chart.jumps = {Rational{3, 5}, Rational{4, 5}};
    chart.markers = {
        {Rational{51, 100}, "more than 50% (51 of 100): members' matters not otherwise covered"},
        {Rational{3, 5}, "more than 59% (60 of 100): ordinary"},
        {Rational{31, 50}, "at least 62% (62 of 100): budget and business plan"},
        {Rational{2, 3}, "at least 2/3 (66.67%) (67 of 100): a long matter name"},
        {Rational{3, 4}, "at least 75% (75 of 100): reserved"},
        {Rational{19, 25}, "at least 76% (76 of 100): tier two"},
        {Rational{1}, "unanimity (100 of 100): tier one"},
    };
    const auto svg = render_svg(chart);
    CHECK(well_formed_problem(svg) == "");
    CHECK(crossings(svg) == std::vector<std::string>{});
    CHECK(text_boxes(svg).size() > chart.markers.size());
}

TEST_CASE("Stargate threshold charts: marks off the axis, labels off the lines", "[svg_chart]") {
    using namespace std::chrono;
    const auto model = *load::load_model_file(JVGOV_SOURCE_DIR "/data/stargate.toml").model;
    for (const auto day : {governance::Date{2025y / January / 22d}, governance::Date{2026y / July / 1d}}) {
        const auto facts = analysis::analyse_voting_power(model, day);
        REQUIRE(!facts.sweeps.empty());
        for (const auto& body : facts.sweeps) {
            const auto chart = threshold_chart(body);
            for (const auto& marker : chart.markers) {
                // Each model threshold is marked at its quota's share, never on the y axis.
                CHECK(marker.x > chart.x_min);
            }
            CHECK(crossings(render_svg(chart)) == std::vector<std::string>{});
        }
    }
}

TEST_CASE("step chart: a marker a hair right of the y axis is drawn beside it", "[svg_chart]") {
    // The IMF's majority: 2,519,966 of 5,039,930 votes, 50.00002%, on an axis from 50%.
    StepChart chart;
    chart.title = "Majority of a large body";
    chart.x_label = "Threshold: share of all votes a coalition needs (%)";
    chart.y_label = "Banzhaf index (%)";
    chart.x_min = Rational{1, 2};
    chart.x_max = 1;
    chart.x = {Rational{1, 2}};
    chart.series = {{"Big", {Rational{1, 2}}}};
    chart.markers = {{Rational{2519966, 5039930}, "this game: quota 2,519,966 (50.00%)"}};
    const auto svg = render_svg(chart);
    // The y axis is the vertical line at the plot's left; the marker's line is the last line.
    const auto lines = segments(svg);
    double axis = 1e9;
    for (const auto& s : lines) {
        if (s.x1 == s.x2)
            axis = std::min(axis, s.x1);
    }
    const auto marker = svg.substr(svg.find("<g id=\"markers\">"));
    const auto line = segments(marker);
    REQUIRE(line.size() == 1);
    CHECK(line.front().x1 >= axis + 4);
    CHECK(crossings(svg) == std::vector<std::string>{});
}

TEST_CASE("step chart: the committed golden charts cross no label", "[svg_chart]") {
    CHECK(crossings(render_svg(small_step_chart())) == std::vector<std::string>{});
    CHECK(crossings(render_svg(small_bar_chart())) == std::vector<std::string>{});
}

}  // namespace
}  // namespace jvgov::report
