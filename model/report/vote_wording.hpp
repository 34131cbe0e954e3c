// Why a holder's votes differ from its voting interest, in words, from the adjustments that
// governance::adjusted_votes returns (the voting-power and control reports).
#pragma once

#include <string>

#include "model/governance/model.hpp"
#include "model/governance/votes.hpp"

namespace jvgov::report {

// One adjustment: "its votes count twice (registered for two years)", "its votes are suspended
// (treasury shares)", "capped at 15% of the votes cast", "cast as Beta instructs", "cast with
// the Founders' pact (by more than half of the pooled votes)".
std::string adjustment_in_words(const governance::Model& model,
                                const governance::VoteAdjustment& adjustment);

// "Alpha: 40% of the votes held, 27.27% of the votes cast; capped at 15% of all the votes." (the
// shares only when they differ), for a holder with at least one adjustment.
std::string adjusted_holder_in_words(const governance::Model& model,
                                     const governance::HolderVotes& holder);

}  // namespace jvgov::report
