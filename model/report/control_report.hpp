// The ownership and control report (reports/<model>/control.md): who ultimately owns the model's
// entity (look-through economic interest, summed over every chain of stakes) and who controls
// each entity (by votes or by appointing its board), and where the two part ways.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/governance/model.hpp"
#include "model/report/governance_report.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::report {

// The control report of `full.info.entity` as it stood on `as_of`, in markdown, in this section
// order: title ("Ownership and control of <name> as of <date>") and metadata (model file, date,
// generator, context.related as "See also" lines); how to read this report; the ownership graph
// (a mermaid flowchart of the stakes in force, labelled with their economic and voting
// percentages, and of the board appointment rights); the stakes in force with the link to each
// stake's source in the governance report ("governance.md#source-<id>"); the look-through
// economic interest of every ultimate holder in the entity (direct, indirect, total, and the
// entities it holds through; "other holders of X" remainders included); control of every entity
// that has holders or a board (controller, basis, chain up to the ultimate controller, votes or
// seats held, overridden voting majority); findings in plain sentences computed from those
// results; a note that indirect voting power per matter is not computed yet.
// Percentages have two decimals, followed by "(exactly p/q)" when rounding hides the value.
// Deterministic: same inputs, same bytes.
// REQUIRES: `full` passed the loader's checks. Throws std::invalid_argument as
// ownership::graph_on and ownership::look_through do on a bad structure.
std::string render_control_report(const governance::Model& full, governance::Date as_of,
                                  const ReportContext& context);

// The files of this report, named from `stem` (e.g. reports/stargate/control-latest): the
// markdown at stem + ".md". Throws as render_control_report does.
std::vector<OutputFile> render_control_files(const governance::Model& full, governance::Date as_of,
                                             const ReportContext& context,
                                             const std::filesystem::path& stem);

}  // namespace jvgov::report
