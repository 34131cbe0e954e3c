#include "model/report/svg_chart.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

#include <fmt/core.h>

#include "model/exact/errors.hpp"

namespace jvgov::report {

namespace {

using exact::Rational;

// Okabe & Ito's colour-blind-safe palette, yellow last (weak on white).
constexpr std::array<std::string_view, 8> palette = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                     "#56B4E9", "#D55E00", "#000000", "#F0E442"};

std::string_view colour(std::size_t series) {
    return palette[series % palette.size()];
}

constexpr int title_size = 17;
constexpr int label_size = 13;
constexpr int tick_size = 11;
constexpr int value_size = 10;
constexpr int margin = 16;
constexpr int y_axis_room = 76;  // left of the plot: rotated axis label and tick labels
constexpr int plot_height = 300;
constexpr int minimum_width = 720;
constexpr int minimum_plot_width = minimum_width - y_axis_room - margin;

// Text for XML: the five special characters as entities, and the control characters XML 1.0
// forbids (all below U+0020 but tab, line feed and carriage return; a NUL among them) as U+FFFD.
std::string escape(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            escaped += "\uFFFD";
            continue;
        }
        switch (c) {
            case '&':
                escaped += "&amp;";
                break;
            case '<':
                escaped += "&lt;";
                break;
            case '>':
                escaped += "&gt;";
                break;
            case '"':
                escaped += "&quot;";
                break;
            case '\'':
                escaped += "&apos;";
                break;
            default:
                escaped += c;
        }
    }
    return escaped;
}

// A coordinate with two decimals, exact from the rational (same bytes on every machine).
std::string px(const Rational& value) {
    return exact::to_decimal_string(value, 2);
}

// "50%" for a whole percentage, else one decimal ("33.3%").
std::string percent(const Rational& share) {
    const Rational points = share * 100;
    if (denominator(points) == 1)
        return exact::to_fraction_string(points) + "%";
    return exact::to_decimal_string(points, 1) + "%";
}

// The estimated width of a text in a sans-serif font: 0.6 em per character (code point).
Rational text_width(std::string_view text, int font_size) {
    const auto characters = std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    return Rational{characters * font_size * 3, 5};
}

// The words of `text` in lines no wider than `width` (a longer word gets a line of its own).
std::vector<std::string> wrap(const std::string& text, const Rational& width, int font_size) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(' ', start);
        const auto word = text.substr(start, end == std::string::npos ? end : end - start);
        if (!lines.empty() && text_width(lines.back() + " " + word, font_size) <= width)
            lines.back() += " " + word;
        else
            lines.push_back(word);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return lines;
}

std::string text_element(const Rational& x, const Rational& y, int size, std::string_view anchor,
                         const std::string& text, std::string_view extra = "") {
    return fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"{}\"{}>{}</text>\n",
                       px(x), px(y), size, anchor, extra, escape(text));
}

std::string line_element(const Rational& x1, const Rational& y1, const Rational& x2,
                         const Rational& y2, std::string_view stroke, std::string_view extra = "") {
    return fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"{}/>\n", px(x1),
                       px(y1), px(x2), px(y2), stroke, extra);
}

// The document up to the white background; the caller appends the drawing and svg_end().
std::string svg_begin(const Rational& width, const Rational& height, const std::string& title,
                      const std::string& description) {
    return fmt::format(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" "
               "height=\"{1}\" viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" role=\"img\" "
               "aria-labelledby=\"chart-title chart-desc\">\n"
               "<title id=\"chart-title\">{2}</title>\n"
               "<desc id=\"chart-desc\">{3}</desc>\n",
               px(width), px(height), escape(title), escape(description)) +
           fmt::format("<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n",
                       px(width), px(height));
}

// The title, wrapped to the width; returns the drawing and sets `bottom` below its last line.
std::string title_block(const std::string& title, const Rational& width, Rational& bottom) {
    std::string out;
    Rational y = margin + title_size;
    for (const auto& line : wrap(title, width - 2 * margin, title_size)) {
        out += text_element(width / 2, y, title_size, "middle", line, " font-weight=\"bold\"");
        y += title_size + 5;
    }
    bottom = y - title_size;
    return out;
}

struct LegendEntry {
    std::string name;
    std::string_view colour;
    bool line = false;           // a line sample instead of a filled box
    std::string_view dash = "";  // stroke-dasharray of the line sample
};

// The dash pattern of a step series: the first four are solid lines of decreasing width; from the
// fifth on all are thin, so each gets its own dashes and two equal series stay distinguishable.
std::string_view step_dash(std::size_t series) {
    constexpr std::array<std::string_view, 4> dashes = {"7,3", "2,3", "10,3,2,3", "4,4"};
    return series < 4 ? std::string_view{} : dashes[(series - 4) % dashes.size()];
}

