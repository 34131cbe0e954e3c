// Capital committed to an issuer on one date, totalled per currency, and converted into one
// currency only at exchange rates the model states.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/governance/model.hpp"

namespace jvgov::analysis {

// The committed capital of the stakes in force in one currency.
struct CurrencyTotal {
    std::string currency;  // ISO 4217 code
    governance::Rational amount;
    int stakes = 0;  // how many stakes state a commitment in this currency
};

// Every total converted into `currency` and added up. `rates` are the ones used, one per other
// currency, in the order of CommittedCapital::totals.
struct ConvertedTotal {
    std::string currency;
    governance::Rational amount;
    std::vector<const governance::ExchangeRate*> rates;
};

struct CommittedCapital {
    std::vector<CurrencyTotal> totals;  // in the order each currency first appears in the file
    int stakes_in_force = 0;            // stakes in the issuer in force on the day
    int with_commitment = 0;            // of which state a commitment (in any currency)
    // Set when there are several currencies and the model states, for every currency but one
    // (the target), a rate into the target dated on or before the day. The target is the first
    // currency of `totals` for which this holds; each rate used is the latest such one (the
    // later in file order on a tie). Pointers point into the model.
    std::optional<ConvertedTotal> converted;
    // The capital actually paid in, per currency, by the stakes in force that state it (0 is a
    // statement: nothing paid in). Never converted.
    std::vector<CurrencyTotal> paid_in;
    int with_paid_in = 0;  // stakes in force that state their paid-in capital
};

// The capital committed to `issuer` by the stakes of `model` in force on `day`, and the capital
// paid in by those that state it. Exact: amounts
// in different currencies are never added unless converted at a stated rate.
CommittedCapital committed_capital(const governance::Model& model, std::string_view issuer,
                                   governance::Date day);

// The latest rate from `from` into `to` dated on or before `day` (the later in file order on a
// tie), or nullptr when the model states none.
const governance::ExchangeRate* rate_on(const governance::Model& model, std::string_view from,
                                        std::string_view to, governance::Date day);

}  // namespace jvgov::analysis
