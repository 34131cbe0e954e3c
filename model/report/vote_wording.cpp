#include "model/report/vote_wording.hpp"

#include <fmt/format.h>

#include "model/governance/registry.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

std::string times(int factor) {
    switch (factor) {
        case 2:
            return "twice";
        case 3:
            return "three times";
        default:
            return fmt::format("{} times", factor);
    }
}

std::string reason_text(governance::SuspensionReason reason) {
    switch (reason) {
        case governance::SuspensionReason::treasury:
            return "treasury shares";
        case governance::SuspensionReason::reciprocal:
            return "a reciprocal holding";
        case governance::SuspensionReason::trust:
            return "neutralised in a trust";
        case governance::SuspensionReason::law:
            return "by law";
        case governance::SuspensionReason::agreement:
            return "by agreement";
    }
    return "";
}

std::string pool_rule_text(const governance::Model& model, const governance::Pool& pool) {
    switch (pool.rule.kind) {
        case governance::PoolRule::Kind::threshold:
            return "by " + threshold_text(pool.rule.threshold) + " of the pooled votes";
        case governance::PoolRule::Kind::unanimous:
            return "unanimously";
        case governance::PoolRule::Kind::leader:
            return "as " + governance::party_name(model, pool.rule.leader) + " decides";
    }
    return "";
}

}  // namespace

std::string adjustment_in_words(const governance::Model& model,
                                const governance::VoteAdjustment& adjustment) {
    using Kind = governance::VoteAdjustment::Kind;
    switch (adjustment.kind) {
        case Kind::multiple_votes:
            return fmt::format("its votes count {}{}", times(adjustment.factor),
                               adjustment.condition.empty() ? ""
                                                            : " (" + adjustment.condition + ")");
        case Kind::suspended:
            return fmt::format("its votes are suspended ({})", reason_text(adjustment.reason));
        case Kind::capped:
            return fmt::format("its votes are capped at {} of {}", share_text(adjustment.cap),
                               adjustment.of == governance::CapBase::all_votes ? "all the votes"
                                                                               : "the votes cast");
        case Kind::directed:
            return fmt::format("its votes are cast as {} instructs",
                               governance::party_name(model, adjustment.party));
        case Kind::pooled:
            for (const governance::Pool& pool : model.pools) {
                if (pool.id == adjustment.record) {
                    return fmt::format("its votes are cast with the {} ({})", pool.name,
                                       pool_rule_text(model, pool));
                }
            }
            return "its votes are cast with a voting pool";
    }
    return "";
}

std::string adjusted_holder_in_words(const governance::Model& model,
                                     const governance::HolderVotes& holder) {
    std::string text = governance::party_name(model, holder.holder) + ": ";
    if (holder.raw != holder.adjusted) {
        text += fmt::format("{} of the votes held, {} of the votes cast; ", share_text(holder.raw),
                            share_text(holder.adjusted));
    }
    for (std::size_t i = 0; i < holder.adjustments.size(); ++i) {
        text += (i == 0 ? "" : "; ") + adjustment_in_words(model, holder.adjustments[i]);
    }
    return text + ".";
}

}  // namespace jvgov::report
