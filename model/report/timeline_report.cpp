#include "model/report/timeline_report.hpp"

#include <fmt/format.h>

#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/report/citation.hpp"

namespace jvgov::report {

namespace {

// "Reports: [summary](2025-01-22/summary.md), [governance](...), [control](...) and
// [voting power](...)."
doc::Inlines report_links(const std::string& folder) {
    const std::vector<std::pair<std::string, std::string>> reports = {
        {"summary", "summary"},
        {"governance", "governance"},
        {"control", "control"},
        {"voting power", "voting-power"}};
    std::vector<doc::Inlines> links;
    for (const auto& [label, stem] : reports)
        links.push_back({doc::link({doc::markup(label)}, folder + "/" + stem + ".md")});
    doc::Inlines content{doc::markup("Reports: ")};
    doc::append(content, doc::join_parts_and(links));
    content.push_back(doc::markup("."));
    return content;
}

doc::Blocks date_section(const governance::Model& full, const analysis::TimelineDate& date) {
    const std::string day = governance::to_iso_string(date.day);
    doc::Inlines status;
    if (date.status.empty()) {
        status.push_back(doc::markup("Status: not given in the model."));
    } else {
        status = {doc::markup("Status: "), doc::strong({doc::text(date.status)}),
                  doc::markup(".")};
    }
    if (date.is_as_of)
        status.push_back(doc::markup(" This is the model's own date (its as_of)."));
    status.push_back(doc::markup(" "));
    if (date.entity_exists) {
        doc::append(status, report_links(day));
    } else {
        status.push_back(doc::text(fmt::format(
            "No reports: {} does not exist on this date, so its governance, power and control "
            "cannot be analysed.",
            governance::party_name(full, full.info.entity))));
    }
    std::vector<doc::Inlines> events;
    for (const auto* event : date.events) {
        doc::Inlines line;
        if (event->precision == governance::DatePrecision::month)
            line.push_back(doc::markup(governance::date_text(event->date, event->precision) +
                                       " (known only to the month): "));
        doc::append(line, cited_text(full, event->text, "governance.md"));
        events.push_back(std::move(line));
    }
    if (events.empty())
        events.push_back({doc::markup("No event on this date.")});
    return {doc::heading(2, {doc::markup(day)}), doc::paragraph(std::move(status)),
            doc::bullet_list(std::move(events))};
}

}  // namespace

std::string render_timeline(const governance::Model& full,
                            const std::vector<analysis::TimelineDate>& dates,
                            const ReportContext& context) {
    Metadata metadata;
    metadata.title = {doc::text(full.info.name), doc::markup(": reports on every date")};
    doc::Blocks document = title_and_metadata(metadata, context);
    std::size_t reported = 0;
    for (const auto& date : dates)
        reported += date.entity_exists ? 1 : 0;
    const std::string entity = governance::party_name(full, full.info.entity);
    doc::Inlines intro{doc::text(fmt::format(
        "One edition of the reports for each date of the model: its own date and the date of "
        "every event, earliest first ({} dates, {} with reports). Each edition is a folder named "
        "after its date with the summary, governance, control and voting-power reports as of "
        "that date; each edition after the first opens with what changed since the previous "
        "one. An event known only to its month is listed on the last day of that month.",
        dates.size(), reported))};
    if (reported < dates.size())
        intro.push_back(doc::text(fmt::format(
            " On a date when {} does not exist (before it is announced or formed, or after it "
            "ends) there are no reports.",
            entity)));
    document.push_back(doc::paragraph(std::move(intro)));
    for (const auto& date : dates)
        doc::append(document, date_section(full, date));
    return doc::to_markdown(document);
}

}  // namespace jvgov::report
