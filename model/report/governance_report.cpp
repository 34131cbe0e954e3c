#include "model/report/governance_report.hpp"

#include "model/report/csv_tables.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <string_view>

#include <fmt/core.h>

#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/report/citation.hpp"
#include "model/report/control_tests_report.hpp"
#include "model/report/document.hpp"
#include "model/report/glossary.hpp"
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
// "Jun 11", or "Jun" when only the month is known.
std::string month_day(Date day, governance::DatePrecision precision) {
    static constexpr std::array<std::string_view, 12> months = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto month = months[static_cast<unsigned>(day.month()) - 1];
    if (precision == governance::DatePrecision::month)
        return std::string(month);
    return fmt::format("{} {}", month, static_cast<unsigned>(day.day()));
}

std::string optional_date(const std::optional<Date>& day) {
    return day ? governance::to_iso_string(*day) : "";
}

// "2025-01-21 to 2025-10-28", "from 2025-01-21", "until 2025-10-28", or "" (no dates).
std::string period_text(const std::optional<Date>& from, const std::optional<Date>& until) {
    if (from && until)
        return optional_date(from) + " to " + optional_date(until);
    if (from)
        return "from " + optional_date(from);
    return until ? "until " + optional_date(until) : std::string();
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

using doc::Inlines;

doc::Inline source_link(const Model& full, std::string_view source_id) {
    return source_citation(full, source_id);
}

doc::Inline assumption_link(std::string_view assumption_id) {
    return assumption_citation(assumption_id);
}

// "reported", "assumption [GA-3](#assumptions)", "assumption [GA-3](...), [GA-4](...)", or
// empty.
Inlines confidence_cell(const Provenance& provenance) {
    std::vector<Inlines> parts;
    if (provenance.confidence)
        parts.push_back({doc::text(governance::name(*provenance.confidence))});
    std::vector<Inlines> links;
    for (const auto& assumption : provenance.assumptions)
        links.push_back({assumption_link(assumption)});
    if (!links.empty())
        parts.push_back(doc::join(links, ", "));
    return doc::join(parts, " ");
}

// Every source of the record, linked, separated by commas; empty when it names none.
Inlines source_cell(const Model& full, const Provenance& provenance) {
    std::vector<Inlines> links;
    for (const auto& source : provenance.sources)
        links.push_back({source_link(full, source)});
    return doc::join(links, ", ");
}

// The record's sources, linked, with its confidence and assumptions after them: "[s1], [s2]
// (confirmed)", "[s1] (reported [GA-3])"; the confidence alone when it names no source.
Inlines provenance_cell(const Model& full, const Provenance& provenance) {
    auto words = source_cell(full, provenance);
    const auto confidence = confidence_cell(provenance);
    if (words.empty() || confidence.empty())
        return doc::append(words, confidence);
    words.push_back(doc::markup(" ("));
    doc::append(words, confidence);
    words.push_back(doc::markup(")"));
    return words;
}

// "Source: x" or "Sources: x, y" (capitalised or not as `label` is).
Inlines sources_words(const Model& full, std::string_view label, const Provenance& provenance) {
    Inlines words = {doc::markup(std::string(label) +
                                 (provenance.sources.size() > 1 ? "s: " : ": "))};
    return doc::append(words, source_cell(full, provenance));
}

// The text followed by the record's note, if any: "text (note: ...)"; the source ids they name
// are cited (cited_text).
Inlines with_note(const Model& full, const std::string& text, const Provenance& provenance) {
    if (provenance.note.empty())
        return cited_text(full, text);
    Inlines note = cited_text(full, provenance.note);
    if (text.empty()) {
        Inlines words = {doc::markup("Note: ")};
        return doc::append(words, note);
    }
    Inlines words = cited_text(full, text);
    words.push_back(doc::markup(" (note: "));
    doc::append(words, note);
    words.push_back(doc::markup(")"));
    return words;
}

// Long free text kept out of the tables, listed under them: "Notes:" then "- **label**: text".
// Model text given as a string has the source ids it names cited (cited_text).
class Notes {
  public:
    explicit Notes(const Model& full) : full_(full) {}

    void add(Inlines label, const Inlines& text) {
        if (text.empty())
            return;
        Inlines item = {doc::strong(std::move(label)), doc::markup(": ")};
        items_.push_back(doc::append(item, text));
    }

    void add(Inlines label, const std::string& model_text) {
        add(std::move(label), cited_text(full_, model_text));
    }

    doc::Blocks blocks() const {
        if (items_.empty())
            return {};
        return {doc::paragraph({doc::markup("Notes:")}), doc::bullet_list(items_)};
    }

  private:
    const Model& full_;
    std::vector<Inlines> items_;
};

using governance::party_name;

std::vector<std::string> party_names(const Model& model, const std::vector<std::string>& ids) {
    std::vector<std::string> names;
    for (const auto& id : ids)
        names.push_back(party_name(model, id));
    return names;
}

Inlines party_list(const Model& model, const std::vector<std::string>& ids) {
    return doc::join_texts(party_names(model, ids), ", ");
}

// "A", "A and B", "A, B and C".
Inlines party_list_and(const Model& model, const std::vector<std::string>& ids) {
    return doc::join_and(party_names(model, ids));
}

Inlines cell(std::string_view markup) {
    return {doc::markup(markup)};
}

Inlines name_and_code(std::string_view name, std::string_view id) {
    return doc::format("{} ({})", {doc::text(name), doc::code(id)});
}

std::string threshold_words(const Threshold& threshold, std::string_view of_what) {
    return fmt::format("{} of {}", threshold_text(threshold), of_what);
}

bool is_board(const governance::Body& body) {
    return body.kind == governance::BodyKind::board;
}

// Whether some voting director of the board has more than one vote.
bool weighted_board(const governance::Body& body) {
    return std::any_of(body.seats.begin(), body.seats.end(),
                       [](const governance::SeatGroup& g) { return !g.observer && g.votes != 1; });
}

std::string votes_of(const governance::Body& body) {
    if (!is_board(body))
        return "the votes (by voting interest)";
    return weighted_board(body) ? "the directors' votes (as many per director as the seat table "
                                  "gives)"
                                : "the directors' votes (one per seat)";
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
    for (const auto& assumption : provenance.assumptions)
        usage.by_assumption[assumption].push_back(record);
}

// The records of `model` that a report as of `day` shows: those that started on or before it (in
// force or ended), and events dated on or before it.
template <typename Record>
bool shown_on(const Record& record, Date day) {
    if constexpr (requires { record.period; })
        return record.period.started_by(day);
    else if constexpr (requires { record.precision; })
        return governance::last_day(record.date, record.precision) <= day;
    else
        return true;
}

template <typename Record>
bool shown_on(const Record& record, std::optional<Date> day) {
    return !day || shown_on(record, *day);
}

// An agreement is shown as of `day` when it has no versions or one of them started by then.
bool shown(const governance::Agreement& agreement, std::optional<Date> day) {
    return agreement.versions.empty() ||
           std::any_of(agreement.versions.begin(), agreement.versions.end(),
                       [&](const auto& version) { return shown_on(version, day); });
}

// Which records use each claim and assumption, among the records shown as of `day` (all records
// when `day` is empty).
Usage usage_of(const Model& model, std::optional<Date> day = std::nullopt) {
    Usage usage;
    for (const auto& party : model.parties) {
        if (shown_on(party, day))
            record_usage(usage, party.provenance, "party " + code(party.id));
    }
    for (const auto& stake : model.stakes) {
        if (!shown_on(stake, day))
            continue;
        auto label = fmt::format("stake {} in {}", code(stake.holder), code(stake.issuer));
        if (const auto period = period_words(stake.period); !period.empty()) {
            label += " (" + period + ")";
        }
        record_usage(usage, stake.provenance, label);
    }
    for (const auto& body : model.bodies) {
        if (!shown_on(body, day))
            continue;
        record_usage(usage, body.provenance, "body " + code(body.id));
        for (const auto& seats : body.seats) {
            if (!shown_on(seats, day))
                continue;
            const auto appointer =
                seats.appointed_by.empty() ? std::string{"independent"} : code(seats.appointed_by);
            record_usage(usage, seats.provenance,
                         fmt::format("seats of {} ({})", code(body.id), appointer));
        }
        record_usage(usage, body.quorum.provenance, "quorum of " + code(body.id));
    }
    for (const auto& matter : model.matters) {
        if (shown_on(matter, day))
            record_usage(usage, matter.provenance, "matter " + code(matter.id));
    }
    for (const auto& agreement : model.agreements) {
        if (!shown(agreement, day))
            continue;
        record_usage(usage, agreement.provenance, "agreement " + code(agreement.id));
        for (const auto& version : agreement.versions) {
            if (shown_on(version, day))
                record_usage(usage, version.provenance, "version " + code(version.id));
        }
    }
    for (const auto& right : model.rights) {
        if (shown_on(right, day))
            record_usage(usage, right.provenance, "right " + code(right.id));
    }
    for (const auto& event : model.events) {
        if (shown_on(event, day))
            record_usage(usage, event.provenance, "event " + code(event.id));
    }
    for (const auto& assumption : model.assumptions) {
        record_usage(usage, assumption.provenance, "assumption " + code(assumption.id));
    }
    for (const auto& scenario : model.scenarios)  // undated: shown on every date
        usage.by_assumption[scenario.assumption].push_back("stake scenario " + code(scenario.id));
    return usage;
}

// ---- Sections -----------------------------------------------------------------------------

doc::Blocks title_and_metadata(const Model& full, const Model& view, Date day,
                               const ReportContext& context) {
    Metadata metadata;
    metadata.title =
        doc::format("Governance of {} as of {}",
                    {doc::text(full.info.name), doc::markup(governance::to_iso_string(day))});
    metadata.facts = {
        as_of_item(full, day),
        {doc::markup("Status on that date: "),
         view.info.status.empty() ? doc::markup("not stated") : doc::text(view.info.status)},
    };
    return report::title_and_metadata(metadata, context);
}

doc::Block how_to_read(Date day) {
    return doc::quote({doc::markup(fmt::format(
        "**How to read this report.** It describes the joint venture as it stood on {0}: the "
        "parties, stakes and rights in force that day. *Economic* interest is a holder's share of "
        "profits and value; *voting* interest is its share of the votes in the members' meeting; "
        "the two can differ, and neither says how much a holder can actually decide (that is the "
        "voting-power analysis). Percentages are exact values rounded to two decimals; when "
        "rounding hides the exact value, the exact fraction follows (\"33.33% (exactly 1/3)\"). "
        "Every fact row shows its *confidence* (confirmed, reported, derived, or assumption with "
        "the assumption's id) and its *source*; a source's id links to the source itself, an "
        "assumption's id to the list of assumptions at the end. Assumptions are the modeller's, "
        "not the parties' own statements. Longer descriptions and notes follow each table under "
        "\"Notes\". Rights already ended by {0} are listed separately; what starts after {0} is "
        "left to the reports of later dates.",
        governance::to_iso_string(day)))});
}

// Everything that starts, ends or happens after `since` and on or before `day`, one line each,
// by date (stable within a date: events, parties, stakes, agreement versions, rights).
std::vector<Inlines> changes_between(const Model& full, Date since, Date day) {
    struct Change {
        Date date;
        Inlines text;
        governance::DatePrecision precision = governance::DatePrecision::day;
    };

    std::vector<Change> changes;
    const auto within = [since, day](const std::optional<Date>& date) {
        return date && since < *date && *date <= day;
    };
    // " (source)" or nothing.
    const auto source_of = [&full](const Provenance& provenance) {
        if (provenance.sources.empty())
            return Inlines{};
        Inlines words = {doc::markup(" (")};
        doc::append(words, source_cell(full, provenance));
        words.push_back(doc::markup(")"));
        return words;
    };
    const auto add_period = [&](const Period& period, const Inlines& what,
                                const Provenance& provenance) {
        for (const auto& [date, verb] :
             {std::pair{period.from, " starts."}, std::pair{period.until, " ends."}}) {
            if (!within(date))
                continue;
            Inlines line = what;
            line.push_back(doc::markup(verb));
            changes.push_back({*date, doc::append(line, source_of(provenance)),
                               governance::DatePrecision::day});
        }
    };
    for (const auto& event : full.events) {
        if (!within(governance::last_day(event.date, event.precision)))
            continue;
        Inlines line = cited_text(full, event.text);
        if (!event.status.empty())
            doc::append(line, doc::format(" Status becomes: {}.", {doc::text(event.status)}));
        changes.push_back(
            {event.date, doc::append(line, source_of(event.provenance)), event.precision});
    }
    // A renamed party (Party::renamed_from) is one line, "is renamed", for the end of its
    // earlier record and the start of the record continuing it.
    const auto continued = [&full](const std::string& id) {
        return std::any_of(full.parties.begin(), full.parties.end(),
                           [&](const governance::Party& p) { return p.renamed_from == id; });
    };
    for (const auto& party : full.parties) {
        Period period = party.period;
        if (continued(party.id))
            period.until.reset();
        if (!party.renamed_from.empty() && within(period.from)) {
            Inlines line = doc::format("Party {} is renamed {} (one entity).",
                                       {doc::text(party_name(full, party.renamed_from)),
                                        doc::text(party.name)});
            changes.push_back({*period.from, doc::append(line, source_of(party.provenance)),
                               governance::DatePrecision::day});
            period.from.reset();
        }
        add_period(period, {doc::markup("Party "), doc::text(party.name)}, party.provenance);
    }
    for (const auto& stake : full.stakes) {
        add_period(stake.period,
                   doc::format("Stake of {} in {} ({} economic, {} voting)",
                               {doc::text(party_name(full, stake.holder)),
                                doc::text(party_name(full, stake.issuer)),
                                doc::markup(share_text(stake.economic)),
                                doc::markup(share_text(stake.voting))}),
                   stake.provenance);
    }
    for (const auto& agreement : full.agreements) {
        for (const auto& version : agreement.versions) {
            add_period(version.period,
                       doc::format("Version {} of {} ({})",
                                   {doc::code(version.id), doc::text(agreement.name),
                                    doc::text(version.name)}),
                       version.provenance);
        }
    }
    for (const auto& right : full.rights) {
        Inlines what = doc::format("Right {} ({} of ", {doc::code(right.id),
                                                         doc::text(governance::name(right.kind))});
        doc::append(what, party_list_and(full, right.holders));
        what.push_back(doc::markup(")"));
        add_period(right.period, what, right.provenance);
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.date < b.date; });
    std::vector<Inlines> lines;
    for (auto& change : changes) {
        Inlines line = {doc::markup(governance::date_text(change.date, change.precision) + ": ")};
        lines.push_back(doc::append(line, change.text));
    }
    return lines;
}

