#include "model/cli/guarded.hpp"

#include <exception>

#include <fmt/core.h>

#include "model/cli/commands.hpp"
#include "model/cli/output.hpp"
#include "model/exact/errors.hpp"

namespace jvgov::cli {

namespace {

void report_internal_error(std::FILE* diagnostics, std::string_view what) noexcept {
    try {
        print_err(fmt::format("jvgov: internal error: {}; this is a bug in jvgov, please report "
                              "it with the command line and input that caused it\n",
                              what),
                  diagnostics);
    } catch (...) {  // no memory left to format the message: the exit code tells
    }
}

}  // namespace

int run_guarded(std::string_view context, const std::function<int()>& command,
                std::FILE* diagnostics) {
    try {
        return command();
    } catch (const UsageError& error) {
        print_err(fmt::format("jvgov: error: {}\n", error.what()), diagnostics);
        return exit_usage;
    } catch (const InputError& error) {
        print_err(fmt::format("{}: error: {}\n", context, error.what()), diagnostics);
        return exit_invalid_input;
    } catch (const OutputError& error) {
        print_err(fmt::format("jvgov: error: {}\n", error.what()), diagnostics);
        return exit_io;
    } catch (const std::exception& error) {
        report_internal_error(diagnostics, error.what());
        return exit_internal;
    } catch (...) {
        report_internal_error(diagnostics, "an exception that is not a std::exception");
        return exit_internal;
    }
}

}  // namespace jvgov::cli
