#include "model/governance/registry.hpp"

#include <algorithm>
#include <string>

namespace jvgov::governance {

bool add_party(Model& model, Party party) {
    if (model.parties.get<by_id>().count(party.id) != 0) {
        return false;
    }
    for (const auto& role : party.roles) {
        model.roles.push_back(RoleEntry{party.id, role});
    }
    model.parties.push_back(std::move(party));
    return true;
}

const Party* find_party(const Model& model, std::string_view id) {
    const auto& index = model.parties.get<by_id>();
    auto found = index.find(std::string(id));
    return found == index.end() ? nullptr : &*found;
}

std::vector<const Party*> parties_with_role(const Model& model, std::string_view role) {
    // Equal keys of an ordered_non_unique index keep their insertion order.
    std::vector<const Party*> result;
    auto [first, last] = model.roles.get<by_role>().equal_range(std::string(role));
    for (auto entry = first; entry != last; ++entry) {
        const Party* party = find_party(model, entry->party);
        if (party != nullptr && std::find(result.begin(), result.end(), party) == result.end()) {
            result.push_back(party);
        }
    }
    return result;
}

namespace {

template <class Range>
std::vector<const Stake*> pointers(const Range& range) {
    std::vector<const Stake*> result;
    for (auto stake = range.first; stake != range.second; ++stake) {
        result.push_back(&*stake);
    }
    return result;
}

}  // namespace

std::vector<const Stake*> stakes_held_by(const Model& model, std::string_view holder) {
    return pointers(model.stakes.get<by_holder>().equal_range(std::string(holder)));
}

std::vector<const Stake*> stakes_in(const Model& model, std::string_view issuer) {
    return pointers(model.stakes.get<by_issuer>().equal_range(std::string(issuer)));
}

std::vector<const Stake*> stakes_in_on(const Model& model, std::string_view issuer, Date day) {
    std::vector<const Stake*> result = stakes_in(model, issuer);
    std::erase_if(result, [day](const Stake* stake) { return !stake->period.contains(day); });
    return result;
}

StakeTotals stake_totals(const Model& model, std::string_view issuer, Date day) {
    StakeTotals totals{Rational(0), Rational(0)};
    for (const Stake* stake : stakes_in_on(model, issuer, day)) {
        totals.economic += stake->economic;
        totals.voting += stake->voting;
    }
    return totals;
}

StakeTotals unallocated(const Model& model, std::string_view issuer, Date day) {
    StakeTotals totals = stake_totals(model, issuer, day);
    return StakeTotals{Rational(1) - totals.economic, Rational(1) - totals.voting};
}

std::vector<std::string> issuers(const Model& model) {
    std::vector<std::string> result;
    for (const Stake& stake : model.stakes.get<by_issuer>()) {
        if (result.empty() || result.back() != stake.issuer) {
            result.push_back(stake.issuer);
        }
    }
    return result;
}

const Body* find_body(const Model& model, std::string_view id) {
    auto found = std::find_if(model.bodies.begin(), model.bodies.end(),
                              [id](const Body& body) { return body.id == id; });
    return found == model.bodies.end() ? nullptr : &*found;
}

const Matter* find_matter(const Model& model, std::string_view body, std::string_view id) {
    auto found = std::find_if(model.matters.begin(), model.matters.end(),
                              [&](const Matter& m) { return m.body == body && m.id == id; });
    return found == model.matters.end() ? nullptr : &*found;
}

std::string party_name(const Model& model, std::string_view id) {
    const Party* party = find_party(model, id);
    return party ? party->name : std::string{id};
}

std::vector<const Matter*> matters_of(const Model& model, std::string_view body) {
    std::vector<const Matter*> result;
    for (const Matter& matter : model.matters) {
        if (matter.body == body) {
            result.push_back(&matter);
        }
    }
    return result;
}

const Matter* default_matter(const Model& model, std::string_view body) {
    for (const Matter& matter : model.matters) {
        if (matter.body == body && matter.is_default) {
            return &matter;
        }
    }
    return nullptr;
}

int seats_appointed_by(const Body& body, std::string_view party) {
    int seats = 0;
    for (const SeatGroup& group : body.seats) {
        if (group.appointed_by == party && !group.observer)
            seats += group.count;
    }
    return seats;
}

int seat_count(const Body& body) {
    int total = 0;
    for (const SeatGroup& group : body.seats) {
        if (!group.observer)
            total += group.count;
    }
    return total;
}

int observer_count(const Body& body) {
    int total = 0;
    for (const SeatGroup& group : body.seats) {
        if (group.observer)
            total += group.count;
    }
    return total;
}

}  // namespace jvgov::governance
