#include "model/governance/date.hpp"

#include <catch2/catch.hpp>

using jvgov::governance::Date;
using jvgov::governance::parse_iso_date;
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
