#include "model/report/wording.hpp"

namespace jvgov::report {

std::string share_text(const exact::Rational& value) {
    auto text = exact::to_percent_string(value, 2);
    if (denominator(exact::Rational{value * 10000}) != 1)
        text += " (exactly " + exact::to_fraction_string(value) + ")";
    return text;
}

std::string fraction_text(const exact::Rational& value) {
    return exact::to_fraction_string(value) + " (" + exact::to_decimal_string(value, 4) + ")";
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

}  // namespace jvgov::report
