#include "model/report/report_context.hpp"

#include <fmt/core.h>

#include "model/governance/as_of.hpp"

namespace jvgov::report {

std::string date_reason(const governance::Model& full, governance::Date day) {
    if (full.info.as_of && *full.info.as_of == day)
        return " (the model's own date)";
    if (const auto latest = governance::latest_event_date(full); latest && *latest == day)
        return " (the date of the latest event in the model)";
    return "";
}

std::vector<std::string> see_also_items(const ReportContext& context) {
    std::vector<std::string> items;
    for (const auto& related : context.related) {
        items.push_back(
            fmt::format("See also: [{}]({}), {}", related.file, related.file, related.description));
    }
    return items;
}

}  // namespace jvgov::report
