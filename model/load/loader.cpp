#include "model/load/loader.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <type_traits>

#include <fmt/core.h>
#include <fmt/format.h>
#include <toml++/toml.h>

#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/governance/votes.hpp"
#include "model/load/fields.hpp"
#include "model/load/input_file.hpp"
#include "model/load/output_names.hpp"
#include "model/load/suggest.hpp"
#include "model/load/toml_guard.hpp"

namespace jvgov::load {

namespace {

using namespace governance;

// The kinds of things that have ids; each kind has its own namespace of ids.
enum class IdKind {
    source,
    assumption,
    claim,
    party,
    body,
    matter,
    agreement,
    version,
    right,
    event,
    exchange_rate,
    share_class,
    voting_cap,
    multiple_votes,
    vote_suspension,
    pool,
    directed_vote,
    scenario
};

std::string_view kind_name(IdKind kind) {
    switch (kind) {
        case IdKind::source:
            return "source";
        case IdKind::assumption:
            return "assumption";
        case IdKind::claim:
            return "claim";
        case IdKind::party:
            return "party";
        case IdKind::body:
            return "body";
        case IdKind::matter:
            return "matter";
        case IdKind::agreement:
            return "agreement";
        case IdKind::version:
            return "agreement version";
        case IdKind::right:
            return "right";
        case IdKind::event:
            return "event";
        case IdKind::exchange_rate:
            return "exchange rate";
        case IdKind::share_class:
            return "share class";
        case IdKind::voting_cap:
            return "voting cap";
        case IdKind::multiple_votes:
            return "multiple-votes record";
        case IdKind::vote_suspension:
            return "vote suspension";
        case IdKind::pool:
            return "pool";
        case IdKind::directed_vote:
            return "directed vote";
        case IdKind::scenario:
            return "scenario";
    }
    return "id";
}

struct Reference {
    IdKind kind;
    std::string id;
    toml::source_position where;
};

// A record together with the TOML table it came from, for checks that need positions.
template <class Record>
struct Site {
    Record record;
    const toml::table* table;
};

struct StakeSite {
    Stake stake;
    const toml::table* table;
    bool complete;      // holder, issuer and an amount were read without error
    bool voting_given;  // otherwise voting follows economic once share counts resolve
};

// A [[scenarios]] record with the tables of its stakes (one per ScenarioStake, same order) and
// whether each was read whole (holder, issuer and interests without error).
struct ScenarioSite {
    Scenario record;
    std::vector<const toml::table*> stake_tables;
    std::vector<bool> complete;
};

toml::source_position position_in(const toml::table* table, std::string_view key) {
    const toml::node* value = table->get(key);
    return value != nullptr ? value->source().begin : table->source().begin;
}

std::string line_of(const toml::source_position& where) {
    return std::to_string(where.line);
}

std::string_view kind_words(BodyKind kind) {
    return kind == BodyKind::board ? "board" : "members' meeting";
}

// The earlier of two starts, an absent start (open) being the earliest.
bool starts_before(const std::optional<Date>& a, const std::optional<Date>& b) {
    return !b ? false : !a || *a < *b;
}

// A stretch of time in words: "from 2019-04-01 until 2020-01-01", "from 2019-04-01",
// "before 2020-01-01" or "on every date".
std::string stretch_words(const std::optional<Date>& start, const std::optional<Date>& end) {
    if (start && end) {
        return fmt::format("from {} until {}", format_date(*start), format_date(*end));
    }
    if (start) {
        return "from " + format_date(*start);
    }
    return end ? "before " + format_date(*end) : std::string{"on every date"};
}

// When two periods both hold, in words (stretch_words), or nullopt when they do not overlap.
std::optional<std::string> overlap_words(const Period& a, const Period& b) {
    const std::optional<Date> start = starts_before(a.from, b.from) ? b.from : a.from;
    std::optional<Date> end = a.until;
    if (b.until && (!end || *b.until < *end)) {
        end = b.until;
    }
    if (start && end && *end <= *start) {
        return std::nullopt;
    }
    return stretch_words(start, end);
}

// The first stretch of `period` on which none of `covers` holds, in words after a space
// (" from 2030-01-01 until 2031-01-01", " before 2025-10-28", ...; "" when none of them ever
// holds in an open period), or nullopt when they cover all of it.
std::optional<std::string> first_gap(const Period& period, const std::vector<Period>& covers) {
    // A gap starts where the period starts or where a cover ends.
    std::vector<std::optional<Date>> starts = {period.from};
    for (const Period& cover : covers) {
        if (cover.until && period.contains(*cover.until)) {
            starts.push_back(cover.until);
        }
    }
    std::sort(starts.begin(), starts.end(), starts_before);
    for (const std::optional<Date>& start : starts) {
        const bool covered = std::any_of(covers.begin(), covers.end(), [&](const Period& cover) {
            return start ? cover.contains(*start) : !cover.from;
        });
        if (covered) {
            continue;
        }
        // The gap lasts until the next cover starts, or the period ends.
        std::optional<Date> end = period.until;
        for (const Period& cover : covers) {
            if (cover.from && (!start || *start < *cover.from) && (!end || *cover.from < *end)) {
                end = cover.from;
            }
        }
        return !start && !end ? std::string{} : " " + stretch_words(start, end);
    }
    return std::nullopt;
}

// The days on which both periods hold (empty when they do not overlap: check overlap_words).
Period intersection(const Period& a, const Period& b) {
    Period both{starts_before(a.from, b.from) ? b.from : a.from, a.until};
    if (b.until && (!both.until || *b.until < *both.until)) {
        both.until = b.until;
    }
    return both;
}

// The tables of a body's seat groups, in the order the loader read them (one SeatGroup each).
std::vector<const toml::table*> seat_tables(const toml::table* body) {
    std::vector<const toml::table*> result;
    const toml::node* seats = body->get("seats");
    if (seats != nullptr && seats->is_array()) {
        for (const toml::node& element : *seats->as_array()) {
            if (element.is_table()) {
                result.push_back(element.as_table());
            }
        }
    }
    return result;
}

// The positions of a body's chair terms, one per ChairTerm (or of the plain chair string).
std::vector<toml::source_position> chair_positions(const toml::table* body) {
    std::vector<toml::source_position> result;
    const toml::node* chair = body->get("chair");
    if (chair == nullptr) {
        return result;
    }
    if (!chair->is_array()) {
        result.push_back(chair->source().begin);
        return result;
    }
    for (const toml::node& element : *chair->as_array()) {
        if (element.is_string()) {
            result.push_back(element.source().begin);
        } else if (const auto* term = element.as_table()) {
            result.push_back(position_in(term, "party"));
        }
    }
    return result;
}

class Loader {
  public:
    explicit Loader(std::string_view path) : path_(path), diagnostics_(std::string(path)) {}

    LoadResult run(std::string_view text);

  private:
    // ---- reading helpers --------------------------------------------------------------------
    // Declares the record's id; a repeated id is an error unless `versioned` (bodies and
    // matters: the records with one id are versions of one thing, see check_versions).
    std::string declare_id(IdKind kind, Fields& fields, bool versioned = false);
    std::string reference(IdKind kind, Fields& fields, std::string_view key,
                          Need need = Need::optional);
    std::vector<std::string> references(IdKind kind, Fields& fields, std::string_view key);
    // The ids given by `one` (a string) or by `many` (a non-empty array without repeats), not
    // both; with Need::required, one of the two must be given.
    std::vector<std::string> one_or_many(IdKind kind, Fields& fields, std::string_view one,
                                         std::string_view many, Need need = Need::optional);
    // The value of `key` read by `parse` (e.g. governance::parse_party_kind); an unknown one is
    // reported with the names of `values` (governance::name, see model.hpp).
    template <class Enum, std::size_t N>
    std::optional<Enum> enumeration(Fields& fields, std::string_view key, std::string_view what,
                                    const std::array<Enum, N>& values,
                                    std::optional<Enum> (*parse)(std::string_view), Need need);
    Provenance provenance(Fields& fields, bool is_assumption = false);
    template <class Read>
    void each(Fields& top, std::string_view key, std::string_view what, Read read);

    // ---- records ---------------------------------------------------------------------------
    void read_model_info(Fields& top);
    void read_source(Fields& fields);
    void read_assumption(Fields& fields);
    void read_claim(Fields& fields);
    void read_party(Fields& fields);
    void read_stake(Fields& fields);
    void read_body(Fields& fields);
    SeatGroup read_seat_group(Fields& fields);
    Quorum read_quorum(Fields& fields);
    void read_matter(Fields& fields);
    Rule read_rule(Fields& fields);
    // fields.threshold(key) for a "more than" share, which must be below 100% (no share is more
    // than all of the votes): 100% is an error at the key, and nullopt.
    std::optional<Rational> more_than_threshold(Fields& fields, std::string_view key);
    void read_agreement(Fields& fields);
    void read_right(Fields& fields);
    void read_event(Fields& fields);
    void read_exchange_rate(Fields& fields);
    std::optional<Money> read_money(Fields& fields);
    std::optional<std::string> currency(Fields& fields, std::string_view key);
    DeadlockClause read_deadlock(Fields& fields);
    void read_share_class(Fields& fields);
    void read_voting_cap(Fields& fields);
    void read_multiple_votes(Fields& fields);
    void read_vote_suspension(Fields& fields);
    void read_pool(Fields& fields);
    void read_directed_vote(Fields& fields);
    void read_scenario(Fields& fields);
    // A non-negative exact number: an integer or an exact string ("10", "1/2", "0.5").
    std::optional<Rational> per_share(Fields& fields, std::string_view key);
    // The matter ids of a `matters` list, each to be a matter of the issuer's members' meeting.
    std::vector<std::string> vote_matters(Fields& fields, const std::string& issuer);
    // A party that must hold a stake in `issuer` (some stake, on some date).
    void check_holds(const std::string& party, const std::string& issuer,
                     const toml::source_position& where, std::string_view role);

    // ---- checks across records -------------------------------------------------------------
    void check_references();
    void resolve_share_counts();
    void check_stake_sums();
    void check_closed_ownership();
    void check_versions();
    void check_boards();
    void check_matters();
    void check_dispersed();
    // A party's `renamed_from` names another party, which ends on the day the party starts and
    // which no other party continues.
    void check_renamings();
    void check_right_versions();
    void check_claims_referenced();
    // A warning for each event that cites a source dated before the event (a source cannot
    // report what had not yet happened), at the event's date.
    void check_source_dates();
    void check_vote_records();
    // Each scenario stake must replace a stake ([[stakes]] of its holder in its issuer, none of
    // a share class), and the issuer's interests with the scenario's must sum to at most 100%
    // on every date (checked per stretch of time, as check_stake_sums).
    void check_scenarios();
    // An error at each of two ids whose report files would have one name (output_names.hpp):
    // the charts of the games (matter and view) and of the bodies' thresholds in both editions,
    // and the explanations (game and player; a player is a party or a numbered seat).
    void check_output_names();
    // The issuer's share classes in force on `day`.
    std::vector<ShareClass> classes_on(const std::string& issuer, Date day) const;
    // Why `share_class` is not a class of `issuer` (empty when it is one).
    std::string class_problem(const std::string& issuer, const std::string& share_class) const;

    std::string path_;
    Diagnostics diagnostics_;
    ModelInfo info_;
    std::map<IdKind, std::map<std::string, toml::source_position>> ids_;
    std::map<IdKind, std::vector<std::string>> ids_in_order_;
    std::vector<Reference> references_;
    // References to parties in places where one party acts as one (appoints, consents, chairs,
    // issues stakes): a dispersed party may not stand there. With what it would do, in words.
    std::vector<std::pair<Reference, std::string>> acting_as_one_;
    // Marks the references read since `first` (an index into references_) as acting as one.
    void acting_as_one(std::size_t first, std::string_view what);
    std::set<std::string> referenced_claims_;
    std::vector<Source> sources_;
    std::vector<Assumption> assumptions_;
    std::vector<Site<Claim>> claims_;
    std::vector<Site<Party>> parties_;
    std::vector<StakeSite> stakes_;
    std::vector<Site<Body>> bodies_;
    std::vector<Site<Matter>> matters_;
    std::vector<Agreement> agreements_;
    std::vector<Site<Right>> rights_;
    std::vector<Event> events_;
    std::vector<std::pair<std::string, toml::source_position>> event_dates_;  // id, `date` key
    std::vector<ExchangeRate> exchange_rates_;
    std::map<std::string, toml::source_position> rate_positions_;  // "EUR USD 2025-01-02"
    std::vector<Site<ShareClass>> share_classes_;
    std::vector<Site<VotingCap>> voting_caps_;
    std::vector<Site<MultipleVotes>> multiple_votes_;
    std::vector<Site<VoteSuspension>> vote_suspensions_;
    std::vector<Site<Pool>> pools_;
    std::vector<Site<DirectedVote>> directed_votes_;
    std::vector<ScenarioSite> scenarios_;
    // Deferred checks of the vote records (they need every stake, matter and class read).
    struct ClassUse {
        std::string issuer;
        std::string share_class;
        toml::source_position where;
    };
    std::vector<ClassUse> class_uses_;
    std::set<std::string> issuers_with_bad_classes_;
    struct MatterUse {
        std::string issuer;
        std::string matter;
        toml::source_position where;
    };
    std::vector<MatterUse> matter_uses_;
    struct HolderUse {
        std::string party;
        std::string issuer;
        toml::source_position where;
        std::string role;
    };
    std::vector<HolderUse> holder_uses_;
};

// ---- reading helpers ------------------------------------------------------------------------

bool valid_id(std::string_view id, bool upper_case_allowed) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [upper_case_allowed](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
               (upper_case_allowed && ((c >= 'A' && c <= 'Z') || c == '.'));
    });
}

