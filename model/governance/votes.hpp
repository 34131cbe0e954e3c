// Votes as the rules make them: one function computes the votes each holder of an issuer casts
// at its members' meeting, after share classes, multiple votes, suspended votes and voting caps,
// and says who decides how they are cast (directed votes) and by which rule (voting pools).
//
// Every analysis that weighs votes uses adjusted_votes: the members' meeting compiler
// (model/compile), the ownership graph of the control analysis (model/ownership/graph.cpp) and the
// indirect-power analysis (model/ownership/indirect_power.cpp), so that they see the same votes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/governance/model.hpp"

namespace jvgov::governance {

// The economic and voting interests of `shares` shares of class `share_class` of `issuer`, given
// the classes in force (`classes`; those of other issuers are ignored):
//   voting = shares·v / Σ(outstanding·v), economic = shares·e / Σ(outstanding·e)
// over the issuer's classes (v votes and e economic participation per share); an interest is 0
// when its sum is 0 (no class carries votes). nullopt when the class is not among `classes`.
std::optional<std::pair<Rational, Rational>> class_interests(const std::vector<ShareClass>& classes,
                                                             std::string_view issuer,
                                                             std::string_view share_class,
                                                             const Integer& shares);

// One rule that changed a holder's votes or who casts them, with what the reports need to say why.
struct VoteAdjustment {
    enum class Kind {
        multiple_votes,  // its votes count `factor` times (record: a MultipleVotes id)
        suspended,       // its votes are suspended for `reason` (a VoteSuspension id)
        capped,          // its votes are cut to `cap` of all votes / of the votes cast (a VotingCap)
        directed,        // its votes are cast as `party` instructs (a DirectedVote id)
        pooled,          // its votes are cast by the pool's rule (a Pool id)
    };

    Kind kind = Kind::multiple_votes;
    std::string record;
    int factor = 1;                                   // multiple_votes
    std::string condition;                            // multiple_votes
    SuspensionReason reason = SuspensionReason::law;  // suspended
    Rational cap;                                     // capped
    CapBase of = CapBase::all_votes;                  // capped
    std::string party;                                // directed: the party instructing
};

struct HolderVotes {
    std::string holder;
    // The voting interest of its stakes in force (summed): a fraction of all the issuer's votes.
    Rational raw;
    // Its votes after multiple votes, suspensions and caps: a fraction of the adjusted total
    // (every vote that is cast, the unallocated remainder included).
    Rational adjusted;
    std::string cast_by;  // who decides how its votes are cast: `directed_by`, else the holder
    std::string pool;     // the pool whose rule decides them (a Pool id), or empty
    std::vector<VoteAdjustment> adjustments;  // in the order they were applied
};

struct IssuerVotes {
    std::string issuer;
    std::string matter;
    std::vector<HolderVotes> holders;  // every holder of a stake in force, first-stake order
    Rational raw_remainder;            // 1 - Σ raw: the votes no holder of the model holds
    Rational remainder;                // those votes as a fraction of the adjusted total
    std::vector<Pool> pools;           // the pools that apply (members: holders in the model)
};

// The votes of every holder of `issuer` at its members' meeting on `matter` (a matter id of the
// issuer's members' meeting; empty: the general votes, to which only records without a `matters`
// list apply). `model_on_date` is a model after governance::as_of (only records in force).
// Steps, in this order:
// 1. raw votes: each holder's voting interests summed (class stakes derived by as_of);
// 2. multiple votes: a stake counts `factor` times when its holder is listed or its shares are
//    of the record's class (several records: the largest factor); the record's class's shares
//    held by nobody in the model count `factor` times in the remainder too;
// 3. suspensions: the holder's votes are removed;
// 4. caps (on the matter), in file order, of the total W of the votes left (the remainder
//    counted as many small uncapped holders): "all-votes" cuts each holder to cap·W;
//    "votes-cast" to x with x = cap·(R + k·x), i.e. x = cap·R / (1 − k·cap), for the k holders
//    above x and R the votes of the others (the largest such fixed point);
// 5. adjusted = votes / (Σ votes + remainder), exact; all 0 when nothing is left;
// 6. directed votes (on the matter): cast_by = directed_by; pools (on the matter): pool = id.
// Throws InputError when a cap of the votes cast cannot be met (too few holders for the cap, no
// remainder) or a holder is in two pools that apply to the same matter.
IssuerVotes adjusted_votes(const Model& model_on_date, std::string_view issuer,
                           std::string_view matter = {});

// The holder's entry in `votes`, or nullptr.
const HolderVotes* find_holder(const IssuerVotes& votes, std::string_view holder);

}  // namespace jvgov::governance
