// `jvgov report [FILE] [--out DIR] [--as-of YYYY-MM-DD]`: writes the governance, control and
// voting-power reports.
#include <charconv>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "model/cli/commands.hpp"
#include "model/compile/compile_games.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/load/loader.hpp"
#include "model/report/control_report.hpp"
#include "model/report/governance_report.hpp"
#include "model/report/voting_power_report.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::cli {

namespace {

struct ReportOptions {
    std::string file = "data/stargate.toml";
    std::string out;    // empty: reports/<file stem>
    std::string as_of;  // empty: the model's as_of and the latest event date
};

int run_report(const ReportOptions& options) {
    std::optional<governance::Date> requested;
    if (!options.as_of.empty()) {
        requested = governance::parse_iso_date(options.as_of);
        if (!requested) {
            fmt::print(stderr, "jvgov: error: --as-of: '{}' is not a date of the form YYYY-MM-DD\n",
                       options.as_of);
            return exit_usage;
        }
    }

    const auto loaded = load::load_model_file(options.file);
    for (const auto& diagnostic : loaded.diagnostics) {
        fmt::print(stderr, "{}\n", load::format(diagnostic));
    }
    if (loaded.unreadable)
        return exit_io;
    if (!loaded.model)
        return exit_invalid_input;
    const auto& model = *loaded.model;
    if (!requested && !model.info.as_of) {
        fmt::print(stderr, "{}: error: the model has no as_of date; pass --as-of\n", options.file);
        return exit_invalid_input;
    }

    const std::filesystem::path out =
        !options.out.empty()
            ? std::filesystem::path{options.out}
            : std::filesystem::path{"reports"} / std::filesystem::path{options.file}.stem();
    // Each report links to its sibling on the same date and to the same report on the other date.
    const auto governance_link = [](governance::Date day) -> report::RelatedReport {
        return {"governance.md", fmt::format("the governance report as of {}, with the sources of "
                                             "every stake",
                                             governance::to_iso_string(day))};
    };
    const auto control_link = [](const std::string& file,
                                 governance::Date day) -> report::RelatedReport {
        return {file, fmt::format("who ultimately owns and controls the entity as of {}",
                                  governance::to_iso_string(day))};
    };
    const auto voting_power_link = [](const std::string& file,
                                      governance::Date day) -> report::RelatedReport {
        return {file, fmt::format("the voting power of each party, per body and matter, as of {}",
                                  governance::to_iso_string(day))};
    };
    std::vector<report::OutputFile> files;
    // The loader checks stakes one issuer at a time; the ownership analysis can still find a
    // set of companies held only by one another, which has no ultimate holder.
    try {
        if (requested) {
            const report::ReportContext governance_context{
                options.file,
                std::string{tool_version},
                {control_link("control.md", *requested),
                 voting_power_link("voting-power.md", *requested)}};
            const report::ReportContext control_context{
                options.file,
                std::string{tool_version},
                {governance_link(*requested), voting_power_link("voting-power.md", *requested)}};
            const report::ReportContext voting_power_context{
                options.file,
                std::string{tool_version},
                {governance_link(*requested), control_link("control.md", *requested)}};
            files.push_back({out / "governance.md", report::render_governance_report(
                                                        model, *requested, governance_context)});
            files.push_back({out / "control.md",
                             report::render_control_report(model, *requested, control_context)});
            files.push_back(
                {out / "voting-power.md",
                 report::render_voting_power_report(model, *requested, voting_power_context)});
        } else {
            const auto model_date = *model.info.as_of;
            const auto latest = governance::latest_event_date(model);
            report::ReportContext main_context{options.file,
                                               std::string{tool_version},
                                               {control_link("control.md", model_date),
                                                voting_power_link("voting-power.md", model_date)}};
            report::ReportContext control_context{
                options.file,
                std::string{tool_version},
                {governance_link(model_date), voting_power_link("voting-power.md", model_date)}};
            report::ReportContext voting_power_context{
                options.file,
                std::string{tool_version},
                {governance_link(model_date), control_link("control.md", model_date)}};
            if (latest) {
                main_context.related.push_back(
                    {"governance-latest.md",
                     fmt::format("the same report as of {}, the date of the latest event",
                                 governance::to_iso_string(*latest))});
                control_context.related.push_back(
                    {"control-latest.md",
                     fmt::format("the same report as of {}, the date of the latest event",
                                 governance::to_iso_string(*latest))});
                voting_power_context.related.push_back(
                    {"voting-power-latest.md",
                     fmt::format("the same report as of {}, the date of the latest event",
                                 governance::to_iso_string(*latest))});
            }
            files.push_back({out / "governance.md",
                             report::render_governance_report(model, model_date, main_context)});
            if (latest) {
                const report::ReportContext latest_context{
                    options.file,
                    std::string{tool_version},
                    {control_link("control-latest.md", *latest),
                     voting_power_link("voting-power-latest.md", *latest),
                     {"governance.md", fmt::format("the same report as of {}, the model's own date",
                                                   governance::to_iso_string(model_date))}}};
                files.push_back({out / "governance-latest.md",
                                 report::render_governance_report(model, *latest, latest_context)});
            }
            files.push_back({out / "control.md",
                             report::render_control_report(model, model_date, control_context)});
            if (latest) {
                const report::ReportContext latest_control_context{
                    options.file,
                    std::string{tool_version},
                    {{"governance-latest.md",
                      fmt::format("the governance report as of {}, with the sources of every stake",
                                  governance::to_iso_string(*latest))},
                     voting_power_link("voting-power-latest.md", *latest),
                     {"control.md", fmt::format("the same report as of {}, the model's own date",
                                                governance::to_iso_string(model_date))}}};
                files.push_back(
                    {out / "control-latest.md",
                     report::render_control_report(model, *latest, latest_control_context)});
            }
            files.push_back(
                {out / "voting-power.md",
                 report::render_voting_power_report(model, model_date, voting_power_context)});
            if (latest) {
                const report::ReportContext latest_voting_power_context{
                    options.file,
                    std::string{tool_version},
                    {{"governance-latest.md",
                      fmt::format("the governance report as of {}, with the sources of every stake",
                                  governance::to_iso_string(*latest))},
                     control_link("control-latest.md", *latest),
                     {"voting-power.md",
                      fmt::format("the same report as of {}, the model's own date",
                                  governance::to_iso_string(model_date))}}};
                files.push_back({out / "voting-power-latest.md",
                                 report::render_voting_power_report(model, *latest,
                                                                    latest_voting_power_context)});
            }
        }
    } catch (const std::invalid_argument& error) {
        fmt::print(stderr, "{}: error: {}\n", options.file, error.what());
        return exit_invalid_input;
    } catch (const compile::CompileError& error) {
        fmt::print(stderr, "{}: error: {}\n", options.file, error.what());
        return exit_invalid_input;
    }

    if (const auto error = report::write_files_atomically(files)) {
        fmt::print(stderr, "jvgov: error: cannot write {}: {}\n", error->path.string(),
                   error->message);
        return exit_io;
    }
    for (const auto& file : files)
        fmt::print(stderr, "jvgov: wrote {}\n", file.path.string());
    return exit_ok;
}

}  // namespace

