// The compiled rules and the indirect votes of the analyses, in words: what a decision needs on
// a body (compile::CompiledRule) and how a member of the JV decides its vote
// (ownership::MemberVote), for the voting-power, control and explanation reports.
#pragma once

#include <string>

#include "model/compile/compile_games.hpp"
#include "model/governance/model.hpp"
#include "model/ownership/indirect_power.hpp"

namespace jvgov::report {

// The rule of a compiled game, e.g. "at least 75% of the votes (quota 3 of 4), and the consent of
// SoftBank Group"; on a board "more than 50% of the 6 seats, each appointer's directors voting as
// a bloc (quota 4 of 6), with a quorum of ...". Party names come from `model`.
std::string rule_in_words(const governance::Model& model, const compile::CompiledGame& game);

// How a player of the JV game votes, its steps joined by "; ", e.g. "OpenAI votes as its board
// (Board of directors of OpenAI) decides by its rule for "Decisions of OpenAI's board" (more
// than 50% of the one seat, ...); OpenAI Foundation appoints its only seat".
std::string member_vote_in_words(const governance::Model& model, const ownership::MemberVote& vote);

// The display label of an ultimate player: the party's name, "Other holders of <name>", or
// "<seat> (<party> board)".
std::string ultimate_player_label(const governance::Model& model,
                                  const ownership::UltimatePlayer& player);

}  // namespace jvgov::report
