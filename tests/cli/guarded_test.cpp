// The guarded runner of the command line: each kind of failure gets its own diagnostic and exit
// code, and a bug (any exception but bad input) never passes for bad input.
#include "model/cli/guarded.hpp"

#include <cstdio>
#include <new>
#include <stdexcept>
#include <string>

#include <catch2/catch.hpp>

#include "model/cli/commands.hpp"
#include "model/compile/compile_games.hpp"
#include "model/exact/errors.hpp"
#include "model/power/compute.hpp"

namespace cli = jvgov::cli;

namespace {

struct Run {
    int exit_code;
    std::string diagnostics;
};

// Runs `command` guarded, with the diagnostics written to a temporary file and read back.
Run run(const std::function<int()>& command, std::string_view context = "data/x.toml") {
    std::FILE* file = std::tmpfile();
    REQUIRE(file != nullptr);
    const int code = cli::run_guarded(context, command, file);
    std::rewind(file);
    std::string text;
    for (int c = std::fgetc(file); c != EOF; c = std::fgetc(file)) {
        text += static_cast<char>(c);
    }
    std::fclose(file);
    return {code, text};
}

const std::string internal_tail =
    "; this is a bug in jvgov, please report it with the command line and input that caused it\n";

}  // namespace

TEST_CASE("a command that returns passes its exit code through", "[cli]") {
    const Run ok = run([] { return cli::exit_ok; });
    CHECK(ok.exit_code == 0);
    CHECK(ok.diagnostics.empty());
    CHECK(run([] { return cli::exit_io; }).exit_code == 3);
}

TEST_CASE("bad input exits 1 with its message located at the context", "[cli]") {
    const Run bad = run([]() -> int { throw jvgov::InputError("quota '0%' is wrong"); });
    CHECK(bad.exit_code == cli::exit_invalid_input);
    CHECK(bad.exit_code == 1);
    CHECK(bad.diagnostics == "data/x.toml: error: quota '0%' is wrong\n");
    // The input errors of the library are InputErrors.
    CHECK(run([]() -> int { throw jvgov::power::BudgetExceeded("too big"); }).exit_code == 1);
    CHECK(run([]() -> int { throw jvgov::compile::CompileError("body 'b': x"); }).exit_code == 1);
    CHECK(run([]() -> int { throw jvgov::InputError("x"); }, "jvgov").diagnostics ==
          "jvgov: error: x\n");
}

TEST_CASE("a usage error exits 2", "[cli]") {
    const Run usage = run([]() -> int { throw cli::UsageError("give --quota"); });
    CHECK(usage.exit_code == cli::exit_usage);
    CHECK(usage.diagnostics == "jvgov: error: give --quota\n");
}

TEST_CASE("an unexpected exception is an internal error: exit 70 and a bug report request",
          "[cli]") {
    const Run broken = run([]() -> int { throw jvgov::PreconditionError("index 7 out of range"); });
    CHECK(broken.exit_code == cli::exit_internal);
    CHECK(broken.exit_code == 70);
    CHECK(broken.diagnostics == "jvgov: internal error: index 7 out of range" + internal_tail);
    // Not bad input, even from the standard library's own argument checks.
    CHECK(run([]() -> int { throw std::invalid_argument("stoi"); }).exit_code == 70);
    CHECK(run([]() -> int { throw std::bad_alloc(); }).exit_code == 70);
    const Run unknown = run([]() -> int { throw 42; });
    CHECK(unknown.exit_code == 70);
    CHECK(unknown.diagnostics ==
          "jvgov: internal error: an exception that is not a std::exception" + internal_tail);
}
