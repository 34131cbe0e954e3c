#include "model/load/diagnostic.hpp"

#include <algorithm>

#include <fmt/core.h>

namespace jvgov::load {

std::string format(const Diagnostic& diagnostic) {
    const char* severity = diagnostic.severity == Diagnostic::Severity::error ? "error" : "warning";
    if (diagnostic.line == 0) {
        return fmt::format("{}: {}: {}", diagnostic.file, severity, diagnostic.message);
    }
    if (diagnostic.column == 0) {
        return fmt::format("{}:{}: {}: {}", diagnostic.file, diagnostic.line, severity,
                           diagnostic.message);
    }
    return fmt::format("{}:{}:{}: {}: {}", diagnostic.file, diagnostic.line, diagnostic.column,
                       severity, diagnostic.message);
}

bool has_error(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::error;
    });
}

}  // namespace jvgov::load
