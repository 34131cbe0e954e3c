// What a computed result rests on: the model's records it was computed from, each with its
// confidence and the assumptions it cites. Every analysis attaches a Basis to what it computes (a
// game and its indices, a veto, a look-through interest, a control conclusion), so that the
// reports can label each table and finding ("confirmed facts only", "rests on GA-3, GA-7") and
// JSON can carry the same sets. Nothing here writes words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/compile/compile_games.hpp"
#include "model/governance/model.hpp"

namespace jvgov::analysis {

// One record a result was computed from.
struct FactRef {
    // "stake", "body", "seats", "quorum", "matter", "party", "share-class", "voting-cap",
    // "multiple-votes", "vote-suspension", "pool", "directed-vote", "right" (a deadlock device).
    std::string kind;
    // The record's id; a stake is "holder>issuer" (":class" added for a stake of a share class), a seat group "body/appointer" ("body/" for
    // independent seats), a quorum "body", a matter "body/matter".
    std::string id;
    std::optional<governance::Confidence> confidence;  // as the model labels it
    std::vector<std::string> assumptions;              // the assumption ids it cites
};

// The records a result rests on, in the order first used, each once (by kind and id).
struct Basis {
    std::vector<FactRef> facts;
};

// How sure a result is, from its weakest fact: `assumption` when any fact is an assumption or
// cites one; else `unlabelled` when a fact has no confidence; else `reported` when a fact is
// reported; else `derived` when a fact is derived; else `confirmed` (also for an empty basis).
enum class Certainty { assumption, unlabelled, reported, derived, confirmed };

// "assumption", "unlabelled", "reported", "derived", "confirmed" (JSON).
std::string_view certainty_name(Certainty certainty);

Certainty certainty(const Basis& basis);

// The assumption ids the facts cite, in first-citation order, each once.
std::vector<std::string> assumption_ids(const Basis& basis);

// A stake's FactRef id: "holder>issuer", with ":class" for a stake of a share class.
std::string stake_fact_id(const governance::Stake& stake);

// Adds a record's reference unless a fact of the same kind and id is there.
void add_fact(Basis& basis, std::string_view kind, std::string_view id,
              const governance::Provenance& provenance);

// Adds every fact of `more` (unless there) and returns `to`.
Basis& add_basis(Basis& to, const Basis& more);

// The records of a body's weights, without its rule: the body, and its voting seat groups (a
// board) or the stakes with a voting interest in the body's entity and the dispersed parties
// among their holders (a members' meeting).
Basis body_weights_basis(const governance::Model& model_on_date, const governance::Body& body);

// The records that say who can control `company` in `model_on_date`: the stakes in it (with an
// economic or a voting interest) and the voting seat groups of its boards, with the bodies.
Basis company_basis(const governance::Model& model_on_date, std::string_view company);

// The records a compiled game of `model_on_date` is built from (compile/compile_games.hpp): the
// body, its quorum and (board) its voting seat groups; the matter (its rule); the chair's body
// record when a casting vote applies; for a members' meeting, the stakes in the body's entity
// with a positive voting interest, the parties of a dispersed float (dispersed, turnout) and the
// issuer's vote rules that apply to the matter (share classes of a stake's class, voting caps,
// multiple votes, suspensions, pools, directed votes).
Basis game_basis(const governance::Model& model_on_date, const compile::CompiledGame& game);

}  // namespace jvgov::analysis
