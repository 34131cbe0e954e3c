#include "model/report/wording.hpp"

namespace jvgov::report {

std::string readable_fraction(const exact::Rational& value) {
    auto text = exact::to_fraction_string(value);
    if (text.size() > long_fraction_chars) {
        const auto slash = text.find('/');
        if (slash != std::string::npos)
            text.replace(slash, 1, " / ");
    }
    return text;
}

std::string share_text(const exact::Rational& value) {
    auto text = exact::to_percent_string(value, 2);
    if (denominator(exact::Rational{value * 10000}) != 1)
        text += " (exactly " + readable_fraction(value) + ")";
    return text;
}

std::string fraction_text(const exact::Rational& value) {
    return readable_fraction(value) + " (" + exact::to_decimal_string(value, 4) + ")";
}

std::string threshold_share_text(const exact::Rational& fraction) {
    const exact::Rational basis_points = fraction * 10000;
    if (denominator(basis_points) != 1) {
        return exact::to_fraction_string(fraction) + " (" + exact::to_percent_string(fraction, 2) +
               ")";
    }
    auto text = exact::to_decimal_string(fraction * 100, 2);
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text + "%";
}

std::string threshold_text(const governance::Threshold& threshold) {
    switch (threshold.kind) {
        case governance::Threshold::Kind::more_than:
            return "more than " + threshold_share_text(threshold.fraction);
        case governance::Threshold::Kind::at_least:
            return "at least " + threshold_share_text(threshold.fraction);
        case governance::Threshold::Kind::unanimity:
            break;
    }
    return "unanimity";
}

std::string other_holders_label(const std::string& party_name) {
    return "Other holders of " + party_name;
}

std::string points_text(const exact::Rational& points) {
    return exact::to_decimal_string(points, 2);
}

std::string join_and(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? " and " : ", ";
        text += items[i];
    }
    return text;
}

std::string index_explanation(power::Index index) {
    const power::IndexInfo& row = power::info(index);
    std::string text = "**" + std::string(row.display_name) + "**";
    if (!row.also_known_as.empty())
        text += " (" + std::string(row.also_known_as) + ")";
    return text + ": " + std::string(row.definition);
}

std::string money_text(const exact::Rational& amount, const std::string& currency) {
    const auto usd = exact::to_usd_string(amount);
    if (currency == "USD")
        return usd;
    const auto dollar = usd.find('$');
    return usd.substr(0, dollar) + currency + " " + usd.substr(dollar + 1);
}

}  // namespace jvgov::report
