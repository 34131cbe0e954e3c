// The text of exact values for the renderings of a PowerTable, each distinct value formatted
// once: players of equal weight have equal values, so a table of 5,000 players with 100
// distinct weights needs 100 fraction and decimal strings per index, not 5,000 (each a big
// integer conversion, quadratic in its digits).
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

#include "model/exact/rational.hpp"

namespace jvgov::power {

class ValueTexts {
  public:
    // exact::to_fraction_string(value), computed once per distinct value.
    const std::string& fraction(const exact::Rational& value);
    // exact::to_decimal_string(value, digits), computed once per distinct value and digits.
    // REQUIRES digits <= 60 (as to_decimal_string).
    const std::string& decimal(const exact::Rational& value, int digits);
    // value.str(), computed once per distinct value.
    const std::string& integer(const exact::Integer& value);

  private:
    struct RationalHash {
        std::size_t operator()(const exact::Rational& value) const;
    };
    struct RationalEqual {
        bool operator()(const exact::Rational& a, const exact::Rational& b) const;
    };
    struct IntegerHash {
        std::size_t operator()(const exact::Integer& value) const;
    };
    std::unordered_map<exact::Rational, std::string, RationalHash, RationalEqual> fractions_;
    std::unordered_map<exact::Rational, std::string, RationalHash, RationalEqual> decimals_;
    int decimal_digits_ = -1;
    std::unordered_map<exact::Integer, std::string, IntegerHash> integers_;
};

}  // namespace jvgov::power
