// The editions `jvgov report` writes (model/cli/report.cpp): one dated set of the summary,
// governance, control and voting-power reports each. Shared by the usual two editions (the
// model's own date and its latest event) and by --all-dates (model/cli/all_dates.cpp).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis/control.hpp"
#include "model/analysis/summary.hpp"
#include "model/analysis/voting_power.hpp"
#include "model/governance/model.hpp"
#include "model/report/report_context.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::cli {

// One dated set of the four reports: the model as of its own date (file suffix ""), as of the
// date of its latest event ("-latest"), as of --as-of (""), or one date of --all-dates ("", in
// its own folder).
struct Edition {
    governance::Date day;
    std::string suffix;
};

// The analyses of one edition, computed once and shared by its reports (and by the "what
// changed" comparison with another edition).
struct EditionFacts {
    analysis::VotingPowerFacts power;
    analysis::ControlFacts control;
};

// The same report in another edition, linked from each report of this one: the link target is
// prefix + the report's stem ("governance") + suffix + ".md", e.g. "governance-latest.md" or
// "../2025-01-22/governance.md".
struct EditionLink {
    std::string prefix;
    std::string suffix;
    std::string description;  // e.g. "the same report as of 2025-01-22, the model's own date"
};

// The four reports of one edition, in the order summary, governance, control, voting power.
// Each links to the summary first (the summary to the three others), to its siblings of the same
// edition, to the same report of each of `others`, then to each of `also` (e.g. the timeline
// page). `changes` (set for an edition after the first) opens every report with what changed
// since the earlier one; every report but the summary opens with the entity's status notice
// when its governance is not in force. With `power_same_as` (the voting power is as in an
// earlier edition: analysis::same_voting_power), the voting-power report links back to that
// edition's report instead of repeating it.
std::vector<report::OutputFile> edition_files(const governance::Model& model,
                                              const std::string& model_file,
                                              const std::filesystem::path& out,
                                              const Edition& edition, const EditionFacts& facts,
                                              const std::vector<EditionLink>& others,
                                              const std::vector<report::RelatedReport>& also,
                                              const std::optional<analysis::Changes>& changes,
                                              const std::optional<report::ReportContext::SameAs>&
                                                  power_same_as);

// `jvgov report FILE --all-dates`: one edition per date of analysis::timeline_dates(model) on
// which the entity exists, in out/<YYYY-MM-DD>/ (each after the first with what changed since
// the previous one, each linking to the same report of the previous and the next date and to the
// timeline), and out/timeline.md (report/timeline_report.hpp). The analyses' InputErrors
// propagate (run_guarded reports them).
std::vector<report::OutputFile> all_dates_files(const governance::Model& model,
                                                const std::string& model_file,
                                                const std::filesystem::path& out);

}  // namespace jvgov::cli
