#include "model/report/example_report.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

#include <fmt/core.h>

#include "model/exact/rational.hpp"
#include "model/games/coalition.hpp"
#include "model/games/simple_game.hpp"
#include "model/games/weighted_game.hpp"
#include "model/power/threshold_sweep.hpp"
#include "model/report/csv_tables.hpp"
#include "model/report/document.hpp"
#include "model/report/markdown.hpp"
#include "model/report/power_sections.hpp"
#include "model/report/svg_chart.hpp"
#include "model/report/voting_power_charts.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using exact::Rational;
using load::GameFile;
using load::StructuralClaim;
using PowerIndex = power::Index;
using power::PlayerPower;
using power::PowerTable;

constexpr std::size_t max_listed_coalitions = analysis::example_listed_coalitions;
constexpr std::size_t max_fraction_digits = 12;
constexpr std::size_t max_detailed_groups = 20;
constexpr std::size_t largest_gaps_shown = 3;
// Charts: at most this many bar groups and lines (the largest weights); the threshold sweep
// evaluates every quota from a simple majority to unanimity when there are at most 201 of them,
// else samples 21 (the IMF: about 0.2 s per quota).
constexpr std::size_t max_charted_classes = 12;
constexpr std::size_t max_threshold_lines = 8;  // the charts' palette has 8 colours

std::string index_title(PowerIndex index) {
    return std::string(power::info(index).display_name);
}

bool short_fraction(const Rational& value) {
    return numerator(value).str().size() <= max_fraction_digits &&
           denominator(value).str().size() <= max_fraction_digits;
}

// "1/3 (0.3333)", or "0.000312" when the fraction is too long to read.
std::string value_text(const Rational& value) {
    if (!short_fraction(value))
        return exact::to_decimal_string(value, 8);
    return fraction_text(value);
}

// "40.00%", "33.33% (exactly 1/3)", or "about 16.4963%" when the fraction is too long to read.
std::string share_words(const Rational& value) {
    if (!short_fraction(value))
        return "about " + exact::to_percent_string(value, 4);
    return share_text(value);
}

// Percentage points: "6.67 (exactly 20/3)", "10.00", or "about 1.2345".
std::string points_words(const Rational& share_difference) {
    const Rational points = share_difference * 100;
    if (!short_fraction(points))
        return "about " + exact::to_decimal_string(points, 4);
    return points_text(points);
}

// The indices the file asks for (all the reported ones when it names none), with Owen and
// Banzhaf-Owen when it gives blocs (analysis::analyse_example computes them then).
std::vector<PowerIndex> requested_indices(const GameFile& file) {
    auto indices = file.indices.empty() ? power::reported_indices() : file.indices;
    if (!file.blocs.empty()) {
        for (const auto index : {PowerIndex::owen, PowerIndex::banzhaf_owen}) {
            if (std::find(indices.begin(), indices.end(), index) == indices.end())
                indices.push_back(index);
        }
    }
    return indices;
}

// The requested indices, in the report's column order (the values for blocs last).
std::vector<PowerIndex> shown_indices(const GameFile& file) {
    std::vector<PowerIndex> shown;
    auto order = power::reported_indices();
    order.push_back(PowerIndex::owen);
    order.push_back(PowerIndex::banzhaf_owen);
    for (const PowerIndex index : order) {
        const auto requested = requested_indices(file);
        if (std::find(requested.begin(), requested.end(), index) != requested.end())
            shown.push_back(index);
    }
    return shown;
}

std::vector<std::string> names_of(const GameFile& file, const std::vector<int>& players) {
    std::vector<std::string> names;
    for (const int player : players)
        names.push_back(file.game.players[static_cast<std::size_t>(player)]);
    return names;
}

// Players by weight, largest first; ties and non-weighted games in file order.
std::vector<int> display_order(const GameFile& file) {
    std::vector<int> order(file.game.players.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    if (const auto* weighted = games::as_single_weighted(file.game)) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return weighted->weights[static_cast<std::size_t>(a)] >
                   weighted->weights[static_cast<std::size_t>(b)];
        });
    }
    return order;
}

std::string game_name(const GameFile& file, const ReportContext& context) {
    if (!file.title.empty())
        return file.title;
    return std::filesystem::path{context.model_path}.filename().string();
}

