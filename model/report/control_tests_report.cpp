#include "model/report/basis_wording.hpp"
#include "model/report/control_tests_report.hpp"

#include <string>

#include <fmt/format.h>

#include "model/governance/registry.hpp"
#include "model/report/citation.hpp"
#include "model/report/json_values.hpp"
#include "model/report/rule_wording.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using analysis::Classification;
using analysis::ControlTest;
using analysis::DeFactoOutcome;
using analysis::Divergence;
using analysis::EntityControl;
using analysis::JointOutcome;
using analysis::MatterControl;
using exact::Rational;
using governance::Model;
using Json = nlohmann::ordered_json;

std::string name(const Model& full, const std::string& id) {
    return governance::party_name(full, id);
}

std::string names(const Model& full, const std::vector<std::string>& ids) {
    std::vector<std::string> list;
    for (const auto& id : ids)
        list.push_back(name(full, id));
    return join_and(list);
}

// The names, each followed by "(controlled by X)" when the model says who controls it.
std::string labels(const Model& full, const EntityControl& control,
                   const std::vector<std::string>& ids) {
    std::vector<std::string> list;
    for (const auto& id : ids) {
        std::string label = name(full, id);
        for (const auto& [party, top] : control.ultimate)
            if (party == id)
                label += " (controlled by " + name(full, top) + ")";
        list.push_back(label);
    }
    return join_and(list);
}

std::string through_text(const Model& full, const std::vector<std::string>& through) {
    return through.empty() ? "" : " (through " + names(full, through) + ")";
}

std::string test_name(ControlTest test) {
    switch (test) {
    case ControlTest::voting_majority:
        return "majority of the votes";
    case ControlTest::board_majority:
        return "majority of the board";
    case ControlTest::ifrs11_joint_control:
        return "joint control (IFRS 11)";
    case ControlTest::eu_notice:
        return "decisive influence (EU Jurisdictional Notice)";
    case ControlTest::de_facto:
        return "de facto control (IFRS 10)";
    case ControlTest::french_presumption:
        return "40% presumption (French Code de commerce)";
    case ControlTest::significant_influence:
        return "significant influence (IAS 28)";
    case ControlTest::psc:
        return "persons with significant control (UK)";
    }
    return "";
}

doc::Inlines source_cell(ControlTest test) {
    const auto& c = analysis::citation(test);
    return {doc::link({doc::text(c.paragraphs)}, c.url)};
}

std::string classification_text(Classification classification) {
    switch (classification) {
    case Classification::sole_control:
        return "sole control";
    case Classification::joint_control:
        return "joint control";
    case Classification::negative_sole_control:
        return "negative sole control";
    case Classification::none:
        return "no controlling party";
    }
    return "";
}

std::string outcome_text(const Model& full, const analysis::MatterTest& test,
                         std::string_view none) {
    switch (test.outcome) {
    case JointOutcome::sole_control:
        return "sole control by " + names(full, test.parties);
    case JointOutcome::joint_control:
        return "joint control by " + names(full, test.parties);
    case JointOutcome::negative_sole_control:
        return "negative sole control by " + names(full, test.parties) +
               ": it alone can block the strategic decisions, but cannot take them";
    case JointOutcome::no_control:
        break;
    }
    return std::string(none);
}

// "Tier-2 reserved matters (strategic; at least 75% of the votes ...): OpenAI and SoftBank each
// hold a veto, and together they pass it".
std::string matter_evidence(const Model& full, const MatterControl& matter) {
    std::string who;
    if (matter.decides_alone)
        who = name(full, *matter.decides_alone) + " decides it alone";
    else if (matter.vetoes.empty())
        who = "nobody holds a veto";
    else if (matter.vetoes.size() == 1)
        who = name(full, matter.vetoes.front()) + " alone holds a veto" +
              (matter.vetoes_pass ? "" : " and cannot pass it alone");
    else
        who = names(full, matter.vetoes) + " each hold a veto" +
              (matter.vetoes_pass ? ", and together they pass it"
                                  : ", and together they still cannot pass it");
    return fmt::format("{} ({}; {}): {}", matter.matter_name, category_text(matter.category),
                       rule_in_words(full, matter.game), who);
}

