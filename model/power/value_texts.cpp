#include "model/power/value_texts.hpp"


namespace jvgov::power {

std::size_t ValueTexts::IntegerHash::operator()(const exact::Integer& value) const {
    return boost::multiprecision::hash_value(value);  // every limb and the sign
}

std::size_t ValueTexts::RationalHash::operator()(const exact::Rational& value) const {
    const IntegerHash hash;
    return hash(numerator(value)) * 31 + hash(denominator(value));
}

bool ValueTexts::RationalEqual::operator()(const exact::Rational& a,
                                           const exact::Rational& b) const {
    // Both in lowest terms: equal iff their numerators and denominators are (no products).
    return numerator(a) == numerator(b) && denominator(a) == denominator(b);
}

const std::string& ValueTexts::fraction(const exact::Rational& value) {
    auto [it, inserted] = fractions_.try_emplace(value);
    if (inserted) {
        it->second = exact::to_fraction_string(value);
    }
    return it->second;
}

const std::string& ValueTexts::decimal(const exact::Rational& value, int digits) {
    if (digits != decimal_digits_) {
        decimals_.clear();
        decimal_digits_ = digits;
    }
    auto [it, inserted] = decimals_.try_emplace(value);
    if (inserted) {
        it->second = exact::to_decimal_string(value, digits);
    }
    return it->second;
}

const std::string& ValueTexts::integer(const exact::Integer& value) {
    auto [it, inserted] = integers_.try_emplace(value);
    if (inserted) {
        // The same digits as value.str(), through exact (GCC 12 reports a false -Wrestrict in
        // Boost's cpp_int::str when it is inlined here).
        it->second = exact::to_fraction_string(exact::Rational(value));
    }
    return it->second;
}

}  // namespace jvgov::power
