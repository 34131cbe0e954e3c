// Exact numbers for the whole project: big integers and rationals, parsing of the exact
// notations the data files use, and fixed-precision decimal views for reports.
//
// No binary floating point is involved anywhere here: "33.33%" is 3333/10000 exactly, "1/3" is
// one third, and decimal views are rounded from the exact value (half away from zero).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

namespace jvgov::exact {

using Integer = boost::multiprecision::cpp_int;
using Rational = boost::multiprecision::cpp_rational;

// Parses an exact share or threshold written as a percentage ("40%", "33.33%", "1/3%"),
// a fraction ("1/3", "2/3"), or a plain decimal ("0.4", "1", "1e-2"). Surrounding spaces are
// ignored. Returns nullopt on anything else (including an empty string, a zero denominator,
// or binary-float artefacts such as "nan" or "0x1p-2"). The value may be negative; range
// checks belong to the caller, which knows what the number means.
std::optional<Rational> parse_share(std::string_view text);

// Parses an exact non-fractional-or-fractional amount written as a decimal with an optional
// exponent ("19e9", "7000000000", "3.5e9", "1.25"). Underscores and commas between digits
// are accepted as group separators ("19_000_000_000"). Returns nullopt on anything else.
std::optional<Rational> parse_decimal(std::string_view text);

// The exact value as "p/q" in lowest terms, or "p" when the denominator is 1.
std::string to_fraction_string(const Rational& value);

// The value rounded half away from zero to `digits` decimals, always with exactly that many
// decimals ("0.333333", "1.000000", "-0.500000"). REQUIRES: digits <= 60.
std::string to_decimal_string(const Rational& value, int digits);

// 100 * value rounded to `digits` decimals followed by '%' ("40.00%", "33.33%").
std::string to_percent_string(const Rational& value, int digits = 2);

// A whole-number amount with thousands separators ("19,000,000,000"); non-integers are
// rounded half away from zero first.
std::string to_grouped_integer_string(const Rational& value);

// Compact money for prose and tables: "$19 billion", "$7.5 billion", "$500 million",
// "$950,000". Exact to the shown digits when the amount is a multiple of the unit's 0.001.
std::string to_usd_string(const Rational& value);

// Rounds half away from zero to the nearest integer.
Integer round_to_integer(const Rational& value);

// The values as whole numbers in the same proportions: each times the lcm of all denominators
// (exact; e.g. 2/5, 2/5, 1/10, 1/10 -> 4, 4, 1, 1). Range checks belong to the caller.
std::vector<Integer> scale_to_integers(const std::vector<Rational>& values);

}  // namespace jvgov::exact
