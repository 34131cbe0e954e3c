#include "model/analysis/provisions.hpp"

#include <algorithm>

#include "model/governance/registry.hpp"

namespace jvgov::analysis {

PeriodState state_on(const governance::Period& period, governance::Date day) {
    if (period.contains(day))
        return PeriodState::in_force;
    return period.ended_by(day) ? PeriodState::ended : PeriodState::not_yet_started;
}

Provisions joint_venture_provisions(const governance::Model& model, governance::Date day) {
    const auto& entity = model.info.entity;
    const auto owners = governance::stakes_in(model, entity);
    const auto is_owner = [&](const std::string& party) {
        return party == entity ||
               std::any_of(owners.begin(), owners.end(), [&party](const governance::Stake* stake) {
                   return stake->holder == party;
               });
    };
    Provisions provisions;
    for (const auto& right : model.rights) {
        const auto right_family = governance::family(right.kind);
        const auto is_other_owner = [&](const std::string& party) {
            return party != entity && is_owner(party);
        };
        if (right_family == governance::RightFamily::other ||
            std::none_of(right.holders.begin(), right.holders.end(), is_owner) ||
            !std::all_of(right.counterparties.begin(), right.counterparties.end(),
                         is_other_owner)) {
            continue;
        }
        auto& list = right_family == governance::RightFamily::deadlock_device
                         ? provisions.deadlock_devices
                         : provisions.transfer_restrictions;
        list.push_back({&right, state_on(right.period, day)});
    }
    return provisions;
}

}  // namespace jvgov::analysis
