// The values shared by the reports' JSON files (voting-power.json, control.json), in the
// conventions of jvgov/power@1: exact numbers as strings.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "model/exact/rational.hpp"

namespace jvgov::report {

// {"exact": "5/14", "decimal": "0.357143"}: the fraction in lowest terms and its value rounded
// to report::decimal_digits decimals.
nlohmann::ordered_json share_json(const exact::Rational& value);

// An integer of any size as a decimal string, or null.
nlohmann::ordered_json integer_or_null(const std::optional<exact::Integer>& value);

}  // namespace jvgov::report
