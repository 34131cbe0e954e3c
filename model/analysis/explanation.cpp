#include "model/analysis/explanation.hpp"

#include <algorithm>
#include <utility>

#include "model/analysis/voting_power.hpp"
#include "model/exact/errors.hpp"
#include "model/power/compute.hpp"
#include "model/power/oceanic.hpp"

namespace jvgov::analysis {

namespace {

using compile::CompiledGame;

// The coalition's weight in a part that is a single weighted vote.
std::optional<std::int64_t> weight_in(const games::Rule& part, games::Coalition coalition) {
    const auto* weighted = std::get_if<games::WeightedGame>(&part.kind);
    if (weighted == nullptr)
        return std::nullopt;
    std::int64_t weight = 0;
    for (const int member : games::members(coalition))
        weight += weighted->weights.at(static_cast<std::size_t>(member));
    return weight;
}

// The game in the view the model declares for a board, and the party that `player` of
// `compiled` stands for in it.
std::optional<DeclaredReading> declared_reading(const governance::Model& model_on_date,
                                                const governance::Body& body,
                                                const governance::Matter& matter,
                                                const CompiledGame& compiled, int player) {
    if (compiled.declared_view || compiled.view == compile::View::members)
        return std::nullopt;
    const auto& who = compiled.players[static_cast<std::size_t>(player)];
    const std::string party = compiled.view == compile::View::bloc || who.appointer.empty()
                                  ? who.id
                                  : who.appointer;
    const auto declared_view = compiled.view == compile::View::bloc ? compile::View::individual
                                                                    : compile::View::bloc;
    const auto declared = compile::compile_matter(model_on_date, body, matter, declared_view);
    power::PowerOptions banzhaf_only;
    banzhaf_only.indices = {power::Index::banzhaf};
    const auto table = power::compute_power(declared.game, banzhaf_only);
    const std::vector<Rational> shares = vote_shares(declared);
    DeclaredReading reading{declared_view, party, 0, 0, 0};
    for (std::size_t i = 0; i < declared.players.size(); ++i) {
        const auto& each = declared.players[i];
        const bool stands_for = declared_view == compile::View::individual && !each.appointer.empty()
                                    ? each.appointer == party
                                    : each.id == party;
        if (!stands_for)
            continue;
        ++reading.players;
        reading.banzhaf += table.players[i].banzhaf.value_or(0);
        reading.vote_share += shares[i];
    }
    if (reading.players == 0)
        return std::nullopt;
    return reading;
}

}  // namespace

compile::CompiledGame explained_game(const governance::Model& model_on_date,
                                     const governance::Body& body, const governance::Matter& matter,
                                     compile::View view) {
    return compile::compile_matter(model_on_date, body, matter, view);
}

CoalitionWitness check_coalition(const CompiledGame& compiled, games::Coalition coalition) {
    if (compiled.ocean)
        throw PreconditionError("check_coalition: a game with a dispersed float");
    CoalitionWitness witness;
    witness.coalition = coalition;
    witness.wins = games::wins(compiled.game, coalition);
    for (const int member : games::members(coalition))
        witness.vote_share += vote_share_of(compiled, member);
    // The parts as the compiler joins them (compile_games.cpp): one part alone, else an AllOf.
    std::vector<const games::Rule*> parts;
    if (const auto* all = std::get_if<games::AllOf>(&compiled.game.rule.kind)) {
        for (const auto& part : all->parts)
            parts.push_back(&part);
    } else {
        parts.push_back(&compiled.game.rule);
    }
    const auto& rule = compiled.rule;
    std::vector<RuleCheck> checks = {{RuleCheck::Part::vote, {}, false, std::nullopt}};
    if (rule.count)
        checks.push_back({RuleCheck::Part::head_count, {}, false, std::nullopt});
    if (rule.quorum)
        checks.push_back({RuleCheck::Part::quorum, {}, false, std::nullopt});
    for (const auto& party : rule.required_present)
        checks.push_back({RuleCheck::Part::present, party, false, std::nullopt});
    for (const auto& consent : rule.consents)
        checks.push_back({RuleCheck::Part::consent, consent.party, false, std::nullopt});
    if (checks.size() != parts.size())
        throw PreconditionError("check_coalition: the game's parts do not match its rule");
    for (std::size_t i = 0; i < checks.size(); ++i) {
        checks[i].met = games::wins(*parts[i], coalition);
        checks[i].weight = weight_in(*parts[i], coalition);
    }
    witness.checks = std::move(checks);
    return witness;
}

ExplanationFacts explain(const governance::Model& model_on_date, const governance::Body& body,
                         const governance::Matter& matter, compile::CompiledGame compiled,
                         int player, governance::Date day) {
    auto explanation =
        power::explain_player(compiled.game, player, max_listed_swings, max_explained_players);
    auto table = power::compute_power(compiled.game);
    if (compiled.ocean)
        table = oceanic_table(std::move(table), power::oceanic_power(ocean_game(compiled)));
    const auto vote_share = vote_share_of(compiled, player);
    std::optional<CoalitionWitness> witness;
    bool veto_set = false;
    const auto listed = [&](const std::vector<int>& list) {
        return std::find(list.begin(), list.end(), player) != list.end();
    };
    const int n = static_cast<int>(compiled.players.size());
    if (!compiled.ocean && table.dictator != player) {
        if (listed(table.veto_players)) {
            witness = check_coalition(compiled,
                                      games::grand_coalition(n) & ~games::singleton(player));
        } else if (listed(table.dummies) && table.minimal_winning_list &&
                   !table.minimal_winning_list->empty()) {
            const auto& list = *table.minimal_winning_list;
            const auto smallest =
                std::min_element(list.begin(), list.end(), [](auto a, auto b) {
                    return games::size(a) < games::size(b);
                });
            witness = check_coalition(compiled, *smallest);
            games::Coalition vetoes = 0;
            for (const int v : table.veto_players)
                vetoes |= games::singleton(v);
            veto_set = vetoes == *smallest;
        }
    }
    auto declared = declared_reading(model_on_date, body, matter, compiled, player);
    return {body,
            matter,
            std::move(compiled),
            player,
            day,
            std::move(explanation),
            std::move(table),
            vote_share,
            std::move(witness),
            veto_set,
            std::move(declared)};
}

}  // namespace jvgov::analysis