// One legend row after another, wrapped to the width, starting at `top`; sets `bottom`.
std::string legend_block(const std::vector<LegendEntry>& entries, const Rational& width,
                         const Rational& top, Rational& bottom) {
    std::string out = "<g id=\"legend\">\n";
    const Rational row_height = label_size + 8;
    Rational x = margin;
    Rational y = top;
    for (const auto& entry : entries) {
        const Rational entry_width = 24 + text_width(entry.name, label_size) + 18;
        if (x > margin && x + entry_width > width - margin) {
            x = margin;
            y += row_height;
        }
        const Rational middle = y + row_height / 2;
        if (entry.line) {
            out += line_element(
                x, middle, x + 18, middle, entry.colour,
                entry.dash.empty()
                    ? std::string{" stroke-width=\"3\""}
                    : fmt::format(" stroke-width=\"1.5\" stroke-dasharray=\"{}\"", entry.dash));
        } else {
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{}\"/>\n",
                               px(x), px(middle - 7), entry.colour);
        }
        out += text_element(x + 24, middle + label_size * Rational{7, 20}, label_size, "start",
                            entry.name);
        x += entry_width;
    }
    bottom = y + row_height;
    return out + "</g>\n";
}

// The percentage scale of an axis: its top and the spacing of its ticks.
struct Scale {
    Rational low;
    Rational high;
    Rational step;  // ticks at the multiples of step within [low, high]
};

// Ticks of 1, 2, 5, 10, 20, 25 or 50 percentage points, the finest with at most 10 intervals.
Rational tick_step(const Rational& low, const Rational& high) {
    for (const int points : {1, 2, 5, 10, 20, 25, 50}) {
        if ((high - low) * 100 / points <= 10)
            return Rational{points, 100};
    }
    return Rational{1};
}

// A share axis from 0 to the smallest multiple of 10% holding every value (at least 10%).
Scale share_scale(const std::vector<Rational>& values) {
    int tenths = 1;
    for (const auto& value : values) {
        while (tenths < 10 && value * 10 > tenths)
            ++tenths;
    }
    const Rational high{tenths, 10};
    return {0, high, tick_step(0, high)};
}

std::vector<Rational> ticks(const Scale& scale) {
    std::vector<Rational> result;
    const auto first = exact::Integer{numerator(Rational{scale.low / scale.step})} /
                       exact::Integer{denominator(Rational{scale.low / scale.step})};
    for (Rational tick = Rational{first} * scale.step; tick <= scale.high; tick += scale.step) {
        if (tick >= scale.low)
            result.push_back(tick);
    }
    return result;
}

struct Plot {
    Rational left;
    Rational top;
    Rational width;
    Rational height;
    Scale y;

    Rational y_of(const Rational& value) const {
        return top + height - height * (value - y.low) / (y.high - y.low);
    }
};

// Grid lines, the y axis with its ticks and labels, the rotated y label and the x axis line.
std::string axes(const Plot& plot, const std::string& y_label) {
    std::string out = "<g id=\"y-axis\">\n";
    for (const auto& tick : ticks(plot.y)) {
        const auto y = plot.y_of(tick);
        out += line_element(plot.left, y, plot.left + plot.width, y, "#dddddd");
        out += line_element(plot.left - 5, y, plot.left, y, "#333333");
        out += text_element(plot.left - 8, y + tick_size * Rational{7, 20}, tick_size, "end",
                            percent(tick));
    }
    const Rational label_x = margin + label_size;
    const Rational label_y = plot.top + plot.height / 2;
    out += text_element(label_x, label_y, label_size, "middle", y_label,
                        fmt::format(" transform=\"rotate(-90 {} {})\"", px(label_x), px(label_y)));
    out += line_element(plot.left, plot.top, plot.left, plot.top + plot.height, "#333333");
    out += line_element(plot.left, plot.top + plot.height, plot.left + plot.width,
                        plot.top + plot.height, "#333333");
    return out + "</g>\n";
}

std::string svg_end() {
    return "</svg>\n";
}

void require_share(const Rational& value, const char* what) {
    if (value < 0 || value > 1)
        throw PreconditionError(fmt::format("render_svg: {} {} is not a share in [0, 1]", what,
                                            exact::to_fraction_string(value)));
}

