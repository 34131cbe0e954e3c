#include "model/ownership/graph.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include <fmt/format.h>

#include "model/exact/errors.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/governance/votes.hpp"

namespace jvgov::ownership {

namespace {

std::string percent_text(const Rational& value) {
    return exact::to_fraction_string(value) + " (" + exact::to_percent_string(value) + ")";
}

std::string edge_text(const OwnershipGraph& graph, const Edge& edge) {
    return fmt::format("stake {} ({} -> {})", edge.stake, graph.parties[edge.holder],
                       graph.parties[edge.issuer]);
}

void check_fraction(const OwnershipGraph& graph, const Edge& edge, const Rational& value,
                    const char* what) {
    if (value < 0 || value > 1) {
        throw InputError(fmt::format("{}: {} interest {} is not between 0 and 1",
                                     edge_text(graph, edge), what,
                                     exact::to_fraction_string(value)));
    }
}

// Builds the adjacency lists and board index and checks every invariant of the header.
void index_and_check(OwnershipGraph& graph) {
    std::size_t n = graph.parties.size();
    graph.held_by.assign(n, {});
    graph.holds.assign(n, {});
    graph.board_of.assign(n, -1);
    std::vector<Rational> economic(n), voting(n);
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        const Edge& edge = graph.edges[e];
        if (edge.holder >= n || edge.issuer >= n) {
            throw PreconditionError(
                fmt::format("stake {}: party index out of range ({} parties)", edge.stake, n));
        }
        check_fraction(graph, edge, edge.economic, "economic");
        check_fraction(graph, edge, edge.voting, "voting");
        graph.held_by[edge.issuer].push_back(e);
        graph.holds[edge.holder].push_back(e);
        economic[edge.issuer] += edge.economic;
        voting[edge.issuer] += edge.voting;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (economic[i] > 1 || voting[i] > 1) {
            bool by_economic = economic[i] > 1;
            throw InputError(
                fmt::format("{}: the stakes in it sum to {} of its {} interest, more than 100%",
                            graph.parties[i], percent_text(by_economic ? economic[i] : voting[i]),
                            by_economic ? "economic" : "voting"));
        }
    }
    for (std::size_t b = 0; b < graph.boards.size(); ++b) {
        const Board& board = graph.boards[b];
        if (board.entity >= n) {
            throw PreconditionError(fmt::format("board '{}': entity out of range", board.body));
        }
        int appointed = 0;
        for (const Appointment& appointment : board.appointments) {
            if (appointment.appointer >= n || appointment.seats < 0) {
                throw PreconditionError(
                    fmt::format("board '{}': bad appointer index or seat count", board.body));
            }
            appointed += appointment.seats;
        }
        if (board.total_seats < appointed) {
            throw InputError(fmt::format("board '{}': {} seats appointed but only {} seats",
                                         board.body, appointed, board.total_seats));
        }
        if (graph.board_of[board.entity] >= 0) {
            throw InputError(fmt::format("board '{}': {} already has a board", board.body,
                                         graph.parties[board.entity]));
        }
        graph.board_of[board.entity] = static_cast<std::ptrdiff_t>(b);
    }
}

}  // namespace

OwnershipGraph make_graph(std::vector<std::string> parties, std::vector<Edge> edges,
                          std::vector<Board> boards) {
    OwnershipGraph graph;
    graph.parties = std::move(parties);
    graph.edges = std::move(edges);
    graph.boards = std::move(boards);
    index_and_check(graph);
    return graph;
}

