#include "model/report/governance_report.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

#include <fmt/core.h>

#include "model/exact/rational.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/report/markdown.hpp"
#include "model/report/mermaid.hpp"
#include "model/report/ownership_diagram.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using governance::Date;
using governance::Model;
using governance::Period;
using governance::Provenance;
using governance::Rational;
using governance::Threshold;

// Event texts longer than this are shortened in the mermaid timeline (the table has them whole).
constexpr std::size_t timeline_text_limit = 60;

// "Jan 21": the day within a year, for the timeline diagram.
std::string month_day(Date day) {
    static constexpr std::array<std::string_view, 12> months = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return fmt::format("{} {}", months[static_cast<unsigned>(day.month()) - 1],
                       static_cast<unsigned>(day.day()));
}

std::string optional_date(const std::optional<Date>& day) {
    return day ? governance::to_iso_string(*day) : "";
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

std::string party_kind_name(governance::PartyKind kind) {
    switch (kind) {
        case governance::PartyKind::company:
            return "company";
        case governance::PartyKind::fund:
            return "fund";
        case governance::PartyKind::sovereign_fund:
            return "sovereign fund";
        case governance::PartyKind::foundation:
            return "foundation";
        case governance::PartyKind::person:
            return "person";
        case governance::PartyKind::government:
            return "government";
        case governance::PartyKind::group:
            return "group of holders";
    }
    return "";
}

std::string source_link(std::string_view source_id) {
    return anchor_link(source_id, anchor_name("source", source_id));
}

std::string assumption_link(std::string_view assumption_id) {
    return anchor_link(assumption_id, anchor_name("assumption", assumption_id));
}

// "reported", "assumption [GA-3](#assumption-ga-3)", or empty.
std::string confidence_cell(const Provenance& provenance) {
    std::vector<std::string> parts;
    if (provenance.confidence)
        parts.push_back(std::string(governance::name(*provenance.confidence)));
    if (!provenance.assumption.empty())
        parts.push_back(assumption_link(provenance.assumption));
    return join(parts, " ");
}

std::string source_cell(const Provenance& provenance) {
    return provenance.source.empty() ? "" : source_link(provenance.source);
}

// The text followed by the record's note, if any: "text (note: ...)".
std::string with_note(const std::string& text, const Provenance& provenance) {
    if (provenance.note.empty())
        return text;
    if (text.empty())
        return "Note: " + provenance.note;
    return text + " (note: " + provenance.note + ")";
}

// Long free text kept out of the tables, listed under them: "Notes:" then "- **label**: text".
class Notes {
  public:
    void add(const std::string& label, const std::string& text) {
        if (!text.empty())
            items_.push_back("**" + label + "**: " + text);
    }

    std::string block() const { return items_.empty() ? "" : "Notes:\n\n" + bullet_list(items_); }

  private:
    std::vector<std::string> items_;
};

using governance::party_name;

std::vector<std::string> party_names(const Model& model, const std::vector<std::string>& ids) {
    std::vector<std::string> names;
    for (const auto& id : ids)
        names.push_back(party_name(model, id));
    return names;
}

std::string threshold_words(const Threshold& threshold, std::string_view of_what) {
    return fmt::format("{} of {}", threshold_text(threshold), of_what);
}

bool is_board(const governance::Body& body) {
    return body.kind == governance::BodyKind::board;
}

std::string votes_of(const governance::Body& body) {
    return is_board(body) ? "the directors' votes (one per seat)"
                          : "the votes (by voting interest)";
}

std::string heads_of(const governance::Body& body) {
    return is_board(body) ? "the directors by head" : "the members by head";
}

std::string rule_words(const governance::Body& body, const governance::Rule& rule) {
    auto words = threshold_words(rule.threshold, votes_of(body));
    if (rule.count)
        words += ", and " + threshold_words(*rule.count, heads_of(body)) + " (double majority)";
    return words;
}

std::string period_words(const Period& period) {
    if (period.from && period.until) {
        return fmt::format("from {} until {}", governance::to_iso_string(*period.from),
                           governance::to_iso_string(*period.until));
    }
    if (period.from)
        return "from " + governance::to_iso_string(*period.from);
    if (period.until)
        return "until " + governance::to_iso_string(*period.until);
    return "";
}

// ---- Where each claim and assumption is used ------------------------------------------------

struct Usage {
    std::map<std::string, std::vector<std::string>> by_claim;
    std::map<std::string, std::vector<std::string>> by_assumption;
};

void record_usage(Usage& usage, const Provenance& provenance, const std::string& record) {
    for (const auto& claim : provenance.claims)
        usage.by_claim[claim].push_back(record);
    if (!provenance.assumption.empty())
        usage.by_assumption[provenance.assumption].push_back(record);
}

Usage usage_of(const Model& model) {
    Usage usage;
    for (const auto& party : model.parties) {
        record_usage(usage, party.provenance, "party " + code(party.id));
    }
    for (const auto& stake : model.stakes) {
        auto label = fmt::format("stake {} in {}", code(stake.holder), code(stake.issuer));
        if (const auto period = period_words(stake.period); !period.empty()) {
            label += " (" + period + ")";
        }
        record_usage(usage, stake.provenance, label);
    }
    for (const auto& body : model.bodies) {
        record_usage(usage, body.provenance, "body " + code(body.id));
        for (const auto& seats : body.seats) {
            const auto appointer =
                seats.appointed_by.empty() ? std::string{"independent"} : code(seats.appointed_by);
            record_usage(usage, seats.provenance,
                         fmt::format("seats of {} ({})", code(body.id), appointer));
        }
        record_usage(usage, body.quorum.provenance, "quorum of " + code(body.id));
    }
    for (const auto& matter : model.matters) {
        record_usage(usage, matter.provenance, "matter " + code(matter.id));
    }
    for (const auto& agreement : model.agreements) {
        record_usage(usage, agreement.provenance, "agreement " + code(agreement.id));
        for (const auto& version : agreement.versions) {
            record_usage(usage, version.provenance, "version " + code(version.id));
        }
    }
    for (const auto& right : model.rights) {
        record_usage(usage, right.provenance, "right " + code(right.id));
    }
    for (const auto& event : model.events) {
        record_usage(usage, event.provenance, "event " + code(event.id));
    }
    for (const auto& assumption : model.assumptions) {
        record_usage(usage, assumption.provenance, "assumption " + code(assumption.id));
    }
    return usage;
}

// ---- Sections -----------------------------------------------------------------------------

std::string title_and_metadata(const Model& full, const Model& view, Date day,
                               const ReportContext& context) {
    std::vector<std::string> items = {
        "Model file: " + code(context.model_path),
        "As of: " + governance::to_iso_string(day) + date_reason(full, day),
        "Status on that date: " + (view.info.status.empty() ? "not stated" : view.info.status),
        "Generated by: " + context.tool_version,
    };
    for (auto& item : see_also_items(context))
        items.push_back(std::move(item));
    return join_blocks({heading(1, fmt::format("Governance of {} as of {}", full.info.name,
                                               governance::to_iso_string(day))),
                        bullet_list(items)});
}

std::string how_to_read(Date day) {
    return fmt::format(
        "> **How to read this report.** It describes the joint venture as it stood on {0}: the "
        "parties, stakes and rights in force that day. *Economic* interest is a holder's share of "
        "profits and value; *voting* interest is its share of the votes in the members' meeting; "
        "the two can differ, and neither says how much a holder can actually decide (that is the "
        "voting-power analysis). Percentages are exact values rounded to two decimals; when "
        "rounding hides the exact value, the exact fraction follows (\"33.33% (exactly 1/3)\"). "
        "Every fact row shows its *confidence* (confirmed, reported, derived, or assumption with "
        "the assumption's id) and its *source*; both ids link to the lists at the end. "
        "Assumptions are the modeller's, not the parties' own statements. Longer descriptions and "
        "notes follow each table under \"Notes\". Rights not yet started "
        "or already ended on {0} are listed separately, and the timeline also shows later events.",
        governance::to_iso_string(day));
}

// Everything that starts, ends or happens after `since` and on or before `day`, one line each,
// by date (stable within a date: events, parties, stakes, agreement versions, rights).
std::vector<std::string> changes_between(const Model& full, Date since, Date day) {
    struct Change {
        Date date;
        std::string text;
    };

    std::vector<Change> changes;
    const auto within = [since, day](const std::optional<Date>& date) {
        return date && since < *date && *date <= day;
    };
    const auto add_period = [&](const Period& period, const std::string& what,
                                const Provenance& provenance) {
        const auto source =
            provenance.source.empty() ? std::string{} : " (" + source_link(provenance.source) + ")";
        if (within(period.from))
            changes.push_back({*period.from, what + " starts." + source});
        if (within(period.until))
            changes.push_back({*period.until, what + " ends." + source});
    };
    for (const auto& event : full.events) {
        if (!within(event.date))
            continue;
        auto line = event.text;
        if (!event.status.empty())
            line += " Status becomes: " + event.status + ".";
        if (!event.provenance.source.empty())
            line += " (" + source_link(event.provenance.source) + ")";
        changes.push_back({event.date, line});
    }
    for (const auto& party : full.parties) {
        add_period(party.period, "Party " + party.name, party.provenance);
    }
    for (const auto& stake : full.stakes) {
        add_period(stake.period,
                   fmt::format("Stake of {} in {} ({} economic, {} voting)",
                               party_name(full, stake.holder), party_name(full, stake.issuer),
                               share_text(stake.economic), share_text(stake.voting)),
                   stake.provenance);
    }
    for (const auto& agreement : full.agreements) {
        for (const auto& version : agreement.versions) {
            add_period(version.period,
                       fmt::format("Version {} of {} ({})", code(version.id), agreement.name,
                                   version.name),
                       version.provenance);
        }
    }
    for (const auto& right : full.rights) {
        add_period(right.period,
                   fmt::format("Right {} ({} of {})", code(right.id), governance::name(right.kind),
                               party_name(full, right.holder)),
                   right.provenance);
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.date < b.date; });
    std::vector<std::string> lines;
    for (const auto& change : changes)
        lines.push_back(governance::to_iso_string(change.date) + ": " + change.text);
    return lines;
}

