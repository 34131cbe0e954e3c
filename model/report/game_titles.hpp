// How the voting-power report names a compiled game: its title for readers and its slug for file
// names and JSON ids.
#pragma once

#include <string>

#include "model/compile/compile_games.hpp"
#include "model/governance/model.hpp"

namespace jvgov::report {

// "Board of managers of Stargate LLC: Ordinary board decisions (bloc view)"; members' meetings
// have no view suffix.
std::string game_title(const governance::Model& model, const compile::CompiledGame& game);

// A file-name-safe identifier of a game, unique within one model (matter ids are): the matter id,
// plus "-individual" or "-bloc" on a board, e.g. "board-ordinary-bloc".
std::string game_slug(const compile::CompiledGame& game);

}  // namespace jvgov::report
