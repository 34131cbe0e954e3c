// Calendar dates as the model, the CLI and the reports write them: ISO 8601 "YYYY-MM-DD".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/governance/model.hpp"

namespace jvgov::governance {

// "2025-01-22". REQUIRES: day.ok().
std::string to_iso_string(Date day);

// The date written exactly as YYYY-MM-DD (ten characters, a valid calendar day), or nullopt.
std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace jvgov::governance
