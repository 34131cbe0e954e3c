// The typed joint-venture provisions, multi-source provenance and money with a currency, as the
// loader reads them (tests/load/valid/jv-provisions.toml) and the mistakes it reports in them
// (full diagnostic texts; the invalid corpus 90-99 has one more each).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/load/loader.hpp"

using namespace jvgov;
using namespace jvgov::governance;
using namespace std::chrono_literals;

namespace {

const std::string jv_provisions =
    std::string(JVGOV_SOURCE_DIR) + "/tests/load/valid/jv-provisions.toml";

std::string formatted(const load::LoadResult& result) {
    std::string text;
    for (const load::Diagnostic& diagnostic : result.diagnostics) {
        text += load::format(diagnostic) + "\n";
    }
    return text;
}

const Right& right_named(const Model& model, std::string_view id) {
    for (const Right& right : model.rights) {
        if (right.id == id) {
            return right;
        }
    }
    FAIL("no right " << id);
    return model.rights.front();
}

// 36 lines: a model with parties jv, a, b, a source and a matter; the cases append records.
const std::string preamble = R"([model]
name = "JV"
entity = "jv"
as_of = 2025-01-01

[[sources]]
id = "press"
title = "Press"
url = "https://example.com/p"

[[parties]]
id = "jv"
name = "JV"
kind = "company"

[[parties]]
id = "a"
name = "A"
kind = "company"

[[parties]]
id = "b"
name = "B"
kind = "company"

[[bodies]]
id = "members"
name = "Members"
of = "jv"
kind = "members"

[[matters]]
id = "budget"
name = "Budget"
body = "members"
rule = { unanimous = true }
)";

struct ErrorCase {
    const char* what;
    const char* records;   // appended to the preamble
    const char* expected;  // the full diagnostics
};

const std::vector<ErrorCase> error_cases = {
    {"a deadlock right needs its clause",
     R"(
[[rights]]
id = "d"
kind = "deadlock"
holders = ["a", "b"]
scope = "s"
)",
     R"(mini.toml:38:1: error: missing required key 'deadlock' in [[rights]]
)"},
    {"deadlock keys of other mechanisms, a zero failed_votes and an unknown matter",
     R"(
[[rights]]
id = "d"
kind = "deadlock"
holders = ["a", "b"]
scope = "s"
deadlock = { matters = ["budgt"], failed_votes = 0, mechanism = "mediation", escalate_to = ["a"], triggered_by = ["a"], price_basis = "p" }
)",
     R"(mini.toml:43:25: error: unknown matter 'budgt' (did you mean 'budget'?)
mini.toml:43:50: error: 'failed_votes' must be between 1 and 100
mini.toml:43:92: error: 'escalate_to' is only allowed with mechanism "escalation", not with "mediation"
mini.toml:43:114: error: 'triggered_by' is only allowed with mechanism "buy-sell", "put-call" or "dissolution", not with "mediation"
mini.toml:43:135: error: 'price_basis' is only allowed with mechanism "buy-sell" or "put-call", not with "mediation"
)"},
    {"an unknown buy-sell form gets a did-you-mean",
     R"(
[[rights]]
id = "d"
kind = "deadlock"
holders = ["a", "b"]
scope = "s"
deadlock = { mechanism = "buy-sell", buy_sell = "russian-roulete" }
)",
     R"(mini.toml:43:49: error: unknown buy-sell form 'russian-roulete' (did you mean 'russian-roulette'?)
)"},
    {"an unknown mechanism lists the known ones; its keys are not reported, unknown keys are",
     R"(
[[rights]]
id = "d"
kind = "deadlock"
holders = ["a", "b"]
scope = "s"
deadlock = { mechanism = "coin-toss", buy_sell = "texas-shoot-out", colour = "red" }
)",
     R"(mini.toml:43:26: error: unknown deadlock mechanism 'coin-toss' (expected one of: casting-vote, escalation, mediation, arbitration, buy-sell, put-call, dissolution)
mini.toml:43:69: error: unknown key 'colour' in deadlock
)"},
    {"a holder named as counterparty; price_basis on a lock-up",
     R"(
[[rights]]
id = "l"
kind = "lock-up"
holders = ["a", "b"]
counterparties = ["b"]
scope = "s"
price_basis = "p"
)",
     R"(mini.toml:42:18: error: party 'b' is both a holder and a counterparty of right 'l'
