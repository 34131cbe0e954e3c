// A located problem in an input file, printed GNU style so editors and CI annotators can jump
// to it: "data/stargate.toml:12:10: error: unknown party 'opneai' (did you mean 'openai'?)".
#pragma once

#include <string>
#include <vector>

namespace jvgov::load {

struct Diagnostic {
    enum class Severity { error, warning };

    std::string file;
    int line = 0;    // 1-based; 0 when the problem concerns the whole file (e.g. unreadable)
    int column = 0;  // 1-based; 0 with line 0, or for a whole line (a weights file's lines)
    Severity severity = Severity::error;
    std::string message;
};

// "path:line:col: error: message" (or "warning:"); "path:line: error: message" when column is
// 0; "path: error: message" when line is 0. No trailing newline.
std::string format(const Diagnostic& diagnostic);

// True when at least one diagnostic is an error.
bool has_error(const std::vector<Diagnostic>& diagnostics);

}  // namespace jvgov::load