using doc::Inlines;

// ---- Sections -----------------------------------------------------------------------------

doc::Blocks title_and_metadata(const GameFile& file, const ReportContext& context) {
    Metadata metadata;
    metadata.title = doc::format("Voting power in the {}", {doc::text(game_name(file, context))});
    metadata.file_label = "Game file";
    if (!file.weights_file.empty()) {
        metadata.facts.push_back(
            doc::format("Weights file: {} (beside the game file)", {doc::code(file.weights_file)}));
    }
    return report::title_and_metadata(metadata, context);
}

doc::Blocks source_section(const GameFile& file) {
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Source")})};
    if (!file.source) {
        blocks.push_back(doc::paragraph({doc::markup("The game file names no source.")}));
        return blocks;
    }
    std::vector<Inlines> items = {
        {doc::markup("Rules and weights: "), doc::text(file.source->citation)}};
    if (!file.source->url.empty())
        items.push_back({doc::markup("URL: "), doc::autolink(file.source->url)});
    if (!file.source->notes.empty())
        items.push_back({doc::markup("Notes: "), doc::text(file.source->notes)});
    blocks.push_back(doc::bullet_list(std::move(items)));
    return blocks;
}

doc::Blocks rule_section(const GameFile& file, const std::vector<std::size_t>& idle_parts) {
    std::string words;
    if (const auto* weighted = games::as_single_weighted(file.game)) {
        const std::int64_t total = games::total_weight(*weighted);
        words = fmt::format("a coalition wins with at least {} of the {} votes ({} of all votes)",
                            exact::to_grouped_integer_string(Rational{weighted->quota}),
                            exact::to_grouped_integer_string(Rational{total}),
                            exact::to_percent_string(Rational{weighted->quota, total}, 4));
    } else {
        words =
            "a coalition wins as the game below says (AND: every part must win; OR: one part "
            "suffices)";
    }
    const std::string game = games::describe(file.game);
    constexpr std::size_t max_inline_game = 120;
    const bool inline_game = game.size() <= max_inline_game;
    std::vector<Inlines> notes;
    if (!file.blocs.empty()) {
        std::vector<Inlines> blocs;
        for (const auto& bloc : file.blocs) {
            Inlines item = {doc::markup("{")};
            doc::append(item, doc::join_and(names_of(file, bloc)));
            item.push_back(doc::markup("}"));
            blocs.push_back(std::move(item));
        }
        Inlines line = {doc::markup("A priori unions (blocs): ")};
        doc::append(line, doc::join_parts_and(blocs));
        line.push_back(
            doc::markup(". The Owen and Banzhaf–Owen values below take them into account; the "
                        "other indices treat every player on its own."));
        notes.push_back(std::move(line));
    }
    const auto* all = std::get_if<games::AllOf>(&file.game.rule.kind);
    const auto* any = std::get_if<games::AnyOf>(&file.game.rule.kind);
    for (const std::size_t k : idle_parts) {
        const auto& parts = all != nullptr ? all->parts : any->parts;
        notes.push_back(
            {doc::markup(fmt::format("Part {} of the game, ", k + 1)),
             doc::code(games::describe(games::SimpleGame{file.game.players, parts[k]})),
             doc::markup(all != nullptr
                             ? ", never decides: every coalition that meets the other parts "
                               "meets it too, so the game is the same without it."
                             : ", never decides: every coalition that meets it meets another "
                               "part too, so the game is the same without it.")});
    }
    // The notes follow the rule in one list, or after the game when it is set apart.
    std::vector<Inlines> items = {
        {doc::markup("Rule: " + words)},
        inline_game ? Inlines{doc::markup("As a game: "), doc::code(game)}
                    : Inlines{doc::markup("As a game (quota; weights in file order):")}};
    if (inline_game)
        std::move(notes.begin(), notes.end(), std::back_inserter(items));
    doc::Blocks blocks = {doc::heading(2, {doc::markup("The rule")}),
                          doc::bullet_list(std::move(items))};
    if (!inline_game) {
        blocks.push_back(doc::fenced("", game));
        if (!notes.empty())
            blocks.push_back(doc::bullet_list(std::move(notes)));
    }
    return blocks;
}