mini.toml:44:15: error: 'price_basis' is only allowed on a right of kind "put-option" or "call-option", not on a right of kind "lock-up"
)"},
    {"a holder listed twice",
     R"(
[[rights]]
id = "r"
kind = "tag-along"
holders = ["a", "a"]
scope = "s"
)",
     R"(mini.toml:41:17: error: party 'a' is listed twice in 'holders'
)"},
    {"an empty holders list",
     R"(
[[rights]]
id = "r"
kind = "tag-along"
holders = []
scope = "s"
)",
     R"(mini.toml:41:11: error: 'holders' is empty: give at least one party id, or leave the key out
)"},
    {"no holder; an empty sources list; an unknown assumption in a list",
     R"(
[[rights]]
id = "r"
kind = "tag-along"
scope = "s"
sources = []
assumptions = ["GA-9"]
)",
     R"(mini.toml:38:1: error: missing required key 'holder' (or 'holders') in [[rights]]
mini.toml:42:11: error: 'sources' is empty: give at least one source id, or leave the key out
mini.toml:43:16: error: unknown assumption 'GA-9'
)"},
    {"a source listed twice; confidence assumption without assumptions",
     R"(
[[rights]]
id = "r"
kind = "call-option"
holder = "a"
scope = "s"
sources = ["press", "press"]
confidence = "assumption"
)",
     R"(mini.toml:43:21: error: source 'press' is listed twice in 'sources'
mini.toml:44:14: error: confidence "assumption" needs an 'assumption' id naming the documented assumption
)"},
    {"committed with a float amount, a malformed currency and an unknown key",
     R"(
[[stakes]]
holder = "a"
issuer = "jv"
economic = "100%"
committed = { amount = 5.0, currency = "dollars", unit = "bn" }
)",
     R"(mini.toml:42:24: error: expected an exact amount for 'amount', found a float: write a string such as "19e9": floats are inexact
mini.toml:42:40: error: invalid currency code 'dollars' for 'currency': write an ISO 4217 code of three capital letters such as "USD", "EUR" or "JPY"
mini.toml:42:51: error: unknown key 'unit' in committed
)"},
    {"committed without amount and currency",
     R"(
[[stakes]]
holder = "a"
issuer = "jv"
economic = "100%"
committed = {}
)",
     R"(mini.toml:42:13: error: missing required key 'amount' in committed
mini.toml:42:13: error: missing required key 'currency' in committed
)"},
    {"an exchange rate to itself, zero, without date and source",
     R"(
[[exchange_rates]]
id = "x"
from = "EUR"
to = "EUR"
rate = "0"
)",
     R"(mini.toml:38:1: error: missing required key 'date' in [[exchange_rates]]
mini.toml:38:1: error: missing required key 'source' (or 'sources') in [[exchange_rates]]: a rate is used only when a source states it
mini.toml:41:6: error: an exchange rate from 'EUR' to itself
mini.toml:42:8: error: 'rate' must be positive
)"},
    {"an exchange rate given as a percentage",
     R"(
[[exchange_rates]]
id = "x"
from = "USD"
to = "JPY"
rate = "150%"
date = 2025-01-02
source = "press"
)",
     R"(mini.toml:42:8: error: malformed rate '150%': write a decimal ("1.08") or a fraction ("1/150")
)"},
    {"an exchange rate given as a float",
     R"(
[[exchange_rates]]
id = "x"
from = "USD"
to = "JPY"
rate = 150.5
date = 2025-01-02
sources = ["press"]
)",
     R"(mini.toml:42:8: error: expected an exact rate such as "1.08", "1/150" or an integer for 'rate', found a float
)"},
    {"two rates for the same currencies on the same day",
     R"(
[[exchange_rates]]
id = "x"
from = "EUR"
to = "USD"
rate = "1.08"
date = 2025-01-02
source = "press"

[[exchange_rates]]
id = "y"
from = "EUR"
to = "USD"
rate = "1.09"
date = 2025-01-02
source = "press"
)",
     R"(mini.toml:51:8: error: a second rate from 'EUR' to 'USD' on 2025-01-02 (the first is on line 43): give one rate per day
)"},
};

}  // namespace

TEST_CASE("the typed-provisions model loads without diagnostics", "[load]") {
    const load::LoadResult result = load::load_model_file(jv_provisions);
    CHECK(formatted(result).empty());
    REQUIRE(result.model);
}

