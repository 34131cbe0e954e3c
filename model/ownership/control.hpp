// Control: who controls each entity, by appointing its board or by its votes, directly or
// through entities it controls, up to the ultimate controller; and where control and economic
// interest part ways.
//
// Definitions (one OwnershipGraph; "votes of X" are the voting fractions of the stakes in X;
// "seats of X" are the seats of X's board, graph.boards):
// - The *group* of a party P is P together with every party P controls, directly or through
//   others.
// - P controls X by *appointment* when P's group appoints more than half of the seats of X's
//   board, whatever its economic or voting stake in X.
// - P controls X by *votes* when P's group holds more than half of the votes of X.
// - Precedence: appointment comes first. Appointment rights in the model are special rights that
//   take board control away from the voting majority (which otherwise elects the board), so when
//   one group appoints a majority of the seats and another holds a majority of the votes, the
//   appointer controls X and the voting majority is reported as overridden.
// - Votes are the adjusted votes of the graph (governance::adjusted_votes): a vote directed by
//   another party counts for that party's group; a voting pool's votes count as a whole for the
//   group that alone wins the pool's rule (its leader's group; a group holding the pool's
//   threshold of its votes; for unanimity, a group holding all of them), else for nobody.
// - Votes and seats of X held by X's own group (X's subsidiaries holding X) count for nobody.
// - So do the votes of a dispersed holder (graph.dispersed: a free float, many small holders who
//   never vote as one) and the unallocated remainder of X (no edge): neither ever controls X,
//   and a holder facing them controls X by votes only with more than half of all the votes.
// - Parties that would control each other in a circle (X controls Y through its votes and Y
//   controls X) are resolved in file order: the first of the circle is the top of the chain.
//
// Method: a fixed point. Starting from "nobody controls anybody", each round groups every
// entity's votes and seats by the top of their holder's current control chain, and picks the
// controller by the rules above (all entities from the previous round's chains, so the result
// does not depend on the order of the entities); rounds repeat until no chain changes.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "model/ownership/graph.hpp"
#include "model/ownership/look_through.hpp"

namespace jvgov::ownership {

enum class ControlBasis { none, appointment, votes };

// "none", "appointment", "votes": the spelling of the control JSON.
std::string_view name(ControlBasis basis);

struct Control {
    ControlBasis basis = ControlBasis::none;
    // The control chain: the immediate controller first, the ultimate controller last; empty
    // when nobody controls the entity. The immediate controller is the member of the
    // controlling group with the largest direct part (seats for appointment, votes for votes),
    // the ultimate controller itself on a tie, else the first in file order.
    std::vector<std::size_t> chain;
    // The members of the controlling group holding votes or seats of the entity, file order.
    std::vector<std::size_t> group;
    Rational votes;  // the votes of the entity held by the controlling group
    int seats = 0;   // the seats of the entity's board appointed by the controlling group
    // basis == appointment and another group holds more than half of the votes: the top of
    // that group's chain.
    std::optional<std::size_t> overridden_voting_majority;
};

// One Control per party of the graph (graph index). Throws std::logic_error if the rounds do
// not settle within parties + 2 rounds (not expected: reported rather than looping forever).
std::vector<Control> control(const OwnershipGraph& graph);

// The ultimate controller of a party, or nullopt.
std::optional<std::size_t> ultimate_controller(const Control& control);

enum class DivergenceKind {
    economic_above_votes,             // a direct stake whose economic fraction exceeds its votes
    controller_without_majority,      // the ultimate controller's look-through interest < 1/2
    larger_interest_than_controller,  // an ultimate holder, not the controller, with a larger
                                      // look-through interest than the controller's
};

// "economic_above_votes", "controller_without_majority", "larger_interest_than_controller": the
// spelling of the control JSON.
std::string_view name(DivergenceKind kind);

// `party` and `entity` are graph indices. `economic` is the direct economic fraction
// (economic_above_votes) or the look-through total (interest_split(...).total);
// `votes` is the direct voting fraction of that party in the entity (its group's votes for
// controller_without_majority).
struct Divergence {
    DivergenceKind kind = DivergenceKind::economic_above_votes;
    std::size_t entity = 0;
    std::size_t party = 0;
    Rational economic;
    Rational votes;
    // larger_interest_than_controller: the ultimate controller and its look-through interest
    // in the entity (interest_split(...).total); 0 for the other kinds.
    std::size_t controller = 0;
    Rational controller_economic;
};

// Every divergence, by entity (file order), then kind (declaration order), then stake (file
// order) for economic_above_votes and party (file order) for the others. `interests` and `controls`
// must come from the same graph. Throws as interest_split. Cost: one interest_split per controlled
// entity, i.e. one more look_through for each entity whose ultimate controller is itself held by
// others (meant for report-sized models).
std::vector<Divergence> divergences(const OwnershipGraph& graph, const LookThrough& interests,
                                    const std::vector<Control>& controls);

}  // namespace jvgov::ownership
