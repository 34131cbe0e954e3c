#include "model/analysis/voting_power.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

#include "model/analysis/governance.hpp"
#include "model/games/simple_game.hpp"
#include "model/games/weighted_game.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/registry.hpp"
#include "model/governance/votes.hpp"
#include "model/power/compute.hpp"
#include "model/power/oceanic.hpp"

namespace jvgov::analysis {

namespace {

using compile::CompiledGame;
using compile::View;
using governance::Model;

// The votes a player casts on the matter: its voting interest (members' meeting), a director's
// votes (one per seat unless its seat group gives more), or the sum of its directors' votes (an
// appointer voting as a bloc); none when it may not vote.
Rational votes_cast(const CompiledGame& game, const compile::CompiledPlayer& player) {
    if (!player.entitled_to_vote)
        return 0;
    if (game.view == View::members)
        return player.voting;
    return player.votes;
}

std::vector<PartyGroup> party_groups(const Model& model, const CompiledGame& game) {
    std::vector<PartyGroup> groups;
    for (std::size_t i = 0; i < game.players.size(); ++i) {
        const auto& player = game.players[i];
        const bool by_appointer = game.view == View::individual && !player.appointer.empty();
        const auto id = by_appointer ? player.appointer : player.id;
        auto found = std::find_if(groups.begin(), groups.end(),
                                  [&](const PartyGroup& group) { return group.id == id; });
        if (found == groups.end()) {
            groups.push_back({id,
                              by_appointer ? governance::party_name(model, id) : player.name,
                              player.economic,
                              player.voting,
                              {},
                              0});
            found = groups.end() - 1;
        }
        found->players.push_back(static_cast<int>(i));
        found->vote_share += votes_cast(game, player);
    }
    Rational total = game.ocean ? game.ocean->cast : Rational{0};
    for (const auto& group : groups)
        total += group.vote_share;
    for (auto& group : groups) {
        if (total != 0)
            group.vote_share /= total;
    }
    return groups;
}

BodySweep sweep_of(const Model& model, const governance::Body& body, const GameResult& result) {
    BodySweep sweep;
    sweep.body = body.id;
    sweep.body_name = body.name;
    sweep.board = body.kind == governance::BodyKind::board;
    sweep.basis = body_weights_basis(model, body);
    if (sweep.board) {
        for (const auto& group : result.groups) {
            sweep.parties.push_back(group.name);
            std::int64_t votes = 0;
            for (const int player : group.players)
                votes += result.game.players[static_cast<std::size_t>(player)].votes;
            sweep.weights.push_back(votes);
            sweep.weighted_directors = sweep.weighted_directors ||
                                       votes != static_cast<std::int64_t>(group.players.size());
        }
    } else {
        std::vector<Rational> stakes;
        for (const auto& player : result.game.players) {
            sweep.parties.push_back(player.name);
            stakes.push_back(player.voting);
        }
        // Scaled as the compiler scales them (whole votes; the compiler checked that they fit).
        for (const auto& weight : exact::scale_to_integers(stakes))
            sweep.weights.push_back(static_cast<std::int64_t>(weight));
    }
    const auto total = std::accumulate(sweep.weights.begin(), sweep.weights.end(), std::int64_t{0});

    sweep.leaves_out_quorum = body.quorum.present || !body.quorum.required_present.empty();
    sweep.leaves_out_casting_vote = body.casting_vote;
    std::map<std::pair<int, Rational>, ModelThreshold> by_threshold;  // (kind, share): increasing
    for (const auto& matter : model.matters) {
        if (matter.body != body.id)
            continue;
        sweep.leaves_out_consents = sweep.leaves_out_consents || !matter.rule.consent.empty();
        sweep.leaves_out_head_count = sweep.leaves_out_head_count || matter.rule.count.has_value();
        if (!matter.rule.excluded.empty()) {
            sweep.not_marked.push_back(matter.name);
            continue;
        }
        const auto& threshold = matter.rule.threshold;
        ModelThreshold found{threshold, threshold.fraction, 0, {}, {}};
        switch (threshold.kind) {
            case governance::Threshold::Kind::more_than:
                found.quota = games::quota_more_than(threshold.fraction, total);
                break;
            case governance::Threshold::Kind::at_least:
                found.quota = games::quota_at_least(threshold.fraction, total);
                break;
            case governance::Threshold::Kind::unanimity:
                found.share = 1;
                found.quota = total;
                break;
        }
        if (found.quota <= total / 2)
            continue;
        const std::pair<int, Rational> key{static_cast<int>(threshold.kind), found.share};
        auto [entry, inserted] = by_threshold.try_emplace(key, found);
        entry->second.matters.push_back(matter.name);
        entry->second.matter_ids.push_back(matter.id);
        add_fact(sweep.basis, "matter", body.id + "/" + matter.id, matter.provenance);
    }
    std::vector<std::int64_t> quotas;
    for (auto& [key, threshold] : by_threshold) {
        quotas.push_back(threshold.quota);
        sweep.thresholds.push_back(std::move(threshold));
    }
    std::stable_sort(
        sweep.thresholds.begin(), sweep.thresholds.end(),
        [](const ModelThreshold& a, const ModelThreshold& b) { return a.share < b.share; });
    sweep.sweep = power::sweep_thresholds(sweep.weights, 201, quotas);
    return sweep;
}

}  // namespace

Rational summed_banzhaf(const power::PowerTable& table, const PartyGroup& group) {
    // compute_power gives every player a Banzhaf index or none.
    return summed_index(table, group, &power::PlayerPower::banzhaf).value_or(Rational{0});
}

std::optional<Rational> summed_index(const power::PowerTable& table, const PartyGroup& group,
                                     std::optional<Rational> power::PlayerPower::*index) {
    Rational sum = 0;
    for (const auto player : group.players) {
        const auto& value = table.players[static_cast<std::size_t>(player)].*index;
        if (!value)
            return std::nullopt;
        sum += *value;
    }
    return sum;
}

Rational player_vote_share(const GameResult& result, int player) {
    for (const auto& group : result.groups) {
        if (std::find(group.players.begin(), group.players.end(), player) != group.players.end())
            return group.vote_share / static_cast<int>(group.players.size());
    }
    return 0;
}

Rational vote_share_of(const CompiledGame& game, int player) {
    Rational total = game.ocean ? game.ocean->cast : Rational{0};
    for (const auto& each : game.players)
        total += votes_cast(game, each);
    if (total == 0)
        return 0;
    return votes_cast(game, game.players.at(static_cast<std::size_t>(player))) / total;
}

std::vector<Rational> vote_shares(const CompiledGame& game) {
    Rational total = game.ocean ? game.ocean->cast : Rational{0};
    for (const auto& each : game.players)
        total += votes_cast(game, each);
    std::vector<Rational> shares;
    for (const auto& each : game.players)
        shares.push_back(total == 0 ? Rational{0} : Rational{votes_cast(game, each) / total});
    return shares;
}

std::vector<int> surprising_players(const GameResult& result) {
    const auto& table = result.table;
    std::vector<int> players;
    if (static_cast<int>(result.game.players.size()) > max_explained_players)
        return players;
    for (std::size_t i = 0; i < table.players.size(); ++i) {
        const auto player = static_cast<int>(i);
        const auto listed = [&](const std::vector<int>& list) {
            return std::find(list.begin(), list.end(), player) != list.end();
        };
        // A director's stake is its appointer's: compared only when it is the party's only one.
        const bool alone =
            std::any_of(result.groups.begin(), result.groups.end(),
                        [&](const auto& g) { return g.players == std::vector<int>{player}; });
        const auto& banzhaf = table.players[i].banzhaf;
        const bool far_from_stake =
            alone && banzhaf &&
            abs(Rational{*banzhaf - player_vote_share(result, player)}) >= surprising_gap;
        if (table.dictator == player || listed(table.veto_players) || listed(table.dummies) ||
            far_from_stake)
            players.push_back(player);
    }
    return players;
}

power::OceanicGame ocean_game(const CompiledGame& game) {
    power::OceanicGame oceanic;
    const auto* weighted = games::as_single_weighted(game.game);
    for (std::size_t i = 0; i < game.players.size(); ++i)
        oceanic.weights.emplace_back(weighted != nullptr ? weighted->weights[i] : 0);
    oceanic.ocean = game.ocean->votes;
    const auto& threshold = game.rule.threshold;
    oceanic.threshold = threshold.kind == governance::Threshold::Kind::unanimity
                            ? Rational{game.rule.total}
                            : threshold.fraction * game.rule.total;
    return oceanic;
}

power::PowerTable oceanic_table(power::PowerTable limit, const power::OceanicPower& oceanic) {
    for (std::size_t i = 0; i < limit.players.size(); ++i) {
        auto& player = limit.players[i];
        player.shapley_shubik = oceanic.shapley_shubik[i];
        player.penrose = oceanic.penrose[i];
        player.banzhaf = oceanic.banzhaf.empty() ? std::nullopt
                                                 : std::optional<Rational>{oceanic.banzhaf[i]};
        player.deegan_packel.reset();
        player.raw_deegan_packel.reset();
        player.public_good.reset();
        player.raw_public_good.reset();
        player.johnston.reset();
        player.raw_johnston.reset();
        player.coleman_prevent.reset();
        player.coleman_initiate.reset();
        player.owen.reset();
        player.banzhaf_owen.reset();
    }
    limit.coleman_act.reset();
    return limit;
}

std::vector<GameResult> compute_voting_power(const Model& model) {
    std::vector<GameResult> results;
    for (auto& game : compile::compile_games(model)) {
        auto table = power::compute_power(game.game);
        std::optional<power::OceanicPower> oceanic;
        if (game.ocean) {
            oceanic = power::oceanic_power(ocean_game(game));
            table = oceanic_table(std::move(table), *oceanic);
        }
        auto groups = party_groups(model, game);
        results.push_back(
            {std::move(game), std::move(table), std::move(oceanic), std::move(groups), {}});
        results.back().explained = surprising_players(results.back());
        results.back().basis = game_basis(model, results.back().game);
        if (results.back().game.view == View::members) {
            const auto* body = governance::find_body(model, results.back().game.body);
            for (auto& holder :
                 governance::adjusted_votes(model, body->of, results.back().game.matter).holders) {
                if (!holder.adjustments.empty())
                    results.back().adjusted.push_back(std::move(holder));
            }
        }
    }
    return results;
}

std::vector<BodySweep> body_sweeps(const Model& model, const std::vector<GameResult>& results) {
    std::vector<BodySweep> sweeps;
    for (const auto& result : results) {
        const auto& game = result.game;
        if (game.view == View::bloc)
            continue;  // a board's seats per appointer come from its individual view
        const bool seen = std::any_of(sweeps.begin(), sweeps.end(), [&](const BodySweep& sweep) {
            return sweep.body == game.body;
        });
        const auto* body = governance::find_body(model, game.body);
        if (!seen && body && !game.ocean)
            sweeps.push_back(sweep_of(model, *body, result));
    }
    return sweeps;
}

namespace {

bool same_player(const compile::CompiledPlayer& a, const compile::CompiledPlayer& b) {
    return a.id == b.id && a.name == b.name && a.appointer == b.appointer &&
           a.economic == b.economic && a.voting == b.voting &&
           a.entitled_to_vote == b.entitled_to_vote && a.votes == b.votes;
}

bool same_indices(const power::PlayerPower& a, const power::PlayerPower& b) {
    return a.banzhaf == b.banzhaf && a.penrose == b.penrose &&
           a.shapley_shubik == b.shapley_shubik && a.deegan_packel == b.deegan_packel &&
           a.public_good == b.public_good && a.johnston == b.johnston;
}

bool same_game(const GameResult& a, const GameResult& b) {
    const auto& x = a.game;
    const auto& y = b.game;
    if (x.body != y.body || x.matter != y.matter || x.view != y.view ||
        games::describe(x.game) != games::describe(y.game) ||
        x.players.size() != y.players.size() ||
        a.table.players.size() != b.table.players.size() ||
        assumption_ids(a.basis) != assumption_ids(b.basis) || a.explained != b.explained)
        return false;
    for (std::size_t i = 0; i < x.players.size(); ++i)
        if (!same_player(x.players[i], y.players[i]))
            return false;
    for (std::size_t i = 0; i < a.table.players.size(); ++i)
        if (!same_indices(a.table.players[i], b.table.players[i]))
            return false;
    return true;
}

bool same_sweep(const BodySweep& a, const BodySweep& b) {
    if (a.body != b.body || a.parties != b.parties || a.weights != b.weights ||
        a.thresholds.size() != b.thresholds.size() || a.not_marked != b.not_marked ||
        assumption_ids(a.basis) != assumption_ids(b.basis))
        return false;
    for (std::size_t i = 0; i < a.thresholds.size(); ++i)
        if (a.thresholds[i].quota != b.thresholds[i].quota ||
            a.thresholds[i].matter_ids != b.thresholds[i].matter_ids)
            return false;
    return true;
}

}  // namespace

bool same_voting_power(const VotingPowerFacts& a, const VotingPowerFacts& b) {
    if (a.games.size() != b.games.size() || a.sweeps.size() != b.sweeps.size())
        return false;
    for (std::size_t i = 0; i < a.games.size(); ++i)
        if (!same_game(a.games[i], b.games[i]))
            return false;
    for (std::size_t i = 0; i < a.sweeps.size(); ++i)
        if (!same_sweep(a.sweeps[i], b.sweeps[i]))
            return false;
    return true;
}

VotingPowerFacts analyse_voting_power(const Model& full, governance::Date day) {
    VotingPowerFacts facts{full, governance::as_of(full, day), day, {}, {}, {}};
    require_entity(facts.on_date, day);
    facts.games = compute_voting_power(facts.on_date);
    facts.sweeps = body_sweeps(facts.on_date, facts.games);
    for (const auto& result : facts.games) {
        const auto& game = result.game;
        // Every compiled game comes from a body and a matter of the model.
        const auto* body = governance::find_body(facts.on_date, game.body);
        const auto* matter = governance::find_matter(facts.on_date, game.body, game.matter);
        for (const auto player : result.explained)
            facts.explanations.push_back(explain(facts.on_date, *body, *matter, game, player, day));
    }
    return facts;
}

}  // namespace jvgov::analysis
