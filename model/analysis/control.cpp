#include "model/analysis/control.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "model/analysis/governance.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/votes.hpp"
#include "model/governance/registry.hpp"
#include "model/power/compute.hpp"

namespace jvgov::analysis {

namespace {

using governance::Date;
using governance::Model;

// Whether economic holdings lead from `from` to `entity` (`from` itself included).
bool reaches(const ownership::OwnershipGraph& graph, std::size_t from, std::size_t entity) {
    std::vector<bool> seen(graph.parties.size(), false);
    std::vector<std::size_t> stack = {from};
    seen[from] = true;
    while (!stack.empty()) {
        const auto party = stack.back();
        stack.pop_back();
        if (party == entity)
            return true;
        for (const auto edge : graph.holds[party]) {
            const auto issuer = graph.edges[edge].issuer;
            if (graph.edges[edge].economic > 0 && !seen[issuer]) {
                seen[issuer] = true;
                stack.push_back(issuer);
            }
        }
    }
    return false;
}

// The entities other than `entity` that `party` holds directly and that lead to `entity`, in
// the order of its stakes.
std::vector<std::size_t> held_through(const ownership::OwnershipGraph& graph, std::size_t party,
                                      std::size_t entity) {
    std::vector<std::size_t> through;
    for (const auto edge : graph.holds[party]) {
        const auto issuer = graph.edges[edge].issuer;
        if (issuer != entity && graph.edges[edge].economic > 0 && reaches(graph, issuer, entity) &&
            std::find(through.begin(), through.end(), issuer) == through.end())
            through.push_back(issuer);
    }
    return through;
}

// The stakes on every chain from `from` to `to` (economic interest > 0): a stake whose holder
// `from` reaches and whose issuer is `to` or reaches it.
Basis chain_basis(const ControlFacts& facts, std::size_t from, std::size_t to) {
    const auto& graph = facts.graph;
    std::vector<bool> reached(graph.parties.size(), false);
    std::vector<std::size_t> stack = {from};
    reached[from] = true;
    while (!stack.empty()) {
        const auto party = stack.back();
        stack.pop_back();
        if (party == to)
            continue;
        for (const auto edge : graph.holds[party]) {
            const auto issuer = graph.edges[edge].issuer;
            if (graph.edges[edge].economic > 0 && !reached[issuer]) {
                reached[issuer] = true;
                stack.push_back(issuer);
            }
        }
    }
    Basis basis;
    for (const auto& stake : facts.on_date.stakes) {
        const auto holder = ownership::party_index(graph, stake.holder);
        const auto issuer = ownership::party_index(graph, stake.issuer);
        if (holder < 0 || issuer < 0 || stake.economic <= 0 ||
            !reached[static_cast<std::size_t>(holder)])
            continue;
        const auto held = static_cast<std::size_t>(issuer);
        if (held == to || reaches(graph, held, to))
            add_fact(basis, "stake",
                     stake_fact_id(stake),
                     stake.provenance);
    }
    return basis;
}

std::vector<HolderInterest> interests_in_entity(const ControlFacts& facts) {
    std::vector<HolderInterest> result;
    const auto& in_entity = facts.interests.interests[facts.entity];
    for (const auto& share : in_entity.shares) {
        const auto& holder = facts.interests.ultimates[share.holder];
        HolderInterest row{share.holder, 0, 0, ownership::value(in_entity, share), {}};
        if (holder.remainder) {
            row.direct = holder.party == facts.entity ? row.total : Rational{0};
            if (holder.party != facts.entity)
                row.through = {holder.party};
        } else {
            row.direct =
                ownership::interest_split(facts.graph, facts.interests, holder.party, facts.entity)
                    .direct;
            row.through = held_through(facts.graph, holder.party, facts.entity);
        }
        row.indirect = row.total - row.direct;
        row.basis = chain_basis(facts, holder.party, facts.entity);
        result.push_back(row);
    }
    return result;
}

std::vector<MatterPower> matter_powers(const Model& on_date,
                                       const ownership::IndirectOptions& options) {
    std::vector<MatterPower> result;
    // compile_games gives a board's individual view of a matter just before its bloc view.
    std::vector<MatterPower::DeclaredPower> declared_individual;
    for (auto& game : compile::compile_games(on_date)) {
        if (game.view == compile::View::individual) {
            declared_individual.clear();
            if (!game.declared_view)
                continue;
            power::PowerOptions banzhaf_only;
            banzhaf_only.indices = {power::Index::banzhaf};
            const auto table = power::compute_power(game.game, banzhaf_only);
            for (std::size_t i = 0; i < game.players.size(); ++i) {
                const auto& player = game.players[i];
                const auto& party = player.appointer.empty() ? player.id : player.appointer;
                auto found = std::find_if(declared_individual.begin(), declared_individual.end(),
                                          [&](const auto& entry) { return entry.party == party; });
                if (found == declared_individual.end()) {
                    declared_individual.push_back(
                        {party,
                         player.appointer.empty() ? player.name
                                                  : governance::party_name(on_date, party),
                         Rational{0}});
                    found = declared_individual.end() - 1;
                }
                found->banzhaf += table.players[i].banzhaf.value_or(0);
            }
            continue;
        }
        const auto* matter = governance::find_matter(on_date, game.body, game.matter);
        std::string name = matter ? matter->name : game.matter;
        auto power = ownership::indirect_power(on_date, game, options);
        result.push_back({std::move(game), std::move(name), std::move(power),
                          std::exchange(declared_individual, {})});
    }
    return result;
}

std::optional<DispersedVotes> dispersed_votes(const ownership::OwnershipGraph& graph,
                                              std::size_t entity) {
    DispersedVotes result;
    Rational allocated = 0;
    std::map<std::size_t, Rational> organised;
    for (const auto e : graph.held_by[entity]) {
        const auto& edge = graph.edges[e];
        allocated += edge.voting;
        if (ownership::is_dispersed(graph, edge.holder)) {
            if (std::find(result.holders.begin(), result.holders.end(), edge.holder) ==
                result.holders.end())
                result.holders.push_back(edge.holder);
            result.votes += edge.voting;
        } else {
            organised[edge.holder] += edge.voting;
        }
    }
    result.unallocated = 1 - allocated;
    if (result.holders.empty() && result.unallocated <= 0)
        return std::nullopt;
    for (const auto& [holder, votes] : organised) {
        if (votes > result.largest_votes) {
            result.largest_organised = holder;
            result.largest_votes = votes;
        }
    }
    return result;
}

// What each party's control conclusion rests on: the company's stakes and board seats
// (company_basis), and those of every company between it and its ultimate controller.
std::vector<Basis> control_bases(const ControlFacts& facts) {
    std::vector<Basis> bases;
    for (std::size_t party = 0; party < facts.graph.parties.size(); ++party) {
        Basis basis = company_basis(facts.on_date, facts.graph.parties[party]);
        const auto& chain = facts.controls[party].chain;
        for (std::size_t i = 0; i + 1 < chain.size(); ++i)
            add_basis(basis, company_basis(facts.on_date, facts.graph.parties[chain[i]]));
        bases.push_back(std::move(basis));
    }
    return bases;
}

// What a divergence rests on: the holder's stakes in the company (economic_above_votes); the
// company's control and the party's chains of stakes into it (and the controller's, when the two
// interests are compared).
Basis divergence_basis(const ControlFacts& facts, const ownership::Divergence& flag) {
    Basis basis;
    if (flag.kind == ownership::DivergenceKind::economic_above_votes) {
        for (const auto& stake : facts.on_date.stakes)
            if (stake.holder == facts.graph.parties[flag.party] &&
                stake.issuer == facts.graph.parties[flag.entity])
                add_fact(basis, "stake", stake_fact_id(stake), stake.provenance);
        return basis;
    }
    add_basis(basis, facts.control_bases[flag.entity]);
    add_basis(basis, chain_basis(facts, flag.party, flag.entity));
    if (flag.kind == ownership::DivergenceKind::larger_interest_than_controller)
        add_basis(basis, chain_basis(facts, flag.controller, flag.entity));
    return basis;
}

}  // namespace

ControlFacts control_facts(const Model& full, Date as_of) {
    auto on_date = governance::as_of(full, as_of);
    require_entity(on_date, as_of);
    ControlFacts facts{full,
                       as_of,
                       std::move(on_date),
                       ownership::graph_on(full, as_of),
                       {},
                       {},
                       0,
                       {},
                       {},
                       {},
                       {},
                       {},
                       std::nullopt,
                       {}};
    facts.interests = ownership::look_through(facts.graph);
    facts.controls = ownership::control(facts.graph);
    facts.entity = static_cast<std::size_t>(ownership::party_index(facts.graph, full.info.entity));
    facts.holders = interests_in_entity(facts);
    facts.matters = matter_powers(facts.on_date, facts.indirect_options);
    for (auto& matter : facts.matters) {
        matter.basis = game_basis(facts.on_date, matter.game);
        for (const auto& holder : facts.holders)
            add_basis(matter.basis, holder.basis);
    }
    facts.control_bases = control_bases(facts);
    facts.divergences = ownership::divergences(facts.graph, facts.interests, facts.controls);
    for (const auto& flag : facts.divergences)
        facts.divergence_bases.push_back(divergence_basis(facts, flag));
    facts.tests = control_tests(full, as_of);
    for (const std::string& party : facts.graph.parties) {
        governance::IssuerVotes votes = governance::adjusted_votes(facts.on_date, party);
        std::erase_if(votes.holders, [](const governance::HolderVotes& holder) {
            return holder.adjustments.empty();
        });
        if (!votes.holders.empty())
            facts.adjusted_votes.push_back(std::move(votes));
    }
    facts.dispersed = dispersed_votes(facts.graph, facts.entity);
    return facts;
}

}  // namespace jvgov::analysis
