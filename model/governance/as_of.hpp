// The model as it stood on one day, and the dates that matter for such views.
#pragma once

#include <optional>
#include <string>

#include "model/governance/model.hpp"

namespace jvgov::governance {

// A copy of `model` as it stood on `day`:
// - parties, stakes and rights whose Period contains `day` (a stake given as shares of a class
//   gets the interests class_interests derives from the classes in force, 0 when its class is
//   not in force); a party with role_terms keeps in `roles` the roles of the terms in force on
//   `day` (and only those terms), and the role registry is rebuilt from the kept parties;
// - bodies and matters: the versions whose Period contains `day` (at most one per id in a
//   loaded model); a kept board keeps the seat groups whose Period contains `day`; a body with
//   chair_terms keeps the term in force on `day` (or none) and `chair` becomes its party (empty
//   when no term is in force);
// - share classes, voting caps, multiple votes, suspensions, pools and directed votes whose
//   Period contains `day`;
// - agreements keep only their versions in force on `day`; an agreement with versions of
//   which none is in force is dropped (one without versions is kept);
// - events dated on or before `day` (an event known only to its month: when the whole month
//   is on or before `day`);
// - info.status = status_on(model, day) and info.as_of = day.
// Sources, assumptions, claims and exchange rates (each dated by itself) are kept unchanged.
// File order is kept.
Model as_of(const Model& model, Date day);

// The entity's status on `day`: the status of the latest event on or before `day` that sets
// one (the later in file order on a tie), else model.info.status.
std::string status_on(const Model& model, Date day);

// The date of the latest event (the last day of its month when only the month is known), or
// nullopt when the model has no events.
std::optional<Date> latest_event_date(const Model& model);

}  // namespace jvgov::governance