doc::Blocks how_to_read(const GameFile& file) {
    std::vector<Inlines> items;
    for (const PowerIndex index : shown_indices(file))
        items.push_back({doc::markup(index_explanation(index))});
    items.push_back(
        {doc::markup("A **veto player** is in every winning coalition: it can block alone. A "
                     "**dummy** is never decisive: its vote never changes the outcome. A "
                     "**dictator** wins exactly when it votes yes.")});
    items.push_back(
        {doc::markup("Power differs from weight because only the winning coalitions matter: a "
                     "player with a small weight may be needed as often as a large one, and a "
                     "player with votes may never be needed at all.")});
    return {doc::heading(2, {doc::markup("How to read this report")}),
            doc::paragraph({doc::markup(
                "The rule is a simple game (which coalitions of players win) and the power of "
                "every player is computed exactly. Each index is shown as an exact fraction with "
                "its decimal value beside it, e.g. 1/3 (0.3333); a fraction with more than 12 "
                "digits is shown as a decimal rounded to 8 places (`jvgov power` gives the exact "
                "value).")}),
            doc::bullet_list(std::move(items))};
}

// The indices of the main table: Banzhaf, Shapley–Shubik and, with blocs, Owen and
// Banzhaf–Owen, those of them the file asks for.
std::vector<PowerIndex> main_indices(const GameFile& file) {
    std::vector<PowerIndex> main;
    for (const PowerIndex index : shown_indices(file)) {
        if (index == PowerIndex::banzhaf || index == PowerIndex::shapley_shubik ||
            index == PowerIndex::owen || index == PowerIndex::banzhaf_owen)
            main.push_back(index);
    }
    return main;
}

// A table of the players (by weight when weighted) with their weights and the given indices,
// and a "Role" column (dictator, veto player, dummy) when `role`.
doc::Block players_table(const GameFile& file, const PowerTable& table,
                         const std::vector<PowerIndex>& indices, bool role) {
    const auto* weighted = games::as_single_weighted(file.game);
    std::vector<std::string> headers;
    if (weighted) {
        headers.push_back("Weight");
        headers.push_back("Share of the total weight");
    }
    for (const PowerIndex index : indices)
        headers.push_back(index_title(index));
    if (role)
        headers.push_back("Role");
    const auto listed = [](const std::vector<int>& list, int player) {
        return std::find(list.begin(), list.end(), player) != list.end();
    };
    std::vector<PowerRow> rows;
    for (const int player : display_order(file)) {
        const auto i = static_cast<std::size_t>(player);
        PowerRow row = {{doc::text(file.game.players[i])}, {}};
        if (weighted) {
            const Rational share{weighted->weights[i], games::total_weight(*weighted)};
            row.values.push_back(exact::to_grouped_integer_string(Rational{weighted->weights[i]}));
            row.values.push_back(exact::to_percent_string(share, 2));
        }
        for (const PowerIndex index : indices) {
            const auto& value = *power::index_value(table.players[i], index);
            row.values.push_back(value ? value_text(*value) : "");
        }
        if (role) {
            row.values.push_back(table.dictator == player             ? "dictator"
                                 : listed(table.veto_players, player) ? "veto player"
                                 : listed(table.dummies, player)      ? "dummy"
                                                                      : "");
        }
        rows.push_back(std::move(row));
    }
    return report::power_table("Player", headers, rows);
}

doc::Blocks power_table_section(const GameFile& file, const PowerTable& table) {
    const auto* weighted = games::as_single_weighted(file.game);
    const auto indices = shown_indices(file);
    const auto main = main_indices(file);
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Power of each player")})};
    if (weighted)
        blocks.push_back(doc::paragraph({doc::markup("Players by weight, largest first.")}));
    blocks.push_back(players_table(file, table, main, table.structure_known));
    if (main.size() < indices.size()) {
        blocks.push_back(doc::paragraph({doc::markup(
            "The other indices are in the appendix, \"Every index of every player\".")}));
    }
    std::vector<std::string> missing;
    for (const PowerIndex index : power::reported_indices()) {
        if (std::find(indices.begin(), indices.end(), index) == indices.end())
            missing.push_back(index_title(index));
    }
    if (!missing.empty()) {
        std::vector<std::string> titles;
        for (const PowerIndex index : indices)
            titles.push_back(index_title(index));
        blocks.push_back(doc::paragraph({doc::markup(fmt::format(
            "Not computed: {}. The game file restricts the computation to {} (its `indices`); "
            "its source notes say why.",
            join_and(missing), join_and(titles)))}));
    }
    return blocks;
}

