#include "model/governance/model.hpp"

#include <utility>

#include "model/exact/errors.hpp"

namespace jvgov::governance {

namespace {

template <class Enum, std::size_t N>
using Names = std::array<std::pair<Enum, std::string_view>, N>;

constexpr Names<Confidence, 4> confidence_names = {{
    {Confidence::confirmed, "confirmed"},
    {Confidence::reported, "reported"},
    {Confidence::derived, "derived"},
    {Confidence::assumption, "assumption"},
}};

constexpr Names<PartyKind, 7> party_kind_names = {{
    {PartyKind::company, "company"},
    {PartyKind::fund, "fund"},
    {PartyKind::sovereign_fund, "sovereign-fund"},
    {PartyKind::foundation, "foundation"},
    {PartyKind::person, "person"},
    {PartyKind::government, "government"},
    {PartyKind::group, "group"},
}};

constexpr Names<BodyKind, 2> body_kind_names = {{
    {BodyKind::members, "members"},
    {BodyKind::board, "board"},
}};

constexpr Names<DeadlockMechanism, 7> deadlock_mechanism_names = {{
    {DeadlockMechanism::casting_vote, "casting-vote"},
    {DeadlockMechanism::escalation, "escalation"},
    {DeadlockMechanism::mediation, "mediation"},
    {DeadlockMechanism::arbitration, "arbitration"},
    {DeadlockMechanism::buy_sell, "buy-sell"},
    {DeadlockMechanism::put_call, "put-call"},
    {DeadlockMechanism::dissolution, "dissolution"},
}};

constexpr Names<MatterCategory, 3> matter_category_names = {{
    {MatterCategory::strategic, "strategic"},
    {MatterCategory::relevant, "relevant"},
    {MatterCategory::protective, "protective"},
}};

constexpr Names<BuySell, 2> buy_sell_names = {{
    {BuySell::russian_roulette, "russian-roulette"},
    {BuySell::texas_shoot_out, "texas-shoot-out"},
}};

const RightKindEntry& right_kind_entry(RightKind kind) {
    for (const auto& entry : right_kind_table) {
        if (entry.kind == kind) {
            return entry;
        }
    }
    throw PreconditionError("right kind: a value outside its enumeration");
}
constexpr Names<CapBase, 2> cap_base_names = {{
    {CapBase::all_votes, "all-votes"},
    {CapBase::votes_cast, "votes-cast"},
}};

constexpr Names<SuspensionReason, 5> suspension_reason_names = {{
    {SuspensionReason::treasury, "treasury"},
    {SuspensionReason::reciprocal, "reciprocal"},
    {SuspensionReason::trust, "trust"},
    {SuspensionReason::law, "law"},
    {SuspensionReason::agreement, "agreement"},
}};

template <class Enum, std::size_t N>
std::string_view name_in(const Names<Enum, N>& names, Enum value) {
    for (const auto& [candidate, text] : names) {
        if (candidate == value) {
            return text;
        }
    }
    throw PreconditionError("name: a value outside its enumeration");
}

template <class Enum, std::size_t N>
std::optional<Enum> parse_in(const Names<Enum, N>& names, std::string_view text) {
    for (const auto& [value, candidate] : names) {
        if (candidate == text) {
            return value;
        }
    }
    return std::nullopt;
}

}  // namespace

std::string_view name(Confidence confidence) {
    return name_in(confidence_names, confidence);
}

std::optional<Confidence> parse_confidence(std::string_view text) {
    return parse_in(confidence_names, text);
}

std::string_view name(PartyKind kind) {
    return name_in(party_kind_names, kind);
}

std::optional<PartyKind> parse_party_kind(std::string_view text) {
    return parse_in(party_kind_names, text);
}

std::string_view name(BodyKind kind) {
    return name_in(body_kind_names, kind);
}

std::optional<BodyKind> parse_body_kind(std::string_view text) {
    return parse_in(body_kind_names, text);
}

std::string_view name(RightKind kind) {
    return right_kind_entry(kind).name;
}

RightFamily family(RightKind kind) {
    return right_kind_entry(kind).family;
}

std::optional<RightKind> parse_right_kind(std::string_view text) {
    for (const auto& entry : right_kind_table) {
        if (entry.name == text) {
            return entry.kind;
        }
    }
    return std::nullopt;
}

std::string_view name(DeadlockMechanism mechanism) {
    return name_in(deadlock_mechanism_names, mechanism);
}

std::optional<DeadlockMechanism> parse_deadlock_mechanism(std::string_view text) {
    return parse_in(deadlock_mechanism_names, text);
}

std::string_view name(MatterCategory category) {
    return name_in(matter_category_names, category);
}

std::optional<MatterCategory> parse_matter_category(std::string_view text) {
    return parse_in(matter_category_names, text);
}

std::string_view name(BuySell form) {
    return name_in(buy_sell_names, form);
}

std::optional<BuySell> parse_buy_sell(std::string_view text) {
    return parse_in(buy_sell_names, text);
}

std::string_view name(CapBase base) {
    return name_in(cap_base_names, base);
}

std::optional<CapBase> parse_cap_base(std::string_view text) {
    return parse_in(cap_base_names, text);
}

std::string_view name(SuspensionReason reason) {
    return name_in(suspension_reason_names, reason);
}

std::optional<SuspensionReason> parse_suspension_reason(std::string_view text) {
    return parse_in(suspension_reason_names, text);
}

}  // namespace jvgov::governance
