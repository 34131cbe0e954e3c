#include "model/governance/date.hpp"

#include <catch2/catch.hpp>

using jvgov::governance::Date;
using jvgov::governance::date_text;
using jvgov::governance::DatePrecision;
using jvgov::governance::last_day;
using jvgov::governance::parse_iso_date;
using jvgov::governance::parse_iso_month;
using jvgov::governance::to_iso_string;
using namespace std::chrono_literals;

TEST_CASE("ISO dates print and parse exactly, and only valid calendar days parse",
          "[governance]") {
    CHECK(to_iso_string(Date{2025y, std::chrono::January, 22d}) == "2025-01-22");
    CHECK(to_iso_string(Date{std::chrono::year{987}, std::chrono::March, 5d}) == "0987-03-05");
    CHECK(parse_iso_date("2026-04-28") == Date{2026y, std::chrono::April, 28d});
    CHECK(parse_iso_date("2024-02-29") == Date{2024y, std::chrono::February, 29d});
    CHECK_FALSE(parse_iso_date("2025-02-29"));
    CHECK_FALSE(parse_iso_date("2025-13-01"));
    CHECK_FALSE(parse_iso_date("2025-1-22"));
    CHECK_FALSE(parse_iso_date("2025-01-22T00"));
    CHECK_FALSE(parse_iso_date("2025/01/22"));
    CHECK_FALSE(parse_iso_date("+025-01-22"));
    CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("a month parses as its first day, prints as 'June 2025' and ends on its last day",
          "[governance]") {
    CHECK(parse_iso_month("2025-06") == Date{2025y, std::chrono::June, 1d});
    CHECK_FALSE(parse_iso_month("2025-6"));
    CHECK_FALSE(parse_iso_month("2025-13"));
    CHECK_FALSE(parse_iso_month("2025-06-01"));
    CHECK_FALSE(parse_iso_month(""));
    CHECK(date_text(Date{2025y, std::chrono::June, 1d}, DatePrecision::month) == "June 2025");
    CHECK(date_text(Date{2025y, std::chrono::June, 11d}, DatePrecision::day) == "2025-06-11");
    CHECK(last_day(Date{2024y, std::chrono::February, 1d}, DatePrecision::month) ==
          Date{2024y, std::chrono::February, 29d});
    CHECK(last_day(Date{2025y, std::chrono::February, 1d}, DatePrecision::month) ==
          Date{2025y, std::chrono::February, 28d});
    CHECK(last_day(Date{2025y, std::chrono::December, 1d}, DatePrecision::month) ==
          Date{2025y, std::chrono::December, 31d});
    CHECK(last_day(Date{2025y, std::chrono::June, 11d}, DatePrecision::day) ==
          Date{2025y, std::chrono::June, 11d});
}