doc::Blocks structure_section(const GameFile& file, const PowerTable& table) {
    GameStructure structure;
    structure.veto_players = names_of(file, table.veto_players);
    structure.dummies = names_of(file, table.dummies);
    if (table.dictator)
        structure.dictator = names_of(file, {*table.dictator}).front();
    if (table.minimal_winning_list && table.minimal_winning_list->size() <= max_listed_coalitions) {
        std::vector<std::vector<std::string>> coalitions;
        for (const games::Coalition coalition : *table.minimal_winning_list)
            coalitions.push_back(names_of(file, games::members(coalition)));
        structure.minimal_winning = std::move(coalitions);
    } else if (table.minimal_winning_coalitions) {
        structure.minimal_winning_count = table.minimal_winning_coalitions->str();
    }
    StructureWording wording;
    wording.too_many_to_list = "too many to list here";
    wording.not_counted =
        "Minimal winning coalitions: not counted for this game (too many players to list them; "
        "the count comes with the Deegan–Packel and public good indices, which were not "
        "computed).";
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Veto players, dummies and dictator")})};
    return doc::append(blocks, structure_blocks(structure, wording));
}

// Players with the same weight (adjacent in display order), with their weight share and
// Banzhaf index.
struct WeightGroup {
    std::vector<int> players;
    Rational weight_share;
    Rational banzhaf;
};

Inlines gap_sentence(const GameFile& file, const WeightGroup& group) {
    auto sentence = doc::join_and(names_of(file, group.players));
    const bool one = group.players.size() == 1;
    const Rational gap = group.banzhaf - group.weight_share;
    const std::string has = one ? " has" : " each have";
    const std::string their = one ? "its" : "their";
    if (gap == 0) {
        sentence.push_back(
            doc::markup(fmt::format("{} a Banzhaf index equal to {} weight share, {}.", has, their,
                                    share_words(group.weight_share))));
        return sentence;
    }
    sentence.push_back(doc::markup(
        fmt::format("{} a Banzhaf index of {}, {} percentage points {} {} weight share of {}.", has,
                    share_words(group.banzhaf), points_words(abs(gap)), gap > 0 ? "above" : "below",
                    their, share_words(group.weight_share))));
    return sentence;
}

// `prefix` (markup) followed by the sentence.
Inlines prefixed(std::string_view prefix, const Inlines& sentence) {
    Inlines out = {doc::markup(prefix)};
    return doc::append(out, sentence);
}

std::vector<Inlines> gap_findings(const GameFile& file, const PowerTable& table) {
    const auto* weighted = games::as_single_weighted(file.game);
    if (weighted == nullptr || !table.players.front().banzhaf)
        return {};
    const std::int64_t total = games::total_weight(*weighted);
    std::vector<WeightGroup> groups;
    for (const int player : display_order(file)) {
        const auto i = static_cast<std::size_t>(player);
        const Rational share{weighted->weights[i], total};
        if (!groups.empty() && groups.back().weight_share == share &&
            groups.back().banzhaf == *table.players[i].banzhaf) {
            groups.back().players.push_back(player);
        } else {
            groups.push_back({{player}, share, *table.players[i].banzhaf});
        }
    }
    std::vector<Inlines> sentences;
    if (groups.size() <= max_detailed_groups) {
        for (const auto& group : groups)
            sentences.push_back(gap_sentence(file, group));
        return sentences;
    }
    // Many players: the largest gaps above and below the weight share only.
    std::vector<WeightGroup> by_gap = groups;
    std::stable_sort(by_gap.begin(), by_gap.end(), [](const auto& a, const auto& b) {
        return a.banzhaf - a.weight_share > b.banzhaf - b.weight_share;
    });
    for (std::size_t k = 0; k < largest_gaps_shown && k < by_gap.size(); ++k) {
        if (by_gap[k].banzhaf > by_gap[k].weight_share)
            sentences.push_back(
                prefixed("Among the largest gains: ", gap_sentence(file, by_gap[k])));
    }
    for (std::size_t k = 0; k < largest_gaps_shown && k < by_gap.size(); ++k) {
        const auto& group = by_gap[by_gap.size() - 1 - k];
        if (group.banzhaf < group.weight_share)
            sentences.push_back(prefixed("Among the largest losses: ", gap_sentence(file, group)));
    }
    return sentences;
}

