#include "model/analysis/committed_capital.hpp"

#include <algorithm>

#include "model/governance/registry.hpp"

namespace jvgov::analysis {

const governance::ExchangeRate* rate_on(const governance::Model& model, std::string_view from,
                                        std::string_view to, governance::Date day) {
    const governance::ExchangeRate* latest = nullptr;
    for (const auto& rate : model.exchange_rates) {
        if (rate.from == from && rate.to == to && rate.date <= day &&
            (latest == nullptr || latest->date <= rate.date)) {
            latest = &rate;
        }
    }
    return latest;
}

namespace {

std::optional<ConvertedTotal> convert(const governance::Model& model,
                                      const std::vector<CurrencyTotal>& totals,
                                      governance::Date day) {
    if (totals.size() < 2) {
        return std::nullopt;
    }
    for (const auto& target : totals) {
        ConvertedTotal converted{target.currency, 0, {}};
        bool complete = true;
        for (const auto& total : totals) {
            if (total.currency == target.currency) {
                converted.amount += total.amount;
                continue;
            }
            const auto* rate = rate_on(model, total.currency, target.currency, day);
            if (rate == nullptr) {
                complete = false;
                break;
            }
            converted.amount += total.amount * rate->rate;
            converted.rates.push_back(rate);
        }
        if (complete) {
            return converted;
        }
    }
    return std::nullopt;
}

// Adds `money` to its currency's total (a new total, in first-appearance order, if none).
void add(std::vector<CurrencyTotal>& totals, const governance::Money& money) {
    auto found = std::find_if(totals.begin(), totals.end(), [&money](const CurrencyTotal& total) {
        return total.currency == money.currency;
    });
    if (found == totals.end()) {
        totals.push_back({money.currency, 0, 0});
        found = std::prev(totals.end());
    }
    found->amount += money.amount;
    ++found->stakes;
}

}  // namespace

CommittedCapital committed_capital(const governance::Model& model, std::string_view issuer,
                                   governance::Date day) {
    CommittedCapital capital;
    for (const auto* stake : governance::stakes_in_on(model, issuer, day)) {
        ++capital.stakes_in_force;
        if (stake->committed) {
            ++capital.with_commitment;
            add(capital.totals, *stake->committed);
        }
        if (stake->paid_in) {
            ++capital.with_paid_in;
            add(capital.paid_in, *stake->paid_in);
        }
    }
    capital.converted = convert(model, capital.totals, day);
    return capital;
}

}  // namespace jvgov::analysis
