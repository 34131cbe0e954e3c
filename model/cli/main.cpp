// jvgov: who really controls a joint venture. See README.md and `jvgov --help`.
#include <malloc.h>

#include <fmt/core.h>

#include "model/cli/commands.hpp"
#include "model/cli/guarded.hpp"
#include "model/cli/output.hpp"

int main(int argc, char** argv) {
    // The power engine allocates and frees residue tables of megabytes per prime: keep freed
    // memory in the heap for the next prime instead of returning it to the kernel (whose page
    // faults and zeroing took a third of `jvgov power` on n = 5000, weights 1..100: 3.6 s against
    // 2.4 s at load average 4.5). The largest tables (gigabytes) are mapped apart anyway.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc accepts on 64-bit systems
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    CLI::App app{"jvgov: governance and voting-power analysis of joint ventures"};
    app.set_version_flag("--version", jvgov::cli::tool_version);
    app.require_subcommand(1);
    app.footer(
        "Exit codes: 0 ok, 1 invalid input (diagnostics on stderr), 2 usage error, 3 I/O error,\n"
        "70 internal error (a bug in jvgov: please report it).\n"
        "Data goes to stdout, diagnostics to stderr.");
    int exit_code = jvgov::cli::exit_ok;
    jvgov::cli::register_check(app, exit_code);
    jvgov::cli::register_report(app, exit_code);
    jvgov::cli::register_power(app, exit_code);
    jvgov::cli::register_explain(app, exit_code);
    // Each command runs guarded itself; this guards the parsing around them. Nothing below
    // throws: a failure to write stdout or stderr becomes an exit code (cli/output.hpp).
    return jvgov::cli::finish_output(jvgov::cli::run_guarded("jvgov", [&]() -> int {
        try {
            app.parse(argc, argv);
        } catch (const CLI::ParseError& e) {
            return app.exit(e) == 0 ? jvgov::cli::exit_ok : jvgov::cli::exit_usage;
        }
        return exit_code;
    }));
}