// Players with different weights but exactly the same positive Banzhaf index, one sentence per
// index value, in display order.
std::vector<Inlines> equal_power_findings(const GameFile& file, const PowerTable& table) {
    const auto* weighted = games::as_single_weighted(file.game);
    if (weighted == nullptr || !table.players.front().banzhaf)
        return {};
    std::vector<std::vector<int>> same_power;
    for (const int player : display_order(file)) {
        const Rational& banzhaf = *table.players[static_cast<std::size_t>(player)].banzhaf;
        if (banzhaf == 0)
            continue;
        const auto found = std::find_if(same_power.begin(), same_power.end(), [&](const auto& g) {
            return *table.players[static_cast<std::size_t>(g.front())].banzhaf == banzhaf;
        });
        if (found == same_power.end())
            same_power.push_back({player});
        else
            found->push_back(player);
    }
    std::vector<Inlines> sentences;
    for (const auto& players : same_power) {
        std::vector<std::string> weights;
        for (const int player : players) {
            weights.push_back(exact::to_grouped_integer_string(
                Rational{weighted->weights[static_cast<std::size_t>(player)]}));
        }
        if (std::adjacent_find(weights.begin(), weights.end(), std::not_equal_to<>{}) ==
            weights.end())
            continue;  // all of the same weight: no surprise
        auto sentence = doc::join_and(names_of(file, players));
        sentence.push_back(doc::markup(fmt::format(
            " have the same Banzhaf index, {}, although their weights differ ({}): the extra "
            "votes never make a difference.",
            value_text(*table.players[static_cast<std::size_t>(players.front())].banzhaf),
            join_and(weights))));
        sentences.push_back(std::move(sentence));
    }
    return sentences;
}

doc::Blocks findings_section(const GameFile& file, const PowerTable& table) {
    std::vector<Inlines> sentences;
    if (table.dictator) {
        const auto name = doc::text(names_of(file, {*table.dictator}).front());
        sentences.push_back(doc::format(
            "{} is a dictator: a coalition wins exactly when {} is in it.", {name, name}));
    }
    const auto vetoes = names_of(file, table.veto_players);
    if (vetoes.size() == 1) {
        // A veto player whose Banzhaf index is below its share of the weight looks contradictory.
        bool below_weight = false;
        if (const auto* weighted = games::as_single_weighted(file.game)) {
            const auto player = static_cast<std::size_t>(table.veto_players.front());
            const auto& banzhaf = table.players[player].banzhaf;
            below_weight = banzhaf && *banzhaf < Rational{weighted->weights[player],
                                                          games::total_weight(*weighted)};
        }
        sentences.push_back(doc::format(
            std::string{
                "{} can block alone (a veto player): every winning coalition contains it."} +
                (below_weight ? " Blocking is not what the Banzhaf index counts: it is the "
                                "player's share of all swings, and under a high quota many "
                                "players are critical in the few winning coalitions, so a veto "
                                "player's index can still be below its share of the weight."
                              : ""),
            {doc::text(vetoes.front())}));
    } else if (!vetoes.empty()) {
        auto sentence = doc::join_and(vetoes);
        sentence.push_back(doc::markup(
            " can each block alone (veto players): every winning coalition contains all of "
            "them."));
        sentences.push_back(std::move(sentence));
    }
    const auto dummies = names_of(file, table.dummies);
    if (dummies.size() == 1) {
        sentences.push_back(
            doc::format("{} is never pivotal (a dummy): its vote never changes the outcome.",
                        {doc::text(dummies.front())}));
    } else if (!dummies.empty()) {
        auto sentence = doc::join_and(dummies);
        sentence.push_back(
            doc::markup(" are never pivotal (dummies): their votes never change the outcome."));
        sentences.push_back(std::move(sentence));
    }
    for (auto& sentence : equal_power_findings(file, table))
        sentences.push_back(std::move(sentence));
    for (auto& sentence : gap_findings(file, table))
        sentences.push_back(std::move(sentence));
    if (sentences.empty())
        return {};
    return {doc::heading(2, {doc::markup("Findings")}), doc::bullet_list(std::move(sentences))};
}