std::string Loader::declare_id(IdKind kind, Fields& fields, bool versioned) {
    const std::optional<std::string> id = fields.string("id", Need::required);
    if (!id) {
        return {};
    }
    const toml::source_position where = fields.position("id");
    const bool upper_case_allowed = kind == IdKind::assumption || kind == IdKind::claim;
    if (!valid_id(*id, upper_case_allowed)) {
        diagnostics_.error(
            where, fmt::format("invalid {} id '{}': use {}letters, digits and '-'", kind_name(kind),
                               *id, upper_case_allowed ? "" : "lower-case "));
        return {};
    }
    auto [first, inserted] = ids_[kind].emplace(*id, where);
    if (!inserted && !versioned) {
        diagnostics_.error(where, fmt::format("duplicate {} id '{}' (first defined on line {})",
                                              kind_name(kind), *id, line_of(first->second)));
    } else {
        ids_in_order_[kind].push_back(*id);
    }
    return *id;
}

std::string Loader::reference(IdKind kind, Fields& fields, std::string_view key, Need need) {
    const std::optional<std::string> id = fields.string(key, need);
    if (!id || id->empty()) {
        return {};
    }
    references_.push_back(Reference{kind, *id, fields.position(key)});
    return *id;
}

std::vector<std::string> Loader::references(IdKind kind, Fields& fields, std::string_view key) {
    std::vector<std::string> ids;
    for (const Fields::Item& item : fields.strings(key)) {
        references_.push_back(Reference{kind, item.text, item.where});
        ids.push_back(item.text);
    }
    return ids;
}

std::vector<std::string> Loader::one_or_many(IdKind kind, Fields& fields, std::string_view one,
                                             std::string_view many, Need need) {
    if (fields.has(one) && fields.has(many)) {
        diagnostics_.error(fields.position(many),
                           fmt::format("give either '{}' or '{}', not both", one, many));
        return {};
    }
    if (fields.has(one)) {
        const std::string id = reference(kind, fields, one, Need::required);
        return id.empty() ? std::vector<std::string>{} : std::vector<std::string>{id};
    }
    if (!fields.has(many)) {
        if (need == Need::required) {
            diagnostics_.error(fields.where(),
                               fmt::format("missing required key '{}' (or '{}') in {}", one, many,
                                           fields.what()));
        }
        return {};
    }
    const std::vector<Fields::Item> items = fields.strings(many);
    const toml::node* list = fields.node(many);
    if (items.empty() && list->is_array() && list->as_array()->empty()) {
        diagnostics_.error(fields.position(many),
                           fmt::format("'{}' is empty: give at least one {} id, or leave the key "
                                       "out",
                                       many, kind_name(kind)));
    }
    std::vector<std::string> ids;
    for (const Fields::Item& item : items) {
        if (std::find(ids.begin(), ids.end(), item.text) != ids.end()) {
            diagnostics_.error(item.where, fmt::format("{} '{}' is listed twice in '{}'",
                                                       kind_name(kind), item.text, many));
            continue;
        }
        references_.push_back(Reference{kind, item.text, item.where});
        ids.push_back(item.text);
    }
    return ids;
}

template <class Enum, std::size_t N>
std::optional<Enum> Loader::enumeration(Fields& fields, std::string_view key, std::string_view what,
                                        const std::array<Enum, N>& values,
                                        std::optional<Enum> (*parse)(std::string_view), Need need) {
    const std::optional<std::string> value = fields.string(key, need);
    if (!value) {
        return std::nullopt;
    }
    if (const std::optional<Enum> parsed = parse(*value)) {
        return parsed;
    }
    std::vector<std::string> names;
    for (const Enum candidate : values) {
        names.emplace_back(name(candidate));
    }
    std::string hint = did_you_mean(*value, names);
    if (hint.empty()) {
        std::string list;
        for (const std::string& text : names) {
            list += (list.empty() ? "" : ", ") + text;
        }
        hint = " (expected one of: " + list + ")";
    }
    diagnostics_.error(fields.position(key), fmt::format("unknown {} '{}'{}", what, *value, hint));
    return std::nullopt;
}

Provenance Loader::provenance(Fields& fields, bool is_assumption) {
    Provenance result;
    result.sources = one_or_many(IdKind::source, fields, "source", "sources");
    result.confidence = enumeration(fields, "confidence", "confidence", all_confidences,
                                    parse_confidence, Need::optional);
    result.assumptions = one_or_many(IdKind::assumption, fields, "assumption", "assumptions");
    result.claims = references(IdKind::claim, fields, "claims");
    referenced_claims_.insert(result.claims.begin(), result.claims.end());
    result.note = fields.string("note").value_or("");
    if (!is_assumption && result.confidence == Confidence::assumption &&
        !fields.has("assumption") && !fields.has("assumptions")) {
        diagnostics_.error(fields.position("confidence"),
                           "confidence \"assumption\" needs an 'assumption' id naming the "
                           "documented assumption");
    }
    return result;
}

template <class Read>
void Loader::each(Fields& top, std::string_view key, std::string_view what, Read read) {
    for (const toml::table* table : top.tables(key)) {
        Fields fields(*table, std::string(what), diagnostics_);
        (this->*read)(fields);
        fields.finish();
    }
}

// ---- records --------------------------------------------------------------------------------

void Loader::read_model_info(Fields& top) {
    const toml::node* node = top.node("model");
    if (node == nullptr) {
        diagnostics_.error(top.where(), "missing required table [model]");
        return;
    }
    const toml::table* table = node->as_table();
    if (table == nullptr) {
        top.wrong_type("model", *node, "a table");
        return;
    }
    Fields fields(*table, "[model]", diagnostics_);
    info_.name = fields.string("name", Need::required).value_or("");
    const std::size_t entity_reference = references_.size();
    info_.entity = reference(IdKind::party, fields, "entity", Need::required);
    acting_as_one(entity_reference, "be the model's entity");
    info_.as_of = fields.date("as_of", Need::required);
    info_.status = fields.string("status").value_or("");
    info_.description = fields.string("description").value_or("");
    fields.finish();
}

void Loader::read_source(Fields& fields) {
    Source source;
    source.id = declare_id(IdKind::source, fields);
    source.title = fields.string("title", Need::required).value_or("");
    source.publisher = fields.string("publisher").value_or("");
    if (const auto date = fields.day_or_month("date")) {
        source.date = date->first;
        source.date_precision = date->second;
    }
    source.url = fields.string("url", Need::required).value_or("");
    source.language = fields.string("language").value_or("");
    source.note = fields.string("note").value_or("");
    sources_.push_back(std::move(source));
}

void Loader::read_assumption(Fields& fields) {
    Assumption assumption;
    assumption.id = declare_id(IdKind::assumption, fields);
    assumption.text = fields.string("text", Need::required).value_or("");
    assumption.title = fields.string("title").value_or("");
    assumption.rationale = fields.string("rationale", Need::required).value_or("");
    assumption.provenance = provenance(fields, true);
    assumptions_.push_back(std::move(assumption));
}

void Loader::read_claim(Fields& fields) {
    Claim claim;
    claim.id = declare_id(IdKind::claim, fields);
    claim.text = fields.string("text", Need::required).value_or("");
    claim.source = reference(IdKind::source, fields, "source", Need::required);
    claims_.push_back({std::move(claim), &fields.table()});
}

void Loader::read_party(Fields& fields) {
    Party party;
    party.id = declare_id(IdKind::party, fields);
    party.name = fields.string("name", Need::required).value_or("");
    if (auto kind = enumeration(fields, "kind", "party kind", all_party_kinds, parse_party_kind,
                                Need::required)) {
        party.kind = *kind;
    }
    for (const Fields::DatedItem& role : fields.dated_strings("roles", "role")) {
        if (role.text.empty()) {
            continue;
        }
        if (std::find(party.roles.begin(), party.roles.end(), role.text) == party.roles.end()) {
            party.roles.push_back(role.text);
        }
        party.role_terms.push_back(RoleTerm{role.text, role.period});
    }
    party.description = fields.string("description").value_or("");
    party.shares_outstanding = fields.count("shares_outstanding");
    if (party.shares_outstanding && *party.shares_outstanding == 0) {
        diagnostics_.error(fields.position("shares_outstanding"),
                           "'shares_outstanding' must be positive");
        party.shares_outstanding.reset();
    }
    party.dispersed = fields.boolean("dispersed").value_or(false);
    if (party.dispersed && fields.has("kind") && party.kind != PartyKind::group) {
        diagnostics_.error(fields.position("dispersed"),
                           fmt::format("party '{}' is a {}: only a party of kind \"group\" can be "
                                       "dispersed (many small holders)",
                                       party.id, name(party.kind)));
    }
    if (fields.has("turnout")) {
        if (const std::optional<Rational> turnout = fields.share("turnout")) {
            if (!party.dispersed) {
                diagnostics_.error(fields.position("turnout"),
                                   "'turnout' applies only to a dispersed party: add "
                                   "'dispersed = true' or remove it");
            } else if (*turnout == 0) {
                diagnostics_.error(fields.position("turnout"),
                                   "'turnout' must be more than 0%: some of the float votes");
            } else {
                party.turnout = *turnout;
            }
        }
    }
    party.renamed_from = reference(IdKind::party, fields, "renamed_from");
    party.period = fields.period();
    party.provenance = provenance(fields);
    parties_.push_back({std::move(party), &fields.table()});
}

void Loader::read_stake(Fields& fields) {
    StakeSite site{Stake{}, &fields.table(), true, fields.has("voting")};
    Stake& stake = site.stake;
    stake.holder = reference(IdKind::party, fields, "holder", Need::required);
    const std::size_t issuer_reference = references_.size();
    stake.issuer = reference(IdKind::party, fields, "issuer", Need::required);
    acting_as_one(issuer_reference, "be the issuer of a stake");
    site.complete = !stake.holder.empty() && !stake.issuer.empty();
    if (site.complete && stake.holder == stake.issuer) {
        diagnostics_.error(fields.position("issuer"),
                           fmt::format("party '{}' cannot hold a stake in itself", stake.holder));
        site.complete = false;
    }
    const bool has_economic = fields.has("economic");
    const bool has_shares = fields.has("shares");
    if (has_economic && has_shares) {
        diagnostics_.error(fields.position("shares"),
                           "give either 'economic' or 'shares', not both");
        site.complete = false;
    } else if (!has_economic && !has_shares) {
        diagnostics_.error(fields.where(),
                           "missing required key 'economic' (or 'shares') in [[stakes]]");
        site.complete = false;
    } else if (has_economic) {
        const std::optional<Rational> economic = fields.share("economic");
        site.complete = site.complete && economic.has_value();
        stake.economic = economic.value_or(Rational(0));
    } else {
        stake.shares = fields.count("shares");
        site.complete = site.complete && stake.shares.has_value();
    }
    if (fields.has("class")) {
        stake.share_class = fields.string("class").value_or("");
        if (!has_shares) {
            diagnostics_.error(fields.position("class"),
                               "'class' needs 'shares' (the number of shares of the class held)");
            site.complete = false;
        } else if (site.voting_given) {
            diagnostics_.error(fields.position("voting"),
                               "'voting' is derived from the share class: omit it");
            site.complete = false;
        }
        site.voting_given = true;  // derived from the class, never copied from `economic`
    }
    const std::optional<Rational> voting = fields.share("voting");
    if (site.voting_given && stake.share_class.empty() && !voting) {
        site.complete = false;
    }
    stake.voting = voting.value_or(Rational(0));
    if (fields.has("committed_usd") && fields.has("committed")) {
        diagnostics_.error(fields.position("committed"),
                           "give either 'committed_usd' or 'committed', not both");
    } else if (fields.has("committed_usd")) {
        if (const std::optional<Rational> amount = fields.money("committed_usd")) {
            stake.committed = Money{*amount, "USD"};
        }
    } else if (const toml::table* table = fields.subtable("committed")) {
        Fields money_fields(*table, "committed", diagnostics_);
        stake.committed = read_money(money_fields);
        money_fields.finish();
    }
    if (fields.has("paid_in_usd") && fields.has("paid_in")) {
        diagnostics_.error(fields.position("paid_in"),
                           "give either 'paid_in_usd' or 'paid_in', not both");
    } else if (fields.has("paid_in_usd")) {
        if (const std::optional<Rational> amount = fields.money("paid_in_usd")) {
            stake.paid_in = Money{*amount, "USD"};
        }
    } else if (const toml::table* table = fields.subtable("paid_in")) {
        Fields money_fields(*table, "paid_in", diagnostics_);
        stake.paid_in = read_money(money_fields);
        money_fields.finish();
    }
    stake.period = fields.period();
    stake.provenance = provenance(fields);
    stakes_.push_back(std::move(site));
}

