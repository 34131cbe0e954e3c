#include "model/games/notation.hpp"

#include <optional>
#include <stdexcept>

#include <fmt/core.h>

#include "model/exact/errors.hpp"
#include "model/exact/rational.hpp"
#include "model/games/weighted_game.hpp"

namespace jvgov::games {

namespace {

constexpr std::int64_t max_weight = std::int64_t{1} << 62;

std::int64_t share_quota(std::string_view share_text, std::string_view whole_text, bool more_than,
                         std::int64_t total) {
    const std::optional<exact::Rational> share = exact::parse_share(share_text);
    if (!share) {
        throw InputError(fmt::format(
            "quota '{}' is not a number of votes, a share like 50% or 2/3, or 'majority'",
            whole_text));
    }
    if (*share <= 0 || *share > 1) {
        throw InputError(
            fmt::format("quota '{}' must be a share above 0% and at most 100%", whole_text));
    }
    if (more_than && *share == 1) {
        throw InputError(fmt::format(
            "quota '{}' can never be reached: no coalition has more than all votes", whole_text));
    }
    return more_than ? quota_more_than(*share, total) : quota_at_least(*share, total);
}

}  // namespace

std::int64_t parse_quota(std::string_view text, std::int64_t total_weight) {
    const std::string_view trimmed = trim_blanks(text);
    if (trimmed == "majority") {
        return quota_more_than(exact::Rational(1, 2), total_weight);
    }
    constexpr std::string_view more_than = "more than ";
    if (trimmed.substr(0, more_than.size()) == more_than) {
        return share_quota(trimmed.substr(more_than.size()), text, true, total_weight);
    }
    if (trimmed.find_first_of("%/") != std::string_view::npos) {
        return share_quota(trimmed, text, false, total_weight);
    }
    const std::optional<exact::Rational> votes = exact::parse_decimal(trimmed);
    if (!votes) {
        throw InputError(fmt::format(
            "quota '{}' is not a number of votes, a share like 50% or 2/3, or 'majority'", text));
    }
    if (denominator(*votes) != 1) {
        throw InputError(fmt::format("quota '{}' is not a whole number of votes", text));
    }
    if (*votes > max_weight || *votes < -max_weight) {
        throw InputError(fmt::format("quota '{}' is too large", text));
    }
    return static_cast<std::int64_t>(numerator(*votes));
}

std::int64_t parse_weight(std::string_view text) {
    const std::optional<exact::Rational> weight = exact::parse_decimal(trim_blanks(text));
    if (!weight) {
        throw InputError(fmt::format("weight '{}' is not a number", text));
    }
    if (*weight < 0) {
        throw InputError(fmt::format("weight '{}' is negative", text));
    }
    if (denominator(*weight) != 1) {
        throw InputError(fmt::format("weight '{}' is not a whole number", text));
    }
    if (*weight > max_weight) {
        throw InputError(fmt::format("weight '{}' is larger than 2^62", text));
    }
    return static_cast<std::int64_t>(numerator(*weight));
}

std::string_view trim_blanks(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

}  // namespace jvgov::games
