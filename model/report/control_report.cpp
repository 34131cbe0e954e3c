#include "model/report/basis_wording.hpp"
#include "model/report/control_report.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "model/exact/rational.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/ownership/control.hpp"
#include "model/ownership/graph.hpp"
#include "model/ownership/look_through.hpp"
#include "model/power/power_table.hpp"
#include "model/report/citation.hpp"
#include "model/report/control_json.hpp"
#include "model/report/csv_tables.hpp"
#include "model/report/document.hpp"
#include "model/report/glossary.hpp"
#include "model/report/markdown.hpp"
#include "model/report/ownership_diagram.hpp"
#include "model/report/control_tests_report.hpp"
#include "model/report/power_sections.hpp"
#include "model/report/rule_wording.hpp"
#include "model/report/vote_wording.hpp"
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
        return governance::party_name(full, graph.parties[party]);
    }

    std::string possessive(std::size_t party) const { return name(party) + "'s"; }

    // Whether the party's name is plural ("Other OpenAI holders"): a party of kind group.
    bool plural(std::size_t party) const {
        const auto* found = governance::find_party(full, graph.parties[party]);
        return found && found->kind == governance::PartyKind::group;
    }

    std::string holder_name(const ownership::UltimateHolder& holder) const {
        return holder.remainder ? other_holders_label(name(holder.party)) : name(holder.party);
    }

    const ownership::Board* board(std::size_t party) const {
        const auto index = graph.board_of[party];
        return index < 0 ? nullptr : &graph.boards[static_cast<std::size_t>(index)];
    }

    // Whether the party is on the control chain of any entity.
    bool controls_anything(std::size_t party) const {
        for (const auto& c : controls) {
            if (std::find(c.chain.begin(), c.chain.end(), party) != c.chain.end())
                return true;
        }
        return false;
    }

    // The control tests of the party (a company with a body on the date), else nullptr.
    const analysis::EntityControl* tests(std::size_t party) const {
        return analysis::find_entity_control(facts.tests, graph.parties[party]);
    }

    // What the control tests find for a party without a sole (ultimate) controller by votes or
    // board ("joint control by A and B (IFRS 11)"); "" when they find no control either.
    std::string tests_answer(std::size_t party) const {
        const auto* found = tests(party);
        return found == nullptr ? "" : control_answer(full, *found);
    }

    // What the control tests find for a party whose votes or board `top` controls, when they
    // do not find sole control by `top` ("joint control by A and B under IFRS 11", "no
    // controlling party"); "" when they agree or the party has no tests.
    std::string tests_disagree(std::size_t party, std::size_t top) const {
        const auto* found = tests(party);
        if (found == nullptr)
            return "";
        const auto& overall = found->overall;
        const std::string& top_id = graph.parties[top];
        if (overall.classification == analysis::Classification::sole_control) {
            const std::string& sole = overall.parties.front();
            if (sole == top_id ||
                std::find(found->ultimate.begin(), found->ultimate.end(),
                          std::pair<std::string, std::string>{sole, top_id}) !=
                    found->ultimate.end())
                return "";
        }
        const std::string answer = control_answer(full, *found);
        return answer.empty() ? "no controlling party" : answer;
    }

    // Whether the party has holders or a board: the entities whose control is analysed.
    bool has_control_structure(std::size_t party) const {
        return !graph.held_by[party].empty() || board(party) != nullptr;
    }
};

// ---- Inline helpers -----------------------------------------------------------------------

using doc::Inlines;

Inlines cell(std::string_view markup) {
    return {doc::markup(markup)};
}

// The names of the parties (graph indices), in order.
std::vector<std::string> names_of(const Analysis& a, const std::vector<std::size_t>& parties) {
    std::vector<std::string> names;
    for (const auto party : parties)
        names.push_back(a.name(party));
    return names;
}

doc::Inline name_text(const Analysis& a, std::size_t party) {
    return doc::text(a.name(party));
}

// The part of `party`'s votes that no party in the model holds (a dispersed float).
Rational unallocated_votes(const ownership::OwnershipGraph& graph, std::size_t party) {
    Rational held = 0;
    for (const auto e : graph.held_by[party])
        held += graph.edges[e].voting;
    return 1 - held;
}

// "Alpha's": the name (model text) and the possessive ending (markup).
Inlines possessive(const Analysis& a, std::size_t party) {
    return {name_text(a, party), doc::markup("'s")};
}

// Ends a finding with what it rests on: " (rests on GA-3 and MA-1)." or " (rests on confirmed
// facts only).".
void end_with_basis(Inlines& item, const analysis::Basis& basis) {
    item.push_back(doc::markup(" (rests on "));
    item.push_back(doc::text(basis_text(basis)));
    item.push_back(doc::markup(")."));
}

// What the indirect power of every matter rests on: the union of the matters' bases.
analysis::Basis all_matters_basis(const Analysis& a) {
    analysis::Basis basis;
    for (const auto& matter : a.facts.matters)
        analysis::add_basis(basis, matter.basis);
    return basis;
}

