// The ownership graph of a model on one date: parties as nodes, stakes as holder -> issuer edges
// with exact economic and voting fractions, and the boards' appointment rights.
//
// A plain value: parties, edges and boards are addressed by index (no pointers), in the model's
// file order, so everything computed from a graph comes out in a deterministic order. Any depth,
// cycles and cross-holdings (A holds B, B holds A) and self-holdings are allowed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/governance/model.hpp"

namespace jvgov::ownership {

using exact::Rational;

// A stake: `holder` holds `economic` of the issuer's value and `voting` of the votes in its
// members' meeting (fractions of 1). `stake` is the stake's position in the model's file order
// (its provenance is model.stakes[stake]), or the position given to make_graph.
// `voting` is the stake's part of its holder's adjusted votes (governance::adjusted_votes, general
// votes: after share classes, multiple votes, suspensions and caps; a holder's several stakes
// share its adjusted votes in proportion to their voting interests). `cast_by`, when set, is the
// party that directs how these votes are cast (a directed vote); otherwise the holder casts them.
struct Edge {
    std::size_t holder = 0;
    std::size_t issuer = 0;
    Rational economic;
    Rational voting;
    std::size_t stake = 0;
    std::optional<std::size_t> cast_by = std::nullopt;
};

// A voting pool of an issuer's holders on the date (general votes): the members' votes are cast
// all together as the pool's rule decides (governance::PoolRule; `leader` is the leader's party
// index for a leader rule).
struct VotingPool {
    std::string id;
    std::size_t issuer = 0;
    std::vector<std::size_t> members;
    governance::PoolRule rule;
    std::size_t leader = 0;
};

// The seats of one appointer on an entity's board.
struct Appointment {
    std::size_t appointer = 0;
    int seats = 0;
};

// The board of `entity` (the first body of kind board of that entity in file order): its total
// voting seats (observer seats left out) and the voting seats each appointer present on the
// date appoints (seat groups of one appointer merged, first-appearance order). Independent
// seats and seats of appointers absent on the date count in `total_seats` but in no
// appointment.
struct Board {
    std::size_t entity = 0;
    std::string body;  // the Body id
    int total_seats = 0;
    std::vector<Appointment> appointments;
};

struct OwnershipGraph {
    std::vector<std::string> parties;               // party ids, file order
    std::vector<Edge> edges;                        // stakes, file order
    std::vector<std::vector<std::size_t>> held_by;  // per issuer: indices of edges into it
    std::vector<std::vector<std::size_t>> holds;    // per holder: indices of edges out of it
    std::vector<Board> boards;                      // at most one per entity, file order
    std::vector<std::ptrdiff_t> board_of;           // per party: index into boards, or -1
    std::vector<VotingPool> pools = {};             // file order
    // Per party: a dispersed holder (governance::Party::dispersed), many small holders who never
    // vote as one bloc; empty when none is (make_graph leaves it empty).
    std::vector<bool> dispersed;
};

// Whether party `party` of the graph is a dispersed holder.
bool is_dispersed(const OwnershipGraph& graph, std::size_t party);

// The graph of `model` as it stood on `day` (governance::as_of): the parties and stakes in force
// on that day with their adjusted votes and who casts them, the voting pools, and the board of
// every party that has one. Throws InputError, naming the stake
// or body, when a stake names a holder or issuer that is not a party on that day, a fraction
// lies outside [0, 1], or an issuer's economic or voting interests sum to more than 1.
OwnershipGraph graph_on(const governance::Model& model, governance::Date day);

// A graph from its parts (for generated networks and tests); edge.stake is kept as given and
// held_by, holds and board_of are built here. Throws PreconditionError on a party index out of
// range or a board with negative seats; InputError on a fraction outside [0, 1], an issuer
// over-allocated (economic or voting sum above 1), a board appointing more seats than it has, or
// two boards of one entity.
OwnershipGraph make_graph(std::vector<std::string> parties, std::vector<Edge> edges,
                          std::vector<Board> boards = {});

// The index of the party with this id, or -1.
std::ptrdiff_t party_index(const OwnershipGraph& graph, const std::string& id);

}  // namespace jvgov::ownership
