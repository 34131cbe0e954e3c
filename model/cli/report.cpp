// `jvgov report [FILE] [--out DIR] [--as-of YYYY-MM-DD | --all-dates]`: writes the summary, governance, control and
// voting-power reports of a model, or the example report of a game file (FILE.game.toml).
#include <charconv>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "model/analysis/control.hpp"
#include "model/analysis/example.hpp"
#include "model/analysis/governance.hpp"
#include "model/analysis/summary.hpp"
#include "model/analysis/voting_power.hpp"
#include "model/cli/commands.hpp"
#include "model/cli/editions.hpp"
#include "model/cli/guarded.hpp"
#include "model/cli/output.hpp"
#include "model/cli/report_files.hpp"
#include "model/exact/errors.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/load/game_file.hpp"
#include "model/load/loader.hpp"
#include "model/load/output_names.hpp"
#include "model/report/control_report.hpp"
#include "model/report/example_report.hpp"
#include "model/report/governance_report.hpp"
#include "model/report/summary_report.hpp"
#include "model/report/voting_power_report.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::cli {

namespace {

struct ReportOptions {
    std::string file = "data/stargate.toml";
    std::string out;    // empty: reports/<file stem>
    std::string as_of;  // empty: the model's as_of and the latest event date
    bool all_dates = false;  // one edition per date of the model (model/cli/all_dates.cpp)
};

}  // namespace

std::vector<report::OutputFile> edition_files(const governance::Model& model,
                                              const std::string& model_file,
                                              const std::filesystem::path& out,
                                              const Edition& edition, const EditionFacts& facts,
                                              const std::vector<EditionLink>& others,
                                              const std::vector<report::RelatedReport>& also,
                                              const std::optional<analysis::Changes>& changes,
                                              const std::optional<report::ReportContext::SameAs>&
                                                  power_same_as) {
    const auto day = governance::to_iso_string(edition.day);
    const report::RelatedReport summary_link{
        "summary" + edition.suffix + ".md",
        fmt::format("the one-page answer as of {}: status, who controls it, who decides what, "
                    "the assumptions it rests on",
                    day)};
    const report::RelatedReport governance_link{
        "governance" + edition.suffix + ".md",
        fmt::format("the governance report as of {}, with the sources of every stake", day)};
    const report::RelatedReport control_link{
        "control" + edition.suffix + ".md",
        fmt::format("who ultimately owns and controls the entity as of {}", day)};
    const report::RelatedReport voting_power_link{
        "voting-power" + edition.suffix + ".md",
        fmt::format("the voting power of each party, per body and matter, as of {}", day)};
    report::doc::Blocks opening = report::status_notice(model, edition.day);
    if (changes)
        report::doc::append(opening, report::changes_section(model, *changes, 2));
    const auto context = [&](std::string_view stem, std::vector<report::RelatedReport> related,
                             bool with_opening) {
        report::ReportContext result{model_file, std::string{tool_version}, std::move(related)};
        for (const auto& link : others)
            result.related.push_back(
                {link.prefix + std::string{stem} + link.suffix + ".md", link.description});
        result.related.insert(result.related.end(), also.begin(), also.end());
        if (with_opening)
            result.opening = opening;
        return result;
    };
    // The summary points to the details in few words: it must stay one page.
    const std::vector<report::RelatedReport> details = {
        {governance_link.file, "the stakes, bodies, rules, rights and sources"},
        {control_link.file, "every control test and the look-through interests"},
        {voting_power_link.file, "every power index, per body and matter"}};
    std::vector<report::OutputFile> files;
    files.push_back({out / ("summary" + edition.suffix + ".md"),
                     report::render_summary(
                         analysis::summary_facts(facts.power, facts.control, changes),
                         context("summary", details, false))});
    for (auto& file : report::render_governance_files(
             analysis::governance_facts(model, edition.day),
             context("governance", {summary_link, control_link, voting_power_link}, true),
             out / ("governance" + edition.suffix)))
        files.push_back(std::move(file));
    for (auto& file : report::render_control_files(
             facts.control,
             context("control", {summary_link, governance_link, voting_power_link}, true),
             out / ("control" + edition.suffix)))
        files.push_back(std::move(file));
    auto power_context =
        context("voting-power", {summary_link, governance_link, control_link}, true);
    power_context.same_as = power_same_as;
    for (auto& file : report::render_voting_power_files(facts.power, power_context,
                                                        out / ("voting-power" + edition.suffix)))
        files.push_back(std::move(file));
    return files;
}

