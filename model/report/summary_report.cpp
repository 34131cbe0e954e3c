#include "model/report/summary_report.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "model/analysis/committed_capital.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/report/basis_wording.hpp"
#include "model/report/citation.hpp"
#include "model/report/control_tests_report.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using analysis::MatterRole;
using analysis::StatusKind;
using exact::Rational;
using governance::Model;

std::string name(const Model& full, const std::string& id) {
    return governance::party_name(full, id);
}

// Each source cited (source_citation: its URL, else the governance report's list), by commas.
doc::Inlines source_links(const Model& full, const std::vector<std::string>& ids) {
    std::vector<doc::Inlines> parts;
    for (const auto& id : ids)
        parts.push_back({source_citation(full, id, "governance.md")});
    return doc::join(parts, ", ");
}

std::string status_sentence(const Model& full, const analysis::StatusMeaning& meaning,
                            const std::string& status) {
    const std::string entity = name(full, full.info.entity);
    switch (meaning.kind) {
    case StatusKind::operating:
        return fmt::format("{}'s stakes, bodies and rules are in force on this date.", entity);
    case StatusKind::announced:
        return fmt::format(
            "{} is announced, not yet formed or operating: the analysis reads the stakes, board "
            "and rules as announced.",
            entity);
    case StatusKind::not_formed:
        return fmt::format(
            "{} is not formed: no such company exists yet. The analysis reads the stakes, board "
            "and rules as announced.",
            entity);
    case StatusKind::run_inside:
        return fmt::format(
            "{}'s work is run inside {}, not by the joint venture: the analysis reads the joint "
            "venture's stakes, board and rules as announced, not who decides the work.",
            entity, name(full, meaning.run_by));
    case StatusKind::shelved:
        return fmt::format(
            "{} is shelved: the analysis reads the stakes, board and rules as announced, not as "
            "a governance in force.",
            entity);
    case StatusKind::dissolved:
        return fmt::format(
            "{} is dissolved: the analysis reads its governance as last described.", entity);
    case StatusKind::other:
        break;
    }
    return fmt::format("The model gives {}'s status as '{}'.", entity, status);
}

// "Status of X on that date: shelved, since 2026-02-23 (event text; sources)."
doc::Inlines status_paragraph(const Model& full, governance::Date day) {
    const std::string status = governance::status_on(full, day);
    const auto meaning = analysis::status_meaning(status);
    doc::Inlines content;
    const auto* event = analysis::status_event(full, day);
    if (!status.empty()) {
        content.push_back(doc::markup("Status: "));
        content.push_back(doc::strong({doc::text(status)}));
        if (event != nullptr) {
            content.push_back(
                doc::markup(" since " + governance::date_text(event->date, event->precision)));
        }
        content.push_back(doc::markup(". "));
    }
    content.push_back(doc::text(status_sentence(full, meaning, status)));
    if (event != nullptr) {
        content.push_back(doc::markup(" "));
        doc::append(content, cited_text(full, event->text, "governance.md"));
        if (!event->provenance.sources.empty()) {
            content.push_back(doc::markup(" ("));
            doc::append(content, source_links(full, event->provenance.sources));
            content.push_back(doc::markup(")"));
        }
    }
    return content;
}

// "strategic", "relevant", "protective", "untagged" (counts as relevant, the legend says).
std::string short_category(const std::optional<governance::MatterCategory>& category) {
    if (!category)
        return "untagged";
    switch (*category) {
    case governance::MatterCategory::strategic:
        return "strategic";
    case governance::MatterCategory::relevant:
        return "relevant";
    case governance::MatterCategory::protective:
        return "protective";
    }
    return "";
}

// A cell of the matrix; `together` for the merged column of a board's independent directors,
// who are not one bloc: their deciding role is that of all of them voting alike.
std::string cell_text(const analysis::MatterCell& cell, bool together) {
    switch (cell.role) {
    case MatterRole::decides_alone:
        return together ? "**a majority together**" : "**decides alone**";
    case MatterRole::veto:
        return "**veto** · " + exact::to_fraction_string(cell.banzhaf);
    case MatterRole::share:
        return exact::to_fraction_string(cell.banzhaf);
    case MatterRole::none:
        return "no power";
    case MatterRole::may_not_vote:
        return "may not vote";
    case MatterRole::not_a_player:
        return "—";
    }
    return "";
}

