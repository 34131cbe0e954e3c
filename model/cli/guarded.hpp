// The one place where the command line turns exceptions into diagnostics and exit codes.
//
// Every subcommand runs inside run_guarded, so that a failure is reported the same way
// everywhere and a bug never passes for bad input:
// - UsageError (thrown by a command): "jvgov: error: <message>", exit 2 (exit_usage).
// - InputError (bad input: a game, a quota, a rule the compiler cannot express, a computation
//   over its budget, ...): "<context>: error: <message>", exit 1 (exit_invalid_input).
// - OutputError (stdout could not be written, output.hpp): "jvgov: error: <message>", exit 3
//   (exit_io).
// - any other exception (a broken precondition, std::bad_alloc, ...): "jvgov: internal error:
//   <message>" and a request for a bug report, exit 70 (exit_internal).
#pragma once

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string_view>

namespace jvgov::cli {

// A command line that is well formed for CLI11 but asks for something impossible ("give either a
// game file or --weights"). what() is the message without "error:".
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Runs `command` and returns its exit code, or the exit code of the exception it throws (above),
// after printing the diagnostic to `diagnostics` (never throwing if that fails). `context` locates input errors: the input
// file ("data/stargate.toml") or "jvgov".
int run_guarded(std::string_view context, const std::function<int()>& command,
                std::FILE* diagnostics = stderr);

}  // namespace jvgov::cli
