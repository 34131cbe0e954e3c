#include <fmt/core.h>

#include "model/analysis/timeline.hpp"
#include "model/cli/commands.hpp"
#include "model/cli/editions.hpp"
#include "model/governance/date.hpp"
#include "model/report/timeline_report.hpp"

namespace jvgov::cli {

std::vector<report::OutputFile> all_dates_files(const governance::Model& model,
                                                const std::string& model_file,
                                                const std::filesystem::path& out) {
    const auto dates = analysis::timeline_dates(model);
    std::vector<governance::Date> days;  // the dates with reports
    for (const auto& date : dates) {
        if (date.entity_exists)
            days.push_back(date.day);
    }
    const report::RelatedReport timeline{
        "../timeline.md",
        "every date of the model with its events and status, and the reports of each date"};
    std::vector<report::OutputFile> files;
    std::optional<EditionFacts> previous;
    std::optional<governance::Date> shown_power;  // the last date whose report shows the power
    for (std::size_t i = 0; i < days.size(); ++i) {
        const std::string day = governance::to_iso_string(days[i]);
        EditionFacts facts{analysis::analyse_voting_power(model, days[i]),
                           analysis::control_facts(model, days[i])};
        std::vector<EditionLink> others;
        if (i > 0) {
            const std::string before = governance::to_iso_string(days[i - 1]);
            others.push_back({"../" + before + "/", "",
                              fmt::format("the same report as of {}, the previous date", before)});
        }
        if (i + 1 < days.size()) {
            const std::string after = governance::to_iso_string(days[i + 1]);
            others.push_back({"../" + after + "/", "",
                              fmt::format("the same report as of {}, the next date", after)});
        }
        std::optional<analysis::Changes> changes;
        // A voting power as on the previous date links back to the last date that shows it.
        std::optional<report::ReportContext::SameAs> power_same_as;
        if (previous) {
            changes = analysis::changes_between(previous->power, previous->control, facts.power,
                                                facts.control);
            if (analysis::same_voting_power(previous->power, facts.power))
                power_same_as = {"../" + governance::to_iso_string(*shown_power) +
                                     "/voting-power.md",
                                 *shown_power};
        }
        if (!power_same_as)
            shown_power = days[i];
        for (auto& file : edition_files(model, model_file, out / day, {days[i], ""}, facts,
                                        others, {timeline}, changes, power_same_as))
            files.push_back(std::move(file));
        previous.emplace(std::move(facts));
    }
    files.push_back({out / "timeline.md",
                     report::render_timeline(
                         model, dates, report::ReportContext{model_file, std::string{tool_version}, {}})});
    return files;
}

}  // namespace jvgov::cli
