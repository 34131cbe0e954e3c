#include "model/analysis/governance.hpp"

#include "model/governance/as_of.hpp"

namespace jvgov::analysis {

GovernanceFacts governance_facts(const governance::Model& full, governance::Date day) {
    return {full, governance::as_of(full, day), day};
}

}  // namespace jvgov::analysis
