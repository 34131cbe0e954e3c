#include "model/report/basis_wording.hpp"
#include "model/report/control_json.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/report/control_tests_report.hpp"
#include "model/report/json_values.hpp"
#include "model/report/rule_wording.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using Json = nlohmann::ordered_json;

Json estimate(const power::Estimate& value) {
    return Json{{"value", value.value}, {"low", value.low}, {"high", value.high}};
}

std::string name_of(const ControlFacts& facts, const std::string& id) {
    return governance::party_name(facts.full, id);
}

Json party_id(const ControlFacts& facts, std::optional<std::size_t> index) {
    return index ? Json(facts.graph.parties[*index]) : Json(nullptr);
}

Json ids(const ControlFacts& facts, const std::vector<std::size_t>& parties) {
    Json list = Json::array();
    for (const auto party : parties)
        list.push_back(facts.graph.parties[party]);
    return list;
}

Json edges(const ControlFacts& facts) {
    std::vector<const governance::Stake*> stakes;
    for (const auto& stake : facts.full.stakes)
        stakes.push_back(&stake);
    Json list = Json::array();
    for (const auto& edge : facts.graph.edges) {
        list.push_back({{"holder", facts.graph.parties[edge.holder]},
                        {"issuer", facts.graph.parties[edge.issuer]},
                        {"economic", share_json(edge.economic)},
                        {"voting", share_json(edge.voting)},
                        {"source", fmt::format("{}", fmt::join(stakes[edge.stake]->provenance.sources, ", "))}});
    }
    return list;
}

std::string holder_id(const ControlFacts& facts, const ownership::UltimateHolder& holder) {
    return ownership::ultimate_id(
        holder.remainder ? ownership::UltimateKind::other_holders : ownership::UltimateKind::party,
        facts.graph.parties[holder.party]);
}

Json look_through(const ControlFacts& facts) {
    Json list = Json::array();
    for (const auto& row : facts.holders) {
        const auto& holder = facts.interests.ultimates[row.ultimate];
        const auto& party = facts.graph.parties[holder.party];
        list.push_back({{"holder", holder_id(facts, holder)},
                        {"label", holder.remainder ? other_holders_label(name_of(facts, party))
                                                   : name_of(facts, party)},
                        {"other_holders", holder.remainder},
                        {"direct", share_json(row.direct)},
                        {"indirect", share_json(row.indirect)},
                        {"total", share_json(row.total)},
                        {"via", ids(facts, row.through)},
                        {"rests_on", basis_json(row.basis)}});
    }
    return list;
}

Json control(const ControlFacts& facts) {
    Json list = Json::array();
    for (std::size_t party = 0; party < facts.graph.parties.size(); ++party) {
        const auto board = facts.graph.board_of[party];
        if (facts.graph.held_by[party].empty() && board < 0)
            continue;
        const auto& c = facts.controls[party];
        list.push_back(
            {{"entity", facts.graph.parties[party]},
             {"ultimate_controller", party_id(facts, ownership::ultimate_controller(c))},
             {"basis", ownership::name(c.basis)},
             {"chain", ids(facts, c.chain)},
             {"votes", share_json(c.votes)},
             {"seats", c.seats},
             {"board_seats",
              board < 0 ? Json(nullptr)
                        : Json(facts.graph.boards[static_cast<std::size_t>(board)].total_seats)},
             {"overridden_voting_majority", party_id(facts, c.overridden_voting_majority)},
             {"rests_on", basis_json(facts.control_bases[party])}});
    }
    return list;
}

Json divergences(const ControlFacts& facts) {
    Json list = Json::array();
    for (const auto& flag : facts.divergences) {
        list.push_back({{"kind", ownership::name(flag.kind)},
                        {"entity", facts.graph.parties[flag.entity]},
                        {"party", facts.graph.parties[flag.party]},
                        {"economic", share_json(flag.economic)},
                        {"votes", share_json(flag.votes)}});
    }
    return list;
}

Json matter_power(const ControlFacts& facts, const MatterPower& matter) {
    const auto& result = matter.power;
    const bool exact = result.method == ownership::IndirectMethod::exact;
    Json entry = {{"body", result.body},
                  {"matter", result.matter},
                  {"matter_name", matter.matter_name},
                  {"view", compile::view_name(result.view)},
                  {"method", ownership::name(result.method)}};
    if (!exact) {
        entry["samples"] = result.samples;
        entry["seed"] = result.seed;
    }
    Json members = Json::array();
    for (const auto& vote : result.votes) {
        members.push_back(
            {{"player", vote.player},
             {"decided_by", member_vote_in_words(facts.on_date, vote)},
             {"cycles_cut", vote.cycles_cut}});
    }
    entry["members"] = members;
    Json holders = Json::array();
    for (std::size_t i = 0; i < result.players.size(); ++i) {
        const auto& player = result.players[i];
        const auto& power = result.power[i];
        Json row = {{"holder", player.id},
                    {"label", ultimate_player_label(facts.on_date, player)},
                    {"kind", ownership::name(player.kind)}};
        if (exact) {
            row["banzhaf"] = share_json(*power.banzhaf);
            if (power.shapley_shubik)
                row["shapley_shubik"] = share_json(*power.shapley_shubik);
        } else {
            row["banzhaf_estimate"] = estimate(*power.banzhaf_estimate);
            if (power.shapley_shubik_estimate)
                row["shapley_shubik_estimate"] = estimate(*power.shapley_shubik_estimate);
        }
        holders.push_back(row);
    }
    entry["holders"] = holders;
    entry["rests_on"] = basis_json(matter.basis);
    return entry;
}

}  // namespace

std::string render_control_json(const ControlFacts& facts, const ReportContext& context) {
    Json matters = Json::array();
    for (const auto& matter : facts.matters)
        matters.push_back(matter_power(facts, matter));
    const auto& entity = facts.graph.parties[facts.entity];
    const Json document = {
        {"schema", "jvgov/control@4"},
        {"generator", context.tool_version},
        {"model_file", context.model_path},
        {"entity", {{"id", entity}, {"name", name_of(facts, entity)}}},
        {"as_of", governance::to_iso_string(facts.day)},
        {"control_tests", control_tests_json(facts.tests)},
        {"ownership_edges", edges(facts)},
        {"look_through", look_through(facts)},
        {"control", control(facts)},
        {"divergences", divergences(facts)},
        {"indirect_voting_power",
         {{"composition",
           "a member's vote follows its own governance: its board's default rule in the bloc "
           "view, else more than half of its holders' votes (the unallocated remainder as one "
           "bloc), else itself; a coalition of ultimate holders wins a JV matter when the "
           "members whose votes it carries win under the JV's rule"},
          {"max_exact_players", ownership::IndirectOptions{}.max_exact_players},
          {"matters", matters}}},
    };
    return document.dump(2) + "\n";
}

}  // namespace jvgov::report