SeatGroup Loader::read_seat_group(Fields& fields) {
    SeatGroup group;
    const std::size_t appointer_reference = references_.size();
    group.appointed_by = reference(IdKind::party, fields, "appointed_by");
    acting_as_one(appointer_reference, "appoint directors");
    if (auto count = fields.count("count", Need::required)) {
        if (*count == 0 || *count > 1000) {
            diagnostics_.error(fields.position("count"), "seat 'count' must be between 1 and 1000");
        } else {
            group.count = static_cast<int>(*count);
        }
    }
    group.directors = references(IdKind::party, fields, "directors");
    if (group.count > 0 && static_cast<int>(group.directors.size()) > group.count) {
        diagnostics_.error(fields.position("directors"),
                           fmt::format("{} directors named for {} seat{}", group.directors.size(),
                                       group.count, group.count == 1 ? "" : "s"));
    }
    if (auto votes = fields.count("votes")) {
        if (*votes == 0 || *votes > 1000) {
            diagnostics_.error(fields.position("votes"),
                               "seat 'votes' (per director) must be between 1 and 1000");
        } else {
            group.votes = static_cast<int>(*votes);
        }
    }
    group.observer = fields.boolean("observer").value_or(false);
    group.vote_as_appointer = fields.boolean("vote_as_appointer");
    if (group.observer) {
        for (const char* key : {"votes", "vote_as_appointer"}) {
            if (fields.has(key)) {
                diagnostics_.error(fields.position(key),
                                   fmt::format("an observer seat has no vote: remove '{}' (or "
                                               "'observer')",
                                               key));
            }
        }
    }
    if (group.vote_as_appointer && !fields.has("appointed_by")) {
        diagnostics_.error(fields.position("vote_as_appointer"),
                           "'vote_as_appointer' needs 'appointed_by': independent seats have no "
                           "appointer");
    }
    group.period = fields.period();
    group.provenance = provenance(fields);
    return group;
}

std::optional<Rational> Loader::more_than_threshold(Fields& fields, std::string_view key) {
    const std::optional<Rational> value = fields.threshold(key);
    if (value && *value == 1) {
        std::string at_least{key};
        at_least.replace(at_least.find("more_than"), 9, "at_least");
        diagnostics_.error(fields.position(key),
                           fmt::format("'{}' must be below 100%: nothing is more than all of the "
                                       "votes (for all of them, write {} = \"100%\")",
                                       key, at_least));
        return std::nullopt;
    }
    return value;
}

Quorum Loader::read_quorum(Fields& fields) {
    Quorum quorum;
    const std::optional<Rational> at_least = fields.threshold("at_least");
    const std::optional<Rational> more_than = more_than_threshold(fields, "more_than");
    if (fields.has("at_least") && fields.has("more_than")) {
        diagnostics_.error(fields.position("more_than"),
                           "give either 'at_least' or 'more_than' in a quorum, not both");
    } else if (at_least) {
        quorum.present = Threshold{Threshold::Kind::at_least, *at_least};
    } else if (more_than) {
        quorum.present = Threshold{Threshold::Kind::more_than, *more_than};
    }
    const std::size_t required_references = references_.size();
    quorum.required_present = references(IdKind::party, fields, "required");
    acting_as_one(required_references, "be required at a quorum");
    quorum.provenance = provenance(fields);
    return quorum;
}

void Loader::read_body(Fields& fields) {
    Body body;
    body.id = declare_id(IdKind::body, fields, true);
    body.name = fields.string("name", Need::required).value_or("");
    body.of = reference(IdKind::party, fields, "of", Need::required);
    const std::optional<BodyKind> kind =
        enumeration(fields, "kind", "body kind", all_body_kinds, parse_body_kind, Need::required);
    if (kind) {
        body.kind = *kind;
    }
    for (const toml::table* table : fields.tables("seats")) {
        Fields seat_fields(*table, "seat group", diagnostics_);
        body.seats.push_back(read_seat_group(seat_fields));
        seat_fields.finish();
    }
    if (kind && body.kind == BodyKind::members && fields.has("seats")) {
        diagnostics_.error(fields.position("seats"),
                           "'seats' is only allowed on a board (kind = \"board\")");
    }
    if (kind && body.kind == BodyKind::board && !fields.has("seats")) {
        diagnostics_.error(fields.where(),
                           "missing required key 'seats' in [[bodies]] (a board "
                           "needs seats)");
    }
    // A board's chair must be one of its named directors (check_boards); a members' meeting's
    // chair is any party. Either a string (every date) or an array of dated terms.
    const bool members = kind && body.kind == BodyKind::members;
    const std::size_t chair_reference = references_.size();
    const toml::node* chair = fields.node("chair");
    if (chair != nullptr && chair->is_array()) {
        std::vector<Fields::DatedItem> terms = fields.dated_strings("chair", "party");
        for (std::size_t i = 0; i < terms.size(); ++i) {
            const Fields::DatedItem& term = terms[i];
            if (members && !term.text.empty()) {
                references_.push_back(Reference{IdKind::party, term.text, term.where});
            }
            for (std::size_t j = 0; j < i; ++j) {
                const auto both = overlap_words(terms[j].period, term.period);
                if (both && !terms[j].text.empty() && !term.text.empty()) {
                    diagnostics_.error(
                        term.where,
                        fmt::format("chair terms overlap: '{}' and '{}' (line {}) "
                                    "both hold {}",
                                    term.text, terms[j].text, line_of(terms[j].where), *both));
                }
            }
            body.chair_terms.push_back(ChairTerm{term.text, term.period});
        }
    } else {
        body.chair = members ? reference(IdKind::party, fields, "chair")
                             : fields.string("chair").value_or("");
    }
    acting_as_one(chair_reference, "chair a meeting");
    body.casting_vote = fields.boolean("casting_vote").value_or(false);
    body.directors_vote_as_bloc = fields.boolean("directors_vote_as_bloc").value_or(false);
    body.period = fields.period();
    if (const toml::table* table = fields.subtable("quorum")) {
        Fields quorum_fields(*table, "quorum", diagnostics_);
        body.quorum = read_quorum(quorum_fields);
        quorum_fields.finish();
    }
    body.provenance = provenance(fields);
    bodies_.push_back({std::move(body), &fields.table()});
}

Rule Loader::read_rule(Fields& fields) {
    Rule rule;
    const std::optional<Rational> more_than = more_than_threshold(fields, "more_than");
    const std::optional<Rational> at_least = fields.threshold("at_least");
    const std::optional<bool> unanimous = fields.boolean("unanimous");
    // The threshold keys given, in file order, to point at the second one if there are two.
    std::vector<std::pair<toml::source_position, std::string>> given;
    for (const char* key : {"more_than", "at_least", "unanimous"}) {
        if (fields.has(key)) {
            given.emplace_back(fields.position(key), key);
        }
    }
    std::sort(given.begin(), given.end(), [](const auto& a, const auto& b) {
        return a.first.line != b.first.line ? a.first.line < b.first.line
                                            : a.first.column < b.first.column;
    });
    if (given.empty()) {
        diagnostics_.error(fields.where(),
                           "a rule needs one of 'more_than', 'at_least' or 'unanimous'");
    } else if (given.size() > 1) {
        diagnostics_.error(given[1].first,
                           fmt::format("a rule takes one of 'more_than', 'at_least' and "
                                       "'unanimous', but '{}' follows '{}'",
                                       given[1].second, given[0].second));
    } else if (more_than) {
        rule.threshold = Threshold{Threshold::Kind::more_than, *more_than};
    } else if (at_least) {
        rule.threshold = Threshold{Threshold::Kind::at_least, *at_least};
    } else if (unanimous == false) {
        diagnostics_.error(fields.position("unanimous"),
                           "'unanimous' must be true when given (omit it otherwise)");
    } else if (unanimous) {
        rule.threshold = Threshold{Threshold::Kind::unanimity, Rational(1)};
    }
    const std::optional<Rational> count_more_than = more_than_threshold(fields, "count_more_than");
    const std::optional<Rational> count_at_least = fields.threshold("count_at_least");
    if (fields.has("count_more_than") && fields.has("count_at_least")) {
        diagnostics_.error(fields.position("count_at_least"),
                           "give either 'count_more_than' or 'count_at_least', not both");
    } else if (count_more_than) {
        rule.count = Threshold{Threshold::Kind::more_than, *count_more_than};
    } else if (count_at_least) {
        rule.count = Threshold{Threshold::Kind::at_least, *count_at_least};
    }
    const std::size_t consent_references = references_.size();
    rule.consent = references(IdKind::party, fields, "consent");
    acting_as_one(consent_references, "give a consent");
    const std::size_t excluded_references = references_.size();
    rule.excluded = references(IdKind::party, fields, "excluded");
    acting_as_one(excluded_references, "be excluded from a vote as one party");
    return rule;
}

void Loader::read_matter(Fields& fields) {
    Matter matter;
    matter.id = declare_id(IdKind::matter, fields, true);
    matter.name = fields.string("name", Need::required).value_or("");
    matter.body = reference(IdKind::body, fields, "body", Need::required);
    if (const toml::table* table = fields.subtable("rule", Need::required)) {
        Fields rule_fields(*table, "rule", diagnostics_);
        matter.rule = read_rule(rule_fields);
        rule_fields.finish();
    }
    matter.is_default = fields.boolean("default").value_or(false);
    matter.category = enumeration(fields, "category", "matter category", all_matter_categories,
                                  parse_matter_category, Need::optional);
    for (const Fields::Item& example : fields.strings("examples")) {
        matter.examples.push_back(example.text);
    }
    matter.description = fields.string("description").value_or("");
    matter.period = fields.period();
    matter.provenance = provenance(fields);
    matters_.push_back({std::move(matter), &fields.table()});
}

void Loader::read_agreement(Fields& fields) {
    Agreement agreement;
    agreement.id = declare_id(IdKind::agreement, fields);
    agreement.name = fields.string("name", Need::required).value_or("");
    agreement.parties = references(IdKind::party, fields, "parties");
    if (agreement.parties.size() < 2) {
        diagnostics_.error(fields.position("parties"),
                           "an agreement needs 'parties' with at least two party ids");
    }
    std::vector<toml::source_position> starts;
    for (const toml::table* table : fields.tables("versions")) {
        Fields version_fields(*table, "[[agreements.versions]]", diagnostics_);
        AgreementVersion version;
        version.id = declare_id(IdKind::version, version_fields);
        version.name = version_fields.string("name").value_or("");
        version.period = version_fields.period();
        version.summary = version_fields.string("summary").value_or("");
        version.provenance = provenance(version_fields);
        starts.push_back(version_fields.position("from"));
        version_fields.finish();
        agreement.versions.push_back(std::move(version));
    }
    for (std::size_t i = 1; i < agreement.versions.size(); ++i) {
        const AgreementVersion& previous = agreement.versions[i - 1];
        const AgreementVersion& current = agreement.versions[i];
        if (!current.period.from) {
            diagnostics_.error(starts[i], fmt::format("version '{}' follows version '{}' but has "
                                                      "no 'from' date",
                                                      current.id, previous.id));
        } else if (previous.period.from && *current.period.from < *previous.period.from) {
            diagnostics_.error(
                starts[i], fmt::format("versions out of date order: '{}' (from {}) is listed "
                                       "after '{}' (from {})",
                                       current.id, format_date(*current.period.from), previous.id,
                                       format_date(*previous.period.from)));
        } else if (!previous.period.until) {
            diagnostics_.error(starts[i],
                               fmt::format("version '{}' overlaps version '{}', which has no "
                                           "'until' date",
                                           current.id, previous.id));
        } else if (*current.period.from < *previous.period.until) {
            diagnostics_.error(
                starts[i], fmt::format("version '{}' starts on {}, before version '{}' ends "
                                       "on {}",
                                       current.id, format_date(*current.period.from), previous.id,
                                       format_date(*previous.period.until)));
        }
    }
    agreement.provenance = provenance(fields);
    agreements_.push_back(std::move(agreement));
}

// The rights whose kinds take a key of their own; a key given with another kind is an error.
struct KindKey {
    std::string_view key;
    std::vector<RightKind> kinds;
    std::string_view kinds_text;  // "\"deadlock\"", "\"put-option\" or \"call-option\""
};

