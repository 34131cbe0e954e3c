// The control tests (analysis/control_tests.hpp) in words and as JSON, for the control report.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "model/analysis/control_tests.hpp"
#include "model/governance/model.hpp"
#include "model/report/document.hpp"

namespace jvgov::report {

// The opening sections of control.md, in this order:
// - "Who controls it": one table row per company with a body (Company, Control, By, Test,
//   Significant influence (IAS 28), Persons with significant control (CA 2006 Sch 1A));
// - "The control tests": per company, one row per test (Test, Conclusion, Evidence, Source: the
//   standard and paragraphs, linked); the evidence names the matters, the vetoes, the seats and
//   the holdings that decide it, each matter's rule in words (report/rule_wording);
//   a paragraph on where IFRS 11 and the Notice disagree and why, and the model's assumptions
//   the conclusion rests on (id and text);
// - "Deadlocks": per company, the matters two or more parties can each block while none decides
//   alone, who can block them and what the model's deadlock clauses do (or that nothing breaks
//   a tie); a sentence when no matter can deadlock.
// Party names come from `full`. Deterministic.
doc::Blocks control_tests_sections(const governance::Model& full,
                                   const std::vector<analysis::EntityControl>& tests);

// The same facts as JSON (the "control_tests" array of control.json, schema jvgov/control@4;
// docs/json-formats.md).
nlohmann::ordered_json control_tests_json(const std::vector<analysis::EntityControl>& tests);

// What the control tests conclude for one company, in words: "joint control by OpenAI and
// SoftBank Group under IFRS 11", "negative sole control by X under the EU Jurisdictional
// Notice", "sole control by X through de facto control under IFRS 10"; "" when they find no
// controlling party. Names from `full`.
std::string control_answer(const governance::Model& full, const analysis::EntityControl& control);

// "Larry Page (26.30%) and Sergey Brin (24.81%)": each holding of `holdings` (such as
// EntityControl::significant_influence) with its votes and the companies it is held through.
std::string votes_held_text(const governance::Model& full,
                            const std::vector<analysis::Holding>& holdings);

// "strategic", "other relevant activity", "protective", or "untagged (counts as relevant)": a
// matter's category in words, for every report that lists matters.
std::string category_text(const std::optional<governance::MatterCategory>& category);

}  // namespace jvgov::report
