// The joint-venture provisions of a model: its deadlock devices and its transfer restrictions
// and exit options (governance::RightFamily), as the governance report lists them.
#pragma once

#include <vector>

#include "model/governance/model.hpp"

namespace jvgov::analysis {

// Where a right stands on the report's day.
enum class PeriodState { in_force, not_yet_started, ended };

PeriodState state_on(const governance::Period& period, governance::Date day);

struct Provision {
    const governance::Right* right;  // points into the model
    PeriodState state;
};

struct Provisions {
    std::vector<Provision> deadlock_devices;  // RightFamily::deadlock_device
    // RightFamily::transfer_restriction and RightFamily::exit_option
    std::vector<Provision> transfer_restrictions;
};

// The rights of `model` (all dates, file order) of a deadlock, transfer or exit family that are
// provisions among the joint venture's owners (an owner: a party with a stake in the entity on
// some date): held by the entity or by an owner, and held against owners only (or, when no
// counterparty is named, by the holders against each other). A right of these kinds held by an
// outsider, or held against the entity itself (such as an owner's right of first refusal over
// the entity's supply orders), is not one of them.
Provisions joint_venture_provisions(const governance::Model& model, governance::Date day);

}  // namespace jvgov::analysis
