// Why one player of one compiled governance game has the power it has, in markdown a student can
// follow: the rule, the game, the player's exact Banzhaf and Shapley-Shubik values, the coalitions
// in which it is critical, the orderings in which it is pivotal, and why it is a dummy, holds a
// veto or is a dictator (the coalition that makes it so: for a dummy the smallest coalition that
// wins without it, for a veto player the largest that loses without it, each with the conditions
// of the rule it meets or misses), and the player's power beside the share of the votes it
// casts. Written by `jvgov explain` and, for the voting-power report's surprising
// findings, as files beside the report. Small games only.
#pragma once

#include <string>

#include "model/analysis/explanation.hpp"

namespace jvgov::report {

// The explanation (analysis::explain), starting with a title that fits the case ("# Why <player>
// has no power on <matter>", "can block <matter>", "decides <matter> alone", else "Where
// <player>'s power on <matter> comes from"; " (bloc view, an alternative reading)" after it when
// the game is not in the view the model declares, followed by the declared view's figure) and
// the line "Model: <model_file>, as of <day>."; party names from `model_on_date` (the model
// as of the facts' day). Names, the rule in words and the model file are printed literally
// (doc::text, escaped by the writer). Deterministic.
std::string render_explanation(const governance::Model& model_on_date,
                               const analysis::ExplanationFacts& facts,
                               const std::string& model_file);

}  // namespace jvgov::report
