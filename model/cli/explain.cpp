// `jvgov explain [FILE] --matter M --player P [--body B] [--view individual|bloc] [--as-of DATE]`:
// why one player of one compiled governance game has the power it has, in markdown a student can
// follow: the rule, the game, the player's exact Banzhaf and Shapley-Shubik values, the coalitions
// in which it is critical, the orderings in which it is pivotal, and why it is a dummy or holds a
// veto. Small games only (the limits of power::explain_player).
#include "model/power/explain.hpp"

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>
#include <fmt/format.h>

#include "model/cli/commands.hpp"
#include "model/compile/compile_games.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/load/loader.hpp"
#include "model/load/suggest.hpp"
#include "model/power/compute.hpp"

namespace jvgov::cli {

namespace {

// The largest game explained: every coalition and ordering count is enumerated.
constexpr int max_explained_players = 12;
// Swing coalitions listed one by one; the rest are counted.
constexpr std::size_t max_listed_swings = 64;
constexpr int decimals = 4;

struct ExplainOptions {
    std::string file = "data/stargate.toml";
    std::string matter;
    std::string player;
    std::string body;
    std::string view;   // empty: the view the model declares
    std::string as_of;  // empty: the model's as_of
};

// A failure with its exit code; the message is printed as "jvgov: error: <message>".
struct Failure {
    int code;
    std::string message;
};

// "unknown matter 'x' (did you mean 'y'?) (matters: a, b)"; `what` is singular, `whats` plural.
std::string unknown_id(std::string_view what, std::string_view whats, const std::string& id,
                       const std::vector<std::string>& known) {
    return fmt::format("unknown {} '{}'{} ({}: {})", what, id, load::did_you_mean(id, known), whats,
                       fmt::join(known, ", "));
}

const governance::Matter& find_matter(const governance::Model& model, const std::string& id) {
    std::vector<std::string> ids;
    for (const auto& matter : model.matters) {
        if (matter.id == id)
            return matter;
        ids.push_back(matter.id);
    }
    throw Failure{exit_invalid_input, unknown_id("matter", "matters", id, ids)};
}

const governance::Body& find_body(const governance::Model& model, const std::string& id) {
    std::vector<std::string> ids;
    for (const auto& body : model.bodies) {
        if (body.id == id)
            return body;
        ids.push_back(body.id);
    }
    throw Failure{exit_invalid_input, unknown_id("body", "bodies", id, ids)};
}

compile::View choose_view(const governance::Body& body, const std::string& requested) {
    if (body.kind != governance::BodyKind::board) {
        if (!requested.empty()) {
            throw Failure{
                exit_usage,
                fmt::format("--view applies to a board; '{}' is a members' meeting", body.id)};
        }
        return compile::View::members;
    }
    if (requested.empty())
        return body.directors_vote_as_bloc ? compile::View::bloc : compile::View::individual;
    return requested == "bloc" ? compile::View::bloc : compile::View::individual;
}

int find_player(const compile::CompiledGame& compiled, const std::string& id) {
    std::vector<std::string> ids;
    std::vector<std::string> seats_of_party;
    for (std::size_t i = 0; i < compiled.players.size(); ++i) {
        const auto& player = compiled.players[i];
        if (player.id == id)
            return static_cast<int>(i);
        ids.push_back(player.id);
        if (player.appointer == id)
            seats_of_party.push_back(player.id);
    }
    if (!seats_of_party.empty()) {
        throw Failure{exit_invalid_input,
                      fmt::format("'{}' is not a player in the individual view of '{}': its "
                                  "directors are {} (or use --view bloc)",
                                  id, compiled.body, fmt::join(seats_of_party, ", "))};
    }
    throw Failure{exit_invalid_input, unknown_id("player", "players", id, ids)};
}

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

std::string game_section(const governance::Body& body, const governance::Matter& matter,
                         const compile::CompiledGame& compiled) {
    std::string out = "## The matter and its rule\n\n";
    out += fmt::format("- Body: {} (`{}`)\n", body.name, body.id);
    out += fmt::format("- Matter: {} (`{}`){}\n", matter.name, matter.id,
                       compiled.is_default ? ", the body's default rule (it covers matters not "
                                             "listed)"
                                           : "");
    out += fmt::format("- View: {}{}\n", view_words(compiled),
                       compiled.declared_view ? " (the view the model declares)"
                                              : " (not the view the model declares)");
    out += fmt::format("- The rule in words: {}\n", compiled.description);
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

int run_explain(const ExplainOptions& options) {
    try {
        std::optional<governance::Date> requested;
        if (!options.as_of.empty()) {
            requested = governance::parse_iso_date(options.as_of);
            if (!requested) {
                throw Failure{exit_usage,
                              fmt::format("--as-of: '{}' is not a date of the form YYYY-MM-DD",
                                          options.as_of)};
            }
        }
        const auto loaded = load::load_model_file(options.file);
        for (const auto& diagnostic : loaded.diagnostics)
            fmt::print(stderr, "{}\n", load::format(diagnostic));
        if (loaded.unreadable)
            return exit_io;
        if (!loaded.model)
            return exit_invalid_input;
        if (!requested && !loaded.model->info.as_of) {
            fmt::print(stderr, "{}: error: the model has no as_of date; pass --as-of\n",
                       options.file);
            return exit_invalid_input;
        }
        const governance::Date day = requested ? *requested : *loaded.model->info.as_of;
        const governance::Model model = governance::as_of(*loaded.model, day);

        const governance::Matter& matter = find_matter(model, options.matter);
        if (!options.body.empty()) {
            const governance::Body& given = find_body(model, options.body);
            if (given.id != matter.body) {
                throw Failure{exit_invalid_input,
                              fmt::format("matter '{}' is decided by body '{}', not '{}'",
                                          matter.id, matter.body, given.id)};
            }
        }
        const governance::Body& body = find_body(model, matter.body);
        const compile::View view = choose_view(body, options.view);
        const compile::CompiledGame compiled = compile::compile_matter(model, body, matter, view);
        const int p = find_player(compiled, options.player);
        const int n = static_cast<int>(compiled.players.size());
        if (n > max_explained_players) {
            throw Failure{exit_invalid_input,
                          fmt::format("the game of matter '{}' has {} players; explain lists "
                                      "coalitions and orderings only for games of at most {} "
                                      "players",
                                      matter.id, n, max_explained_players)};
        }
        const power::PlayerExplanation explanation =
            power::explain_player(compiled.game, p, max_listed_swings, max_explained_players);
        const power::PowerTable table = power::compute_power(compiled.game);

        const std::string& name = compiled.players[static_cast<std::size_t>(p)].name;
        std::string out = fmt::format("# Why {} has its power: {}\n\n", name, matter.name);
        out +=
            fmt::format("Model: {}, as of {}.\n\n", options.file, governance::to_iso_string(day));
        out += game_section(body, matter, compiled);
        out += power_section(compiled, p, table);
        out += swings_section(compiled, p, explanation, table);
        out += orderings_section(compiled, p, explanation);
        out += structure_section(compiled, p, table);
        fmt::print("{}", out);
        return exit_ok;
    } catch (const Failure& failure) {
        fmt::print(stderr, "jvgov: error: {}\n", failure.message);
        return failure.code;
    } catch (const compile::CompileError& e) {
        fmt::print(stderr, "jvgov: error: {}\n", e.what());
        return exit_invalid_input;
    } catch (const power::BudgetExceeded& e) {
        fmt::print(stderr, "jvgov: error: {}\n", e.what());
        return exit_invalid_input;
    } catch (const std::invalid_argument& e) {
        fmt::print(stderr, "jvgov: error: {}\n", e.what());
        return exit_invalid_input;
    }
}

}  // namespace

void register_explain(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ExplainOptions>();
    auto* cmd = app.add_subcommand(
        "explain", "Why a player has its voting power on one matter: swings and orderings");
    cmd->description(
        "Why a player has its voting power on one matter (markdown on stdout): the matter's rule\n"
        "in words and as a game, the player's exact Banzhaf and Shapley-Shubik values, the\n"
        "coalitions in which it is critical, the orderings in which it is pivotal, and why it\n"
        "is a dummy or holds a veto. Small games only (at most 12 players).");
    cmd->footer(
        "Examples:\n"
        "  jvgov explain --matter members-reserved-tier-2 --player oracle\n"
        "  jvgov explain --matter members-reserved-tier-2 --player softbank\n"
        "  jvgov explain --matter board-ordinary --player openai --view bloc\n"
        "Players are the compiled game's ids: party ids on a members' meeting and in the bloc\n"
        "view of a board; director ids or '<appointer>-<k>' seats in the individual view.\n"
        "Exit codes: 0 ok, 1 invalid model, unknown matter/body/player or game too large,\n"
        "2 usage error, 3 unreadable model file.");
    cmd->add_option("FILE", options->file, "The model file (TOML)")->capture_default_str();
    cmd->add_option("--matter", options->matter, "The matter id (see the model's [[matters]])")
        ->required();
    cmd->add_option("--player", options->player, "The player id in the compiled game")->required();
    cmd->add_option("--body", options->body,
                    "The body deciding the matter (checked against the matter's body)");
    cmd->add_option("--view", options->view,
                    "For a board: directors vote individually or as blocs of their appointer "
                    "(default: the view the model declares)")
        ->check(CLI::IsMember({"individual", "bloc"}));
    cmd->add_option("--as-of", options->as_of,
                    "The model as of this date (YYYY-MM-DD) instead of its own as_of");
    cmd->callback([options, &exit_code] { exit_code = run_explain(*options); });
}

}  // namespace jvgov::cli
