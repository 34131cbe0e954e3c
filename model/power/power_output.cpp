#include "model/power/power_output.hpp"

#include <array>
#include <functional>
#include <string_view>
#include <vector>

#include <fmt/core.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace jvgov::power {

namespace {

using Json = nlohmann::ordered_json;

struct RationalColumn {
    std::string_view key;
    std::string_view header;
    std::function<const std::optional<Rational>&(const PlayerPower&)> get;
};

struct IntegerColumn {
    std::string_view key;
    std::string_view header;
    std::function<const std::optional<Integer>&(const PlayerPower&)> get;
};

// The per-player values in output order; an entry is either a rational or an integer column.
struct Column {
    std::optional<RationalColumn> rational;
    std::optional<IntegerColumn> integer;
};

std::vector<Column> player_columns(bool with_owen) {
    std::vector<Column> columns = {
        {std::nullopt, IntegerColumn{"weight", "Weight", [](const PlayerPower& p) -> const auto& {
                                         return p.weight;
                                     }}},
        {RationalColumn{"banzhaf", "Banzhaf",
                        [](const PlayerPower& p) -> const auto& { return p.banzhaf; }},
         std::nullopt},
        {RationalColumn{"penrose", "Penrose",
                        [](const PlayerPower& p) -> const auto& { return p.penrose; }},
         std::nullopt},
        {std::nullopt, IntegerColumn{"swings", "Swings", [](const PlayerPower& p) -> const auto& {
                                         return p.swings;
                                     }}},
        {RationalColumn{"shapley_shubik", "Shapley-Shubik",
                        [](const PlayerPower& p) -> const auto& { return p.shapley_shubik; }},
         std::nullopt},
        {RationalColumn{"deegan_packel", "Deegan-Packel",
                        [](const PlayerPower& p) -> const auto& { return p.deegan_packel; }},
         std::nullopt},
        {RationalColumn{"raw_deegan_packel", "Deegan-Packel (raw)",
                        [](const PlayerPower& p) -> const auto& { return p.raw_deegan_packel; }},
         std::nullopt},
        {RationalColumn{"public_good", "Public good",
                        [](const PlayerPower& p) -> const auto& { return p.public_good; }},
         std::nullopt},
        {std::nullopt,
         IntegerColumn{"raw_public_good", "Public good (raw)",
                       [](const PlayerPower& p) -> const auto& { return p.raw_public_good; }}},
        {RationalColumn{"johnston", "Johnston",
                        [](const PlayerPower& p) -> const auto& { return p.johnston; }},
         std::nullopt},
        {RationalColumn{"raw_johnston", "Johnston (raw)",
                        [](const PlayerPower& p) -> const auto& { return p.raw_johnston; }},
         std::nullopt},
        {RationalColumn{"coleman_prevent", "Coleman prevent",
                        [](const PlayerPower& p) -> const auto& { return p.coleman_prevent; }},
         std::nullopt},
        {RationalColumn{"coleman_initiate", "Coleman initiate",
                        [](const PlayerPower& p) -> const auto& { return p.coleman_initiate; }},
         std::nullopt},
    };
    if (with_owen) {
        columns.push_back({RationalColumn{"owen", "Owen",
                                          [](const PlayerPower& p) -> const auto& {
                                              return p.owen;
                                          }},
                           std::nullopt});
        columns.push_back({RationalColumn{"banzhaf_owen", "Banzhaf-Owen",
                                          [](const PlayerPower& p) -> const auto& {
                                              return p.banzhaf_owen;
                                          }},
                           std::nullopt});
    }
    return columns;
}

bool has_owen(const PowerTable& table) {
    for (const PlayerPower& player : table.players) {
        if (player.owen || player.banzhaf_owen) {
            return true;
        }
    }
    return false;
}

std::string integer_text(const Integer& value) { return value.str(); }

std::string decimal_text(const Rational& value) {
    return exact::to_decimal_string(value, decimal_digits);
}

std::string estimate_text(double value) { return fmt::format("{:.{}f}", value, decimal_digits); }

Json exact_or_null(const std::optional<Rational>& value) {
    return value ? Json(exact::to_fraction_string(*value)) : Json(nullptr);
}

Json decimal_or_null(const std::optional<Rational>& value) {
    return value ? Json(decimal_text(*value)) : Json(nullptr);
}

Json integer_or_null(const std::optional<Integer>& value) {
    return value ? Json(integer_text(*value)) : Json(nullptr);
}

Json estimate_json(const std::optional<Estimate>& estimate) {
    if (!estimate) {
        return nullptr;
    }
    Json result;
    result["value"] = estimate_text(estimate->value);
    result["ci95_low"] = estimate_text(estimate->low);
    result["ci95_high"] = estimate_text(estimate->high);
    return result;
}

std::string coalition_text(const games::SimpleGame& game, games::Coalition coalition) {
    std::vector<std::string_view> names;
    for (int i : games::members(coalition)) {
        names.push_back(game.players[static_cast<std::size_t>(i)]);
    }
    return fmt::format("{{{}}}", fmt::join(names, ", "));
}

Json names_json(const games::SimpleGame& game, const std::vector<int>& players) {
    Json result = Json::array();
    for (int i : players) {
        result.push_back(game.players[static_cast<std::size_t>(i)]);
    }
    return result;
}

Json coalition_json(const games::SimpleGame& game, games::Coalition coalition) {
    return names_json(game, games::members(coalition));
}

std::string names_text(const games::SimpleGame& game, const std::vector<int>& players) {
    if (players.empty()) {
        return "none";
    }
    std::vector<std::string_view> names;
    for (int i : players) {
        names.push_back(game.players[static_cast<std::size_t>(i)]);
    }
    return fmt::format("{}", fmt::join(names, ", "));
}

Json explanation_json(const games::SimpleGame& game, const PlayerExplanation& explanation) {
    Json result;
    result["player"] = game.players[static_cast<std::size_t>(explanation.player)];
    result["swing_count"] = integer_text(explanation.swing_count);
    Json coalitions = Json::array();
    for (games::Coalition c : explanation.swing_coalitions) {
        coalitions.push_back(coalition_json(game, c));
    }
    result["swing_coalitions"] = coalitions;
    result["listed_all"] = explanation.listed_all;
    result["pivotal_orderings"] = integer_text(explanation.pivotal_orderings);
    result["total_orderings"] = integer_text(explanation.total_orderings);
    return result;
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string quoted = "\"";
    for (char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::string markdown_cell(std::string_view text) {
    std::string escaped;
    for (char c : text) {
        if (c == '|') {
            escaped += '\\';
        }
        escaped += c;
    }
    return escaped;
}

}  // namespace

std::string to_json(const PowerReport& report) {
    const games::SimpleGame& game = *report.game;
    const PowerTable& table = *report.table;
    Json root;
    root["schema"] = "jvgov/power@1";
    root["approximate"] = table.approximation.has_value();
    root["title"] = report.title;
    root["game"] = games::describe(game);
    Json players = Json::array();
    const std::vector<Column> columns = player_columns(has_owen(table));
    for (const PlayerPower& player : table.players) {
        Json entry;
        entry["name"] = player.name;
        if (table.approximation) {
            entry["weight"] = integer_or_null(player.weight);
            entry["penrose_estimate"] = estimate_json(player.penrose_estimate);
            entry["banzhaf_estimate"] = estimate_json(player.banzhaf_estimate);
            entry["shapley_shubik_estimate"] = estimate_json(player.shapley_shubik_estimate);
        } else {
            for (const Column& column : columns) {
                if (column.integer) {
                    entry[std::string(column.integer->key)] =
                        integer_or_null(column.integer->get(player));
                } else {
                    const std::optional<Rational>& value = column.rational->get(player);
                    entry[std::string(column.rational->key)] = exact_or_null(value);
                    entry[std::string(column.rational->key) + "_decimal"] = decimal_or_null(value);
                }
            }
        }
        players.push_back(entry);
    }
    root["players"] = players;
    if (table.approximation) {
        root["samples"] = std::to_string(table.approximation->samples);
        root["seed"] = std::to_string(table.approximation->seed);
        root["coleman_act_estimate"] = estimate_json(table.approximation->coleman_act);
    } else {
        root["coleman_act"] = exact_or_null(table.coleman_act);
        root["coleman_act_decimal"] = decimal_or_null(table.coleman_act);
        root["winning_coalitions"] = integer_or_null(table.winning_coalitions);
        root["minimal_winning_coalitions"] = integer_or_null(table.minimal_winning_coalitions);
        if (table.minimal_winning_list) {
            Json list = Json::array();
            for (games::Coalition c : *table.minimal_winning_list) {
                list.push_back(coalition_json(game, c));
            }
            root["minimal_winning_coalition_list"] = list;
        } else {
            root["minimal_winning_coalition_list"] = nullptr;
        }
        if (table.structure_known) {
            root["veto_players"] = names_json(game, table.veto_players);
            root["dummies"] = names_json(game, table.dummies);
            root["dictator"] = table.dictator
                                   ? Json(game.players[static_cast<std::size_t>(*table.dictator)])
                                   : Json(nullptr);
        } else {
            root["veto_players"] = nullptr;
            root["dummies"] = nullptr;
            root["dictator"] = nullptr;
        }
    }
    root["skipped"] = table.skipped;
    if (report.explanation != nullptr) {
        root["explain"] = explanation_json(game, *report.explanation);
    }
    return root.dump(2) + "\n";
}

std::string to_csv(const PowerReport& report) {
    const PowerTable& table = *report.table;
    std::vector<std::string> header = {"name"};
    std::vector<std::vector<std::string>> rows(table.players.size());
    for (std::size_t i = 0; i < table.players.size(); ++i) {
        rows[i].push_back(csv_field(table.players[i].name));
    }
    if (table.approximation) {
        const std::array<std::pair<std::string_view,
                                   std::function<std::optional<Estimate>(const PlayerPower&)>>,
                         3>
            estimates = {{
                {"penrose", [](const PlayerPower& p) { return p.penrose_estimate; }},
                {"banzhaf", [](const PlayerPower& p) { return p.banzhaf_estimate; }},
                {"shapley_shubik", [](const PlayerPower& p) { return p.shapley_shubik_estimate; }},
            }};
        for (const auto& [key, get] : estimates) {
            header.push_back(fmt::format("{}_estimate", key));
            header.push_back(fmt::format("{}_ci95_low", key));
            header.push_back(fmt::format("{}_ci95_high", key));
            for (std::size_t i = 0; i < table.players.size(); ++i) {
                const std::optional<Estimate> estimate = get(table.players[i]);
                rows[i].push_back(estimate ? estimate_text(estimate->value) : "");
                rows[i].push_back(estimate ? estimate_text(estimate->low) : "");
                rows[i].push_back(estimate ? estimate_text(estimate->high) : "");
            }
        }
    } else {
        for (const Column& column : player_columns(has_owen(table))) {
            if (column.integer) {
                header.emplace_back(column.integer->key);
                for (std::size_t i = 0; i < table.players.size(); ++i) {
                    const auto& value = column.integer->get(table.players[i]);
                    rows[i].push_back(value ? integer_text(*value) : "");
                }
            } else {
                header.emplace_back(column.rational->key);
                header.push_back(std::string(column.rational->key) + "_decimal");
                for (std::size_t i = 0; i < table.players.size(); ++i) {
                    const auto& value = column.rational->get(table.players[i]);
                    rows[i].push_back(value ? exact::to_fraction_string(*value) : "");
                    rows[i].push_back(value ? decimal_text(*value) : "");
                }
            }
        }
    }
    std::string out = fmt::format("{}\n", fmt::join(header, ","));
    for (const auto& row : rows) {
        out += fmt::format("{}\n", fmt::join(row, ","));
    }
    return out;
}

std::string to_markdown(const PowerReport& report) {
    const games::SimpleGame& game = *report.game;
    const PowerTable& table = *report.table;
    std::string out;
    out += fmt::format("# Voting power{}\n\n",
                       report.title.empty() ? "" : fmt::format(": {}", report.title));
    out += fmt::format("Game: `{}` ({} players).\n\n", games::describe(game), table.players.size());
    std::vector<std::string> headers = {"Player"};
    std::vector<std::vector<std::string>> rows(table.players.size());
    for (std::size_t i = 0; i < table.players.size(); ++i) {
        rows[i].push_back(markdown_cell(table.players[i].name));
    }
    if (table.approximation) {
        out += fmt::format(
            "**Approximate values**: Monte Carlo estimates from {} samples (seed {}), each with "
            "its 95% confidence interval.\n\n",
            table.approximation->samples, table.approximation->seed);
        const std::array<std::pair<std::string_view,
                                   std::function<std::optional<Estimate>(const PlayerPower&)>>,
                         3>
            estimates = {{
                {"Banzhaf", [](const PlayerPower& p) { return p.banzhaf_estimate; }},
                {"Penrose", [](const PlayerPower& p) { return p.penrose_estimate; }},
                {"Shapley-Shubik", [](const PlayerPower& p) { return p.shapley_shubik_estimate; }},
            }};
        for (const auto& [header, get] : estimates) {
            headers.emplace_back(header);
            for (std::size_t i = 0; i < table.players.size(); ++i) {
                const std::optional<Estimate> e = get(table.players[i]);
                rows[i].push_back(e ? fmt::format("{} [{}, {}]", estimate_text(e->value),
                                                  estimate_text(e->low), estimate_text(e->high))
                                    : "");
            }
        }
    } else {
        for (const Column& column : player_columns(has_owen(table))) {
            bool any = false;
            std::vector<std::string> cells;
            for (const PlayerPower& player : table.players) {
                std::string cell;
                if (column.integer) {
                    if (const auto& value = column.integer->get(player)) {
                        cell = integer_text(*value);
                    }
                } else if (const auto& value = column.rational->get(player)) {
                    cell = denominator(*value) == 1
                               ? integer_text(numerator(*value))
                               : fmt::format("{} ({})", exact::to_fraction_string(*value),
                                             decimal_text(*value));
                }
                any = any || !cell.empty();
                cells.push_back(cell);
            }
            if (!any || (column.rational && column.rational->key.substr(0, 4) == "raw_") ||
                (column.integer && column.integer->key.substr(0, 4) == "raw_")) {
                continue;
            }
            headers.emplace_back(column.integer ? column.integer->header
                                                : column.rational->header);
            for (std::size_t i = 0; i < cells.size(); ++i) {
                rows[i].push_back(cells[i]);
            }
        }
    }
    out += fmt::format("| {} |\n", fmt::join(headers, " | "));
    std::vector<std::string_view> rule(headers.size(), "---:");
    rule.front() = "---";
    out += fmt::format("|{}|\n", fmt::join(rule, "|"));
    for (const auto& row : rows) {
        out += fmt::format("| {} |\n", fmt::join(row, " | "));
    }
    out += "\n";
    if (table.approximation) {
        const Estimate& act = table.approximation->coleman_act;
        out += fmt::format("- Share of winning coalitions (Coleman power to act): {} [{}, {}]\n",
                           estimate_text(act.value), estimate_text(act.low),
                           estimate_text(act.high));
    } else {
        if (table.winning_coalitions && table.coleman_act) {
            out += fmt::format(
                "- Winning coalitions: {} of {} (Coleman power of the collectivity to act {} = "
                "{})\n",
                integer_text(*table.winning_coalitions),
                integer_text(Integer(1) << table.players.size()),
                exact::to_fraction_string(*table.coleman_act), decimal_text(*table.coleman_act));
        }
        if (table.minimal_winning_coalitions) {
            out += fmt::format("- Minimal winning coalitions: {}\n",
                               integer_text(*table.minimal_winning_coalitions));
        }
        if (table.structure_known) {
            out += fmt::format("- Veto players: {}\n", names_text(game, table.veto_players));
            out += fmt::format("- Dummies (never critical): {}\n",
                               names_text(game, table.dummies));
            out += fmt::format("- Dictator: {}\n",
                               table.dictator ? names_text(game, {*table.dictator}) : "none");
        }
        if (table.minimal_winning_list && !table.minimal_winning_list->empty()) {
            constexpr std::size_t shown = 20;
            const auto& list = *table.minimal_winning_list;
            std::vector<std::string> coalitions;
            for (std::size_t k = 0; k < list.size() && k < shown; ++k) {
                coalitions.push_back(coalition_text(game, list[k]));
            }
            out += fmt::format("- Minimal winning coalitions listed: {}{}\n",
                               fmt::join(coalitions, " "),
                               list.size() > shown
                                   ? fmt::format(" ... and {} more (--format json lists them all)",
                                                 list.size() - shown)
                                   : "");
        }
    }
    for (const std::string& skipped : table.skipped) {
        out += fmt::format("- Not computed: {}\n", skipped);
    }
    if (report.explanation != nullptr) {
        const PlayerExplanation& e = *report.explanation;
        const std::string& name = game.players[static_cast<std::size_t>(e.player)];
        out += fmt::format("\n## Why {} has this power\n\n", markdown_cell(name));
        out += fmt::format(
            "{} is critical in {} coalitions: each coalition below loses without {} and wins "
            "when {} joins.\n\n",
            markdown_cell(name), integer_text(e.swing_count), markdown_cell(name),
            markdown_cell(name));
        for (games::Coalition c : e.swing_coalitions) {
            out += fmt::format("- {}\n", markdown_cell(coalition_text(game, c)));
        }
        if (!e.listed_all) {
            out += fmt::format("- ... ({} listed of {})\n", e.swing_coalitions.size(),
                               integer_text(e.swing_count));
        }
        const Rational share(e.pivotal_orderings, e.total_orderings);
        out += fmt::format(
            "\n{} is pivotal in {} of the {} orderings of the players: its Shapley-Shubik index "
            "is {} = {}.\n",
            markdown_cell(name), integer_text(e.pivotal_orderings),
            integer_text(e.total_orderings), exact::to_fraction_string(share),
            decimal_text(share));
    }
    return out;
}

}  // namespace jvgov::power