std::string bar_description(const GroupedBarChart& chart) {
    std::string text = fmt::format("Grouped bar chart: {} by {}.", chart.y_label, chart.x_label);
    for (std::size_t c = 0; c < chart.categories.size(); ++c) {
        text += " " + chart.categories[c] + ":";
        for (std::size_t s = 0; s < chart.series_names.size(); ++s) {
            text += fmt::format(" {} {}{}", chart.series_names[s],
                                exact::to_percent_string(chart.values[s][c]),
                                s + 1 < chart.series_names.size() ? "," : ".");
        }
    }
    return text;
}

std::string step_description(const StepChart& chart) {
    std::string text =
        fmt::format("Step chart: {} against {}, from {} to {}.", chart.y_label, chart.x_label,
                    exact::to_percent_string(chart.x_min), exact::to_percent_string(chart.x_max));
    for (std::size_t k = 0; k < chart.x.size(); ++k) {
        text += fmt::format(
            " From {} to {}:", exact::to_percent_string(chart.x[k]),
            exact::to_percent_string(k + 1 < chart.x.size() ? chart.x[k + 1] : chart.x_max));
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            text += fmt::format(" {} {}{}", chart.series[s].name,
                                exact::to_percent_string(chart.series[s].y[k]),
                                s + 1 < chart.series.size() ? "," : ".");
        }
    }
    for (const auto& marker : chart.markers)
        text += fmt::format(" Marked at {}: {}{}.", exact::to_percent_string(marker.x), marker.label,
                            marker.detail.empty() ? std::string{} : ": " + marker.detail);
    return text;
}

}  // namespace

std::string render_svg(const GroupedBarChart& chart) {
    if (chart.values.size() != chart.series_names.size())
        throw PreconditionError("render_svg: one row of values per series is required");
    std::vector<Rational> all_values;
    for (const auto& row : chart.values) {
        if (row.size() != chart.categories.size())
            throw PreconditionError("render_svg: one value per category is required");
        for (const auto& value : row) {
            require_share(value, "value");
            all_values.push_back(value);
        }
    }

    const auto categories = chart.categories.size();
    const auto series = chart.series_names.size();
    const Rational plot_width = std::clamp<Rational>(
        Rational{static_cast<long>(categories * (series * 24 + 24))}, minimum_plot_width, 1040);
    const Rational width = std::max<Rational>(minimum_width, y_axis_room + plot_width + margin);
    const Rational group_width =
        categories == 0 ? Rational{0} : Rational{plot_width / static_cast<long>(categories)};
    // Bars fill four fifths of their group, at most 56 px each, centred in the group.
    const Rational bar_width =
        series == 0 ? Rational{0}
                    : std::min<Rational>(group_width * 4 / 5 / static_cast<long>(series), 56);
    const Rational bars_offset = (group_width - bar_width * static_cast<long>(series)) / 2;

    // Category labels: wrapped under their group when it is wide enough, else rotated.
    const bool rotate = group_width < 72;
    std::vector<std::vector<std::string>> label_lines;
    Rational label_room = 0;
    for (const auto& category : chart.categories) {
        if (rotate) {
            label_room = std::max(label_room, text_width(category, tick_size) * 3 / 4);
        } else {
            label_lines.push_back(wrap(category, group_width - 6, tick_size));
            label_room = std::max<Rational>(
                label_room, static_cast<long>(label_lines.back().size()) * (tick_size + 3));
        }
    }

    Rational title_bottom;
    auto title = title_block(chart.title, width, title_bottom);
    Rational legend_bottom;
    std::vector<LegendEntry> entries;
    for (std::size_t s = 0; s < series; ++s)
        entries.push_back({chart.series_names[s], colour(s)});
    auto legend = legend_block(entries, width, title_bottom + 10, legend_bottom);

    Plot plot{y_axis_room, legend_bottom + 18, plot_width, plot_height, share_scale(all_values)};
    const Rational x_label_y = plot.top + plot.height + 14 + label_room + label_size + 6;
    const Rational height = x_label_y + margin;

    auto out = svg_begin(width, height, chart.title, bar_description(chart));
    out += title + legend + axes(plot, chart.y_label);
    out += "<g id=\"bars\">\n";
    const bool value_labels = bar_width >= 28;
    for (std::size_t c = 0; c < categories; ++c) {
        const Rational group_left = plot.left + group_width * static_cast<long>(c);
        for (std::size_t s = 0; s < series; ++s) {
            const auto& value = chart.values[s][c];
            const Rational x = group_left + bars_offset + bar_width * static_cast<long>(s);
            const auto y = plot.y_of(value);
            out += fmt::format(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}: {} "
                "{} ({})</title></rect>\n",
                px(x), px(y), px(bar_width), px(plot.top + plot.height - y), colour(s),
                escape(chart.categories[c]), escape(chart.series_names[s]),
                exact::to_percent_string(value), exact::to_fraction_string(value));
            if (value_labels) {
                out += text_element(x + bar_width / 2, y - 3, value_size, "middle", percent(value));
            }
        }
    }
    out += "</g>\n<g id=\"x-axis\">\n";
    for (std::size_t c = 0; c < categories; ++c) {
        const Rational centre = plot.left + group_width * static_cast<long>(c) + group_width / 2;
        const Rational below = plot.top + plot.height + 6 + tick_size;
        if (rotate) {
            out += text_element(
                centre, below, tick_size, "end", chart.categories[c],
                fmt::format(" transform=\"rotate(-45 {} {})\"", px(centre), px(below)));
            continue;
        }
        Rational y = below;
        for (const auto& line : label_lines[c]) {
            out += text_element(centre, y, tick_size, "middle", line);
            y += tick_size + 3;
        }
    }
    out += text_element(plot.left + plot.width / 2, x_label_y, label_size, "middle", chart.x_label);
    out += "</g>\n";
    return out + svg_end();
}

