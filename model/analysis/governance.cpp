#include "model/analysis/governance.hpp"

#include <fmt/core.h>

#include "model/exact/errors.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/registry.hpp"

namespace jvgov::analysis {

GovernanceFacts governance_facts(const governance::Model& full, governance::Date day) {
    return {full, governance::as_of(full, day), day,
            committed_capital(full, full.info.entity, day), joint_venture_provisions(full, day)};
}

void require_entity(const governance::Model& model_on_date, governance::Date day) {
    const auto& entity = model_on_date.info.entity;
    if (governance::find_party(model_on_date, entity) == nullptr) {
        throw InputError(fmt::format(
            "the entity '{}' does not exist on {}, so its power and control cannot be analysed "
            "on that date",
            entity, governance::to_iso_string(day)));
    }
}

}  // namespace jvgov::analysis
