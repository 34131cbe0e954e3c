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

// Where a fact comes from. `sources` names Source ids and `assumptions` Assumption ids (at
// least one assumption when confidence == assumption), each in the order the file gives them
// (`source = "x"` in a file is `sources = {"x"}`); `claims` names seed-article claims (C1..C17)
// that the fact represents.
struct Provenance {
    std::vector<std::string> sources;
    std::optional<Confidence> confidence;
    std::vector<std::string> assumptions;
    std::vector<std::string> claims;
    std::string note;
};

// An exact amount of money in one currency. `currency` is an ISO 4217 code ("USD", "EUR",
// "JPY"); amounts in different currencies are never added or converted, except at an
// ExchangeRate the model states.
struct Money {
    Rational amount;
    std::string currency;
};

// A dated exchange rate stated by a source: 1 unit of `from` was worth `rate` units of `to` on
// `date`. The only way amounts in different currencies are ever combined.
struct ExchangeRate {
    std::string id;
    std::string from;  // ISO 4217 code
    std::string to;    // ISO 4217 code
    Rational rate;     // positive
    Date date;
    Provenance provenance;  // names at least one source
};

// How precisely a source or an event is dated: to the day, or only to the month (a date
// written "2025-06": June 2025, day unknown). A month-precise date is stored as the first day
// of its month, which stands for the whole month and is never written as a day.
enum class DatePrecision { day, month };

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
    DatePrecision date_precision = DatePrecision::day;  // of `date`
};