doc::Blocks matrix_section(const analysis::SummaryFacts& facts) {
    doc::Blocks blocks{doc::heading(2, {doc::markup("Who decides what")})};
    if (facts.matters.empty()) {
        blocks.push_back(doc::paragraph({doc::markup("The entity has no matter to decide.")}));
        return blocks;
    }
    bool with_float = false;
    for (const auto& row : facts.matters)
        with_float = with_float || row.with_float;
    // The assumptions every row cites, said once.
    std::vector<std::string> common = analysis::assumption_ids(facts.matters.front().basis);
    for (const auto& row : facts.matters) {
        const auto ids = analysis::assumption_ids(row.basis);
        std::erase_if(common, [&](const std::string& id) {
            return std::find(ids.begin(), ids.end(), id) == ids.end();
        });
    }
    std::string legend =
        "Power on each matter (each body in the model's declared view): **decides alone**, "
        "**veto** (nothing passes without it), a share of the power (normalised Banzhaf "
        "index), no power (its vote never changes the outcome) or — (no vote there). Untagged "
        "matters count as relevant.";
    legend += common.empty()
                  ? " The last column names the assumptions each row rests on."
                  : (common.size() == 1 ? " Every row rests on the assumption "
                                        : " Every row rests on the assumptions ") +
                        join_and(in_reading_order(common)) +
                        "; the last column names the others.";
    if (with_float)
        legend += " Where a dispersed float votes, deciding alone and vetoes hold even against "
                  "the whole float, and the fractions are the oceanic limits: the power in the "
                  "game where the float's cast votes split evenly for and against (a holder "
                  "whose votes with half of the float's pass the matter has all of it, 1).";
    const bool independents = std::find(facts.parties.begin(), facts.parties.end(),
                                         analysis::independents_group_id) != facts.parties.end();
    if (independents)
        legend += " Independent directors (together) are the board's directors whom no party "
                  "appoints, counted as if they all voted alike, which nothing obliges them to "
                  "do: **a majority together** means that they would pass a matter if they did.";
    blocks.push_back(doc::paragraph({doc::markup(legend)}));

    doc::Table table;
    table.columns.push_back({{doc::markup("Matter")}, Align::left});
    table.columns.push_back({{doc::markup("Category")}, Align::left});
    for (const auto& party : facts.party_names)
        table.columns.push_back({{doc::text(party)}, Align::left});
    table.columns.push_back({{doc::markup("Rests on")}, Align::left});
    for (const auto& row : facts.matters) {
        std::vector<doc::Inlines> cells;
        cells.push_back({doc::text(row.matter_name)});
        cells.push_back({doc::markup(short_category(row.category))});
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const bool together = facts.parties[i] == analysis::independents_group_id;
            cells.push_back({doc::markup(cell_text(row.cells[i], together))});
        }
        cells.push_back({doc::text(basis_text(row.basis, common))});
        table.rows.push_back(std::move(cells));
    }
    blocks.push_back(std::move(table));
    return blocks;
}

std::string overall_text(const Model& full, const analysis::Overall& overall) {
    std::vector<std::string> names;
    for (const auto& id : overall.parties)
        names.push_back(name(full, id));
    switch (overall.classification) {
    case analysis::Classification::sole_control:
        return "sole control by " + join_and(names);
    case analysis::Classification::joint_control:
        return "joint control by " + join_and(names);
    case analysis::Classification::negative_sole_control:
        return "negative sole control by " + join_and(names);
    case analysis::Classification::none:
        break;
    }
    return "no controlling party";
}

// "OpenAI and SoftBank Group would have joint control", "no party would control it" (`verb`:
// "would have", "had").
std::string conditional_text(const Model& full, const analysis::Overall& overall,
                             std::string_view verb) {
    std::vector<std::string> names;
    for (const auto& id : overall.parties)
        names.push_back(name(full, id));
    switch (overall.classification) {
    case analysis::Classification::sole_control:
        return fmt::format("{} {} sole control", join_and(names), verb);
    case analysis::Classification::joint_control:
        return fmt::format("{} {} joint control", join_and(names), verb);
    case analysis::Classification::negative_sole_control:
        return fmt::format("{} {} negative sole control", join_and(names), verb);
    case analysis::Classification::none:
        break;
    }
    return fmt::format("no party {} control", verb);
}

