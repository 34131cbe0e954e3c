#include "model/analysis/timeline.hpp"

#include <algorithm>

#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"

namespace jvgov::analysis {

std::vector<TimelineDate> timeline_dates(const governance::Model& full) {
    std::vector<governance::Date> days;
    if (full.info.as_of)
        days.push_back(*full.info.as_of);
    for (const auto& event : full.events)
        days.push_back(governance::last_day(event.date, event.precision));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    std::vector<TimelineDate> dates;
    for (const auto day : days) {
        TimelineDate date;
        date.day = day;
        date.is_as_of = full.info.as_of && *full.info.as_of == day;
        for (const auto& event : full.events) {
            if (governance::last_day(event.date, event.precision) == day)
                date.events.push_back(&event);
        }
        date.status = governance::status_on(full, day);
        date.entity_exists =
            governance::find_party(governance::as_of(full, day), full.info.entity) != nullptr;
        dates.push_back(std::move(date));
    }
    return dates;
}

}  // namespace jvgov::analysis
