#include "model/report/control_report.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "model/compile/compile_games.hpp"
#include "model/exact/rational.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/ownership/control.hpp"
#include "model/ownership/graph.hpp"
#include "model/ownership/look_through.hpp"
#include "model/power/power_table.hpp"
#include "model/report/control_json.hpp"
#include "model/report/markdown.hpp"
#include "model/report/ownership_diagram.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using governance::Date;
using governance::Model;
using governance::Rational;
using ownership::Control;
using ownership::ControlBasis;

// The facts with the helpers the sections need.
struct Analysis {
    const ControlFacts& facts;
    const Model& full;
    Date day;
    const ownership::OwnershipGraph& graph;
    const ownership::LookThrough& interests;
    const std::vector<Control>& controls;
    std::size_t entity = 0;

    explicit Analysis(const ControlFacts& f)
        : facts(f),
          full(f.full),
          day(f.day),
          graph(f.graph),
          interests(f.interests),
          controls(f.controls),
          entity(f.entity) {}

    std::string name(std::size_t party) const {
        const auto* found = governance::find_party(full, graph.parties[party]);
        return found ? found->name : graph.parties[party];
    }

    std::string possessive(std::size_t party) const { return name(party) + "'s"; }

    // Whether the party's name is plural ("Other OpenAI holders"): a party of kind group.
    bool plural(std::size_t party) const {
        const auto* found = governance::find_party(full, graph.parties[party]);
        return found && found->kind == governance::PartyKind::group;
    }

    std::string holder_name(const ownership::UltimateHolder& holder) const {
        return holder.remainder ? "Other holders of " + name(holder.party) : name(holder.party);
    }

    const ownership::Board* board(std::size_t party) const {
        const auto index = graph.board_of[party];
        return index < 0 ? nullptr : &graph.boards[static_cast<std::size_t>(index)];
    }