struct Check {
    Inlines published;
    Inlines computed;
    std::string verdict;
};

Check check_index(const load::PublishedValue& entry, PowerIndex index, const PowerTable& table) {
    // As written in the source ("3/21"), with the decimal beside it.
    Check check{doc::format("{} (" + exact::to_decimal_string(entry.value, 4) + ")",
                            {doc::text(entry.value_text)}),
                {},
                ""};
    std::vector<Rational> distinct;
    for (const int player : entry.players) {
        const auto& value =
            *power::index_value(table.players[static_cast<std::size_t>(player)], index);
        if (!value)
            return {check.published, {doc::markup("not computed")}, "not checked"};
        if (std::find(distinct.begin(), distinct.end(), *value) == distinct.end())
            distinct.push_back(*value);
    }
    std::vector<std::string> texts;
    for (const auto& value : distinct)
        texts.push_back(value_text(value));
    auto computed = join_and(texts);
    if (entry.players.size() > 1 && distinct.size() == 1)
        computed += " each";
    check.computed = {doc::markup(computed)};
    check.verdict =
        distinct.size() == 1 && distinct.front() == entry.value ? "reproduced" : "DIFFERS";
    return check;
}

Check check_structure(const GameFile& file, const load::PublishedValue& entry,
                      StructuralClaim claim, const PowerTable& table) {
    const std::string published = claim == StructuralClaim::veto    ? "veto player"
                                  : claim == StructuralClaim::dummy ? "dummy"
                                                                    : "dictator";
    if (!table.structure_known)
        return {{doc::markup(published)}, {doc::markup("not computed")}, "not checked"};
    std::vector<int> failing;
    for (const int player : entry.players) {
        const auto in = [&](const std::vector<int>& list) {
            return std::find(list.begin(), list.end(), player) != list.end();
        };
        const bool holds = claim == StructuralClaim::veto    ? in(table.veto_players)
                           : claim == StructuralClaim::dummy ? in(table.dummies)
                                                             : table.dictator == player;
        if (!holds)
            failing.push_back(player);
    }
    if (failing.empty())
        return {{doc::markup(published)}, {doc::markup(published)}, "reproduced"};
    Inlines computed = {doc::markup("not " + published + ": ")};
    doc::append(computed, doc::join_and(names_of(file, failing)));
    return {{doc::markup(published)}, computed, "DIFFERS"};
}

doc::Blocks published_section(const GameFile& file, const PowerTable& table) {
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Published values")})};
    if (file.published.empty()) {
        blocks.push_back(doc::paragraph(
            {doc::markup("The game file records no published values for this game.")}));
        return blocks;
    }
    blocks.push_back(doc::paragraph(
        {doc::markup("Values from the literature that this game must reproduce, each checked "
                     "against the value computed here.")}));
    doc::Table rows{{{{doc::markup("Index")}, Align::left},
                     {{doc::markup("Players")}, Align::left},
                     {{doc::markup("Published value")}, Align::right},
                     {{doc::markup("Source")}, Align::left},
                     {{doc::markup("Computed here")}, Align::right},
                     {{doc::markup("Check")}, Align::left}},
                    {}};
    for (const auto& entry : file.published) {
        const Check check = std::visit(
            [&](const auto& claim) {
                if constexpr (std::is_same_v<std::decay_t<decltype(claim)>, PowerIndex>)
                    return check_index(entry, claim, table);
                else
                    return check_structure(file, entry, claim, table);
            },
            entry.claim);
        const std::string index = std::visit(
            [](const auto& claim) -> std::string {
                if constexpr (std::is_same_v<std::decay_t<decltype(claim)>, PowerIndex>)
                    return index_title(claim);
                else
                    return "Structure";
            },
            entry.claim);
        rows.rows.push_back({{doc::markup(index)},
                             doc::join_and(names_of(file, entry.players)),
                             check.published,
                             {doc::text(entry.source)},
                             check.computed,
                             {doc::markup(check.verdict)}});
    }
    blocks.push_back(std::move(rows));
    return blocks;
}

