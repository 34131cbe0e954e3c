// Writing to standard output and standard error so that no failure is lost and none crashes.
//
// Data goes to stdout through print_out, which throws OutputError when the write fails (a full
// disk, a closed pipe): run_guarded turns it into "jvgov: error: cannot write to standard
// output: <reason>" on stderr and exit 3. Diagnostics go to stderr through print_err, which never
// throws: when stderr itself cannot be written, the exit code alone tells. main ends with
// finish_output, which flushes stdout and reports a failure the same way.
#pragma once

#include <cstdio>
#include <stdexcept>
#include <string_view>

namespace jvgov::cli {

class OutputError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Writes `text` to stdout; throws OutputError when it cannot.
void print_out(std::string_view text);

// Writes `text` to `stream` (stderr by default); ignores a failure.
void print_err(std::string_view text, std::FILE* stream = stderr) noexcept;

// Flushes stdout and stderr. Returns `exit_code`, or exit_io (after saying why on stderr) when
// stdout could not be written.
int finish_output(int exit_code) noexcept;

}  // namespace jvgov::cli
