// Reading an input file (a model, a game file, a weights file) before any parser sees it.
//
// Only a regular file is read (never a FIFO, a device such as /dev/zero, or a directory), and at
// most max_input_bytes() of it: a larger file is refused without being read in full. The text
// then passes toml_guard (toml_guard.hpp) before toml++ parses it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jvgov::load {

// The largest input file read: 16 MiB, or the number of bytes in the environment variable
// JVGOV_MAX_INPUT_BYTES when it is a positive decimal integer (an invalid value is ignored).
std::size_t max_input_bytes();

struct InputText {
    std::optional<std::string> text;  // the whole file, when it could be read
    // Otherwise why not, for "path: error: cannot read file: <reason>": the system's reason
    // ("No such file or directory"), "not a regular file (a FIFO)", "the file is 20000000 bytes,
    // more than the limit of 16777216 (set JVGOV_MAX_INPUT_BYTES to raise it)".
    std::string reason;
};

// Reads `path` whole. Never throws for a problem of the file.
InputText read_input_file(std::string_view path);

}  // namespace jvgov::load