// ---- Charts -------------------------------------------------------------------------------

// Players of equal weight (adjacent in display order): one bar group or one line in the charts.
struct WeightClass {
    std::string name;  // "Glen Cove and Long Beach (each)"
    std::vector<int> players;
};

std::vector<WeightClass> weight_classes(const GameFile& file, const games::WeightedGame& weighted) {
    std::vector<WeightClass> classes;
    for (const int player : display_order(file)) {
        const auto weight = weighted.weights[static_cast<std::size_t>(player)];
        if (!classes.empty() &&
            weighted.weights[static_cast<std::size_t>(classes.back().players.front())] == weight) {
            classes.back().players.push_back(player);
        } else {
            classes.push_back({"", {player}});
        }
    }
    for (auto& weight_class : classes) {
        weight_class.name = join_and(names_of(file, weight_class.players));
        if (weight_class.players.size() > 1)
            weight_class.name += " (each)";
    }
    return classes;
}

GroupedBarChart power_vs_weight_chart(const GameFile& file, const std::string& name,
                                      const games::WeightedGame& weighted,
                                      const PowerTable& table) {
    const auto classes = weight_classes(file, weighted);
    const std::size_t shown = std::min(classes.size(), max_charted_classes);
    GroupedBarChart chart;
    chart.title = shown < classes.size()
                      ? fmt::format("{}: weight and power of the {} largest weights", name, shown)
                      : name + ": weight and power";
    chart.x_label = "Player";
    chart.y_label = "Share of the weight or of power (%)";
    chart.series_names = {"Share of the total weight", "Banzhaf"};
    const bool shapley_shubik = table.players.front().shapley_shubik.has_value();
    if (shapley_shubik)
        chart.series_names.push_back("Shapley–Shubik");
    chart.values.resize(chart.series_names.size());
    const std::int64_t total = games::total_weight(weighted);
    for (std::size_t k = 0; k < shown; ++k) {
        const auto player = static_cast<std::size_t>(classes[k].players.front());
        chart.categories.push_back(classes[k].name);
        chart.values[0].push_back(Rational{weighted.weights[player], total});
        chart.values[1].push_back(*table.players[player].banzhaf);
        if (shapley_shubik)
            chart.values[2].push_back(*table.players[player].shapley_shubik);
    }
    return chart;
}

StepChart threshold_chart(const GameFile& file, const std::string& name,
                          const games::WeightedGame& weighted, const power::ThresholdSweep& sweep) {
    const auto classes = weight_classes(file, weighted);
    const std::size_t shown = std::min(classes.size(), max_threshold_lines);
    const std::int64_t total = sweep.total_weight;
    StepChart chart;
    chart.title =
        shown < classes.size()
            ? fmt::format("{}: power of the {} largest weights as the quota moves", name, shown)
            : name + ": power as the quota moves";
    chart.x_label = threshold_axis_label("votes");
    chart.y_label = "Banzhaf index (%)";
    chart.x_min = Rational{total / 2, total};
    chart.x_max = 1;
    for (std::size_t k = 0; k < shown; ++k)
        chart.series.push_back({classes[k].name, {}});
    for (std::size_t s = 0; s < sweep.steps.size(); ++s) {
        const auto& step = sweep.steps[s];
        chart.x.push_back(Rational{step.first_quota - 1, total});
        if (s > 0)
            chart.jumps.push_back(chart.x.back());
        for (std::size_t k = 0; k < shown; ++k) {
            chart.series[k].y.push_back(
                step.banzhaf[static_cast<std::size_t>(classes[k].players.front())]);
        }
    }
    // At the quota's share, the convention of every threshold chart (threshold_chart).
    chart.markers.push_back({Rational{weighted.quota, total},
                             fmt::format("this game: quota {} ({})",
                                         exact::to_grouped_integer_string(Rational{weighted.quota}),
                                         exact::to_percent_string(Rational{weighted.quota, total}))});
    return chart;
}