namespace {

bool is_game_file(std::string_view file) {
    constexpr std::string_view suffix = ".game.toml";
    return file.size() > suffix.size() && file.substr(file.size() - suffix.size()) == suffix;
}

// Writes the files all or none, lists them on stderr, and returns the exit code.
int write_reports(const std::vector<report::OutputFile>& files) {
    if (const auto error = report::write_files_atomically(files)) {
        print_err(fmt::format("jvgov: error: cannot write {}: {}\n", error->path.string(),
                   error->message));
        return exit_io;
    }
    for (const auto& file : files)
        print_err(fmt::format("jvgov: wrote {}\n", file.path.string()));
    return exit_ok;
}

// The example report of a game file: <out>/<name>.md, name = the file name without .game.toml.
int run_example_report(const ReportOptions& options) {
    if (options.all_dates) {
        print_err("jvgov: error: --all-dates applies to model files, not to game files\n");
        return exit_usage;
    }
    if (!options.as_of.empty()) {
        print_err("jvgov: error: --as-of applies to model files, not to game files\n");
        return exit_usage;
    }
    const std::filesystem::path file{options.file};
    const std::string name = file.filename().string();
    const std::filesystem::path out = options.out.empty()
                                          ? std::filesystem::path{"reports"} / "examples"
                                          : std::filesystem::path{options.out};
    const load::GameFileResult loaded = load::load_game_file(file);
    for (const auto& diagnostic : loaded.diagnostics) {
        print_err(load::format(diagnostic) + "\n");
    }
    if (loaded.unreadable)
        return exit_io;
    if (!loaded.game_file)
        return exit_invalid_input;
    // What the analysis still refuses (an index over the memory budget) is an InputError, which
    // run_guarded prints located at the file, with exit 1 and nothing written.
    const report::ReportContext context{options.file, std::string{tool_version}, {}};
    return write_reports(report::render_example_files(
        analysis::analyse_example(*loaded.game_file), context,
        out / name.substr(0, name.size() - std::string_view{".game.toml"}.size())));
}

int run_report(const ReportOptions& options) {
    if (is_game_file(options.file))
        return run_example_report(options);
    if (options.all_dates && !options.as_of.empty()) {
        print_err("jvgov: error: --all-dates and --as-of cannot be used together: --all-dates "
                  "writes the reports of every date of the model\n");
        return exit_usage;
    }
    std::optional<governance::Date> requested;
    if (!options.as_of.empty()) {
        requested = governance::parse_iso_date(options.as_of);
        if (!requested) {
            print_err(fmt::format("jvgov: error: --as-of: '{}' is not a date of the form YYYY-MM-DD\n",
                       options.as_of));
            return exit_usage;
        }
    }

    const auto loaded = load::load_model_file(options.file);
    for (const auto& diagnostic : loaded.diagnostics) {
        print_err(load::format(diagnostic) + "\n");
    }
    if (loaded.unreadable)
        return exit_io;
    if (!loaded.model)
        return exit_invalid_input;
    const auto& model = *loaded.model;
    if (!requested && !model.info.as_of && !options.all_dates) {
        print_err(fmt::format("{}: error: the model has no as_of date; pass --as-of\n", options.file));
        return exit_invalid_input;
    }

    const std::filesystem::path out =
        !options.out.empty()
            ? std::filesystem::path{options.out}
            : std::filesystem::path{"reports"} / std::filesystem::path{options.file}.stem();
    if (options.all_dates)
        return write_reports(all_dates_files(model, options.file, out));
    // The loader's checks leave no invalid structure for the analyses to find; what a library
    // function would still refuse (a game over the memory budget, a rule the compiler cannot
    // express) is an InputError, which run_guarded prints located at the file, with exit 1 and
    // nothing written.
    const auto files = model_report_files(model, options.file, out, requested);
    return write_reports(files);
}

}  // namespace

