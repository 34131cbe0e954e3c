// The governance model: plain values describing who owns, appoints, decides and holds which
// right in a joint venture (or any company), when, and on whose word.
//
// A Model is what the loader (model/load) produces from a TOML file and what every analysis
// takes. It knows nothing of TOML, power indices or markdown. Every fact carries Provenance
// (source id, confidence, assumption id, seed-claim ids) so reports can trace each number.
// All numbers are exact (model/exact): no binary floating point anywhere in the model.
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/multi_index/member.hpp>
#include <boost/multi_index/ordered_index.hpp>
#include <boost/multi_index/sequenced_index.hpp>
#include <boost/multi_index_container.hpp>

#include "model/exact/rational.hpp"

namespace jvgov::governance {

using exact::Integer;
using exact::Rational;
using Date = std::chrono::year_month_day;

// How sure we are of a fact (research/domain_facts.md §0).
enum class Confidence { confirmed, reported, derived, assumption };

inline constexpr std::array all_confidences = {Confidence::confirmed, Confidence::reported,
                                               Confidence::derived, Confidence::assumption};

// "confirmed", "reported", "derived", "assumption": the spelling of model files and reports.
std::string_view name(Confidence confidence);
std::optional<Confidence> parse_confidence(std::string_view text);

// Where a fact comes from. `source` names a Source id; `assumption` names an Assumption id
// (required when confidence == assumption); `claims` names seed-article claims (C1..C17) that
// the fact represents.
struct Provenance {
    std::string source;
    std::optional<Confidence> confidence;
    std::string assumption;
    std::vector<std::string> claims;
    std::string note;
};

// [from, until): a fact holds from `from` (inclusive, open if absent) until `until`
// (exclusive, open if absent).
struct Period {
    std::optional<Date> from;
    std::optional<Date> until;

    bool contains(Date day) const { return (!from || *from <= day) && (!until || day < *until); }

    bool started_by(Date day) const { return !from || *from <= day; }

    bool ended_by(Date day) const { return until && *until <= day; }
};

struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::optional<Date> date;
    std::string url;
    std::string language;  // empty means English
    std::string note;
};

struct Assumption {
    std::string id;  // e.g. "GA-3"
    std::string text;
    std::string rationale;
    Provenance provenance;  // the sources the assumption is anchored on
};

// A seed-article claim the model must represent (claims.md).
struct Claim {
    std::string id;  // e.g. "C9"
    std::string text;
    std::string source;
};

enum class PartyKind {
    company,
    fund,
    sovereign_fund,
    foundation,
    person,
    government,
    group,  // an undifferentiated set of holders, e.g. "employees and other investors"
};

inline constexpr std::array all_party_kinds = {
    PartyKind::company, PartyKind::fund,       PartyKind::sovereign_fund, PartyKind::foundation,
    PartyKind::person,  PartyKind::government, PartyKind::group};

// "company", "fund", "sovereign-fund", "foundation", "person", "government", "group": the
// spelling of model files (the reports word them for readers).
std::string_view name(PartyKind kind);
std::optional<PartyKind> parse_party_kind(std::string_view text);

// A role a party holds in the model's entity during `period` ("chair" from 2019-04-01).
struct RoleTerm {
    std::string role;
    Period period;
};

struct Party {
    std::string id;  // short slug: "softbank"
    std::string name;
    PartyKind kind = PartyKind::company;
    // Roles in the model's entity: "equity-funder", ... In a loaded model, every role the
    // party holds at some time; in an as_of view, the roles it holds that day.
    std::vector<std::string> roles;
    // The roles as written, each with its period (open when the role was given as a string).
    // When not empty, as_of rebuilds `roles` from the terms in force on the day.
    std::vector<RoleTerm> role_terms;
    std::string description;
    std::optional<Integer> shares_outstanding;  // lets stakes in this party be given as shares
    Period period;
    Provenance provenance;
};

// holder -> issuer. `economic` is the share of profits/value, `voting` the share of the votes
// in the issuer's members' meeting; both exact fractions of 1.
struct Stake {
    std::string holder;
    std::string issuer;
    Rational economic;
    Rational voting;
    std::optional<Integer> shares;          // when the stake was given as a share count
    std::optional<Rational> committed_usd;  // capital committed, if reported
    Period period;
    Provenance provenance;
};

