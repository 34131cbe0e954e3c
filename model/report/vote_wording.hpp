// Why a holder's votes differ from its voting interest, in words, from the adjustments that
// governance::adjusted_votes returns (the voting-power and control reports).
#pragma once

#include <string>

#include "model/governance/model.hpp"
#include "model/governance/votes.hpp"

namespace jvgov::report {

// One adjustment: "its votes count twice (registered for two years)", "its votes are suspended
// (treasury shares)", "its votes are capped at 15.00% of the votes cast", "its votes are cast as
// Beta instructs", "its votes are cast with the Founders' pact (by more than 50% of the pooled
// votes)".
std::string adjustment_in_words(const governance::Model& model,
                                const governance::VoteAdjustment& adjustment);

// "Alpha: 40.00% of the votes held, 27.27% (exactly 3/11) of the votes cast; its votes are capped
// at 15.00% of all the votes." (the shares only when they differ; adjustments joined by "; "),
// for a holder with at least one adjustment.
std::string adjusted_holder_in_words(const governance::Model& model,
                                     const governance::HolderVotes& holder);

}  // namespace jvgov::report