std::string overview(const Model& full, const Model& view, Date day) {
    const auto& entity = full.info.entity;
    std::vector<std::string> blocks = {heading(2, "Overview")};
    if (!full.info.description.empty())
        blocks.push_back(full.info.description);

    Rational committed = 0;
    int with_commitment = 0;
    const auto stakes = governance::stakes_in_on(full, entity, day);
    for (const auto* stake : stakes) {
        if (stake->committed_usd) {
            committed += *stake->committed_usd;
            ++with_commitment;
        }
    }
    const auto committed_text =
        with_commitment == 0
            ? std::string{"none reported"}
            : fmt::format("{} ({} of the {} stakes in force state a commitment)",
                          exact::to_usd_string(committed), with_commitment, stakes.size());
    std::string status_from = "";
    for (const auto& event : view.events) {
        if (!event.status.empty())
            status_from =
                fmt::format(" (since {}: {})", governance::to_iso_string(event.date), event.text);
    }
    blocks.push_back(bullet_list({
        fmt::format("Name: {} (entity {})", full.info.name, code(entity)),
        "Status on " + governance::to_iso_string(day) + ": " +
            (view.info.status.empty() ? "not stated" : view.info.status + status_from),
        "Total committed capital on " + governance::to_iso_string(day) + ": " + committed_text,
    }));

    if (full.info.as_of && *full.info.as_of < day) {
        const auto changes = changes_between(full, *full.info.as_of, day);
        blocks.push_back(
            heading(3, "What changed since " + governance::to_iso_string(*full.info.as_of)));
        blocks.push_back(fmt::format(
            "Between the model's own date ({}) and {}: the recorded events, and the stakes, "
            "agreement versions, rights and parties that started or ended, by date.",
            governance::to_iso_string(*full.info.as_of), governance::to_iso_string(day)));
        blocks.push_back(changes.empty() ? "- Nothing recorded." : bullet_list(changes));
    }
    return join_blocks(blocks);
}