void Loader::read_right(Fields& fields) {
    Right right;
    right.id = declare_id(IdKind::right, fields);
    const std::optional<RightKind> kind = enumeration(fields, "kind", "right kind", all_right_kinds,
                                                      parse_right_kind, Need::required);
    if (kind) {
        right.kind = *kind;
    }
    right.holders = one_or_many(IdKind::party, fields, "holder", "holders", Need::required);
    right.counterparties = one_or_many(IdKind::party, fields, "counterparty", "counterparties");
    for (const std::string& party : right.counterparties) {
        if (std::find(right.holders.begin(), right.holders.end(), party) != right.holders.end()) {
            diagnostics_.error(
                fields.position(fields.has("counterparty") ? "counterparty" : "counterparties"),
                fmt::format("party '{}' is both a holder and a counterparty of right '{}'", party,
                            right.id));
        }
    }
    right.scope = fields.string("scope", Need::required).value_or("");
    right.period = fields.period();
    right.end_condition = fields.string("end_condition").value_or("");
    right.agreement = reference(IdKind::agreement, fields, "agreement");
    right.version = reference(IdKind::version, fields, "version");
    const std::array<KindKey, 3> kind_keys = {{
        {"deadlock", {RightKind::deadlock}, "\"deadlock\""},
        {"threshold", {RightKind::drag_along}, "\"drag-along\""},
        {"price_basis", {RightKind::put_option, RightKind::call_option},
         "\"put-option\" or \"call-option\""},
    }};
    for (const KindKey& entry : kind_keys) {
        if (kind && fields.has(entry.key) &&
            std::find(entry.kinds.begin(), entry.kinds.end(), *kind) == entry.kinds.end()) {
            diagnostics_.error(fields.position(entry.key),
                               fmt::format("'{}' is only allowed on a right of kind {}, not on "
                                           "a right of kind \"{}\"",
                                           entry.key, entry.kinds_text, name(*kind)));
            fields.known(entry.key);
        }
        if (!kind) {
            fields.known(entry.key);  // cannot be checked against an unknown kind
        }
    }
    if (kind == RightKind::deadlock) {
        if (const toml::table* table = fields.subtable("deadlock", Need::required)) {
            Fields deadlock_fields(*table, "deadlock", diagnostics_);
            right.deadlock = read_deadlock(deadlock_fields);
            deadlock_fields.finish();
        }
    }
    if (kind == RightKind::drag_along) {
        right.threshold = fields.threshold("threshold");
    }
    if (kind == RightKind::put_option || kind == RightKind::call_option) {
        right.price_basis = fields.string("price_basis").value_or("");
    }
    right.provenance = provenance(fields);
    rights_.push_back({std::move(right), &fields.table()});
}

DeadlockClause Loader::read_deadlock(Fields& fields) {
    DeadlockClause clause;
    clause.matters = references(IdKind::matter, fields, "matters");
    if (const std::optional<Integer> failed = fields.count("failed_votes")) {
        if (*failed == 0 || *failed > 100) {
            diagnostics_.error(fields.position("failed_votes"),
                               "'failed_votes' must be between 1 and 100");
        } else {
            clause.failed_votes = static_cast<int>(*failed);
        }
    }
    const std::optional<DeadlockMechanism> mechanism =
        enumeration(fields, "mechanism", "deadlock mechanism", all_deadlock_mechanisms,
                    parse_deadlock_mechanism, Need::required);
    if (mechanism) {
        clause.mechanism = *mechanism;
    }
    using M = DeadlockMechanism;
    struct MechanismKey {
        std::string_view key;
        std::vector<M> mechanisms;
        std::string_view mechanisms_text;
    };
    const std::array<MechanismKey, 4> mechanism_keys = {{
        {"escalate_to", {M::escalation}, "\"escalation\""},
        {"buy_sell", {M::buy_sell}, "\"buy-sell\""},
        {"triggered_by", {M::buy_sell, M::put_call, M::dissolution},
         "\"buy-sell\", \"put-call\" or \"dissolution\""},
        {"price_basis", {M::buy_sell, M::put_call}, "\"buy-sell\" or \"put-call\""},
    }};
    for (const MechanismKey& entry : mechanism_keys) {
        if (mechanism && fields.has(entry.key) &&
            std::find(entry.mechanisms.begin(), entry.mechanisms.end(), *mechanism) ==
                entry.mechanisms.end()) {
            diagnostics_.error(fields.position(entry.key),
                               fmt::format("'{}' is only allowed with mechanism {}, not with "
                                           "\"{}\"",
                                           entry.key, entry.mechanisms_text, name(*mechanism)));
            fields.known(entry.key);
        }
    }
    if (mechanism == M::escalation) {
        clause.escalate_to = references(IdKind::party, fields, "escalate_to");
    }
    if (mechanism == M::buy_sell) {
        clause.buy_sell = enumeration(fields, "buy_sell", "buy-sell form", all_buy_sells,
                                      parse_buy_sell, Need::optional);
    }
    if (mechanism == M::buy_sell || mechanism == M::put_call || mechanism == M::dissolution) {
        clause.triggered_by = references(IdKind::party, fields, "triggered_by");
    }
    if (mechanism == M::buy_sell || mechanism == M::put_call) {
        clause.price_basis = fields.string("price_basis").value_or("");
    }
    if (!mechanism) {
        // Its keys cannot be checked against an unknown mechanism: not reported as unknown.
        for (const MechanismKey& entry : mechanism_keys) {
            fields.known(entry.key);
        }
    }
    return clause;
}

// Three capital letters, the form of every ISO 4217 code ("USD", "EUR", "JPY"). The code is not
// checked against the ISO list, which changes over time.
bool currency_form(std::string_view code) {
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::optional<std::string> Loader::currency(Fields& fields, std::string_view key) {
    const std::optional<std::string> code = fields.string(key, Need::required);
    if (!code) {
        return std::nullopt;
    }
    if (currency_form(*code)) {
        return code;
    }
    std::string upper = *code;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) {
        return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    });
    diagnostics_.error(fields.position(key),
                       fmt::format("invalid currency code '{}' for '{}': write an ISO 4217 code "
                                   "of three capital letters{}",
                                   *code, key,
                                   currency_form(upper) ? " (did you mean '" + upper + "'?)"
                                                        : std::string(" such as \"USD\", "
                                                                      "\"EUR\" or \"JPY\"")));
    return std::nullopt;
}

std::optional<Money> Loader::read_money(Fields& fields) {
    const std::optional<Rational> amount = [&]() -> std::optional<Rational> {
        if (!fields.has("amount")) {
            fields.missing("amount");
            return std::nullopt;
        }
        return fields.money("amount", false);
    }();
    const std::optional<std::string> code = currency(fields, "currency");
    if (!amount || !code) {
        return std::nullopt;
    }
    return Money{*amount, *code};
}

void Loader::read_exchange_rate(Fields& fields) {
    ExchangeRate rate;
    rate.id = declare_id(IdKind::exchange_rate, fields);
    const std::optional<std::string> from = currency(fields, "from");
    const std::optional<std::string> to = currency(fields, "to");
    if (from && to && *from == *to) {
        diagnostics_.error(fields.position("to"),
                           fmt::format("an exchange rate from '{}' to itself", *from));
    }
    rate.from = from.value_or("");
    rate.to = to.value_or("");
    if (const toml::node* value = fields.node("rate")) {
        const auto* text = value->as_string();
        const std::optional<Rational> parsed =
            text != nullptr && text->get().find('%') == std::string::npos
                ? exact::parse_share(text->get())
                : std::nullopt;
        if (text == nullptr && !value->is_integer()) {
            fields.wrong_type("rate", *value,
                              "an exact rate such as \"1.08\", \"1/150\" or an integer");
        } else if (value->is_integer()) {
            rate.rate = Rational(value->as_integer()->get());
        } else if (!parsed) {
            diagnostics_.error(value->source().begin,
                               fmt::format("malformed rate '{}': write a decimal (\"1.08\") or a "
                                           "fraction (\"1/150\")",
                                           text->get()));
        } else {
            rate.rate = *parsed;
        }
        if ((value->is_integer() || parsed) && rate.rate <= 0) {
            diagnostics_.error(value->source().begin, "'rate' must be positive");
        }
    } else {
        fields.missing("rate");
    }
    const std::optional<Date> date = fields.date("date", Need::required);
    rate.date = date.value_or(Date{});
    if (from && to && date) {
        const std::string key = *from + " " + *to + " " + format_date(*date);
        auto [first, inserted] = rate_positions_.emplace(key, fields.position("date"));
        if (!inserted) {
            diagnostics_.error(fields.position("date"),
                               fmt::format("a second rate from '{}' to '{}' on {} (the first is "
                                           "on line {}): give one rate per day",
                                           *from, *to, format_date(*date),
                                           line_of(first->second)));
        }
    }
    rate.provenance = provenance(fields);
    if (!fields.has("source") && !fields.has("sources")) {
        diagnostics_.error(fields.where(),
                           "missing required key 'source' (or 'sources') in [[exchange_rates]]: "
                           "a rate is used only when a source states it");
    }
    exchange_rates_.push_back(std::move(rate));
}

void Loader::read_event(Fields& fields) {
    Event event;
    event.id = declare_id(IdKind::event, fields);
    const auto date = fields.day_or_month("date", Need::required);
    if (date) {
        event.date = date->first;
        event.precision = date->second;
        event_dates_.emplace_back(event.id, fields.position("date"));
    }
    event.text = fields.string("text", Need::required).value_or("");
    event.status = fields.string("status").value_or("");
    event.parties = references(IdKind::party, fields, "parties");
    event.provenance = provenance(fields);
    if (date) {
        events_.push_back(std::move(event));
    }
}

std::optional<Rational> Loader::per_share(Fields& fields, std::string_view key) {
    const toml::node* value = fields.node(key);
    if (value == nullptr) {
        return std::nullopt;
    }
    std::optional<Rational> parsed;
    if (const auto* number = value->as_integer()) {
        parsed = Rational(number->get());
    } else if (const auto* text = value->as_string()) {
        parsed = exact::parse_share(text->get());
        if (!parsed) {
            diagnostics_.error(value->source().begin,
                               fmt::format("malformed number '{}' for '{}': write an integer, a "
                                           "fraction (\"1/10\") or a decimal (\"0.1\")",
                                           text->get(), key));
            return std::nullopt;
        }
    } else {
        fields.wrong_type(key, *value, "an integer or an exact number string");
        return std::nullopt;
    }
    if (*parsed < 0) {
        diagnostics_.error(value->source().begin,
                           fmt::format("'{}' must not be negative, found {}", key,
                                       exact::to_fraction_string(*parsed)));
        return std::nullopt;
    }
    return parsed;
}

std::vector<std::string> Loader::vote_matters(Fields& fields, const std::string& issuer) {
    std::vector<std::string> matters;
    for (const Fields::Item& item : fields.strings("matters")) {
        references_.push_back(Reference{IdKind::matter, item.text, item.where});
        if (!issuer.empty()) {
            matter_uses_.push_back(MatterUse{issuer, item.text, item.where});
        }
        matters.push_back(item.text);
    }
    return matters;
}

void Loader::check_holds(const std::string& party, const std::string& issuer,
                         const toml::source_position& where, std::string_view role) {
    if (!party.empty() && !issuer.empty()) {
        holder_uses_.push_back(HolderUse{party, issuer, where, std::string(role)});
    }
}

void Loader::read_share_class(Fields& fields) {
    const std::size_t diagnostics_before = diagnostics_.count();
    ShareClass share_class;
    const std::optional<std::string> id = fields.string("id", Need::required);
    share_class.issuer = reference(IdKind::party, fields, "issuer", Need::required);
    if (id && !valid_id(*id, false)) {
        diagnostics_.error(fields.position("id"),
                           fmt::format("invalid share class id '{}': use lower-case letters, "
                                       "digits and '-'",
                                       *id));
    } else if (id) {
        share_class.id = *id;
    }
    share_class.name = fields.string("name", Need::required).value_or("");
    if (!fields.has("votes_per_share")) {
        fields.missing("votes_per_share");
    }
    share_class.votes_per_share = per_share(fields, "votes_per_share").value_or(Rational(0));
    share_class.economic_per_share = per_share(fields, "economic_per_share").value_or(Rational(1));
    if (auto outstanding = fields.count("outstanding", Need::required)) {
        if (*outstanding == 0) {
            diagnostics_.error(fields.position("outstanding"), "'outstanding' must be positive");
        } else {
            share_class.outstanding = *outstanding;
        }
    }
    share_class.period = fields.period();
    // Several records of one class are its versions (e.g. more shares outstanding from a date).
    for (const Site<ShareClass>& other : share_classes_) {
        const Period& a = other.record.period;
        const Period& b = share_class.period;
        const bool overlap = (!a.until || !b.from || *b.from < *a.until) &&
                             (!b.until || !a.from || *a.from < *b.until);
        if (!share_class.id.empty() && other.record.id == share_class.id &&
            other.record.issuer == share_class.issuer && overlap) {
            diagnostics_.error(fields.position("id"),
                               fmt::format("share class '{}' of '{}' is already defined for some "
                                           "of these dates (line {}): give the versions "
                                           "periods that do not overlap",
                                           share_class.id, share_class.issuer,
                                           line_of(position_in(other.table, "id"))));
        }
    }
    share_class.provenance = provenance(fields);
    if (diagnostics_.count() != diagnostics_before) {
        issuers_with_bad_classes_.insert(share_class.issuer);  // their sums are unknown
    }
    share_classes_.push_back({std::move(share_class), &fields.table()});
}