void register_report(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ReportOptions>();
    auto* cmd = app.add_subcommand(
        "report",
        "Write the governance, ownership-and-control and voting-power reports of a model "
        "(markdown)");
    cmd->description(
        "Write the governance, ownership-and-control and voting-power reports of a model\n"
        "(markdown).\n"
        "Without --as-of, writes six files into DIR: governance.md, control.md and\n"
        "voting-power.md, the model as of its own as_of date, and governance-latest.md,\n"
        "control-latest.md and voting-power-latest.md, the same reports as of the date of the\n"
        "model's latest event (not written when the model has no events), so the two states can\n"
        "be compared. With --as-of, writes only governance.md, control.md and voting-power.md, as\n"
        "of that date. control.md shows who ultimately owns the model's entity (look-through\n"
        "economic interest) and who controls each company (by votes or by appointing its board);\n"
        "voting-power.md the exact power indices of every player, per body and matter.\n"
        "The model is checked first: on any error every diagnostic is printed to stderr, nothing\n"
        "is written and the exit code is 1. Files are written atomically, all or none: a failed\n"
        "run leaves the old reports intact (exit code 3). The written paths are listed on stderr;\n"
        "nothing goes to stdout.");
    cmd->add_option("FILE", options->file, "The model file (TOML)")->capture_default_str();
    cmd->add_option("--out", options->out,
                    "Output directory, created if missing (default: reports/<FILE's stem>)");
    cmd->add_option("--as-of", options->as_of,
                    "Describe the model as of this date (YYYY-MM-DD) instead of its own as_of");
    cmd->callback([options, &exit_code] { exit_code = run_report(*options); });
}

}  // namespace jvgov::cli