std::string parties_and_roles(const Model& full, const Model& view, Date day) {
    std::vector<Row> rows;
    Notes notes;
    for (const auto& party : view.parties) {
        rows.push_back({party.name, code(party.id), party_kind_name(party.kind),
                        join(party.roles, ", "), period_words(party.period),
                        confidence_cell(party.provenance), source_cell(party.provenance)});
        notes.add(party.name, with_note(party.description, party.provenance));
    }
    std::vector<std::string> blocks = {
        heading(2, "Parties and roles"),
        table({{"Party"}, {"Id"}, {"Kind"}, {"Roles"}, {"Period"}, {"Confidence"}, {"Source"}},
              rows),
        notes.block()};
    std::vector<std::string> absent;
    for (const auto& party : full.parties) {
        if (!party.period.contains(day))
            absent.push_back(party.name + " (" + period_words(party.period) + ")");
    }
    if (!absent.empty()) {
        blocks.push_back("Not part of the model on " + governance::to_iso_string(day) + ": " +
                         join(absent, "; ") + ".");
    }
    return join_blocks(blocks);
}

std::string ownership(const Model& full, const Model& view, Date day) {
    const auto& entity = full.info.entity;
    const auto entity_name = party_name(full, entity);
    std::vector<Row> rows;
    Notes notes;
    for (const auto* stake : governance::stakes_in(view, entity)) {
        rows.push_back({party_name(full, stake->holder), share_text(stake->economic),
                        share_text(stake->voting),
                        stake->committed_usd ? exact::to_usd_string(*stake->committed_usd) : "",
                        confidence_cell(stake->provenance), source_cell(stake->provenance)});
        notes.add(party_name(full, stake->holder), stake->provenance.note);
    }
    const auto remainder = governance::unallocated(full, entity, day);
    if (remainder.economic != 0 || remainder.voting != 0) {
        rows.push_back({"Unallocated (held by no party in the model)",
                        share_text(remainder.economic), share_text(remainder.voting), "", "", ""});
    }

    std::vector<std::string> blocks = {heading(2, "Ownership of " + entity_name),
                                       table({{"Holder"},
                                              {"Economic", Align::right},
                                              {"Voting", Align::right},
                                              {"Committed", Align::right},
                                              {"Confidence"},
                                              {"Source"}},
                                             rows),
                                       notes.block()};

    std::vector<Row> other_rows;
    Notes other_notes;
    for (const auto& stake : view.stakes) {
        if (stake.issuer == entity)
            continue;
        other_rows.push_back({party_name(full, stake.holder), party_name(full, stake.issuer),
                              share_text(stake.economic), share_text(stake.voting),
                              period_words(stake.period), confidence_cell(stake.provenance),
                              source_cell(stake.provenance)});
        other_notes.add(party_name(full, stake.holder) + " in " + party_name(full, stake.issuer),
                        stake.provenance.note);
    }
    if (!other_rows.empty()) {
        blocks.push_back(heading(3, "Stakes in the owners and partners"));
        blocks.push_back(table({{"Holder"},
                                {"In"},
                                {"Economic", Align::right},
                                {"Voting", Align::right},
                                {"Period"},
                                {"Confidence"},
                                {"Source"}},
                               other_rows));
        blocks.push_back(other_notes.block());
    }

    std::vector<const governance::Stake*> stakes_in_force;
    for (const auto& stake : view.stakes)
        stakes_in_force.push_back(&stake);
    blocks.push_back(heading(3, "Ownership diagram"));
    blocks.push_back(fmt::format(
        "Stakes in force on {}. Each arrow points from the holder to the company it holds a stake "
        "in, labelled with the economic and the voting interest; {} has a thick border.",
        governance::to_iso_string(day), entity_name));
    blocks.push_back(fenced("mermaid", ownership_flowchart(full, stakes_in_force)));
    return join_blocks(blocks);
}