struct Assumption {
    std::string id;  // e.g. "GA-3"
    std::string text;
    std::string rationale;
    Provenance provenance;  // the sources the assumption is anchored on
    // A short label (a few words) for lists that cannot give the whole text, e.g. the summary;
    // empty: the text is shown.
    std::string title = {};
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
    // A dispersed holder (kind group only): a free float, an employee pool, "other investors",
    // i.e. many small holders who never vote as one bloc. The members' meeting gives it no
    // player: its votes are an ocean (compile::CompiledGame::ocean), and it never controls.
    bool dispersed = false;
    // The share of a dispersed holder's votes cast at a members' meeting, in (0, 1].
    Rational turnout{1};
    // The party record this one continues: the same legal entity under a new name or legal form
    // (a renaming, a conversion), which the model keeps as two records so that reports before
    // the change show it as it was. The earlier record ends (`until`) on the day this one starts
    // (`from`); empty when the record continues none.
    std::string renamed_from;
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
    std::optional<Integer> shares;  // when the stake was given as a share count
    std::string share_class;        // a ShareClass id of the issuer when `shares` are of a class;
                                    // economic and voting are then derived (see votes.hpp)
    std::optional<Money> committed;  // capital committed, if reported (committed_usd: USD)
    Period period;
    Provenance provenance;
    std::optional<Money> paid_in;  // capital actually paid in, if stated (paid_in_usd: USD)
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
// What a matter decides, for the control tests (analysis/control_tests.hpp):
// - strategic: the strategic decisions of the EU Consolidated Jurisdictional Notice (paras
//   67-73): the budget, the business plan, major investments, the appointment of senior
//   management; a veto over one of them confers (joint or negative) control;
// - relevant: another relevant activity (IFRS 10 para 10, B11-B13): a decision that
//   significantly affects the entity's returns;
// - protective: a minority protection (IFRS 10 B26-B28; the Notice, para 66): amending the
//   articles, capital changes, liquidation, related-party transactions; it confers no control.
// An untagged matter (Matter::category empty) counts as relevant.
enum class MatterCategory { strategic, relevant, protective };

inline constexpr std::array all_matter_categories = {
    MatterCategory::strategic, MatterCategory::relevant, MatterCategory::protective};

// "strategic", "relevant", "protective": the spelling of model files.
std::string_view name(MatterCategory category);
std::optional<MatterCategory> parse_matter_category(std::string_view text);

struct Matter {
    std::string id;  // "reserved-tier-2"
    std::string name;
    std::string body;  // a Body id (whichever version of the body is in force)
    Period period;     // when this version of the matter is in force
    Rule rule;
    bool is_default = false;  // covers matters not listed for this body
    std::optional<MatterCategory> category;  // absent: untagged (counts as relevant)
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
    deadlock,
    lock_up,
    pre_emption,
    right_of_first_offer,
    tag_along,
    drag_along,
    standstill,
    put_option,
    call_option,
    other,
};

// What a kind of right does in a joint venture, for the reports to group them:
// - deadlock_device: what happens when the owners cannot agree (a `deadlock` clause);
// - transfer_restriction: when and to whom stakes may be sold or bought (lock-up, pre-emption,
//   first refusal, first offer, tag-along, drag-along, standstill);
// - exit_option: a put or call option on a stake;
// - other: commercial and governance rights (exclusivity, licences, appointment, ...).
enum class RightFamily { deadlock_device, transfer_restriction, exit_option, other };

struct RightKindEntry {
    RightKind kind;
    std::string_view name;  // the spelling of model files and reports
    RightFamily family;
};

// THE table of right kinds: a new kind is one enumerator above and one row here (the reports'
// wording of each kind is a switch the compiler checks for completeness).
inline constexpr std::array right_kind_table = std::to_array<RightKindEntry>({
    {RightKind::right_of_first_refusal, "right-of-first-refusal", RightFamily::transfer_restriction},
    {RightKind::exclusivity, "exclusivity", RightFamily::other},
    {RightKind::api_exclusivity, "api-exclusivity", RightFamily::other},
    {RightKind::ip_licence, "ip-licence", RightFamily::other},
    {RightKind::revenue_share, "revenue-share", RightFamily::other},
    {RightKind::operational_control, "operational-control", RightFamily::other},
    {RightKind::financial_responsibility, "financial-responsibility", RightFamily::other},
    {RightKind::board_observer, "board-observer", RightFamily::other},
    {RightKind::appointment, "appointment", RightFamily::other},
    {RightKind::equity_stake, "equity-stake", RightFamily::other},
    {RightKind::consent, "consent", RightFamily::other},
    {RightKind::compute_commitment, "compute-commitment", RightFamily::other},
    {RightKind::governance_rights, "governance-rights", RightFamily::other},
    {RightKind::deadlock, "deadlock", RightFamily::deadlock_device},
    {RightKind::lock_up, "lock-up", RightFamily::transfer_restriction},
    {RightKind::pre_emption, "pre-emption", RightFamily::transfer_restriction},
    {RightKind::right_of_first_offer, "right-of-first-offer", RightFamily::transfer_restriction},
    {RightKind::tag_along, "tag-along", RightFamily::transfer_restriction},
    {RightKind::drag_along, "drag-along", RightFamily::transfer_restriction},
    {RightKind::standstill, "standstill", RightFamily::transfer_restriction},
    {RightKind::put_option, "put-option", RightFamily::exit_option},
    {RightKind::call_option, "call-option", RightFamily::exit_option},
    {RightKind::other, "other", RightFamily::other},
});

inline constexpr auto all_right_kinds = [] {
    std::array<RightKind, right_kind_table.size()> kinds{};
    for (std::size_t i = 0; i < kinds.size(); ++i)
        kinds[i] = right_kind_table[i].kind;
    return kinds;
}();

// The name and family of a kind, from right_kind_table; parse_right_kind is the inverse of name.
std::string_view name(RightKind kind);
RightFamily family(RightKind kind);
std::optional<RightKind> parse_right_kind(std::string_view text);

// How a deadlock clause resolves a deadlock.
enum class DeadlockMechanism {
    casting_vote,  // a casting vote (usually the chair's) decides
    escalation,    // the matter goes to named parties (e.g. the parents' chief executives)
    mediation,     // a mediator helps the parties agree; nothing is imposed
    arbitration,   // an arbitrator decides, binding the parties
    buy_sell,      // one party buys the other out (see BuySell)
    put_call,      // a party may sell its stake (put) or buy the other's (call)
    dissolution,   // the joint venture is wound up
};

inline constexpr std::array all_deadlock_mechanisms = {
    DeadlockMechanism::casting_vote, DeadlockMechanism::escalation,
    DeadlockMechanism::mediation,    DeadlockMechanism::arbitration,
    DeadlockMechanism::buy_sell,     DeadlockMechanism::put_call,
    DeadlockMechanism::dissolution};

// "casting-vote", "escalation", "mediation", "arbitration", "buy-sell", "put-call",
// "dissolution": the spelling of model files.
std::string_view name(DeadlockMechanism mechanism);
std::optional<DeadlockMechanism> parse_deadlock_mechanism(std::string_view text);

// The form of a buy-sell clause.
enum class BuySell {
    russian_roulette,  // one party names a price; the other must buy or sell at it
    texas_shoot_out,   // both bid; the higher bid buys
};

inline constexpr std::array all_buy_sells = {BuySell::russian_roulette, BuySell::texas_shoot_out};

// "russian-roulette", "texas-shoot-out": the spelling of model files.
std::string_view name(BuySell form);
std::optional<BuySell> parse_buy_sell(std::string_view text);

// The typed terms of a `deadlock` right: when a deadlock arises (trigger) and how it is
// resolved (mechanism). Keys that belong to one mechanism are empty for the others (the loader
// rejects them): escalate_to for escalation; buy_sell for buy-sell; triggered_by for buy-sell,
// put-call and dissolution; price_basis for buy-sell and put-call.
struct DeadlockClause {
    std::vector<std::string> matters;  // Matter ids; empty: any matter
    std::optional<int> failed_votes;   // deadlock after this many failed votes (>= 1)
    DeadlockMechanism mechanism = DeadlockMechanism::escalation;
    std::vector<std::string> escalate_to;   // party ids
    std::optional<BuySell> buy_sell;        // the form, when stated
    std::vector<std::string> triggered_by;  // party ids that may set it off
    std::string price_basis;                // free text, e.g. "fair market value by an expert"
};

// A typed, dated right of its `holders` against its `counterparties` (or in the model's
// entity). A mutual right (each of two owners against the other) is one right with both as
// holders. `deadlock` is set for kind deadlock only; `threshold` for drag-along only;
// `price_basis` for put-option and call-option only.
struct Right {
    std::string id;
    RightKind kind = RightKind::other;
    std::vector<std::string> holders;  // at least one party id
    std::vector<std::string> counterparties;
    std::string scope;
    Period period;
    std::string end_condition;  // free text, e.g. "until AGI is declared"
    std::string agreement;      // Agreement id, if part of one
    std::string version;        // AgreementVersion id, if part of one
    std::optional<DeadlockClause> deadlock;
    std::optional<Rational> threshold;  // drag-along: the share of the holders' side that drags
    std::string price_basis;            // put-option, call-option
    Provenance provenance;
};

// A dated change or fact. `status`, when set, is the model entity's status from that date on.
struct Event {
    std::string id;
    Date date;  // the first day of the month when `precision` is month
    std::string text;
    std::string status;
    std::vector<std::string> parties;
    Provenance provenance;
    DatePrecision precision = DatePrecision::day;  // of `date`
};

struct ModelInfo {
    std::string name;
    std::string entity;  // the party whose governance the reports analyse
    std::optional<Date> as_of;
    std::string status;  // the entity's status before any event sets one
    std::string description;
};

// ---- Votes as the rules make them (governance/votes.hpp computes the adjusted votes) --------

// A class of an issuer's shares: votes and economic participation per share, and the shares
// outstanding. Stakes given as `shares` of a class derive their interests from the issuer's
// classes in force (votes.hpp: class_interests).
struct ShareClass {
    std::string id;  // unique per issuer
    std::string issuer;
    std::string name;
    Rational votes_per_share{1};  // >= 0; 0 for non-voting shares
    Rational economic_per_share{1};
    Integer outstanding;  // > 0
    Period period;
    Provenance provenance;
};

// What a voting cap is a fraction of.
enum class CapBase { all_votes, votes_cast };

inline constexpr std::array all_cap_bases = {CapBase::all_votes, CapBase::votes_cast};

// "all-votes", "votes-cast": the spelling of model files.
std::string_view name(CapBase base);
std::optional<CapBase> parse_cap_base(std::string_view text);

// No holder casts more than `cap` of the votes (of all votes, or of the votes cast) at the
// issuer's members' meeting; on the listed matters only, or on every matter when none is listed.
struct VotingCap {
    std::string id;
    std::string issuer;
    Rational cap;  // in (0, 1]
    CapBase of = CapBase::all_votes;
    std::vector<std::string> matters;  // matter ids of the issuer's members' meeting
    Period period;
    Provenance provenance;
};

// Multiple voting rights: the listed holders' votes, and/or the votes of the shares of a class,
// count `factor` times (e.g. double votes for holders of record for two years, from a date).
struct MultipleVotes {
    std::string id;
    std::string issuer;
    std::vector<std::string> holders;
    std::string share_class;  // a ShareClass id of the issuer, or empty
    int factor = 2;           // >= 2
    std::string condition;    // free text: "registered for two years"
    Period period;
    Provenance provenance;
};

// Why a holder's votes are suspended.
enum class SuspensionReason { treasury, reciprocal, trust, law, agreement };

inline constexpr std::array all_suspension_reasons = {
    SuspensionReason::treasury, SuspensionReason::reciprocal, SuspensionReason::trust,
    SuspensionReason::law, SuspensionReason::agreement};

// "treasury", "reciprocal", "trust", "law", "agreement": the spelling of model files.
std::string_view name(SuspensionReason reason);
std::optional<SuspensionReason> parse_suspension_reason(std::string_view text);

// The holder's votes in the issuer are suspended (not cast; the other votes are renormalised).
struct VoteSuspension {
    std::string id;
    std::string holder;
    std::string issuer;
    SuspensionReason reason = SuspensionReason::law;
    Period period;
    Provenance provenance;
};

// How a pool decides its vote: a threshold of the pooled votes (more than / at least), the
// unanimity of its members holding votes, or as its leader says.
struct PoolRule {
    enum class Kind { threshold, unanimous, leader };
    Kind kind = Kind::threshold;
    Threshold threshold;  // kind == threshold: more_than or at_least of the pooled votes
    std::string leader;   // kind == leader: a member
};

// A voting pool (a shareholders' agreement): the members' votes are cast together, all for or
// all against, as the pool's rule decides; on the listed matters, or on every matter.
struct Pool {
    std::string id;
    std::string name;
    std::string issuer;
    std::vector<std::string> members;
    PoolRule rule;
    std::vector<std::string> matters;
    Period period;
    Provenance provenance;
};

// The holder (a trustee, a nominee) casts its votes in the issuer as `directed_by` instructs;
// on the listed matters, or on every matter.
struct DirectedVote {
    std::string id;
    std::string holder;
    std::string directed_by;
    std::string issuer;
    std::vector<std::string> matters;
    Period period;
    Provenance provenance;
};

// An alternative reading of some stakes, stated by an assumption (a [[scenarios]] record):
// on every date, the stakes between each listed holder and issuer take the scenario's interests
// instead of their own (analysis/scenarios.hpp applies it). Undated: the scenario replaces the
// interests, not the periods, of the stakes.
struct ScenarioStake {
    std::string holder;
    std::string issuer;
    Rational economic;
    Rational voting;  // equal to economic unless the record gives it
};

struct Scenario {
    std::string id;
    std::string name;
    std::string assumption;  // the Assumption id that states it
    std::string replaces;    // the Assumption id it is the alternative to; empty when not given
    std::vector<ScenarioStake> stakes;  // file order; one per (holder, issuer)
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
    std::vector<Event> events;                 // sorted by date, then file order
    std::vector<ExchangeRate> exchange_rates;  // file order
    std::vector<ShareClass> share_classes;
    std::vector<VotingCap> voting_caps;
    std::vector<MultipleVotes> multiple_votes;
    std::vector<VoteSuspension> vote_suspensions;
    std::vector<Pool> pools;
    std::vector<DirectedVote> directed_votes;
    std::vector<Scenario> scenarios;  // file order; as_of views keep none
};

}  // namespace jvgov::governance
