#include "model/report/voting_power_report.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include <fmt/core.h>

#include "model/compile/compile_games.hpp"
#include "model/exact/rational.hpp"
#include "model/games/coalition.hpp"
#include "model/games/simple_game.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/power/compute.hpp"
#include "model/report/markdown.hpp"

namespace jvgov::report {

namespace {

using compile::CompiledGame;
using compile::View;
using governance::Date;
using governance::Model;
using governance::Rational;

// "40.00%", or "33.33% (exactly 1/3)" when two decimals hide the exact value.
std::string share_text(const Rational& value) {
    auto text = exact::to_percent_string(value, 2);
    if (denominator(Rational{value * 10000}) != 1)
        text += " (exactly " + exact::to_fraction_string(value) + ")";
    return text;
}

// "6.67 (exactly 20/3)", or "10.00" when two decimals show the exact value.
std::string points_text(const Rational& points) {
    auto text = exact::to_decimal_string(points, 2);
    if (denominator(Rational{points * 100}) != 1)
        text += " (exactly " + exact::to_fraction_string(points) + ")";
    return text;
}

// "1/3 (0.3333)"; "—" when the index was not computed.
std::string index_text(const std::optional<Rational>& value) {
    if (!value)
        return "";
    return exact::to_fraction_string(*value) + " (" + exact::to_decimal_string(*value, 4) + ")";
}

std::string join_and(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? " and " : ", ";
        text += items[i];
    }
    return text;
}

std::string body_name(const Model& model, const std::string& id) {
    for (const auto& body : model.bodies) {
        if (body.id == id)
            return body.name;
    }
    return id;
}

std::string matter_name(const Model& model, const std::string& body, const std::string& id) {
    for (const auto& matter : model.matters) {
        if (matter.body == body && matter.id == id)
            return matter.name;
    }
    return id;
}

std::string party_name(const Model& model, const std::string& id) {
    const auto* party = governance::find_party(model, id);
    return party ? party->name : id;
}

// A party of a game: the player itself, or on a board in the individual view the appointer of
// one or more directors (an independent director stays on its own).
struct PartyGroup {
    std::string id;
    std::string name;
    Rational economic;
    Rational voting;
    std::vector<int> players;
};

std::vector<PartyGroup> party_groups(const Model& model, const CompiledGame& game) {
    std::vector<PartyGroup> groups;
    for (std::size_t i = 0; i < game.players.size(); ++i) {
        const auto& player = game.players[i];
        const bool by_appointer = game.view == View::individual && !player.appointer.empty();
        const auto id = by_appointer ? player.appointer : player.id;
        auto found = std::find_if(groups.begin(), groups.end(),
                                  [&](const PartyGroup& group) { return group.id == id; });
        if (found == groups.end()) {
            groups.push_back({id,
                              by_appointer ? party_name(model, id) : player.name,
                              player.economic,
                              player.voting,
                              {}});
            found = groups.end() - 1;
        }
        found->players.push_back(static_cast<int>(i));
    }
    return groups;
}

Rational summed_banzhaf(const power::PowerTable& table, const PartyGroup& group) {
    Rational sum = 0;
    for (const auto player : group.players)
        sum += table.players[static_cast<std::size_t>(player)].banzhaf.value_or(Rational{0});
    return sum;
}

std::string game_title(const Model& model, const CompiledGame& game) {
    auto title = body_name(model, game.body) + ": " + matter_name(model, game.body, game.matter);
    if (game.view != View::members)
        title += " (" + compile::view_name(game.view) + " view)";
    return title;
}

std::vector<std::string> player_names(const CompiledGame& game, const std::vector<int>& players) {
    std::vector<std::string> names;
    for (const auto player : players)
        names.push_back(game.players[static_cast<std::size_t>(player)].name);
    return names;
}

// ---- Sections -----------------------------------------------------------------------------

std::string title_and_metadata(const Model& full, Date day, const ReportContext& context) {
    std::string why;
    if (full.info.as_of && *full.info.as_of == day) {
        why = " (the model's own date)";
    } else if (const auto latest = governance::latest_event_date(full); latest && *latest == day) {
        why = " (the date of the latest event in the model)";
    }
    std::vector<std::string> items = {
        "Model file: " + code(context.model_path),
        "As of: " + governance::to_iso_string(day) + why,
        "Generated by: " + context.tool_version,
    };
    for (const auto& related : context.related) {
        items.push_back(
            fmt::format("See also: [{}]({}), {}", related.file, related.file, related.description));
    }
    items.push_back("Charts and JSON: later version.");
    return join_blocks({heading(1, "Voting power in " + full.info.name + " as of " +
                                       governance::to_iso_string(day)),
                        bullet_list(items)});
}

std::string how_to_read() {
    return join_blocks(
        {heading(2, "How to read this report"),
         "Each decision body votes on each matter by a rule; the rule is compiled into a simple "
         "game (which coalitions of players win) and the power of every player is computed "
         "exactly. Each index is shown as an exact fraction with its decimal value beside it, "
         "e.g. 1/3 (0.3333).",
         bullet_list({
             "**Banzhaf**: the player's share of all swings (a swing: a winning coalition that "
             "loses when the player leaves it).",
             "**Penrose** (absolute Banzhaf): the probability that the player is decisive when "
             "every other player votes yes or no with even odds.",
             "**Shapley–Shubik**: the share of the orderings of the players in which the player "
             "is pivotal (turns the coalition formed so far from losing to winning).",
             "**Deegan–Packel**: each minimal winning coalition is equally likely and shares its "
             "power equally among its members.",
             "**Public good** (Holler): the share of the minimal winning coalitions the player "
             "belongs to.",
             "**Johnston**: like Banzhaf, but a swing is shared among all the players critical "
             "in that coalition.",
             "A **veto player** is in every winning coalition: it can block the matter alone. A "
             "**dummy** is never decisive: its vote never changes the outcome. A **dictator** "
             "wins exactly when it votes yes.",
             "Power differs from stake because only the winning coalitions matter: a 40% holder "
             "under a 60% threshold may be as powerful as a 20% holder, and a majority holder may "
             "hold all the power.",
         })});
}

struct GameResult {
    CompiledGame game;
    power::PowerTable table;
    std::vector<PartyGroup> groups;
};

std::vector<std::string> findings(const GameResult& result) {
    const auto& game = result.game;
    const auto& table = result.table;
    std::vector<std::string> sentences;
    if (table.dictator) {
        sentences.push_back(
            fmt::format("{} decides alone: a coalition wins exactly when it includes {}.",
                        game.players[static_cast<std::size_t>(*table.dictator)].name,
                        game.players[static_cast<std::size_t>(*table.dictator)].name));
    }
    for (const auto player : table.veto_players) {
        if (table.dictator && *table.dictator == player)
            continue;
        sentences.push_back(fmt::format("{} can block this matter alone (a veto player).",
                                        game.players[static_cast<std::size_t>(player)].name));
    }
    for (const auto player : table.dummies) {
        const auto& compiled = game.players[static_cast<std::size_t>(player)];
        sentences.push_back(
            fmt::format("{} is never pivotal: its vote never changes the outcome{}.", compiled.name,
                        compiled.entitled_to_vote ? "" : " (it may not vote on this matter)"));
    }
    if (table.players.empty() || !table.players.front().banzhaf)
        return sentences;
    for (const auto& group : result.groups) {
        const auto banzhaf = summed_banzhaf(table, group);
        const Rational gap = (banzhaf - group.voting) * 100;
        const auto subject = group.players.size() > 1
                                 ? fmt::format("{}'s {} directors together have a Banzhaf index of",
                                               group.name, group.players.size())
                                 : fmt::format("{} has a Banzhaf index of", group.name);
        if (gap == 0) {
            sentences.push_back(
                fmt::format("{} {}, equal to its voting stake.", subject, share_text(banzhaf)));
        } else {
            sentences.push_back(
                fmt::format("{} {}, {} percentage points {} its voting stake of {}.", subject,
                            share_text(banzhaf), points_text(gap > 0 ? gap : Rational{-gap}),
                            gap > 0 ? "above" : "below", share_text(group.voting)));
        }
    }
    return sentences;
}

std::string game_section(const Model& model, const GameResult& result) {
    const auto& game = result.game;
    const auto& powers = result.table;
    std::vector<std::string> blocks = {heading(2, game_title(model, game))};

    std::vector<std::string> facts = {
        "Rule: " + game.description,
        "As a game: " + code(games::describe(game.game)),
    };
    if (game.is_default)
        facts.push_back("The body's default rule: it covers the matters not listed separately.");
    if (game.view != View::members) {
        facts.push_back(game.declared_view ? "This is the view the model declares for the board."
                                           : "The model declares the other view for the board.");
    }
    blocks.push_back(bullet_list(facts));

    const std::vector<Column> columns = {
        {"Player", Align::left},         {"Economic stake", Align::right},
        {"Voting stake", Align::right},  {"Banzhaf", Align::right},
        {"Penrose", Align::right},       {"Shapley–Shubik", Align::right},
        {"Deegan–Packel", Align::right}, {"Public good", Align::right},
        {"Johnston", Align::right},
    };
    std::vector<Row> rows;
    for (std::size_t i = 0; i < game.players.size(); ++i) {
        const auto& player = game.players[i];
        const auto& power = powers.players[i];
        rows.push_back({player.name + (player.entitled_to_vote ? "" : " (may not vote)"),
                        share_text(player.economic), share_text(player.voting),
                        index_text(power.banzhaf), index_text(power.penrose),
                        index_text(power.shapley_shubik), index_text(power.deegan_packel),
                        index_text(power.public_good), index_text(power.johnston)});
    }
    blocks.push_back(table(columns, rows));
    if (game.view == View::individual) {
        blocks.push_back("The stakes of a director are those of the party that appointed it.");
    }
    if (!powers.skipped.empty())
        blocks.push_back("Not computed: " + join_and(powers.skipped) + ".");

    const auto names_or_none = [&](const std::vector<int>& players) {
        return players.empty() ? std::string{"none"} : join_and(player_names(game, players));
    };
    std::vector<std::string> structure = {
        "Veto players: " + names_or_none(powers.veto_players),
        "Dummies: " + names_or_none(powers.dummies),
        "Dictator: " + (powers.dictator
                            ? game.players[static_cast<std::size_t>(*powers.dictator)].name
                            : std::string{"none"}),
    };
    blocks.push_back(bullet_list(structure));

    if (powers.minimal_winning_list) {
        std::vector<std::string> coalitions;
        for (const auto coalition : *powers.minimal_winning_list)
            coalitions.push_back("{" + join_and(player_names(game, games::members(coalition))) +
                                 "}");
        blocks.push_back(
            fmt::format("Minimal winning coalitions ({}):", powers.minimal_winning_list->size()));
        blocks.push_back(bullet_list(coalitions));
    } else if (powers.minimal_winning_coalitions) {
        blocks.push_back(fmt::format("Minimal winning coalitions: {} (too many to list).",
                                     powers.minimal_winning_coalitions->str()));
    }

    const auto sentences = findings(result);
    if (!sentences.empty()) {
        blocks.push_back("Findings:");
        blocks.push_back(bullet_list(sentences));
    }
    return join_blocks(blocks);
}

std::string summary(const Model& model, const std::vector<GameResult>& results) {
    std::vector<std::string> party_ids;
    std::vector<std::string> party_names;
    for (const auto& result : results) {
        for (const auto& group : result.groups) {
            if (std::find(party_ids.begin(), party_ids.end(), group.id) == party_ids.end()) {
                party_ids.push_back(group.id);
                party_names.push_back(group.name);
            }
        }
    }
    std::vector<Column> columns = {{"Body and matter", Align::left}};
    for (const auto& name : party_names)
        columns.push_back({name, Align::right});
    std::vector<Row> rows;
    for (const auto& result : results) {
        Row row = {game_title(model, result.game)};
        for (const auto& id : party_ids) {
            const auto found =
                std::find_if(result.groups.begin(), result.groups.end(),
                             [&](const PartyGroup& group) { return group.id == id; });
            row.push_back(found == result.groups.end()
                              ? ""
                              : index_text(summed_banzhaf(result.table, *found)));
        }
        rows.push_back(std::move(row));
    }
    return join_blocks({heading(2, "Summary: Banzhaf index of each party"),
                        "One row per body and matter (a board in both views; a party's index on a "
                        "board in the individual view is the sum over its directors). \"—\": not "
                        "a player of that body.",
                        table(columns, rows)});
}

}  // namespace

std::string render_voting_power_report(const Model& full, Date as_of,
                                       const ReportContext& context) {
    const auto model = governance::as_of(full, as_of);
    std::vector<GameResult> results;
    for (auto& game : compile::compile_games(model)) {
        auto table = power::compute_power(game.game);
        auto groups = party_groups(model, game);
        results.push_back({std::move(game), std::move(table), std::move(groups)});
    }
    std::vector<std::string> blocks = {title_and_metadata(full, as_of, context), how_to_read()};
    for (const auto& result : results)
        blocks.push_back(game_section(model, result));
    blocks.push_back(summary(model, results));
    return join_blocks(blocks);
}

}  // namespace jvgov::report
