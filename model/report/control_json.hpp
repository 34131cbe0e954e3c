// The control report's facts as JSON (reports/<model>/control.json), schema "jvgov/control@4",
// documented field by field in docs/json-formats.md.
#pragma once

#include <string>

#include "model/report/control_report.hpp"

namespace jvgov::report {

// The JSON text (nlohmann::ordered_json, two-space indent, a final newline): fields in the
// documented order, arrays in the markdown's order, every exact value as a "p/q" string with a
// six-decimal string beside it. Deterministic: same facts, same bytes.
std::string render_control_json(const ControlFacts& facts, const ReportContext& context);

}  // namespace jvgov::report
