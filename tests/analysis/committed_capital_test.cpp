// Committed capital per currency, and converted only at a stated, dated rate. Every expected
// amount is worked out by hand in the comments.
#include "model/analysis/committed_capital.hpp"

#include <catch2/catch.hpp>

#include "model/governance/registry.hpp"

namespace jvgov::analysis {
namespace {

using namespace std::chrono;
using governance::Money;
using governance::Rational;

governance::Stake stake(std::string holder, Rational economic, std::optional<Money> committed) {
    governance::Stake s;
    s.holder = std::move(holder);
    s.issuer = "jv";
    s.economic = s.voting = economic;
    s.committed = std::move(committed);
    return s;
}

governance::ExchangeRate rate(std::string from, std::string to, Rational value, year_month_day day,
                              std::string id) {
    governance::ExchangeRate r;
    r.id = std::move(id);
    r.from = std::move(from);
    r.to = std::move(to);
    r.rate = value;
    r.date = day;
    r.provenance.sources = {"rates"};
    return r;
}

// Alpha: EUR 500 million; Beta: $540 million; Gamma: EUR 100 million; Delta: no commitment;
// Old: $1 billion, ended before the day.
governance::Model two_currencies() {
    governance::Model model;
    model.info.entity = "jv";
    model.stakes.push_back(stake("alpha", Rational(2, 5), Money{Rational(500'000'000), "EUR"}));
    model.stakes.push_back(stake("beta", Rational(3, 10), Money{Rational(540'000'000), "USD"}));
    model.stakes.push_back(stake("gamma", Rational(1, 5), Money{Rational(100'000'000), "EUR"}));
    model.stakes.push_back(stake("delta", Rational(1, 10), std::nullopt));
    auto old = stake("old", Rational(1, 10), Money{Rational(1'000'000'000), "USD"});
    old.period.until = year{2024} / 1 / 1;
    model.stakes.push_back(old);
    return model;
}

const year_month_day day = year{2025} / 3 / 1;

TEST_CASE("committed capital is totalled per currency, never added across currencies",
          "[analysis]") {
    const auto capital = committed_capital(two_currencies(), "jv", day);
    REQUIRE(capital.totals.size() == 2);
    CHECK(capital.totals[0].currency == "EUR");                // Alpha's stake comes first
    CHECK(capital.totals[0].amount == Rational(600'000'000));  // 500 + 100 million
    CHECK(capital.totals[0].stakes == 2);
    CHECK(capital.totals[1].currency == "USD");
    CHECK(capital.totals[1].amount == Rational(540'000'000));  // Old's $1 billion has ended
    CHECK(capital.totals[1].stakes == 1);
    CHECK(capital.stakes_in_force == 4);
    CHECK(capital.with_commitment == 3);
    CHECK_FALSE(capital.converted.has_value());
}

TEST_CASE("a stated rate converts into one currency, a later-dated rate does not", "[analysis]") {
    auto model = two_currencies();
    model.exchange_rates.push_back(
        rate("EUR", "USD", Rational(27, 25), year{2025} / 1 / 2, "eur-usd"));  // 1.08
    model.exchange_rates.push_back(
        rate("EUR", "USD", Rational(2), year{2025} / 3 / 2, "too-late"));  // after the day
    const auto capital = committed_capital(model, "jv", day);
    REQUIRE(capital.converted.has_value());
    // No USD->EUR rate, so EUR cannot be the target; USD can:
    // 600 million x 1.08 + 540 million = 648 + 540 = 1,188 million.
    CHECK(capital.converted->currency == "USD");
    CHECK(capital.converted->amount == Rational(1'188'000'000));
    REQUIRE(capital.converted->rates.size() == 1);
    CHECK(capital.converted->rates[0]->id == "eur-usd");
    CHECK(capital.totals.size() == 2);  // the per-currency totals stay

    // Before the rate's date there is nothing to convert with.
    CHECK_FALSE(committed_capital(model, "jv", year{2025} / 1 / 1).converted.has_value());
}

TEST_CASE(
    "the latest rate on or before the day is used, and the first currency that can be the "
    "target is",
    "[analysis]") {
    auto model = two_currencies();
    model.exchange_rates.push_back(
        rate("EUR", "USD", Rational(21, 20), year{2025} / 1 / 1, "early"));  // 1.05
    model.exchange_rates.push_back(
        rate("EUR", "USD", Rational(11, 10), year{2025} / 2 / 1, "later"));  // 1.10
    auto converted = committed_capital(model, "jv", day).converted;
    REQUIRE(converted.has_value());
    CHECK(converted->rates[0]->id == "later");
    CHECK(converted->amount == Rational(1'200'000'000));  // 600 x 1.1 + 540 = 660 + 540

    // A USD->EUR rate makes EUR, the first currency, the target: 600 + 540 x 0.9 = 1,086 million.
    model.exchange_rates.push_back(
        rate("USD", "EUR", Rational(9, 10), year{2025} / 2 / 1, "usd-eur"));
    converted = committed_capital(model, "jv", day).converted;
    REQUIRE(converted.has_value());
    CHECK(converted->currency == "EUR");
    CHECK(converted->amount == Rational(1'086'000'000));
    CHECK(converted->rates[0]->id == "usd-eur");
}

TEST_CASE("one currency is never converted, and no commitment gives no totals", "[analysis]") {
    governance::Model model;
    model.info.entity = "jv";
    model.stakes.push_back(stake("alpha", Rational(1, 2), Money{Rational(7), "JPY"}));
    model.stakes.push_back(stake("beta", Rational(1, 2), Money{Rational(8), "JPY"}));
    model.exchange_rates.push_back(rate("JPY", "USD", Rational(1, 150), year{2025} / 1 / 1, "r"));
    const auto capital = committed_capital(model, "jv", day);
    REQUIRE(capital.totals.size() == 1);
    CHECK(capital.totals[0].amount == Rational(15));
    CHECK_FALSE(capital.converted.has_value());

    governance::Model none;
    none.info.entity = "jv";
    none.stakes.push_back(stake("alpha", Rational(1), std::nullopt));
    const auto empty = committed_capital(none, "jv", day);
    CHECK(empty.totals.empty());
    CHECK(empty.with_commitment == 0);
    CHECK(empty.stakes_in_force == 1);
}

}  // namespace
}  // namespace jvgov::analysis
