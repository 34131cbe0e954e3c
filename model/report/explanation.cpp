#include "model/report/explanation.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "model/governance/date.hpp"
#include "model/power/explain.hpp"
#include "model/report/document.hpp"
#include "model/report/rule_wording.hpp"

namespace jvgov::report {

namespace {

using doc::Inlines;

constexpr int decimals = 4;

const std::string& name_of(const compile::CompiledGame& compiled, int player) {
    return compiled.players[static_cast<std::size_t>(player)].name;
}

// "{A, B}": the names of the coalition's players (model text).
Inlines coalition_text(const compile::CompiledGame& compiled, games::Coalition coalition) {
    std::vector<std::string> names;
    for (int i : games::members(coalition))
        names.push_back(name_of(compiled, i));
    Inlines out = {doc::markup("{")};
    doc::append(out, doc::join_texts(names, ", "));
    out.push_back(doc::markup("}"));
    return out;
}

std::string value_text(const exact::Rational& value) {
    return fmt::format("{} ≈ {}", exact::to_fraction_string(value),
                       exact::to_decimal_string(value, decimals));
}

exact::Integer factorial(int n) {
    exact::Integer result = 1;
    for (int k = 2; k <= n; ++k)
        result *= k;
    return result;
}

Inlines markup_line(std::string_view markup) {
    return {doc::markup(markup)};
}

// A table in the style `jvgov explain` has always printed (compact delimiter row).
doc::Table new_table(const std::vector<std::pair<std::string, Align>>& headers) {
    doc::Table table;
    table.delimiters = doc::Table::Delimiters::compact;
    for (const auto& [header, align] : headers)
        table.columns.push_back({markup_line(header), align});
    return table;
}

std::string view_words(const compile::CompiledGame& compiled) {
    switch (compiled.view) {
        case compile::View::members:
            return "members' meeting: one player per member, weighted by its voting interest";
        case compile::View::individual:
            return "board, individual view: one player per seat, each director votes for itself";
        case compile::View::bloc:
            return "board, bloc view: directors vote with the party that appointed them, one "
                   "player per appointer weighted by its seats";
    }
    return {};
}

doc::Blocks game_section(const governance::Model& model, const governance::Body& body,
                         const governance::Matter& matter, const compile::CompiledGame& compiled) {
    doc::Blocks blocks = {doc::heading(2, markup_line("The matter and its rule"))};
    blocks.push_back(doc::bullet_list({
        doc::format("Body: {} ({})", {doc::text(body.name), doc::code(body.id)}),
        doc::format("Matter: {} ({}){}",
                    {doc::text(matter.name), doc::code(matter.id),
                     doc::markup(compiled.is_default ? ", the body's default rule (it covers "
                                                       "matters not listed)"
                                                     : "")}),
        markup_line(fmt::format("View: {}{}", view_words(compiled),
                                compiled.declared_view ? " (the view the model declares)"
                                                       : " (not the view the model declares)")),
        {doc::markup("The rule in words: "), doc::text(rule_in_words(model, compiled))},
    }));
    blocks.push_back(doc::heading(2, markup_line("The game")));
    blocks.push_back(doc::paragraph(
        {doc::markup(fmt::format("As a simple game over {} player{}: ", compiled.players.size(),
                                 compiled.players.size() == 1 ? "" : "s")),
         doc::code(games::describe(compiled.game))}));
    auto table = new_table({{"Player", Align::left},
                            {"Id", Align::left},
                            {"Economic stake", Align::right},
                            {"Voting stake", Align::right},
                            {"Votes on this matter", Align::left}});
    for (const auto& player : compiled.players) {
        table.rows.push_back({{doc::text(player.name)},
                              {doc::code(player.id)},
                              markup_line(exact::to_percent_string(player.economic)),
                              markup_line(exact::to_percent_string(player.voting)),
                              markup_line(player.entitled_to_vote ? "yes" : "no (excluded)")});
    }
    blocks.push_back(doc::Block{table});
    return blocks;
}

doc::Blocks power_section(const compile::CompiledGame& compiled, int p,
                          const power::PowerTable& table) {
    const auto& row = table.players[static_cast<std::size_t>(p)];
    const auto& player = compiled.players[static_cast<std::size_t>(p)];
    doc::Blocks blocks = {doc::heading(2, doc::format("{}'s power", {doc::text(player.name)}))};
    auto values =
        new_table({{"Index", Align::left}, {"Exact", Align::right}, {"Decimal", Align::right}});
    const auto line = [&values](std::string_view index, const std::optional<exact::Rational>& v) {
        if (v) {
            values.rows.push_back({markup_line(index), markup_line(exact::to_fraction_string(*v)),
                                   markup_line(exact::to_decimal_string(*v, decimals))});
        }
    };
    line("Banzhaf (normalised)", row.banzhaf);
    line("Penrose (absolute Banzhaf)", row.penrose);
    line("Shapley-Shubik", row.shapley_shubik);
    blocks.push_back(doc::Block{values});
    if (compiled.ocean) {
        blocks.push_back(doc::paragraph(markup_line(
            "The players face a dispersed float (many small holders, none of them a player): "
            "these values are its oceanic limits (Banzhaf and Penrose after Dubey and Shapley, "
            "1979; Shapley-Shubik after Milnor and Shapley, 1978). The coalitions and orderings "
            "below are those of the game among the major holders in which the float votes half "
            "for and half against.")));
    }
    blocks.push_back(doc::paragraph(doc::format(
        fmt::format(
            "For comparison: {{}}'s voting stake is {} ({}) and its economic stake {} "
            "({}).",
            exact::to_fraction_string(player.voting), exact::to_percent_string(player.voting),
            exact::to_fraction_string(player.economic), exact::to_percent_string(player.economic)),
        {doc::text(player.name)})));
    return blocks;
}

doc::Blocks swings_section(const compile::CompiledGame& compiled, int p,
                           const power::PlayerExplanation& e, const power::PowerTable& table) {
    const int n = static_cast<int>(compiled.players.size());
    const auto name = doc::text(name_of(compiled, p));
    const exact::Integer others = exact::Integer{1} << (n - 1);
    exact::Integer all_swings = 0;
    for (const auto& row : table.players)
        all_swings += row.swings.value_or(0);
    doc::Blocks blocks = {
        doc::heading(2, doc::format("Coalitions in which {} is critical (swings)", {name}))};
    blocks.push_back(doc::paragraph(doc::format(
        fmt::format(
            "{{}} is critical in a coalition when the coalition wins with {{}} and loses without "
            "it. Of the {} coalitions the other {} players can form, {} become winning when {{}} "
            "joins, so its Penrose (absolute Banzhaf) index is {}/{} = {}. All players together "
            "have {} swings, so its normalised Banzhaf index is {}/{} = {}.",
            others.str(), n - 1, e.swing_count.str(), e.swing_count.str(), others.str(),
            value_text(exact::Rational(e.swing_count, others)), all_swings.str(),
            e.swing_count.str(), all_swings.str(),
            all_swings == 0 ? std::string("0")
                            : value_text(exact::Rational(e.swing_count, all_swings))),
        {name, name, name})));
    std::vector<Inlines> items;
    if (e.swing_count == 0) {
        items.push_back(doc::format(
            "none: no coalition of the others turns from losing to winning when {} joins", {name}));
    }
    for (games::Coalition c : e.swing_coalitions) {
        Inlines item = {doc::markup("with "), name, doc::markup(", ")};
        doc::append(item, coalition_text(compiled, c | games::singleton(p)));
        doc::append(item, Inlines{doc::markup(" wins; without "), name, doc::markup(", ")});
        doc::append(item, coalition_text(compiled, c));
        item.push_back(doc::markup(" loses"));
        items.push_back(std::move(item));
    }
    if (!e.listed_all) {
        items.push_back(markup_line(
            fmt::format("... ({} listed of {})", e.swing_coalitions.size(), e.swing_count.str())));
    }
    blocks.push_back(doc::bullet_list(std::move(items)));
    return blocks;
}

doc::Blocks orderings_section(const compile::CompiledGame& compiled, int p,
                              const power::PlayerExplanation& e) {
    const int n = static_cast<int>(compiled.players.size());
    const auto name = doc::text(name_of(compiled, p));
    doc::Blocks blocks = {doc::heading(2, doc::format("Orderings in which {} is pivotal", {name}))};
    blocks.push_back(doc::paragraph(doc::format(
        fmt::format(
            "Let the {} players join one at a time, each of the {}! = {} orders equally likely. "
            "The pivotal player of an order is the one whose arrival first makes the coalition "
            "win. {{}} is pivotal exactly when the players before it form one of its swing "
            "coalitions S: then the |S| players of S can come first in |S|! orders and the other "
            "{} - |S| players after {{}} in ({} - |S|)! orders.",
            n, n, e.total_orderings.str(), n - 1, n - 1),
        {name, name})));
    if (e.listed_all && !e.swing_coalitions.empty()) {
        auto table = new_table({{"Size of S", Align::right},
                                {"Swing coalitions", Align::right},
                                {"Orderings each", Align::right},
                                {"Orderings", Align::right}});
        for (int s = 0; s < n; ++s) {
            const auto count =
                std::count_if(e.swing_coalitions.begin(), e.swing_coalitions.end(),
                              [s](games::Coalition c) { return games::size(c) == s; });
            if (count == 0)
                continue;
            const exact::Integer each = factorial(s) * factorial(n - 1 - s);
            table.rows.push_back(
                {markup_line(fmt::format("{}", s)), markup_line(fmt::format("{}", count)),
                 markup_line(fmt::format("{}! × {}! = {}", s, n - 1 - s, each.str())),
                 markup_line(exact::Integer(each * count).str())});
        }
        blocks.push_back(doc::Block{table});
    }
    blocks.push_back(doc::paragraph(doc::format(
        fmt::format("{{}} is pivotal in {} of the {} orderings: its Shapley-Shubik index is "
                    "{}/{} = {}.",
                    e.pivotal_orderings.str(), e.total_orderings.str(), e.pivotal_orderings.str(),
                    e.total_orderings.str(),
                    value_text(exact::Rational(e.pivotal_orderings, e.total_orderings))),
        {name})));
    return blocks;
}

// One item per minimal winning coalition; those containing player p are marked when `mark`.
std::vector<Inlines> minimal_winning_items(const compile::CompiledGame& compiled,
                                           const std::vector<games::Coalition>& list, int p,
                                           bool mark) {
    std::vector<Inlines> items;
    for (games::Coalition c : list) {
        auto item = coalition_text(compiled, c);
        if (mark && games::contains(c, p))
            doc::append(item, doc::format(" (contains {})", {doc::text(name_of(compiled, p))}));
        items.push_back(std::move(item));
    }
    return items;
}

doc::Blocks structure_section(const compile::CompiledGame& compiled, int p,
                              const power::PowerTable& table) {
    const auto& player = compiled.players[static_cast<std::size_t>(p)];
    const auto name = doc::text(player.name);
    const bool dummy =
        std::find(table.dummies.begin(), table.dummies.end(), p) != table.dummies.end();
    const bool veto = std::find(table.veto_players.begin(), table.veto_players.end(), p) !=
                      table.veto_players.end();
    Inlines title;
    Inlines words;
    if (table.dictator == p) {
        title = doc::format("{} is a dictator", {name});
        words = doc::format("A coalition wins exactly when it contains {}: {} decides alone.",
                            {name, name});
    } else if (veto) {
        title = doc::format("{} has a veto", {name});
        words = doc::format(
            "Every winning coalition contains {}: without {} nothing passes, so {} can block "
            "any decision alone.",
            {name, name, name});
    } else if (dummy) {
        title = doc::format("Why {} is a dummy", {name});
        if (!player.entitled_to_vote) {
            words = doc::format(
                "{} may not vote on this matter (it is excluded: a conflict of interest), so it "
                "counts as a player with no votes. ",
                {name});
        }
        doc::append(words,
                    doc::format("In no winning coalition is {} needed: every winning coalition "
                                "that contains {} still wins without it. So {} is critical in no "
                                "coalition and pivotal in no ordering, and its Banzhaf and "
                                "Shapley-Shubik values are 0, whatever its stake.",
                                {name, name, name}));
    } else {
        title = markup_line("The minimal winning coalitions");
        words = doc::format(
            "{} is neither a dummy nor a veto player: it is needed in some winning coalitions but "
            "not in all.",
            {name});
    }
    doc::Blocks blocks = {doc::heading(2, std::move(title))};
    if (table.minimal_winning_list && table.dictator != p) {
        const auto& list = *table.minimal_winning_list;
        const auto with_p = std::count_if(
            list.begin(), list.end(), [p](games::Coalition c) { return games::contains(c, p); });
        const std::string how_many =
            list.size() == 1 ? (with_p == 1 ? "it contains" : "it does not contain")
            : with_p == static_cast<std::ptrdiff_t>(list.size()) ? "every one contains"
            : with_p == 0                                        ? "none contains"
                          : fmt::format("{} of them contain", with_p);
        doc::append(words,
                    doc::format(fmt::format(" The game has {} minimal winning coalition{} "
                                            "(winning coalitions that lose if any member "
                                            "leaves); {} {{}}:",
                                            list.size(), list.size() == 1 ? "" : "s", how_many),
                                {name}));
        blocks.push_back(doc::paragraph(std::move(words)));
        blocks.push_back(
            doc::bullet_list(minimal_winning_items(compiled, list, p, !dummy && !veto)));
    } else {
        blocks.push_back(doc::paragraph(std::move(words)));
    }
    return blocks;
}

}  // namespace

std::string render_explanation(const governance::Model& model_on_date,
                               const analysis::ExplanationFacts& facts,
                               const std::string& model_file) {
    const auto& compiled = facts.compiled;
    const int player = facts.player;
    doc::Blocks blocks = {
        doc::heading(
            1, doc::format("Why {} has its power: {}",
                           {doc::text(name_of(compiled, player)), doc::text(facts.matter.name)})),
        doc::paragraph(doc::format(
            "Model: {}, as of {}.",
            {doc::text(model_file), doc::markup(governance::to_iso_string(facts.day))})),
    };
    doc::append(blocks, game_section(model_on_date, facts.body, facts.matter, compiled));
    doc::append(blocks, power_section(compiled, player, facts.table));
    doc::append(blocks, swings_section(compiled, player, facts.explanation, facts.table));
    doc::append(blocks, orderings_section(compiled, player, facts.explanation));
    doc::append(blocks, structure_section(compiled, player, facts.table));
    return doc::to_markdown(blocks);
}

}  // namespace jvgov::report