// An exchange rate as written: "1.08", or "1/150" when no short decimal gives it exactly.
std::string rate_text(const Rational& rate) {
    auto text = exact::to_decimal_string(rate, 6);
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return exact::parse_decimal(text) == rate ? text : exact::to_fraction_string(rate);
}

// "Total committed capital on <day> (derived: ...): ..." with one total per currency, and a
// converted total only at the rates the model states.
Inlines committed_words(const Model& full, const analysis::CommittedCapital& capital, Date day) {
    Inlines words = {doc::markup("Total committed capital on " + governance::to_iso_string(day))};
    if (capital.with_commitment > 0)
        words.push_back(doc::markup(" (derived: the sum of the commitments the stakes state)"));
    words.push_back(doc::markup(": "));
    if (capital.with_commitment == 0) {
        words.push_back(doc::markup("none reported"));
        return words;
    }
    std::vector<std::string> totals;
    for (const auto& total : capital.totals)
        totals.push_back(money_text(total.amount, total.currency));
    doc::append(words, doc::join_and(totals));
    if (capital.totals.size() > 1 && !capital.converted)
        words.push_back(doc::markup(", not added up: the model states no exchange rate between "
                                    "these currencies"));
    words.push_back(doc::markup(fmt::format(" ({} of the {} stakes in force state a commitment)",
                                            capital.with_commitment, capital.stakes_in_force)));
    if (const auto& converted = capital.converted) {
        std::vector<Inlines> rates;
        for (const auto* rate : converted->rates) {
            Inlines text = {doc::markup(fmt::format("1 {} = {} {} on {} (", rate->from,
                                                    rate_text(rate->rate), rate->to,
                                                    governance::to_iso_string(rate->date)))};
            doc::append(text, source_cell(full, rate->provenance));
            text.push_back(doc::markup(")"));
            rates.push_back(text);
        }
        words.push_back(doc::markup(fmt::format("; converted into {} at the stated rate{} of ",
                                                converted->currency,
                                                rates.size() == 1 ? "" : "s")));
        doc::append(words, doc::join_parts_and(rates));
        words.push_back(doc::markup(
            ": " + money_text(converted->amount, converted->currency) + " in all"));
    }
    return words;
}

