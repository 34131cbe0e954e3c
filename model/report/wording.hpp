// Small pieces of wording shared by the reports, so every report says a share or a list the
// same way.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/governance/model.hpp"
#include "model/power/index.hpp"

namespace jvgov::report {

// A fraction in lowest terms, "1/3"; one longer than long_fraction_chars characters has spaces
// around its slash, "9738949491441 / 36679605464161", so that a table cell can break there
// (nothing else in it can: a browser makes a table column as wide as its widest word).
inline constexpr std::size_t long_fraction_chars = 12;
std::string readable_fraction(const exact::Rational& value);

// A share with two decimals; when that hides the exact value, the exact fraction follows
// (readable_fraction): "40.00%", "33.33% (exactly 1/3)".
std::string share_text(const exact::Rational& value);

// "$19 billion" for US dollars (as every report words them), "EUR 19 billion" otherwise.
std::string money_text(const exact::Rational& amount, const std::string& currency);

// An index as its exact fraction (readable_fraction) with four decimals beside it:
// "1/3 (0.3333)".
std::string fraction_text(const exact::Rational& value);

// A difference of shares in percentage points, two decimals ("6.67", "10.00"): the shares
// themselves carry the exact fractions a student needs. `points` is already in points (share
// difference × 100).
std::string points_text(const exact::Rational& points);

// "", "A", "A and B", "A, B and C".
std::string join_and(const std::vector<std::string>& items);

// The definition of a power index for a "how to read" list, from power::index_table, e.g.
// "**Banzhaf**: the player's share of all swings (...)".
std::string index_explanation(power::Index index);

// A threshold's share: a whole or short percentage ("50%", "12.5%"), else the exact fraction with
// two decimals ("2/3 (66.67%)").
std::string threshold_share_text(const exact::Rational& fraction);

// A threshold: "more than 50%", "at least 2/3 (66.67%)", "unanimity".
std::string threshold_text(const governance::Threshold& threshold);

// The label of the holders of a party's votes that no party in the model holds (a dispersed
// float in every vote): "Other holders of <name>".
std::string other_holders_label(const std::string& party_name);

}  // namespace jvgov::report
