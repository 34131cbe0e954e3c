#include "model/exact/rational.hpp"

#include <catch2/catch.hpp>

using jvgov::exact::Rational;
using namespace jvgov::exact;

TEST_CASE("shares parse exactly from percentages, fractions and decimals", "[exact]") {
    CHECK(parse_share("40%") == Rational(2, 5));
    CHECK(parse_share(" 33.33% ") == Rational(3333, 10000));
    CHECK(parse_share("1/3") == Rational(1, 3));
    CHECK(parse_share("1/3%") == Rational(1, 300));
    CHECK(parse_share("0.4") == Rational(2, 5));
    CHECK(parse_share("1") == Rational(1));
    CHECK(parse_share("1e-2") == Rational(1, 100));
    CHECK(parse_share("-5%") == Rational(-1, 20));
    CHECK_FALSE(parse_share(""));
    CHECK_FALSE(parse_share("%"));
    CHECK_FALSE(parse_share("1/0"));
    CHECK_FALSE(parse_share("forty"));
    CHECK_FALSE(parse_share("nan"));
    CHECK_FALSE(parse_share("0x1p-2"));
    CHECK_FALSE(parse_share("4 0%"));
    CHECK_FALSE(parse_share("40%%"));
}

TEST_CASE("money parses exactly with exponents and group separators", "[exact]") {
    CHECK(parse_decimal("19e9") == Rational(19'000'000'000LL));
    CHECK(parse_decimal("3.5e9") == Rational(3'500'000'000LL));
    CHECK(parse_decimal("19_000_000_000") == Rational(19'000'000'000LL));
    CHECK(parse_decimal("1,250") == Rational(1250));
    CHECK(parse_decimal("1.25") == Rational(5, 4));
    CHECK_FALSE(parse_decimal("_1"));
    CHECK_FALSE(parse_decimal("1__0"));
    CHECK_FALSE(parse_decimal("1e"));
    CHECK_FALSE(parse_decimal("$5"));
}

TEST_CASE("exact values format as fractions, fixed decimals and percentages", "[exact]") {
    CHECK(to_fraction_string(Rational(421, 2145)) == "421/2145");
    CHECK(to_fraction_string(Rational(4, 2)) == "2");
    CHECK(to_decimal_string(Rational(1, 3), 6) == "0.333333");
    CHECK(to_decimal_string(Rational(2, 3), 6) == "0.666667");
    CHECK(to_decimal_string(Rational(-1, 2), 0) == "-1");
    CHECK(to_decimal_string(Rational(1), 3) == "1.000");
    CHECK(to_decimal_string(Rational(-1, 3000), 2) == "0.00");
    CHECK(to_percent_string(Rational(2, 5)) == "40.00%");
    CHECK(to_percent_string(Rational(1, 3)) == "33.33%");
    CHECK(to_percent_string(Rational(13, 200), 1) == "6.5%");
    CHECK(to_grouped_integer_string(Rational(19'000'000'000LL)) == "19,000,000,000");
    CHECK(to_grouped_integer_string(Rational(999)) == "999");
    CHECK(to_usd_string(Rational(19'000'000'000LL)) == "$19 billion");
    CHECK(to_usd_string(Rational(7'500'000'000LL)) == "$7.5 billion");
    CHECK(to_usd_string(Rational(500'000'000'000LL)) == "$500 billion");
    CHECK(to_usd_string(Rational(500'000'000LL)) == "$500 million");
    CHECK(to_usd_string(Rational(950'000)) == "$950,000");
}

TEST_CASE("decimal views round half away from zero beyond 2^128", "[exact]") {
    Integer big = 1;
    for (int i = 0; i < 130; ++i)
        big *= 2;
    CHECK(round_to_integer(Rational(2 * big + 1, 2)) == big + 1);
    CHECK(round_to_integer(Rational(-(2 * big + 1), 2)) == -(big + 1));
    CHECK(to_decimal_string(Rational(big, 3), 1) == Integer(big / 3).str() + ".3");
}

TEST_CASE("scale_to_integers keeps the proportions with the smallest common scale", "[exact]") {
    CHECK(scale_to_integers({Rational(2, 5), Rational(2, 5), Rational(1, 10), Rational(1, 10)}) ==
          std::vector<Integer>{4, 4, 1, 1});
    CHECK(scale_to_integers({Rational(1, 3), Rational(1, 4), Rational(0)}) ==
          std::vector<Integer>{4, 3, 0});
    CHECK(scale_to_integers({}).empty());
}