// "Paid-in capital on <day>: $0 (4 of the 4 stakes in force state it)", per currency.
Inlines paid_in_words(const analysis::CommittedCapital& capital, Date day) {
    Inlines words = {
        doc::markup("Paid-in capital on " + governance::to_iso_string(day) + ": ")};
    std::vector<std::string> totals;
    for (const auto& total : capital.paid_in)
        totals.push_back(money_text(total.amount, total.currency));
    doc::append(words, doc::join_and(totals));
    words.push_back(doc::markup(fmt::format(" ({} of the {} stakes in force state it)",
                                            capital.with_paid_in, capital.stakes_in_force)));
    return words;
}

doc::Blocks overview(const Model& full, const Model& view, Date day,
                     const analysis::CommittedCapital& capital) {
    const auto& entity = full.info.entity;
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Overview")})};
    if (!full.info.description.empty())
        blocks.push_back(doc::paragraph(cited_text(full, full.info.description)));

    Inlines status_from;
    for (const auto& event : view.events) {
        if (!event.status.empty()) {
            status_from = {doc::markup(" (since " +
                                       governance::date_text(event.date, event.precision) + ": ")};
            doc::append(status_from, cited_text(full, event.text));
            status_from.push_back(doc::markup(")"));
        }
    }
    Inlines status = {doc::markup("Status on " + governance::to_iso_string(day) + ": ")};
    if (view.info.status.empty()) {
        status.push_back(doc::markup("not stated"));
    } else {
        status.push_back(doc::text(view.info.status));
        doc::append(status, status_from);
    }
    std::vector<Inlines> facts = {
        doc::format("Name: {} (entity {})", {doc::text(full.info.name), doc::code(entity)}),
        status,
        committed_words(full, capital, day),
    };
    if (capital.with_paid_in > 0)
        facts.push_back(paid_in_words(capital, day));
    blocks.push_back(doc::bullet_list(std::move(facts)));

    if (full.info.as_of && *full.info.as_of < day) {
        const auto changes = changes_between(full, *full.info.as_of, day);
        blocks.push_back(doc::heading(
            3, {doc::markup("What changed since " + governance::to_iso_string(*full.info.as_of))}));
        blocks.push_back(doc::paragraph({doc::markup(fmt::format(
            "Between the model's own date ({}) and {}: the recorded events, and the stakes, "
            "agreement versions, rights and parties that started or ended, by date.",
            governance::to_iso_string(*full.info.as_of), governance::to_iso_string(day)))}));
        blocks.push_back(doc::bullet_list(
            changes.empty() ? std::vector<Inlines>{{doc::markup("Nothing recorded.")}} : changes));
    }
    return blocks;
}

doc::Blocks parties_and_roles(const Model& full, const Model& view, Date day) {
    doc::Table table{{{cell("Party")},
                      {cell("Id")},
                      {cell("Kind")},
                      {cell("Roles")},
                      {cell("Period")},
                      {cell("Source (confidence)")}},
                     {}};
    Notes notes(full);
    for (const auto& party : view.parties) {
        table.rows.push_back({{doc::text(party.name)},
                              {doc::code(party.id)},
                              cell(party_kind_name(party.kind)),
                              doc::join_texts(party.roles, ", "),
                              cell(period_words(party.period)),
                              provenance_cell(full, party.provenance)});
        notes.add({doc::text(party.name)}, with_note(full, party.description, party.provenance));
    }
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Parties and roles")}), table};
    doc::append(blocks, notes.blocks());
    // Parties that left before `day`; those that join later belong to later reports.
    std::vector<Inlines> absent;
    for (const auto& party : full.parties) {
        if (party.period.ended_by(day)) {
            absent.push_back(doc::format(
                "{} ({})", {doc::text(party.name), doc::markup(period_words(party.period))}));
        }
    }
    if (!absent.empty()) {
        Inlines line = {
            doc::markup("No longer part of the model on " + governance::to_iso_string(day) + ": ")};
        doc::append(line, doc::join(absent, "; "));
        line.push_back(doc::markup("."));
        blocks.push_back(doc::paragraph(line));
    }
    return blocks;
}

doc::Blocks ownership(const Model& full, const Model& view, Date day) {
    const auto& entity = full.info.entity;
    const auto entity_name = party_name(full, entity);
    doc::Table table{{{cell("Holder")},
                      {cell("Economic"), Align::right},
                      {cell("Voting"), Align::right},
                      {cell("Committed"), Align::right},
                      {cell("Source (confidence)")}},
                     {}};
    Notes notes(full);
    for (const auto* stake : governance::stakes_in(view, entity)) {
        table.rows.push_back(
            {{doc::text(party_name(full, stake->holder))},
             cell(share_text(stake->economic)),
             cell(share_text(stake->voting)),
             cell(stake->committed
                      ? money_text(stake->committed->amount, stake->committed->currency)
                      : ""),
             provenance_cell(full, stake->provenance)});
        notes.add({doc::text(party_name(full, stake->holder))}, stake->provenance.note);
    }
    const auto remainder = governance::unallocated(full, entity, day);
    if (remainder.economic != 0 || remainder.voting != 0) {
        table.rows.push_back({cell("Unallocated (held by no party in the model)"),
                              cell(share_text(remainder.economic)),
                              cell(share_text(remainder.voting)),
                              {},
                              {}});
    }
    // A "Paid in" column after "Committed" when some stake states its paid-in capital.
    const auto stakes = governance::stakes_in(view, entity);
    if (std::any_of(stakes.begin(), stakes.end(), [](const auto* s) { return s->paid_in; })) {
        constexpr std::ptrdiff_t paid_column = 4;
        table.columns.insert(table.columns.begin() + paid_column,
                             {cell("Paid in"), Align::right});
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            const auto* stake = row < stakes.size() ? stakes[row] : nullptr;
            table.rows[row].insert(
                table.rows[row].begin() + paid_column,
                stake && stake->paid_in
                    ? cell(money_text(stake->paid_in->amount, stake->paid_in->currency))
                    : Inlines{});
        }
    }

    doc::Blocks blocks = {doc::heading(2, {doc::markup("Ownership of "), doc::text(entity_name)}),
                          table};
    doc::append(blocks, notes.blocks());

    doc::Table other{{{cell("Holder")},
                      {cell("In")},
                      {cell("Economic"), Align::right},
                      {cell("Voting"), Align::right},
                      {cell("Period")},
                      {cell("Source (confidence)")}},
                     {}};
    Notes other_notes(full);
    for (const auto& stake : view.stakes) {
        if (stake.issuer == entity)
            continue;
        const auto holder = party_name(full, stake.holder);
        const auto issuer = party_name(full, stake.issuer);
        other.rows.push_back({{doc::text(holder)},
                              {doc::text(issuer)},
                              cell(share_text(stake.economic)),
                              cell(share_text(stake.voting)),
                              cell(period_words(stake.period)),
                              provenance_cell(full, stake.provenance)});
        other_notes.add(doc::format("{} in {}", {doc::text(holder), doc::text(issuer)}),
                        stake.provenance.note);
    }
    if (!other.rows.empty()) {
        blocks.push_back(doc::heading(3, {doc::markup("Stakes in the owners and partners")}));
        blocks.push_back(other);
        doc::append(blocks, other_notes.blocks());
    }

    std::vector<const governance::Stake*> stakes_in_force;
    for (const auto& stake : view.stakes)
        stakes_in_force.push_back(&stake);
    blocks.push_back(doc::heading(3, {doc::markup("Ownership diagram")}));
    blocks.push_back(doc::paragraph(doc::format(
        "Stakes in force on {}. Each arrow points from the holder to the company it holds a stake "
        "in, labelled with the economic and the voting interest; {} has a thick border.",
        {doc::markup(governance::to_iso_string(day)), doc::text(entity_name)})));
    blocks.push_back(ownership_diagram(full, stakes_in_force));
    return blocks;
}