// ---- Sections -----------------------------------------------------------------------------

doc::Blocks title_and_metadata(const Analysis& a, const ReportContext& context,
                               const std::string& json_file) {
    Metadata metadata;
    metadata.title =
        doc::format("Ownership and control of {} as of {}",
                    {doc::text(a.full.info.name), doc::markup(governance::to_iso_string(a.day))});
    metadata.facts = {
        as_of_item(a.full, a.day),
        doc::format("Status of {} on that date: {}",
                    {doc::text(a.full.info.name), doc::text(governance::status_on(a.full, a.day))}),
    };
    metadata.before_see_also = {
        doc::format("Data: {}, every figure of this report as JSON (schema jvgov/control@4)",
                    {doc::link({doc::markup(json_file)}, json_file)}),
    };
    return report::title_and_metadata(metadata, context);
}

doc::Block how_to_read(const Analysis& a) {
    const auto pattern = fmt::format(
        "**How to read this report.** It follows the stakes in force on {0} up the chains of "
        "owners. *Economic interest* is a share of profits and value; *control* is the power to "
        "decide. The *look-through* interest of an ultimate holder (a party whose own owners the "
        "model does not describe, or the unnamed \"other holders\" of a company) in {{}} is its "
        "stake multiplied along every chain of holdings that leads to {{}}, summed over all "
        "chains: 27% of a company that holds 40% of {{}} is 10.80% of {{}}. A party *controls* a "
        "company when it, together with the companies it controls, holds more than half of the "
        "votes, or appoints more than half of the board, whatever its economic stake; appointment "
        "rights come first, because they take the board away from the voting majority. The two "
        "part ways when votes and value are split differently (shares without votes), when a "
        "board is appointed by a party with a small stake, and along chains: a controller "
        "decides for the whole company while owning only part of it. Percentages are exact "
        "values rounded to two decimals; when rounding hides the exact value, the exact fraction "
        "follows (\"33.33% (exactly 1/3)\"). The sources of the stakes are listed in the "
        "governance report.",
        governance::to_iso_string(a.day));
    const auto entity = name_text(a, a.entity);
    return doc::quote(doc::format(pattern, {entity, entity, entity, entity}));
}

// The model's stakes in file order: the graph's edge.stake is a position in it.
std::vector<const governance::Stake*> stakes_in_file_order(const Model& full) {
    std::vector<const governance::Stake*> stakes;
    for (const auto& stake : full.stakes)
        stakes.push_back(&stake);
    return stakes;
}

doc::Blocks ownership_graph(const Analysis& a) {
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
    analysis::Basis basis;
    for (const auto& company : a.facts.control_bases)
        analysis::add_basis(basis, company);
    auto caption = doc::format(
        "Stakes and board appointment rights in force on {}. Each arrow points from the holder to "
        "the company it holds a stake in, labelled with the economic and the voting interest, or "
        "from an appointer to the company whose board it appoints; {} has a thick border. ",
        {doc::markup(governance::to_iso_string(a.day)), name_text(a, a.entity)});
    caption.push_back(doc::text(rests_on_sentence(basis)));
    return {doc::heading(2, {doc::markup("Ownership graph")}), doc::paragraph(std::move(caption)),
            ownership_diagram(a.full, stakes, appointments)};
}

doc::Blocks stakes(const Analysis& a) {
    const auto in_file_order = stakes_in_file_order(a.full);
    doc::Table table{{{cell("Holder")},
                      {cell("In")},
                      {cell("Economic"), Align::right},
                      {cell("Voting"), Align::right},
                      {cell("Source")},
                      {cell("Rests on")}},
                     {}};
    for (const auto& edge : a.graph.edges) {
        std::vector<Inlines> sources;
        for (const auto& source : in_file_order[edge.stake]->provenance.sources) {
            sources.push_back({source_citation(a.full, source, "governance.md")});
        }
        analysis::Basis basis;
        analysis::add_fact(basis, "stake", "", in_file_order[edge.stake]->provenance);
        table.rows.push_back({{name_text(a, edge.holder)},
                              {name_text(a, edge.issuer)},
                              cell(share_text(edge.economic)),
                              cell(share_text(edge.voting)),
                              doc::join(sources, ", "),
                              {doc::text(basis_text(basis))}});
    }
    doc::Blocks blocks = {
        doc::heading(2, {doc::markup("Stakes in force")}),
        doc::paragraph({doc::markup("Periods and notes of each stake are in the governance "
                                    "report. Rests on: the stake's confidence, or the model's "
                                    "assumptions it cites.")}),
        table};
    for (const auto& votes : a.facts.adjusted_votes) {
        std::vector<Inlines> reasons;
        for (const auto& holder : votes.holders)
            reasons.push_back({doc::text(adjusted_holder_in_words(a.facts.on_date, holder))});
        blocks.push_back(doc::paragraph(
            doc::format("Votes in {} adjusted by the model's rules (the Voting column shows the "
                        "share of the votes cast):",
                        {doc::text(governance::party_name(a.facts.on_date, votes.issuer))})));
        blocks.push_back(doc::bullet_list(std::move(reasons)));
    }
    return blocks;
}

