#include "model/governance/date.hpp"

#include <array>
#include <charconv>

#include <fmt/format.h>

namespace jvgov::governance {

std::string to_iso_string(Date day) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                       static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

Date last_day(Date day, DatePrecision precision) {
    if (precision == DatePrecision::day)
        return day;
    return Date{std::chrono::year_month_day_last{day.year(),
                                                 std::chrono::month_day_last{day.month()}}};
}

std::string date_text(Date day, DatePrecision precision) {
    if (precision == DatePrecision::day)
        return to_iso_string(day);
    static constexpr std::array<std::string_view, 12> months = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return fmt::format("{} {}", months.at(static_cast<unsigned>(day.month()) - 1),
                       static_cast<int>(day.year()));
}

std::optional<Date> parse_iso_month(std::string_view text) {
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    return parse_iso_date(std::string(text) + "-01");
}

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    const auto parse = [&text](std::size_t at, std::size_t length, auto& value) {
        const auto* first = text.data() + at;
        const auto [end, error] = std::from_chars(first, first + length, value);
        return error == std::errc{} && end == first + length;
    };
    if (!parse(0, 4, year) || !parse(5, 2, month) || !parse(8, 2, day))
        return std::nullopt;
    const Date date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

}  // namespace jvgov::governance