// The chair in office on the view's day, with its term when the chair is dated.
Inlines chair_words(const Model& full, const governance::Body& body, Date day) {
    if (body.chair.empty()) {
        const bool rotating =
            std::any_of(full.bodies.begin(), full.bodies.end(), [&](const auto& b) {
                return b.id == body.id && b.period.contains(day) && !b.chair_terms.empty();
            });
        return {doc::markup(rotating ? "none in office on this date" : "none named")};
    }
    Inlines words = {doc::text(party_name(full, body.chair))};
    for (const auto& seats : body.seats) {
        for (const auto& director : seats.directors) {
            if (director == body.chair && !seats.appointed_by.empty()) {
                words.push_back(doc::markup(", appointed by "));
                words.push_back(doc::text(party_name(full, seats.appointed_by)));
            }
        }
    }
    if (!body.chair_terms.empty()) {
        const auto term = period_words(body.chair_terms.front().period);
        words.push_back(doc::markup(term.empty() ? std::string{" (a dated term of office)"}
                                                 : " (in office " + term + ")"));
    }
    return words;
}

// "Yes/no, ...", with the seat groups whose own setting differs from the body's.
Inlines bloc_words(const Model& full, const governance::Body& body) {
    Inlines words = {doc::markup(body.directors_vote_as_bloc
                                     ? "yes, each appointer's directors are counted as one block"
                                     : "no, each director votes individually")};
    std::vector<std::string> differ;
    for (const auto& group : body.seats) {
        if (!group.observer && group.vote_as_appointer &&
            *group.vote_as_appointer != body.directors_vote_as_bloc) {
            const auto name = party_name(full, group.appointed_by);
            if (std::find(differ.begin(), differ.end(), name) == differ.end())
                differ.push_back(name);
        }
    }
    if (!differ.empty()) {
        words.push_back(doc::markup(", except the directors appointed by "));
        doc::append(words, doc::join_texts(differ, ", "));
        words.push_back(doc::markup(body.directors_vote_as_bloc
                                        ? ", who vote individually (their seat groups say so)"
                                        : ", who vote as their appointer decides (their seat "
                                          "groups say so)"));
    }
    return words;
}

std::string board_kind_words(const governance::Body& body) {
    const int seats = governance::seat_count(body);
    std::string words =
        weighted_board(body)
            ? fmt::format("Kind: board; {} voting {}", seats, seats == 1 ? "seat" : "seats")
            : fmt::format("Kind: board, one vote per director; {} {} in total", seats,
                          seats == 1 ? "seat" : "seats");
    if (weighted_board(body)) {
        int votes = 0;
        for (const auto& group : body.seats) {
            if (!group.observer)
                votes += group.count * group.votes;
        }
        words +=
            fmt::format(" with {} votes in total (votes per director in the seat table)", votes);
    }
    if (const int observers = governance::observer_count(body); observers > 0) {
        words += fmt::format("; and {} observer {} (attend without a vote)", observers,
                             observers == 1 ? "seat" : "seats");
    }
    return words;
}

Inlines quorum_words(const Model& full, const governance::Body& body) {
    const auto& quorum = body.quorum;
    std::vector<Inlines> parts;
    if (quorum.present) {
        parts.push_back({doc::markup(
            threshold_words(*quorum.present, is_board(body) ? "the seats" : "the votes") +
            " present")});
    }
    if (!quorum.required_present.empty()) {
        Inlines part = {doc::markup("a director appointed by each of ")};
        doc::append(part, doc::join_and(party_names(full, quorum.required_present)));
        part.push_back(doc::markup(" present"));
        parts.push_back(part);
    }
    if (parts.empty())
        return {doc::markup("not stated")};
    auto words = doc::join(parts, "; ");
    const auto confidence = confidence_cell(quorum.provenance);
    if (!confidence.empty()) {
        words.push_back(doc::markup("; confidence: "));
        doc::append(words, confidence);
    }
    if (!quorum.provenance.sources.empty()) {
        words.push_back(doc::markup("; "));
        doc::append(words, sources_words(full, "source", quorum.provenance));
    }
    return words;
}

// The voting seats of a board, then its observer seats (if any), as they stood on the day.
doc::Blocks seat_tables(const Model& full, const governance::Body& body) {
    const bool weighted = weighted_board(body);
    const bool dated = std::any_of(body.seats.begin(), body.seats.end(), [](const auto& group) {
        return !period_words(group.period).empty();
    });
    doc::Blocks blocks;
    Notes notes(full);
    for (const bool observers : {false, true}) {
        std::vector<doc::Column> columns = {{cell("Appointed by")}, {cell("Seats"), Align::right}};
        if (weighted && !observers)
            columns.push_back({cell("Votes per director"), Align::right});
        columns.push_back({cell(observers ? "Named observers" : "Named directors")});
        if (dated)
            columns.push_back({cell("Sits")});
        columns.push_back({cell("Source (confidence)")});
        doc::Table table{columns, {}};
        for (const auto& seats : body.seats) {
            if (seats.observer != observers)
                continue;
            const auto appointer = seats.appointed_by.empty()
                                       ? doc::markup("Independent")
                                       : doc::text(party_name(full, seats.appointed_by));
            std::vector<Inlines> row = {{appointer}, cell(std::to_string(seats.count))};
            if (weighted && !observers)
                row.push_back(cell(std::to_string(seats.votes)));
            row.push_back(party_list(full, seats.directors));
            if (dated)
                row.push_back(cell(period_words(seats.period)));
            row.push_back(provenance_cell(full, seats.provenance));
            table.rows.push_back(std::move(row));
            notes.add(
                {doc::markup(observers ? "Observer seats appointed by " : "Seats appointed by "),
                 appointer},
                seats.provenance.note);
        }
        if (table.rows.empty())
            continue;
        if (observers)
            blocks.push_back(doc::paragraph({doc::markup(
                "Observer seats: they attend the board's meetings without a vote, so they are "
                "never players of its voting games.")}));
        blocks.push_back(std::move(table));
    }
    doc::append(blocks, notes.blocks());
    return blocks;
}

