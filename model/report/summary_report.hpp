// The one-page summary of a model on one date (reports/<model>/summary.md): the answer first.
// Sections, in this order, under about 800 words for a model like Stargate:
// - the title ("<name> as of <date>: summary") and the metadata list (report_context.hpp);
// - "Status": the entity's status on the date and what it means for the analysis (governance in
//   force, as announced, or as last described), with the event that set it and its sources
//   (linked to their addresses), and the capital paid in when the model states it; when the
//   governance is not in force, the status is the banner of the other reports (status_notice);
// - "Who controls it": the control tests' classification of the entity (analysis/control_tests),
//   the test that decides it (linked to the standard) and, per deciding matter, who decides or
//   blocks it; when the governance is not in force the answer is conditional ("Not in force on
//   this date; under the announced stakes and the assumed rules (below), A and B would have
//   joint control"; "Under its governance as last described, A had sole control" when
//   dissolved); then the holders of the operational-control rights over the entity
//   (SummaryFacts::operational_control), with how sure each right is and its sources, said not
//   to be control of the strategic decisions;
// - "How sure is the answer", only when the model has stake scenarios ([[scenarios]]): one row per
//   scenario (its assumption, the interest it gives each holder of the entity, who controls the
//   entity under it or "the same"), then one paragraph: the assumption the answer rests on (the
//   scenarios' `replaces`) and, per scenario that changes the answer, why (the answer's parties'
//   votes, the thresholds of the deciding matters they no longer pass, IFRS 11 B8's "more than
//   one combination") (analysis/scenarios.hpp);
// - "Who decides what": one row per matter of the entity in the model's declared view, grouped by
//   category (strategic, other relevant, protective), one column per party: "decides alone",
//   "veto", its share of power (normalised Banzhaf index, exact fraction), "no power" or "may not
//   vote", and the assumptions the row rests on ("confirmed facts only" when none);
// - "What it rests on": the model's assumptions behind the control conclusion and the table (id
//   and text; the governance report gives their sources);
// - "What changed since <date>" when `facts.changes` is set: status, parties renamed (one entity
//   under two records: its figures are compared under the new name), stakes held directly,
//   look-through interests, matters added or removed, roles that changed, control, rights that
//   started or ended, and the number of events between the dates.
// Model text is escaped by the document model's writer. Deterministic.
#pragma once

#include <string>

#include "model/analysis/summary.hpp"
#include "model/report/document.hpp"
#include "model/report/report_context.hpp"

namespace jvgov::report {

std::string render_summary(const analysis::SummaryFacts& facts, const ReportContext& context);

// The opening of a report on a date when the entity's governance is not in force (announced,
// not formed, run inside a party, shelved, dissolved): one paragraph saying so and how to read
// the report; empty when it is in force. Shared by every report of a model.
doc::Blocks status_notice(const governance::Model& full, governance::Date day);

// "What changed since <date>": the list render_summary shows, for the other reports of the
// later edition (a heading of `level` and the list); `summary_file` is linked for the details.
doc::Blocks changes_section(const governance::Model& full, const analysis::Changes& changes,
                            int level);

}  // namespace jvgov::report