std::string matters_evidence(const Model& full, const EntityControl& control) {
    if (control.deciding.empty())
        return "no matter decides a strategic or relevant activity";
    std::vector<std::string> parts;
    for (const auto index : control.deciding)
        parts.push_back(matter_evidence(full, control.matters[index]));
    std::string text = (control.strategic_tagged
                            ? "The strategic matters. "
                            : "No matter is tagged strategic; the relevant matters are read. ") +
                       join_and(parts) + ".";
    if (!control.supporting.empty()) {
        std::vector<std::string> more;
        for (const auto index : control.supporting)
            more.push_back(matter_evidence(full, control.matters[index]));
        text += " The same holds for " + join_and(more) + ".";
    }
    return text;
}

std::string voting_conclusion(const Model& full, const EntityControl& control) {
    if (control.voting.holder)
        return name(full, *control.voting.holder) + " holds a majority of the votes";
    return "nobody holds a majority of the votes";
}

std::string voting_evidence(const Model& full, const EntityControl& control) {
    if (control.voting.holder)
        return fmt::format("{} holds {} of the votes{}", name(full, *control.voting.holder),
                           share_text(control.voting.votes),
                           through_text(full, control.voting.through));
    if (control.de_facto.holder)
        return fmt::format("the largest organised holder, {}, holds {}",
                           name(full, *control.de_facto.holder),
                           share_text(control.de_facto.votes));
    return "no organised holder has votes";
}

std::string board_conclusion(const Model& full, const EntityControl& control) {
    if (control.board.body.empty())
        return "no board";
    if (control.board.appointer)
        return name(full, *control.board.appointer) + " appoints a majority of the board";
    return "nobody appoints a majority of the board";
}

std::string board_evidence(const Model& full, const EntityControl& control) {
    const auto& board = control.board;
    if (board.body.empty())
        return "";
    if (!board.appointer)
        return fmt::format("no appointer's directors hold more than half of the {} directors' "
                           "votes, nor half with the chair's casting vote",
                           board.total);
    return fmt::format("{}'s directors hold {} of the {} directors' votes{}{}",
                       name(full, *board.appointer), board.votes, board.total,
                       board.by_casting_vote ? ", with the chair's casting vote" : "",
                       through_text(full, board.through));
}

std::string de_facto_conclusion(const Model& full, const analysis::DeFacto& d) {
    if (!d.holder)
        return "no organised holder";
    const std::string holder = name(full, *d.holder);
    switch (d.outcome) {
    case DeFactoOutcome::majority:
        return holder + " holds a majority: no de facto test needed";
    case DeFactoOutcome::power:
        return holder + " has power with less than a majority";
    case DeFactoOutcome::no_power:
        return holder + " does not have power";
    case DeFactoOutcome::not_conclusive:
        return "not conclusive from the holdings alone: voting patterns at previous meetings "
               "(B42(d)), potential voting rights (B47-B50) and other arrangements (B40) "
               "would decide whether " +
               holder + " has power; without such evidence it does not (B46)";
    case DeFactoOutcome::no_holder:
        break;
    }
    return "no organised holder";
}

std::string de_facto_evidence(const Model& full, const analysis::DeFacto& d) {
    if (!d.holder)
        return "";
    std::string text = fmt::format("{} holds {}; the largest other organised holder {}",
                                   name(full, *d.holder), share_text(d.votes),
                                   share_text(d.largest_other));
    if (d.outcome == DeFactoOutcome::majority)
        return text;
    if (d.outvoting)
        text += fmt::format("; {} other holder{} must act together to outvote it", *d.outvoting,
                            *d.outvoting == 1 ? "" : "s");
    else if (d.tying)
        text += fmt::format("; no others can outvote it, but {} as many votes, which stops its "
                            "majority decisions",
                            *d.tying == 1 ? std::string{"1 other holder holds"}
                                          : fmt::format("{} other holders together hold",
                                                        *d.tying));
    else
        text += "; all the others together cannot outvote it";
    if (d.dispersed > 0) {
        text += fmt::format("; dispersed holders hold {} (counted as holders of 1% each)",
                            share_text(d.dispersed));
        if (d.dispersed_cast < d.dispersed)
            text += fmt::format(", of which {} is cast at a meeting, so {} holds {} of the votes "
                                "cast",
                                share_text(d.dispersed_cast), name(full, *d.holder),
                                share_text(d.share_of_cast));
    }
    return text + fmt::format(" (this tool: power when more than {} others must act together, "
                              "none when two suffice)",
                              analysis::de_facto_many_others);
}