// The bodies in force on the view's day, each as it stood that day (seats, chair in office).
doc::Blocks decision_bodies(const Model& full, const Model& view, Date day) {
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Decision bodies")})};
    if (view.bodies.empty())
        blocks.push_back(doc::paragraph({doc::markup(
            full.bodies.empty() ? "None in the model." : "None in force on this date.")}));
    for (const auto& body : view.bodies) {
        blocks.push_back(doc::heading(3, name_and_code(body.name, body.id)));
        std::vector<Inlines> items = {
            {doc::markup("Body of: "), doc::text(party_name(full, body.of))},
            {doc::markup(is_board(body)
                             ? board_kind_words(body)
                             : std::string{"Kind: members' meeting, each member votes with its "
                                           "voting interest (see the ownership table)"})},
        };
        if (const auto period = period_words(body.period); !period.empty())
            items.push_back({doc::markup("In force: " + period)});
        if (is_board(body)) {
            Inlines chair = {doc::markup("Chair: ")};
            items.push_back(doc::append(chair, chair_words(full, body, day)));
            items.push_back(
                {doc::markup(std::string{"Casting vote: "} +
                             (body.casting_vote ? "yes, the chair's vote breaks a tie"
                                                : "no, a tie means the proposal fails"))});
            Inlines bloc = {doc::markup("Directors vote as a bloc with their appointer: ")};
            items.push_back(doc::append(bloc, bloc_words(full, body)));
        } else if (!body.chair.empty()) {
            Inlines chair = {doc::markup("Chair: ")};
            items.push_back(doc::append(chair, chair_words(full, body, day)));
        }
        Inlines quorum = {doc::markup("Quorum: ")};
        items.push_back(doc::append(quorum, quorum_words(full, body)));
        const auto confidence = confidence_cell(body.provenance);
        Inlines provenance = {doc::markup("Confidence: ")};
        doc::append(provenance, confidence.empty() ? cell("not stated") : confidence);
        if (body.provenance.sources.empty()) {
            provenance.push_back(doc::markup("; source: not stated"));
        } else {
            provenance.push_back(doc::markup("; "));
            doc::append(provenance, sources_words(full, "source", body.provenance));
        }
        items.push_back(provenance);
        if (!body.provenance.note.empty()) {
            Inlines note = {doc::markup("Note: ")};
            items.push_back(doc::append(note, cited_text(full, body.provenance.note)));
        }
        blocks.push_back(doc::bullet_list(items));
        if (is_board(body))
            doc::append(blocks, seat_tables(full, body));
    }
    return blocks;
}

// The matters in force on the view's day, by body.
doc::Blocks decision_rules(const Model& full, const Model& view) {
    doc::Blocks blocks = {
        doc::heading(2, {doc::markup("Decision rules")}),
        doc::paragraph({doc::markup(
            "Each matter names the class of decisions it covers and the rule that passes them. "
            "The default rule applies to every decision of the body that no other matter "
            "covers.")})};
    if (view.matters.empty())
        blocks.push_back(doc::paragraph({doc::markup(
            full.matters.empty() ? "None in the model." : "None in force on this date.")}));
    for (const auto& body : view.bodies) {
        const auto matters = governance::matters_of(view, body.id);
        if (matters.empty())
            continue;
        doc::Table table{{{cell("Matter")},
                          {cell("Passes with")},
                          {cell("Consent required from")},
                          {cell("Excluded from voting")},
                          {cell("Examples")},
                          {cell("Source (confidence)")}},
                         {}};
        Notes notes(full);
        for (const auto* matter : matters) {
            auto name = name_and_code(matter->name, matter->id);
            if (matter->is_default)
                name.push_back(doc::markup(", **default rule**"));
            name.push_back(doc::markup(", category: " + category_text(matter->category)));
            if (const auto period = period_words(matter->period); !period.empty())
                name.push_back(doc::markup(", in force " + period));
            notes.add({doc::text(matter->name)},
                      with_note(full, matter->description, matter->provenance));
            table.rows.push_back(
                {name, cell(rule_words(body, matter->rule)), party_list(full, matter->rule.consent),
                 party_list(full, matter->rule.excluded), doc::join_texts(matter->examples, "; "),
                 provenance_cell(full, matter->provenance)});
        }
        blocks.push_back(doc::heading(3, {doc::text(body.name)}));
        blocks.push_back(table);
        doc::append(blocks, notes.blocks());
    }
    return blocks;
}

doc::Blocks rights_table(const Model& full, const std::vector<const governance::Right*>& rights) {
    if (rights.empty())
        return {doc::paragraph({doc::markup("None.")})};
    // The scope, the end condition and the source's note, long texts, are one note per right
    // under the table.
    doc::Table table{{{cell("Right (kind)")},
                      {cell("Holder")},
                      {cell("Counterparty")},
                      {cell("In force")},
                      {cell("Part of")},
                      {cell("Source (confidence)")}},
                     {}};
    Notes notes(full);
    for (const auto* right : rights) {
        // Sentences one after the other: a full stop after a text that has none.
        Inlines about;
        std::string last;
        const auto add = [&](std::string_view lead, const std::string& text) {
            if (text.empty())
                return;
            if (!last.empty())
                about.push_back(doc::markup(last.back() == '.' ? " " : ". "));
            about.push_back(doc::markup(lead));
            doc::append(about, cited_text(full, text));
            last = text;
        };
        add("", right->scope);
        add("Ends: ", right->end_condition);
        add("", right->provenance.note);
        notes.add({doc::code(right->id)}, about);
        const auto part_of = !right->version.empty()
                                 ? Inlines{doc::markup("version "), doc::code(right->version)}
                             : !right->agreement.empty()
                                 ? Inlines{doc::markup("agreement "), doc::code(right->agreement)}
                                 : Inlines{};
        table.rows.push_back({{doc::code(right->id), doc::markup(" ("),
                               doc::text(governance::name(right->kind)), doc::markup(")")},
                              party_list(full, right->holders),
                              party_list(full, right->counterparties),
                              cell(period_text(right->period.from, right->period.until)),
                              part_of,
                              provenance_cell(full, right->provenance)});
    }
    doc::Blocks blocks = {table};
    return doc::append(blocks, notes.blocks());
}

// ---- Joint-venture provisions ------------------------------------------------------------

std::string count_words(int count, std::string_view one, std::string_view many) {
    return count == 1 ? fmt::format("one {}", one) : fmt::format("{} {}", count, many);
}

// The kind in plain words, for the transfer-restrictions table.
std::string kind_words(governance::RightKind kind) {
    using governance::RightKind;
    switch (kind) {
        case RightKind::lock_up:
            return "Lock-up";
        case RightKind::pre_emption:
            return "Pre-emption";
        case RightKind::right_of_first_refusal:
            return "Right of first refusal";
        case RightKind::right_of_first_offer:
            return "Right of first offer";
        case RightKind::tag_along:
            return "Tag-along";
        case RightKind::drag_along:
            return "Drag-along";
        case RightKind::standstill:
            return "Standstill";
        case RightKind::put_option:
            return "Put option";
        case RightKind::call_option:
            return "Call option";
        case RightKind::deadlock:
            return "Deadlock clause";
        case RightKind::exclusivity:
        case RightKind::api_exclusivity:
        case RightKind::ip_licence:
        case RightKind::revenue_share:
        case RightKind::operational_control:
        case RightKind::financial_responsibility:
        case RightKind::board_observer:
        case RightKind::appointment:
        case RightKind::equity_stake:
        case RightKind::consent:
        case RightKind::compute_commitment:
        case RightKind::governance_rights:
        case RightKind::other:
            break;
    }
    return std::string(governance::name(kind));
}