std::string who_on_matter(const Model& full, const analysis::MatterControl& matter) {
    if (matter.decides_alone)
        return name(full, *matter.decides_alone) + " decides it alone";
    if (matter.vetoes.empty())
        return "nobody holds a veto";
    std::vector<std::string> names;
    for (const auto& id : matter.vetoes)
        names.push_back(name(full, id));
    if (names.size() == 1)
        return names.front() + " alone holds a veto";
    return join_and(names) + " each hold a veto" +
           (matter.vetoes_pass ? " and together pass it" : " and together still cannot pass it");
}

// "Operational (day-to-day) control: OpenAI (confirmed: [s1], [s2]; reported: [s3]). Running
// ... is not control ...": the holders of the operational-control rights, each with how sure
// its rights are and their sources, in file order.
doc::Inlines operational_control_text(const analysis::SummaryFacts& facts) {
    const Model& full = facts.full;
    std::vector<std::string> holders;              // "OpenAI", first-seen order
    std::vector<std::vector<doc::Inlines>> bases;  // per holder: "confirmed: [s1], [s2]"
    for (const auto& right : facts.operational_control) {
        std::vector<std::string> names;
        for (const auto& id : right.holders)
            names.push_back(name(full, id));
        const std::string holder = join_and(names);
        auto found = std::find(holders.begin(), holders.end(), holder);
        if (found == holders.end()) {
            holders.push_back(holder);
            bases.emplace_back();
            found = holders.end() - 1;
        }
        doc::Inlines basis;
        const auto& provenance = right.provenance;
        if (provenance.confidence)
            basis.push_back(doc::text(std::string{governance::name(*provenance.confidence)} +
                                      (provenance.sources.empty() ? "" : ": ")));
        doc::append(basis, source_links(full, provenance.sources));
        if (!basis.empty())
            bases[static_cast<std::size_t>(found - holders.begin())].push_back(std::move(basis));
    }
    doc::Inlines text{doc::strong({doc::markup(
                          analysis::governance_in_force(facts.meaning.kind)
                              ? "Operational (day-to-day) control"
                              : "Operational (day-to-day) control, as announced")}),
                      doc::markup(": ")};
    std::vector<doc::Inlines> parts;
    for (std::size_t i = 0; i < holders.size(); ++i) {
        doc::Inlines part{doc::text(holders[i])};
        if (!bases[i].empty()) {
            part.push_back(doc::markup(" ("));
            doc::append(part, doc::join(bases[i], "; "));
            part.push_back(doc::markup(")"));
        }
        parts.push_back(std::move(part));
    }
    doc::append(text, doc::join_parts_and(parts));
    text.push_back(doc::markup(
        ". Day-to-day management is not control in the sense of the tests above (who takes the "
        "strategic decisions: budget, business plan, senior management)."));
    return text;
}

