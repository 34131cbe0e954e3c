#include "model/ownership/control.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <stdexcept>

namespace jvgov::ownership {

namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

// The top of each party's chain under `parent` (none: no controller). A chain that runs into a
// circle ends at the circle's first party in file order.
std::vector<std::size_t> tops(const std::vector<std::size_t>& parent) {
    std::size_t n = parent.size();
    std::vector<std::size_t> top(n, none);
    std::vector<std::size_t> mark(n, none);  // the start whose walk visited the party
    for (std::size_t start = 0; start < n; ++start) {
        std::vector<std::size_t> path;
        std::size_t at = start;
        while (top[at] == none && mark[at] != start && parent[at] != none) {
            mark[at] = start;
            path.push_back(at);
            at = parent[at];
        }
        std::size_t result;
        if (top[at] != none) {
            result = top[at];
        } else if (parent[at] == none) {
            result = at;
        } else {  // `at` was visited by this walk: a circle from `at`
            result = at;
            for (std::size_t member = parent[at]; member != at; member = parent[member]) {
                result = std::min(result, member);
            }
        }
        top[at] = result;
        for (std::size_t member : path) {
            top[member] = result;
        }
    }
    return top;
}

std::size_t caster(const Edge& edge) {
    return edge.cast_by.value_or(edge.holder);
}

// The group (top of chain) that alone decides the pool's vote, if any, and the pool's votes;
// adds the pool's edges to `pooled`.
std::pair<std::optional<std::size_t>, Rational> pool_decider(const OwnershipGraph& graph,
                                                            const VotingPool& pool,
                                                            const std::vector<std::size_t>& top,
                                                            std::set<std::size_t>& pooled) {
    std::map<std::size_t, Rational> by_group;
    Rational total;
    std::optional<std::size_t> leader_group;
    for (std::size_t e : graph.held_by[pool.issuer]) {
        const Edge& edge = graph.edges[e];
        if (std::find(pool.members.begin(), pool.members.end(), edge.holder) ==
            pool.members.end()) {
            continue;
        }
        pooled.insert(e);
        total += edge.voting;
        if (edge.voting > 0) {
            by_group[top[caster(edge)]] += edge.voting;
        }
        if (edge.holder == pool.leader) {
            leader_group = top[caster(edge)];
        }
    }
    if (total == 0) {
        return {std::nullopt, total};
    }
    switch (pool.rule.kind) {
        case governance::PoolRule::Kind::leader:
            return {leader_group, total};
        case governance::PoolRule::Kind::unanimous:
            return {by_group.size() == 1 ? std::optional(by_group.begin()->first) : std::nullopt,
                    total};
        case governance::PoolRule::Kind::threshold:
            break;
    }
    const governance::Threshold& threshold = pool.rule.threshold;
    for (const auto& [group, votes] : by_group) {
        const Rational needed = threshold.fraction * total;
        if (threshold.kind == governance::Threshold::Kind::at_least ? votes >= needed
                                                                    : votes > needed) {
            return {group, total};
        }
    }
    return {std::nullopt, total};
}

struct GroupTotals {
    Rational votes;
    int seats = 0;
};

// The controller of `entity` given the current tops: the new Control (chain not yet filled
// beyond its immediate controller).
Control decide(const OwnershipGraph& graph, std::size_t entity,
               const std::vector<std::size_t>& top) {
    std::map<std::size_t, GroupTotals> groups;  // by top of chain
    std::set<std::size_t> pooled;               // edges whose votes a pool casts
    for (const VotingPool& pool : graph.pools) {
        if (pool.issuer != entity) {
            continue;
        }
        const auto [group, votes] = pool_decider(graph, pool, top, pooled);
        if (group && *group != entity) {
            groups[*group].votes += votes;
        }
    }
    for (std::size_t e : graph.held_by[entity]) {
        const Edge& edge = graph.edges[e];
        // A dispersed holder's votes are many small holders' and count for nobody.
        if (edge.voting > 0 && !pooled.contains(e) && top[caster(edge)] != entity &&
            !is_dispersed(graph, edge.holder)) {
            groups[top[caster(edge)]].votes += edge.voting;
        }
    }
    int board_seats = 0;
    const Board* board = nullptr;
    if (graph.board_of[entity] >= 0) {
        board = &graph.boards[static_cast<std::size_t>(graph.board_of[entity])];
        board_seats = board->total_seats;
        for (const Appointment& appointment : board->appointments) {
            if (appointment.seats > 0 && top[appointment.appointer] != entity) {
                groups[top[appointment.appointer]].seats += appointment.seats;
            }
        }
    }
    Control result;
    std::size_t winner = none;
    std::size_t voting_majority = none;
    for (const auto& [group_top, totals] : groups) {
        if (2 * totals.seats > board_seats) {
            winner = group_top;
            result.basis = ControlBasis::appointment;
        }
        if (totals.votes * 2 > 1) {
            voting_majority = group_top;
        }
    }
    if (winner == none && voting_majority != none) {
        winner = voting_majority;
        result.basis = ControlBasis::votes;
    }
    if (winner == none) {
        return result;
    }
    if (voting_majority != none && voting_majority != winner) {
        result.overridden_voting_majority = voting_majority;
    }
    result.votes = groups[winner].votes;
    result.seats = groups[winner].seats;
    // Direct parts of the group's members, in file order of the members.
    std::map<std::size_t, GroupTotals> parts;
    for (std::size_t e : graph.held_by[entity]) {
        const Edge& edge = graph.edges[e];
        if (edge.voting > 0 && top[caster(edge)] == winner) {
            parts[caster(edge)].votes += edge.voting;
        }
    }
    if (board != nullptr) {
        for (const Appointment& appointment : board->appointments) {
            if (appointment.seats > 0 && top[appointment.appointer] == winner) {
                parts[appointment.appointer].seats += appointment.seats;
            }
        }
    }
    std::size_t immediate = none;
    auto larger = [&](const GroupTotals& a, const GroupTotals& b) {
        return result.basis == ControlBasis::appointment ? a.seats > b.seats : a.votes > b.votes;
    };
    for (const auto& [member, part] : parts) {
        result.group.push_back(member);
        if (immediate == none || larger(part, parts[immediate]) ||
            (member == winner && !larger(parts[immediate], part))) {
            immediate = member;
        }
    }
    result.chain = {immediate};
    return result;
}

}  // namespace