// What a transfer restriction or option means, in one or two plain sentences.
std::string restriction_words(const governance::Right& right) {
    using governance::RightKind;
    std::string words;
    switch (right.kind) {
        case RightKind::lock_up:
            words = right.period.until
                        ? "No owner bound by it may sell its stake before " +
                              governance::to_iso_string(*right.period.until) + "."
                        : "No owner bound by it may sell its stake while it lasts.";
            break;
        case RightKind::pre_emption:
            words = "The holders may take up shares on offer before anyone else, in proportion "
                    "to their stakes.";
            break;
        case RightKind::right_of_first_refusal:
            words = "Before selling to someone else, the seller must offer the holders the same "
                    "terms; they may match them.";
            break;
        case RightKind::right_of_first_offer:
            words = "A party that wants to sell must first offer to the holders; only if they "
                    "decline may it sell to others.";
            break;
        case RightKind::tag_along:
            words = "If an owner sells its stake, the holders may sell theirs to the same buyer "
                    "on the same terms.";
            break;
        case RightKind::drag_along:
            words = "If the holders sell, they can force the other owners to sell to the same "
                    "buyer on the same terms.";
            if (right.threshold)
                words += " It applies when owners of at least " + share_text(*right.threshold) +
                         " of the shares agree to the sale.";
            break;
        case RightKind::standstill:
            words = "The party bound may not buy more shares or seek control while it lasts.";
            break;
        case RightKind::put_option:
            words = "The holders may require the other side to buy their stake.";
            break;
        case RightKind::call_option:
            words = "The holders may require the other side to sell them its stake.";
            break;
        case RightKind::deadlock:
        case RightKind::exclusivity:
        case RightKind::api_exclusivity:
        case RightKind::ip_licence:
        case RightKind::revenue_share:
        case RightKind::operational_control:
        case RightKind::financial_responsibility:
        case RightKind::board_observer:
        case RightKind::appointment:
        case RightKind::equity_stake:
        case RightKind::consent:
        case RightKind::compute_commitment:
        case RightKind::governance_rights:
        case RightKind::other:
            break;
    }
    if (!right.price_basis.empty())
        words += " Price: " + right.price_basis + ".";
    return words;
}

// "Annual budget", "any of: Annual budget, Business plan" or "any matter".
Inlines matters_words(const Model& full, const std::vector<std::string>& matter_ids) {
    if (matter_ids.empty())
        return {doc::markup("any matter")};
    std::vector<std::string> names;
    for (const auto& id : matter_ids) {
        const auto found = std::find_if(full.matters.begin(), full.matters.end(),
                                        [&id](const governance::Matter& m) { return m.id == id; });
        names.push_back(found == full.matters.end() ? id : found->name);
    }
    Inlines words = names.size() == 1 ? Inlines{} : Inlines{doc::markup("any of: ")};
    return doc::append(words, doc::join_texts(names, ", "));
}

// "After 2 failed votes on Annual budget." or "A deadlock on any matter (how many failed votes
// make one is not stated)."
Inlines trigger_words(const Model& full, const governance::DeadlockClause& clause) {
    Inlines words = {doc::markup(
        clause.failed_votes
            ? fmt::format("After {} on ", count_words(*clause.failed_votes, "failed vote",
                                                       "failed votes"))
            : std::string{"A deadlock on "})};
    doc::append(words, matters_words(full, clause.matters));
    words.push_back(doc::markup(clause.failed_votes ? "."
                                                    : " (how many failed votes make one is not "
                                                      "stated)."));
    return words;
}

Inlines mechanism_words(const Model& full, const governance::DeadlockClause& clause) {
    using governance::DeadlockMechanism;
    Inlines words;
    switch (clause.mechanism) {
        case DeadlockMechanism::casting_vote:
            words = {doc::markup("A casting vote (usually the chair's) decides.")};
            break;
        case DeadlockMechanism::escalation:
            if (clause.escalate_to.empty()) {
                words = {doc::markup("The matter is escalated (to whom is not stated).")};
            } else {
                words = {doc::markup("The matter goes to ")};
                doc::append(words, party_list_and(full, clause.escalate_to));
                words.push_back(doc::markup(", who try to settle it."));
            }
            break;
        case DeadlockMechanism::mediation:
            words = {doc::markup(
                "A mediator helps the owners agree; the mediator cannot impose a decision.")};
            break;
        case DeadlockMechanism::arbitration:
            words = {doc::markup("An arbitrator decides; the decision binds the owners.")};
            break;
        case DeadlockMechanism::buy_sell:
            if (clause.buy_sell == governance::BuySell::russian_roulette) {
                words = {doc::markup(
                    "Buy-sell (Russian roulette): one owner names a price; the other must "
                    "either buy the first owner's stake or sell its own at that price.")};
            } else if (clause.buy_sell == governance::BuySell::texas_shoot_out) {
                words = {doc::markup("Buy-sell (Texas shoot-out): each owner bids for the "
                                     "other's stake; the higher bid buys.")};
            } else {
                words = {doc::markup(
                    "Buy-sell: one owner buys the other out (the form is not stated).")};
            }
            break;
        case DeadlockMechanism::put_call:
            words = {doc::markup("Put or call: an owner may require another to buy its stake "
                                 "(put) or to sell its own (call).")};
            break;
        case DeadlockMechanism::dissolution:
            words = {doc::markup("The joint venture is wound up.")};
            break;
    }
    if (!clause.triggered_by.empty()) {
        words.push_back(doc::markup(" "));
        doc::append(words, party_list_and(full, clause.triggered_by));
        words.push_back(doc::markup(clause.triggered_by.size() == 1 ? " may start it."
                                                                    : " may each start it."));
    }
    if (!clause.price_basis.empty())
        doc::append(words, doc::format(" Price: {}.", {doc::text(clause.price_basis)}));
    return words;
}

// "Alpha, against Beta"; "Alpha and Beta, each against the other" for a mutual right.
Inlines who_words(const Model& full, const governance::Right& right) {
    Inlines words = party_list_and(full, right.holders);
    if (!right.counterparties.empty()) {
        words.push_back(doc::markup(", against "));
        doc::append(words, party_list_and(full, right.counterparties));
    } else if (right.holders.size() == 2) {
        words.push_back(doc::markup(", each against the other"));
    } else if (right.holders.size() > 2) {
        words.push_back(doc::markup(", each against the others"));
    }
    return words;
}

Inlines dates_words(const analysis::Provision& provision, Date day) {
    const auto period = period_words(provision.right->period);
    const auto date = governance::to_iso_string(day);
    std::string state;
    switch (provision.state) {
        case analysis::PeriodState::in_force:
            state = "in force on " + date;
            break;
        case analysis::PeriodState::not_yet_started:
            state = "not yet in force on " + date;
            break;
        case analysis::PeriodState::ended:
            state = "ended by " + date;
            break;
    }
    return {doc::markup((period.empty() ? std::string{"no dates stated"} : period) + "; " +
                        state)};
}

// "**`id`**: scope. Ends: condition. Note: note." under the provisions tables.
void add_provision_note(Notes& notes, const Model& full, const governance::Right& right) {
    Inlines text = cited_text(full, right.scope);
    if (!right.end_condition.empty())
        doc::append(text, doc::format(" Ends: {}", {doc::text(right.end_condition)}));
    if (!right.provenance.note.empty()) {
        text.push_back(doc::markup(" Note: "));
        doc::append(text, cited_text(full, right.provenance.note));
    }
    notes.add({doc::code(right.id)}, text);
}

// One table of provisions, "None recorded." when there are none: the right, two columns of its
// family (their headers and, per right, their cells from `family_cells`), who holds it, its
// dates, confidence and source; then the notes of its rights.
doc::Blocks provisions_table(
    const Model& full, Date day, const std::vector<analysis::Provision>& provisions,
    std::string_view second, std::string_view third,
    const std::function<std::pair<Inlines, Inlines>(const governance::Right&)>& family_cells) {
    if (provisions.empty())
        return {doc::paragraph({doc::markup("None recorded.")})};
    doc::Table table{{{cell("Right")},
                      {cell(second)},
                      {cell(third)},
                      {cell("Who")},
                      {cell("Dates")},
                      {cell("Source (confidence)")}},
                     {}};
    Notes notes(full);
    for (const auto& provision : provisions) {
        const auto& right = *provision.right;
        auto [second_cell, third_cell] = family_cells(right);
        table.rows.push_back({{doc::code(right.id)},
                              std::move(second_cell),
                              std::move(third_cell),
                              who_words(full, right),
                              dates_words(provision, day),
                              provenance_cell(full, right.provenance)});
        add_provision_note(notes, full, right);
    }
    doc::Blocks blocks = {table};
    doc::append(blocks, notes.blocks());
    return blocks;
}