doc::Blocks look_through_section(const Analysis& a, const std::vector<HolderInterest>& rows_in) {
    doc::Table table{{{cell("Ultimate holder")},
                      {cell("Direct"), Align::right},
                      {cell("Indirect"), Align::right},
                      {cell("Total"), Align::right},
                      {cell("Through")},
                      {cell("Rests on")}},
                     {}};
    for (const auto& row : rows_in) {
        table.rows.push_back({{doc::text(a.holder_name(a.interests.ultimates[row.ultimate]))},
                              cell(share_text(row.direct)),
                              cell(share_text(row.indirect)),
                              cell(share_text(row.total)),
                              doc::join_and(names_of(a, row.through)),
                              {doc::text(basis_text(row.basis))}});
    }
    return {doc::heading(
                2, {doc::markup("Look-through economic interest in "), name_text(a, a.entity)}),
            doc::paragraph(doc::format(
                "One row per ultimate holder with an interest in {}: its direct stake, the part it "
                "holds through other companies (summed over every chain), and the total; the "
                "totals sum to 100%. \"Other holders of X\" is the part of X that no party in the "
                "model holds. Rests on: the model's assumptions cited by the stakes of the row's "
                "chains, or how sure those stakes are.",
                {name_text(a, a.entity)})),
            table};
}

std::string seats_text(const Analysis& a, std::size_t entity, int seats) {
    const auto* board = a.board(entity);
    return board ? fmt::format("{} of {}", seats, board->total_seats) : "";
}

doc::Blocks control_section(const Analysis& a) {
    doc::Table table{{{cell("Company")},
                      {cell("Sole (ultimate) controller")},
                      {cell("Chain")},
                      {cell("Votes held"), Align::right},
                      {cell("Seats appointed"), Align::right},
                      {cell("Overridden voting majority")},
                      {cell("Rests on")}},
                     {}};
    for (std::size_t party = 0; party < a.graph.parties.size(); ++party) {
        if (!a.has_control_structure(party))
            continue;
        const auto& c = a.controls[party];
        const auto top = ownership::ultimate_controller(c);
        // Without a majority holder or appointer, what the control tests find: "nobody alone:
        // joint control by A and B under IFRS 11", "no majority: sole control by A through de
        // facto control under IFRS 10".
        const std::string answer = a.tests_answer(party);
        const auto* tests = a.tests(party);
        Inlines controller =
            answer.empty() ? cell("nobody")
            : tests->overall.classification == analysis::Classification::sole_control
                ? Inlines{doc::text("no majority: " + answer)}
                : Inlines{doc::text("nobody alone: " + answer)};
        if (top) {
            const std::string differs = a.tests_disagree(party, *top);
            controller = {name_text(a, *top),
                          doc::markup(" (by " + std::string{ownership::name(c.basis)} +
                                      (differs.empty() ? "" : "; the control tests find ")),
                          doc::text(differs), doc::markup(")")};
        }
        table.rows.push_back(
            {{name_text(a, party)},
             std::move(controller),
             doc::join_texts(names_of(a, c.chain), " → "),
             c.chain.empty() ? Inlines{} : cell(share_text(c.votes)),
             c.chain.empty() ? Inlines{} : cell(seats_text(a, party, c.seats)),
             c.overridden_voting_majority ? Inlines{name_text(a, *c.overridden_voting_majority)}
                                          : Inlines{},
             {doc::text(basis_text(a.facts.control_bases[party]))}});
    }
    return {doc::heading(2, {doc::markup("Control")}),
            doc::paragraph({doc::markup(
                "One row per company with holders or a board in the model. A sole controller "
                "holds more than half of the votes or appoints more than half of the board, "
                "alone or through the companies it controls; where the control tests above find "
                "otherwise from the rules of the company's matters (joint, negative or de facto "
                "control), the row says so. The chain runs from the "
                "immediate controller to the ultimate controller; votes and seats are those held "
                "or appointed by the controller's whole group. An overridden voting majority is a "
                "group holding more than half of the votes whose board is appointed by someone "
                "else. Rests on: the model's assumptions cited by the company's stakes and board "
                "seats, and by those of the companies on its chain, or how sure those are.")}),
            table};
}