    // Whether economic holdings lead from `from` to the entity (`from` itself included).
    bool reaches_entity(std::size_t from) const {
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

    // The entities other than the entity itself that `party` holds directly and that lead to
    // the entity, in the order of its stakes.
    std::vector<std::size_t> held_through(std::size_t party) const {
        std::vector<std::size_t> through;
        for (const auto edge : graph.holds[party]) {
            const auto issuer = graph.edges[edge].issuer;
            if (issuer != entity && graph.edges[edge].economic > 0 && reaches_entity(issuer) &&
                std::find(through.begin(), through.end(), issuer) == through.end())
                through.push_back(issuer);
        }
        return through;
    }

    // Whether the party is on the control chain of any entity.
    bool controls_anything(std::size_t party) const {
        for (const auto& c : controls) {
            if (std::find(c.chain.begin(), c.chain.end(), party) != c.chain.end())
                return true;
        }
        return false;
    }

    // Whether the party has holders or a board: the entities whose control is analysed.
    bool has_control_structure(std::size_t party) const {
        return !graph.held_by[party].empty() || board(party) != nullptr;
    }
};

// ---- Sections -----------------------------------------------------------------------------

std::string title_and_metadata(const Analysis& a, const ReportContext& context,
                               const std::string& json_file) {
    std::string why;
    if (a.full.info.as_of && *a.full.info.as_of == a.day) {
        why = " (the model's own date)";
    } else if (const auto latest = governance::latest_event_date(a.full);
               latest && *latest == a.day) {
        why = " (the date of the latest event in the model)";
    }
    std::vector<std::string> items = {
        "Model file: " + code(context.model_path),
        "As of: " + governance::to_iso_string(a.day) + why,
        "Status of " + a.full.info.name + " on that date: " + governance::status_on(a.full, a.day),
        "Generated by: " + context.tool_version,
        fmt::format("Data: [{}]({}), every figure of this report as JSON (schema "
                    "jvgov/control@1)",
                    json_file, json_file),
    };
    for (const auto& related : context.related) {
        items.push_back(
            fmt::format("See also: [{}]({}), {}", related.file, related.file, related.description));
    }
    return join_blocks({heading(1, fmt::format("Ownership and control of {} as of {}",
                                               a.full.info.name, governance::to_iso_string(a.day))),
                        bullet_list(items)});
}

std::string how_to_read(const Analysis& a) {
    return fmt::format(
        "> **How to read this report.** It follows the stakes in force on {0} up the chains of "
        "owners. *Economic interest* is a share of profits and value; *control* is the power to "
        "decide. The *look-through* interest of an ultimate holder (a party whose own owners the "
        "model does not describe, or the unnamed \"other holders\" of a company) in {1} is its "
        "stake multiplied along every chain of holdings that leads to {1}, summed over all "
        "chains: 27% of a company that holds 40% of {1} is 10.80% of {1}. A party *controls* a "
        "company when it, together with the companies it controls, holds more than half of the "
        "votes, or appoints more than half of the board, whatever its economic stake; appointment "
        "rights come first, because they take the board away from the voting majority. The two "
        "part ways when votes and value are split differently (shares without votes), when a "
        "board is appointed by a party with a small stake, and along chains: a controller "
        "decides for the whole company while owning only part of it. Percentages are exact "
        "values rounded to two decimals; when rounding hides the exact value, the exact fraction "
        "follows (\"33.33% (exactly 1/3)\"). The sources of the stakes are listed in the "
        "governance report.",
        governance::to_iso_string(a.day), a.name(a.entity));
}

// The model's stakes in file order: the graph's edge.stake is a position in it.
std::vector<const governance::Stake*> stakes_in_file_order(const Model& full) {
    std::vector<const governance::Stake*> stakes;
    for (const auto& stake : full.stakes)
        stakes.push_back(&stake);
    return stakes;
}

std::string ownership_graph(const Analysis& a) {
    const auto in_file_order = stakes_in_file_order(a.full);
    std::vector<const governance::Stake*> stakes;
    for (const auto& edge : a.graph.edges)
        stakes.push_back(in_file_order[edge.stake]);
    std::vector<BoardAppointmentArrow> appointments;
    for (const auto& board : a.graph.boards) {
        for (const auto& appointment : board.appointments) {
            appointments.push_back({a.graph.parties[appointment.appointer],
                                    a.graph.parties[board.entity], appointment.seats,
                                    board.total_seats});
        }
    }
    return join_blocks(
        {heading(2, "Ownership graph"),
         fmt::format("Stakes and board appointment rights in force on {}. Each arrow points from "
                     "the holder to the company it holds a stake in, labelled with the economic "
                     "and the voting interest, or from an appointer to the company whose board it "
                     "appoints; {} has a thick border.",
                     governance::to_iso_string(a.day), a.name(a.entity)),
         fenced("mermaid", ownership_flowchart(a.full, stakes, appointments))});
}

std::string stakes(const Analysis& a) {
    const auto in_file_order = stakes_in_file_order(a.full);
    std::vector<Row> rows;
    for (const auto& edge : a.graph.edges) {
        const auto& source = in_file_order[edge.stake]->provenance.source;
        rows.push_back({a.name(edge.holder), a.name(edge.issuer), share_text(edge.economic),
                        share_text(edge.voting),
                        source.empty() ? ""
                                       : fmt::format("[{}](governance.md#{})", source,
                                                     anchor_name("source", source))});
    }
    return join_blocks(
        {heading(2, "Stakes in force"),
         "Confidence, periods and notes of each stake are in the governance report.",
         table(
             {{"Holder"}, {"In"}, {"Economic", Align::right}, {"Voting", Align::right}, {"Source"}},
             rows)});
}

std::vector<HolderInterest> interests_in_entity(const Analysis& a) {
    std::vector<HolderInterest> result;
    const auto& in_entity = a.interests.interests[a.entity];
    for (const auto& share : in_entity.shares) {
        const auto& holder = a.interests.ultimates[share.holder];
        HolderInterest row{share.holder, 0, 0, ownership::value(in_entity, share), {}};
        if (holder.remainder) {
            row.direct = holder.party == a.entity ? row.total : Rational{0};
            if (holder.party != a.entity)
                row.through = {holder.party};
        } else {
            row.direct =
                ownership::interest_split(a.graph, a.interests, holder.party, a.entity).direct;
            row.through = a.held_through(holder.party);
        }
        row.indirect = row.total - row.direct;
        result.push_back(row);
    }
    return result;
}

std::string look_through_section(const Analysis& a, const std::vector<HolderInterest>& rows_in) {
    std::vector<Row> rows;
    for (const auto& row : rows_in) {
        std::vector<std::string> through;
        for (const auto party : row.through)
            through.push_back(a.name(party));
        rows.push_back({a.holder_name(a.interests.ultimates[row.ultimate]), share_text(row.direct),
                        share_text(row.indirect), share_text(row.total), join_and(through)});
    }
    return join_blocks(
        {heading(2, "Look-through economic interest in " + a.name(a.entity)),
         fmt::format("One row per ultimate holder with an interest in {}: its direct stake, the "
                     "part it holds through other companies (summed over every chain), and the "
                     "total; the totals sum to 100%. \"Other holders of X\" is the part of X that "
                     "no party in the model holds.",
                     a.name(a.entity)),
         table({{"Ultimate holder"},
                {"Direct", Align::right},
                {"Indirect", Align::right},
                {"Total", Align::right},
                {"Through"}},
               rows)});
}

std::string basis_name(ControlBasis basis) {
    switch (basis) {
        case ControlBasis::appointment:
            return "appointment";
        case ControlBasis::votes:
            return "votes";
        case ControlBasis::none:
            break;
    }
    return "";
}

std::string chain_text(const Analysis& a, const Control& c) {
    std::vector<std::string> names;
    for (const auto party : c.chain)
        names.push_back(a.name(party));
    std::string text;
    for (const auto& name : names)
        text += (text.empty() ? "" : " → ") + name;
    return text;
}

std::string seats_text(const Analysis& a, std::size_t entity, int seats) {
    const auto* board = a.board(entity);
    return board ? fmt::format("{} of {}", seats, board->total_seats) : "";
}

std::string control_section(const Analysis& a) {
    std::vector<Row> rows;
    for (std::size_t party = 0; party < a.graph.parties.size(); ++party) {
        if (!a.has_control_structure(party))
            continue;
        const auto& c = a.controls[party];
        const auto top = ownership::ultimate_controller(c);
        rows.push_back({a.name(party), top ? a.name(*top) : "nobody", basis_name(c.basis),
                        chain_text(a, c), c.chain.empty() ? "" : share_text(c.votes),
                        c.chain.empty() ? "" : seats_text(a, party, c.seats),
                        c.overridden_voting_majority ? a.name(*c.overridden_voting_majority) : ""});
    }
    return join_blocks(
        {heading(2, "Control"),
         "One row per company with holders or a board in the model. The chain runs from the "
         "immediate controller to the ultimate controller; votes and seats are those held or "
         "appointed by the controller's whole group. An overridden voting majority is a group "
         "holding more than half of the votes whose board is appointed by someone else.",
         table({{"Company"},
                {"Ultimate controller"},
                {"By"},
                {"Chain"},
                {"Votes held", Align::right},
                {"Seats appointed", Align::right},
                {"Overridden voting majority"}},
               rows)});
}

// How the entity's controller controls it, or that nobody does: "Trust appoints Alpha's whole
// board", "Trust holds 75.00% of Test JV's votes through Alpha and Beta", "nobody controls X".
std::string who_decides(const Analysis& a, std::size_t entity) {
    const auto& c = a.controls[entity];
    const auto top = ownership::ultimate_controller(c);
    if (!top)
        return "nobody controls " + a.name(entity);
    std::vector<std::string> others;
    for (const auto member : c.group) {
        if (member != *top)
            others.push_back(a.name(member));
    }
    const auto through = others.empty() ? "" : " through " + join_and(others);
    if (c.basis == ControlBasis::appointment) {
        const auto* board = a.board(entity);
        if (board && c.seats == board->total_seats)
            return a.name(*top) + " appoints " + a.possessive(entity) + " whole board" + through;
        return fmt::format("{} appoints {} of the {} seats of {} board{}", a.name(*top), c.seats,
                           board ? board->total_seats : 0, a.possessive(entity), through);
    }
    return a.name(*top) + " holds " + share_text(c.votes) + " of " + a.possessive(entity) +
           " votes" + through;
}

// The sentence on who controls `entity` (nullopt when nobody does and it is not the JV).
std::optional<std::string> control_finding(const Analysis& a, std::size_t entity) {
    const auto& c = a.controls[entity];
    const auto top = ownership::ultimate_controller(c);
    if (!top) {
        if (entity != a.entity)
            return std::nullopt;
        return "No party controls " + a.name(entity) +
               ": no holder has more than 50% of the votes" +
               (a.board(entity) ? " and no party appoints a majority of its board." : ".");
    }
    auto text = fmt::format("{} is controlled by {}: {}", a.name(entity), a.name(*top),
                            who_decides(a, entity));
    if (c.overridden_voting_majority) {
        text += fmt::format(", overriding the voting majority of {}",
                            a.name(*c.overridden_voting_majority));
    }
    return text + ".";
}

std::vector<std::string> findings(const Analysis& a, const std::vector<HolderInterest>& rows) {
    std::vector<std::string> items = {*control_finding(a, a.entity)};
    for (const auto& row : rows) {
        const auto& holder = a.interests.ultimates[row.ultimate];
        if (holder.remainder || row.indirect == 0)
            continue;
        std::vector<std::string> through;
        for (const auto party : row.through)
            through.push_back(a.name(party));
        const auto name = a.name(holder.party);
        const bool plural = a.plural(holder.party);
        const auto has = plural ? "have" : "has";
        if (row.direct > 0) {
            items.push_back(fmt::format(
                "{} {} a {} look-through economic interest in {}: {} directly and {} through {}.",
                name, has, share_text(row.total), a.name(a.entity), share_text(row.direct),
                share_text(row.indirect), join_and(through)));
        } else if (!a.controls_anything(holder.party)) {
            std::vector<std::string> reasons;
            for (const auto party : row.through)
                reasons.push_back(who_decides(a, party));
            items.push_back(fmt::format(
                "{} {} a {} look-through economic interest in {} through {} but {} nothing: {}.",
                name, has, share_text(row.total), a.name(a.entity), join_and(through),
                plural ? "control" : "controls", join_and(reasons)));
        } else {
            std::vector<std::string> controlled;
            for (const auto party : row.through) {
                if (ownership::ultimate_controller(a.controls[party]) == holder.party)
                    controlled.push_back(a.name(party));
            }
            items.push_back(fmt::format(
                "{} {} a {} look-through economic interest in {} through {}{}.", name, has,
                share_text(row.total), a.name(a.entity), join_and(through),
                controlled.empty()
                    ? ""
                    : (plural ? "; they control " : "; it controls ") + join_and(controlled)));
        }
    }
    for (std::size_t party = 0; party < a.graph.parties.size(); ++party) {
        if (party == a.entity)
            continue;
        if (auto text = control_finding(a, party))
            items.push_back(*text);
    }
    for (const auto& flag : a.facts.divergences) {
        switch (flag.kind) {
            case ownership::DivergenceKind::economic_above_votes:
                items.push_back(fmt::format(
                    "{} {} {} of {} value but {} of its votes.", a.name(flag.party),
                    a.plural(flag.party) ? "hold" : "holds", share_text(flag.economic),
                    a.possessive(flag.entity),
                    flag.votes == 0 ? std::string{"none"} : "only " + share_text(flag.votes)));
                break;
            case ownership::DivergenceKind::controller_without_majority:
                items.push_back(
                    fmt::format("{} controls {} with {} look-through economic interest in it.",
                                a.name(flag.party), a.name(flag.entity),
                                flag.economic == 0 ? std::string{"no"}
                                                   : "only a " + share_text(flag.economic)));
                break;
            case ownership::DivergenceKind::larger_interest_than_controller: {
                const auto top = *ownership::ultimate_controller(a.controls[flag.entity]);
                const auto controller_total =
                    ownership::interest_split(a.graph, a.interests, top, flag.entity).total;
                items.push_back(fmt::format(
                    "{} has a larger look-through economic interest in {}, {}, than {} controller, "
                    "{}, with {}.",
                    a.name(flag.party), a.name(flag.entity), share_text(flag.economic),
                    a.possessive(flag.entity), a.name(top), share_text(controller_total)));
                break;
            }
        }
    }
    return items;
}

std::string findings_section(const Analysis& a, const std::vector<HolderInterest>& rows) {
    return join_blocks({heading(2, "Findings"), bullet_list(findings(a, rows))});
}

std::string power_cell(const power::PlayerPower& player, bool banzhaf) {
    const auto& exact = banzhaf ? player.banzhaf : player.shapley_shubik;
    if (exact) {
        return fmt::format("{} ({})", exact::to_fraction_string(*exact),
                           exact::to_decimal_string(*exact, 4));
    }
    const auto& estimate = banzhaf ? player.banzhaf_estimate : player.shapley_shubik_estimate;
    return fmt::format("≈{:.4f} ± {:.4f}", estimate->value, (estimate->high - estimate->low) / 2);
}

// One row of the indirect power tables: an ultimate holder of the look-through table or an
// ultimate player of a composed game.
struct PowerRow {
    std::string id;
    std::string label;
    std::optional<Rational> total;           // look-through interest in the entity; none for a seat
    const HolderInterest* holder = nullptr;  // its row of the look-through table, if any
    bool plural = false;                     // the label is plural ("Other holders of X")
};

// The look-through interest of an ultimate player absent from the look-through table: 0 for an
// ultimate holder (a party without holders, a remainder), none for a seat or for a party cut at a
// cycle (an intermediate entity, whose interest passes to its own holders).
std::optional<Rational> zero_interest(const Analysis& a, const ownership::UltimatePlayer& player) {
    if (player.kind == ownership::UltimateKind::seat)
        return std::nullopt;
    if (player.kind == ownership::UltimateKind::party) {
        const auto index = ownership::party_index(a.graph, player.party);
        if (index < 0 || ownership::ultimate_of(a.interests, static_cast<std::size_t>(index)) < 0)
            return std::nullopt;
    }
    return Rational(0);
}

std::vector<PowerRow> power_rows(const Analysis& a) {
    std::vector<PowerRow> rows;
    for (const auto& holder : a.facts.holders) {
        const auto& ultimate = a.interests.ultimates[holder.ultimate];
        const auto& party = a.graph.parties[ultimate.party];
        rows.push_back(
            {ownership::ultimate_id(ultimate.remainder ? ownership::UltimateKind::other_holders
                                                       : ownership::UltimateKind::party,
                                    party),
             a.holder_name(ultimate), holder.total, &holder,
             ultimate.remainder || a.plural(ultimate.party)});
    }
    for (const auto& matter : a.facts.matters) {
        for (const auto& player : matter.power.players) {
            if (std::none_of(rows.begin(), rows.end(),
                             [&](const PowerRow& row) { return row.id == player.id; })) {
                const auto index = player.kind == ownership::UltimateKind::party
                                       ? ownership::party_index(a.graph, player.party)
                                       : -1;
                const bool plural = player.kind == ownership::UltimateKind::other_holders ||
                                    (index >= 0 && a.plural(static_cast<std::size_t>(index)));
                rows.push_back(
                    {player.id, player.label, zero_interest(a, player), nullptr, plural});
            }
        }
    }
    return rows;
}

// The short column name of the k-th matter (from 0): "M1", "M2", ...
std::string matter_column(std::size_t k) {
    return fmt::format("M{}", k + 1);
}

std::string matter_legend(const Analysis& a) {
    std::vector<std::string> items;
    for (std::size_t k = 0; k < a.facts.matters.size(); ++k) {
        const auto& matter = a.facts.matters[k];
        const auto* body = governance::find_body(a.full, matter.game.body);
        items.push_back(fmt::format("**{}**: {} ({}{})", matter_column(k), matter.matter_name,
                                    body ? body->name : matter.game.body,
                                    matter.game.view != compile::View::bloc ? ""
                                    : matter.game.declared_view
                                        ? ", directors voting with their appointer"
                                        : ", directors voting with their appointer: the bloc "
                                          "view, in which each member's power passes up its "
                                          "chain; the model declares the individual view, shown "
                                          "in the voting-power report"));
    }
    return bullet_list(items);
}

std::string power_table(const Analysis& a, const std::vector<PowerRow>& rows, bool banzhaf) {
    std::vector<Column> columns = {{"Ultimate holder"}, {"Economic interest", Align::right}};
    for (std::size_t k = 0; k < a.facts.matters.size(); ++k)
        columns.push_back({matter_column(k), Align::right});
    std::vector<Row> table_rows;
    for (const auto& row : rows) {
        Row cells = {row.label, row.total ? share_text(*row.total) : "—"};
        for (const auto& matter : a.facts.matters) {
            const auto index = ownership::find_ultimate(matter.power, row.id);
            cells.push_back(index ? power_cell(matter.power.power[*index], banzhaf) : "0");
        }
        table_rows.push_back(cells);
    }
    return table(columns, table_rows);
}

// The largest normalised Banzhaf index of a player over the matters (exact or estimated), with
// the matter, or nullopt when it is zero on every matter.
struct Peak {
    double value = 0;
    std::string text;
    std::string matter;
    int matters_with_power = 0;
};

Peak banzhaf_peak(const Analysis& a, const std::string& id) {
    Peak peak;
    for (std::size_t k = 0; k < a.facts.matters.size(); ++k) {
        const auto& matter = a.facts.matters[k];
        const auto index = ownership::find_ultimate(matter.power, id);
        if (!index)
            continue;
        const auto& player = matter.power.power[*index];
        const double value =
            player.banzhaf ? static_cast<double>(*player.banzhaf) : player.banzhaf_estimate->value;
        if (value <= 0)
            continue;
        ++peak.matters_with_power;
        if (value > peak.value) {
            peak = {value, power_cell(player, true), matter_column(k), peak.matters_with_power};
        }
    }
    return peak;
}

// On the default rule of the members' meeting (else the first matter), computed exactly: the
// holders with the same positive normalised Banzhaf index but different economic interests, one
// sentence for the first such group (in row order), or nullopt.
std::optional<std::string> equal_power_finding(const Analysis& a,
                                               const std::vector<PowerRow>& rows) {
    const auto& matters = a.facts.matters;
    std::size_t k = 0;
    for (std::size_t i = 0; i < matters.size(); ++i) {
        if (matters[i].game.view == compile::View::members && matters[i].game.is_default) {
            k = i;
            break;
        }
    }
    if (matters.empty() || matters[k].power.method != ownership::IndirectMethod::exact)
        return std::nullopt;
    const auto& power = matters[k].power;
    for (std::size_t first = 0; first < rows.size(); ++first) {
        const auto index = ownership::find_ultimate(power, rows[first].id);
        if (!index || *power.power[*index].banzhaf == 0 || !rows[first].total)
            continue;
        const auto& value = *power.power[*index].banzhaf;
        std::vector<std::string> names = {
            fmt::format("{} with {}", rows[first].label, share_text(*rows[first].total))};
        bool interests_differ = false;
        for (std::size_t other = first + 1; other < rows.size(); ++other) {
            const auto found = ownership::find_ultimate(power, rows[other].id);
            if (!found || *power.power[*found].banzhaf != value || !rows[other].total)
                continue;
            names.push_back(
                fmt::format("{} with {}", rows[other].label, share_text(*rows[other].total)));
            interests_differ = interests_differ || *rows[other].total != *rows[first].total;
        }
        if (interests_differ) {
            return fmt::format(
                "{} of the economic interest in {} have the same normalised Banzhaf index on {} "
                "(\"{}\"): {}. Power follows votes and appointment rights, not value.",
                join_and(names), a.name(a.entity), matter_column(k), matters[k].matter_name,
                power_cell(power.power[*index], true));
        }
    }
    return std::nullopt;
}

std::vector<std::string> power_findings(const Analysis& a, const std::vector<PowerRow>& rows) {
    std::vector<std::string> items;
    const auto matters = a.facts.matters.size();
    for (const auto& row : rows) {
        const auto peak = banzhaf_peak(a, row.id);
        if (row.holder && row.holder->total > 0 && peak.matters_with_power == 0) {
            std::vector<std::string> through;
            std::vector<std::string> reasons;
            for (const auto party : row.holder->through) {
                through.push_back(a.name(party));
                if (const auto top = ownership::ultimate_controller(a.controls[party])) {
                    reasons.push_back(fmt::format("{}, so {} decides {} vote",
                                                  who_decides(a, party), a.name(*top),
                                                  a.possessive(party)));
                }
            }
            const auto& ultimate = a.interests.ultimates[row.holder->ultimate];
            if (ultimate.remainder && ultimate.party == a.entity) {
                reasons.push_back("no party in the model casts these votes");
            } else if (row.holder->direct > 0) {
                reasons.push_back("its own votes or seats are never decisive under " +
                                  a.possessive(a.entity) + " rules");
            }
            items.push_back(fmt::format(
                "{} {} {} of {} economic interest{} but {} no indirect voting power on any "
                "matter{}.",
                row.label, row.plural ? "hold" : "holds", share_text(*row.total),
                a.possessive(a.entity), through.empty() ? "" : " through " + join_and(through),
                row.plural ? "have" : "has", reasons.empty() ? "" : ": " + join_and(reasons)));
        } else if (row.total && *row.total == 0 && peak.matters_with_power > 0) {
            std::vector<std::string> decides;
            for (std::size_t party = 0; party < a.graph.parties.size(); ++party) {
                const auto top = ownership::ultimate_controller(a.controls[party]);
                if (top && a.graph.parties[*top] == row.id)
                    decides.push_back(a.name(party));
            }
            items.push_back(fmt::format(
                "{} {} no economic interest in {} but {} indirect voting power on {} of the {} "
                "matters, up to a normalised Banzhaf index of {} on {}{}.",
                row.label, row.plural ? "have" : "has", a.name(a.entity),
                row.plural ? "have" : "has", peak.matters_with_power, matters, peak.text,
                peak.matter,
                decides.empty()
                    ? ""
                    : (row.plural ? ": they control " : ": it controls ") + join_and(decides)));
        }
    }
    if (auto text = equal_power_finding(a, rows))
        items.push_back(*text);
    std::vector<std::string> cuts;
    std::vector<std::string> blocs;
    for (const auto& matter : a.facts.matters) {
        for (const auto& vote : matter.power.votes) {
            for (const auto& party : vote.cycles_cut) {
                const auto index = ownership::party_index(a.graph, party);
                const auto name = index < 0 ? party : a.name(static_cast<std::size_t>(index));
                if (std::find(cuts.begin(), cuts.end(), name) == cuts.end())
                    cuts.push_back(name);
            }
        }
        for (const auto& player : matter.power.players) {
            if (player.kind == ownership::UltimateKind::other_holders &&
                std::find(blocs.begin(), blocs.end(), player.label) == blocs.end())
                blocs.push_back(player.label);
        }
    }
    if (!cuts.empty()) {
        items.push_back(fmt::format(
            "A cycle of holdings or appointments returns to {}: where it is reached again it is "
            "counted as voting for itself (the cycle is cut there).",
            join_and(cuts)));
    }
    if (!blocs.empty()) {
        items.push_back(fmt::format(
            "{} {} counted as one bloc voting together: an assumption, since the model does not "
            "say who they are; split among many small holders, their power would differ.",
            join_and(blocs), blocs.size() == 1 ? "is" : "are"));
    }
    return items;
}

std::string method_text(const Analysis& a) {
    std::vector<std::string> sampled;
    for (std::size_t k = 0; k < a.facts.matters.size(); ++k) {
        const auto& matter = a.facts.matters[k];
        if (matter.power.method == ownership::IndirectMethod::monte_carlo) {
            sampled.push_back(fmt::format("{} ({} ultimate holders; {} samples, seed {})",
                                          matter_column(k), matter.power.players.size(),
                                          matter.power.samples, matter.power.seed));
        }
    }
    const std::string rule =
        "A member's vote follows its own governance: a company with a board votes as its board "
        "decides (its default rule, each director voting with the party that appointed it); a "
        "company without a board in the model votes as the holders of more than half of its "
        "votes decide, the part of its votes that no party in the model holds counted as one "
        "bloc of \"other holders\"; a party with neither votes for itself. A group of ultimate "
        "holders carries a decision of the JV when the members whose votes it carries form a "
        "winning coalition under the JV's rule for that matter (Shapley's compound game). The "
        "normalised Banzhaf index is the holder's share of all decisive swings; the "
        "Shapley–Shubik index is the share of the orders of arrival in which it is pivotal.";
    if (sampled.empty()) {
        return rule +
               " Method: exact. Every composed game has at most 20 ultimate holders, so "
               "all coalitions are enumerated and the indices are exact fractions, shown "
               "as \"p/q (decimal)\".";
    }
    return rule + fmt::format(
                      " Method: exact (all coalitions enumerated) for composed games of at most "
                      "20 ultimate holders; Monte Carlo for {}: estimates \"≈value ± half-width\" "
                      "of the 95% confidence interval.",
                      join_and(sampled));
}

std::string member_votes(const Analysis& a) {
    std::vector<std::string> seen;
    std::vector<std::string> items;
    for (const auto& matter : a.facts.matters) {
        for (const auto& vote : matter.power.votes) {
            if (std::find(seen.begin(), seen.end(), vote.player) != seen.end())
                continue;
            seen.push_back(vote.player);
            items.push_back(vote.text + ".");
        }
    }
    return bullet_list(items);
}

std::string indirect_power_section(const Analysis& a) {
    const auto rows = power_rows(a);
    std::vector<std::string> blocks = {
        heading(2, "Indirect voting power per matter"),
        fmt::format("The power of each ultimate holder over each decision of {}, for the "
                    "members' meeting and the board (directors voting with their appointer). "
                    "The rows continue the look-through table above: the economic interest is "
                    "its total, so the two can be compared line by line. A plain 0 means the "
                    "holder reaches no vote in that matter's game; 0 (0.0000) means it takes "
                    "part but is never decisive, or may not vote on that matter (a conflicted "
                    "member: see the matter's rule in the voting-power report).",
                    a.name(a.entity)),
        method_text(a),
        "The matters (columns of both tables):",
        matter_legend(a),
        heading(3, "Normalised Banzhaf index"),
        power_table(a, rows, true),
        heading(3, "Shapley–Shubik index"),
        power_table(a, rows, false),
        heading(3, "How each member's vote is decided"),
        member_votes(a),
    };
    const auto items = power_findings(a, rows);
    if (!items.empty()) {
        blocks.push_back(heading(3, "Findings on indirect voting power"));
        blocks.push_back(bullet_list(items));
    }
    return join_blocks(blocks);
}

std::vector<MatterPower> matter_powers(const Model& full, Date day) {
    const auto on_date = governance::as_of(full, day);
    std::vector<MatterPower> result;
    for (auto& game : compile::compile_games(on_date)) {
        if (game.view == compile::View::individual)
            continue;
        std::string name = game.matter;
        for (const auto& matter : full.matters) {
            if (matter.id == game.matter && matter.body == game.body)
                name = matter.name;
        }
        auto power = ownership::indirect_power(on_date, game);
        result.push_back({std::move(game), std::move(name), std::move(power)});
    }
    return result;
}

}  // namespace