std::string chair_words(const Model& full, const governance::Body& body) {
    if (body.chair.empty())
        return "none named";
    auto words = party_name(full, body.chair);
    for (const auto& seats : body.seats) {
        for (const auto& director : seats.directors) {
            if (director == body.chair && !seats.appointed_by.empty()) {
                words += ", appointed by " + party_name(full, seats.appointed_by);
            }
        }
    }
    return words;
}

std::string quorum_words(const Model& full, const governance::Body& body) {
    const auto& quorum = body.quorum;
    std::vector<std::string> parts;
    if (quorum.present) {
        parts.push_back(
            threshold_words(*quorum.present, is_board(body) ? "the seats" : "the votes") +
            " present");
    }
    if (!quorum.required_present.empty()) {
        parts.push_back("a director appointed by each of " +
                        join_and(party_names(full, quorum.required_present)) + " present");
    }
    if (parts.empty())
        return "not stated";
    auto words = join(parts, "; ");
    const auto confidence = confidence_cell(quorum.provenance);
    if (!confidence.empty())
        words += "; confidence: " + confidence;
    if (!quorum.provenance.source.empty())
        words += "; source: " + source_link(quorum.provenance.source);
    return words;
}

std::string decision_bodies(const Model& full) {
    std::vector<std::string> blocks = {heading(2, "Decision bodies")};
    if (full.bodies.empty())
        blocks.push_back("None in the model.");
    for (const auto& body : full.bodies) {
        blocks.push_back(heading(3, fmt::format("{} ({})", body.name, code(body.id))));
        std::vector<std::string> items = {
            fmt::format("Body of: {}", party_name(full, body.of)),
            is_board(body) ? fmt::format("Kind: board, one vote per director; {} {} in total",
                                         governance::seat_count(body),
                                         governance::seat_count(body) == 1 ? "seat" : "seats")
                           : std::string{"Kind: members' meeting, each member votes with its "
                                         "voting interest (see the ownership table)"},
        };
        if (is_board(body)) {
            items.push_back("Chair: " + chair_words(full, body));
            items.push_back(std::string{"Casting vote: "} +
                            (body.casting_vote ? "yes, the chair's vote breaks a tie"
                                               : "no, a tie means the proposal fails"));
            items.push_back(std::string{"Directors vote as a bloc with their appointer: "} +
                            (body.directors_vote_as_bloc
                                 ? "yes, each appointer's directors are counted as one block"
                                 : "no, each director votes individually"));
        }
        items.push_back("Quorum: " + quorum_words(full, body));
        const auto confidence = confidence_cell(body.provenance);
        items.push_back(
            "Confidence: " + (confidence.empty() ? std::string{"not stated"} : confidence) +
            "; source: " +
            (body.provenance.source.empty() ? std::string{"not stated"}
                                            : source_link(body.provenance.source)));
        if (!body.provenance.note.empty())
            items.push_back("Note: " + body.provenance.note);
        blocks.push_back(bullet_list(items));
        if (is_board(body)) {
            std::vector<Row> rows;
            Notes notes;
            for (const auto& seats : body.seats) {
                const auto appointer = seats.appointed_by.empty()
                                           ? std::string{"Independent"}
                                           : party_name(full, seats.appointed_by);
                rows.push_back({appointer, std::to_string(seats.count),
                                join(party_names(full, seats.directors), ", "),
                                confidence_cell(seats.provenance), source_cell(seats.provenance)});
                notes.add("Seats appointed by " + appointer, seats.provenance.note);
            }
            blocks.push_back(table({{"Appointed by"},
                                    {"Seats", Align::right},
                                    {"Named directors"},
                                    {"Confidence"},
                                    {"Source"}},
                                   rows));
            blocks.push_back(notes.block());
        }
    }
    return join_blocks(blocks);
}