// How the entity's controller controls it, or that nobody does: "Trust appoints Alpha's whole
// board", "Trust holds 75.00% of Test JV's votes through Alpha and Beta", "nobody controls X".
Inlines who_decides(const Analysis& a, std::size_t entity) {
    const auto& c = a.controls[entity];
    const auto top = ownership::ultimate_controller(c);
    if (!top) {
        const std::string answer = a.tests_answer(entity);
        if (answer.empty())
            return {doc::markup("nobody controls "), name_text(a, entity)};
        return {doc::markup("nobody alone controls "), name_text(a, entity),
                doc::text(" (" + answer + ")")};
    }
    std::vector<std::string> others;
    for (const auto member : c.group) {
        if (member != *top)
            others.push_back(a.name(member));
    }
    Inlines through;
    if (!others.empty()) {
        through.push_back(doc::markup(" through "));
        doc::append(through, doc::join_and(others));
    }
    Inlines words = {name_text(a, *top)};
    if (c.basis == ControlBasis::appointment) {
        const auto* board = a.board(entity);
        if (board && c.seats == board->total_seats) {
            words.push_back(doc::markup(" appoints "));
            doc::append(words, possessive(a, entity));
            words.push_back(doc::markup(" whole board"));
        } else {
            words.push_back(doc::markup(fmt::format(" appoints {} of the {} seats of ", c.seats,
                                                    board ? board->total_seats : 0)));
            doc::append(words, possessive(a, entity));
            words.push_back(doc::markup(" board"));
        }
        return doc::append(words, through);
    }
    words.push_back(doc::markup(" holds " + share_text(c.votes) + " of "));
    doc::append(words, possessive(a, entity));
    words.push_back(doc::markup(" votes"));
    return doc::append(words, through);
}

// " Public float (57.00% of the votes) is dispersed: many small holders who never vote as one,
// so it controls nothing; the largest organised holder is Founder (43.00%)."
Inlines dispersed_votes_words(const Analysis& a, const analysis::DispersedVotes& dispersed) {
    std::vector<std::string> parts;
    for (const auto holder : dispersed.holders)
        parts.push_back(a.name(holder));
    std::string subject = join_and(parts);
    if (!parts.empty())
        subject += fmt::format(" ({} of the votes)", share_text(dispersed.votes));
    if (dispersed.unallocated > 0)
        subject += fmt::format("{} {} of the votes held by no holder in the model",
                               parts.empty() ? "The" : " and the",
                               share_text(dispersed.unallocated));
    const bool plural = parts.size() + (dispersed.unallocated > 0 ? 1 : 0) > 1 ||
                        (parts.size() == 1 && a.plural(dispersed.holders.front()));
    Inlines words = {
        doc::markup(" "), doc::text(subject),
        doc::markup(fmt::format(" {} dispersed: many small holders who never vote as one, so {} "
                                "nothing",
                                parts.empty() ? "is treated as" : plural ? "are" : "is",
                                plural ? "they control" : "it controls"))};
    if (dispersed.largest_organised) {
        doc::append(words, doc::format(fmt::format("; the largest organised holder is {{}} ({})",
                                                   share_text(dispersed.largest_votes)),
                                       {name_text(a, *dispersed.largest_organised)}));
    }
    words.push_back(doc::markup("."));
    return words;
}

// The sentence on who controls `entity` (nullopt when nobody does and it is not the JV).
std::optional<Inlines> control_finding(const Analysis& a, std::size_t entity) {
    const auto& c = a.controls[entity];
    const auto top = ownership::ultimate_controller(c);
    if (!top) {
        if (entity != a.entity)
            return std::nullopt;
        const auto* tests = a.tests(entity);
        const std::string answer = tests == nullptr ? "" : control_answer(a.full, *tests);
        auto text = doc::format(
            std::string{answer.empty() ? "No party controls {}"
                        : tests->overall.classification == analysis::Classification::sole_control
                            ? "No party controls {} by a majority"
                            : "No party has sole control of {}"} +
                (a.board(entity) ? ": no holder has more than 50% of the votes and no party "
                                   "appoints a majority of its board"
                                 : ": no holder has more than 50% of the votes"),
            {name_text(a, entity)});
        analysis::Basis basis = a.facts.control_bases[entity];
        if (!answer.empty()) {
            // The control tests' answer, e.g. "; the control tests find joint control by A and
            // B under IFRS 11".
            text.push_back(doc::text("; the control tests find " + answer));
            analysis::add_basis(basis, tests->basis);
        }
        end_with_basis(text, basis);
        if (a.facts.dispersed)
            doc::append(text, dispersed_votes_words(a, *a.facts.dispersed));
        return text;
    }
    auto text = doc::format("{} is controlled by {}: ", {name_text(a, entity), name_text(a, *top)});
    doc::append(text, who_decides(a, entity));
    if (c.overridden_voting_majority) {
        doc::append(text, doc::format(", overriding the voting majority of {}",
                                      {name_text(a, *c.overridden_voting_majority)}));
    }
    analysis::Basis basis = a.facts.control_bases[entity];
    if (const std::string differs = a.tests_disagree(entity, *top); !differs.empty()) {
        // A voting or board majority that the matters' rules take back (a supermajority with
        // another party's veto): "; yet the control tests find joint control by A and B under
        // IFRS 11".
        text.push_back(doc::text("; yet the control tests find " + differs));
        analysis::add_basis(basis, a.tests(entity)->basis);
    }
    end_with_basis(text, basis);
    return text;
}