doc::Blocks control_section(const analysis::SummaryFacts& facts) {
    const Model& full = facts.full;
    doc::Blocks blocks{doc::heading(2, {doc::markup("Who controls it")})};
    if (facts.control == nullptr) {
        blocks.push_back(doc::paragraph(
            {doc::markup("The entity has no decision body on this date: no control test applies.")}));
        return blocks;
    }
    const auto& control = *facts.control;
    const auto& citation = analysis::citation(control.overall.by);
    doc::Inlines answer;
    if (analysis::governance_in_force(facts.meaning.kind)) {
        std::string conclusion = overall_text(full, control.overall);
        conclusion.front() =
            static_cast<char>(std::toupper(static_cast<unsigned char>(conclusion.front())));
        answer.push_back(doc::strong({doc::text(conclusion)}));
    } else {
        // Not in force on this date (the banner above says why): the answer is what the
        // governance as announced, or as last described, gives.
        const bool dissolved = facts.meaning.kind == StatusKind::dissolved;
        answer.push_back(doc::markup(
            dissolved ? "Under its governance as last described, "
                      : (facts.control->assumptions.empty()
                             ? "Not in force on this date; under the announced stakes and rules, "
                             : "Not in force on this date; under the announced stakes and the "
                               "assumed rules (below), ")));
        answer.push_back(doc::strong({doc::text(conditional_text(full, control.overall,
                                                                 dissolved ? "had" : "would have"))}));
    }
    if (control.overall.classification != analysis::Classification::none) {
        answer.push_back(doc::markup(", by "));
        answer.push_back(doc::link({doc::text(citation.paragraphs)}, citation.url));
    }
    answer.push_back(doc::markup("."));
    for (const auto& [party, top] : control.ultimate) {
        const bool named = std::find(control.overall.parties.begin(),
                                     control.overall.parties.end(),
                                     party) != control.overall.parties.end();
        if (named)
            answer.push_back(doc::text(" " + name(full, party) + " is itself controlled by " +
                                       name(full, top) + "."));
    }
    blocks.push_back(doc::paragraph(std::move(answer)));
    if (control.overall.classification == analysis::Classification::none &&
        !control.significant_influence.empty()) {
        // Nobody controls it: who comes closest, and whether the largest holders would control
        // it together.
        const auto& influence = analysis::citation(analysis::ControlTest::significant_influence);
        doc::Inlines closest = {doc::markup("Significant influence ("),
                                doc::link({doc::text(influence.paragraphs)}, influence.url),
                                doc::markup(", 20% or more of the votes): "),
                                doc::text(votes_held_text(full, control.significant_influence) +
                                          ".")};
        Rational together;
        for (const auto& holding : control.significant_influence)
            together += holding.votes;
        if (control.significant_influence.size() > 1 && together > Rational(1, 2))
            closest.push_back(doc::text(
                " Together they hold " + share_text(together) +
                " of the votes: a majority if they acted together, which nothing in the model "
                "obliges them to do."));
        blocks.push_back(doc::paragraph(std::move(closest)));
    }
    std::vector<doc::Inlines> evidence;
    for (const auto index : control.deciding) {
        const auto& matter = control.matters[index];
        evidence.push_back(
            {doc::text(matter.matter_name + " (" + category_text(matter.category) + "): " +
                       who_on_matter(full, matter) + ".")});
    }
    if (!evidence.empty())
        blocks.push_back(doc::bullet_list(std::move(evidence)));
    if (!facts.operational_control.empty())
        blocks.push_back(doc::paragraph(operational_control_text(facts)));
    return blocks;
}

std::string names_text(const Model& full, const std::vector<std::string>& ids) {
    std::vector<std::string> names;
    for (const auto& id : ids)
        names.push_back(name(full, id));
    return join_and(names);
}

// A share in few words: "40%", "36.54% (19/52)" when two decimals hide the exact value.
std::string short_share(const Rational& value) {
    const std::string percent = exact::to_percent_string(value);
    return share_text(value) == percent ? percent
                                        : percent + " (" + readable_fraction(value) + ")";
}

// The test that decides a control answer, in two or three words, linked to its text.
doc::Inlines test_link(analysis::ControlTest test) {
    std::string label;
    switch (test) {
    case analysis::ControlTest::voting_majority:
        label = "majority of votes";
        break;
    case analysis::ControlTest::board_majority:
        label = "majority of the board";
        break;
    case analysis::ControlTest::ifrs11_joint_control:
        label = "IFRS 11";
        break;
    case analysis::ControlTest::eu_notice:
        label = "EU Notice";
        break;
    case analysis::ControlTest::de_facto:
        label = "IFRS 10 de facto";
        break;
    case analysis::ControlTest::french_presumption:
        label = "French presumption";
        break;
    case analysis::ControlTest::significant_influence:
        label = "IAS 28";
        break;
    case analysis::ControlTest::psc:
        label = "PSC";
        break;
    }
    return {doc::link({doc::text(label)}, analysis::citation(test).url)};
}

// A scenario's answer: "joint control by A and B (IFRS 11)"; where joint or negative control
// comes from another test than IFRS 11, IFRS 11's answer first: "IFRS 11: no joint control; EU
// Notice: joint control by A and B".
doc::Inlines answer_inlines(const Model& full, const analysis::Overall& overall,
                            const analysis::MatterTest& ifrs11) {
    if (overall.classification == analysis::Classification::none)
        return {doc::text(overall_text(full, overall))};
    doc::Inlines inlines;
    if (overall.by != analysis::ControlTest::ifrs11_joint_control &&
        overall.classification != analysis::Classification::sole_control) {
        doc::append(inlines, test_link(analysis::ControlTest::ifrs11_joint_control));
        inlines.push_back(doc::text(
            ": " + (ifrs11.outcome == analysis::JointOutcome::joint_control
                        ? "joint control by " + names_text(full, ifrs11.parties)
                        : std::string("no joint control")) +
            "; "));
        doc::append(inlines, test_link(overall.by));
        inlines.push_back(doc::text(": " + overall_text(full, overall)));
        return inlines;
    }
    inlines.push_back(doc::text(overall_text(full, overall) + " ("));
    doc::append(inlines, test_link(overall.by));
    inlines.push_back(doc::markup(")"));
    return inlines;
}

