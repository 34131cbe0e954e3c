// Small pieces of wording shared by the reports, so every report says a share or a list the
// same way.
#pragma once

#include <string>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/power/index.hpp"

namespace jvgov::report {

// A share with two decimals; when that hides the exact value, the exact fraction follows:
// "40.00%", "33.33% (exactly 1/3)".
std::string share_text(const exact::Rational& value);

// An index as its exact fraction with four decimals beside it: "1/3 (0.3333)".
std::string fraction_text(const exact::Rational& value);

// "", "A", "A and B", "A, B and C".
std::string join_and(const std::vector<std::string>& items);

// The definition of a power index for a "how to read" list, from power::index_table, e.g.
// "**Banzhaf**: the player's share of all swings (...)".
std::string index_explanation(power::Index index);

}  // namespace jvgov::report
