#include "model/report/explanation.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>
#include <fmt/format.h>

#include "model/governance/date.hpp"
#include "model/power/explain.hpp"
#include "model/report/rule_wording.hpp"

namespace jvgov::report {

namespace {

constexpr int decimals = 4;

std::string coalition_text(const compile::CompiledGame& compiled, games::Coalition coalition) {
    std::vector<std::string> names;
    for (int i : games::members(coalition))
        names.push_back(compiled.players[static_cast<std::size_t>(i)].name);
    return fmt::format("{{{}}}", fmt::join(names, ", "));
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

std::string game_section(const governance::Model& model, const governance::Body& body,
                         const governance::Matter& matter, const compile::CompiledGame& compiled) {
    std::string out = "## The matter and its rule\n\n";
    out += fmt::format("- Body: {} (`{}`)\n", body.name, body.id);
    out += fmt::format("- Matter: {} (`{}`){}\n", matter.name, matter.id,
                       compiled.is_default ? ", the body's default rule (it covers matters not "
                                             "listed)"
                                           : "");
    out += fmt::format("- View: {}{}\n", view_words(compiled),
                       compiled.declared_view ? " (the view the model declares)"
                                              : " (not the view the model declares)");
    out += fmt::format("- The rule in words: {}\n", rule_in_words(model, compiled));
    out += "\n## The game\n\n";
    out += fmt::format("As a simple game over {} player{}: `{}`\n\n", compiled.players.size(),
                       compiled.players.size() == 1 ? "" : "s", games::describe(compiled.game));
    out += "| Player | Id | Economic stake | Voting stake | Votes on this matter |\n";
    out += "|---|---|---:|---:|---|\n";
    for (const auto& player : compiled.players) {
        out += fmt::format("| {} | `{}` | {} | {} | {} |\n", player.name, player.id,
                           exact::to_percent_string(player.economic),
                           exact::to_percent_string(player.voting),
                           player.entitled_to_vote ? "yes" : "no (excluded)");
    }
    return out;
}

std::string power_section(const compile::CompiledGame& compiled, int p,
                          const power::PowerTable& table) {
    const auto& row = table.players[static_cast<std::size_t>(p)];
    const std::string& name = compiled.players[static_cast<std::size_t>(p)].name;
    std::string out = fmt::format("\n## {}'s power\n\n", name);
    out += "| Index | Exact | Decimal |\n|---|---:|---:|\n";
    const auto line = [&out](std::string_view index, const std::optional<exact::Rational>& v) {
        if (v)
            out += fmt::format("| {} | {} | {} |\n", index, exact::to_fraction_string(*v),
                               exact::to_decimal_string(*v, decimals));
    };
    line("Banzhaf (normalised)", row.banzhaf);
    line("Penrose (absolute Banzhaf)", row.penrose);
    line("Shapley-Shubik", row.shapley_shubik);
    const auto& player = compiled.players[static_cast<std::size_t>(p)];
    out += fmt::format(
        "\nFor comparison: {}'s voting stake is {} ({}) and its economic stake {} "
        "({}).\n",
        name, exact::to_fraction_string(player.voting), exact::to_percent_string(player.voting),
        exact::to_fraction_string(player.economic), exact::to_percent_string(player.economic));
    return out;
}

std::string swings_section(const compile::CompiledGame& compiled, int p,
                           const power::PlayerExplanation& e, const power::PowerTable& table) {
    const int n = static_cast<int>(compiled.players.size());
    const std::string& name = compiled.players[static_cast<std::size_t>(p)].name;
    const exact::Integer others = exact::Integer{1} << (n - 1);
    exact::Integer all_swings = 0;
    for (const auto& row : table.players)
        all_swings += row.swings.value_or(0);
    std::string out = fmt::format("\n## Coalitions in which {} is critical (swings)\n\n", name);
    out += fmt::format(
        "{} is critical in a coalition when the coalition wins with {} and loses without it. Of "
        "the {} coalitions the other {} players can form, {} become winning when {} joins, so "
        "its Penrose (absolute Banzhaf) index is {}/{} = {}. All players together have {} swings, "
        "so its normalised Banzhaf index is {}/{} = {}.\n\n",
        name, name, others.str(), n - 1, e.swing_count.str(), name, e.swing_count.str(),
        others.str(), value_text(exact::Rational(e.swing_count, others)), all_swings.str(),
        e.swing_count.str(), all_swings.str(),
        all_swings == 0 ? std::string("0")
                        : value_text(exact::Rational(e.swing_count, all_swings)));
    if (e.swing_count == 0) {
        out += fmt::format(
            "- none: no coalition of the others turns from losing to winning when "
            "{} joins\n",
            name);
    }
    for (games::Coalition c : e.swing_coalitions) {
        out += fmt::format("- with {}, {} wins; without {}, {} loses\n", name,
                           coalition_text(compiled, c | games::singleton(p)), name,
                           coalition_text(compiled, c));
    }
    if (!e.listed_all) {
        out += fmt::format("- ... ({} listed of {})\n", e.swing_coalitions.size(),
                           e.swing_count.str());
    }
    return out;
}

std::string orderings_section(const compile::CompiledGame& compiled, int p,
                              const power::PlayerExplanation& e) {
    const int n = static_cast<int>(compiled.players.size());
    const std::string& name = compiled.players[static_cast<std::size_t>(p)].name;
    std::string out = fmt::format("\n## Orderings in which {} is pivotal\n\n", name);
    out += fmt::format(
        "Let the {} players join one at a time, each of the {}! = {} orders equally likely. The "
        "pivotal player of an order is the one whose arrival first makes the coalition win. {} "
        "is pivotal exactly when the players before it form one of its swing coalitions S: then "
        "the |S| players of S can come first in |S|! orders and the other {} - |S| players "
        "after {} in ({} - |S|)! orders.\n\n",
        n, n, e.total_orderings.str(), name, n - 1, name, n - 1);
    if (e.listed_all && !e.swing_coalitions.empty()) {
        out += "| Size of S | Swing coalitions | Orderings each | Orderings |\n";
        out += "|---:|---:|---:|---:|\n";
        for (int s = 0; s < n; ++s) {
            const auto count =
                std::count_if(e.swing_coalitions.begin(), e.swing_coalitions.end(),
                              [s](games::Coalition c) { return games::size(c) == s; });
            if (count == 0)
                continue;
            const exact::Integer each = factorial(s) * factorial(n - 1 - s);
            out += fmt::format("| {} | {} | {}! × {}! = {} | {} |\n", s, count, s, n - 1 - s,
                               each.str(), exact::Integer(each * count).str());
        }
        out += "\n";
    }
    out += fmt::format(
        "{} is pivotal in {} of the {} orderings: its Shapley-Shubik index is "
        "{}/{} = {}.\n",
        name, e.pivotal_orderings.str(), e.total_orderings.str(), e.pivotal_orderings.str(),
        e.total_orderings.str(),
        value_text(exact::Rational(e.pivotal_orderings, e.total_orderings)));
    return out;
}

// One line per minimal winning coalition; those containing player p are marked when `mark`.
std::string minimal_winning_lines(const compile::CompiledGame& compiled,
                                  const std::vector<games::Coalition>& list, int p, bool mark) {
    const std::string& name = compiled.players[static_cast<std::size_t>(p)].name;
    std::string out;
    for (games::Coalition c : list) {
        out +=
            fmt::format("- {}{}\n", coalition_text(compiled, c),
                        mark && games::contains(c, p) ? fmt::format(" (contains {})", name) : "");
    }
    return out;
}

std::string structure_section(const compile::CompiledGame& compiled, int p,
                              const power::PowerTable& table) {
    const auto& player = compiled.players[static_cast<std::size_t>(p)];
    const std::string& name = player.name;
    const bool dummy =
        std::find(table.dummies.begin(), table.dummies.end(), p) != table.dummies.end();
    const bool veto = std::find(table.veto_players.begin(), table.veto_players.end(), p) !=
                      table.veto_players.end();
    std::string out;
    if (table.dictator == p) {
        out += fmt::format("\n## {} is a dictator\n\n", name);
        out += fmt::format("A coalition wins exactly when it contains {}: {} decides alone.\n",
                           name, name);
    } else if (veto) {
        out += fmt::format("\n## {} has a veto\n\n", name);
        out += fmt::format(
            "Every winning coalition contains {}: without {} nothing passes, so {} can block "
            "any decision alone.",
            name, name, name);
    } else if (dummy) {
        out += fmt::format("\n## Why {} is a dummy\n\n", name);
        if (!player.entitled_to_vote) {
            out += fmt::format(
                "{} may not vote on this matter (it is excluded: a conflict of "
                "interest), so it counts as a player with no votes. ",
                name);
        }
        out += fmt::format(
            "In no winning coalition is {} needed: every winning coalition that contains {} "
            "still wins without it. So {} is critical in no coalition and pivotal in no "
            "ordering, and its Banzhaf and Shapley-Shubik values are 0, whatever its stake.",
            name, name, name);
    } else {
        out += "\n## The minimal winning coalitions\n\n";
        out += fmt::format(
            "{} is neither a dummy nor a veto player: it is needed in some winning "
            "coalitions but not in all.",
            name);
    }
    if (table.minimal_winning_list && table.dictator != p) {
        const auto& list = *table.minimal_winning_list;
        const auto with_p = std::count_if(
            list.begin(), list.end(), [p](games::Coalition c) { return games::contains(c, p); });
        const std::string how_many =
            list.size() == 1 ? (with_p == 1 ? "it contains" : "it does not contain")
            : with_p == static_cast<std::ptrdiff_t>(list.size()) ? "every one contains"
            : with_p == 0                                        ? "none contains"
                          : fmt::format("{} of them contain", with_p);
        out += fmt::format(
            " The game has {} minimal winning coalition{} (winning coalitions that "
            "lose if any member leaves); {} {}:\n\n",
            list.size(), list.size() == 1 ? "" : "s", how_many, name);
        out += minimal_winning_lines(compiled, list, p, !dummy && !veto);
    } else {
        out += "\n";
    }
    return out;
}

}  // namespace

std::string render_explanation(const governance::Model& model_on_date,
                               const analysis::ExplanationFacts& facts,
                               const std::string& model_file) {
    const auto& compiled = facts.compiled;
    const int player = facts.player;
    const std::string& name = compiled.players[static_cast<std::size_t>(player)].name;
    std::string out = fmt::format("# Why {} has its power: {}\n\n", name, facts.matter.name);
    out += fmt::format("Model: {}, as of {}.\n\n", model_file, governance::to_iso_string(facts.day));
    out += game_section(model_on_date, facts.body, facts.matter, compiled);
    out += power_section(compiled, player, facts.table);
    out += swings_section(compiled, player, facts.explanation, facts.table);
    out += orderings_section(compiled, player, facts.explanation);
    out += structure_section(compiled, player, facts.table);
    return out;
}

}  // namespace jvgov::report