// Why a scenario's answer differs from the base's, in one sentence: the base's parties' votes,
// the deciding matters they no longer decide as the answer says, the new answer.
std::string overturn_sentence(const analysis::SummaryFacts& facts,
                              const analysis::ScenarioOutcome& outcome) {
    const Model& full = facts.full;
    const auto& base = facts.control->overall;
    std::vector<std::string> clauses;
    if (!base.parties.empty() && outcome.base_parties_votes != outcome.base_parties_votes_base)
        clauses.push_back(fmt::format("{} {} {}", names_text(full, base.parties),
                                      base.parties.size() > 1 ? "together hold" : "holds",
                                      exact::to_percent_string(outcome.base_parties_votes)));
    bool several_combinations = false;
    for (const auto& matter : outcome.deciding) {
        if (matter.kept)
            continue;
        std::string clause = matter.base->matter_name;
        if (matter.base->game.view == compile::View::members)
            clause += " need " + threshold_text(matter.base->game.rule.threshold);
        if (matter.decides_alone)
            clause += ", and " + name(full, *matter.decides_alone) + " passes them alone";
        else if (!matter.vetoes.empty() && matter.vetoes_pass)
            clause += ", and " + names_text(full, matter.vetoes) + " hold the vetoes";
        several_combinations = several_combinations ||
                               (!matter.decides_alone && (matter.vetoes.empty() || !matter.vetoes_pass));
        clauses.push_back(std::move(clause));
    }
    std::string text = "Under " + outcome.scenario->assumption + ", " + join_and(clauses);
    const bool ifrs11_lost = base.classification == analysis::Classification::joint_control &&
                             facts.control->ifrs11.outcome == analysis::JointOutcome::joint_control &&
                             outcome.ifrs11.outcome != analysis::JointOutcome::joint_control;
    if (ifrs11_lost)
        text += several_combinations
                    ? ": more than one combination can pass them, hence no joint control (IFRS "
                      "11 B8, example 2)"
                    : ": no joint control under IFRS 11";
    if (outcome.overall.classification != base.classification ||
        outcome.overall.parties != base.parties)
        text += "; the answer becomes " + overall_text(full, outcome.overall);
    return text + ".";
}

doc::Blocks scenarios_section(const analysis::SummaryFacts& facts) {
    if (facts.scenarios.empty() || facts.control == nullptr)
        return {};
    const Model& full = facts.full;
    doc::Blocks blocks{doc::heading(2, {doc::markup("How sure is the answer")})};
    std::vector<std::string> holders;
    for (const auto* stake : governance::stakes_in_on(full, full.info.entity, facts.day))
        if (std::find(holders.begin(), holders.end(), stake->holder) == holders.end())
            holders.push_back(stake->holder);
    doc::Table table;
    table.columns.push_back({{doc::markup("Stakes")}, Align::left});
    for (const auto& holder : holders)
        table.columns.push_back({{doc::text(name(full, holder))}, Align::left});
    table.columns.push_back({{doc::markup("Who controls")}, Align::left});
    for (const auto& outcome : facts.scenarios) {
        std::vector<doc::Inlines> row{{doc::text(outcome.scenario->assumption)}};
        for (const auto& holder : holders) {
            std::string cell;
            for (const auto& stake : outcome.stakes)
                if (stake.holder == holder)
                    cell = short_share(stake.economic) +
                           (stake.voting == stake.economic ? ""
                                                           : ", votes " + short_share(stake.voting));
            row.push_back({doc::text(cell)});
        }
        if (outcome.same_as_base) {
            row.push_back({doc::markup("the same")});
        } else {
            doc::Inlines answer{doc::strong({doc::text("changes")}), doc::markup(": ")};
            doc::append(answer, answer_inlines(full, outcome.overall, outcome.ifrs11));
            row.push_back(std::move(answer));
        }
        table.rows.push_back(std::move(row));
    }
    blocks.push_back(std::move(table));
    std::vector<std::string> replaced;
    for (const auto& outcome : facts.scenarios)
        if (!outcome.scenario->replaces.empty() &&
            std::find(replaced.begin(), replaced.end(), outcome.scenario->replaces) == replaced.end())
            replaced.push_back(outcome.scenario->replaces);
    std::string text = replaced.empty() ? "The answer above rests on the model's stakes."
                                        : "The answer above rests on " + join_and(replaced) + ".";
    for (const auto& outcome : facts.scenarios)
        if (!outcome.same_as_base)
            text += " " + overturn_sentence(facts, outcome);
    blocks.push_back(doc::paragraph({doc::text(text)}));
    return blocks;
}