TEST_CASE("rights: holders, counterparties, deadlock clauses, threshold, price basis", "[load]") {
    const Model model = *load::load_model_file(jv_provisions).model;
    REQUIRE(model.rights.size() == 7);

    const Right& roulette = right_named(model, "roulette");
    CHECK(roulette.kind == RightKind::deadlock);
    CHECK(family(roulette.kind) == RightFamily::deadlock_device);
    CHECK(roulette.holders == std::vector<std::string>{"alpha", "beta"});
    CHECK(roulette.counterparties.empty());
    REQUIRE(roulette.deadlock.has_value());
    const DeadlockClause& clause = *roulette.deadlock;
    CHECK(clause.matters == std::vector<std::string>{"budget", "business-plan"});
    CHECK(clause.failed_votes == 2);
    CHECK(clause.mechanism == DeadlockMechanism::buy_sell);
    CHECK(clause.buy_sell == BuySell::russian_roulette);
    CHECK(clause.triggered_by == std::vector<std::string>{"alpha", "beta"});
    CHECK(clause.price_basis == "the price named by the owner who triggers it");
    CHECK(clause.escalate_to.empty());
    CHECK(roulette.provenance.sources == std::vector<std::string>{"agreement", "press"});

    const Right& escalation = right_named(model, "escalation");
    REQUIRE(escalation.deadlock.has_value());
    CHECK(escalation.deadlock->mechanism == DeadlockMechanism::escalation);
    CHECK(escalation.deadlock->escalate_to == std::vector<std::string>{"alpha-ceo", "beta-ceo"});
    CHECK(escalation.deadlock->failed_votes == 1);
    CHECK_FALSE(escalation.deadlock->buy_sell.has_value());

    const Right& rofr = right_named(model, "mutual-rofr");
    CHECK(rofr.holders == std::vector<std::string>{"alpha", "beta"});
    CHECK(family(rofr.kind) == RightFamily::transfer_restriction);
    CHECK_FALSE(rofr.deadlock.has_value());

    const Right& lock_up = right_named(model, "lock-up");
    CHECK(lock_up.kind == RightKind::lock_up);
    CHECK(lock_up.period.until == Date{2028y / 1 / 21});

    const Right& drag = right_named(model, "drag");
    CHECK(drag.kind == RightKind::drag_along);
    CHECK(drag.holders == std::vector<std::string>{"alpha"});
    CHECK(drag.counterparties == std::vector<std::string>{"beta"});
    CHECK(drag.threshold == Rational(3, 4));
    CHECK(drag.provenance.assumptions == std::vector<std::string>{"GA-2"});
    CHECK(drag.provenance.sources.empty());

    const Right& put = right_named(model, "beta-put");
    CHECK(put.kind == RightKind::put_option);
    CHECK(family(put.kind) == RightFamily::exit_option);
    CHECK(put.counterparties == std::vector<std::string>{"alpha"});
    CHECK(put.price_basis == "fair market value set by an independent expert");
    CHECK_FALSE(put.threshold.has_value());
}

TEST_CASE("provenance lists, money with a currency and exchange rates load", "[load]") {
    const Model model = *load::load_model_file(jv_provisions).model;
    CHECK(model.assumptions[1].provenance.sources ==
          std::vector<std::string>{"press", "agreement"});
    CHECK(model.bodies[0].provenance.assumptions == std::vector<std::string>{"GA-1", "GA-2"});
    CHECK(model.events[0].provenance.sources == std::vector<std::string>{"press", "agreement"});

    auto stakes = model.stakes.get<by_order>().begin();
    const Stake& alpha = *stakes;
    const Stake& beta = *std::next(stakes);
    REQUIRE(alpha.committed.has_value());
    CHECK(alpha.committed->amount == Rational(500'000'000));
    CHECK(alpha.committed->currency == "EUR");
    CHECK(alpha.provenance.sources == std::vector<std::string>{"agreement", "press"});
    REQUIRE(beta.committed.has_value());
    CHECK(beta.committed->amount == Rational(540'000'000));
    CHECK(beta.committed->currency == "USD");

    REQUIRE(model.exchange_rates.size() == 1);
    const ExchangeRate& rate = model.exchange_rates[0];
    CHECK(rate.id == "eur-usd-2025-01-02");
    CHECK(rate.from == "EUR");
    CHECK(rate.to == "USD");
    CHECK(rate.rate == Rational(27, 25));  // 1.08 exactly
    CHECK(rate.date == Date{2025y / 1 / 2});
    CHECK(rate.provenance.sources == std::vector<std::string>{"ecb-rates"});
}

TEST_CASE("the new keys' mistakes are reported in full, each located", "[load]") {
    for (const ErrorCase& error : error_cases) {
        INFO(error.what);
        const load::LoadResult result = load::load_model(preamble + error.records, "mini.toml");
        CHECK(formatted(result) == error.expected);
        CHECK_FALSE(result.model.has_value());
    }
}

TEST_CASE("the right kinds: one table, names round-trip, near misses suggested", "[load]") {
    for (const RightKindEntry& entry : right_kind_table) {
        CHECK(name(entry.kind) == entry.name);
        CHECK(parse_right_kind(entry.name) == entry.kind);
        CHECK(family(entry.kind) == entry.family);
    }
    CHECK(all_right_kinds.size() == right_kind_table.size());
    CHECK(parse_right_kind("rofr") == std::nullopt);
    const load::LoadResult result = load::load_model(preamble + R"(
[[rights]]
id = "t"
kind = "tagalong"
holder = "a"
scope = "s"
)",
                                                     "mini.toml");
    CHECK(formatted(result) ==
          "mini.toml:40:8: error: unknown right kind 'tagalong' (did you mean 'tag-along'?)\n");
}