std::string holdings_text(const Model& full, const std::vector<analysis::Holding>& holdings,
                          bool psc) {
    std::vector<std::string> parts;
    for (const auto& h : holdings) {
        std::vector<std::string> conditions;
        if (psc) {
            if (h.economic > Rational(1, 4))
                conditions.push_back("more than 25% of the shares (" + share_text(h.economic) +
                                     ")");
            if (h.votes > Rational(1, 4))
                conditions.push_back("more than 25% of the votes (" + share_text(h.votes) + ")");
            if (h.board_majority)
                conditions.push_back("the right to appoint a majority of the board");
            parts.push_back(fmt::format("{}: {}{}", name(full, h.party), join_and(conditions),
                                        through_text(full, h.through)));
        } else {
            parts.push_back(fmt::format("{} ({}{})", name(full, h.party), share_text(h.votes),
                                        through_text(full, h.through)));
        }
    }
    return join_and(parts);
}

// The parties IAS 28 para 3 leaves out of significant influence (control_tests.hpp): the
// parties sharing joint control under IFRS 11, else the sole controller; none otherwise.
const std::vector<std::string>* controllers_not_influence(const EntityControl& control) {
    if (control.ifrs11.outcome == JointOutcome::joint_control)
        return &control.ifrs11.parties;
    if (control.overall.classification == Classification::sole_control)
        return &control.overall.parties;
    return nullptr;
}

// The "Significant influence (IAS 28)" cell of the "Who controls it" table: the holdings, or
// "— (joint controllers)" / "— (the controller)" when the only holders of 20% control.
std::string influence_cell(const Model& full, const EntityControl& control) {
    if (!control.significant_influence.empty())
        return holdings_text(full, control.significant_influence, false);
    if (control.ifrs11.outcome == JointOutcome::joint_control)
        return "— (joint controllers)";
    if (control.overall.classification == Classification::sole_control)
        return "— (the controller)";
    return "";
}

// The conclusion of the significant-influence row: who has it, and who is left out because it
// controls the company alone or jointly.
std::string influence_conclusion(const Model& full, const EntityControl& control) {
    const auto* controllers = controllers_not_influence(control);
    const bool joint = control.ifrs11.outcome == JointOutcome::joint_control;
    std::string left_out;
    if (controllers != nullptr)
        left_out = joint ? fmt::format("{} jointly control it (IFRS 11), which is not "
                                       "significant influence (IAS 28 para 3)",
                                       names(full, *controllers))
                         : fmt::format("{} controls it, which is not significant influence "
                                       "(IAS 28 para 3)",
                                       names(full, *controllers));
    if (control.significant_influence.empty())
        return controllers == nullptr ? "nobody holds 20% or more of the votes"
                                      : "nobody besides the " +
                                            std::string{joint ? "joint controllers" : "controller"} +
                                            ": " + left_out;
    std::string text =
        "presumed for " + holdings_text(full, control.significant_influence, false);
    if (controllers != nullptr)
        text += "; " + left_out;
    return text;
}

std::string divergence_text(const Model& full, const EntityControl& control) {
    switch (control.divergence) {
    case Divergence::none:
        return "";
    case Divergence::single_veto:
        return fmt::format(
            "The two tests disagree. The Notice finds negative sole control: {} alone can block "
            "the strategic decisions. IFRS 11 finds no joint control: it needs two or more "
            "parties whose unanimous consent the decisions require, and here the others can "
            "join {} in more than one combination.",
            names(full, control.notice.parties), names(full, control.notice.parties));
    case Divergence::vetoes_do_not_pass:
        return "The two tests disagree. The Notice counts a veto over a strategic decision as a "
               "share of control; IFRS 11 asks that the parties whose consent is required "
               "together decide, and on at least one deciding matter the veto holders cannot pass "
               "it by themselves.";
    case Divergence::vetoes_differ:
        return "The two tests disagree. The Notice counts a veto over any one strategic decision "
               "as a share of control; IFRS 11 needs one set of parties whose unanimous consent "
               "every relevant decision requires, and here the veto holders differ from matter "
               "to matter.";
    }
    return "";
}

std::string assumptions_text(const Model& full, const std::vector<std::string>& ids) {
    std::vector<std::string> parts;
    for (const auto& id : ids) {
        std::string text;
        for (const auto& assumption : full.assumptions)
            if (assumption.id == id)
                text = assumption.text;
        parts.push_back(text.empty() ? id : id + " (" + text + ")");
    }
    return join_and(parts);
}