doc::Blocks assumptions_section(const analysis::SummaryFacts& facts) {
    doc::Blocks blocks{doc::heading(2, {doc::markup("What it rests on")})};
    if (facts.assumptions.empty()) {
        blocks.push_back(doc::paragraph(
            {doc::markup("The conclusions above rest on no assumption of the model.")}));
        return blocks;
    }
    blocks.push_back(doc::paragraph({doc::markup(
        "Change one of these assumptions and the conclusions above may change; the governance "
        "report gives their sources.")}));
    std::vector<doc::Inlines> items;
    for (const auto& id : in_reading_order(facts.assumptions)) {
        std::string text;
        for (const auto& assumption : facts.full.assumptions)
            if (assumption.id == id)
                text = assumption.title.empty() ? assumption.text : assumption.title;
        items.push_back({doc::strong({doc::text(id)}), doc::markup(": "), doc::text(text)});
    }
    blocks.push_back(doc::bullet_list(std::move(items)));
    return blocks;
}

std::string figure_text(const std::optional<Rational>& value) {
    return value ? exact::to_percent_string(*value) : "none";
}

std::string figure_changes(const Model& full, const std::vector<analysis::FigureChange>& list) {
    std::vector<std::string> parts;
    for (const auto& change : list)
        parts.push_back(fmt::format("{} {} → {}", name(full, change.party),
                                    figure_text(change.before), figure_text(change.after)));
    return join_and(parts);
}

std::string role_text(const std::optional<analysis::MatterCell>& cell) {
    if (!cell)
        return "not a party";
    switch (cell->role) {
    case MatterRole::decides_alone:
        return "decides alone";
    case MatterRole::veto:
        return "veto, " + fraction_text(cell->banzhaf);
    case MatterRole::share:
        return fraction_text(cell->banzhaf);
    case MatterRole::none:
        return "no power";
    case MatterRole::may_not_vote:
        return "may not vote";
    case MatterRole::not_a_player:
        return "no vote in that body";
    }
    return "";
}

}  // namespace

doc::Blocks status_notice(const Model& full, governance::Date day) {
    const auto meaning = analysis::status_meaning(governance::status_on(full, day));
    if (analysis::governance_in_force(meaning.kind))
        return {};
    doc::Inlines content{doc::strong({doc::markup(meaning.kind == StatusKind::dissolved
                                                      ? "As last described."
                                                      : "As announced, not in force.")}),
                         doc::markup(" ")};
    doc::append(content, status_paragraph(full, day));
    return {doc::quote(std::move(content))};
}

