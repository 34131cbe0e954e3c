#include "model/governance/votes.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "model/exact/errors.hpp"

namespace jvgov::governance {

namespace {

bool applies_to(const std::vector<std::string>& matters, std::string_view matter) {
    return matters.empty() ||
           (!matter.empty() && std::find(matters.begin(), matters.end(), matter) != matters.end());
}

bool listed(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The positive fixed point x = cap·(uncapped + Σ min(u_i, x)): the cap of the votes cast (the
// function is concave and increasing in x, so there is at most one); throws InputError when there
// is none (no uncapped votes and fewer than 1/cap holders). REQUIRES: 0 < cap <= 1.
Rational votes_cast_limit(std::vector<Rational> votes, const Rational& uncapped,
                          const Rational& cap, std::string_view record) {
    std::sort(votes.begin(), votes.end(), [](const Rational& a, const Rational& b) { return a > b; });
    Rational rest = uncapped;
    for (const Rational& vote : votes) {
        rest += vote;
    }
    // k holders capped (the k largest): x = cap·R_k / (1 − k·cap), valid when the k-th largest
    // is at least x and the (k+1)-th at most x.
    for (std::size_t k = 0; k <= votes.size(); ++k) {
        if (k > 0) {
            rest -= votes[k - 1];
        }
        const Rational left = 1 - Rational(static_cast<long long>(k)) * cap;
        if (left <= 0 || rest == 0) {
            break;  // no positive fixed point with k or more holders capped
        }
        const Rational limit = cap * rest / left;
        if ((k == 0 || votes[k - 1] >= limit) && (k == votes.size() || votes[k] <= limit)) {
            return limit;
        }
    }
    throw InputError(fmt::format("voting cap '{}': no holder can be held to {} of the votes cast "
                                 "(too few holders)",
                                 record, exact::to_percent_string(cap)));
}

}  // namespace

std::optional<std::pair<Rational, Rational>> class_interests(const std::vector<ShareClass>& classes,
                                                             std::string_view issuer,
                                                             std::string_view share_class,
                                                             const Integer& shares) {
    const ShareClass* found = nullptr;
    Rational all_votes;
    Rational all_economic;
    for (const ShareClass& candidate : classes) {
        if (candidate.issuer != issuer) {
            continue;
        }
        all_votes += Rational(candidate.outstanding) * candidate.votes_per_share;
        all_economic += Rational(candidate.outstanding) * candidate.economic_per_share;
        if (candidate.id == share_class) {
            found = &candidate;
        }
    }
    if (found == nullptr) {
        return std::nullopt;
    }
    const Rational votes = Rational(shares) * found->votes_per_share;
    const Rational economic = Rational(shares) * found->economic_per_share;
    return std::pair{all_economic == 0 ? Rational(0) : economic / all_economic,
                     all_votes == 0 ? Rational(0) : votes / all_votes};
}

IssuerVotes adjusted_votes(const Model& model, std::string_view issuer, std::string_view matter) {
    IssuerVotes result;
    result.issuer = std::string(issuer);
    result.matter = std::string(matter);
    std::vector<Rational> votes;  // per holder, as the steps change them
    std::map<std::string, std::size_t, std::less<>> index;
    std::map<std::string, Integer, std::less<>> class_shares_held;
    const auto holder_at = [&](const std::string& holder) -> std::size_t {
        auto [it, inserted] = index.try_emplace(holder, result.holders.size());
        if (inserted) {
            result.holders.push_back(HolderVotes{holder, 0, 0, holder, {}, {}});
            votes.emplace_back(0);
        }
        return it->second;
    };

    // 1 and 2: raw votes, multiple votes per stake.
    Rational raw_total;
    for (const Stake& stake : model.stakes.get<by_order>()) {
        if (stake.issuer != issuer) {
            continue;
        }
        const std::size_t at = holder_at(stake.holder);
        HolderVotes& holder = result.holders[at];
        holder.raw += stake.voting;
        raw_total += stake.voting;
        if (!stake.share_class.empty() && stake.shares) {
            class_shares_held[stake.share_class] += *stake.shares;
        }
        const MultipleVotes* largest = nullptr;
        for (const MultipleVotes& record : model.multiple_votes) {
            if (record.issuer == issuer &&
                (listed(record.holders, stake.holder) ||
                 (!record.share_class.empty() && record.share_class == stake.share_class)) &&
                (largest == nullptr || record.factor > largest->factor)) {
                largest = &record;
            }
        }
        if (largest == nullptr || stake.voting == 0) {
            votes[at] += stake.voting;
            continue;
        }
        votes[at] += stake.voting * largest->factor;
        const bool noted = std::any_of(
            holder.adjustments.begin(), holder.adjustments.end(),
            [&](const VoteAdjustment& adjustment) { return adjustment.record == largest->id; });
        if (!noted) {
            VoteAdjustment adjustment;
            adjustment.kind = VoteAdjustment::Kind::multiple_votes;
            adjustment.record = largest->id;
            adjustment.factor = largest->factor;
            adjustment.condition = largest->condition;
            holder.adjustments.push_back(std::move(adjustment));
        }
    }
    result.raw_remainder = raw_total < 1 ? 1 - raw_total : Rational(0);
    Rational remainder = result.raw_remainder;
    // A class's shares held by nobody in the model keep the class's multiple votes.
    for (const MultipleVotes& record : model.multiple_votes) {
        if (record.issuer != issuer || record.share_class.empty()) {
            continue;
        }
        for (const ShareClass& share_class : model.share_classes) {
            if (share_class.issuer != issuer || share_class.id != record.share_class) {
                continue;
            }
            const auto held = class_shares_held.find(share_class.id);
            const Integer unheld =
                share_class.outstanding - (held == class_shares_held.end() ? 0 : held->second);
            if (unheld > 0) {
                if (auto interests = class_interests(model.share_classes, issuer, share_class.id,
                                                     unheld)) {
                    remainder += interests->second * (record.factor - 1);
                }
            }
        }
    }

    // 3: suspensions.
    for (const VoteSuspension& suspension : model.vote_suspensions) {
        const auto found = index.find(suspension.holder);
        if (suspension.issuer != issuer || found == index.end()) {
            continue;
        }
        votes[found->second] = 0;
        VoteAdjustment adjustment;
        adjustment.kind = VoteAdjustment::Kind::suspended;
        adjustment.record = suspension.id;
        adjustment.reason = suspension.reason;
        result.holders[found->second].adjustments.push_back(std::move(adjustment));
    }

    // 4: caps.
    for (const VotingCap& cap : model.voting_caps) {
        if (cap.issuer != issuer || !applies_to(cap.matters, matter)) {
            continue;
        }
        Rational total = remainder;
        for (const Rational& vote : votes) {
            total += vote;
        }
        const Rational limit = cap.of == CapBase::all_votes
                                   ? cap.cap * total
                                   : votes_cast_limit(votes, remainder, cap.cap, cap.id);
        for (std::size_t i = 0; i < votes.size(); ++i) {
            if (votes[i] > limit) {
                votes[i] = limit;
                VoteAdjustment adjustment;
                adjustment.kind = VoteAdjustment::Kind::capped;
                adjustment.record = cap.id;
                adjustment.cap = cap.cap;
                adjustment.of = cap.of;
                result.holders[i].adjustments.push_back(std::move(adjustment));
            }
        }
    }

    // 5: the adjusted fractions.
    Rational total = remainder;
    for (const Rational& vote : votes) {
        total += vote;
    }
    if (total > 0) {
        for (std::size_t i = 0; i < votes.size(); ++i) {
            result.holders[i].adjusted = votes[i] / total;
        }
        result.remainder = remainder / total;
    }

    // 6: who casts them, and by which rule.
    for (const DirectedVote& directed : model.directed_votes) {
        const auto found = index.find(directed.holder);
        if (directed.issuer != issuer || found == index.end() ||
            !applies_to(directed.matters, matter)) {
            continue;
        }
        HolderVotes& holder = result.holders[found->second];
        holder.cast_by = directed.directed_by;
        VoteAdjustment adjustment;
        adjustment.kind = VoteAdjustment::Kind::directed;
        adjustment.record = directed.id;
        adjustment.party = directed.directed_by;
        holder.adjustments.push_back(std::move(adjustment));
    }
    for (const Pool& pool : model.pools) {
        if (pool.issuer != issuer || !applies_to(pool.matters, matter)) {
            continue;
        }
        Pool kept = pool;
        std::erase_if(kept.members, [&](const std::string& member) {
            return !index.contains(member);
        });
        for (const std::string& member : kept.members) {
            HolderVotes& holder = result.holders[index.at(member)];
            if (!holder.pool.empty()) {
                throw InputError(fmt::format("'{}' is in two voting pools of '{}', '{}' and '{}'",
                                             member, issuer, holder.pool, pool.id));
            }
            holder.pool = pool.id;
            VoteAdjustment adjustment;
            adjustment.kind = VoteAdjustment::Kind::pooled;
            adjustment.record = pool.id;
            holder.adjustments.push_back(std::move(adjustment));
        }
        if (!kept.members.empty()) {
            result.pools.push_back(std::move(kept));
        }
    }
    return result;
}

const HolderVotes* find_holder(const IssuerVotes& votes, std::string_view holder) {
    for (const HolderVotes& entry : votes.holders) {
        if (entry.holder == holder) {
            return &entry;
        }
    }
    return nullptr;
}

}  // namespace jvgov::governance
