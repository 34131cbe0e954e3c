// Sections shared by the reports on voting power (the voting-power report, the example reports,
// `jvgov power`): the structure of a game (veto players, dummies, dictator, minimal winning
// coalitions) and the table of power per player. They take plain names and formatted values;
// the names are model text, escaped by the writer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/report/document.hpp"

namespace jvgov::report {

// The structure of a game, as names of players.
struct GameStructure {
    std::vector<std::string> veto_players;
    std::vector<std::string> dummies;
    std::optional<std::string> dictator;
    // The minimal winning coalitions, each a list of names, when the report lists them.
    std::optional<std::vector<std::vector<std::string>>> minimal_winning;
    // Their number, when they are counted but not listed.
    std::optional<std::string> minimal_winning_count;
    // false when the veto players, dummies and dictator were not determined: no items for them.
    bool roles_known = true;
};

// Where the reports word the structure differently.
struct StructureWording {
    std::string dummies_label = "Dummies";              // "Dummies (never critical)"
    std::string too_many_to_list = "too many to list";  // "too many to list here"
    std::string not_counted;  // the paragraph when neither listed nor counted; "": none
    // How the names of an item or a coalition are joined: "" as join_and() does ("A, B and C"),
    // else with this separator (", " in `jvgov power`: "A, B, C").
    std::string name_separator;
    // `jvgov power`'s summary: the coalitions as items of the list rather than blocks after it.
    // structure_items() then starts with "Minimal winning coalitions: 12" (the count, when set)
    // and ends with "Minimal winning coalitions listed: {A, B} {C, D}" (the coalitions, when set
    // and not empty, separated by spaces) followed by more_coalitions.
    bool coalitions_as_items = false;
    std::string more_coalitions;  // e.g. " ... and 3 more (--format json lists them all)"
    // Appended to the veto, dummy and dictator labels, e.g. " (oceanic limit: ...)" for a game
    // among major holders beside a dispersed float, whose roles hold only in that limit.
    std::string roles_qualifier;
};

// "Veto players: A and B", "Dummies: none", "Dictator: none" (names joined with join_and, or as
// the wording says); with wording.coalitions_as_items, the count before them and the listed
// coalitions after them.
std::vector<doc::Inlines> structure_items(const GameStructure& structure,
                                          const StructureWording& wording = {});

// The structure items as a list, then "Minimal winning coalitions (2):" and one "{A and B}" item
// per coalition, or "Minimal winning coalitions: 1234 (too many to list).", or the not-counted
// paragraph (nothing after the list with wording.coalitions_as_items).
doc::Blocks structure_blocks(const GameStructure& structure, const StructureWording& wording = {});

// One row of a power table: the player (model text, e.g. a party name, with any report words
// added as markup) and its values, formatted; an empty value is shown as "—".
struct PowerRow {
    doc::Inlines player;
    std::vector<std::string> values;
};

// A table with the players in the first, left-aligned column headed `player_header` and one
// right-aligned column per value header. REQUIRES: every row has value_headers.size() values
// (the writer throws std::invalid_argument otherwise).
doc::Block power_table(std::string_view player_header,
                       const std::vector<std::string>& value_headers,
                       const std::vector<PowerRow>& rows);

}  // namespace jvgov::report