doc::Blocks changes_section(const Model& full, const analysis::Changes& changes, int level) {
    const std::string since = governance::to_iso_string(changes.since);
    std::vector<doc::Inlines> items;
    const std::string entity = name(full, full.info.entity);
    if (changes.status_before != changes.status_after)
        items.push_back({doc::markup("Status: "), doc::text(changes.status_before),
                         doc::markup(" → "), doc::text(changes.status_after), doc::markup(".")});
    for (const auto& renaming : changes.renamings)
        items.push_back({doc::text(fmt::format(
            "Renamed on {}: {} → {}, one entity (the figures below compare it under its new name).",
            governance::to_iso_string(renaming.on), name(full, renaming.before),
            name(full, renaming.after)))});
    items.push_back(
        changes.stakes.empty()
            ? doc::Inlines{doc::text("Stakes held directly in " + entity + ": no change.")}
            : doc::Inlines{doc::text("Stakes held directly in " + entity + ": " +
                                     figure_changes(full, changes.stakes) + ".")});
    items.push_back(
        changes.look_through.empty()
            ? doc::Inlines{doc::text("Look-through economic interests in " + entity +
                                     ": no change.")}
            : doc::Inlines{doc::text("Look-through economic interests in " + entity + ": " +
                                     figure_changes(full, changes.look_through) + ".")});
    if (!changes.matters_added.empty())
        items.push_back({doc::text("Matters added: " + join_and(changes.matters_added) + ".")});
    if (!changes.matters_removed.empty())
        items.push_back(
            {doc::text("Matters removed: " + join_and(changes.matters_removed) + ".")});
    if (changes.roles.empty()) {
        items.push_back({doc::text("Power on " + entity + "'s matters: no change.")});
    } else {
        std::vector<std::string> parts;
        for (const auto& change : changes.roles)
            parts.push_back(fmt::format("{} on {}: {} → {}", name(full, change.party),
                                        change.matter_name, role_text(change.before),
                                        role_text(change.after)));
        items.push_back({doc::text("Power: " + join_and(parts) + ".")});
    }
    if (changes.control.empty()) {
        items.push_back({doc::text("Control: no change in any company's classification.")});
    } else {
        std::vector<std::string> parts;
        for (const auto& change : changes.control)
            parts.push_back(fmt::format(
                "{}: {} → {}", name(full, change.entity),
                change.before ? overall_text(full, *change.before) : "not tested",
                change.after ? overall_text(full, *change.after) : "not tested"));
        items.push_back({doc::text("Control: " + join_and(parts) + ".")});
    }
    if (!changes.rights_started.empty() || !changes.rights_ended.empty()) {
        std::vector<std::string> parts;
        if (!changes.rights_started.empty())
            parts.push_back(fmt::format("started: {}", changes.rights_started.size()));
        if (!changes.rights_ended.empty())
            parts.push_back(fmt::format("ended: {}", changes.rights_ended.size()));
        items.push_back({doc::text("Rights and agreement terms " + join_and(parts) +
                                   " (listed in the governance report).")});
    }
    items.push_back({doc::text(fmt::format("{} {} in between (the governance report's timeline).",
                                           changes.events,
                                           changes.events == 1 ? "event" : "events"))});
    return {doc::heading(level, {doc::markup("What changed since " + since)}),
            doc::bullet_list(std::move(items))};
}

std::string render_summary(const analysis::SummaryFacts& facts, const ReportContext& context) {
    const Model& full = facts.full;
    Metadata metadata;
    metadata.title = {doc::text(full.info.name), doc::markup(" as of " +
                                                             governance::to_iso_string(facts.day) +
                                                             ": summary")};
    metadata.facts.push_back(as_of_item(full, facts.day));
    doc::Blocks document = title_and_metadata(metadata, context);

    document.push_back(doc::heading(2, {doc::markup("Status")}));
    // The banner of the other reports when the rules are not in force, else the status.
    if (analysis::governance_in_force(facts.meaning.kind))
        document.push_back(doc::paragraph(status_paragraph(full, facts.day)));
    else
        doc::append(document, status_notice(full, facts.day));
    const auto capital = analysis::committed_capital(full, full.info.entity, facts.day);
    if (capital.with_paid_in > 0) {
        std::vector<std::string> paid;
        for (const auto& total : capital.paid_in)
            paid.push_back(money_text(total.amount, total.currency));
        std::vector<std::string> committed;
        for (const auto& total : capital.totals)
            committed.push_back(money_text(total.amount, total.currency));
        document.push_back(doc::paragraph({doc::text(fmt::format(
            "Capital paid in: {}{}{}.", join_and(paid),
            capital.with_paid_in == capital.stakes_in_force
                ? ""
                : fmt::format(" ({} of the {} stakes state it)", capital.with_paid_in,
                              capital.stakes_in_force),
            committed.empty() ? ""
                              : "; committed as announced: " + join_and(committed) +
                                    " (derived)"))}));
    }
    doc::append(document, control_section(facts));
    doc::append(document, scenarios_section(facts));
    doc::append(document, matrix_section(facts));
    doc::append(document, assumptions_section(facts));
    if (facts.changes)
        doc::append(document, changes_section(full, *facts.changes, 2));
    return doc::to_markdown(document);
}

}  // namespace jvgov::report
