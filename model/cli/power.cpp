// Placeholder: the 'power' subcommand is being built (see the open issues).
#include <fmt/core.h>

#include "model/cli/commands.hpp"

namespace jvgov::cli {

void register_power(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("power", "(not yet available)");
    cmd->allow_extras();
    cmd->callback([&exit_code] {
        fmt::print(stderr, "jvgov: error: 'power' is not available yet\n");
        exit_code = exit_usage;
    });
}

}  // namespace jvgov::cli
