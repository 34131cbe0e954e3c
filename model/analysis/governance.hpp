// The facts of the governance report on one date: the whole model (for what started or ended
// before or after the date) and the model as it stood that day.
#pragma once

#include "model/analysis/committed_capital.hpp"
#include "model/analysis/provisions.hpp"
#include "model/governance/date.hpp"
#include "model/governance/model.hpp"

namespace jvgov::analysis {

struct GovernanceFacts {
    const governance::Model& full;  // the whole model (all dates)
    governance::Model on_date;      // governance::as_of(full, day)
    governance::Date day;
    CommittedCapital committed;  // to the entity, on the day
    Provisions provisions;       // the joint-venture provisions (all dates)
};

// The governance facts of `full.info.entity` on `day`. REQUIRES: `full` passed the loader's
// checks.
GovernanceFacts governance_facts(const governance::Model& full, governance::Date day);

// Throws InputError "the entity '<id>' does not exist on <day>" when the model's entity is not
// a party of `model_on_date` (it starts later or has ended): its power and control cannot be
// analysed on that day.
void require_entity(const governance::Model& model_on_date, governance::Date day);

}  // namespace jvgov::analysis
