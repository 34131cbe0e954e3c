#include "model/report/power_sections.hpp"

#include <fmt/core.h>

namespace jvgov::report {

namespace {

doc::Inlines join_names(const std::vector<std::string>& names, const StructureWording& wording) {
    return wording.name_separator.empty() ? doc::join_and(names)
                                          : doc::join_texts(names, wording.name_separator);
}

doc::Inlines names_or_none(const std::vector<std::string>& list, const StructureWording& wording) {
    return list.empty() ? doc::Inlines{doc::markup("none")} : join_names(list, wording);
}

// "{A and B}", or "{A, B}" with a name separator.
doc::Inlines coalition(const std::vector<std::string>& members, const StructureWording& wording) {
    doc::Inlines item = {doc::markup("{")};
    doc::append(item, join_names(members, wording));
    item.push_back(doc::markup("}"));
    return item;
}

}  // namespace

std::vector<doc::Inlines> structure_items(const GameStructure& structure,
                                          const StructureWording& wording) {
    std::vector<doc::Inlines> items;
    if (wording.coalitions_as_items && structure.minimal_winning_count) {
        items.push_back(
            {doc::markup("Minimal winning coalitions: " + *structure.minimal_winning_count)});
    }
    if (structure.roles_known) {
        const std::string& qualifier = wording.roles_qualifier;
        doc::Inlines vetoes = {doc::markup("Veto players" + qualifier + ": ")};
        doc::Inlines dummies = {doc::markup(wording.dummies_label + qualifier + ": ")};
        items.push_back(doc::append(vetoes, names_or_none(structure.veto_players, wording)));
        items.push_back(doc::append(dummies, names_or_none(structure.dummies, wording)));
        items.push_back({doc::markup("Dictator" + qualifier + ": "), structure.dictator
                                                        ? doc::text(*structure.dictator)
                                                        : doc::markup("none")});
    }
    if (wording.coalitions_as_items && structure.minimal_winning &&
        !structure.minimal_winning->empty()) {
        std::vector<doc::Inlines> coalitions;
        for (const auto& members : *structure.minimal_winning)
            coalitions.push_back(coalition(members, wording));
        doc::Inlines item = {doc::markup("Minimal winning coalitions listed: ")};
        doc::append(item, doc::join(coalitions, " "));
        item.push_back(doc::markup(wording.more_coalitions));
        items.push_back(std::move(item));
    }
    return items;
}

doc::Blocks structure_blocks(const GameStructure& structure, const StructureWording& wording) {
    doc::Blocks blocks = {doc::bullet_list(structure_items(structure, wording))};
    if (wording.coalitions_as_items)
        return blocks;
    if (structure.minimal_winning) {
        const auto& coalitions = *structure.minimal_winning;
        std::vector<doc::Inlines> items;
        for (const auto& members : coalitions)
            items.push_back(coalition(members, wording));
        blocks.push_back(doc::paragraph(
            {doc::markup(fmt::format("Minimal winning coalitions ({}):", coalitions.size()))}));
        blocks.push_back(doc::bullet_list(std::move(items)));
    } else if (structure.minimal_winning_count) {
        blocks.push_back(doc::paragraph({doc::markup(
            fmt::format("Minimal winning coalitions: {} ({}).", *structure.minimal_winning_count,
                        wording.too_many_to_list))}));
    } else if (!wording.not_counted.empty()) {
        blocks.push_back(doc::paragraph({doc::markup(wording.not_counted)}));
    }
    return blocks;
}

doc::Block power_table(std::string_view player_header,
                       const std::vector<std::string>& value_headers,
                       const std::vector<PowerRow>& rows) {
    doc::Table table;
    table.columns.push_back({{doc::markup(player_header)}, Align::left});
    for (const auto& header : value_headers)
        table.columns.push_back({{doc::markup(header)}, Align::right});
    for (const auto& row : rows) {
        std::vector<doc::Inlines> cells = {row.player};
        for (const auto& value : row.values)
            cells.push_back({doc::markup(value)});
        table.rows.push_back(std::move(cells));
    }
    return table;
}

}  // namespace jvgov::report
