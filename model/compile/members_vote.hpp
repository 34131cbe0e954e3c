// The voters of a members' meeting and its vote, built from governance::adjusted_votes: the one
// place that turns adjusted votes into players and a winning rule. The members' meeting compiler
// (compile_games) and the holders' games of the indirect-power analysis both use it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/games/simple_game.hpp"
#include "model/governance/votes.hpp"

namespace jvgov::compile {

// A party that casts votes at the meeting: a holder, or the party that directs a holder's votes.
struct MemberVoter {
    std::string party;
    exact::Rational votes;  // the votes it casts: a fraction of the adjusted total
    std::string pool;       // the pool whose rule decides them (a Pool id), or empty
};

// A pool among the voters: its rule and its members (indices into MemberVoters::voters).
struct PoolVoters {
    std::string id;
    governance::PoolRule rule;
    std::vector<int> members;
};

struct MemberVoters {
    std::vector<MemberVoter> voters;
    std::vector<PoolVoters> pools;
};

// The voters of `votes`: each holder's votes go to its `cast_by` party (one voter per party, in
// the order the holders come, a directing party taking the place of the first holder it directs);
// the voters with positive votes, and every pool leader even without votes of its own. A voter
// belongs to the pool of the holders it casts for. Pools with no voter left are dropped.
MemberVoters member_voters(const governance::IssuerVotes& votes);

// The vote "at least `quota` of the weights", where a pool's weights count as a whole for a
// coalition S when the pool's rule wins on S's members in the pool (more than / at least a share
// of the pool's weights; all its members with positive weight; its leader), and not at all
// otherwise. `weights` are per voter (0 for a voter who may not vote). Without pools: the
// weighted game [quota; weights]. With pools, exactly: the union over the sets T of pools of
// AllOf{each pool of T wins internally, the voters outside pools reach quota − the weights of T}.
// Throws InputError with more than 10 pools (2^10 parts).
// REQUIRES: one weight per voter; 1 <= quota <= the sum of the weights.
games::Rule members_vote(const MemberVoters& voters, const std::vector<std::int64_t>& weights,
                         std::int64_t quota);

}  // namespace jvgov::compile
