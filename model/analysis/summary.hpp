// The one-page answer for a model on one date (summary.md): what the entity's status means for
// the analysis, who controls it (the control tests), who decides, blocks or is powerless on each
// matter (the voting power in the model's declared view), the assumptions those rest on, how
// the control answer changes under the model's stake scenarios, and what changed since an
// earlier date. Computed from the facts the other reports use, so that the
// summary cannot disagree with them; nothing here writes words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/analysis/basis.hpp"
#include "model/analysis/control.hpp"
#include "model/analysis/control_tests.hpp"
#include "model/analysis/scenarios.hpp"
#include "model/analysis/voting_power.hpp"
#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/governance/model.hpp"

namespace jvgov::analysis {

// What an entity's status (ModelInfo::status, Event::status) says about its governance. The
// spellings are those of docs/data-format.md, read without regard to case, with spaces and '_'
// as '-' ("Wound down" is "wound-down"); any other status is `other` (shown as given).
enum class StatusKind {
    operating,  // "operating", "active", "formed", "listed", or no status: the rules are in force
    announced,         // "announced": announced, not yet formed or operating
    not_formed,        // "not-formed": said not to be formed yet
    run_inside,        // "run-inside-<party id>": its work is run inside that party
    shelved,           // "shelved": put aside, never funded or staffed
    dissolved,         // "dissolved", "wound-up", "wound-down", "liquidated"
    other,
};

struct StatusMeaning {
    StatusKind kind = StatusKind::operating;
    std::string run_by;  // run_inside: the party id after "run-inside-"
};

StatusMeaning status_meaning(std::string_view status);

// Whether the model's bodies and rules are the entity's governance in force (operating, other),
// rather than governance as announced (announced, not formed, run inside, shelved) or as last
// described (dissolved).
bool governance_in_force(StatusKind kind);

// The event that set the entity's status in force on `day` (governance::status_on): the latest
// event dated by then with that status; nullptr when the status is the model's own.
const governance::Event* status_event(const governance::Model& full, governance::Date day);

// One party's place on one matter.
enum class MatterRole {
    decides_alone,  // its players pass the matter even with the whole float against them
    veto,           // the others cannot pass it without it, even with the whole float
    share,          // some power (Banzhaf > 0), neither deciding alone nor blocking
    none,           // no power: its vote never changes the outcome
    may_not_vote,   // excluded from this matter (a conflict) or without votes on it
    not_a_player,   // no vote in this body at all (e.g. a director at the members' meeting)
};

struct MatterCell {
    MatterRole role = MatterRole::none;
    Rational banzhaf;  // the party's summed normalised Banzhaf index (oceanic with a float)
};

// One matter of the entity in the model's declared view.
struct MatterRow {
    std::string body;  // body id
    std::string body_name;
    std::string matter;  // matter id
    std::string matter_name;
    std::optional<governance::MatterCategory> category;  // as tagged
    governance::MatterCategory counts_as = governance::MatterCategory::relevant;
    bool with_float = false;        // a dispersed float votes beside the parties
    std::vector<MatterCell> cells;  // one per SummaryFacts::parties
    Basis basis;                    // the game's (GameResult::basis)
};

// What changed in one party's figure between two dates (nullopt: not present on that date).
struct FigureChange {
    std::string party;  // party id
    std::optional<Rational> before;
    std::optional<Rational> after;
};

struct ControlChange {
    std::string entity;  // party id
    // "sole control by X" etc. as classification + parties; nullopt: not tested on that date.
    std::optional<Overall> before;
    std::optional<Overall> after;
};

struct RoleChange {
    std::string body_name;
    std::string matter_name;
    std::string party;  // party id
    std::optional<MatterCell> before;
    std::optional<MatterCell> after;
};

// A party record continued by another from `on` (Party::renamed_from): one entity renamed.
struct Renaming {
    std::string before;  // party id of the earlier record
    std::string after;   // party id of the record continuing it
    governance::Date on;
};

// What changed from one date to a later one. A party renamed in between is one entity: every
// figure, role and controller of the earlier date is compared under the record that stands for
// it on the later date.
struct Changes {
    governance::Date since;
    std::string status_before;
    std::string status_after;
    std::vector<Renaming> renamings;  // continuing records started in (since, later date]
    std::vector<FigureChange> stakes;        // economic interests held directly in the entity
    std::vector<FigureChange> look_through;  // ultimate holders' look-through interests
    std::vector<std::string> matters_added;    // "body name: matter name"
    std::vector<std::string> matters_removed;  // "body name: matter name"
    std::vector<RoleChange> roles;           // matters in both: cells that changed
    std::vector<ControlChange> control;      // companies whose classification changed
    std::vector<governance::Right> rights_started;  // in force after, not before (copies)
    std::vector<governance::Right> rights_ended;    // in force before, not after (copies)
    int events = 0;  // events dated after `since` up to the later date
};

struct SummaryFacts {
    const governance::Model& full;
    governance::Date day;
    std::string status;  // governance::status_on(full, day)
    StatusMeaning meaning;
    const EntityControl* control = nullptr;  // the entity's control tests (in `control_facts`)
    std::vector<std::string> parties;        // the matrix's columns: party ids, first-seen order
    std::vector<std::string> party_names;
    std::vector<MatterRow> matters;  // strategic, then relevant (and untagged), then protective
    // The assumption ids the control conclusion and the matrix rest on, first-citation order.
    std::vector<std::string> assumptions;
    // The rights of kind operational-control in force on the date with the entity among their
    // counterparties (copies, file order): who runs it day to day, which is not control of its
    // strategic decisions (the control tests).
    std::vector<governance::Right> operational_control;
    std::optional<Changes> changes;
    // The model's stake scenarios and the control answer under each (scenarios.hpp); empty when
    // the model has none or the entity has no control tests on the date.
    std::vector<ScenarioOutcome> scenarios = {};
};

// The matter rows of the entity in the declared view (one per matter of each body), grouped by
// category, file order within a category, with their parties: the party groups of the games
// (GameResult::groups), except that a board's unnamed independent directors share one column,
// "independent", their coalition's role and their summed index ("together").
struct Matrix {
    std::vector<std::string> parties;
    std::vector<std::string> party_names;
    std::vector<MatterRow> rows;
};
Matrix matter_matrix(const VotingPowerFacts& power);

// The id of the merged group of a board's unnamed independent directors (below).
inline constexpr std::string_view independents_group_id = "independent";

// The party groups of a game (GameResult::groups) with a board's unnamed independent directors
// (no appointer, ids "independent-<k>") merged into one group, id "independent", named
// "Independent directors (together)", with their players and summed vote share; the merged
// group takes the place of the first of them.
std::vector<PartyGroup> merged_independent_groups(const GameResult& result);

// What changed from `before` to `after` (both of the same model; before.day < after.day).
Changes changes_between(const VotingPowerFacts& before_power, const ControlFacts& before_control,
                        const VotingPowerFacts& after_power, const ControlFacts& after_control);

// The summary of one date. `control` and `power` are of the same model and date; the result
// points into `control` and `power.full`, which must outlive it. Throws as scenario_outcomes
// does (a scenario's model that cannot be analysed).
SummaryFacts summary_facts(const VotingPowerFacts& power, const ControlFacts& control,
                           std::optional<Changes> changes);

}  // namespace jvgov::analysis