ControlFacts control_facts(const Model& full, Date as_of) {
    ControlFacts facts{full, as_of, ownership::graph_on(full, as_of), {}, {}, 0, {}, {}, {}};
    facts.interests = ownership::look_through(facts.graph);
    facts.controls = ownership::control(facts.graph);
    facts.entity = static_cast<std::size_t>(ownership::party_index(facts.graph, full.info.entity));
    facts.holders = interests_in_entity(Analysis(facts));
    facts.matters = matter_powers(full, as_of);
    facts.divergences = ownership::divergences(facts.graph, facts.interests, facts.controls);
    return facts;
}

std::string render_control_report(const ControlFacts& facts, const ReportContext& context,
                                  const std::string& json_file) {
    const Analysis a(facts);
    return join_blocks({
        title_and_metadata(a, context, json_file),
        how_to_read(a),
        ownership_graph(a),
        stakes(a),
        look_through_section(a, facts.holders),
        indirect_power_section(a),
        control_section(a),
        findings_section(a, facts.holders),
    });
}

std::string render_control_report(const Model& full, Date as_of, const ReportContext& context) {
    return render_control_report(control_facts(full, as_of), context, "control.json");
}

std::vector<OutputFile> render_control_files(const governance::Model& full, governance::Date as_of,
                                             const ReportContext& context,
                                             const std::filesystem::path& stem) {
    const auto facts = control_facts(full, as_of);
    const auto json_file = std::filesystem::path{stem}.filename().string() + ".json";
    auto markdown = render_control_report(facts, context, json_file);
    auto json = render_control_json(facts, context);
    return {{std::filesystem::path{stem} += ".md", std::move(markdown)},
            {std::filesystem::path{stem} += ".json", std::move(json)}};
}

}  // namespace jvgov::report