OwnershipGraph graph_on(const governance::Model& model, governance::Date day) {
    governance::Model dated = governance::as_of(model, day);
    std::vector<std::string> parties;
    std::map<std::string, std::size_t, std::less<>> index;
    for (const governance::Party& party : dated.parties.get<governance::by_order>()) {
        index.emplace(party.id, parties.size());
        parties.push_back(party.id);
    }
    // Positions in the undated model's file order, so that edge.stake finds the provenance; the
    // interests from the dated model (share classes in force).
    std::map<std::string, governance::IssuerVotes, std::less<>> votes_in;
    const auto votes_of = [&](const std::string& issuer) -> const governance::IssuerVotes& {
        auto found = votes_in.find(issuer);
        if (found == votes_in.end()) {
            found = votes_in.emplace(issuer, governance::adjusted_votes(dated, issuer)).first;
        }
        return found->second;
    };
    std::vector<Edge> edges;
    std::size_t position = 0;
    auto dated_stake = dated.stakes.get<governance::by_order>().begin();
    for (const governance::Stake& undated : model.stakes.get<governance::by_order>()) {
        std::size_t this_position = position++;
        if (!undated.period.contains(day)) {
            continue;
        }
        const governance::Stake& stake = *dated_stake++;
        auto holder = index.find(stake.holder);
        auto issuer = index.find(stake.issuer);
        if (holder == index.end() || issuer == index.end()) {
            throw InputError(fmt::format("stake {} ({} -> {}): {} '{}' is not a party on {}",
                                         this_position, stake.holder, stake.issuer,
                                         holder == index.end() ? "holder" : "issuer",
                                         holder == index.end() ? stake.holder : stake.issuer,
                                         governance::to_iso_string(day)));
        }
        Edge edge{holder->second, issuer->second, stake.economic, 0, this_position};
        const governance::HolderVotes* votes = governance::find_holder(votes_of(stake.issuer), stake.holder);
        if (votes != nullptr && votes->raw > 0) {
            edge.voting = votes->adjusted * stake.voting / votes->raw;
        }
        if (votes != nullptr && votes->cast_by != stake.holder) {
            const auto caster = index.find(votes->cast_by);
            if (caster == index.end()) {
                throw InputError(fmt::format("stake {} ({} -> {}): '{}', who directs its votes, "
                                             "is not a party on {}",
                                             this_position, stake.holder, stake.issuer,
                                             votes->cast_by, governance::to_iso_string(day)));
            }
            edge.cast_by = caster->second;
        }
        edges.push_back(std::move(edge));
    }
    std::vector<VotingPool> pools;
    for (const governance::Pool& declared : dated.pools) {
        if (!index.contains(declared.issuer)) {
            continue;
        }
        for (const governance::Pool& pool : votes_of(declared.issuer).pools) {
            if (pool.id != declared.id) {
                continue;
            }
            VotingPool entry{pool.id, index.at(pool.issuer), {}, pool.rule, 0};
            for (const std::string& member : pool.members) {
                if (const auto found = index.find(member); found != index.end()) {
                    entry.members.push_back(found->second);
                }
            }
            if (const auto leader = index.find(pool.rule.leader); leader != index.end()) {
                entry.leader = leader->second;
            }
            pools.push_back(std::move(entry));
        }
    }
    std::vector<Board> boards;
    std::vector<bool> has_board(parties.size(), false);
    for (const governance::Body& body : dated.bodies) {
        auto entity = index.find(body.of);
        if (body.kind != governance::BodyKind::board || entity == index.end() ||
            has_board[entity->second]) {
            continue;
        }
        has_board[entity->second] = true;
        Board board{entity->second, body.id, 0, {}};
        for (const governance::SeatGroup& group : body.seats) {
            if (group.observer) {
                continue;  // attends without a vote
            }
            board.total_seats += group.count;
            auto appointer = index.find(group.appointed_by);
            if (appointer == index.end()) {
                continue;
            }
            auto same = std::find_if(board.appointments.begin(), board.appointments.end(),
                                     [&](const Appointment& appointment) {
                                         return appointment.appointer == appointer->second;
                                     });
            if (same == board.appointments.end()) {
                board.appointments.push_back(Appointment{appointer->second, group.count});
            } else {
                same->seats += group.count;
            }
        }
        boards.push_back(std::move(board));
    }
    std::vector<bool> dispersed;
    for (const governance::Party& party : dated.parties.get<governance::by_order>()) {
        dispersed.push_back(party.dispersed);
    }
    OwnershipGraph graph = make_graph(std::move(parties), std::move(edges), std::move(boards));
    graph.pools = std::move(pools);
    if (std::find(dispersed.begin(), dispersed.end(), true) != dispersed.end()) {
        graph.dispersed = std::move(dispersed);
    }
    return graph;
}

bool is_dispersed(const OwnershipGraph& graph, std::size_t party) {
    return party < graph.dispersed.size() && graph.dispersed[party];
}

std::ptrdiff_t party_index(const OwnershipGraph& graph, const std::string& id) {
    for (std::size_t i = 0; i < graph.parties.size(); ++i) {
        if (graph.parties[i] == id) {
            return static_cast<std::ptrdiff_t>(i);
        }
    }
    return -1;
}

}  // namespace jvgov::ownership