std::vector<Inlines> findings(const Analysis& a, const std::vector<HolderInterest>& rows) {
    std::vector<Inlines> items = {*control_finding(a, a.entity)};
    for (const auto& row : rows) {
        const auto& holder = a.interests.ultimates[row.ultimate];
        if (holder.remainder || row.indirect == 0)
            continue;
        const auto through = doc::join_and(names_of(a, row.through));
        const auto name = name_text(a, holder.party);
        const bool plural = a.plural(holder.party);
        const std::string has = plural ? "have" : "has";
        const auto entity = name_text(a, a.entity);
        if (row.direct > 0) {
            auto item =
                doc::format("{} " + has + " a " + share_text(row.total) +
                                " look-through economic interest in {}: " + share_text(row.direct) +
                                " directly and " + share_text(row.indirect) + " through ",
                            {name, entity});
            doc::append(item, through);
            end_with_basis(item, row.basis);
            items.push_back(std::move(item));
        } else if (!a.controls_anything(holder.party)) {
            std::vector<Inlines> reasons;
            analysis::Basis basis = row.basis;
            for (const auto party : row.through) {
                reasons.push_back(who_decides(a, party));
                analysis::add_basis(basis, a.facts.control_bases[party]);
            }
            auto item = doc::format("{} " + has + " a " + share_text(row.total) +
                                        " look-through economic interest in {} through ",
                                    {name, entity});
            doc::append(item, through);
            item.push_back(
                doc::markup(plural ? " but control nothing: " : " but controls nothing: "));
            doc::append(item, doc::join_parts_and(reasons));
            end_with_basis(item, basis);
            items.push_back(std::move(item));
        } else {
            std::vector<std::string> controlled;
            analysis::Basis basis = row.basis;
            for (const auto party : row.through) {
                if (ownership::ultimate_controller(a.controls[party]) == holder.party) {
                    controlled.push_back(a.name(party));
                    analysis::add_basis(basis, a.facts.control_bases[party]);
                }
            }
            auto item = doc::format("{} " + has + " a " + share_text(row.total) +
                                        " look-through economic interest in {} through ",
                                    {name, entity});
            doc::append(item, through);
            if (!controlled.empty()) {
                item.push_back(doc::markup(plural ? "; they control " : "; it controls "));
                doc::append(item, doc::join_and(controlled));
            }
            end_with_basis(item, basis);
            items.push_back(std::move(item));
        }
    }
    for (std::size_t party = 0; party < a.graph.parties.size(); ++party) {
        if (party == a.entity)
            continue;
        if (auto text = control_finding(a, party))
            items.push_back(std::move(*text));
    }
    for (std::size_t i = 0; i < a.facts.divergences.size(); ++i) {
        const auto& flag = a.facts.divergences[i];
        const auto& basis = a.facts.divergence_bases[i];
        switch (flag.kind) {
            case ownership::DivergenceKind::economic_above_votes: {
                auto item =
                    doc::format("{} " + std::string{a.plural(flag.party) ? "hold" : "holds"} + " " +
                                    share_text(flag.economic) + " of ",
                                {name_text(a, flag.party)});
                doc::append(item, possessive(a, flag.entity));
                item.push_back(doc::markup(
                    " economic interest but " +
                    (flag.votes == 0 ? std::string{"none"} : "only " + share_text(flag.votes)) +
                    " of its votes"));
                end_with_basis(item, basis);
                items.push_back(std::move(item));
                break;
            }
            case ownership::DivergenceKind::controller_without_majority: {
                auto item =
                    doc::format("{} controls {} with " +
                                    (flag.economic == 0 ? std::string{"no"}
                                                        : "only a " + share_text(flag.economic)) +
                                    " look-through economic interest in it",
                                {name_text(a, flag.party), name_text(a, flag.entity)});
                end_with_basis(item, basis);
                items.push_back(std::move(item));
                break;
            }
            case ownership::DivergenceKind::larger_interest_than_controller: {
                auto item = doc::format("{} " +
                                            std::string{a.plural(flag.party) ? "have" : "has"} +
                                            " a larger look-through economic interest in {}, " +
                                            share_text(flag.economic) + ", than ",
                                        {name_text(a, flag.party), name_text(a, flag.entity)});
                doc::append(item, possessive(a, flag.entity));
                doc::append(item, doc::format(" controller, {}, with " +
                                                  share_text(flag.controller_economic),
                                              {name_text(a, flag.controller)}));
                end_with_basis(item, basis);
                items.push_back(std::move(item));
                break;
            }
        }
    }
    return items;
}

doc::Blocks findings_section(const Analysis& a, const std::vector<HolderInterest>& rows) {
    return {doc::heading(2, {doc::markup("Findings")}), doc::bullet_list(findings(a, rows))};
}