// The test that decided a classification, as the answer names it: "under IFRS 11", "through
// de facto control under IFRS 10".
std::string deciding_test_text(ControlTest test) {
    switch (test) {
    case ControlTest::voting_majority:
        return "through a majority of the votes";
    case ControlTest::board_majority:
        return "through a majority of the board";
    case ControlTest::ifrs11_joint_control:
        return "under IFRS 11";
    case ControlTest::eu_notice:
        return "under the EU Jurisdictional Notice";
    case ControlTest::de_facto:
        return "through de facto control under IFRS 10";
    case ControlTest::french_presumption:
    case ControlTest::significant_influence:
    case ControlTest::psc:
        break;
    }
    return "under " + test_name(test);
}

}  // namespace

std::string control_answer(const Model& full, const EntityControl& control) {
    const auto& overall = control.overall;
    if (overall.classification == Classification::none)
        return "";
    return classification_text(overall.classification) + " by " + names(full, overall.parties) +
           " " + deciding_test_text(overall.by);
}

namespace {

std::string entity_name(const Model& full, const EntityControl& control) {
    return name(full, control.entity);
}

doc::Blocks classification_section(const Model& full, const std::vector<EntityControl>& tests) {
    doc::Table table{{{{doc::markup("Company")}},
                      {{doc::markup("Control")}},
                      {{doc::markup("By")}},
                      {{doc::markup("Test")}},
                      {{doc::markup("Significant influence (IAS 28)")}},
                      {{doc::markup("Persons with significant control (UK)")}},
                      {{doc::markup("Rests on")}}},
                     {}};
    for (const auto& control : tests) {
        const auto& overall = control.overall;
        const bool none = overall.classification == Classification::none;
        table.rows.push_back(
            {{doc::text(entity_name(full, control))},
             {doc::markup(classification_text(overall.classification))},
             none ? doc::Inlines{}
                  : doc::Inlines{doc::text(labels(full, control, overall.parties))},
             none ? doc::Inlines{} : doc::Inlines{doc::markup(test_name(overall.by))},
             {doc::text(influence_cell(full, control))},
             {doc::text(holdings_text(full, control.psc, true))},
             {doc::text(basis_text(control.basis))}});
    }
    return {doc::heading(2, {doc::markup("Who controls it")}),
            doc::paragraph({doc::markup(
                "The tests of law and accounting, applied to every company with a decision body "
                "on this date. Joint control means that the strategic decisions need the consent "
                "of each of the parties named, and that together they can take them; negative "
                "sole control means that one party alone can block them but cannot take them. "
                "Significant influence and persons with significant control are listed "
                "separately: they coexist with control. Each test, its evidence and its source "
                "follow. Rests on: the model's assumptions that the company's stakes and the "
                "rules of its deciding matters cite, or how sure those are.")}),
            table};
}

doc::Blocks tests_section(const Model& full, const std::vector<EntityControl>& tests) {
    doc::Blocks blocks = {doc::heading(2, {doc::markup("The control tests")}),
                          doc::paragraph({doc::markup(
                              "The tests read the same rules as the voting-power report: each "
                              "matter's game, with its thresholds, consents, quorum and casting "
                              "vote; a board is read with each appointer's directors together. "
                              "Control held through a controlled company counts for the "
                              "controlling party. A dispersed float is taken at its least "
                              "favourable: a party decides alone only if it wins against the "
                              "whole float, and holds a veto only if the others fail even with "
                              "the whole float.")})};
    for (const auto& control : tests) {
        doc::Table table{{{{doc::markup("Test")}},
                          {{doc::markup("Conclusion")}},
                          {{doc::markup("Evidence")}},
                          {{doc::markup("Source")}}},
                         {}};
        const auto row = [&](ControlTest test, const std::string& conclusion,
                             const std::string& evidence) {
            table.rows.push_back({{doc::markup(test_name(test))},
                                  {doc::text(conclusion)},
                                  {doc::text(evidence)},
                                  source_cell(test)});
        };
        const std::string evidence = matters_evidence(full, control);
        row(ControlTest::ifrs11_joint_control,
            outcome_text(full, control.ifrs11, "no joint control"), evidence);
        row(ControlTest::eu_notice, outcome_text(full, control.notice, "no control"), evidence);
        row(ControlTest::voting_majority, voting_conclusion(full, control),
            voting_evidence(full, control));
        row(ControlTest::board_majority, board_conclusion(full, control),
            board_evidence(full, control));
        row(ControlTest::de_facto, de_facto_conclusion(full, control.de_facto),
            de_facto_evidence(full, control.de_facto));
        const auto& d = control.de_facto;
        row(ControlTest::french_presumption,
            d.holder && d.french_presumption ? name(full, *d.holder) + " is presumed to control"
                                             : "no presumption",
            d.holder ? fmt::format("{} holds {}; the largest other holds {}",
                                   name(full, *d.holder), share_text(d.votes),
                                   share_text(d.largest_other))
                     : "");
        row(ControlTest::significant_influence, influence_conclusion(full, control),
            "20% or more of the votes, held directly or through controlled companies, by a party "
            "without control or joint control of the company; a holder of less than 20% with a "
            "seat on the board may also have it (para 6), which is not tested");
        row(ControlTest::psc, control.psc.empty() ? "none" : holdings_text(full, control.psc, true),
            "more than 25% of the shares or votes, or the right to appoint a majority of the "
            "board, held directly or through companies in which the person holds a majority "
            "stake");
        blocks.push_back(doc::heading(3, {doc::text(entity_name(full, control))}));
        if (!control.compile_error.empty())
            blocks.push_back(doc::paragraph({doc::text(
                "The rules of " + entity_name(full, control) +
                " cannot be read as games, so the tests of its matters are left out: " +
                control.compile_error + ".")}));
        blocks.push_back(table);
        if (const auto text = divergence_text(full, control); !text.empty())
            blocks.push_back(doc::paragraph({doc::text(text)}));
        blocks.push_back(doc::paragraph(cited_text(
            full,
            control.assumptions.empty()
                ? "These conclusions rest on " + basis_text(control.basis) + "."
                : "These conclusions rest on the model's assumptions " +
                      assumptions_text(full, in_reading_order(control.assumptions)) + ".",
            "governance.md")));
    }
    return blocks;
}

std::string device_text(const Model& full, const governance::Right& right) {
    const auto& clause = *right.deadlock;
    std::string what;
    switch (clause.mechanism) {
    case governance::DeadlockMechanism::casting_vote:
        what = "a casting vote decides";
        break;
    case governance::DeadlockMechanism::escalation:
        what = "the matter goes to " + (clause.escalate_to.empty()
                                            ? std::string("the parents' senior management")
                                            : names(full, clause.escalate_to));
        break;
    case governance::DeadlockMechanism::mediation:
        what = "a mediator helps the parties agree; nothing is imposed";
        break;
    case governance::DeadlockMechanism::arbitration:
        what = "an arbitrator decides, binding the parties";
        break;
    case governance::DeadlockMechanism::buy_sell:
        what = clause.buy_sell == governance::BuySell::texas_shoot_out
                   ? "a Texas shoot-out: both bid, and the higher bid buys the other out"
                   : clause.buy_sell == governance::BuySell::russian_roulette
                         ? "a Russian roulette: one owner names a price, and the other must buy "
                           "or sell at it"
                         : "one owner buys the other out";
        break;
    case governance::DeadlockMechanism::put_call:
        what = "a party may sell its stake to, or buy the stake of, the other";
        break;
    case governance::DeadlockMechanism::dissolution:
        what = "the joint venture is wound up";
        break;
    }
    if (!clause.triggered_by.empty())
        what += " (" + names(full, clause.triggered_by) + " may set it off)";
    const std::string after =
        clause.failed_votes ? fmt::format("after {} failed vote{}, ", *clause.failed_votes,
                                          *clause.failed_votes == 1 ? "" : "s")
                            : "";
    return fmt::format("{}: {}{}", right.id, after, what);
}

doc::Blocks deadlock_section(const Model& full, const std::vector<EntityControl>& tests) {
    doc::Table table{{{{doc::markup("Company")}},
                      {{doc::markup("Matter")}},
                      {{doc::markup("Category")}},
                      {{doc::markup("Who can block it")}},
                      {{doc::markup("What breaks the tie")}},
                      {{doc::markup("Rests on")}}},
                     {}};
    for (const auto& control : tests) {
        for (const auto& matter : control.matters) {
            if (!matter.can_deadlock)
                continue;
            std::vector<std::string> devices;
            for (const auto* right : matter.deadlock_devices)
                devices.push_back(device_text(full, *right));
            table.rows.push_back(
                {{doc::text(entity_name(full, control))},
                 {doc::text(matter.matter_name)},
                 {doc::markup(category_text(matter.category))},
                 {doc::text(names(full, matter.vetoes) + ", each alone")},
                 {doc::text(devices.empty() ? "nothing: the matter stays undecided until the "
                                              "parties agree"
                                            : join_and(devices))},
                 {doc::text(basis_text(matter.basis))}});
        }
    }
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Deadlocks")})};
    if (table.rows.empty()) {
        blocks.push_back(doc::paragraph({doc::markup(
            "No matter can deadlock: on every matter either one party decides alone or fewer "
            "than two parties can block it.")}));
        return blocks;
    }
    blocks.push_back(doc::paragraph({doc::markup(
        "A matter can deadlock when two or more parties can each block it and none can pass it "
        "alone. The deadlock clauses of the model say what happens then; where there is none, "
        "nothing breaks a tie. Rests on: the model's assumptions that the matter's rule, its "
        "voters and its deadlock clauses cite, or how sure those are.")}));
    blocks.push_back(table);
    return blocks;
}

Json ids_json(const std::vector<std::string>& ids) {
    Json list = Json::array();
    for (const auto& id : ids)
        list.push_back(id);
    return list;
}

Json optional_id(const std::optional<std::string>& id) {
    return id ? Json(*id) : Json(nullptr);
}

std::string outcome_name(JointOutcome outcome) {
    switch (outcome) {
    case JointOutcome::sole_control:
        return "sole_control";
    case JointOutcome::joint_control:
        return "joint_control";
    case JointOutcome::negative_sole_control:
        return "negative_sole_control";
    case JointOutcome::no_control:
        break;
    }
    return "no_control";
}

std::string test_id(ControlTest test) {
    switch (test) {
    case ControlTest::voting_majority:
        return "voting_majority";
    case ControlTest::board_majority:
        return "board_majority";
    case ControlTest::ifrs11_joint_control:
        return "ifrs11_joint_control";
    case ControlTest::eu_notice:
        return "eu_notice";
    case ControlTest::de_facto:
        return "de_facto";
    case ControlTest::french_presumption:
        return "french_presumption";
    case ControlTest::significant_influence:
        return "significant_influence";
    case ControlTest::psc:
        return "psc";
    }
    return "";
}

std::string classification_id(Classification classification) {
    switch (classification) {
    case Classification::sole_control:
        return "sole_control";
    case Classification::joint_control:
        return "joint_control";
    case Classification::negative_sole_control:
        return "negative_sole_control";
    case Classification::none:
        break;
    }
    return "none";
}

std::string divergence_id(Divergence divergence) {
    switch (divergence) {
    case Divergence::none:
        return "none";
    case Divergence::single_veto:
        return "single_veto";
    case Divergence::vetoes_do_not_pass:
        return "vetoes_do_not_pass";
    case Divergence::vetoes_differ:
        return "vetoes_differ";
    }
    return "none";
}

std::string de_facto_id(DeFactoOutcome outcome) {
    switch (outcome) {
    case DeFactoOutcome::majority:
        return "majority";
    case DeFactoOutcome::power:
        return "power";
    case DeFactoOutcome::no_power:
        return "no_power";
    case DeFactoOutcome::not_conclusive:
        return "not_conclusive";
    case DeFactoOutcome::no_holder:
        break;
    }
    return "no_holder";
}

Json holdings_json(const std::vector<analysis::Holding>& holdings) {
    Json list = Json::array();
    for (const auto& h : holdings)
        list.push_back({{"party", h.party},
                        {"economic", share_json(h.economic)},
                        {"votes", share_json(h.votes)},
                        {"board_majority", h.board_majority},
                        {"through", ids_json(h.through)}});
    return list;
}

Json entity_json(const EntityControl& control) {
    Json matters = Json::array();
    for (const auto& m : control.matters) {
        Json devices = Json::array();
        for (const auto* right : m.deadlock_devices)
            devices.push_back(right->id);
        matters.push_back(
            {{"body", m.game.body},
             {"matter", m.game.matter},
             {"view", compile::view_name(m.game.view)},
             {"category", m.category ? Json(std::string(governance::name(*m.category)))
                                     : Json(nullptr)},
             {"counts_as", std::string(governance::name(m.counts_as))},
             {"decides_alone", optional_id(m.decides_alone)},
             {"vetoes", ids_json(m.vetoes)},
             {"vetoes_pass", m.vetoes_pass},
             {"can_deadlock", m.can_deadlock},
             {"deadlock_devices", devices},
             {"rests_on", basis_json(m.basis)}});
    }
    const auto index_list = [&](const std::vector<std::size_t>& indices) {
        Json list = Json::array();
        for (const auto index : indices)
            list.push_back(control.matters[index].game.matter);
        return list;
    };
    const auto& d = control.de_facto;
    Json citations = Json::object();
    for (const auto test :
         {ControlTest::voting_majority, ControlTest::board_majority,
          ControlTest::ifrs11_joint_control, ControlTest::eu_notice, ControlTest::de_facto,
          ControlTest::french_presumption, ControlTest::significant_influence, ControlTest::psc}) {
        const auto& c = analysis::citation(test);
        citations[test_id(test)] = {{"standard", std::string(c.standard)},
                                    {"paragraphs", std::string(c.paragraphs)},
                                    {"url", std::string(c.url)}};
    }
    return {
        {"entity", control.entity},
        {"compile_error", control.compile_error.empty() ? Json(nullptr) : Json(control.compile_error)},
        {"classification",
         {{"kind", classification_id(control.overall.classification)},
          {"parties", ids_json(control.overall.parties)},
          {"test", control.overall.classification == Classification::none
                       ? Json(nullptr)
                       : Json(test_id(control.overall.by))}}},
        {"deciding_matters", index_list(control.deciding)},
        {"strategic_tagged", control.strategic_tagged},
        {"supporting_matters", index_list(control.supporting)},
        {"ifrs11", {{"outcome", outcome_name(control.ifrs11.outcome)},
                    {"parties", ids_json(control.ifrs11.parties)}}},
        {"notice", {{"outcome", outcome_name(control.notice.outcome)},
                    {"parties", ids_json(control.notice.parties)}}},
        {"divergence", divergence_id(control.divergence)},
        {"voting_majority", {{"holder", optional_id(control.voting.holder)},
                             {"votes", share_json(control.voting.votes)},
                             {"through", ids_json(control.voting.through)}}},
        {"board_majority",
         {{"body", control.board.body.empty() ? Json(nullptr) : Json(control.board.body)},
          {"appointer", optional_id(control.board.appointer)},
          {"votes", control.board.votes},
          {"total", control.board.total},
          {"by_casting_vote", control.board.by_casting_vote},
          {"through", ids_json(control.board.through)}}},
        {"de_facto",
         {{"outcome", de_facto_id(d.outcome)},
          {"holder", optional_id(d.holder)},
          {"votes", share_json(d.votes)},
          {"largest_other", share_json(d.largest_other)},
          {"outvoting", d.outvoting ? Json(*d.outvoting) : Json(nullptr)},
          {"tying", d.tying ? Json(*d.tying) : Json(nullptr)},
          {"dispersed", share_json(d.dispersed)},
          {"dispersed_cast", share_json(d.dispersed_cast)},
          {"share_of_cast", share_json(d.share_of_cast)},
          {"majority_of_cast", d.majority_of_cast},
          {"french_presumption", d.french_presumption}}},
        {"significant_influence", holdings_json(control.significant_influence)},
        {"psc", holdings_json(control.psc)},
        {"assumptions", ids_json(control.assumptions)},
        {"rests_on", basis_json(control.basis)},
        {"matters", matters},
        {"citations", citations},
    };
}

}  // namespace

std::string votes_held_text(const Model& full, const std::vector<analysis::Holding>& holdings) {
    return holdings_text(full, holdings, false);
}

std::string category_text(const std::optional<governance::MatterCategory>& category) {
    if (!category)
        return "untagged (counts as relevant)";
    switch (*category) {
    case governance::MatterCategory::strategic:
        return "strategic";
    case governance::MatterCategory::relevant:
        return "other relevant activity";
    case governance::MatterCategory::protective:
        return "protective";
    }
    return "";
}

doc::Blocks control_tests_sections(const Model& full, const std::vector<EntityControl>& tests) {
    doc::Blocks blocks = classification_section(full, tests);
    doc::append(blocks, tests_section(full, tests));
    doc::append(blocks, deadlock_section(full, tests));
    return blocks;
}

Json control_tests_json(const std::vector<EntityControl>& tests) {
    Json list = Json::array();
    for (const auto& control : tests)
        list.push_back(entity_json(control));
    return list;
}

}  // namespace jvgov::report
