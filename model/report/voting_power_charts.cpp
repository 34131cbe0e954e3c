#include "model/report/voting_power_charts.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

#include <fmt/core.h>

#include "model/games/weighted_game.hpp"
#include "model/governance/registry.hpp"
#include "model/load/output_names.hpp"
#include "model/report/game_titles.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using analysis::summed_banzhaf;
using analysis::summed_index;
using compile::View;
using exact::Rational;
using governance::Model;

// "75%" for a whole percentage, else two decimals ("66.67%").
std::string percent_text(const Rational& share) {
    const Rational points = share * 100;
    return denominator(points) == 1 ? exact::to_fraction_string(points) + "%"
                                    : exact::to_percent_string(share);
}

}  // namespace

doc::Inlines indices_in_words(const std::vector<std::string>& parties,
                              const std::vector<Rational>& indices) {
    std::vector<std::pair<Rational, std::vector<std::string>>> groups;
    for (std::size_t i = 0; i < parties.size(); ++i) {
        const auto found = std::find_if(groups.begin(), groups.end(), [&](const auto& group) {
            return group.first == indices[i];
        });
        if (found == groups.end())
            groups.push_back({indices[i], {parties[i]}});
        else
            found->second.push_back(parties[i]);
    }
    std::vector<doc::Inlines> parts;
    for (const auto& [value, names] : groups) {
        const auto number = value == 0 ? std::string{"0"}
                                       : fmt::format("{} ({})", exact::to_fraction_string(value),
                                                     exact::to_percent_string(value));
        auto part = doc::join_and(names);
        part.push_back(doc::markup(fmt::format(" {}{}", number, names.size() > 1 ? " each" : "")));
        parts.push_back(std::move(part));
    }
    return doc::join(parts, "; ");
}

namespace {

std::string svg_name(const std::filesystem::path& stem, const std::string& suffix) {
    return stem.filename().string() + "-" + suffix + ".svg";
}

}  // namespace

GroupedBarChart votes_and_power_chart(const Model& model, const GameResult& result) {
    GroupedBarChart chart;
    chart.title = "Votes and power: " + game_title(model, result.game);
    chart.x_label = result.game.view == View::individual
                        ? "Party (the index of its directors summed)"
                        : "Party";
    chart.y_label = "Share of votes or of power (%)";
    std::vector<Rational> stakes;
    std::vector<Rational> banzhaf;
    std::vector<Rational> shapley_shubik;
    bool has_shapley_shubik = true;
    for (const auto& group : result.groups) {
        const bool votes = std::any_of(group.players.begin(), group.players.end(), [&](int player) {
            return result.game.players[static_cast<std::size_t>(player)].entitled_to_vote;
        });
        chart.categories.push_back(group.name + (votes ? "" : " (may not vote)"));
        stakes.push_back(group.vote_share);
        banzhaf.push_back(summed_banzhaf(result.table, group));
        const auto value = summed_index(result.table, group, &power::PlayerPower::shapley_shubik);
        has_shapley_shubik = has_shapley_shubik && value.has_value();
        shapley_shubik.push_back(value.value_or(Rational{0}));
    }
    chart.series_names = {
        result.game.view == View::members         ? "Share of the votes cast"
        : result.game.rule.total != result.game.rule.heads ? "Share of the directors' votes"
                                                           : "Share of the seats",
        "Banzhaf"};
    chart.values = {stakes, banzhaf};
    if (has_shapley_shubik) {
        chart.series_names.push_back("Shapley–Shubik");
        chart.values.push_back(shapley_shubik);
    }
    return chart;
}

std::string weight_unit(const BodySweep& body) {
    return !body.board ? "votes" : body.weighted_directors ? "directors' votes" : "seats";
}

std::string threshold_axis_label(const std::string& unit) {
    return "Threshold: share of all " + unit + " a coalition needs (%)";
}

std::vector<std::string> left_out_of_sweep(const BodySweep& body) {
    std::vector<std::string> parts;
    if (body.leaves_out_quorum)
        parts.push_back("quorum");
    if (body.leaves_out_consents)
        parts.push_back("consents");
    if (body.leaves_out_head_count)
        parts.push_back("count by head");
    if (body.leaves_out_casting_vote)
        parts.push_back("casting vote");
    return parts;
}