std::string power_cell(const power::PlayerPower& player, bool banzhaf) {
    const auto& exact = banzhaf ? player.banzhaf : player.shapley_shubik;
    if (exact)
        return fraction_text(*exact);
    const auto& estimate = banzhaf ? player.banzhaf_estimate : player.shapley_shubik_estimate;
    if (!estimate)
        return "—";
    return fmt::format("≈{:.4f} ± {:.4f}", estimate->value, (estimate->high - estimate->low) / 2);
}

// One row of the indirect power tables: an ultimate holder of the look-through table or an
// ultimate player of a composed game.
struct HolderRow {
    std::string id;
    std::string label;                       // model text
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

std::vector<HolderRow> power_rows(const Analysis& a) {
    std::vector<HolderRow> rows;
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
                             [&](const HolderRow& row) { return row.id == player.id; })) {
                const auto index = player.kind == ownership::UltimateKind::party
                                       ? ownership::party_index(a.graph, player.party)
                                       : -1;
                const bool plural = player.kind == ownership::UltimateKind::other_holders ||
                                    (index >= 0 && a.plural(static_cast<std::size_t>(index)));
                rows.push_back({player.id, ultimate_player_label(a.facts.on_date, player),
                                zero_interest(a, player), nullptr, plural});
            }
        }
    }
    return rows;
}

// The short column name of the k-th matter (from 0): "Matter 1", "Matter 2", ... (words, so
// that they cannot be read as the id of a record or an assumption).
std::string matter_column(std::size_t k) {
    return fmt::format("Matter {}", k + 1);
}

doc::Block matter_legend(const Analysis& a) {
    std::vector<Inlines> items;
    for (std::size_t k = 0; k < a.facts.matters.size(); ++k) {
        const auto& matter = a.facts.matters[k];
        const auto* body = governance::find_body(a.full, matter.game.body);
        std::string view =
            matter.game.view != compile::View::bloc ? ""
            : matter.game.declared_view
                ? ", directors voting with their appointer"
                : ", directors voting with their appointer: the bloc view, an alternative "
                  "reading used here because power passes up a chain only when directors vote "
                  "as their appointer tells them; the model declares the individual view";
        auto item = doc::format(
            "{}: {} ({}" + view,
            {doc::strong({doc::markup(matter_column(k))}), doc::text(matter.matter_name),
             doc::text(body ? body->name : matter.game.body)});
        if (!matter.declared_banzhaf.empty()) {
            std::vector<Inlines> parts;
            for (const auto& declared : matter.declared_banzhaf)
                parts.push_back(doc::format("{} " + fraction_text(declared.banzhaf),
                                            {doc::text(declared.name)}));
            item.push_back(doc::markup(
                ", in which each party's directors together have a Banzhaf index of "));
            doc::append(item, doc::join_parts_and(parts));
            item.push_back(doc::markup(", as in the voting-power report"));
        }
        item.push_back(doc::markup("); rests on "));
        item.push_back(doc::text(basis_text(matter.basis)));
        items.push_back(std::move(item));
    }
    return doc::bullet_list(std::move(items));
}

doc::Block power_table(const Analysis& a, const std::vector<HolderRow>& rows, bool banzhaf) {
    std::vector<std::string> headers = {"Economic interest"};
    for (std::size_t k = 0; k < a.facts.matters.size(); ++k)
        headers.push_back(matter_column(k));
    std::vector<PowerRow> table_rows;
    for (const auto& row : rows) {
        PowerRow cells = {{doc::text(row.label)}, {row.total ? share_text(*row.total) : "—"}};
        for (const auto& matter : a.facts.matters) {
            const auto index = ownership::find_ultimate(matter.power, row.id);
            cells.values.push_back(index ? power_cell(matter.power.power[*index], banzhaf) : "0");
        }
        table_rows.push_back(std::move(cells));
    }
    return report::power_table("Ultimate holder", headers, table_rows);
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

// "Fund with 41.25%": a row's label (model text) and its look-through interest.
Inlines label_with_total(const HolderRow& row) {
    return doc::format("{} with " + share_text(*row.total), {doc::text(row.label)});
}

// On the default rule of the members' meeting (else the first matter), computed exactly: the
// holders with the same positive normalised Banzhaf index but different economic interests, one
// sentence for the first such group (in row order), or nullopt.
std::optional<Inlines> equal_power_finding(const Analysis& a, const std::vector<HolderRow>& rows) {
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
        std::vector<Inlines> names = {label_with_total(rows[first])};
        bool interests_differ = false;
        for (std::size_t other = first + 1; other < rows.size(); ++other) {
            const auto found = ownership::find_ultimate(power, rows[other].id);
            if (!found || *power.power[*found].banzhaf != value || !rows[other].total)
                continue;
            names.push_back(label_with_total(rows[other]));
            interests_differ = interests_differ || *rows[other].total != *rows[first].total;
        }
        if (interests_differ) {
            auto text = doc::join_parts_and(names);
            doc::append(text,
                        doc::format(" of the economic interest in {} have the same normalised "
                                    "Banzhaf index on " +
                                        matter_column(k) +
                                        " (\"{}\"): " + power_cell(power.power[*index], true),
                                    {name_text(a, a.entity), doc::text(matters[k].matter_name)}));
            end_with_basis(text, matters[k].basis);
            text.push_back(doc::markup(" Power follows votes and appointment rights, not value."));
            return text;
        }
    }
    return std::nullopt;
}