doc::Blocks provisions_section(const Model& full, const analysis::Provisions& provisions,
                               Date day) {
    if (provisions.deadlock_devices.empty() && provisions.transfer_restrictions.empty())
        return {};
    const auto date = governance::to_iso_string(day);
    doc::Blocks blocks = {
        doc::heading(2, {doc::markup("Deadlock devices and transfer restrictions")}),
        doc::paragraph(doc::format(
            "Joint-venture owners agree in advance what happens when they cannot agree "
            "(*deadlock devices*) and when they may sell their stakes or buy more (*transfer "
            "restrictions*). This section lists those the model records between the owners of "
            "{}: what sets each off, what happens, who holds it and when it applies. Those not "
            "in force on {} are listed too, and marked. A right held by several owners "
            "(\"each against the other\") is mutual.",
            {doc::text(party_name(full, full.info.entity)), doc::markup(date)}))};

    blocks.push_back(doc::heading(3, {doc::markup("Deadlock devices")}));
    blocks.push_back(doc::paragraph(
        {doc::markup("A deadlock is a decision that cannot pass because the owners, or the "
                     "directors they appoint, are split. Each device says when a deadlock "
                     "arises and how it ends.")}));
    doc::append(blocks,
                provisions_table(full, day, provisions.deadlock_devices, "Trigger", "What happens",
                                 [&](const governance::Right& right) {
                                     const governance::DeadlockClause clause =
                                         right.deadlock.value_or(governance::DeadlockClause{});
                                     return std::pair{trigger_words(full, clause),
                                                      mechanism_words(full, clause)};
                                 }));

    blocks.push_back(doc::heading(3, {doc::markup("Transfer restrictions and options")}));
    blocks.push_back(doc::paragraph(
        {doc::markup("Each of these limits who may sell or buy a stake, when, and on what "
                     "terms, or gives an owner the option to sell or buy one.")}));
    doc::append(blocks, provisions_table(full, day, provisions.transfer_restrictions, "Kind",
                                         "What it means", [](const governance::Right& right) {
                                             return std::pair{
                                                 cell(kind_words(right.kind)),
                                                 Inlines{doc::text(restriction_words(right))}};
                                         }));
    return blocks;
}

std::string version_state(const Period& period, Date day) {
    if (period.contains(day))
        return "in force";
    if (period.ended_by(day))
        return "ended";
    return "not yet started";
}

// Rights and agreements in force on `day` or ended by then; those that start later are left to
// the report of a later date (the timeline says so).
doc::Blocks rights_and_agreements(const Model& full, Date day) {
    std::vector<const governance::Right*> in_force;
    std::vector<const governance::Right*> ended;
    for (const auto& right : full.rights) {
        if (right.period.contains(day)) {
            in_force.push_back(&right);
        } else if (right.period.ended_by(day)) {
            ended.push_back(&right);
        }
    }
    const auto date = governance::to_iso_string(day);
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Rights and agreements")}),
                          doc::heading(3, {doc::markup("In force on " + date)})};
    doc::append(blocks, rights_table(full, in_force));
    blocks.push_back(doc::heading(3, {doc::markup("Already ended by " + date)}));
    doc::append(blocks, rights_table(full, ended));
    blocks.push_back(doc::heading(3, {doc::markup("Agreement versions")}));
    const auto agreements_shown = std::count_if(
        full.agreements.begin(), full.agreements.end(),
        [&](const governance::Agreement& agreement) { return shown(agreement, day); });
    if (agreements_shown == 0)
        blocks.push_back(doc::paragraph({doc::markup("None.")}));
    for (const auto& agreement : full.agreements) {
        if (!shown(agreement, day))
            continue;
        blocks.push_back(doc::heading(4, name_and_code(agreement.name, agreement.id)));
        Inlines line = {doc::markup("Between ")};
        doc::append(line, doc::join_and(party_names(full, agreement.parties)));
        line.push_back(doc::markup("."));
        const auto confidence = confidence_cell(agreement.provenance);
        if (!confidence.empty()) {
            line.push_back(doc::markup(" Confidence: "));
            doc::append(line, confidence);
            line.push_back(doc::markup("."));
        }
        if (!agreement.provenance.sources.empty()) {
            line.push_back(doc::markup(" "));
            doc::append(line, sources_words(full, "Source", agreement.provenance));
            line.push_back(doc::markup("."));
        }
        if (!agreement.provenance.note.empty()) {
            line.push_back(doc::markup(" Note: "));
            doc::append(line, cited_text(full, agreement.provenance.note));
        }
        blocks.push_back(doc::paragraph(line));
        doc::Table table{{{cell("Version")},
                          {cell("Period (on " + date + ")")},
                          {cell("Summary")},
                          {cell("Source (confidence)")}},
                         {}};
        Notes notes(full);
        for (const auto& version : agreement.versions) {
            if (!shown_on(version, day))
                continue;
            table.rows.push_back({name_and_code(version.name, version.id),
                                  cell(period_text(version.period.from, version.period.until) +
                                       " (" + version_state(version.period, day) + ")"),
                                  cited_text(full, version.summary),
                                  provenance_cell(full, version.provenance)});
            notes.add({doc::code(version.id)}, version.provenance.note);
        }
        if (!table.rows.empty()) {
            blocks.push_back(table);
            doc::append(blocks, notes.blocks());
        }
    }
    return blocks;
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

// The report of the same kind as of a later date among the related reports
// ("governance-latest.md"), or null.
const RelatedReport* later_governance_report(const ReportContext& context) {
    for (const auto& related : context.related) {
        if (related.file.starts_with("governance"))
            return &related;
    }
    return nullptr;
}

// The events up to `day`, and one line saying how many come later and where they are.
doc::Blocks timeline_section(const Model& full, Date day, const ReportContext& context) {
    const auto date = governance::to_iso_string(day);
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Timeline")})};
    const auto later = std::count_if(full.events.begin(), full.events.end(),
                                     [&](const governance::Event& event) {
                                         return !shown_on(event, day);
                                     });
    const auto later_line = [&]() -> doc::Block {
        Inlines line = {doc::markup(fmt::format(
            "{} later {} (after {}) {} not shown: this report describes the state on {}",
            later, later == 1 ? "event" : "events", date, later == 1 ? "is" : "are", date))};
        if (const auto* report = later_governance_report(context)) {
            line.push_back(doc::markup("; see "));
            line.push_back(doc::link({doc::markup(report->file)}, report->file));
        }
        line.push_back(doc::markup("."));
        return doc::paragraph(line);
    };
    if (full.events.size() == static_cast<std::size_t>(later)) {
        blocks.push_back(doc::paragraph({doc::markup("No dated events up to " + date + ".")}));
        if (later > 0)
            blocks.push_back(later_line());
        return blocks;
    }
    std::vector<TimelineSection> sections = {{"Up to " + date, {}}};
    doc::Table table{{{cell("Date")},
                      {cell("Event")},
                      {cell("Status from then")},
                      {cell("Parties")},
                      {cell("Source (confidence)")}},
                     {}};
    Notes notes(full);
    for (const auto& event : full.events) {
        if (!shown_on(event, day))
            continue;
        auto& section = sections[0];
        const auto year = std::to_string(static_cast<int>(event.date.year()));
        if (section.periods.empty() || section.periods.back().label != year) {
            section.periods.push_back({year, {}});
        }
        section.periods.back().events.push_back(month_day(event.date, event.precision) + " — " +
                                                shortened(event.text));
        const auto when = governance::date_text(event.date, event.precision);
        notes.add({doc::markup(when + " "), doc::code(event.id)}, event.provenance.note);
        table.rows.push_back({cell(when),
                              cited_text(full, event.text),
                              {doc::text(event.status)},
                              party_list(full, event.parties),
                              provenance_cell(full, event.provenance)});
    }
    blocks.push_back(doc::paragraph({doc::markup(fmt::format(
        "Every dated event in the model up to {}, by year (the diagram shortens long texts; the "
        "table below has them in full, with sources).",
        date))}));
    blocks.push_back(doc::fenced("mermaid", timeline(full.info.name + " timeline", sections)));
    blocks.push_back(table);
    doc::append(blocks, notes.blocks());
    if (later > 0)
        blocks.push_back(later_line());
    return blocks;
}