std::string render_svg(const StepChart& chart) {
    if (!(chart.x_min < chart.x_max))
        throw PreconditionError("render_svg: x_min must be below x_max");
    for (std::size_t k = 0; k < chart.x.size(); ++k) {
        if (chart.x[k] < chart.x_min || chart.x[k] > chart.x_max ||
            (k > 0 && !(chart.x[k - 1] < chart.x[k])))
            throw PreconditionError("render_svg: x points must increase within [x_min, x_max]");
    }
    std::vector<Rational> all_values;
    for (const auto& series : chart.series) {
        if (series.y.size() != chart.x.size())
            throw PreconditionError("render_svg: one value per x point is required");
        for (const auto& value : series.y) {
            require_share(value, "value");
            all_values.push_back(value);
        }
    }

    const Rational plot_width = minimum_plot_width;
    const Rational width = std::max<Rational>(minimum_width, y_axis_room + plot_width + margin);
    Rational title_bottom;
    auto title = title_block(chart.title, width, title_bottom);

    std::vector<LegendEntry> entries;
    for (std::size_t s = 0; s < chart.series.size(); ++s)
        entries.push_back({chart.series[s].name, colour(s), true, step_dash(s)});
    if (!chart.jumps.empty())
        entries.push_back({"a jump in power", "#777777", true, "5,4"});
    if (!chart.markers.empty())
        entries.push_back({"a threshold in the model", "#333333", true, "none"});
    Rational legend_bottom;
    auto legend = legend_block(entries, width, title_bottom + 10, legend_bottom);

    const auto x_of = [&](const Rational& x) {
        return y_axis_room + plot_width * (x - chart.x_min) / (chart.x_max - chart.x_min);
    };
    // A marker's line: at its x, but never under the y axis (a majority of a large body sits a
    // hair right of 50%): at least 4 px right of it.
    const auto marker_x = [&](const Rational& x) {
        return std::max<Rational>(x_of(x), y_axis_room + 4);
    };

    // Marker labels in rows above the plot, each beside its own line: to its right, or to its
    // left near the right edge. A marker's line runs from under its label down to the plot, so a
    // label that spans another marker's line must sit above that marker's label. Levels count
    // from the plot up (0: just above it); each label takes the lowest level above the labels
    // whose lines it spans where it overlaps no other label of that level.
    struct Placed {
        Rational x;
        Rational left;
        Rational right;
        std::size_t level = 0;
        bool done = false;
    };

    std::vector<Placed> placed;
    for (const auto& marker : chart.markers) {
        const auto label_width = text_width(marker.label, tick_size);
        const auto x = marker_x(marker.x);
        const Rational rightmost = std::max<Rational>(margin, width - margin - label_width);
        const Rational beside = x + 4 > rightmost ? Rational{x - 4 - label_width} : Rational{x + 4};
        const Rational left = std::clamp<Rational>(beside, margin, rightmost);
        placed.push_back({x, left, left + label_width});
    }
    const auto spans = [&](const Placed& label, const Placed& line) {
        return &label != &line && label.left - 2 <= line.x && line.x <= label.right + 2;
    };
    std::size_t levels = 0;
    for (std::size_t count = 0; count < placed.size(); ++count) {
        // The next label whose spanned lines are all placed (any, to break a cycle).
        auto next = std::find_if(placed.begin(), placed.end(), [&](const Placed& label) {
            return !label.done && std::none_of(placed.begin(), placed.end(), [&](const Placed& l) {
                return !l.done && spans(label, l);
            });
        });
        if (next == placed.end())
            next = std::find_if(placed.begin(), placed.end(), [](const Placed& l) { return !l.done; });
        std::size_t level = 0;
        for (const auto& other : placed) {
            if (other.done && spans(*next, other))
                level = std::max(level, other.level + 1);
        }
        while (std::any_of(placed.begin(), placed.end(), [&](const Placed& other) {
            return other.done && other.level == level && other.left < next->right + 8 &&
                   next->left < other.right + 8;
        }))
            ++level;
        next->level = level;
        next->done = true;
        levels = std::max(levels, level + 1);
    }
    // Rows from the top: level L is row levels - 1 - L.
    std::vector<std::size_t> rows;
    for (const auto& label : placed)
        rows.push_back(levels - 1 - label.level);
    const Rational row_height = tick_size + 6;
    const Rational labels_top = legend_bottom + 12;
    const Rational plot_top = labels_top + row_height * static_cast<long>(levels) + 6;
    Plot plot{y_axis_room, plot_top, plot_width, plot_height, share_scale(all_values)};

    const Scale x_scale{chart.x_min, chart.x_max, tick_step(chart.x_min, chart.x_max)};
    const Rational x_label_y = plot.top + plot.height + 14 + tick_size + label_size + 6;
    std::vector<std::string> details;
    for (const auto& marker : chart.markers) {
        if (!marker.detail.empty()) {
            for (auto& line : wrap(marker.label + ": " + marker.detail, width - 2 * margin,
                                   tick_size))
                details.push_back(std::move(line));
        }
    }
    const Rational details_top = x_label_y + 6;
    const Rational height =
        details_top + (tick_size + 4) * static_cast<long>(details.size()) + margin;

    auto out = svg_begin(width, height, chart.title, step_description(chart));
    out += title + legend + axes(plot, chart.y_label);
    out += "<g id=\"x-axis\">\n";
    for (const auto& tick : ticks(x_scale)) {
        const auto x = x_of(tick);
        const Rational bottom = plot.top + plot.height;
        out += line_element(x, bottom, x, bottom + 5, "#333333");
        out += text_element(x, bottom + 8 + tick_size, tick_size, "middle", percent(tick));
    }
    out += text_element(plot.left + plot.width / 2, x_label_y, label_size, "middle", chart.x_label);
    for (std::size_t k = 0; k < details.size(); ++k)
        out += text_element(Rational{margin},
                            details_top + (tick_size + 4) * static_cast<long>(k + 1), tick_size,
                            "start", details[k]);
    out += "</g>\n<g id=\"jumps\">\n";
    for (const auto& jump : chart.jumps) {
        out += line_element(x_of(jump), plot.top, x_of(jump), plot.top + plot.height, "#777777",
                            " stroke-width=\"1.5\" stroke-dasharray=\"5,4\"");
    }
    out += "</g>\n<g id=\"series\">\n";
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        // Later series are drawn thinner on top of earlier ones, so equal series stay visible.
        const Rational stroke =
            std::max<Rational>(Rational{3, 2}, 7 - Rational{3, 2} * static_cast<long>(s));
        std::string path;
        for (std::size_t k = 0; k < chart.x.size(); ++k) {
            const auto y = plot.y_of(chart.series[s].y[k]);
            path += k == 0 ? fmt::format("M {} {}", px(x_of(chart.x[k])), px(y))
                           : fmt::format(" V {}", px(y));
            path += fmt::format(" H {}",
                                px(x_of(k + 1 < chart.x.size() ? chart.x[k + 1] : chart.x_max)));
        }
        out += fmt::format(
            "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" "
            "stroke-linejoin=\"round\"{}><title>{}</title></path>\n",
            path, colour(s), px(stroke),
            step_dash(s).empty() ? std::string{}
                                 : fmt::format(" stroke-dasharray=\"{}\"", step_dash(s)),
            escape(chart.series[s].name));
    }
    out += "</g>\n<g id=\"markers\">\n";
    for (std::size_t m = 0; m < chart.markers.size(); ++m) {
        const auto x = marker_x(chart.markers[m].x);
        const Rational label_bottom =
            labels_top + row_height * static_cast<long>(rows[m]) + tick_size;
        out += line_element(x, label_bottom + 3, x, plot.top + plot.height, "#333333",
                            " stroke-width=\"1.5\"");
        out +=
            text_element(placed[m].left, label_bottom, tick_size, "start", chart.markers[m].label);
    }
    out += "</g>\n";
    return out + svg_end();
}

}  // namespace jvgov::report
