// The model's alternative stake scenarios ([[scenarios]], docs/data-format.md) and what each does
// to the answer "who controls it": the model with a scenario applied, and per scenario the
// entity's control conclusion (the same control tests as the base model's, control_tests.hpp),
// whether it differs from the base model's, and the facts that explain a difference. Nothing
// here writes words.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/analysis/control_tests.hpp"
#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/governance/model.hpp"

namespace jvgov::analysis {

// `full` with `scenario` applied: on every date, each stake whose holder and issuer are those of
// a scenario stake takes the scenario's economic and voting interests; everything else is
// unchanged (the result has no scenarios of its own). The loader guarantees what makes the
// result a valid model: each scenario stake replaces some [[stakes]] record, none of a share
// class, and the sums stay at most 100%.
governance::Model with_scenario(const governance::Model& full, const governance::Scenario& scenario);

// A base deciding matter (EntityControl::deciding) under a scenario: who decides or blocks it.
struct DecidingUnderScenario {
    const MatterControl* base = nullptr;  // the matter as the base tests read it (into `base`)
    std::optional<std::string> decides_alone;  // as MatterControl, under the scenario
    std::vector<std::string> vetoes;
    bool vetoes_pass = false;
    // The base answer's parties still decide it as in the base: the sole controller decides it
    // alone, the joint controllers each hold a veto and together pass it, or the negative sole
    // controller alone holds a veto. False when the base answer is "no controlling party".
    bool kept = false;
};

// One scenario's answer for the model's entity on one date.
struct ScenarioOutcome {
    const governance::Scenario* scenario = nullptr;  // points into the full model
    // The entity's stakes in force on the date under the scenario, in file order: the interests
    // the scenario's answer uses.
    std::vector<governance::Stake> stakes;
    Overall overall;  // the entity's control conclusion under the scenario
    MatterTest ifrs11;  // the IFRS 11 joint-control test under the scenario (EntityControl::ifrs11)
    // The same conclusion as the base: the same classification, parties and deciding test, and
    // the same IFRS 11 outcome and parties (under the EU Notice two vetoes give joint control
    // even where IFRS 11 finds none, so the classification alone can hide a change).
    bool same_as_base = false;
    // The voting interests held directly in the entity by the parties the base answer names,
    // summed, under the base model and under the scenario (0 when the base names nobody).
    Rational base_parties_votes_base;
    Rational base_parties_votes;
    // The base answer's deciding matters, in the base's order, as the scenario reads them
    // (a matter the scenario's model no longer has on the date is left out).
    std::vector<DecidingUnderScenario> deciding;
};

// Every scenario of `full` (file order) on `day`, against `base`, the base model's control tests
// of the entity on that day. Empty when the model has no scenarios, or when `base` has matters
// that could not be compiled (compile_error). The result points into `full` and `base`, which
// must outlive it. Throws as control_tests does on the scenario's
// model.
std::vector<ScenarioOutcome> scenario_outcomes(const governance::Model& full, governance::Date day,
                                               const EntityControl& base);

}  // namespace jvgov::analysis
