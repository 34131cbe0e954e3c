// The governance report (reports/<model>/governance.md): who owns, appoints, decides and holds
// which right in the model's entity on one date, with every fact's confidence and source.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/analysis/governance.hpp"
#include "model/report/report_context.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::report {

// The governance report of the facts' entity as it stood on their day, in markdown, in this
// section order: title and metadata; how to read this report; overview (name, description,
// status on the date, committed capital per currency (labelled derived), converted into one
// currency only at the model's stated exchange rates, which it names, and the paid-in capital
// per currency when some stake states it; when the day is later than the model's own
// as_of, a "What changed" list of the events and of the stakes, versions, rights and parties
// that started or ended in between); parties and roles; ownership of the entity (table with the
// unallocated remainder when not zero, the stakes in other parties, a mermaid ownership
// flowchart of the stakes in force); decision bodies (seats by appointer, chair, casting vote,
// quorum, bloc voting); decision rules per body and matter; the deadlock devices and transfer
// restrictions among the owners (analysis::Provisions: trigger, what happens, who, dates,
// confidence, sources; left out when there are none); rights in force / already ended and the
// agreement versions started by the date; the timeline of the events up to the date (mermaid
// and table), then one line saying how many later events there are, linking the governance
// report of the other edition in context.related when there is one; the claims of the source
// articles and the records shown that represent them; the assumptions the report cites (named
// in what it shows, or in a cited assumption) and those no record uses, with where they are
// used; the sources it cites (named in what it shows; the note of a source dated after the date
// is left out); the glossary (report/glossary.hpp). What starts after the date (rights,
// agreement versions, parties, events) is left to the reports of later dates.
// Every fact row shows its confidence (with every assumption, linked to the Assumptions heading)
// and each of its sources (linked to the source's URL: report/citation.hpp); long descriptions
// and notes are listed under their table ("Notes:") to keep tables compact. A source or event dated only by its month is written "June 2025", never as a day; such
// an event is on or before the date once its whole month is. Deterministic: same inputs, same
// bytes.
// REQUIRES: the facts' model passed the loader's checks (ids resolve; stakes do not
// over-allocate).
// Every table is also written as CSV (report/csv_tables.hpp), linked under it as
// "<stem name>-tables/<slug>.csv".
std::string render_governance_report(const analysis::GovernanceFacts& facts,
                                     const ReportContext& context,
                                     const std::filesystem::path& stem = "governance");

// The files of this report: the markdown at stem + ".md", then the CSV of each table.
std::vector<OutputFile> render_governance_files(const analysis::GovernanceFacts& facts,
                                                const ReportContext& context,
                                                const std::filesystem::path& stem);

}  // namespace jvgov::report