std::vector<Inlines> power_findings(const Analysis& a, const std::vector<HolderRow>& rows) {
    std::vector<Inlines> items;
    const auto basis = all_matters_basis(a);
    const auto matters = a.facts.matters.size();
    for (const auto& row : rows) {
        const auto peak = banzhaf_peak(a, row.id);
        if (row.holder && row.holder->total > 0 && peak.matters_with_power == 0) {
            std::vector<std::string> through;
            std::vector<Inlines> reasons;
            // Rests on the holder's chains and the control of the companies it holds through
            // (and on every matter's rules when it votes directly).
            analysis::Basis reason_basis = row.holder->basis;
            for (const auto party : row.holder->through) {
                through.push_back(a.name(party));
                analysis::add_basis(reason_basis, a.facts.control_bases[party]);
                if (const auto top = ownership::ultimate_controller(a.controls[party])) {
                    auto reason = who_decides(a, party);
                    doc::append(reason, doc::format(", so {} decides ", {name_text(a, *top)}));
                    doc::append(reason, possessive(a, party));
                    reason.push_back(doc::markup(" vote"));
                    reasons.push_back(std::move(reason));
                }
            }
            const auto& ultimate = a.interests.ultimates[row.holder->ultimate];
            if (ultimate.remainder && unallocated_votes(a.graph, ultimate.party) > 0) {
                Inlines reason = possessive(a, ultimate.party);
                reason.push_back(doc::markup(
                    " other votes are a dispersed float (no party in the model holds them: many "
                    "small holders, none of them a player)"));
                reasons.push_back(std::move(reason));
            } else if (!ultimate.remainder && ownership::is_dispersed(a.graph, ultimate.party)) {
                reasons.push_back({doc::markup(
                    "its holders are dispersed: many small holders, none of them a player")});
            } else if (row.holder->direct > 0) {
                Inlines reason = {doc::markup("its own votes or seats are never decisive under ")};
                doc::append(reason, possessive(a, a.entity));
                reason.push_back(doc::markup(" rules"));
                reasons.push_back(std::move(reason));
                analysis::add_basis(reason_basis, basis);
            }
            Inlines item = {doc::text(row.label),
                            doc::markup(fmt::format(" {} {} of ", row.plural ? "hold" : "holds",
                                                    share_text(*row.total)))};
            doc::append(item, possessive(a, a.entity));
            item.push_back(doc::markup(" economic interest"));
            if (!through.empty()) {
                item.push_back(doc::markup(" through "));
                doc::append(item, doc::join_and(through));
            }
            item.push_back(doc::markup(fmt::format(" but {} no indirect voting power on any matter",
                                                   row.plural ? "have" : "has")));
            if (!reasons.empty()) {
                item.push_back(doc::markup(": "));
                doc::append(item, doc::join_parts_and(reasons));
            }
            end_with_basis(item, reason_basis);
            items.push_back(std::move(item));
        } else if (row.total && *row.total == 0 && peak.matters_with_power > 0) {
            std::vector<std::string> decides;
            for (std::size_t party = 0; party < a.graph.parties.size(); ++party) {
                const auto top = ownership::ultimate_controller(a.controls[party]);
                if (top && a.graph.parties[*top] == row.id)
                    decides.push_back(a.name(party));
            }
            const auto has = row.plural ? "have" : "has";
            auto item = doc::format(
                fmt::format("{{}} {} no economic interest in {{}} but {} indirect voting power on "
                            "{} of the {} matters, up to a normalised Banzhaf index of {} on {}",
                            has, has, peak.matters_with_power, matters, peak.text, peak.matter),
                {doc::text(row.label), name_text(a, a.entity)});
            if (!decides.empty()) {
                item.push_back(doc::markup(row.plural ? ": they control " : ": it controls "));
                doc::append(item, doc::join_and(decides));
            }
            end_with_basis(item, basis);
            items.push_back(std::move(item));
        }
    }
    if (auto text = equal_power_finding(a, rows))
        items.push_back(std::move(*text));
    std::vector<std::string> cuts;
    for (const auto& matter : a.facts.matters) {
        for (const auto& vote : matter.power.votes) {
            for (const auto& party : vote.cycles_cut) {
                const auto index = ownership::party_index(a.graph, party);
                const auto name = index < 0 ? party : a.name(static_cast<std::size_t>(index));
                if (std::find(cuts.begin(), cuts.end(), name) == cuts.end())
                    cuts.push_back(name);
            }
        }
    }
    if (!cuts.empty()) {
        Inlines item = {doc::markup("A cycle of holdings or appointments returns to ")};
        doc::append(item, doc::join_and(cuts));
        item.push_back(
            doc::markup(": where it is reached again it is counted as voting for "
                        "itself (the cycle is cut there)"));
        end_with_basis(item, basis);
        items.push_back(std::move(item));
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
        "votes cast decide, its dispersed holders and the part of its votes that no party in the "
        "model holds being a float of many small holders, never one player, of which half the "
        "votes cast count for any decision (the oceanic limit); a party with neither votes for "
        "itself. A group of ultimate "
        "holders carries a decision of the JV when the members whose votes it carries form a "
        "winning coalition under the JV's rule for that matter (Shapley's compound game). The "
        "normalised Banzhaf index is the holder's share of all decisive swings; the "
        "Shapley–Shubik index is the share of the orders of arrival in which it is pivotal.";
    if (sampled.empty()) {
        return rule + fmt::format(
                          " Method: exact. Every composed game has at most {} ultimate holders, "
                          "so all coalitions are enumerated and the indices are exact fractions, "
                          "shown as \"p/q (decimal)\".",
                          a.facts.indirect_options.max_exact_players);
    }
    return rule + fmt::format(
                      " Method: exact (all coalitions enumerated) for composed games of at most "
                      "{} ultimate holders; Monte Carlo for {}: estimates \"≈value ± half-width\" "
                      "of the 95% confidence interval.",
                      a.facts.indirect_options.max_exact_players, join_and(sampled));
}

doc::Block member_votes(const Analysis& a) {
    std::vector<std::string> seen;
    std::vector<Inlines> items;
    for (const auto& matter : a.facts.matters) {
        for (const auto& vote : matter.power.votes) {
            if (std::find(seen.begin(), seen.end(), vote.player) != seen.end())
                continue;
            seen.push_back(vote.player);
            // The rule wording names parties and bodies: model text throughout.
            items.push_back(
                {doc::text(member_vote_in_words(a.facts.on_date, vote)), doc::markup(".")});
        }
    }
    return doc::bullet_list(std::move(items));
}

doc::Blocks indirect_power_section(const Analysis& a) {
    const auto rows = power_rows(a);
    doc::Blocks blocks = {
        doc::heading(2, {doc::markup("Indirect voting power per matter")}),
        doc::paragraph(doc::format(
            "The power of each ultimate holder over each decision of {}, for the members' meeting "
            "and the board (directors voting with their appointer). The rows continue the "
            "look-through table above: the economic interest is its total, so the two can be "
            "compared line by line. A plain 0 means the holder reaches no vote in that matter's "
            "game; 0 (0.0000) means it takes part but is never decisive, or may not vote on that "
            "matter (a conflicted member: see the matter's rule in the voting-power report).",
            {name_text(a, a.entity)})),
        doc::paragraph({doc::markup(method_text(a))}),
        doc::paragraph({doc::markup("The matters (columns of both tables):")}),
        matter_legend(a),
        doc::heading(3, {doc::markup("Normalised Banzhaf index")}),
        power_table(a, rows, true),
        doc::heading(3, {doc::markup("Shapley–Shubik index")}),
        power_table(a, rows, false),
        doc::heading(3, {doc::markup("How each member's vote is decided")}),
        member_votes(a),
    };
    const auto items = power_findings(a, rows);
    if (!items.empty()) {
        blocks.push_back(doc::heading(3, {doc::markup("Findings on indirect voting power")}));
        blocks.push_back(doc::bullet_list(items));
    }
    return blocks;
}

}  // namespace

