// Placeholder: the 'check' subcommand is being built (see the open issues).
#include <fmt/core.h>

#include "model/cli/commands.hpp"

namespace jvgov::cli {

void register_check(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("check", "(not yet available)");
    cmd->allow_extras();
    cmd->callback([&exit_code] {
        fmt::print(stderr, "jvgov: error: 'check' is not available yet\n");
        exit_code = exit_usage;
    });
}

}  // namespace jvgov::cli
