// What every report says about how it was made: the model file, the tool, the date and the
// sibling reports to point to. Shared by the governance, control, voting-power and example
// reports so their metadata lists read the same.
#pragma once

#include <string>
#include <vector>

#include "model/governance/model.hpp"

namespace jvgov::report {

// Another report to point the reader to from the metadata list ("governance-latest.md").
struct RelatedReport {
    std::string file;         // relative link target, e.g. "governance-latest.md"
    std::string description;  // e.g. "the same report as of 2026-04-27 (the latest event)"
};

// What the report says about how it was made. No timestamps: the same inputs give the same bytes.
struct ReportContext {
    std::string model_path;    // the model file as shown to the reader, e.g. "data/stargate.toml"
    std::string tool_version;  // e.g. "jvgov 0.1.0"
    std::vector<RelatedReport> related;
};

// Why the report is as of `day`: " (the model's own date)", " (the date of the latest event in
// the model)", or "" for any other date.
std::string date_reason(const governance::Model& full, governance::Date day);

// One "See also: [file](file), description" item per related report, in order.
std::vector<std::string> see_also_items(const ReportContext& context);

}  // namespace jvgov::report
