#include "model/load/fields.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/core.h>

#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/load/suggest.hpp"

namespace jvgov::load {

using governance::Date;
using governance::Integer;
using governance::Rational;

namespace {

// toml++ uses line 0 for "no position" (e.g. an empty document); report those at 1:1.
Diagnostic located(const std::string& file, const toml::source_position& where,
                   Diagnostic::Severity severity, std::string message) {
    if (where.line == 0) {
        return Diagnostic{file, 1, 1, severity, std::move(message)};
    }
    return Diagnostic{file, static_cast<int>(where.line), static_cast<int>(where.column), severity,
                      std::move(message)};
}

}  // namespace

void Diagnostics::error(const toml::source_position& where, std::string message) {
    list_.push_back(located(file_, where, Diagnostic::Severity::error, std::move(message)));
}

void Diagnostics::warning(const toml::source_position& where, std::string message) {
    list_.push_back(located(file_, where, Diagnostic::Severity::warning, std::move(message)));
}

void Diagnostics::file_error(std::string message) {
    list_.push_back(Diagnostic{file_, 0, 0, Diagnostic::Severity::error, std::move(message)});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> result = list_;
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return result;
}

std::string_view type_name(toml::node_type type) {
    switch (type) {
        case toml::node_type::string:
            return "a string";
        case toml::node_type::integer:
            return "an integer";
        case toml::node_type::floating_point:
            return "a float";
        case toml::node_type::boolean:
            return "a boolean";
        case toml::node_type::date:
            return "a date";
        case toml::node_type::time:
            return "a time";
        case toml::node_type::date_time:
            return "a date-time";
        case toml::node_type::table:
            return "a table";
        case toml::node_type::array:
            return "an array";
        case toml::node_type::none:
            break;
    }
    return "nothing";
}

std::string format_date(Date date) {
    return governance::to_iso_string(date);
}

std::string exact_percent_text(const Rational& value) {
    Rational percent = value * 100;
    Integer scale = 1;
    for (int digits = 0; digits <= 6; ++digits, scale *= 10) {
        if (denominator(Rational(percent * scale)) == 1) {
            return exact::to_decimal_string(percent, digits) + "%";
        }
    }
    return exact::to_fraction_string(value);
}

namespace {

// What to write instead of a float: the exact notations of the same decimal value.
std::string float_advice(double value) {
    if (std::isfinite(value)) {
        if (auto exact = exact::parse_share(fmt::format("{}", value))) {
            const std::string percent = exact_percent_text(*exact);
            const std::string fraction = exact::to_fraction_string(*exact);
            if (percent != fraction) {
                return fmt::format("write \"{}\" or \"{}\": floats are inexact", percent, fraction);
            }
            return fmt::format("write \"{}\": floats are inexact", percent);
        }
    }
    return "write a string such as \"40%\" or \"2/5\": floats are inexact";
}

}  // namespace

Fields::Fields(const toml::table& table, std::string what, Diagnostics& diagnostics)
    : table_(table), what_(std::move(what)), diagnostics_(diagnostics) {}

toml::source_position Fields::position(std::string_view key) const {
    const toml::node* value = table_.get(key);
    return value != nullptr ? value->source().begin : where();
}

const toml::node* Fields::node(std::string_view key) {
    known(key);
    return table_.get(key);
}

void Fields::missing(std::string_view key) {
    diagnostics_.error(where(), fmt::format("missing required key '{}' in {}", key, what_));
}

void Fields::wrong_type(std::string_view key, const toml::node& value, std::string_view expected) {
    diagnostics_.error(value.source().begin, fmt::format("expected {} for '{}', found {}", expected,
                                                         key, type_name(value.type())));
}

std::optional<std::string> Fields::string(std::string_view key, Need need) {
    const toml::node* value = node(key);
    if (value == nullptr) {
        if (need == Need::required) {
            missing(key);
        }
        return std::nullopt;
    }
    if (const auto* text = value->as_string()) {
        if (need == Need::required && text->get().empty()) {
            diagnostics_.error(value->source().begin, fmt::format("'{}' must not be empty", key));
            return std::nullopt;
        }
        return text->get();
    }
    wrong_type(key, *value, "a string");
    return std::nullopt;
}

std::optional<bool> Fields::boolean(std::string_view key) {
    const toml::node* value = node(key);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (const auto* flag = value->as_boolean()) {
        return flag->get();
    }
    wrong_type(key, *value, "a boolean (true or false)");
    return std::nullopt;
}

std::optional<Date> Fields::date(std::string_view key, Need need) {
    const toml::node* value = node(key);
    if (value == nullptr) {
        if (need == Need::required) {
            missing(key);
        }
        return std::nullopt;
    }
    if (const auto* day = value->as_date()) {
        const toml::date d = day->get();
        const Date result{std::chrono::year{d.year}, std::chrono::month{d.month},
                          std::chrono::day{d.day}};
        if (!result.ok()) {
            diagnostics_.error(value->source().begin, fmt::format("invalid date for '{}'", key));
            return std::nullopt;
        }
        return result;
    }
    if (value->is_string()) {
        diagnostics_.error(value->source().begin,
                           fmt::format("expected a date for '{}', found a string (write a TOML "
                                       "date without quotes: {} = 2025-01-22)",
                                       key, key));
        return std::nullopt;
    }
    wrong_type(key, *value, "a date (YYYY-MM-DD)");
    return std::nullopt;
}

std::optional<std::pair<Date, governance::DatePrecision>> Fields::day_or_month(
    std::string_view key, Need need) {
    const toml::node* value = node(key);
    if (value != nullptr && value->is_string()) {
        const std::string text = value->as_string()->get();
        if (const std::optional<Date> month = governance::parse_iso_month(text)) {
            return std::pair{*month, governance::DatePrecision::month};
        }
        diagnostics_.error(value->source().begin,
                           fmt::format("expected a date for '{}', found the string '{}' (write a "
                                       "TOML date without quotes, {} = 2025-01-22, or a month "
                                       "whose day is unknown as a string, {} = \"2025-06\")",
                                       key, text, key, key));
        return std::nullopt;
    }
    if (const std::optional<Date> day = date(key, need)) {
        return std::pair{*day, governance::DatePrecision::day};
    }
    return std::nullopt;
}

std::optional<Integer> Fields::count(std::string_view key, Need need) {
    const toml::node* value = node(key);
    if (value == nullptr) {
        if (need == Need::required) {
            missing(key);
        }
        return std::nullopt;
    }
    if (const auto* number = value->as_integer()) {
        if (number->get() < 0) {
            diagnostics_.error(
                value->source().begin,
                fmt::format("'{}' must not be negative, found {}", key, number->get()));
            return std::nullopt;
        }
        return Integer(number->get());
    }
    if (value->is_floating_point()) {
        diagnostics_.error(value->source().begin,
                           fmt::format("expected an integer for '{}', found a float", key));
        return std::nullopt;
    }
    wrong_type(key, *value, "an integer");
    return std::nullopt;
}

std::optional<Rational> Fields::share(std::string_view key, Need need) {
    const toml::node* value = node(key);
    if (value == nullptr) {
        if (need == Need::required) {
            missing(key);
        }
        return std::nullopt;
    }
    if (const auto* number = value->as_floating_point()) {
        diagnostics_.error(value->source().begin,
                           fmt::format("expected an exact share for '{}', found a float: {}", key,
                                       float_advice(number->get())));
        return std::nullopt;
    }
    const auto* text = value->as_string();
    if (text == nullptr) {
        wrong_type(key, *value, "a share string such as \"40%\" or \"2/5\"");
        return std::nullopt;
    }
    const std::optional<Rational> parsed = exact::parse_share(text->get());
    if (!parsed) {
        diagnostics_.error(value->source().begin,
                           fmt::format("malformed share '{}' for '{}': write a percentage "
                                       "(\"40%\"), a fraction (\"2/5\") or a decimal (\"0.4\")",
                                       text->get(), key));
        return std::nullopt;
    }
    if (*parsed < 0) {
        diagnostics_.error(value->source().begin,
                           fmt::format("'{}' must not be negative, found '{}'", key, text->get()));
        return std::nullopt;
    }
    if (*parsed > 1) {
        diagnostics_.error(value->source().begin,
                           fmt::format("'{}' must be at most 100%, found '{}'", key, text->get()));
        return std::nullopt;
    }
    return parsed;
}

std::optional<Rational> Fields::threshold(std::string_view key) {
    const toml::node* value = node(key);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (const auto* number = value->as_floating_point()) {
        diagnostics_.error(value->source().begin,
                           fmt::format("expected an exact threshold for '{}', found a float: {}",
                                       key, float_advice(number->get())));
        return std::nullopt;
    }
    const auto* text = value->as_string();
    if (text == nullptr) {
        wrong_type(key, *value, "a threshold string such as \"50%\" or \"2/3\"");
        return std::nullopt;
    }
    const std::optional<Rational> parsed = exact::parse_share(text->get());
    if (!parsed) {
        diagnostics_.error(value->source().begin,
                           fmt::format("malformed threshold '{}' for '{}': write a percentage "
                                       "(\"50%\"), a fraction (\"2/3\") or a decimal (\"0.5\")",
                                       text->get(), key));
        return std::nullopt;
    }
    if (*parsed <= 0 || *parsed > 1) {
        diagnostics_.error(
            value->source().begin,
            fmt::format("threshold '{}' must lie in (0, 1], found '{}'", key, text->get()));
        return std::nullopt;
    }
    return parsed;
}

std::optional<Rational> Fields::money(std::string_view key, bool in_usd) {
    const toml::node* value = node(key);
    if (value == nullptr) {
        return std::nullopt;
    }
    std::optional<Rational> amount;
    if (const auto* number = value->as_integer()) {
        amount = Rational(number->get());
    } else if (const auto* text = value->as_string()) {
        amount = exact::parse_decimal(text->get());
        if (!amount) {
            diagnostics_.error(value->source().begin,
                               fmt::format("malformed amount '{}' for '{}': write {} such as "
                                           "\"19e9\" or \"7_000_000_000\"",
                                           text->get(), key, in_usd ? "US dollars" : "a number"));
            return std::nullopt;
        }
    } else if (value->is_floating_point()) {
        diagnostics_.error(value->source().begin,
                           fmt::format("expected an exact amount for '{}', found a float: write "
                                       "a string such as \"19e9\": floats are inexact",
                                       key));
        return std::nullopt;
    } else {
        wrong_type(key, *value,
                   in_usd ? "an amount in US dollars (\"19e9\" or an integer)"
                          : "an amount (\"19e9\" or an integer)");
        return std::nullopt;
    }
    if (*amount < 0) {
        diagnostics_.error(value->source().begin,
                           fmt::format("'{}' must not be negative, found {}", key,
                                       exact::to_fraction_string(*amount)));
        return std::nullopt;
    }
    return amount;
}

std::vector<Fields::Item> Fields::strings(std::string_view key, Need need) {
    std::vector<Item> result;
    const toml::node* value = node(key);
    if (value == nullptr) {
        if (need == Need::required) {
            missing(key);
        }
        return result;
    }
    const auto* array = value->as_array();
    if (array == nullptr) {
        wrong_type(key, *value, "an array of strings");
        return result;
    }
    for (const toml::node& element : *array) {
        if (const auto* text = element.as_string()) {
            result.push_back(Item{text->get(), element.source().begin});
        } else {
            diagnostics_.error(
                element.source().begin,
                fmt::format("expected a string in '{}', found {}", key, type_name(element.type())));
        }
    }
    return result;
}

std::vector<Fields::DatedItem> Fields::dated_strings(std::string_view key,
                                                     std::string_view name_key) {
    std::vector<DatedItem> result;
    const toml::node* value = node(key);
    if (value == nullptr) {
        return result;
    }
    const auto* array = value->as_array();
    if (array == nullptr) {
        wrong_type(key, *value, "an array of strings or tables");
        return result;
    }
    for (const toml::node& element : *array) {
        if (const auto* text = element.as_string()) {
            result.push_back(DatedItem{text->get(), {}, element.source().begin});
        } else if (const auto* inner = element.as_table()) {
            Fields term(*inner, fmt::format("'{}' entry", key), diagnostics_);
            DatedItem item;
            item.text = term.string(name_key, Need::required).value_or("");
            item.period = term.period();
            item.where = term.position(name_key);
            term.finish();
            result.push_back(std::move(item));
        } else {
            diagnostics_.error(element.source().begin,
                               fmt::format("expected a string or a table in '{}', found {}", key,
                                           type_name(element.type())));
        }
    }
    return result;
}

const toml::table* Fields::subtable(std::string_view key, Need need) {
    const toml::node* value = node(key);
    if (value == nullptr) {
        if (need == Need::required) {
            missing(key);
        }
        return nullptr;
    }
    if (const auto* inner = value->as_table()) {
        return inner;
    }
    wrong_type(key, *value, "a table");
    return nullptr;
}

std::vector<const toml::table*> Fields::tables(std::string_view key) {
    std::vector<const toml::table*> result;
    const toml::node* value = node(key);
    if (value == nullptr) {
        return result;
    }
    const auto* array = value->as_array();
    if (array == nullptr) {
        wrong_type(key, *value, "an array of tables");
        return result;
    }
    for (const toml::node& element : *array) {
        if (const auto* inner = element.as_table()) {
            result.push_back(inner);
        } else {
            diagnostics_.error(
                element.source().begin,
                fmt::format("expected a table in '{}', found {}", key, type_name(element.type())));
        }
    }
    return result;
}

governance::Period Fields::period() {
    governance::Period result{date("from"), date("until")};
    if (result.from && result.until && *result.until <= *result.from) {
        diagnostics_.error(position("until"),
                           fmt::format("'until' {} is not after 'from' {}",
                                       format_date(*result.until), format_date(*result.from)));
    }
    return result;
}

void Fields::finish() {
    const std::vector<std::string> candidates(known_.begin(), known_.end());
    for (const auto& [key, value] : table_) {
        if (known_.count(std::string(key.str())) == 0) {
            diagnostics_.error(key.source().begin,
                               fmt::format("unknown key '{}' in {}{}", key.str(), what_,
                                           did_you_mean(key.str(), candidates)));
        }
    }
}

}  // namespace jvgov::load
