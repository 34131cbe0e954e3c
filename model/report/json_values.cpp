#include "model/report/json_values.hpp"

#include "model/report/power_output.hpp"

namespace jvgov::report {

nlohmann::ordered_json share_json(const exact::Rational& value) {
    return {{"exact", exact::to_fraction_string(value)},
            {"decimal", exact::to_decimal_string(value, decimal_digits)}};
}

nlohmann::ordered_json integer_or_null(const std::optional<exact::Integer>& value) {
    // to_fraction_string writes an integer as its decimal digits (and, out of line, keeps GCC 12
    // from a false -Wrestrict warning inside boost's inlined str()).
    return value ? nlohmann::ordered_json(exact::to_fraction_string(exact::Rational{*value}))
                 : nlohmann::ordered_json(nullptr);
}

}  // namespace jvgov::report
