// `jvgov check FILE...`: validates model files and prints every diagnostic to stderr.
#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "model/analysis/governance.hpp"
#include "model/cli/commands.hpp"
#include "model/cli/guarded.hpp"
#include "model/cli/output.hpp"
#include "model/compile/compile_games.hpp"
#include "model/exact/errors.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/registry.hpp"
#include "model/load/loader.hpp"
#include "model/ownership/indirect_power.hpp"
#include "model/power/oceanic.hpp"

namespace jvgov::cli {

namespace {

// The matter record in force on `day` (else the first with its id), for locating a problem.
const load::MatterSite* site_of(const std::vector<load::MatterSite>& sites,
                                const governance::Matter& matter, governance::Date day) {
    const load::MatterSite* first = nullptr;
    for (const load::MatterSite& site : sites) {
        if (site.id != matter.id || site.body != matter.body)
            continue;
        if (site.period.contains(day))
            return &site;
        if (first == nullptr)
            first = &site;
    }
    return first;
}

// What `jvgov report` (without --as-of) refuses after loading and the loader cannot see, on the
// dates it reports (the model's as_of date and its latest event's): the entity not existing on
// one of them (located at its record's `until`, or `from` when the date is before it); a matter
// whose rule cannot be compiled in a view
// (an improper rule, a composite rule of more than 64 players, ...), with a dispersed float
// beside more major holders than the oceanic values support, or whose game composed with the
// members' own games has more than 64 ultimate players (ownership::indirect_power_refusal),
// located at the matter's rule.
// Each problem once.
std::vector<load::Diagnostic> report_problems(const std::string& file,
                                              const governance::Model& model,
                                              const load::LoadResult& loaded) {
    const std::vector<load::MatterSite>& sites = loaded.matter_sites;
    std::vector<std::pair<governance::Date, std::string>> days;
    if (model.info.as_of)
        days.emplace_back(*model.info.as_of, "the model's as_of date");
    if (const auto latest = governance::latest_event_date(model);
        latest && latest != model.info.as_of)
        days.emplace_back(*latest, "the date of its latest event");
    std::vector<load::Diagnostic> problems;
    std::set<std::pair<int, std::string>> seen;  // (line, problem): each once
    for (const auto& [day, which] : days) {
        const governance::Model on = governance::as_of(model, day);
        try {
            analysis::require_entity(on, day);
        } catch (const InputError& error) {
            const governance::Party* entity = governance::find_party(model, model.info.entity);
            const load::EntitySite& at = loaded.entity_site;
            const bool ended = entity != nullptr && entity->period.ended_by(day);
            problems.push_back(load::Diagnostic{
                file, ended ? at.until_line : at.from_line, ended ? at.until_column : at.from_column,
                load::Diagnostic::Severity::error,
                fmt::format("{} ({}: jvgov report refuses it)", error.what(), which)});
            continue;
        }
        for (const governance::Body& body : on.bodies) {
            if (body.of != on.info.entity)
                continue;
            const bool board = body.kind == governance::BodyKind::board;
            for (const governance::Matter* matter : governance::matters_of(on, body.id)) {
                std::vector<std::string> found;
                for (const compile::View view :
                     board ? std::vector{compile::View::individual, compile::View::bloc}
                           : std::vector{compile::View::members}) {
                    try {
                        const compile::CompiledGame game =
                            compile::compile_matter(on, body, *matter, view);
                        const auto majors = static_cast<int>(game.players.size());
                        if (game.ocean && majors > power::max_oceanic_majors)
                            found.push_back(fmt::format(
                                "body '{}', matter '{}': {} major holders: at most {} are "
                                "supported beside an ocean",
                                body.id, matter->id, majors, power::max_oceanic_majors));
                        if (view != compile::View::individual) {
                            if (auto problem = ownership::indirect_power_refusal(on, game))
                                found.push_back(std::move(*problem));
                        }
                    } catch (const InputError& error) {
                        found.emplace_back(error.what());
                    }
                }
                const load::MatterSite* site = site_of(sites, *matter, day);
                for (const std::string& problem : found) {
                    const int line = site != nullptr ? site->line : 0;
                    if (!seen.insert({line, problem}).second)
                        continue;
                    problems.push_back(load::Diagnostic{
                        file, line, site != nullptr ? site->column : 0,
                        load::Diagnostic::Severity::error,
                        fmt::format("{} (on {}, {}: jvgov report refuses it)", problem,
                                    governance::to_iso_string(day), which)});
                }
            }
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const load::Diagnostic& a, const load::Diagnostic& b) {
                         return a.line < b.line;
                     });
    return problems;
}

// Checks each file in turn; the worst outcome decides the exit code (I/O error over invalid).
int run_check(const std::vector<std::string>& files) {
    int result = exit_ok;
    for (const std::string& file : files) {
        const load::LoadResult loaded = load::load_model_file(file);
        for (const load::Diagnostic& diagnostic : loaded.diagnostics) {
            print_err(load::format(diagnostic) + "\n");
        }
        if (loaded.unreadable) {
            result = exit_io;
        } else if (!loaded.model && result == exit_ok) {
            result = exit_invalid_input;
        }
        if (!loaded.model)
            continue;
        const auto problems = report_problems(file, *loaded.model, loaded);
        for (const load::Diagnostic& diagnostic : problems)
            print_err(load::format(diagnostic) + "\n");
        if (!problems.empty() && result == exit_ok)
            result = exit_invalid_input;
    }
    return result;
}

}  // namespace

void register_check(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("check", "Validate model files and report every problem");
    cmd->footer(
        "Each problem is printed to stderr as 'path:line:col: error: message' (or 'warning:').\n"
        "Every matter is also compiled on the dates jvgov report analyses (the model's as_of\n"
        "and its latest event), so check reports what report would refuse.\n"
        "Nothing is written to stdout or to any file.\n"
        "Exit codes: 0 every file is valid (warnings allowed), 1 at least one file has an error,\n"
        "2 usage error, 3 a file cannot be read.");
    auto files = std::make_shared<std::vector<std::string>>();
    cmd->add_option("FILE", *files, "model files (TOML, see docs/data-format.md)")->required();
    cmd->callback([files, &exit_code] {
        exit_code = run_guarded("jvgov", [&files] { return run_check(*files); });
    });
}

}  // namespace jvgov::cli