std::string decision_rules(const Model& full) {
    std::vector<std::string> blocks = {
        heading(2, "Decision rules"),
        "Each matter names the class of decisions it covers and the rule that passes them. The "
        "default rule applies to every decision of the body that no other matter covers."};
    if (full.matters.empty())
        blocks.push_back("None in the model.");
    for (const auto& body : full.bodies) {
        const auto matters = governance::matters_of(full, body.id);
        if (matters.empty())
            continue;
        std::vector<Row> rows;
        Notes notes;
        for (const auto* matter : matters) {
            auto name = fmt::format("{} ({})", matter->name, code(matter->id));
            if (matter->is_default)
                name += ", **default rule**";
            notes.add(matter->name, with_note(matter->description, matter->provenance));
            rows.push_back({name, rule_words(body, matter->rule),
                            join(party_names(full, matter->rule.consent), ", "),
                            join(party_names(full, matter->rule.excluded), ", "),
                            join(matter->examples, "; "), confidence_cell(matter->provenance),
                            source_cell(matter->provenance)});
        }
        blocks.push_back(heading(3, body.name));
        blocks.push_back(table({{"Matter"},
                                {"Passes with"},
                                {"Consent required from"},
                                {"Excluded from voting"},
                                {"Examples"},
                                {"Confidence"},
                                {"Source"}},
                               rows));
        blocks.push_back(notes.block());
    }
    return join_blocks(blocks);
}

