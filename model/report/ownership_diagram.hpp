// The ownership diagram shared by the governance and the control reports: a mermaid flowchart
// of stakes (holder -> issuer, labelled with the economic and the voting percentage) and,
// optionally, of board appointment rights (appointer -> entity).
#pragma once

#include <string>
#include <vector>

#include "model/governance/model.hpp"
#include "model/report/document.hpp"

namespace jvgov::report {

// `appointer` appoints `seats` of the `total_seats` seats of `entity`'s board (party ids).
struct BoardAppointmentArrow {
    std::string appointer;
    std::string entity;
    int seats = 0;
    int total_seats = 0;
};

// The flowchart body (wrap it with fenced("mermaid", ...)): the model's entity first, with a
// thick border, then the other parties in order of first appearance among the stakes and then
// the appointments; one arrow per stake labelled "40.00% econ. / 40.00% votes", then one per
// appointment labelled "appoints 3 of 5 board seats". Nodes show the parties' names (the id when
// `full` has no such party).
std::string ownership_flowchart(const governance::Model& full,
                                const std::vector<const governance::Stake*>& stakes,
                                const std::vector<BoardAppointmentArrow>& appointments = {});

// The same flowchart as a fenced mermaid block of a document.
doc::Block ownership_diagram(const governance::Model& full,
                             const std::vector<const governance::Stake*>& stakes,
                             const std::vector<BoardAppointmentArrow>& appointments = {});

}  // namespace jvgov::report
