// The ownership and control report (reports/<model>/control.md): who ultimately owns the model's
// entity (look-through economic interest, summed over every chain of stakes) and who controls
// each entity (by votes or by appointing its board), and where the two part ways.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/compile/compile_games.hpp"
#include "model/governance/model.hpp"
#include "model/ownership/control.hpp"
#include "model/ownership/graph.hpp"
#include "model/ownership/indirect_power.hpp"
#include "model/ownership/look_through.hpp"
#include "model/report/report_context.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::report {

using exact::Rational;

// Everything the control report (markdown and JSON) shows, computed once from the model on one
// date.
struct HolderInterest {
    std::size_t ultimate = 0;  // index into interests.ultimates
    Rational direct;
    Rational indirect;
    Rational total;
    std::vector<std::size_t> through;  // parties held directly that lead to the entity
};

// The indirect voting power of one JV game: a matter of the members' meeting, or of the board
// in the bloc view (appointers as players).
struct MatterPower {
    compile::CompiledGame game;
    std::string matter_name;
    ownership::IndirectPower power;
};

struct ControlFacts {
    const governance::Model& full;
    governance::Date day;
    ownership::OwnershipGraph graph;
    ownership::LookThrough interests;
    std::vector<ownership::Control> controls;
    std::size_t entity = 0;               // graph index of full.info.entity
    std::vector<HolderInterest> holders;  // the ultimate holders of the entity, look-through order
    std::vector<MatterPower> matters;     // compile order: members' matters, board matters (bloc)
    std::vector<ownership::Divergence> divergences;
};

// The facts of the control report of `full.info.entity` on `as_of`. Indirect voting power uses
// ownership::indirect_power with its default options (exact up to 20 ultimate players, else
// 100000 Monte Carlo samples with seed 1). Throws InputError as ownership::graph_on
// and ownership::look_through do on a bad structure, compile::CompileError when a game of the
// entity or of a member's board cannot be compiled.
ControlFacts control_facts(const governance::Model& full, governance::Date as_of);

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
// results (ownership and control); indirect voting power per matter (the method; a table of
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

// The same from the model, the JSON named "control.json". REQUIRES: `full` passed the loader's
// checks. Throws as control_facts does.
std::string render_control_report(const governance::Model& full, governance::Date as_of,
                                  const ReportContext& context);

// The files of this report, named from `stem` (e.g. reports/stargate/control-latest): the
// markdown at stem + ".md" and the JSON (report/control_json.hpp) at stem + ".json". Throws as
// render_control_report does.
std::vector<OutputFile> render_control_files(const governance::Model& full, governance::Date as_of,
                                             const ReportContext& context,
                                             const std::filesystem::path& stem);

}  // namespace jvgov::report