doc::Blocks charts_section(const std::string& name, const power::ThresholdSweep& sweep) {
    const std::size_t jumps = sweep.steps.size() - 1;
    std::string text;
    if (sweep.exhaustive) {
        text = fmt::format(
            "{} as the quota moves from a simple majority to unanimity (every one of the {} "
            "quotas evaluated; dashed lines mark the jumps, the solid line this game's quota).",
            jumps == 0   ? std::string{"Power never jumps"}
            : jumps == 1 ? std::string{"Power jumps once"}
                         : fmt::format("Power jumps {} times", jumps),
            sweep.evaluated_quotas);
    } else {
        text = fmt::format(
            "Power as the quota moves from a simple majority to unanimity, sampled at {} quotas "
            "(there are too many to evaluate each): the indices differ between {} pairs of "
            "adjacent samples, and with this many players they change at many more quotas in "
            "between. Each step of the chart holds one sample's values up to the next sample; "
            "dashed lines mark where the sampled values change, the solid line this game's "
            "quota.",
            sweep.evaluated_quotas, jumps);
    }
    return {doc::heading(2, {doc::markup("Charts")}),
            doc::paragraph(
                {doc::image("Bar chart: each player's share of the total weight beside its power",
                            name + "-power-vs-weight.svg")}),
            doc::paragraph({doc::markup(text)}),
            doc::paragraph(
                {doc::image("Step chart: the Banzhaf index of each weight as the quota moves",
                            name + "-threshold.svg")})};
}

// The appendix: every index the file asks for that the main table does not show, beside
// Banzhaf and Shapley–Shubik (the values for blocs stay in the main table only, so that the
// table keeps to the width of a page).
doc::Blocks appendix_section(const GameFile& file, const PowerTable& table) {
    const auto indices = shown_indices(file);
    if (main_indices(file).size() == indices.size())
        return {};
    std::vector<PowerIndex> appendix;
    for (const PowerIndex index : indices)
        if (index != PowerIndex::owen && index != PowerIndex::banzhaf_owen)
            appendix.push_back(index);
    return {doc::heading(2, {doc::markup("Appendix: every index of every player")}),
            players_table(file, table, appendix, false)};
}

struct Rendered {
    std::string markdown;
    std::vector<std::pair<std::string, std::string>> charts;  // file name, SVG
    std::vector<OutputFile> tables;  // CSV, paths relative to the report's folder
};

Rendered render(const analysis::ExampleFacts& facts, const ReportContext& context,
                const std::string& name) {
    const GameFile& file = facts.file;
    const PowerTable& table = facts.table;
    Rendered rendered;
    doc::Blocks charts;
    const auto* weighted = games::as_single_weighted(file.game);
    if (weighted != nullptr && facts.sweep) {
        const power::ThresholdSweep& sweep = *facts.sweep;
        const std::string title = game_name(file, context);
        charts = charts_section(name, sweep);
        rendered.charts.push_back(
            {name + "-power-vs-weight.svg",
             render_svg(power_vs_weight_chart(file, title, *weighted, table))});
        rendered.charts.push_back(
            {name + "-threshold.svg", render_svg(threshold_chart(file, title, *weighted, sweep))});
    }
    doc::Blocks document = title_and_metadata(file, context);
    for (auto section : {source_section(file), rule_section(file, facts.idle_parts), how_to_read(file),
                         power_table_section(file, table), structure_section(file, table),
                         findings_section(file, table), charts, published_section(file, table),
                         appendix_section(file, table)}) {
        doc::append(document, std::move(section));
    }
    rendered.tables = link_tables_as_csv(document, name);
    rendered.markdown = doc::to_markdown(document);
    return rendered;
}

}  // namespace

std::string render_example_report(const analysis::ExampleFacts& facts, const ReportContext& context,
                                  const std::string& name) {
    return render(facts, context, name).markdown;
}

std::vector<OutputFile> render_example_files(const analysis::ExampleFacts& facts,
                                             const ReportContext& context,
                                             const std::filesystem::path& stem) {
    const std::string name = stem.filename().string();
    Rendered rendered = render(facts, context, name);
    std::vector<OutputFile> files = {
        {std::filesystem::path{stem.string() + ".md"}, std::move(rendered.markdown)}};
    for (auto& [file_name, svg] : rendered.charts)
        files.push_back({stem.parent_path() / file_name, std::move(svg)});
    for (auto& table : rendered.tables)
        files.push_back({stem.parent_path() / table.path, std::move(table.contents)});
    return files;
}

}  // namespace jvgov::report