void Loader::read_voting_cap(Fields& fields) {
    VotingCap cap;
    cap.id = declare_id(IdKind::voting_cap, fields);
    cap.issuer = reference(IdKind::party, fields, "issuer", Need::required);
    if (!fields.has("cap")) {
        fields.missing("cap");
    }
    cap.cap = fields.threshold("cap").value_or(Rational(1));
    if (auto base = enumeration(fields, "of", "voting cap base", all_cap_bases, parse_cap_base,
                                Need::required)) {
        cap.of = *base;
    }
    cap.matters = vote_matters(fields, cap.issuer);
    cap.period = fields.period();
    cap.provenance = provenance(fields);
    voting_caps_.push_back({std::move(cap), &fields.table()});
}

void Loader::read_multiple_votes(Fields& fields) {
    MultipleVotes record;
    record.id = declare_id(IdKind::multiple_votes, fields);
    record.issuer = reference(IdKind::party, fields, "issuer", Need::required);
    for (const Fields::Item& item : fields.strings("holders")) {
        references_.push_back(Reference{IdKind::party, item.text, item.where});
        check_holds(item.text, record.issuer, item.where, "holder");
        record.holders.push_back(item.text);
    }
    record.share_class = fields.string("class").value_or("");
    if (!record.share_class.empty() && !record.issuer.empty()) {
        class_uses_.push_back(ClassUse{record.issuer, record.share_class, fields.position("class")});
    }
    if (!fields.has("holders") && !fields.has("class")) {
        diagnostics_.error(fields.where(),
                           "a [[multiple_votes]] record needs 'holders' or 'class' (or both)");
    }
    if (auto factor = fields.count("factor", Need::required)) {
        if (*factor < 2 || *factor > 1000) {
            diagnostics_.error(fields.position("factor"),
                               fmt::format("'factor' must be an integer from 2 to 1000, found {}",
                                           factor->str()));
        } else {
            record.factor = static_cast<int>(*factor);
        }
    }
    record.condition = fields.string("condition").value_or("");
    record.period = fields.period();
    record.provenance = provenance(fields);
    multiple_votes_.push_back({std::move(record), &fields.table()});
}

void Loader::read_vote_suspension(Fields& fields) {
    VoteSuspension suspension;
    suspension.id = declare_id(IdKind::vote_suspension, fields);
    suspension.holder = reference(IdKind::party, fields, "holder", Need::required);
    suspension.issuer = reference(IdKind::party, fields, "issuer", Need::required);
    check_holds(suspension.holder, suspension.issuer, fields.position("holder"), "holder");
    if (auto reason = enumeration(fields, "reason", "suspension reason", all_suspension_reasons,
                                  parse_suspension_reason, Need::required)) {
        suspension.reason = *reason;
    }
    suspension.period = fields.period();
    suspension.provenance = provenance(fields);
    vote_suspensions_.push_back({std::move(suspension), &fields.table()});
}

void Loader::read_pool(Fields& fields) {
    Pool pool;
    pool.id = declare_id(IdKind::pool, fields);
    pool.name = fields.string("name", Need::required).value_or("");
    pool.issuer = reference(IdKind::party, fields, "issuer", Need::required);
    for (const Fields::Item& item : fields.strings("members", Need::required)) {
        references_.push_back(Reference{IdKind::party, item.text, item.where});
        check_holds(item.text, pool.issuer, item.where, "pool member");
        if (std::find(pool.members.begin(), pool.members.end(), item.text) != pool.members.end()) {
            diagnostics_.error(item.where,
                               fmt::format("'{}' is listed twice in the pool", item.text));
        }
        pool.members.push_back(item.text);
    }
    if (fields.has("members") && pool.members.size() < 2) {
        diagnostics_.error(fields.position("members"),
                           "a pool needs 'members' with at least two party ids");
    }
    if (const toml::table* table = fields.subtable("rule", Need::required)) {
        Fields rule(*table, "pool rule", diagnostics_);
        const std::optional<Rational> more_than = more_than_threshold(rule, "more_than");
        const std::optional<Rational> at_least = rule.threshold("at_least");
        const std::optional<bool> unanimous = rule.boolean("unanimous");
        const std::optional<std::string> leader = rule.string("leader");
        std::vector<std::pair<toml::source_position, std::string>> given;
        for (const char* key : {"more_than", "at_least", "unanimous", "leader"}) {
            if (rule.has(key)) {
                given.emplace_back(rule.position(key), key);
            }
        }
        std::sort(given.begin(), given.end(), [](const auto& a, const auto& b) {
            return a.first.line != b.first.line ? a.first.line < b.first.line
                                                : a.first.column < b.first.column;
        });
        if (given.empty()) {
            diagnostics_.error(rule.where(), "a pool rule needs one of 'more_than', 'at_least', "
                                             "'unanimous' or 'leader'");
        } else if (given.size() > 1) {
            diagnostics_.error(given[1].first,
                               fmt::format("a pool rule takes one of 'more_than', 'at_least', "
                                           "'unanimous' and 'leader', but '{}' follows '{}'",
                                           given[1].second, given[0].second));
        } else if (more_than) {
            pool.rule.threshold = Threshold{Threshold::Kind::more_than, *more_than};
        } else if (at_least) {
            pool.rule.threshold = Threshold{Threshold::Kind::at_least, *at_least};
        } else if (unanimous == false) {
            diagnostics_.error(rule.position("unanimous"),
                               "'unanimous' must be true when given (omit it otherwise)");
        } else if (unanimous) {
            pool.rule.kind = PoolRule::Kind::unanimous;
        } else if (leader) {
            pool.rule.kind = PoolRule::Kind::leader;
            pool.rule.leader = *leader;
            if (!pool.members.empty() &&
                std::find(pool.members.begin(), pool.members.end(), *leader) ==
                    pool.members.end()) {
                diagnostics_.error(rule.position("leader"),
                                   fmt::format("pool leader '{}' is not a member of pool '{}'{}",
                                               *leader, pool.id,
                                               did_you_mean(*leader, pool.members)));
            }
        }
        rule.finish();
    }
    pool.matters = vote_matters(fields, pool.issuer);
    pool.period = fields.period();
    pool.provenance = provenance(fields);
    pools_.push_back({std::move(pool), &fields.table()});
}

void Loader::read_directed_vote(Fields& fields) {
    DirectedVote directed;
    directed.id = declare_id(IdKind::directed_vote, fields);
    directed.holder = reference(IdKind::party, fields, "holder", Need::required);
    directed.directed_by = reference(IdKind::party, fields, "directed_by", Need::required);
    directed.issuer = reference(IdKind::party, fields, "issuer", Need::required);
    check_holds(directed.holder, directed.issuer, fields.position("holder"), "holder");
    if (!directed.holder.empty() && directed.holder == directed.directed_by) {
        diagnostics_.error(fields.position("directed_by"),
                           fmt::format("'{}' cannot direct its own votes", directed.holder));
    }
    directed.matters = vote_matters(fields, directed.issuer);
    directed.period = fields.period();
    directed.provenance = provenance(fields);
    directed_votes_.push_back({std::move(directed), &fields.table()});
}

void Loader::read_scenario(Fields& fields) {
    ScenarioSite site;
    Scenario& scenario = site.record;
    scenario.id = declare_id(IdKind::scenario, fields);
    scenario.name = fields.string("name", Need::required).value_or("");
    scenario.assumption = reference(IdKind::assumption, fields, "assumption", Need::required);
    scenario.replaces = reference(IdKind::assumption, fields, "replaces");
    if (!fields.has("stakes")) {
        fields.missing("stakes");
    } else if (const toml::node* list = fields.node("stakes");
               list->is_array() && list->as_array()->empty()) {
        diagnostics_.error(fields.position("stakes"),
                           "'stakes' is empty: a scenario replaces at least one stake");
    }
    for (const toml::table* table : fields.tables("stakes")) {
        Fields stake_fields(*table, "scenario stake", diagnostics_);
        ScenarioStake stake;
        stake.holder = reference(IdKind::party, stake_fields, "holder", Need::required);
        stake.issuer = reference(IdKind::party, stake_fields, "issuer", Need::required);
        const std::optional<Rational> economic = stake_fields.share("economic", Need::required);
        const std::optional<Rational> voting = stake_fields.share("voting");
        bool complete = !stake.holder.empty() && !stake.issuer.empty() && economic &&
                        (voting || !stake_fields.has("voting"));
        stake.economic = economic.value_or(Rational(0));
        stake.voting = voting.value_or(stake.economic);
        for (std::size_t i = 0; complete && i < scenario.stakes.size(); ++i) {
            if (scenario.stakes[i].holder == stake.holder &&
                scenario.stakes[i].issuer == stake.issuer) {
                diagnostics_.error(
                    stake_fields.where(),
                    fmt::format("scenario '{}' replaces the stake of '{}' in '{}' twice "
                                "(first on line {})",
                                scenario.id, stake.holder, stake.issuer,
                                line_of(site.stake_tables[i]->source().begin)));
                complete = false;
            }
        }
        stake_fields.finish();
        scenario.stakes.push_back(std::move(stake));
        site.stake_tables.push_back(table);
        site.complete.push_back(complete);
    }
    scenarios_.push_back(std::move(site));
}

// ---- checks across records ------------------------------------------------------------------

void Loader::check_references() {
    for (const Reference& reference : references_) {
        if (ids_[reference.kind].count(reference.id) == 0) {
            diagnostics_.error(
                reference.where,
                fmt::format("unknown {} '{}'{}", kind_name(reference.kind), reference.id,
                            did_you_mean(reference.id, ids_in_order_[reference.kind])));
        }
    }
}

const Party* find_site(const std::vector<Site<Party>>& parties, std::string_view id) {
    for (const Site<Party>& site : parties) {
        if (site.record.id == id) {
            return &site.record;
        }
    }
    return nullptr;
}

std::vector<ShareClass> Loader::classes_on(const std::string& issuer, Date day) const {
    std::vector<ShareClass> classes;
    for (const Site<ShareClass>& site : share_classes_) {
        if (site.record.issuer == issuer && site.record.period.contains(day)) {
            classes.push_back(site.record);
        }
    }
    return classes;
}

std::string Loader::class_problem(const std::string& issuer,
                                  const std::string& share_class) const {
    std::vector<std::string> of_issuer;
    std::string other_issuer;
    for (const Site<ShareClass>& site : share_classes_) {
        if (site.record.issuer == issuer) {
            if (site.record.id == share_class) {
                return {};
            }
            of_issuer.push_back(site.record.id);
        } else if (site.record.id == share_class && other_issuer.empty()) {
            other_issuer = site.record.issuer;
        }
    }
    if (!other_issuer.empty()) {
        return fmt::format("share class '{}' is a class of '{}', not of '{}'", share_class,
                           other_issuer, issuer);
    }
    return fmt::format("unknown share class '{}' of '{}'{}", share_class, issuer,
                       did_you_mean(share_class, of_issuer));
}

// The first day of a period, or a day before any model's dates when it has no start.
Date first_day(const Period& period) {
    return period.from.value_or(Date{std::chrono::year{1}, std::chrono::January, std::chrono::day{1}});
}

void Loader::resolve_share_counts() {
    for (StakeSite& site : stakes_) {
        Stake& stake = site.stake;
        if (!stake.share_class.empty()) {
            const std::string problem = class_problem(stake.issuer, stake.share_class);
            if (!problem.empty()) {
                diagnostics_.error(position_in(site.table, "class"), problem);
                site.complete = false;
            } else if (stake.shares) {
                // The interests on the stake's first day; as_of derives them day by day.
                const auto interests = class_interests(classes_on(stake.issuer, first_day(stake.period)),
                                                       stake.issuer, stake.share_class,
                                                       *stake.shares);
                stake.economic = interests ? interests->first : Rational(0);
                stake.voting = interests ? interests->second : Rational(0);
            }
            continue;
        }
        if (stake.shares) {
            const Party* issuer = find_site(parties_, stake.issuer);
            if (issuer != nullptr && !issuer->shares_outstanding) {
                diagnostics_.error(
                    position_in(site.table, "shares"),
                    fmt::format("'shares' needs 'shares_outstanding' on party '{}'", stake.issuer));
                site.complete = false;
            } else if (issuer != nullptr) {
                stake.economic = Rational(*stake.shares, *issuer->shares_outstanding);
            }
        }
        if (!site.voting_given) {
            stake.voting = stake.economic;
        }
    }
}

