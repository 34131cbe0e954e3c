#include "model/compile/members_vote.hpp"

#include <algorithm>
#include <map>

#include "model/exact/errors.hpp"
#include "model/games/weighted_game.hpp"

namespace jvgov::compile {

namespace {

constexpr std::size_t max_pools = 10;

// The rule of a pool deciding by a threshold or by unanimity, over all the voters (the weights
// of non-members 0); `pooled` is the sum of its members' weights.
games::Rule pool_rule(const PoolVoters& pool, const std::vector<std::int64_t>& weights,
                      std::int64_t pooled) {
    std::vector<std::int64_t> own(weights.size(), 0);
    std::int64_t quota = 0;
    for (int member : pool.members) {
        const std::int64_t weight = weights[static_cast<std::size_t>(member)];
        if (pool.rule.kind == governance::PoolRule::Kind::unanimous) {
            own[static_cast<std::size_t>(member)] = weight > 0 ? 1 : 0;
            quota += weight > 0 ? 1 : 0;
        } else {
            own[static_cast<std::size_t>(member)] = weight;
        }
    }
    if (pool.rule.kind == governance::PoolRule::Kind::threshold) {
        quota = pool.rule.threshold.kind == governance::Threshold::Kind::more_than
                    ? games::quota_more_than(pool.rule.threshold.fraction, pooled)
                    : games::quota_at_least(pool.rule.threshold.fraction, pooled);
    }
    return games::Rule{games::WeightedGame{std::move(own), quota}};
}

}  // namespace

MemberVoters member_voters(const governance::IssuerVotes& votes) {
    MemberVoters result;
    std::map<std::string, std::size_t> index;
    std::vector<std::string> leaders;
    for (const governance::Pool& pool : votes.pools) {
        if (pool.rule.kind == governance::PoolRule::Kind::leader) {
            leaders.push_back(pool.rule.leader);
        }
    }
    for (const governance::HolderVotes& holder : votes.holders) {
        const bool leader =
            std::find(leaders.begin(), leaders.end(), holder.holder) != leaders.end();
        if (holder.adjusted <= 0 && !leader) {
            continue;
        }
        auto [it, inserted] = index.try_emplace(holder.cast_by, result.voters.size());
        if (inserted) {
            result.voters.push_back(MemberVoter{holder.cast_by, 0, {}});
        }
        MemberVoter& voter = result.voters[it->second];
        voter.votes += holder.adjusted;
        if (!holder.pool.empty()) {
            voter.pool = holder.pool;
        }
    }
    for (const governance::Pool& pool : votes.pools) {
        PoolVoters entry{pool.id, pool.rule, {}};
        for (std::size_t i = 0; i < result.voters.size(); ++i) {
            if (result.voters[i].pool == pool.id) {
                entry.members.push_back(static_cast<int>(i));
            }
        }
        if (pool.rule.kind == governance::PoolRule::Kind::leader) {
            // The leader's own voter (a directed leader: the party casting its votes).
            const governance::HolderVotes* leader = governance::find_holder(votes, pool.rule.leader);
            const auto found = leader != nullptr ? index.find(leader->cast_by) : index.end();
            if (found == index.end()) {
                continue;
            }
            entry.rule.leader = leader->cast_by;
        }
        if (!entry.members.empty()) {
            result.pools.push_back(std::move(entry));
        }
    }
    return result;
}

games::Rule members_vote(const MemberVoters& voters, const std::vector<std::int64_t>& weights,
                         std::int64_t quota) {
    if (voters.pools.empty()) {
        return games::Rule{games::WeightedGame{weights, quota}};
    }
    if (voters.pools.size() > max_pools) {
        throw InputError("more than 10 voting pools at one meeting");
    }
    const int n = static_cast<int>(weights.size());
    std::vector<std::int64_t> outside = weights;
    std::vector<std::int64_t> pooled;
    std::vector<games::Rule> internal;
    for (const PoolVoters& pool : voters.pools) {
        std::int64_t sum = 0;
        for (int member : pool.members) {
            sum += weights[static_cast<std::size_t>(member)];
            outside[static_cast<std::size_t>(member)] = 0;
        }
        pooled.push_back(sum);
        if (pool.rule.kind == governance::PoolRule::Kind::leader) {
            const auto leader = std::find_if(
                voters.voters.begin(), voters.voters.end(),
                [&](const MemberVoter& voter) { return voter.party == pool.rule.leader; });
            internal.push_back(
                games::consent_of(n, static_cast<int>(leader - voters.voters.begin())));
        } else {
            internal.push_back(pool_rule(pool, weights, sum));
        }
    }
    std::int64_t outside_total = 0;
    for (std::int64_t weight : outside) {
        outside_total += weight;
    }
    std::vector<games::Rule> alternatives;
    const std::size_t sets = std::size_t{1} << voters.pools.size();
    for (std::size_t set = 0; set < sets; ++set) {
        std::vector<games::Rule> parts;
        std::int64_t need = quota;
        bool usable = true;
        for (std::size_t p = 0; p < voters.pools.size(); ++p) {
            if ((set >> p & 1U) == 0) {
                continue;
            }
            if (pooled[p] == 0) {
                usable = false;  // a pool without votes adds nothing: its set is another's
                break;
            }
            parts.push_back(internal[p]);
            need -= pooled[p];
        }
        if (!usable || need > outside_total) {
            continue;
        }
        if (need > 0) {
            parts.push_back(games::Rule{games::WeightedGame{outside, need}});
        }
        alternatives.push_back(parts.size() == 1 ? std::move(parts.front())
                                                 : games::Rule{games::AllOf{std::move(parts)}});
    }
    return alternatives.size() == 1 ? std::move(alternatives.front())
                                     : games::Rule{games::AnyOf{std::move(alternatives)}};
}

}  // namespace jvgov::compile