// One threshold of a decision rule, as a fraction of the total (votes or seats).
struct Threshold {
    enum class Kind { more_than, at_least, unanimity };
    Kind kind = Kind::more_than;
    Rational fraction{1, 2};  // ignored for unanimity
};

// Seats of a board appointed by one party (or independent), each held by one director.
struct SeatGroup {
    std::string appointed_by;  // a party id, or empty for independent seats
    int count = 0;
    std::vector<std::string> directors{};  // named director (person) ids, at most `count`
    Provenance provenance{};
    // (Declared after `provenance`, each with a default, so that aggregate initialisations of
    // the first four keep their meaning.)
    int votes = 1;          // votes of each director of the group (>= 1)
    bool observer = false;  // attend without a vote: never players of a game
    // Whether the group's directors vote as their appointer decides, overriding the body's
    // directors_vote_as_bloc for this group (absent: the body's setting applies).
    std::optional<bool> vote_as_appointer{};
    Period period{};  // when the group sits (within its body's period)
};

struct Quorum {
    std::optional<Threshold> present;           // of the seats (board) or votes (members)
    std::vector<std::string> required_present;  // appointers with at least one director present
    Provenance provenance;
};

enum class BodyKind { members, board };

inline constexpr std::array all_body_kinds = {BodyKind::members, BodyKind::board};

// "members", "board": the spelling of model files.
std::string_view name(BodyKind kind);
std::optional<BodyKind> parse_body_kind(std::string_view text);

// A chair's term of office: `party` chairs the body during `period`.
struct ChairTerm {
    std::string party;
    Period period;
};

// A decision body. A loaded model may hold several versions of one body (the same id, periods
// that do not overlap); an as_of view keeps the one in force on its day.
struct Body {
    std::string id;  // "board"
    std::string name;
    std::string of;  // the entity (party id) whose body it is
    BodyKind kind = BodyKind::members;
    Period period;                 // when this version of the body is in force
    std::vector<SeatGroup> seats;  // board only
    std::string chair;             // a director's id (board), a party (members) or empty
    // Dated terms of the chair (a rotating chair), when the model gives them; as_of keeps the
    // term in force on its day (or none) and sets `chair` to its party (empty when none).
    // Empty when the chair is undated: then `chair` holds on every day.
    std::vector<ChairTerm> chair_terms;
    bool casting_vote = false;            // held by the chair in office
    bool directors_vote_as_bloc = false;  // the two-tier view: directors follow their appointer
    Quorum quorum;
    Provenance provenance;
};

struct Rule {
    Threshold threshold;                // of votes (members) or seats (board)
    std::optional<Threshold> count;     // and of the members/directors by head
    std::vector<std::string> consent;   // parties whose consent is required
    std::vector<std::string> excluded;  // parties that may not vote (conflicts)
};

// A class of decisions of a body and its rule. Like bodies, a loaded model may hold several
// versions of one matter (same id and body, periods that do not overlap).
struct Matter {
    std::string id;  // "reserved-tier-2"
    std::string name;
    std::string body;  // a Body id (whichever version of the body is in force)
    Period period;     // when this version of the matter is in force
    Rule rule;
    bool is_default = false;  // covers matters not listed for this body
    std::vector<std::string> examples;
    std::string description;
    Provenance provenance;
};

// An agreement between parties, with dated versions (e.g. Microsoft–OpenAI 2019, 2025-01, ...).
struct AgreementVersion {
    std::string id;  // unique within the model, e.g. "msft-openai-2025-01"
    std::string name;
    Period period;
    std::string summary;
    Provenance provenance;
};

struct Agreement {
    std::string id;
    std::string name;
    std::vector<std::string> parties;
    std::vector<AgreementVersion> versions;  // in date order
    Provenance provenance;
};

enum class RightKind {
    right_of_first_refusal,
    exclusivity,
    api_exclusivity,
    ip_licence,
    revenue_share,
    operational_control,
    financial_responsibility,
    board_observer,
    appointment,
    equity_stake,
    consent,
    compute_commitment,
    governance_rights,
    other,
};

