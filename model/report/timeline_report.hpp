// The timeline page of `jvgov report --all-dates` (DIR/timeline.md): every date of the model (its
// own as_of and the date of every event, earliest first), each under its own heading with the
// entity's status that day, links to that date's summary, governance, control and voting-power
// reports (in the folder named after the date, "2025-01-22/summary.md"), and the events of the
// day, one line each. A date on which the entity does not exist says so instead of linking
// reports (there are none). Model text is escaped by the document model's writer. Deterministic.
#pragma once

#include <string>
#include <vector>

#include "model/analysis/timeline.hpp"
#include "model/report/report_context.hpp"

namespace jvgov::report {

// `dates` are analysis::timeline_dates(full).
std::string render_timeline(const governance::Model& full,
                            const std::vector<analysis::TimelineDate>& dates,
                            const ReportContext& context);

}  // namespace jvgov::report
