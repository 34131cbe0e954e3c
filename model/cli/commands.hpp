// The jvgov subcommands. Each register_* adds one subcommand to the application; when the user
// chooses it, its callback runs the command and stores the process exit code in `exit_code`.
// Commands parse arguments and call the library; they hold no analysis logic of their own.
#pragma once

#include <CLI/CLI.hpp>

namespace jvgov::cli {

// The name and version printed by --version and written into every report.
inline constexpr const char* tool_version = "jvgov 0.1.0";

// Documented exit codes (README, `jvgov --help`).
enum ExitCode : int {
    exit_ok = 0,             // success
    exit_invalid_input = 1,  // the model or game is invalid (diagnostics on stderr)
    exit_usage = 2,          // bad command line
    exit_io = 3,             // cannot read an input or write an output
    exit_internal = 70,      // a bug: an unexpected exception
};

void register_check(CLI::App& app, int& exit_code);
void register_report(CLI::App& app, int& exit_code);
void register_power(CLI::App& app, int& exit_code);
void register_explain(CLI::App& app, int& exit_code);

}  // namespace jvgov::cli