std::string_view name(ControlBasis basis) {
    switch (basis) {
        case ControlBasis::none:
            return "none";
        case ControlBasis::appointment:
            return "appointment";
        case ControlBasis::votes:
            return "votes";
    }
    return "none";
}

std::string_view name(DivergenceKind kind) {
    switch (kind) {
        case DivergenceKind::economic_above_votes:
            return "economic_above_votes";
        case DivergenceKind::controller_without_majority:
            return "controller_without_majority";
        case DivergenceKind::larger_interest_than_controller:
            return "larger_interest_than_controller";
    }
    return "";
}

std::vector<Control> control(const OwnershipGraph& graph) {
    std::size_t n = graph.parties.size();
    std::vector<std::size_t> parent(n, none);
    std::vector<Control> controls(n);
    for (std::size_t round = 0;; ++round) {
        if (round > n + 2) {
            throw std::logic_error("control: the control chains did not settle");
        }
        std::vector<std::size_t> top = tops(parent);
        std::vector<std::size_t> next(n, none);
        for (std::size_t entity = 0; entity < n; ++entity) {
            controls[entity] = decide(graph, entity, top);
            if (!controls[entity].chain.empty()) {
                next[entity] = controls[entity].chain.front();
            }
        }
        if (next == parent) {
            break;
        }
        parent = std::move(next);
    }
    std::vector<std::size_t> top = tops(parent);
    for (std::size_t entity = 0; entity < n; ++entity) {
        Control& result = controls[entity];
        if (result.chain.empty()) {
            continue;
        }
        std::size_t at = result.chain.front();
        while (at != top[entity] && parent[at] != none) {
            at = parent[at];
            result.chain.push_back(at);
        }
    }
    return controls;
}

std::optional<std::size_t> ultimate_controller(const Control& control) {
    if (control.chain.empty()) {
        return std::nullopt;
    }
    return control.chain.back();
}

std::vector<Divergence> divergences(const OwnershipGraph& graph, const LookThrough& interests,
                                    const std::vector<Control>& controls) {
    std::vector<Divergence> result;
    for (std::size_t entity = 0; entity < graph.parties.size(); ++entity) {
        auto direct_votes = [&](std::size_t party) {
            Rational votes;
            for (std::size_t e : graph.held_by[entity]) {
                if (graph.edges[e].holder == party) {
                    votes += graph.edges[e].voting;
                }
            }
            return votes;
        };
        for (std::size_t e : graph.held_by[entity]) {
            const Edge& edge = graph.edges[e];
            if (edge.economic > edge.voting) {
                result.push_back(Divergence{DivergenceKind::economic_above_votes, entity,
                                            edge.holder, edge.economic, edge.voting, 0, 0});
            }
        }
        std::optional<std::size_t> controller = ultimate_controller(controls[entity]);
        if (!controller) {
            continue;
        }
        Rational controller_interest = interest_split(graph, interests, *controller, entity).total;
        if (controller_interest * 2 < 1) {
            result.push_back(Divergence{DivergenceKind::controller_without_majority, entity,
                                        *controller, controller_interest, controls[entity].votes,
                                        0, 0});
        }
        const EntityInterests& entity_interests = interests.interests[entity];
        for (const Share& share : entity_interests.shares) {
            const UltimateHolder& holder = interests.ultimates[share.holder];
            Rational economic = value(entity_interests, share);
            if (!holder.remainder && holder.party != *controller &&
                economic > controller_interest) {
                result.push_back(Divergence{DivergenceKind::larger_interest_than_controller, entity,
                                            holder.party, economic, direct_votes(holder.party),
                                            *controller, controller_interest});
            }
        }
    }
    return result;
}

}  // namespace jvgov::ownership
