#include "model/exact/rational.hpp"

#include <cctype>
#include <stdexcept>

#include <fmt/format.h>

#include "model/exact/errors.hpp"

namespace jvgov::exact {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

Integer pow10(long exponent) {
    Integer result = 1;
    for (long i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// Strips group separators ('_' or ',') that sit between two digits; nullopt if one is
// misplaced.
std::optional<std::string> strip_group_separators(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '_' || c == ',') {
            const bool between_digits = i > 0 && i + 1 < s.size() &&
                                        std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
                                        std::isdigit(static_cast<unsigned char>(s[i + 1]));
            if (!between_digits)
                return std::nullopt;
            continue;
        }
        out.push_back(c);
    }
    return out;
}

// [sign] digits [. digits] [e [sign] digits], no group separators.
std::optional<Rational> parse_plain_decimal(std::string_view s) {
    if (s.empty())
        return std::nullopt;
    bool negative = false;
    if (s.front() == '+' || s.front() == '-') {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    Integer mantissa = 0;
    long scale = 0;  // number of digits after the point
    bool any_digit = false;
    bool after_point = false;
    std::size_t i = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            mantissa = mantissa * 10 + (c - '0');
            any_digit = true;
            if (after_point)
                ++scale;
        } else if (c == '.' && !after_point) {
            after_point = true;
        } else {
            break;
        }
    }
    if (!any_digit)
        return std::nullopt;
    long exponent = 0;
    if (i < s.size()) {
        if (s[i] != 'e' && s[i] != 'E')
            return std::nullopt;
        ++i;
        bool exp_negative = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            exp_negative = s[i] == '-';
            ++i;
        }
        if (i == s.size())
            return std::nullopt;
        for (; i < s.size(); ++i) {
            if (!std::isdigit(static_cast<unsigned char>(s[i])))
                return std::nullopt;
            exponent = exponent * 10 + (s[i] - '0');
            if (exponent > 1000)
                return std::nullopt;  // absurd magnitudes are input errors
        }
        if (exp_negative)
            exponent = -exponent;
    }
    const long shift = exponent - scale;
    Rational value =
        shift >= 0 ? Rational(mantissa * pow10(shift)) : Rational(mantissa, pow10(-shift));
    return negative ? Rational(-value) : value;
}

}  // namespace

std::optional<Rational> parse_decimal(std::string_view text) {
    const auto stripped = strip_group_separators(trim(text));
    if (!stripped)
        return std::nullopt;
    return parse_plain_decimal(*stripped);
}

std::optional<Rational> parse_share(std::string_view text) {
    std::string_view s = trim(text);
    bool percent = false;
    if (!s.empty() && s.back() == '%') {
        percent = true;
        s = trim(s.substr(0, s.size() - 1));
    }
    std::optional<Rational> value;
    if (const auto slash = s.find('/'); slash != std::string_view::npos) {
        const auto num = parse_plain_decimal(trim(s.substr(0, slash)));
        const auto den = parse_plain_decimal(trim(s.substr(slash + 1)));
        if (!num || !den || *den == 0)
            return std::nullopt;
        value = *num / *den;
    } else {
        value = parse_plain_decimal(s);
    }
    if (!value)
        return std::nullopt;
    return percent ? Rational(*value / 100) : *value;
}

std::string to_fraction_string(const Rational& value) {
    return value.str();
}

Integer round_to_integer(const Rational& value) {
    const Integer num = boost::multiprecision::numerator(value);
    const Integer den = boost::multiprecision::denominator(value);
    const Integer twice = 2 * abs(num) + den;
    Integer q = twice / (2 * den);
    return num < 0 ? Integer(-q) : q;
}

std::string to_decimal_string(const Rational& value, int digits) {
    if (digits < 0 || digits > 60)
        throw PreconditionError(
            fmt::format("to_decimal_string: digits {} outside [0, 60]", digits));
    const Integer scale = pow10(digits);
    const Integer scaled = round_to_integer(value * scale);
    const bool negative = scaled < 0;
    const Integer magnitude = negative ? Integer(-scaled) : scaled;
    std::string whole = Integer(magnitude / scale).str();
    std::string out = (negative ? "-" : "") + whole;
    if (digits > 0) {
        std::string frac = Integer(magnitude % scale).str();
        out += '.';
        out += std::string(static_cast<std::size_t>(digits) - frac.size(), '0') + frac;
    }
    return out;
}

std::string to_percent_string(const Rational& value, int digits) {
    return to_decimal_string(value * 100, digits) + "%";
}

std::string to_grouped_integer_string(const Rational& value) {
    const Integer rounded = round_to_integer(value);
    std::string digits = (rounded < 0 ? Integer(-rounded) : rounded).str();
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return (rounded < 0 ? "-" : "") + out;
}

std::string to_usd_string(const Rational& value) {
    struct Unit {
        long long size;
        const char* name;
    };

    static constexpr Unit units[] = {
        {1'000'000'000'000LL, "trillion"}, {1'000'000'000LL, "billion"}, {1'000'000LL, "million"}};
    const Rational magnitude = value < 0 ? Rational(-value) : value;
    for (const auto& unit : units) {
        if (magnitude >= unit.size) {
            std::string text = to_decimal_string(value / unit.size, 3);
            while (text.back() == '0')
                text.pop_back();
            if (text.back() == '.')
                text.pop_back();
            return fmt::format("${} {}", text, unit.name);
        }
    }
    return "$" + to_grouped_integer_string(value);
}

std::vector<Integer> scale_to_integers(const std::vector<Rational>& values) {
    Integer lcm = 1;
    for (const auto& value : values)
        lcm = boost::multiprecision::lcm(lcm, Integer{denominator(value)});
    std::vector<Integer> scaled;
    for (const auto& value : values)
        scaled.push_back(numerator(value) * (lcm / denominator(value)));
    return scaled;
}

}  // namespace jvgov::exact
