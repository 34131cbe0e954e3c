#include "model/governance/as_of.hpp"

#include <algorithm>
#include <type_traits>

#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/governance/votes.hpp"

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
        if (!party.period.contains(day)) {
            continue;
        }
        Party kept = party;
        if (!party.role_terms.empty()) {
            std::erase_if(kept.role_terms,
                          [day](const RoleTerm& term) { return !term.period.contains(day); });
            kept.roles.clear();
            for (const RoleTerm& term : kept.role_terms) {
                if (std::find(kept.roles.begin(), kept.roles.end(), term.role) ==
                    kept.roles.end()) {
                    kept.roles.push_back(term.role);
                }
            }
        }
        add_party(view, std::move(kept));
    }
    const auto in_force = [day](const auto& records) {
        std::remove_cvref_t<decltype(records)> kept;
        for (const auto& record : records) {
            if (record.period.contains(day)) {
                kept.push_back(record);
            }
        }
        return kept;
    };
    view.share_classes = in_force(model.share_classes);
    view.voting_caps = in_force(model.voting_caps);
    view.multiple_votes = in_force(model.multiple_votes);
    view.vote_suspensions = in_force(model.vote_suspensions);
    view.pools = in_force(model.pools);
    view.directed_votes = in_force(model.directed_votes);
    for (const Stake& stake : model.stakes) {
        if (!stake.period.contains(day)) {
            continue;
        }
        Stake kept = stake;
        if (!stake.share_class.empty() && stake.shares) {
            const auto interests =
                class_interests(view.share_classes, stake.issuer, stake.share_class, *stake.shares);
            kept.economic = interests ? interests->first : Rational(0);
            kept.voting = interests ? interests->second : Rational(0);
        }
        view.stakes.push_back(std::move(kept));
    }
    for (const Body& body : model.bodies) {
        if (!body.period.contains(day)) {
            continue;
        }
        Body kept = body;
        std::erase_if(kept.seats,
                      [day](const SeatGroup& group) { return !group.period.contains(day); });
        if (!body.chair_terms.empty()) {
            std::erase_if(kept.chair_terms,
                          [day](const ChairTerm& term) { return !term.period.contains(day); });
            kept.chair = kept.chair_terms.empty() ? std::string{} : kept.chair_terms.front().party;
        }
        view.bodies.push_back(std::move(kept));
    }
    for (const Matter& matter : model.matters) {
        if (matter.period.contains(day)) {
            view.matters.push_back(matter);
        }
    }
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
        if (last_day(event.date, event.precision) <= day) {
            view.events.push_back(event);
        }
    }
    return view;
}

std::string status_on(const Model& model, Date day) {
    std::string status = model.info.status;
    std::optional<Date> status_date;
    for (const Event& event : model.events) {
        const Date happened = last_day(event.date, event.precision);
        if (!event.status.empty() && happened <= day &&
            (!status_date || *status_date <= happened)) {
            status = event.status;
            status_date = happened;
        }
    }
    return status;
}

std::optional<Date> latest_event_date(const Model& model) {
    std::optional<Date> latest;
    for (const Event& event : model.events) {
        const Date happened = last_day(event.date, event.precision);
        if (!latest || *latest < happened) {
            latest = happened;
        }
    }
    return latest;
}

}  // namespace jvgov::governance