inline constexpr std::array all_right_kinds = {RightKind::right_of_first_refusal,
                                               RightKind::exclusivity,
                                               RightKind::api_exclusivity,
                                               RightKind::ip_licence,
                                               RightKind::revenue_share,
                                               RightKind::operational_control,
                                               RightKind::financial_responsibility,
                                               RightKind::board_observer,
                                               RightKind::appointment,
                                               RightKind::equity_stake,
                                               RightKind::consent,
                                               RightKind::compute_commitment,
                                               RightKind::governance_rights,
                                               RightKind::other};

// "right-of-first-refusal", "exclusivity", "api-exclusivity", "ip-licence", "revenue-share",
// "operational-control", "financial-responsibility", "board-observer", "appointment",
// "equity-stake", "consent", "compute-commitment", "governance-rights", "other": the spelling
// of model files and reports.
std::string_view name(RightKind kind);
std::optional<RightKind> parse_right_kind(std::string_view text);

// A typed, dated right of `holder` against `counterparty` (or in the model's entity).
struct Right {
    std::string id;
    RightKind kind = RightKind::other;
    std::string holder;
    std::string counterparty;
    std::string scope;
    Period period;
    std::string end_condition;  // free text, e.g. "until AGI is declared"
    std::string agreement;      // Agreement id, if part of one
    std::string version;        // AgreementVersion id, if part of one
    Provenance provenance;
};

// A dated change or fact. `status`, when set, is the model entity's status from that date on.
struct Event {
    std::string id;
    Date date;
    std::string text;
    std::string status;
    std::vector<std::string> parties;
    Provenance provenance;
};

struct ModelInfo {
    std::string name;
    std::string entity;  // the party whose governance the reports analyse
    std::optional<Date> as_of;
    std::string status;  // the entity's status before any event sets one
    std::string description;
};

// ---- Registries (Boost.MultiIndex) -------------------------------------------------------

struct by_order {};

struct by_id {};

struct by_holder {};

struct by_issuer {};

struct by_party {};

struct by_role {};

using PartyRegistry = boost::multi_index_container<
    Party, boost::multi_index::indexed_by<
               boost::multi_index::sequenced<boost::multi_index::tag<by_order>>,
               boost::multi_index::ordered_unique<
                   boost::multi_index::tag<by_id>,
                   boost::multi_index::member<Party, std::string, &Party::id>>>>;

using StakeRegistry = boost::multi_index_container<
    Stake, boost::multi_index::indexed_by<
               boost::multi_index::sequenced<boost::multi_index::tag<by_order>>,
               boost::multi_index::ordered_non_unique<
                   boost::multi_index::tag<by_holder>,
                   boost::multi_index::member<Stake, std::string, &Stake::holder>>,
               boost::multi_index::ordered_non_unique<
                   boost::multi_index::tag<by_issuer>,
                   boost::multi_index::member<Stake, std::string, &Stake::issuer>>>>;

// (party, role) pairs, so parties can be found by role and roles by party.
struct RoleEntry {
    std::string party;
    std::string role;
};

using RoleRegistry = boost::multi_index_container<
    RoleEntry, boost::multi_index::indexed_by<
                   boost::multi_index::sequenced<boost::multi_index::tag<by_order>>,
                   boost::multi_index::ordered_non_unique<
                       boost::multi_index::tag<by_party>,
                       boost::multi_index::member<RoleEntry, std::string, &RoleEntry::party>>,
                   boost::multi_index::ordered_non_unique<
                       boost::multi_index::tag<by_role>,
                       boost::multi_index::member<RoleEntry, std::string, &RoleEntry::role>>>>;

// ---- The model ----------------------------------------------------------------------------

// Every collection keeps file order (reports list things in the order the author wrote them).
struct Model {
    ModelInfo info;
    std::vector<Source> sources;
    std::vector<Assumption> assumptions;
    std::vector<Claim> claims;
    PartyRegistry parties;
    RoleRegistry roles;  // kept in sync with Party::roles by add_party()
    StakeRegistry stakes;
    std::vector<Body> bodies;
    std::vector<Matter> matters;
    std::vector<Agreement> agreements;
    std::vector<Right> rights;
    std::vector<Event> events;  // sorted by date, then file order
};

}  // namespace jvgov::governance