// One probe day per stretch of time in which a set of records does not change, given the days
// on which some record starts or ends, with the stretch in words after a space (" before
// 2025-01-21", " from 2025-01-21"; "" when no record is dated).
std::vector<std::pair<Date, std::string>> probe_days(const std::set<std::chrono::sys_days>& boundaries) {
    std::vector<std::pair<Date, std::string>> probes;
    if (boundaries.empty()) {
        probes.emplace_back(Date{std::chrono::year{2000}, std::chrono::January, std::chrono::day{1}},
                            "");
        return probes;
    }
    const std::chrono::sys_days first = *boundaries.begin();
    probes.emplace_back(Date{first - std::chrono::days{1}}, " before " + format_date(Date{first}));
    for (const std::chrono::sys_days day : boundaries) {
        probes.emplace_back(Date{day}, " from " + format_date(Date{day}));
    }
    return probes;
}

// A stake's economic and voting interests on a day whose share classes of the issuer are
// `classes` (derived from its class when given as shares of one; 0 and 0 for a class that
// gives none).
std::pair<Rational, Rational> interests_on(const Stake& stake, const std::vector<ShareClass>& classes) {
    if (stake.share_class.empty() || !stake.shares) {
        return {stake.economic, stake.voting};
    }
    if (const auto interests = class_interests(classes, stake.issuer, stake.share_class,
                                               *stake.shares)) {
        return *interests;
    }
    return {Rational(0), Rational(0)};
}

void Loader::check_stake_sums() {
    // Issuers in order of first appearance; an issuer with a stake that could not be read has
    // no known sum, so it is left out rather than reported as over- or under-allocated.
    std::vector<std::string> issuers;
    std::set<std::string> unknown_sums;
    for (const StakeSite& site : stakes_) {
        if (!site.complete) {
            unknown_sums.insert(site.stake.issuer);
        } else if (find_site(parties_, site.stake.issuer) != nullptr &&
                   std::find(issuers.begin(), issuers.end(), site.stake.issuer) == issuers.end()) {
            issuers.push_back(site.stake.issuer);
        }
    }
    std::erase_if(issuers, [&](const std::string& id) {
        return unknown_sums.count(id) != 0 || issuers_with_bad_classes_.count(id) != 0;
    });
    for (const std::string& issuer : issuers) {
        std::vector<const StakeSite*> sites;
        std::set<std::chrono::sys_days> boundaries;
        for (const StakeSite& site : stakes_) {
            if (site.complete && site.stake.issuer == issuer) {
                sites.push_back(&site);
                for (const auto& day : {site.stake.period.from, site.stake.period.until}) {
                    if (day) {
                        boundaries.insert(std::chrono::sys_days(*day));
                    }
                }
            }
        }
        for (const Site<ShareClass>& share_class : share_classes_) {
            if (share_class.record.issuer != issuer) {
                continue;
            }
            for (const auto& day : {share_class.record.period.from, share_class.record.period.until}) {
                if (day) {
                    boundaries.insert(std::chrono::sys_days(*day));
                }
            }
        }
        std::set<std::string> reported;
        for (const auto& probe : probe_days(boundaries)) {
            // (Not a structured binding: the lambda below captures `when`, which clang 14, the
            // fuzz build's compiler, does not allow for a binding.)
            const Date day = probe.first;
            const std::string& when = probe.second;
            Rational economic(0);
            Rational voting(0);
            const StakeSite* last = nullptr;
            const std::vector<ShareClass> classes = classes_on(issuer, day);
            for (const StakeSite* site : sites) {
                if (!site->stake.period.contains(day)) {
                    continue;
                }
                last = site;
                const auto [stake_economic, stake_voting] = interests_on(site->stake, classes);
                economic += stake_economic;
                voting += stake_voting;
            }
            if (last == nullptr) {
                continue;
            }
            const toml::source_position where = position_in(
                last->table, last->table->get("economic") != nullptr ? "economic" : "shares");
            auto report = [&](std::string_view interest, const Rational& sum) {
                std::string message;
                const std::string total = exact::to_percent_string(sum);
                if (sum > 1) {
                    message = fmt::format("{} interests in '{}' sum to {}{}, more than 100%",
                                          interest, issuer, total, when);
                } else if (sum < 1) {
                    message =
                        fmt::format("{} interests in '{}' sum to {}{}: {} unallocated", interest,
                                    issuer, total, when, exact::to_percent_string(1 - sum));
                }
                if (message.empty() || !reported.insert(message).second) {
                    return;
                }
                if (sum > 1) {
                    diagnostics_.error(where, message);
                } else {
                    diagnostics_.warning(where, message);
                }
            };
            report("economic", economic);
            if (voting != economic) {
                report("voting", voting);
            }
        }
    }
}

void Loader::check_scenarios() {
    for (const ScenarioSite& site : scenarios_) {
        const Scenario& scenario = site.record;
        // The issuers whose sums can be checked: every stake of theirs read whole, no bad class.
        std::vector<std::string> issuers;
        for (std::size_t i = 0; i < scenario.stakes.size(); ++i) {
            const ScenarioStake& stake = scenario.stakes[i];
            if (!site.complete[i] || find_site(parties_, stake.holder) == nullptr ||
                find_site(parties_, stake.issuer) == nullptr) {
                continue;  // reported where it was read, or as an unknown party
            }
            bool replaces = false;
            bool of_class = false;
            for (const StakeSite& stake_site : stakes_) {
                if (stake_site.stake.holder == stake.holder &&
                    stake_site.stake.issuer == stake.issuer) {
                    replaces = true;
                    of_class = of_class || !stake_site.stake.share_class.empty();
                }
            }
            const toml::source_position where = position_in(site.stake_tables[i], "holder");
            if (!replaces) {
                diagnostics_.error(where,
                                   fmt::format("scenario '{}': '{}' holds no stake in '{}' (no "
                                               "[[stakes]] record): a scenario replaces the "
                                               "interests of stakes, it adds none",
                                               scenario.id, stake.holder, stake.issuer));
            } else if (of_class) {
                diagnostics_.error(where,
                                   fmt::format("scenario '{}': the stake of '{}' in '{}' is given "
                                               "as shares of a class, whose interests the class "
                                               "derives: a scenario cannot replace them",
                                               scenario.id, stake.holder, stake.issuer));
            } else if (std::find(issuers.begin(), issuers.end(), stake.issuer) == issuers.end()) {
                issuers.push_back(stake.issuer);
            }
        }
        for (const std::string& issuer : issuers) {
            std::vector<const StakeSite*> sites;
            std::set<std::chrono::sys_days> boundaries;
            bool known = issuers_with_bad_classes_.count(issuer) == 0;
            for (const StakeSite& stake_site : stakes_) {
                if (stake_site.stake.issuer != issuer) {
                    continue;
                }
                known = known && stake_site.complete;
                sites.push_back(&stake_site);
                for (const auto& day : {stake_site.stake.period.from, stake_site.stake.period.until}) {
                    if (day) {
                        boundaries.insert(std::chrono::sys_days(*day));
                    }
                }
            }
            for (const Site<ShareClass>& share_class : share_classes_) {
                for (const auto& day : {share_class.record.period.from, share_class.record.period.until}) {
                    if (share_class.record.issuer == issuer && day) {
                        boundaries.insert(std::chrono::sys_days(*day));
                    }
                }
            }
            if (!known) {
                continue;  // the model's own sums are unknown: reported at the stakes
            }
            // Reported at the scenario's first stake in the issuer.
            std::size_t first = 0;
            while (scenario.stakes[first].issuer != issuer) {
                ++first;
            }
            std::set<std::string> reported;
            for (const auto& [day, when] : probe_days(boundaries)) {
                Rational economic(0);
                Rational voting(0);
                const std::vector<ShareClass> classes = classes_on(issuer, day);
                for (const StakeSite* stake_site : sites) {
                    if (!stake_site->stake.period.contains(day)) {
                        continue;
                    }
                    const auto replaced = std::find_if(
                        scenario.stakes.begin(), scenario.stakes.end(), [&](const ScenarioStake& s) {
                            return s.holder == stake_site->stake.holder && s.issuer == issuer;
                        });
                    const auto [stake_economic, stake_voting] =
                        replaced != scenario.stakes.end()
                            ? std::pair{replaced->economic, replaced->voting}
                            : interests_on(stake_site->stake, classes);
                    economic += stake_economic;
                    voting += stake_voting;
                }
                for (const auto& [interest, sum] : {std::pair{"economic", economic},
                                                    std::pair{"voting", voting}}) {
                    if (sum <= 1 || (std::string_view(interest) == "voting" && voting == economic)) {
                        continue;
                    }
                    std::string message = fmt::format(
                        "scenario '{}': {} interests in '{}' sum to {}{}, more than 100%",
                        scenario.id, interest, issuer, exact::to_percent_string(sum), when);
                    if (reported.insert(message).second) {
                        diagnostics_.error(
                            position_in(site.stake_tables[first],
                                        std::string_view(interest) == "voting" &&
                                                site.stake_tables[first]->get("voting") != nullptr
                                            ? "voting"
                                            : "economic"),
                            std::move(message));
                    }
                }
            }
        }
    }
}

// A set of issuers held wholly by one another (every economic interest in each of them held by
// a member of the set) has no ultimate holder: their look-through interests have no solution.
// Checked on one probe day per stretch of time in which no stake starts or ends; reported once
// per set, at the economic interest of the last stake read in it.
void Loader::check_closed_ownership() {
    std::set<std::chrono::sys_days> boundaries;
    for (const StakeSite& site : stakes_) {
        if (!site.complete)
            return;  // sums unknown: check_stake_sums says so
        for (const auto& day : {site.stake.period.from, site.stake.period.until}) {
            if (day)
                boundaries.insert(std::chrono::sys_days(*day));
        }
    }
    std::vector<std::pair<Date, std::string>> probes = {
        {Date{std::chrono::year{2000}, std::chrono::January, std::chrono::day{1}}, ""}};
    if (!boundaries.empty()) {
        probes = {{Date{*boundaries.begin() - std::chrono::days{1}},
                   " before " + format_date(Date{*boundaries.begin()})}};
        for (const std::chrono::sys_days day : boundaries)
            probes.emplace_back(Date{day}, " from " + format_date(Date{day}));
    }
    std::set<std::vector<std::string>> reported;
    for (const auto& [day, when] : probes) {
        std::vector<const StakeSite*> in_force;
        std::vector<std::string> closed;  // issuers held 100%, in order of first stake
        std::map<std::string, Rational> held;
        for (const StakeSite& site : stakes_) {
            if (site.stake.period.contains(day) && site.stake.economic > 0) {
                in_force.push_back(&site);
                held[site.stake.issuer] += site.stake.economic;
            }
        }
        for (const StakeSite* site : in_force) {
            if (held[site->stake.issuer] == 1 &&
                std::find(closed.begin(), closed.end(), site->stake.issuer) == closed.end())
                closed.push_back(site->stake.issuer);
        }
        // Remove, until none is left to remove, every issuer with a holder outside the set.
        for (bool removed = true; removed;) {
            removed = false;
            for (const StakeSite* site : in_force) {
                const auto inside = [&](const std::string& id) {
                    return std::find(closed.begin(), closed.end(), id) != closed.end();
                };
                if (inside(site->stake.issuer) && !inside(site->stake.holder)) {
                    std::erase(closed, site->stake.issuer);
                    removed = true;
                }
            }
        }
        if (closed.empty() || !reported.insert(closed).second)
            continue;
        const StakeSite* last = nullptr;
        for (const StakeSite* site : in_force) {
            if (std::find(closed.begin(), closed.end(), site->stake.issuer) != closed.end())
                last = site;
        }
        std::vector<std::string> quoted;
        for (const auto& id : closed)
            quoted.push_back("'" + id + "'");
        diagnostics_.error(
            position_in(last->table,
                        last->table->get("economic") != nullptr ? "economic" : "shares"),
            fmt::format("{} are held only by one another{}: no ultimate holder owns them",
                        fmt::format("{}", fmt::join(quoted, ", ")), when));
    }
}

