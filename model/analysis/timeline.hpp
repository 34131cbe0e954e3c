// The dates a model can be reported on, one by one (`jvgov report --all-dates`): the model's own
// as_of and the date of every event, each with the events of that day, the entity's status and
// whether the entity exists then.
#pragma once

#include <string>
#include <vector>

#include "model/governance/model.hpp"

namespace jvgov::analysis {

struct TimelineDate {
    governance::Date day;
    bool is_as_of = false;  // the model's own as_of
    // The events that happened on `day`, file order (an event known only to its month counts on
    // the last day of that month, as governance::as_of and latest_event_date count it). Point
    // into the model, which must outlive them.
    std::vector<const governance::Event*> events;
    std::string status;           // governance::status_on(full, day)
    bool entity_exists = false;   // the entity is a party of governance::as_of(full, day)
};

// Every distinct date among full.info.as_of and the events' dates, earliest first.
std::vector<TimelineDate> timeline_dates(const governance::Model& full);

}  // namespace jvgov::analysis
