#include "model/report/power_sections.hpp"

#include <fmt/core.h>

namespace jvgov::report {

namespace {

doc::Inlines names_or_none(const std::vector<std::string>& names) {
    return names.empty() ? doc::Inlines{doc::markup("none")} : doc::join_and(names);
}

}  // namespace

std::vector<doc::Inlines> structure_items(const GameStructure& structure,
                                          const StructureWording& wording) {
    doc::Inlines vetoes = {doc::markup("Veto players: ")};
    doc::Inlines dummies = {doc::markup(wording.dummies_label + ": ")};
    return {
        doc::append(vetoes, names_or_none(structure.veto_players)),
        doc::append(dummies, names_or_none(structure.dummies)),
        {doc::markup("Dictator: "),
         structure.dictator ? doc::text(*structure.dictator) : doc::markup("none")},
    };
}

doc::Blocks structure_blocks(const GameStructure& structure, const StructureWording& wording) {
    doc::Blocks blocks = {doc::bullet_list(structure_items(structure, wording))};
    if (structure.minimal_winning) {
        const auto& coalitions = *structure.minimal_winning;
        std::vector<doc::Inlines> items;
        for (const auto& coalition : coalitions) {
            doc::Inlines item = {doc::markup("{")};
            doc::append(item, doc::join_and(coalition));
            item.push_back(doc::markup("}"));
            items.push_back(std::move(item));
        }
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
