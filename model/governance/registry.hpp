// Lookups and upkeep of a Model's registries: parties by id and role, stakes by holder and
// issuer, bodies and matters by id, and exact sums of the stakes in an issuer on a date.
//
// Plain free functions over a Model. Lookups never throw: a missing id gives nullptr or an
// empty list. Returned pointers point into the model and stay valid until it is modified.
#pragma once

#include <string_view>
#include <vector>

#include "model/governance/model.hpp"

namespace jvgov::governance {

// Appends `party` to model.parties (file order) and one RoleEntry per role to model.roles.
// Returns false, leaving the model unchanged, when a party with the same id already exists.
bool add_party(Model& model, Party party);

// The party with this id, or nullptr.
const Party* find_party(const Model& model, std::string_view id);

// The parties that hold `role`, in the order they were added.
std::vector<const Party*> parties_with_role(const Model& model, std::string_view role);

// The stakes `holder` holds in any issuer, in the order they were added (file order).
std::vector<const Stake*> stakes_held_by(const Model& model, std::string_view holder);

// The stakes held in `issuer` by anyone, in the order they were added (file order).
std::vector<const Stake*> stakes_in(const Model& model, std::string_view issuer);

// The stakes held in `issuer` whose period contains `day`, in the order they were added.
std::vector<const Stake*> stakes_in_on(const Model& model, std::string_view issuer, Date day);

// Exact sums of the economic and voting interests in one issuer.
struct StakeTotals {
    Rational economic;
    Rational voting;
};

// The sums of the stakes in `issuer` in force on `day` (0 and 0 when there are none).
StakeTotals stake_totals(const Model& model, std::string_view issuer, Date day);

// 1 minus stake_totals(): the part of the issuer held by nobody in the model on `day`.
// Negative when the stakes over-allocate the issuer (the loader rejects such models).
StakeTotals unallocated(const Model& model, std::string_view issuer, Date day);

// Every issuer that has at least one stake, sorted by id.
std::vector<std::string> issuers(const Model& model);

// The body with this id, or nullptr.
const Body* find_body(const Model& model, std::string_view id);

// The matter `id` of `body`, or nullptr.
const Matter* find_matter(const Model& model, std::string_view body, std::string_view id);

// The party's name, or `id` itself when the model has no such party.
std::string party_name(const Model& model, std::string_view id);

// The matters decided by `body`, in file order (the default matter included).
std::vector<const Matter*> matters_of(const Model& model, std::string_view body);

// The body's default matter (Matter::is_default), or nullptr when it has none.
const Matter* default_matter(const Model& model, std::string_view body);

// The total number of voting seats of a board (the sum of its seat groups' counts, observer
// seats left out).
int seat_count(const Body& body);

// The voting seats of a board that `party` appoints (the sum over its seat groups, observer
// seats left out).
int seats_appointed_by(const Body& body, std::string_view party);

// The observer seats of a board (attending without a vote).
int observer_count(const Body& body);

}  // namespace jvgov::governance
