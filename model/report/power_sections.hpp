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
};

// Where the reports word the structure differently.
struct StructureWording {
    std::string dummies_label = "Dummies";              // "Dummies (never critical)"
    std::string too_many_to_list = "too many to list";  // "too many to list here"
    std::string not_counted;  // the paragraph when neither listed nor counted; "": none
};

// "Veto players: A and B", "Dummies: none", "Dictator: none" (names joined with join_and).
std::vector<doc::Inlines> structure_items(const GameStructure& structure,
                                          const StructureWording& wording = {});

// The structure items as a list, then "Minimal winning coalitions (2):" and one "{A and B}" item
// per coalition, or "Minimal winning coalitions: 1234 (too many to list).", or the not-counted
// paragraph.
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