// The records that use a claim or an assumption (markup), or `none`.
Inlines usage_cell(const std::map<std::string, std::vector<std::string>>& usage,
                   const std::string& id, std::string_view none) {
    const auto found = usage.find(id);
    return cell(found == usage.end() ? std::string{none} : join(found->second, ", "));
}

doc::Blocks seed_claims(const Model& full, const Usage& usage) {
    doc::Blocks blocks = {
        doc::heading(2, {doc::markup("Claims of the source articles")}),
        doc::paragraph({doc::markup(
            "The claims of the articles this model was built from, and the records that represent "
            "each of them.")})};
    if (full.claims.empty()) {
        blocks.push_back(doc::paragraph({doc::markup("None declared.")}));
        return blocks;
    }
    doc::Table table{{{cell("Claim")}, {cell("Text")}, {cell("Source")}, {cell("Represented by")}},
                     {}};
    for (const auto& claim : full.claims) {
        table.rows.push_back({{doc::text(claim.id)},
                              {doc::text(claim.text)},
                              claim.source.empty() ? Inlines{} : Inlines{source_link(full, claim.source)},
                              usage_cell(usage.by_claim, claim.id, "**not represented**")});
    }
    blocks.push_back(table);
    return blocks;
}

// Whether `text` names `id` as a whole (not as part of a longer id: "GA-1" is not in "GA-10").
bool names_id(std::string_view text, std::string_view id) {
    const auto part_of_id = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               c == '-' || c == '_' || c == '.';
    };
    for (auto at = text.find(id); at != std::string_view::npos; at = text.find(id, at + 1)) {
        const auto end = at + id.size();
        const bool starts = at == 0 || !part_of_id(text[at - 1]);
        // A '.' after the id ends a sentence unless an id character follows it.
        const bool ends = end == text.size() || !part_of_id(text[end]) ||
                          (text[end] == '.' && (end + 1 == text.size() ||
                                                !part_of_id(text[end + 1])));
        if (starts && ends)
            return true;
    }
    return false;
}

// The markdown of the blocks, one after the other (to find the ids they name).
std::string markdown_of(const doc::Blocks& blocks) {
    std::string out;
    for (const auto& block : blocks) {
        out += doc::to_markdown(block);
        out += '\n';
    }
    return out;
}

// The assumptions the report cites (named in `shown`, the markdown of the report so far, or in
// an assumption cited so far), those that state a stake scenario (undated: the summary tests its
// answer against them on every date), and those no record uses (they are about the model as a
// whole).
doc::Blocks assumptions(const Model& full, const Usage& usage, const Usage& all_usage,
                        std::string shown) {
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Assumptions")})};
    const auto states_scenario = [&full](const std::string& id) {
        return std::any_of(full.scenarios.begin(), full.scenarios.end(),
                           [&](const governance::Scenario& s) { return s.assumption == id; });
    };
    std::vector<bool> cited(full.assumptions.size(), false);
    for (bool more = true; more;) {
        more = false;
        for (std::size_t k = 0; k < full.assumptions.size(); ++k) {
            const auto& assumption = full.assumptions[k];
            if (cited[k] || !(names_id(shown, assumption.id) || states_scenario(assumption.id) ||
                              !all_usage.by_assumption.contains(assumption.id)))
                continue;
            cited[k] = true;
            more = true;
            shown += assumption.text + '\n' + assumption.rationale + '\n' +
                     assumption.provenance.note + '\n';
        }
    }
    if (std::find(cited.begin(), cited.end(), true) == cited.end()) {
        blocks.push_back(doc::paragraph({doc::markup("None.")}));
        return blocks;
    }
    doc::Table table{{{cell("Id")},
                      {cell("Assumption")},
                      {cell("Rationale and sources")},
                      {cell("Used by")}},
                     {}};
    for (std::size_t k = 0; k < full.assumptions.size(); ++k) {
        if (!cited[k])
            continue;
        const auto& assumption = full.assumptions[k];
        Inlines rationale = cited_text(full, assumption.rationale);
        if (!assumption.provenance.sources.empty()) {
            if (!assumption.rationale.empty())
                rationale.push_back(doc::markup(" "));
            doc::append(rationale, sources_words(full, "Source", assumption.provenance));
        }
        table.rows.push_back(
            {{doc::text(assumption.id)},
             with_note(full, assumption.text, assumption.provenance),
             std::move(rationale),
             usage_cell(usage.by_assumption, assumption.id, "not used by any record")});
    }
    blocks.push_back(table);
    return blocks;
}

// The sources the report cites: those named in `shown` (the markdown of the report so far). The
// note of a source dated after `day` is left out: it may tell of later events.
doc::Blocks sources(const Model& full, std::string_view shown, Date day) {
    doc::Blocks blocks = {doc::heading(2, {doc::markup("Sources")})};
    std::vector<const governance::Source*> cited;
    for (const auto& source : full.sources) {
        if (names_id(shown, source.id))
            cited.push_back(&source);
    }
    if (cited.empty()) {
        blocks.push_back(doc::paragraph({doc::markup("None.")}));
        return blocks;
    }
    doc::Table table{{{cell("Id")},
                      {cell("Title")},
                      {cell("Publisher")},
                      {cell("Date")},
                      {cell("Language")}},
                     {}};
    Notes notes(full);
    for (const auto* cited_source : cited) {
        const auto& source = *cited_source;
        table.rows.push_back(
            {{doc::text(source.id)},
             source.url.empty() ? Inlines{doc::text(source.title)}
                                : Inlines{doc::link({doc::text(source.title)}, source.url)},
             {doc::text(source.publisher)},
             cell(source.date ? governance::date_text(*source.date, source.date_precision) : ""),
             source.language.empty() ? cell("en") : Inlines{doc::text(source.language)}});
        if (!source.date || governance::last_day(*source.date, source.date_precision) <= day)
            notes.add({doc::text(source.id)}, source.note);
    }
    blocks.push_back(table);
    return doc::append(blocks, notes.blocks());
}

}  // namespace

namespace {

struct Rendered {
    std::string markdown;
    std::vector<OutputFile> tables;
};

Rendered render(const analysis::GovernanceFacts& facts, const ReportContext& context,
                const std::filesystem::path& stem) {
    const Model& full = facts.full;
    const Model& view = facts.on_date;
    const Date as_of = facts.day;
    const auto usage = usage_of(full, as_of);
    doc::Blocks document = title_and_metadata(full, view, as_of, context);
    document.push_back(how_to_read(as_of));
    for (auto section : {overview(full, view, as_of, facts.committed),
                         parties_and_roles(full, view, as_of), ownership(full, view, as_of),
                         decision_bodies(full, view, as_of), decision_rules(full, view),
                         provisions_section(full, facts.provisions, as_of),
                         rights_and_agreements(full, as_of),
                         timeline_section(full, as_of, context), seed_claims(full, usage)}) {
        doc::append(document, std::move(section));
    }
    doc::append(document, assumptions(full, usage, usage_of(full), markdown_of(document)));
    doc::append(document, sources(full, markdown_of(document), as_of));
    doc::append(document, glossary(document));
    auto tables = link_tables_as_csv(document, stem);
    return {doc::to_markdown(document), std::move(tables)};
}

}  // namespace

std::string render_governance_report(const analysis::GovernanceFacts& facts,
                                     const ReportContext& context,
                                     const std::filesystem::path& stem) {
    return render(facts, context, stem).markdown;
}

std::vector<OutputFile> render_governance_files(const analysis::GovernanceFacts& facts,
                                                const ReportContext& context,
                                                const std::filesystem::path& stem) {
    auto rendered = render(facts, context, stem);
    std::vector<OutputFile> files = {
        {std::filesystem::path{stem} += ".md", std::move(rendered.markdown)}};
    for (auto& table : rendered.tables)
        files.push_back(std::move(table));
    return files;
}

}  // namespace jvgov::report