namespace {

doc::Blocks control_document(const ControlFacts& facts, const ReportContext& context,
                             const std::string& json_file) {
    const Analysis a(facts);
    doc::Blocks document = title_and_metadata(a, context, json_file);
    doc::append(document, control_tests_sections(facts.full, facts.tests));
    document.push_back(how_to_read(a));
    for (auto section :
         {ownership_graph(a), stakes(a), look_through_section(a, facts.holders),
          indirect_power_section(a), control_section(a), findings_section(a, facts.holders)}) {
        doc::append(document, std::move(section));
    }
    doc::append(document, glossary(document));
    return document;
}

}  // namespace

std::string render_control_report(const ControlFacts& facts, const ReportContext& context,
                                  const std::string& json_file) {
    return doc::to_markdown(control_document(facts, context, json_file));
}

std::vector<OutputFile> render_control_files(const ControlFacts& facts,
                                             const ReportContext& context,
                                             const std::filesystem::path& stem) {
    const auto json_file = std::filesystem::path{stem}.filename().string() + ".json";
    auto document = control_document(facts, context, json_file);
    auto tables = link_tables_as_csv(document, stem);
    auto json = render_control_json(facts, context);
    std::vector<OutputFile> files = {
        {std::filesystem::path{stem} += ".md", doc::to_markdown(document)},
        {std::filesystem::path{stem} += ".json", std::move(json)}};
    for (auto& table : tables)
        files.push_back(std::move(table));
    return files;
}

}  // namespace jvgov::report
