// Look-through (integrated) economic interest: the share of each entity that each ultimate
// holder owns, summed over every chain of stakes, cycles and cross-holdings included, exactly.
//
// Definitions (all on one OwnershipGraph, economic fractions only):
// - A stake counts as a *holding* when its economic fraction is positive.
// - An *ultimate holder* is either
//   (a) a party in which no holding is recorded (a person, fund, foundation, group, or a company
//       whose owners the model does not describe), or
//   (b) the pseudo-holder "other holders of X" for each party X that has holdings summing to
//       s < 1: it holds the unallocated remainder 1 - s of X, so remainders stay visible.
//   Every other party is an *intermediate* entity (it has holdings, and they are its holders).
// - c(h, x) is the sum of the economic fractions of the stakes h holds in x (direct stake).
//
// The interest U(u, x) of ultimate holder u in entity x is the sum over all walks
// u -> y1 -> ... -> yk -> x (k >= 0, every yi intermediate) of the product of the direct stakes
// along the walk. It is the unique solution of
//     U(u, x) = c(u, x) + sum over intermediate y of U(u, y) c(y, x)     (x intermediate),
//     U(u, x) = [u is x]                                                 (x ultimate, case a),
// i.e. in matrix form, with A the direct stakes among intermediate entities and B the ultimate
// holders' direct stakes (remainders included) in them:  U = B + U A,  so  U = B (I - A)^{-1}
// ("integrated ownership": Brioschi, Buzzacchi & Colombo 1989; Levy & Szafarz). A share of
// x that x holds through a cycle (x -> y -> x) is not kept as x's "self-owned" part: the walks
// through the cycle pass it on to x's other holders, in proportion, so that for every entity
// x the ultimate holders' interests sum to exactly 1 (summing the equation over u: the column
// sums s of U satisfy s = 1'B + s A, and s = 1 is a solution because every intermediate
// entity's holdings plus remainder sum to 1; it is the only one since I - A is invertible).
// I - A is invertible unless some set of entities is held wholly by its own members with no
// outside holder; look_through rejects such a closed set.
//
// Method (exact, no truncated series): the intermediate entities and the holdings between them
// are condensed into strongly connected components (Tarjan, iterative); components are solved
// in topological order, holders first. An acyclic entity x gets U(., x) = c(., x) + sum over
// holders y of c(y, x) U(., y). A cyclic component S gets X = B_S + (contributions of holders
// outside S) and then U_S = X (I - A_SS)^{-1}, the inverse computed by exact Gauss-Jordan
// elimination (rational_matrix.hpp).
//
// Representation: each entity's interests are a sparse vector of integer numerators over one
// common denominator per entity (in lowest common terms), sorted by ultimate holder. Sums of
// such vectors need one lcm per term and then integer multiply-adds only, where reduced
// rationals would need a gcd of big numbers for every addition: behind a long cycle (whose
// determinant has hundreds of digits) this is the difference between seconds and minutes
// (docs/performance.md).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/ownership/graph.hpp"

namespace jvgov::ownership {

// An ultimate holder: a party of case (a), or, when `remainder` is set, the pseudo-holder
// "other holders of <party>" (case b).
struct UltimateHolder {
    std::size_t party = 0;
    bool remainder = false;
};

// One ultimate holder's interest in an entity: numerator / EntityInterests::denominator.
struct Share {
    std::size_t holder = 0;    // index into LookThrough::ultimates
    exact::Integer numerator;  // > 0
};

// The ultimate holders' interests in one entity: sorted by holder, numerators summing to the
// denominator (the interests sum to 1), and no integer > 1 divides the denominator and every
// numerator.
struct EntityInterests {
    exact::Integer denominator = 1;
    std::vector<Share> shares;
};

struct LookThrough {
    // Case (a) parties in file order, then the remainders in their parties' file order.
    std::vector<UltimateHolder> ultimates;
    // Per party (graph index). A case (a) party is its own ultimate holder: {1, {{itself, 1}}}.
    std::vector<EntityInterests> interests;
};

// The look-through interests of every party of `graph`. Throws InputError naming the
// parties when a set of intermediate entities is held only by its own members (I - A singular).
LookThrough look_through(const OwnershipGraph& graph);

// U(ultimate, entity) as a rational in lowest terms: 0 when the ultimate holder has no interest in
// the entity.
Rational interest(const LookThrough& result, std::size_t ultimate, std::size_t entity);

// The value of one share of an entity's interests.
Rational value(const EntityInterests& interests, const Share& share);

// The ultimate-holder index of a case (a) party, or -1 when the party has holders.
std::ptrdiff_t ultimate_of(const LookThrough& result, std::size_t party);

// A party's interest in an entity split into its direct stake (c(party, entity)) and the part
// it holds through other entities (indirect = total - direct).
struct InterestSplit {
    Rational direct;
    Rational indirect;
    Rational total;
};

// For an ultimate party (case a), total = U(party, entity) from `result`. For an intermediate
// party h, total is the sum over walks from h to the entity that do not return to h (h's
// look-through interest per unit of h: what h's own holders receive through h; computed on a
// copy of the graph with the holdings in h removed, so it costs one look_through). For
// entity == party the total is 1. Throws as look_through does.
InterestSplit interest_split(const OwnershipGraph& graph, const LookThrough& result,
                             std::size_t party, std::size_t entity);

}  // namespace jvgov::ownership
