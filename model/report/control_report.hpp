// The ownership and control report (reports/<model>/control.md): who ultimately owns the model's
// entity (look-through economic interest, summed over every chain of stakes) and who controls
// each entity (by votes or by appointing its board), and where the two part ways.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/analysis/control.hpp"
#include "model/report/report_context.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::report {

using analysis::ControlFacts;
using analysis::HolderInterest;
using analysis::MatterPower;

// The control report of the facts' entity as it stood on their date (analysis::control_facts),
// in markdown, in this section
// order: title ("Ownership and control of <name> as of <date>") and metadata (model file, date,
// generator, context.related as "See also" lines); the control tests of every company with a
// body (report/control_tests_report.hpp: who controls it, the tests with evidence and sources,
// deadlocks); how to read this report; the ownership graph
// (a mermaid flowchart of the stakes in force, labelled with their economic and voting
// percentages, and of the board appointment rights); the stakes in force with the link to each
// stake's source (report/citation.hpp: linked to its URL); the look-through
// economic interest of every ultimate holder in the entity (direct, indirect, total, and the
// entities it holds through; "other holders of X" remainders included); control of every entity
// that has holders or a board (sole controller by votes or board appointment, basis, chain up to
// the ultimate controller, votes or seats held, overridden voting majority; where the control
// tests of analysis/control_tests find something else, such as joint control without a sole
// controller, the row and the finding name it: "nobody alone: joint control by A and B under
// IFRS 11", "No party has sole control of X: ...; the control tests find joint control by A and
// B under IFRS 11"); findings in plain sentences computed from those results (ownership and
// control); indirect voting power per matter (the method; a table of
// normalised Banzhaf and one of Shapley-Shubik indices per ultimate holder, with its total
// look-through interest, and per matter of the members' meeting and of the board in the bloc
// view, as "p/q (0.dddd)" or Monte Carlo estimates "≈0.dddd ± 0.dddd"; how each member's vote is
// decided, in words; findings on economic interest without power and power without economic
// interest). The metadata names control.json, the same facts as JSON.
// Percentages have two decimals, followed by "(exactly p/q)" when rounding hides the value.
// Deterministic: same inputs, same bytes.
// `json_file` is the name of the JSON beside it, as linked from the metadata.
std::string render_control_report(const ControlFacts& facts, const ReportContext& context,
                                  const std::string& json_file);

// The files of this report, named from `stem` (e.g. reports/stargate/control-latest): the
// markdown at stem + ".md" (render_control_report's, with each table's CSV linked under it),
// the JSON (report/control_json.hpp) at stem + ".json", then each table as CSV
// (report/csv_tables.hpp, link_tables_as_csv).
std::vector<OutputFile> render_control_files(const ControlFacts& facts,
                                             const ReportContext& context,
                                             const std::filesystem::path& stem);

}  // namespace jvgov::report