// Versions of one body (or matter): records with the same id. They must not overlap, and they
// must describe the same thing (a body of one entity and kind, a matter of one body). Each
// problem is reported at the later record, naming the line of the earlier one.
void Loader::check_versions() {
    for (std::size_t i = 0; i < bodies_.size(); ++i) {
        const Site<Body>& later = bodies_[i];
        for (std::size_t j = 0; j < i; ++j) {
            const Site<Body>& earlier = bodies_[j];
            if (later.record.id.empty() || later.record.id != earlier.record.id) {
                continue;
            }
            const std::string line = line_of(earlier.table->source().begin);
            // `of` and `kind` are compared with the first version only.
            const auto before = bodies_.begin() + static_cast<std::ptrdiff_t>(j);
            const bool first_version = std::none_of(
                bodies_.begin(), before,
                [&later](const Site<Body>& b) { return b.record.id == later.record.id; });
            if (first_version && later.record.of != earlier.record.of) {
                diagnostics_.error(
                    position_in(later.table, "of"),
                    fmt::format("body '{}' is of '{}' here but of '{}' on line {}: "
                                "the versions of a body belong to one entity",
                                later.record.id, later.record.of, earlier.record.of, line));
            } else if (first_version && later.record.kind != earlier.record.kind) {
                diagnostics_.error(position_in(later.table, "kind"),
                                   fmt::format("body '{}' is a {} here but a {} on line {}: the "
                                               "versions of a body are of one kind",
                                               later.record.id, kind_words(later.record.kind),
                                               kind_words(earlier.record.kind), line));
            }
            if (const auto both = overlap_words(later.record.period, earlier.record.period)) {
                diagnostics_.error(position_in(later.table, "id"),
                                   fmt::format("body '{}' overlaps its version on line {}: both "
                                               "hold {}",
                                               later.record.id, line, *both));
            }
        }
    }
    for (std::size_t i = 0; i < matters_.size(); ++i) {
        const Site<Matter>& later = matters_[i];
        for (std::size_t j = 0; j < i; ++j) {
            const Site<Matter>& earlier = matters_[j];
            if (later.record.id.empty() || later.record.id != earlier.record.id) {
                continue;
            }
            const std::string line = line_of(earlier.table->source().begin);
            if (later.record.body != earlier.record.body) {
                diagnostics_.error(
                    position_in(later.table, "body"),
                    fmt::format("matter '{}' is of body '{}' here but of body '{}' "
                                "on line {}: the versions of a matter belong to "
                                "one body",
                                later.record.id, later.record.body, earlier.record.body, line));
            }
            if (const auto both = overlap_words(later.record.period, earlier.record.period)) {
                diagnostics_.error(position_in(later.table, "id"),
                                   fmt::format("matter '{}' overlaps its version on line {}: both "
                                               "hold {}",
                                               later.record.id, line, *both));
            }
        }
    }
}

void Loader::check_boards() {
    for (const Site<Body>& site : bodies_) {
        const Body& body = site.record;
        if (body.kind != BodyKind::board) {
            continue;
        }
        // The board sits while this version is in force and its entity exists.
        const Party* entity = find_site(parties_, body.of);
        if (entity != nullptr && !overlap_words(body.period, entity->period)) {
            continue;
        }
        const Period sits =
            entity != nullptr ? intersection(body.period, entity->period) : body.period;
        // Every seat's appointer exists whenever the seat sits.
        const std::vector<const toml::table*> tables = seat_tables(site.table);
        std::vector<Period> voting_seats;
        for (std::size_t k = 0; k < body.seats.size() && k < tables.size(); ++k) {
            const SeatGroup& group = body.seats[k];
            if (!group.observer) {
                voting_seats.push_back(group.period);
            }
            const Party* appointer = find_site(parties_, group.appointed_by);
            if (appointer == nullptr || !overlap_words(sits, group.period)) {
                continue;
            }
            if (const auto gap = first_gap(intersection(sits, group.period), {appointer->period})) {
                diagnostics_.error(position_in(tables[k], "appointed_by"),
                                   fmt::format("party '{}' does not exist{}, but appoints seats "
                                               "of board '{}' then",
                                               group.appointed_by, *gap, body.id));
            }
        }
        if (!body.seats.empty()) {
            if (const auto gap = first_gap(sits, voting_seats)) {
                diagnostics_.error(position_in(site.table, "seats"),
                                   fmt::format("board '{}' has no voting seat{}", body.id, *gap));
            }
        }
        // The chair in office is a named director of the board whenever both hold.
        std::vector<ChairTerm> terms = body.chair_terms;
        if (!body.chair.empty()) {
            terms.push_back(ChairTerm{body.chair, {}});
        }
        const std::vector<toml::source_position> where = chair_positions(site.table);
        for (std::size_t t = 0; t < terms.size() && t < where.size(); ++t) {
            const ChairTerm& term = terms[t];
            if (term.party.empty() || !overlap_words(sits, term.period)) {
                continue;
            }
            std::vector<Period> named;
            std::vector<Period> observing;
            for (const SeatGroup& group : body.seats) {
                if (std::find(group.directors.begin(), group.directors.end(), term.party) !=
                    group.directors.end()) {
                    (group.observer ? observing : named).push_back(group.period);
                }
            }
            if (named.empty() && observing.empty()) {
                diagnostics_.error(where[t],
                                   fmt::format("chair '{}' is not a named director of board '{}'",
                                               term.party, body.id));
            } else if (const auto gap = first_gap(intersection(sits, term.period), named)) {
                diagnostics_.error(
                    where[t],
                    fmt::format("chair '{}' is not a named {}director of board '{}'{}", term.party,
                                observing.empty() ? "" : "voting ", body.id, *gap));
            }
        }
    }
    for (const Site<Body>& site : bodies_) {
        const Body& body = site.record;
        if (body.kind != BodyKind::board) {
            continue;
        }
        const toml::node* quorum = site.table->get("quorum");
        const toml::node* required =
            quorum != nullptr && quorum->is_table() ? quorum->as_table()->get("required") : nullptr;
        if (required == nullptr || !required->is_array()) {
            continue;
        }
        for (const toml::node& element : *required->as_array()) {
            const auto* party = element.as_string();
            if (party == nullptr || find_site(parties_, party->get()) == nullptr) {
                continue;
            }
            const bool appoints =
                std::any_of(body.seats.begin(), body.seats.end(), [&party](const SeatGroup& group) {
                    return group.appointed_by == party->get() && !group.observer;
                });
            if (!appoints) {
                diagnostics_.error(element.source().begin,
                                   fmt::format("quorum requires a director of '{}', which "
                                               "appoints no seat on board '{}'",
                                               party->get(), body.id));
            }
        }
    }
}

void Loader::acting_as_one(std::size_t first, std::string_view what) {
    for (std::size_t i = first; i < references_.size(); ++i) {
        acting_as_one_.emplace_back(references_[i], std::string(what));
    }
}

void Loader::check_dispersed() {
    for (const auto& [use, what] : acting_as_one_) {
        const Party* party = find_site(parties_, use.id);
        if (party != nullptr && party->dispersed) {
            diagnostics_.error(use.where,
                               fmt::format("party '{}' is dispersed (many small holders, never one "
                                           "bloc): it cannot {}",
                                           use.id, what));
        }
    }
}

void Loader::check_renamings() {
    std::map<std::string, std::string> successor;  // earlier record -> the record continuing it
    for (const Site<Party>& site : parties_) {
        const Party& party = site.record;
        const Party* earlier =
            party.renamed_from.empty() ? nullptr : find_site(parties_, party.renamed_from);
        if (earlier == nullptr)
            continue;  // none, or reported as an unknown party
        const toml::source_position where = position_in(site.table, "renamed_from");
        if (earlier == &party) {
            diagnostics_.error(where, fmt::format("party '{}' cannot be renamed from itself",
                                                  party.id));
            continue;
        }
        const auto [taken, first] = successor.emplace(earlier->id, party.id);
        if (!first) {
            diagnostics_.error(where, fmt::format("party '{}' is already continued by '{}': one "
                                                  "record can be renamed only once",
                                                  earlier->id, taken->second));
            continue;
        }
        if (!earlier->period.until || !party.period.from ||
            *earlier->period.until != *party.period.from) {
            diagnostics_.error(
                where,
                fmt::format("party '{}' continues '{}': its 'from' ({}) must be the day '{}' "
                            "ends, its 'until' ({})",
                            party.id, earlier->id,
                            party.period.from ? governance::to_iso_string(*party.period.from)
                                              : std::string{"not given"},
                            earlier->id,
                            earlier->period.until
                                ? governance::to_iso_string(*earlier->period.until)
                                : std::string{"not given"}));
        }
    }
}

void Loader::check_matters() {
    std::map<std::string, std::vector<const Site<Matter>*>> defaults;
    for (const Site<Matter>& site : matters_) {
        const Matter& matter = site.record;
        if (matter.is_default && !matter.body.empty()) {
            for (const Site<Matter>* other : defaults[matter.body]) {
                if (other->record.id != matter.id &&
                    overlap_words(other->record.period, matter.period)) {
                    diagnostics_.error(
                        position_in(site.table, "default"),
                        fmt::format("body '{}' already has a default matter '{}' (line {})",
                                    matter.body, other->record.id,
                                    line_of(other->table->source().begin)));
                    break;
                }
            }
            defaults[matter.body].push_back(&site);
        }
        // The body exists (some version of it is in force) whenever the matter holds.
        std::vector<Period> body_periods;
        std::vector<const Site<Body>*> versions;
        for (const Site<Body>& candidate : bodies_) {
            if (candidate.record.id == matter.body) {
                body_periods.push_back(candidate.record.period);
                versions.push_back(&candidate);
            }
        }
        if (versions.empty()) {
            continue;
        }
        if (const auto gap = first_gap(matter.period, body_periods)) {
            diagnostics_.error(position_in(site.table, "body"),
                               fmt::format("body '{}' does not exist{}, but decides matter '{}' "
                                           "then",
                                           matter.body, *gap, matter.id));
        }
        const toml::node* rule = site.table->get("rule");
        const toml::node* consent =
            rule != nullptr && rule->is_table() ? rule->as_table()->get("consent") : nullptr;
        if (consent == nullptr || !consent->is_array()) {
            continue;
        }
        for (const toml::node& element : *consent->as_array()) {
            const auto* party = element.as_string();
            if (party == nullptr || find_site(parties_, party->get()) == nullptr) {
                continue;
            }
            const std::string& id = party->get();
            std::string why;
            const Body& body = versions.back()->record;
            if (body.kind == BodyKind::board) {
                const bool appoints =
                    std::any_of(versions.begin(), versions.end(), [&id](const Site<Body>* version) {
                        const auto& seats = version->record.seats;
                        return std::any_of(seats.begin(), seats.end(), [&id](const SeatGroup& g) {
                            return g.appointed_by == id && !g.observer;
                        });
                    });
                if (!appoints) {
                    why = "it appoints no seat";
                }
            } else if (std::none_of(stakes_.begin(), stakes_.end(), [&](const StakeSite& s) {
                           return s.stake.holder == id && s.stake.issuer == body.of;
                       })) {
                why = fmt::format("it holds no stake in '{}'", body.of);
            }
            if (!why.empty()) {
                diagnostics_.error(element.source().begin,
                                   fmt::format("consent required from '{}', which is not a member "
                                               "of body '{}' ({})",
                                               id, body.id, why));
            }
        }
    }
}

void Loader::check_right_versions() {
    for (Site<Right>& site : rights_) {
        Right& right = site.record;
        if (right.version.empty()) {
            continue;
        }
        for (const Agreement& agreement : agreements_) {
            for (const AgreementVersion& version : agreement.versions) {
                if (version.id != right.version) {
                    continue;
                }
                if (right.agreement.empty()) {
                    right.agreement = agreement.id;
                } else if (right.agreement != agreement.id) {
                    diagnostics_.error(position_in(site.table, "version"),
                                       fmt::format("version '{}' belongs to agreement '{}', not "
                                                   "'{}'",
                                                   version.id, agreement.id, right.agreement));
                }
            }
        }
    }
}

void Loader::check_vote_records() {
    for (const ClassUse& use : class_uses_) {
        const std::string problem = class_problem(use.issuer, use.share_class);
        if (!problem.empty()) {
            diagnostics_.error(use.where, problem);
        }
    }
    for (const MatterUse& use : matter_uses_) {
        for (const Site<Matter>& site : matters_) {
            if (site.record.id != use.matter) {
                continue;
            }
            const auto body = std::find_if(bodies_.begin(), bodies_.end(), [&](const auto& b) {
                return b.record.id == site.record.body;
            });
            if (body != bodies_.end() && (body->record.kind != BodyKind::members ||
                                          body->record.of != use.issuer)) {
                diagnostics_.error(use.where,
                                   fmt::format("matter '{}' is not decided by the members' "
                                               "meeting of '{}'",
                                               use.matter, use.issuer));
            }
        }
    }
    for (const HolderUse& use : holder_uses_) {
        if (find_site(parties_, use.party) == nullptr || find_site(parties_, use.issuer) == nullptr) {
            continue;  // reported as an unknown party
        }
        const bool holds = std::any_of(stakes_.begin(), stakes_.end(), [&](const StakeSite& site) {
            return site.stake.holder == use.party && site.stake.issuer == use.issuer;
        });
        if (!holds) {
            diagnostics_.error(use.where, fmt::format("{} '{}' holds no stake in '{}'", use.role,
                                                      use.party, use.issuer));
        }
    }
}

void Loader::check_claims_referenced() {
    for (const Site<Claim>& site : claims_) {
        if (!site.record.id.empty() && referenced_claims_.count(site.record.id) == 0) {
            diagnostics_.warning(
                position_in(site.table, "id"),
                fmt::format("claim '{}' is not referenced by any record", site.record.id));
        }
    }
}

