#include "model/analysis/scenarios.hpp"

#include <algorithm>
#include <utility>

#include "model/governance/registry.hpp"

namespace jvgov::analysis {

using governance::Model;
using governance::Scenario;
using governance::Stake;

Model with_scenario(const Model& full, const Scenario& scenario) {
    Model result = full;
    result.scenarios.clear();
    result.stakes.clear();
    for (Stake stake : full.stakes) {
        for (const auto& replacement : scenario.stakes) {
            if (replacement.holder == stake.holder && replacement.issuer == stake.issuer) {
                stake.economic = replacement.economic;
                stake.voting = replacement.voting;
            }
        }
        result.stakes.push_back(std::move(stake));
    }
    return result;
}

namespace {

const MatterControl* same_matter(const EntityControl& control, const MatterControl& matter) {
    const auto found = std::find_if(control.matters.begin(), control.matters.end(),
                                    [&](const MatterControl& candidate) {
                                        return candidate.game.body == matter.game.body &&
                                               candidate.game.matter == matter.game.matter;
                                    });
    return found == control.matters.end() ? nullptr : &*found;
}

bool same_answer(const EntityControl& a, const EntityControl& b) {
    return a.overall.classification == b.overall.classification &&
           a.overall.parties == b.overall.parties && a.overall.by == b.overall.by &&
           a.ifrs11.outcome == b.ifrs11.outcome && a.ifrs11.parties == b.ifrs11.parties;
}

// Whether the parties `overall` names still decide `matter` as the answer says.
bool keeps(const Overall& overall, const MatterControl& matter) {
    switch (overall.classification) {
    case Classification::sole_control:
        return matter.decides_alone && overall.parties.size() == 1 &&
               *matter.decides_alone == overall.parties.front();
    case Classification::joint_control:
        return matter.vetoes_pass && matter.vetoes == overall.parties;
    case Classification::negative_sole_control:
        return !matter.decides_alone && matter.vetoes == overall.parties;
    case Classification::none:
        break;
    }
    return false;
}

Rational direct_votes(const Model& model, const std::string& entity, governance::Date day,
                      const std::vector<std::string>& parties) {
    Rational sum(0);
    for (const Stake* stake : governance::stakes_in_on(model, entity, day))
        if (std::find(parties.begin(), parties.end(), stake->holder) != parties.end())
            sum += stake->voting;
    return sum;
}

}  // namespace

std::vector<ScenarioOutcome> scenario_outcomes(const Model& full, governance::Date day,
                                               const EntityControl& base) {
    std::vector<ScenarioOutcome> outcomes;
    if (!base.compile_error.empty())
        return outcomes;
    const std::string& entity = full.info.entity;
    for (const Scenario& scenario : full.scenarios) {
        const Model applied = with_scenario(full, scenario);
        const std::vector<EntityControl> tests = control_tests(applied, day);
        const EntityControl* control = find_entity_control(tests, entity);
        ScenarioOutcome outcome;
        outcome.scenario = &scenario;
        for (const Stake* stake : governance::stakes_in_on(applied, entity, day))
            outcome.stakes.push_back(*stake);
        if (control != nullptr) {
            outcome.overall = control->overall;
            outcome.ifrs11 = control->ifrs11;
        }
        outcome.same_as_base = control != nullptr && same_answer(*control, base);
        outcome.base_parties_votes_base = direct_votes(full, entity, day, base.overall.parties);
        outcome.base_parties_votes = direct_votes(applied, entity, day, base.overall.parties);
        for (const std::size_t index : base.deciding) {
            const MatterControl& matter = base.matters[index];
            const MatterControl* under = control == nullptr ? nullptr : same_matter(*control, matter);
            if (under != nullptr)
                outcome.deciding.push_back({&matter, under->decides_alone, under->vetoes,
                                            under->vetoes_pass, keeps(base.overall, *under)});
        }
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

}  // namespace jvgov::analysis