std::vector<report::OutputFile> model_report_files(const governance::Model& model,
                                                   const std::string& model_file,
                                                   const std::filesystem::path& out,
                                                   std::optional<governance::Date> as_of) {
    if (!as_of && !model.info.as_of)
        throw PreconditionError("model_report_files: no date (the model has no as_of)");
    std::vector<Edition> editions;
    if (as_of) {
        editions.push_back({*as_of, ""});
    } else {
        editions.push_back({*model.info.as_of, ""});
        // A latest event on the model's own date would give the same edition twice.
        if (const auto latest = governance::latest_event_date(model);
            latest && *latest != *model.info.as_of)
            editions.push_back({*latest, std::string{load::latest_edition_suffix}});
    }
    std::vector<EditionFacts> facts;
    for (const auto& edition : editions)
        facts.push_back({analysis::analyse_voting_power(model, edition.day),
                         analysis::control_facts(model, edition.day)});
    std::vector<report::OutputFile> files;
    for (std::size_t i = 0; i < editions.size(); ++i) {
        const Edition* other = editions.size() > 1 ? &editions[1 - i] : nullptr;
        std::vector<EditionLink> others;
        if (other)
            others.push_back({"", other->suffix,
                              fmt::format("the same report as of {}, {}",
                                          governance::to_iso_string(other->day),
                                          other->suffix.empty() ? "the model's own date"
                                                                : "the date of the latest event")});
        std::optional<analysis::Changes> changes;
        std::optional<report::ReportContext::SameAs> power_same_as;
        if (other && other->day < editions[i].day) {
            const auto& earlier = facts[1 - i];
            changes = analysis::changes_between(earlier.power, earlier.control, facts[i].power,
                                                facts[i].control);
            if (analysis::same_voting_power(earlier.power, facts[i].power))
                power_same_as = {"voting-power" + other->suffix + ".md", other->day};
        }
        for (auto& file : edition_files(model, model_file, out, editions[i], facts[i], others, {},
                                        changes, power_same_as))
            files.push_back(std::move(file));
    }
    return files;
}

void register_report(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ReportOptions>();
    auto* cmd = app.add_subcommand(
        "report",
        "Write the summary, governance, ownership-and-control and voting-power reports of a "
        "model (markdown)");
    cmd->description(
        "Write the summary, governance, ownership-and-control and voting-power reports of a\n"
        "model (markdown).\n"
        "Without --as-of, writes into DIR summary.md, governance.md, control.md and\n"
        "voting-power.md, the model as of its own as_of date, and summary-latest.md,\n"
        "governance-latest.md, control-latest.md and voting-power-latest.md, the same reports as\n"
        "of the date of the model's latest event (not written when the model has no events or\n"
        "its latest event is on its as_of date); the later edition opens with what changed since\n"
        "the earlier one, and its voting-power report links back to the earlier one when nothing\n"
        "deciding the power changed. With --as-of, writes only summary.md, governance.md,\n"
        "control.md and voting-power.md, as of that date.\n"
        "With --all-dates, writes instead one edition per date of the model (its as_of and the\n"
        "date of every event; an event known only to its month on the month's last day), each\n"
        "in its own folder DIR/YYYY-MM-DD/ with the four reports of that date, each after the\n"
        "first opening with what changed since the previous date, and DIR/timeline.md, every\n"
        "date with its events and status, linking that date's reports. A date on which the\n"
        "entity does not exist gets a line in the timeline and no folder.\n"
        "summary.md is the one-page answer: status, who controls the entity and by which test,\n"
        "who decides or blocks each matter, the assumptions that rests on. control.md shows who\n"
        "ultimately owns the model's entity (look-through economic interest) and who controls\n"
        "each company; voting-power.md the exact power indices of every player, per body and\n"
        "matter. Charts, CSV tables, explanation files and JSON are written beside them.\n"
        "The model is checked first: on any error every diagnostic is printed to stderr, nothing\n"
        "is written and the exit code is 1. Files are written atomically, all or none: a failed\n"
        "run leaves the old reports intact (exit code 3). The written paths are listed on stderr;\n"
        "nothing goes to stdout.\n"
        "A game file (FILE ending in .game.toml, docs/game-format.md) gives instead the example\n"
        "report DIR/<name>.md (name: the file name without .game.toml; default DIR\n"
        "reports/examples): the game's source, rule, exact power of every player, findings and\n"
        "the published values it reproduces.");
    cmd->add_option("FILE", options->file, "The model file (TOML) or a game file (.game.toml)")
        ->capture_default_str();
    cmd->add_option("--out", options->out,
                    "Output directory, created if missing (default: reports/<FILE's stem>, or "
                    "reports/examples for a game file)");
    cmd->add_option("--as-of", options->as_of,
                    "Describe the model as of this date (YYYY-MM-DD) instead of its own as_of");
    cmd->add_flag("--all-dates", options->all_dates,
                  "Write one edition per date of the model (its as_of and every event date) in "
                  "DIR/YYYY-MM-DD/, and DIR/timeline.md linking them; not with --as-of");
    cmd->callback([options, &exit_code] {
        exit_code = run_guarded(options->file, [&options] { return run_report(*options); });
    });
}

}  // namespace jvgov::cli
