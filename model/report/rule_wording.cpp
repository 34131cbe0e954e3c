#include "model/report/rule_wording.hpp"

#include <vector>

#include <fmt/core.h>

#include "model/governance/registry.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using compile::CompiledGame;
using compile::View;
using governance::Model;
using governance::Threshold;

std::vector<std::string> names_of(const Model& model, const std::vector<std::string>& ids) {
    std::vector<std::string> names;
    for (const auto& id : ids)
        names.push_back(governance::party_name(model, id));
    return names;
}

// "more than 50%" or "at least 2/3 (66.67%)"; "all" for unanimity (the rule says "all of ...").
std::string share_words(const Threshold& threshold) {
    return threshold.kind == Threshold::Kind::unanimity ? std::string{"all"}
                                                        : threshold_text(threshold);
}

std::string step_in_words(const Model& model, const ownership::VoteStep& step) {
    using Kind = ownership::VoteStep::Kind;
    const auto name = governance::party_name(model, step.party);
    switch (step.kind) {
        case Kind::cycle_cut:
            return fmt::format(
                "{0} is reached again through its own holders or appointers (a cycle): the "
                "cycle is cut there and {0} counts as voting for itself",
                name);
        case Kind::board: {
            std::vector<std::string> appointments;
            for (const auto& appointment : step.appointments) {
                if (appointment.appointer.empty()) {
                    appointments.push_back(appointment.seat_name + " is an independent seat");
                    continue;
                }
                const auto who = governance::party_name(model, appointment.appointer);
                if (appointment.seats == step.total_seats) {
                    appointments.push_back(step.total_seats == 1
                                               ? who + " appoints its only seat"
                                               : fmt::format("{} appoints all {} of its seats", who,
                                                             step.total_seats));
                } else {
                    appointments.push_back(fmt::format("{} appoints {} of its {} seats", who,
                                                       appointment.seats, step.total_seats));
                }
            }
            const auto* body = governance::find_body(model, step.body);
            const auto* matter = step.assumed_rule
                                     ? nullptr
                                     : governance::find_matter(model, step.body, step.matter);
            const std::string matter_name =
                matter ? matter->name
                       : "more than half of the seats (assumed: the model gives the board no rule)";
            return fmt::format("{} votes as its board ({}) decides by its rule for \"{}\" ({}); {}",
                               name, body ? body->name : step.body, matter_name,
                               rule_in_words(model, step.game), join_and(appointments));
        }
        case Kind::holders: {
            std::vector<std::string> parts;
            for (const auto& [holder, voting] : step.holdings) {
                parts.push_back(fmt::format("{} holds {}", governance::party_name(model, holder),
                                            share_text(voting)));
            }
            for (const auto& [holder, voting] : step.dispersed) {
                parts.push_back(fmt::format("{} (dispersed) hold {}",
                                            governance::party_name(model, holder),
                                            share_text(voting)));
            }
            if (step.remainder > 0) {
                parts.push_back(fmt::format("the other holders of {} hold the remaining {}", name,
                                            share_text(step.remainder)));
            }
            const bool has_float = step.remainder > 0 || !step.dispersed.empty();
            const std::string float_words =
                has_float ? "; the dispersed holders are many small holders, never one bloc: half "
                            "of their votes cast are counted for a decision (the oceanic limit)"
                          : "";
            if (step.float_decides) {
                return fmt::format("{} votes as its dispersed holders decide: {}; no holder of the "
                                   "model can decide alone against half of the dispersed votes, "
                                   "so {} counts as an ultimate holder",
                                   name, join_and(parts), name);
            }
            return fmt::format("{} votes as the holders of more than half of its votes{} decide: {}{}",
                               name, has_float ? " cast" : "", join_and(parts), float_words);
        }
        case Kind::no_holders:
            return name + " votes for itself: the model gives it no holders and no board";
        case Kind::not_a_party:
            break;
    }
    return step.player_name + " votes for itself: it is not a party of the model";
}

}  // namespace

std::string rule_in_words(const Model& model, const CompiledGame& game) {
    const auto& rule = game.rule;
    const bool board = game.view != View::members;
    std::string of_whom =
        !board ? std::string{game.ocean ? "the votes cast" : "the votes"}
        : rule.total != rule.heads
            ? fmt::format("the {} votes of the {} directors", rule.total, rule.heads)
        : rule.total == 1 ? std::string{"the one seat"}
                          : fmt::format("the {} seats", rule.total);
    if (!rule.excluded.empty()) {
        const auto excluded = join_and(names_of(model, rule.excluded));
        of_whom += board ? fmt::format(" entitled to vote (the directors appointed by {} excluded)",
                                       excluded)
                         : fmt::format(" of the members entitled to vote ({} excluded)", excluded);
    }
    if (game.view == View::bloc)
        of_whom += ", each appointer's directors voting as a bloc";
    std::string words =
        rule.threshold.kind == Threshold::Kind::unanimity
            ? fmt::format("all of {} (unanimity; quota {} of {})", of_whom, rule.quota, rule.total)
            : fmt::format("{} of {} (quota {} of {})", share_words(rule.threshold), of_whom,
                          rule.quota, rule.total);
    if (game.ocean) {
        words += fmt::format(", {} of them cast by the dispersed float", game.ocean->votes);
    }
    if (rule.casting_vote) {
        words += fmt::format(", or exactly half ({} of {}) with the chair, {} (casting vote)",
                             rule.total / 2, rule.total,
                             game.players[static_cast<std::size_t>(*rule.casting_vote)].name);
    }
    if (rule.count) {
        words += fmt::format(", and {} of the {} by head (quota {} of {})",
                             share_words(rule.count->threshold), board ? "directors" : "members",
                             rule.count->quota, rule.count->heads);
    }
    if (rule.quorum) {
        words += fmt::format(", with a quorum of {} of the {} present ({} of {})",
                             share_words(rule.quorum->threshold), board ? "seats" : "votes",
                             rule.quorum->quota, rule.quorum->of);
    }
    if (!rule.required_present.empty()) {
        const auto required = join_and(names_of(model, rule.required_present));
        words += board ? fmt::format(", including at least one director appointed by each of {}",
                                     required)
                       : fmt::format(", with {} present", required);
    }
    for (const auto& consent : rule.consents) {
        const auto party = governance::party_name(model, consent.party);
        words +=
            consent.seats == 0
                ? fmt::format(", and the consent of {}", party)
                : fmt::format(", and the consent of {} (a majority of its directors: {} of {})",
                              party, consent.majority, consent.seats);
    }
    return words;
}

std::string member_vote_in_words(const Model& model, const ownership::MemberVote& vote) {
    std::string text;
    for (const auto& step : vote.steps)
        text += (text.empty() ? "" : "; ") + step_in_words(model, step);
    return text;
}

std::string ultimate_player_label(const Model& model, const ownership::UltimatePlayer& player) {
    const auto name = governance::party_name(model, player.party);
    switch (player.kind) {
        case ownership::UltimateKind::other_holders:
            return other_holders_label(name);
        case ownership::UltimateKind::seat:
            return fmt::format("{} ({} board)", player.seat_name, name);
        case ownership::UltimateKind::party:
            break;
    }
    return name;
}

}  // namespace jvgov::report
