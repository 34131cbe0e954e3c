#include "model/cli/output.hpp"

#include <cerrno>
#include <cstring>
#include <string>

#include "model/cli/commands.hpp"

namespace jvgov::cli {

namespace {

// Set when print_out has thrown, so that finish_output does not say it twice.
bool stdout_failure_reported = false;

std::string stdout_failure(int error_number) {
    return std::string("cannot write to standard output: ") + std::strerror(error_number);
}

}  // namespace

void print_out(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
        stdout_failure_reported = true;
        throw OutputError(stdout_failure(errno));
    }
}

void print_err(std::string_view text, std::FILE* stream) noexcept {
    std::fwrite(text.data(), 1, text.size(), stream);
}

int finish_output(int exit_code) noexcept {
    errno = 0;
    const bool failed = std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
    if (failed && !stdout_failure_reported) {
        const int error_number = errno != 0 ? errno : EIO;
        try {
            print_err("jvgov: error: " + stdout_failure(error_number) + "\n");
        } catch (...) {  // no memory left for the message: the exit code tells
        }
    }
    if (failed)
        exit_code = exit_io;
    std::fflush(stderr);
    return exit_code;
}

}  // namespace jvgov::cli