std::string rights_table(const Model& full, const std::vector<const governance::Right*>& rights) {
    if (rights.empty())
        return "None.";
    std::vector<Row> rows;
    Notes notes;
    for (const auto* right : rights) {
        const auto part_of = !right->version.empty()     ? "version " + code(right->version)
                             : !right->agreement.empty() ? "agreement " + code(right->agreement)
                                                         : std::string{};
        rows.push_back({code(right->id), std::string(governance::name(right->kind)),
                        party_name(full, right->holder),
                        right->counterparty.empty() ? "" : party_name(full, right->counterparty),
                        right->scope, optional_date(right->period.from),
                        optional_date(right->period.until), right->end_condition, part_of,
                        confidence_cell(right->provenance), source_cell(right->provenance)});
        notes.add(code(right->id), right->provenance.note);
    }
    return join_blocks({table({{"Right"},
                               {"Kind"},
                               {"Holder"},
                               {"Counterparty"},
                               {"Scope"},
                               {"From"},
                               {"Until"},
                               {"End condition"},
                               {"Part of"},
                               {"Confidence"},
                               {"Source"}},
                              rows),
                        notes.block()});
}

std::string version_state(const Period& period, Date day) {
    if (period.contains(day))
        return "in force";
    if (period.ended_by(day))
        return "ended";
    return "not yet started";
}

std::string rights_and_agreements(const Model& full, Date day) {
    std::vector<const governance::Right*> in_force;
    std::vector<const governance::Right*> not_started;
    std::vector<const governance::Right*> ended;
    for (const auto& right : full.rights) {
        if (right.period.contains(day)) {
            in_force.push_back(&right);
        } else if (right.period.ended_by(day)) {
            ended.push_back(&right);
        } else {
            not_started.push_back(&right);
        }
    }
    const auto date = governance::to_iso_string(day);
    std::vector<std::string> blocks = {
        heading(2, "Rights and agreements"), heading(3, "In force on " + date),
        rights_table(full, in_force),        heading(3, "Not yet started on " + date),
        rights_table(full, not_started),     heading(3, "Already ended by " + date),
        rights_table(full, ended),           heading(3, "Agreement versions")};
    if (full.agreements.empty())
        blocks.push_back("None.");
    for (const auto& agreement : full.agreements) {
        blocks.push_back(heading(4, fmt::format("{} ({})", agreement.name, code(agreement.id))));
        auto line = "Between " + join_and(party_names(full, agreement.parties)) + ".";
        const auto confidence = confidence_cell(agreement.provenance);
        if (!confidence.empty())
            line += " Confidence: " + confidence + ".";
        if (!agreement.provenance.source.empty()) {
            line += " Source: " + source_link(agreement.provenance.source) + ".";
        }
        if (!agreement.provenance.note.empty())
            line += " Note: " + agreement.provenance.note;
        blocks.push_back(line);
        std::vector<Row> rows;
        Notes notes;
        for (const auto& version : agreement.versions) {
            rows.push_back({fmt::format("{} ({})", version.name, code(version.id)),
                            optional_date(version.period.from), optional_date(version.period.until),
                            version_state(version.period, day), version.summary,
                            confidence_cell(version.provenance), source_cell(version.provenance)});
            notes.add(code(version.id), version.provenance.note);
        }
        if (!rows.empty()) {
            blocks.push_back(table({{"Version"},
                                    {"From"},
                                    {"Until"},
                                    {"On " + date},
                                    {"Summary"},
                                    {"Confidence"},
                                    {"Source"}},
                                   rows));
            blocks.push_back(notes.block());
        }
    }
    return join_blocks(blocks);
}

