// `jvgov check FILE...`: validates model files and prints every diagnostic to stderr.
#include <string>
#include <vector>

#include <fmt/core.h>

#include "model/cli/commands.hpp"
#include "model/cli/guarded.hpp"
#include "model/cli/output.hpp"
#include "model/load/loader.hpp"

namespace jvgov::cli {

namespace {

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
    }
    return result;
}

}  // namespace

void register_check(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("check", "Validate model files and report every problem");
    cmd->footer(
        "Each problem is printed to stderr as 'path:line:col: error: message' (or 'warning:').\n"
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
