#include "model/report/power_output.hpp"

#include <array>
#include <string_view>
#include <vector>

#include <fmt/core.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/power/value_texts.hpp"
#include "model/report/document.hpp"
#include "model/report/power_sections.hpp"

namespace jvgov::report {

namespace {

using Json = nlohmann::ordered_json;
using power::Estimate;
using power::Index;
using power::Integer;
using power::PlayerExplanation;
using power::PlayerPower;
using power::PowerTable;
using power::Rational;
using power::ValueTexts;

// One per-player value in output order: a rational (with a decimal view) or an integer.
struct Column {
    std::string_view key;
    std::string_view header;
    std::optional<Rational> PlayerPower::*rational = nullptr;
    std::optional<Integer> PlayerPower::*integer = nullptr;
};

// The column of an index with one rational per player: its id and plain name (index_table).
Column index_column(Index index) {
    const power::IndexInfo& row = power::info(index);
    return {row.id, row.plain_name, row.value, nullptr};
}

std::vector<Column> player_columns(bool with_owen) {
    std::vector<Column> columns = {
        {"weight", "Weight", nullptr, &PlayerPower::weight},
        index_column(Index::banzhaf),
        index_column(Index::penrose),
        {power::info(Index::swings).id, power::info(Index::swings).plain_name, nullptr,
         &PlayerPower::swings},
        index_column(Index::shapley_shubik),
        index_column(Index::deegan_packel),
        {"raw_deegan_packel", "Deegan-Packel (raw)", &PlayerPower::raw_deegan_packel, nullptr},
        index_column(Index::public_good),
        {"raw_public_good", "Public good (raw)", nullptr, &PlayerPower::raw_public_good},
        index_column(Index::johnston),
        {"raw_johnston", "Johnston (raw)", &PlayerPower::raw_johnston, nullptr},
        {"coleman_prevent", "Coleman prevent", &PlayerPower::coleman_prevent, nullptr},
        {"coleman_initiate", "Coleman initiate", &PlayerPower::coleman_initiate, nullptr},
    };
    if (with_owen) {
        columns.push_back(index_column(Index::owen));
        columns.push_back(index_column(Index::banzhaf_owen));
    }
    return columns;
}

// The Monte Carlo estimates in output order.
struct EstimateColumn {
    std::string_view key;
    std::string_view header;
    std::optional<Estimate> PlayerPower::*estimate;
};

constexpr std::array<EstimateColumn, 3> estimate_columns = {{
    {power::info(Index::banzhaf).id, power::info(Index::banzhaf).plain_name,
     &PlayerPower::banzhaf_estimate},
    {power::info(Index::penrose).id, power::info(Index::penrose).plain_name,
     &PlayerPower::penrose_estimate},
    {power::info(Index::shapley_shubik).id, power::info(Index::shapley_shubik).plain_name,
     &PlayerPower::shapley_shubik_estimate},
}};

bool has_owen(const PowerTable& table) {
    for (const PlayerPower& player : table.players) {
        if (player.owen || player.banzhaf_owen) {
            return true;
        }
    }
    return false;
}

std::string integer_text(const Integer& value) {
    return value.str();
}

std::string decimal_text(const Rational& value) {
    return exact::to_decimal_string(value, decimal_digits);
}

std::string estimate_text(double value) {
    return fmt::format("{:.{}f}", value, decimal_digits);
}

Json exact_or_null(const std::optional<Rational>& value, ValueTexts& texts) {
    return value ? Json(texts.fraction(*value)) : Json(nullptr);
}

Json decimal_or_null(const std::optional<Rational>& value, ValueTexts& texts) {
    return value ? Json(texts.decimal(*value, decimal_digits)) : Json(nullptr);
}

Json integer_or_null(const std::optional<Integer>& value, ValueTexts& texts) {
    return value ? Json(texts.integer(*value)) : Json(nullptr);
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

using doc::Inlines;

// The table of `jvgov power` in its own compact layout: "| Player | Banzhaf |", the rule
// "|---|---:|" and "| A | 1/3 (0.333333) |", an empty value left empty. The players are model
// text, escaped for a table cell; the headers and values are the tool's own.
std::string markdown_table(const std::vector<std::string>& headers,
                           const std::vector<std::string>& players,
                           const std::vector<std::vector<std::string>>& values) {
    std::string out = fmt::format("| {} |\n", fmt::join(headers, " | "));
    std::vector<std::string_view> rule(headers.size(), "---:");
    rule.front() = "---";
    out += fmt::format("|{}|", fmt::join(rule, "|"));
    for (std::size_t i = 0; i < players.size(); ++i) {
        std::vector<std::string> cells = {doc::escape_text(players[i], doc::Where::table_cell)};
        cells.insert(cells.end(), values[i].begin(), values[i].end());
        out += fmt::format("\n| {} |", fmt::join(cells, " | "));
    }
    return out;
}

std::vector<std::string> names_of(const games::SimpleGame& game, const std::vector<int>& players) {
    std::vector<std::string> names;
    for (int i : players) {
        names.push_back(game.players[static_cast<std::size_t>(i)]);
    }
    return names;
}

// "{A, B}", "{}" for the empty coalition.
Inlines coalition_inlines(const games::SimpleGame& game, games::Coalition coalition) {
    Inlines out = {doc::markup("{")};
    doc::append(out, doc::join_texts(names_of(game, games::members(coalition)), ", "));
    out.push_back(doc::markup("}"));
    return out;
}

std::string markdown_value(const Column& column, const PlayerPower& player, ValueTexts& texts) {
    if (column.integer != nullptr) {
        const auto& value = player.*column.integer;
        return value ? texts.integer(*value) : std::string();
    }
    const auto& value = player.*column.rational;
    if (!value) {
        return {};
    }
    if (denominator(*value) == 1) {
        return texts.integer(numerator(*value));
    }
    return fmt::format("{} ({})", texts.fraction(*value), texts.decimal(*value, decimal_digits));
}

std::vector<Inlines> markdown_summary(const games::SimpleGame& game, const PowerTable& table) {
    std::vector<Inlines> items;
    if (table.approximation) {
        const Estimate& act = table.approximation->coleman_act;
        items.push_back({doc::markup(fmt::format(
            "Share of winning coalitions (Coleman power to act): {} [{}, {}]",
            estimate_text(act.value), estimate_text(act.low), estimate_text(act.high)))});
        return items;
    }
    if (table.winning_coalitions && table.coleman_act) {
        items.push_back({doc::markup(fmt::format(
            "Winning coalitions: {} of {} (Coleman power of the collectivity to act {} = {})",
            integer_text(*table.winning_coalitions),
            integer_text(Integer(1) << table.players.size()),
            exact::to_fraction_string(*table.coleman_act), decimal_text(*table.coleman_act)))});
    }
    constexpr std::size_t shown = 20;
    GameStructure structure;
    if (table.minimal_winning_coalitions)
        structure.minimal_winning_count = integer_text(*table.minimal_winning_coalitions);
    structure.roles_known = table.structure_known;
    if (table.structure_known) {
        structure.veto_players = names_of(game, table.veto_players);
        structure.dummies = names_of(game, table.dummies);
        if (table.dictator)
            structure.dictator = game.players[static_cast<std::size_t>(*table.dictator)];
    }
    StructureWording wording;
    wording.dummies_label = "Dummies (never critical)";
    wording.name_separator = ", ";
    wording.coalitions_as_items = true;
    if (table.minimal_winning_list) {
        const auto& list = *table.minimal_winning_list;
        std::vector<std::vector<std::string>> coalitions;
        for (std::size_t k = 0; k < list.size() && k < shown; ++k)
            coalitions.push_back(names_of(game, games::members(list[k])));
        structure.minimal_winning = std::move(coalitions);
        if (list.size() > shown) {
            wording.more_coalitions =
                fmt::format(" ... and {} more (--format json lists them all)", list.size() - shown);
        }
    }
    for (auto& item : structure_items(structure, wording))
        items.push_back(std::move(item));
    return items;
}

doc::Blocks markdown_explanation(const games::SimpleGame& game, const PlayerExplanation& e) {
    const auto name = doc::text(game.players[static_cast<std::size_t>(e.player)]);
    std::vector<Inlines> coalitions;
    for (games::Coalition c : e.swing_coalitions) {
        coalitions.push_back(coalition_inlines(game, c));
    }
    if (!e.listed_all) {
        coalitions.push_back({doc::markup(fmt::format(
            "... ({} listed of {})", e.swing_coalitions.size(), integer_text(e.swing_count)))});
    }
    const Rational share(e.pivotal_orderings, e.total_orderings);
    return {
        doc::heading(2, doc::format("Why {} has this power", {name})),
        doc::paragraph(doc::format("{} is critical in " + integer_text(e.swing_count) +
                                       " coalitions: each coalition below loses without {} and "
                                       "wins when {} joins.",
                                   {name, name, name})),
        doc::bullet_list(std::move(coalitions)),
        doc::paragraph(doc::format(
            fmt::format("{{}} is pivotal in {} of the {} orderings of the players: its "
                        "Shapley-Shubik index is {} = {}.",
                        integer_text(e.pivotal_orderings), integer_text(e.total_orderings),
                        exact::to_fraction_string(share), decimal_text(share)),
            {name})),
    };
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
    ValueTexts texts;  // players of equal weight share their values: format each once
    const auto columns = player_columns(has_owen(table));
    for (const PlayerPower& player : table.players) {
        Json entry;
        entry["name"] = player.name;
        if (table.approximation) {
            entry["weight"] = integer_or_null(player.weight, texts);
            for (const EstimateColumn& column : estimate_columns) {
                entry[std::string(column.key) + "_estimate"] =
                    estimate_json(player.*column.estimate);
            }
        } else {
            for (const auto& column : columns) {
                const std::string key(column.key);
                if (column.integer != nullptr) {
                    entry[key] = integer_or_null(player.*column.integer, texts);
                } else {
                    entry[key] = exact_or_null(player.*column.rational, texts);
                    entry[key + "_decimal"] = decimal_or_null(player.*column.rational, texts);
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
        root["coleman_act"] = exact_or_null(table.coleman_act, texts);
        root["coleman_act_decimal"] = decimal_or_null(table.coleman_act, texts);
        root["winning_coalitions"] = integer_or_null(table.winning_coalitions, texts);
        root["minimal_winning_coalitions"] =
            integer_or_null(table.minimal_winning_coalitions, texts);
        Json list = nullptr;
        if (table.minimal_winning_list) {
            list = Json::array();
            for (games::Coalition c : *table.minimal_winning_list) {
                list.push_back(coalition_json(game, c));
            }
        }
        root["minimal_winning_coalition_list"] = list;
        root["veto_players"] =
            table.structure_known ? names_json(game, table.veto_players) : Json(nullptr);
        root["dummies"] = table.structure_known ? names_json(game, table.dummies) : Json(nullptr);
        root["dictator"] = table.structure_known && table.dictator
                               ? Json(game.players[static_cast<std::size_t>(*table.dictator)])
                               : Json(nullptr);
    }
    root["skipped"] = table.skipped;
    if (report.explanation != nullptr) {
        root["explain"] = explanation_json(game, *report.explanation);
    }
    return root.dump(2) + "\n";
}

std::string to_csv(const PowerReport& report) {
    const PowerTable& table = *report.table;
    ValueTexts texts;  // players of equal weight share their values: format each once
    std::vector<std::string> header = {"name"};
    std::vector<std::vector<std::string>> rows(table.players.size());
    for (std::size_t i = 0; i < table.players.size(); ++i) {
        rows[i].push_back(csv_field(table.players[i].name));
    }
    if (table.approximation) {
        for (const EstimateColumn& column : estimate_columns) {
            header.push_back(fmt::format("{}_estimate", column.key));
            header.push_back(fmt::format("{}_ci95_low", column.key));
            header.push_back(fmt::format("{}_ci95_high", column.key));
            for (std::size_t i = 0; i < table.players.size(); ++i) {
                const std::optional<Estimate>& e = table.players[i].*column.estimate;
                rows[i].push_back(e ? estimate_text(e->value) : "");
                rows[i].push_back(e ? estimate_text(e->low) : "");
                rows[i].push_back(e ? estimate_text(e->high) : "");
            }
        }
    } else {
        for (const auto& column : player_columns(has_owen(table))) {
            header.emplace_back(column.key);
            if (column.integer != nullptr) {
                for (std::size_t i = 0; i < table.players.size(); ++i) {
                    const auto& value = table.players[i].*column.integer;
                    rows[i].push_back(value ? texts.integer(*value) : "");
                }
                continue;
            }
            header.push_back(std::string(column.key) + "_decimal");
            for (std::size_t i = 0; i < table.players.size(); ++i) {
                const auto& value = table.players[i].*column.rational;
                rows[i].push_back(value ? texts.fraction(*value) : "");
                rows[i].push_back(value ? texts.decimal(*value, decimal_digits) : "");
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
    doc::Blocks document = {
        doc::heading(1, report.title.empty()
                            ? Inlines{doc::markup("Voting power")}
                            : doc::format("Voting power: {}", {doc::text(report.title)})),
        doc::paragraph(doc::format(fmt::format("Game: {{}} ({} players).", table.players.size()),
                                   {doc::code(games::describe(game))})),
    };
    std::vector<std::string> headers = {"Player"};
    std::vector<std::string> players;
    std::vector<std::vector<std::string>> rows(table.players.size());
    for (const PlayerPower& player : table.players) {
        players.push_back(player.name);
    }
    if (table.approximation) {
        document.push_back(doc::paragraph(
            {doc::strong({doc::markup("Approximate values")}),
             doc::markup(fmt::format(": Monte Carlo estimates from {} samples (seed {}), each "
                                     "with its 95% confidence interval.",
                                     table.approximation->samples, table.approximation->seed))}));
        for (const EstimateColumn& column : estimate_columns) {
            headers.emplace_back(column.header);
            for (std::size_t i = 0; i < table.players.size(); ++i) {
                const std::optional<Estimate>& e = table.players[i].*column.estimate;
                rows[i].push_back(e ? fmt::format("{} [{}, {}]", estimate_text(e->value),
                                                  estimate_text(e->low), estimate_text(e->high))
                                    : "");
            }
        }
    } else {
        ValueTexts texts;  // players of equal weight share their values: format each once
        for (const auto& column : player_columns(has_owen(table))) {
            if (column.key.starts_with("raw_")) {
                continue;
            }
            std::vector<std::string> cells;
            bool any = false;
            for (const PlayerPower& player : table.players) {
                cells.push_back(markdown_value(column, player, texts));
                any = any || !cells.back().empty();
            }
            if (!any) {
                continue;
            }
            headers.emplace_back(column.header);
            for (std::size_t i = 0; i < cells.size(); ++i) {
                rows[i].push_back(cells[i]);
            }
        }
    }
    document.push_back(doc::paragraph({doc::markup(markdown_table(headers, players, rows))}));
    auto items = markdown_summary(game, table);
    for (const std::string& skipped : table.skipped) {
        items.push_back({doc::markup("Not computed: " + skipped)});
    }
    document.push_back(doc::bullet_list(std::move(items)));
    if (report.explanation != nullptr) {
        doc::append(document, markdown_explanation(game, *report.explanation));
    }
    return doc::to_markdown(document);
}

}  // namespace jvgov::report