std::string shortened(const std::string& text) {
    if (text.size() <= timeline_text_limit)
        return text;
    auto cut = text.rfind(' ', timeline_text_limit);
    if (cut == std::string::npos || cut == 0)
        cut = timeline_text_limit;
    while ((static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;  // keep UTF-8 whole
    return text.substr(0, cut) + " …";
}

std::string timeline_section(const Model& full, Date day) {
    const auto date = governance::to_iso_string(day);
    std::vector<std::string> blocks = {heading(2, "Timeline")};
    if (full.events.empty()) {
        blocks.push_back("No dated events.");
        return join_blocks(blocks);
    }
    std::vector<TimelineSection> sections = {{"Up to " + date, {}}, {"After " + date, {}}};
    std::vector<Row> rows;
    Notes notes;
    for (const auto& event : full.events) {
        auto& section = sections[event.date <= day ? 0 : 1];
        const auto year = std::to_string(static_cast<int>(event.date.year()));
        if (section.periods.empty() || section.periods.back().label != year) {
            section.periods.push_back({year, {}});
        }
        section.periods.back().events.push_back(month_day(event.date) + " — " +
                                                shortened(event.text));
        notes.add(governance::to_iso_string(event.date) + " " + code(event.id),
                  event.provenance.note);
        rows.push_back({governance::to_iso_string(event.date), event.text, event.status,
                        join(party_names(full, event.parties), ", "),
                        event.date <= day ? "on or before" : "after",
                        confidence_cell(event.provenance), source_cell(event.provenance)});
    }
    std::erase_if(sections, [](const TimelineSection& section) { return section.periods.empty(); });
    blocks.push_back(fmt::format(
        "Every dated event in the model, by year (the diagram shortens long texts; the table "
        "below has them in full, with sources). Events after {} are shown for context; they are "
        "not part of the state this report describes.",
        date));
    blocks.push_back(fenced("mermaid", timeline(full.info.name + " timeline", sections)));
    blocks.push_back(table({{"Date"},
                            {"Event"},
                            {"Status from then"},
                            {"Parties"},
                            {"Relative to " + date},
                            {"Confidence"},
                            {"Source"}},
                           rows));
    blocks.push_back(notes.block());
    return join_blocks(blocks);
}

std::string seed_claims(const Model& full, const Usage& usage) {
    std::vector<std::string> blocks = {
        heading(2, "Seed claims"),
        "The claims of the seed articles this model was built from, and the records that "
        "represent each of them."};
    if (full.claims.empty()) {
        blocks.push_back("None declared.");
        return join_blocks(blocks);
    }
    std::vector<Row> rows;
    for (const auto& claim : full.claims) {
        const auto found = usage.by_claim.find(claim.id);
        rows.push_back(
            {anchor_target(anchor_name("claim", claim.id)) + claim.id, claim.text,
             claim.source.empty() ? "" : source_link(claim.source),
             found == usage.by_claim.end() ? "**not represented**" : join(found->second, ", ")});
    }
    blocks.push_back(table({{"Claim"}, {"Text"}, {"Source"}, {"Represented by"}}, rows));
    return join_blocks(blocks);
}

std::string assumptions(const Model& full, const Usage& usage) {
    std::vector<std::string> blocks = {heading(2, "Assumptions")};
    if (full.assumptions.empty()) {
        blocks.push_back("None.");
        return join_blocks(blocks);
    }
    std::vector<Row> rows;
    for (const auto& assumption : full.assumptions) {
        const auto found = usage.by_assumption.find(assumption.id);
        rows.push_back({anchor_target(anchor_name("assumption", assumption.id)) + assumption.id,
                        with_note(assumption.text, assumption.provenance), assumption.rationale,
                        found == usage.by_assumption.end() ? "not used by any record"
                                                           : join(found->second, ", "),
                        source_cell(assumption.provenance)});
    }
    blocks.push_back(table({{"Id"}, {"Assumption"}, {"Rationale"}, {"Used by"}, {"Source"}}, rows));
    return join_blocks(blocks);
}

std::string sources(const Model& full) {
    std::vector<std::string> blocks = {heading(2, "Sources")};
    if (full.sources.empty()) {
        blocks.push_back("None.");
        return join_blocks(blocks);
    }
    std::vector<Row> rows;
    Notes notes;
    for (const auto& source : full.sources) {
        rows.push_back({anchor_target(anchor_name("source", source.id)) + source.id, source.title,
                        source.publisher, optional_date(source.date),
                        source.url.empty() ? "" : "<" + source.url + ">",
                        source.language.empty() ? "en" : source.language});
        notes.add(source.id, source.note);
    }
    blocks.push_back(
        table({{"Id"}, {"Title"}, {"Publisher"}, {"Date"}, {"URL"}, {"Language"}}, rows));
    blocks.push_back(notes.block());
    return join_blocks(blocks);
}

}  // namespace

std::string render_governance_report(const Model& full, Date as_of, const ReportContext& context) {
    const auto view = governance::as_of(full, as_of);
    const auto usage = usage_of(full);
    return join_blocks({
        title_and_metadata(full, view, as_of, context),
        how_to_read(as_of),
        overview(full, view, as_of),
        parties_and_roles(full, view, as_of),
        ownership(full, view, as_of),
        decision_bodies(full),
        decision_rules(full),
        rights_and_agreements(full, as_of),
        timeline_section(full, as_of),
        seed_claims(full, usage),
        assumptions(full, usage),
        sources(full),
    });
}

}  // namespace jvgov::report
