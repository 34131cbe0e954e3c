#include "model/governance/as_of.hpp"

#include <algorithm>

#include "model/governance/registry.hpp"

namespace jvgov::governance {

Model as_of(const Model& model, Date day) {
    Model view;
    view.info = model.info;
    view.info.as_of = day;
    view.info.status = status_on(model, day);
    view.sources = model.sources;
    view.assumptions = model.assumptions;
    view.claims = model.claims;
    view.exchange_rates = model.exchange_rates;
    for (const Party& party : model.parties) {
        if (party.period.contains(day)) {
            add_party(view, party);
        }
    }
    for (const Stake& stake : model.stakes) {
        if (stake.period.contains(day)) {
            view.stakes.push_back(stake);
        }
    }
    view.bodies = model.bodies;
    view.matters = model.matters;
    for (const Agreement& agreement : model.agreements) {
        Agreement kept = agreement;
        std::erase_if(kept.versions, [day](const AgreementVersion& version) {
            return !version.period.contains(day);
        });
        if (agreement.versions.empty() || !kept.versions.empty()) {
            view.agreements.push_back(std::move(kept));
        }
    }
    for (const Right& right : model.rights) {
        if (right.period.contains(day)) {
            view.rights.push_back(right);
        }
    }
    for (const Event& event : model.events) {
        if (event.date <= day) {
            view.events.push_back(event);
        }
    }
    return view;
}

std::string status_on(const Model& model, Date day) {
    std::string status = model.info.status;
    std::optional<Date> status_date;
    for (const Event& event : model.events) {
        if (!event.status.empty() && event.date <= day &&
            (!status_date || *status_date <= event.date)) {
            status = event.status;
            status_date = event.date;
        }
    }
    return status;
}

std::optional<Date> latest_event_date(const Model& model) {
    std::optional<Date> latest;
    for (const Event& event : model.events) {
        if (!latest || *latest < event.date) {
            latest = event.date;
        }
    }
    return latest;
}

}  // namespace jvgov::governance
