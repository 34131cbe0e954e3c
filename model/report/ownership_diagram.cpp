#include "model/report/ownership_diagram.hpp"

#include <set>

#include <fmt/core.h>

#include "model/exact/rational.hpp"
#include "model/governance/registry.hpp"
#include "model/report/mermaid.hpp"

namespace jvgov::report {

std::string ownership_flowchart(const governance::Model& full,
                                const std::vector<const governance::Stake*>& stakes,
                                const std::vector<BoardAppointmentArrow>& appointments) {
    std::vector<FlowNode> nodes;
    std::set<std::string> shown;
    const auto add_node = [&](const std::string& id) {
        if (!shown.insert(id).second)
            return;
        const auto* party = governance::find_party(full, id);
        nodes.push_back({id, party ? party->name : id, id == full.info.entity});
    };
    add_node(full.info.entity);
    std::vector<FlowEdge> edges;
    for (const auto* stake : stakes) {
        add_node(stake->holder);
        add_node(stake->issuer);
        edges.push_back({stake->holder, stake->issuer,
                         exact::to_percent_string(stake->economic, 2) + " econ. / " +
                             exact::to_percent_string(stake->voting, 2) + " votes"});
    }
    for (const auto& appointment : appointments) {
        add_node(appointment.appointer);
        add_node(appointment.entity);
        edges.push_back({appointment.appointer, appointment.entity,
                         fmt::format("appoints {} of {} board seats", appointment.seats,
                                     appointment.total_seats)});
    }
    return flowchart(nodes, edges);
}

doc::Block ownership_diagram(const governance::Model& full,
                             const std::vector<const governance::Stake*>& stakes,
                             const std::vector<BoardAppointmentArrow>& appointments) {
    return doc::fenced("mermaid", ownership_flowchart(full, stakes, appointments));
}

}  // namespace jvgov::report
