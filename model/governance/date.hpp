// Calendar dates as the model, the CLI and the reports write them: ISO 8601 "YYYY-MM-DD".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/governance/model.hpp"

namespace jvgov::governance {

// "2025-01-22". REQUIRES: day.ok().
std::string to_iso_string(Date day);

// The last day `day` may stand for: itself, or the last day of its month when only the month
// is known. REQUIRES: day.ok().
Date last_day(Date day, DatePrecision precision);

// "2025-01-22", or "June 2025" when only the month is known. REQUIRES: day.ok().
std::string date_text(Date day, DatePrecision precision);

// "2025-06" (seven characters, a valid month) as the first day of that month, or nullopt.
std::optional<Date> parse_iso_month(std::string_view text);

// The date written exactly as YYYY-MM-DD (ten characters, a valid calendar day), or nullopt.
std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace jvgov::governance
