#include "model/analysis/basis.hpp"

#include <algorithm>

#include "model/governance/registry.hpp"

namespace jvgov::analysis {

using governance::Confidence;
using governance::Model;

std::string_view certainty_name(Certainty certainty) {
    switch (certainty) {
    case Certainty::assumption:
        return "assumption";
    case Certainty::unlabelled:
        return "unlabelled";
    case Certainty::reported:
        return "reported";
    case Certainty::derived:
        return "derived";
    case Certainty::confirmed:
        return "confirmed";
    }
    return "";
}

Certainty certainty(const Basis& basis) {
    Certainty result = Certainty::confirmed;
    for (const auto& fact : basis.facts) {
        Certainty of_fact = Certainty::confirmed;
        if (!fact.assumptions.empty() || fact.confidence == Confidence::assumption)
            of_fact = Certainty::assumption;
        else if (!fact.confidence)
            of_fact = Certainty::unlabelled;
        else if (*fact.confidence == Confidence::reported)
            of_fact = Certainty::reported;
        else if (*fact.confidence == Confidence::derived)
            of_fact = Certainty::derived;
        result = std::min(result, of_fact);
    }
    return result;
}

std::vector<std::string> assumption_ids(const Basis& basis) {
    std::vector<std::string> ids;
    for (const auto& fact : basis.facts)
        for (const auto& id : fact.assumptions)
            if (std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
    return ids;
}

namespace {

bool has_fact(const Basis& basis, std::string_view kind, std::string_view id) {
    return std::any_of(basis.facts.begin(), basis.facts.end(), [&](const FactRef& fact) {
        return fact.kind == kind && fact.id == id;
    });
}

// Whether a rule that lists `matters` (none: every matter) applies to `matter`.
bool applies(const std::vector<std::string>& matters, const std::string& matter) {
    return matters.empty() || std::find(matters.begin(), matters.end(), matter) != matters.end();
}

}  // namespace

std::string stake_fact_id(const governance::Stake& stake) {
    return stake.holder + ">" + stake.issuer +
           (stake.share_class.empty() ? "" : ":" + stake.share_class);
}

void add_fact(Basis& basis, std::string_view kind, std::string_view id,
              const governance::Provenance& provenance) {
    if (has_fact(basis, kind, id))
        return;
    basis.facts.push_back(
        {std::string{kind}, std::string{id}, provenance.confidence, provenance.assumptions});
}

Basis& add_basis(Basis& to, const Basis& more) {
    for (const auto& fact : more.facts)
        if (!has_fact(to, fact.kind, fact.id))
            to.facts.push_back(fact);
    return to;
}

Basis body_weights_basis(const Model& model_on_date, const governance::Body& body) {
    Basis basis;
    add_fact(basis, "body", body.id, body.provenance);
    if (body.kind == governance::BodyKind::board) {
        for (const auto& group : body.seats)
            if (!group.observer)
                add_fact(basis, "seats", body.id + "/" + group.appointed_by, group.provenance);
        return basis;
    }
    for (const auto& stake : model_on_date.stakes) {
        if (stake.issuer != body.of || stake.voting <= 0)
            continue;
        add_fact(basis, "stake", stake_fact_id(stake), stake.provenance);
        const governance::Party* party = governance::find_party(model_on_date, stake.holder);
        if (party != nullptr && party->dispersed)
            add_fact(basis, "party", party->id, party->provenance);
    }
    return basis;
}

Basis company_basis(const Model& model_on_date, std::string_view company) {
    Basis basis;
    for (const auto& stake : model_on_date.stakes)
        if (stake.issuer == company && (stake.economic > 0 || stake.voting > 0))
            add_fact(basis, "stake", stake_fact_id(stake), stake.provenance);
    for (const auto& body : model_on_date.bodies)
        if (body.of == company && body.kind == governance::BodyKind::board)
            add_basis(basis, body_weights_basis(model_on_date, body));
    return basis;
}

Basis game_basis(const Model& model_on_date, const compile::CompiledGame& game) {
    Basis basis;
    const governance::Body* body = governance::find_body(model_on_date, game.body);
    if (body == nullptr)
        return basis;
    add_fact(basis, "body", body->id, body->provenance);
    add_fact(basis, "quorum", body->id, body->quorum.provenance);
    if (const auto* matter = governance::find_matter(model_on_date, game.body, game.matter))
        add_fact(basis, "matter", body->id + "/" + matter->id, matter->provenance);
    add_basis(basis, body_weights_basis(model_on_date, *body));
    if (body->kind == governance::BodyKind::board)
        return basis;

    const std::string& entity = body->of;
    std::vector<std::string> classes;
    for (const auto& stake : model_on_date.stakes)
        if (stake.issuer == entity && stake.voting > 0 && !stake.share_class.empty())
            classes.push_back(stake.share_class);
    for (const auto& share_class : model_on_date.share_classes)
        if (share_class.issuer == entity &&
            std::find(classes.begin(), classes.end(), share_class.id) != classes.end())
            add_fact(basis, "share-class", share_class.id, share_class.provenance);
    for (const auto& cap : model_on_date.voting_caps)
        if (cap.issuer == entity && applies(cap.matters, game.matter))
            add_fact(basis, "voting-cap", cap.id, cap.provenance);
    for (const auto& multiple : model_on_date.multiple_votes)
        if (multiple.issuer == entity)
            add_fact(basis, "multiple-votes", multiple.id, multiple.provenance);
    for (const auto& suspension : model_on_date.vote_suspensions)
        if (suspension.issuer == entity)
            add_fact(basis, "vote-suspension", suspension.id, suspension.provenance);
    for (const auto& pool : model_on_date.pools)
        if (pool.issuer == entity && applies(pool.matters, game.matter))
            add_fact(basis, "pool", pool.id, pool.provenance);
    for (const auto& directed : model_on_date.directed_votes)
        if (directed.issuer == entity && applies(directed.matters, game.matter))
            add_fact(basis, "directed-vote", directed.id, directed.provenance);
    return basis;
}

}  // namespace jvgov::analysis