void Loader::check_source_dates() {
    std::map<std::string, const Source*> sources;
    for (const Source& source : sources_) {
        sources.emplace(source.id, &source);
    }
    for (const Event& event : events_) {
        const auto where = std::find_if(event_dates_.begin(), event_dates_.end(),
                                        [&event](const auto& at) { return at.first == event.id; });
        if (where == event_dates_.end()) {
            continue;
        }
        for (const std::string& id : event.provenance.sources) {
            const auto found = sources.find(id);
            if (found == sources.end() || !found->second->date) {
                continue;
            }
            const Source& source = *found->second;
            if (governance::last_day(*source.date, source.date_precision) < event.date) {
                diagnostics_.warning(
                    where->second,
                    fmt::format("event '{}' of {} cites source '{}', dated {}: a source cannot "
                                "report an event before it happens (correct one of the dates)",
                                event.id, governance::date_text(event.date, event.precision), id,
                                governance::date_text(*source.date, source.date_precision)));
            }
        }
    }
}

void Loader::check_output_names() {
    // One origin of a file name: what gives it (for the message; it tells two origins apart)
    // and the id to locate it at.
    struct Origin {
        std::string what;
        toml::source_position where;
    };
    // By (0 for a file of the edition as of the model's date, 1 for the latest-event edition, 2
    // for an explanation; file name): a collision is reported with the first name it has.
    struct Named {
        int order = 2;
        std::vector<Origin> origins;
    };
    std::map<std::string, Named> origins_of;
    const auto add = [&origins_of](int order, const std::string& name, Origin origin) {
        Named& named = origins_of[name];
        named.order = std::min(named.order, order);
        std::vector<Origin>& origins = named.origins;
        for (const Origin& known : origins) {
            if (known.what == origin.what)
                return;
        }
        origins.push_back(std::move(origin));
    };
    std::map<std::string, BodyKind> body_kinds;  // of the first version of each body
    // Per appointer ("independent" for independent seats): the most seats one body numbers.
    std::map<std::string, std::int64_t> seats_numbered;
    for (const Site<Body>& site : bodies_) {
        body_kinds.try_emplace(site.record.id, site.record.kind);
        std::map<std::string, std::int64_t> in_body;
        for (const SeatGroup& group : site.record.seats) {
            const std::string numbering =
                group.appointed_by.empty() ? "independent" : group.appointed_by;
            std::int64_t& most = seats_numbered[numbering];
            most = std::max(most, in_body[numbering] += group.count);
        }
    }
    struct Game {
        std::string slug;
        std::string what;  // "matter 'm'", "matter 'm' (bloc view)"
        toml::source_position where;
    };
    std::vector<Game> games;
    std::set<std::string> matters_seen;
    for (const Site<Matter>& site : matters_) {
        const Matter& matter = site.record;
        const auto kind = body_kinds.find(matter.body);
        if (matter.id.empty() || kind == body_kinds.end() || !matters_seen.insert(matter.id).second)
            continue;
        const toml::source_position where = ids_[IdKind::matter][matter.id];
        if (kind->second == BodyKind::board) {
            for (const std::string_view view : board_views)
                games.push_back({game_slug(matter.id, view),
                                 fmt::format("matter '{}' ({} view)", matter.id, view), where});
        } else {
            games.push_back({game_slug(matter.id, ""), fmt::format("matter '{}'", matter.id), where});
        }
    }
    for (const std::string_view suffix : {std::string_view{}, latest_edition_suffix}) {
        const std::string edition = suffix.empty() ? "" : " in the latest-event edition";
        for (const Game& game : games) {
            add(suffix.empty() ? 0 : 1, fmt::format("voting-power{}-{}.svg", suffix, game.slug),
                {game.what + edition, game.where});
        }
        for (const auto& [body, where] : ids_[IdKind::body]) {
            add(suffix.empty() ? 0 : 1,
                fmt::format("voting-power{}-{}.svg", suffix, threshold_slug(body)),
                {fmt::format("the threshold chart of body '{}'{}", body, edition), where});
        }
    }
    // Explanations: "<slug>-<player>" of two games is one name only when one slug extends the
    // other by "-<rest>" and the shorter game's player is "<rest>-<the other's player>".
    const std::map<std::string, toml::source_position>& parties = ids_[IdKind::party];
    const auto is_player = [&](std::string_view id) {
        if (parties.count(std::string{id}) > 0)
            return true;
        const std::size_t dash = id.rfind('-');
        if (dash == std::string_view::npos || dash + 1 == id.size() || dash + 10 < id.size())
            return false;
        std::int64_t number = 0;
        for (const char c : id.substr(dash + 1)) {
            if (c < '0' || c > '9')
                return false;
            number = number * 10 + (c - '0');
        }
        const auto seats = seats_numbered.find(std::string{id.substr(0, dash)});
        return number >= 1 && seats != seats_numbered.end() && number <= seats->second &&
               id[dash + 1] != '0';
    };
    std::map<std::string, const Game*> by_slug;
    for (const Game& game : games)
        by_slug.emplace(game.slug, &game);
    for (const Game& shorter : games) {
        const std::string prefix = shorter.slug + "-";
        for (auto it = by_slug.lower_bound(prefix);
             it != by_slug.end() && it->first.starts_with(prefix); ++it) {
            const Game& longer = *it->second;
            const std::string rest = longer.slug.substr(prefix.size());
            // The shorter game's players that start with "<rest>-": parties and numbered seats.
            std::vector<std::string> candidates;
            for (auto party = parties.lower_bound(rest + "-");
                 party != parties.end() && party->first.starts_with(rest + "-"); ++party)
                candidates.push_back(party->first);
            for (const auto& [numbering, count] : seats_numbered) {
                if (numbering != rest && !numbering.starts_with(rest + "-"))
                    continue;
                for (std::int64_t k = 1; k <= count; ++k)
                    candidates.push_back(fmt::format("{}-{}", numbering, k));
            }
            for (const std::string& player : candidates) {
                const std::string other = player.substr(rest.size() + 1);
                if (!is_player(other))
                    continue;
                const std::string name = fmt::format(
                    "voting-power-explained/<date>/{}.md", explanation_stem(shorter.slug, player));
                add(2, name, {fmt::format("{} with player '{}'", shorter.what, player), shorter.where});
                add(2, name, {fmt::format("{} with player '{}'", longer.what, other), longer.where});
            }
        }
    }
    // One error at each of two ids, for the first name (in sorted order) they share.
    std::set<std::pair<std::string, std::string>> reported;
    const auto at = [](const toml::source_position& where) {
        return fmt::format("{:010}:{:010}", where.line, where.column);
    };
    std::vector<std::pair<int, const std::string*>> names;
    for (const auto& [name, named] : origins_of) {
        if (named.origins.size() > 1)
            names.emplace_back(named.order, &name);
    }
    std::sort(names.begin(), names.end(),
              [](const auto& a, const auto& b) { return std::tie(a.first, *a.second) <
                                                        std::tie(b.first, *b.second); });
    for (const auto& [order, key] : names) {
        const std::string& name = *key;
        const std::vector<Origin>& origins = origins_of[name].origins;
        for (std::size_t i = 1; i < origins.size(); ++i) {
            const Origin& first = origins.front();
            const Origin& other = origins[i];
            if (!reported.insert(std::minmax(at(first.where), at(other.where))).second)
                continue;
            const auto message = [&file = name](const Origin& self, const Origin& with) {
                return fmt::format("{} and {} (line {}) would both be written to the report file "
                                   "{}; rename one of them",
                                   self.what, with.what, line_of(with.where), file);
            };
            diagnostics_.error(first.where, message(first, other));
            diagnostics_.error(other.where, message(other, first));
        }
    }
}

LoadResult Loader::run(std::string_view text) {
    toml::table root;
    try {
        root = toml::parse(text, std::string_view(path_));
    } catch (const toml::parse_error& error) {
        diagnostics_.error(error.source().begin, std::string(error.description()));
        return LoadResult{std::nullopt, diagnostics_.sorted(), false, {}, {}};
    }
    Fields top(root, "the top-level table", diagnostics_);
    read_model_info(top);
    each(top, "sources", "[[sources]]", &Loader::read_source);
    each(top, "assumptions", "[[assumptions]]", &Loader::read_assumption);
    each(top, "claims", "[[claims]]", &Loader::read_claim);
    each(top, "parties", "[[parties]]", &Loader::read_party);
    each(top, "stakes", "[[stakes]]", &Loader::read_stake);
    each(top, "bodies", "[[bodies]]", &Loader::read_body);
    each(top, "matters", "[[matters]]", &Loader::read_matter);
    each(top, "agreements", "[[agreements]]", &Loader::read_agreement);
    each(top, "rights", "[[rights]]", &Loader::read_right);
    each(top, "events", "[[events]]", &Loader::read_event);
    each(top, "exchange_rates", "[[exchange_rates]]", &Loader::read_exchange_rate);
    each(top, "share_classes", "[[share_classes]]", &Loader::read_share_class);
    each(top, "voting_caps", "[[voting_caps]]", &Loader::read_voting_cap);
    each(top, "multiple_votes", "[[multiple_votes]]", &Loader::read_multiple_votes);
    each(top, "vote_suspensions", "[[vote_suspensions]]", &Loader::read_vote_suspension);
    each(top, "pools", "[[pools]]", &Loader::read_pool);
    each(top, "directed_votes", "[[directed_votes]]", &Loader::read_directed_vote);
    each(top, "scenarios", "[[scenarios]]", &Loader::read_scenario);
    top.finish();

    check_references();
    resolve_share_counts();
    check_stake_sums();
    check_closed_ownership();
    check_versions();
    check_boards();
    check_matters();
    check_dispersed();
    check_renamings();
    check_right_versions();
    check_claims_referenced();
    check_source_dates();
    check_vote_records();
    check_scenarios();
    check_output_names();

    LoadResult result{std::nullopt, diagnostics_.sorted(), false, {}, {}};
    if (has_error(result.diagnostics)) {
        return result;
    }
    Model model;
    model.info = info_;
    model.sources = std::move(sources_);
    model.assumptions = std::move(assumptions_);
    for (Site<Claim>& site : claims_) {
        model.claims.push_back(std::move(site.record));
    }
    for (Site<Party>& site : parties_) {
        if (site.record.id == info_.entity) {
            const toml::source_position from = position_in(site.table, "from");
            const toml::source_position until = position_in(site.table, "until");
            result.entity_site = {static_cast<int>(from.line), static_cast<int>(from.column),
                                  static_cast<int>(until.line), static_cast<int>(until.column)};
        }
        add_party(model, std::move(site.record));
    }
    for (StakeSite& site : stakes_) {
        model.stakes.push_back(std::move(site.stake));
    }
    for (Site<Body>& site : bodies_) {
        model.bodies.push_back(std::move(site.record));
    }
    for (Site<Matter>& site : matters_) {
        const toml::source_position where = position_in(site.table, "rule");
        result.matter_sites.push_back({site.record.id, site.record.body, site.record.period,
                                       static_cast<int>(where.line),
                                       static_cast<int>(where.column)});
        model.matters.push_back(std::move(site.record));
    }
    model.agreements = std::move(agreements_);
    for (Site<Right>& site : rights_) {
        model.rights.push_back(std::move(site.record));
    }
    model.events = std::move(events_);
    model.exchange_rates = std::move(exchange_rates_);
    const auto records = [](auto& sites) {
        std::vector<std::remove_cvref_t<decltype(sites.front().record)>> kept;
        for (auto& site : sites) {
            kept.push_back(std::move(site.record));
        }
        return kept;
    };
    model.share_classes = records(share_classes_);
    model.voting_caps = records(voting_caps_);
    model.multiple_votes = records(multiple_votes_);
    model.vote_suspensions = records(vote_suspensions_);
    model.pools = records(pools_);
    model.directed_votes = records(directed_votes_);
    for (ScenarioSite& site : scenarios_) {
        model.scenarios.push_back(std::move(site.record));
    }
    std::stable_sort(model.events.begin(), model.events.end(),
                     [](const Event& a, const Event& b) { return a.date < b.date; });
    result.model = std::move(model);
    return result;
}

}  // namespace

LoadResult load_model(std::string_view toml_text, std::string_view path) {
    std::vector<Diagnostic> guarded = toml_guard(toml_text, path);
    if (!guarded.empty())
        return LoadResult{std::nullopt, std::move(guarded), false, {}, {}};
    return Loader(path).run(toml_text);
}

LoadResult load_model_file(std::string_view path) {
    InputText input = read_input_file(path);
    if (!input.text) {
        return LoadResult{std::nullopt,
                          {Diagnostic{std::string(path), 0, 0, Diagnostic::Severity::error,
                                      "cannot read file: " + input.reason}},
                          true,
                          {},
                          {}};
    }
    return load_model(*input.text, path);
}

}  // namespace jvgov::load