StepChart threshold_chart(const BodySweep& body) {
    const auto total = body.sweep.total_weight;
    StepChart chart;
    chart.title = body.body_name + ": power as the threshold moves";
    const auto left_out = left_out_of_sweep(body);
    if (!left_out.empty())
        chart.title += " (the threshold alone: " + join_and(left_out) + " left out)";
    chart.x_label = threshold_axis_label(weight_unit(body));
    chart.y_label = "Banzhaf index (%)";
    chart.x_min = Rational{total / 2, total};
    chart.x_max = 1;
    for (std::size_t k = 0; k < body.sweep.steps.size(); ++k) {
        chart.x.push_back(Rational{body.sweep.steps[k].first_quota - 1, total});
        if (k > 0)
            chart.jumps.push_back(chart.x.back());
    }
    // Parties with the same index at every threshold share one line (drawn on top of each other,
    // one of them would be hidden): "OpenAI and SoftBank Group (each)".
    std::vector<std::vector<std::string>> names;
    for (std::size_t i = 0; i < body.parties.size(); ++i) {
        std::vector<Rational> y;
        for (const auto& step : body.sweep.steps)
            y.push_back(step.banzhaf[i]);
        const auto same = std::find_if(chart.series.begin(), chart.series.end(),
                                       [&](const StepSeries& series) { return series.y == y; });
        if (same == chart.series.end()) {
            chart.series.push_back({body.parties[i], std::move(y)});
            names.push_back({body.parties[i]});
        } else {
            names[static_cast<std::size_t>(same - chart.series.begin())].push_back(body.parties[i]);
        }
    }
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        if (names[s].size() > 1)
            chart.series[s].name = join_and(names[s]) + " (each)";
    }
    // Each threshold is marked at its quota's share: the smallest share of all the votes that
    // meets it, the right end of the step it is read on.
    for (const auto& threshold : body.thresholds) {
        const auto quota = fmt::format("{} ({} of {})", threshold_text(threshold.threshold),
                                       threshold.quota, total);
        chart.markers.push_back({Rational{threshold.quota, total}, quota,
                                 threshold.matters.size() == 1
                                     ? threshold.matters.front()
                                     : fmt::format("{} matters", threshold.matters.size())});
    }
    return chart;
}

std::vector<doc::Inlines> threshold_steps(const BodySweep& body) {
    const auto total = body.sweep.total_weight;
    std::vector<doc::Inlines> sentences;
    for (const auto& step : body.sweep.steps) {
        doc::Inlines sentence;
        if (!body.sweep.exhaustive) {
            sentence.push_back(doc::markup(fmt::format("Sampled quotas {} to {} of {} {}: ",
                                                       step.first_quota, step.last_quota, total,
                                                       weight_unit(body))));
        } else {
            const auto quotas = step.first_quota == step.last_quota
                                    ? fmt::format("{}", step.first_quota)
                                    : fmt::format("{} to {}", step.first_quota, step.last_quota);
            sentence.push_back(doc::markup(fmt::format(
                "{} of {} {} (thresholds above {} up to {}): ", quotas, total, weight_unit(body),
                percent_text(Rational{step.first_quota - 1, total}),
                percent_text(Rational{step.last_quota, total}))));
        }
        doc::append(sentence, indices_in_words(body.parties, step.banzhaf));
        sentence.push_back(doc::markup("."));
        sentences.push_back(std::move(sentence));
    }
    return sentences;
}

std::vector<std::string> threshold_steps_in_words(const BodySweep& body) {
    std::vector<std::string> sentences;
    for (const auto& sentence : threshold_steps(body))
        sentences.push_back(doc::to_markdown(sentence));
    return sentences;
}

VotingPowerCharts voting_power_charts(const analysis::VotingPowerFacts& facts,
                                      const std::filesystem::path& stem) {
    const Model& model = facts.on_date;
    VotingPowerCharts charts;
    const auto directory = stem.parent_path();
    for (const auto& result : facts.games) {
        const auto name = svg_name(stem, game_slug(result.game));
        auto chart = votes_and_power_chart(model, result);
        auto alt = fmt::format("Bar chart: {} of each party, {}", join_and(chart.series_names),
                               game_title(model, result.game));
        charts.games.push_back({{directory / name, render_svg(chart)}, name, std::move(alt)});
    }
    for (const auto& body : facts.sweeps) {
        const auto name = svg_name(stem, load::threshold_slug(body.body));
        auto alt = fmt::format(
            "Step chart: Banzhaf index of each party of the {} as the threshold moves from a "
            "simple majority to unanimity",
            body.body_name);
        charts.sweeps.push_back(
            {{directory / name, render_svg(threshold_chart(body))}, name, std::move(alt)});
    }
    return charts;
}

}  // namespace jvgov::report
