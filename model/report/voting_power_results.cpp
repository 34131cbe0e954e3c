#include "model/report/voting_power_results.hpp"

#include <algorithm>

#include <fmt/core.h>

#include "model/governance/registry.hpp"
#include "model/power/compute.hpp"

namespace jvgov::report {

namespace {

using compile::CompiledGame;
using compile::View;
using governance::Model;
using governance::Rational;

std::string body_name(const Model& model, const std::string& id) {
    const auto* body = governance::find_body(model, id);
    return body ? body->name : id;
}

std::string matter_name(const Model& model, const std::string& body, const std::string& id) {
    const auto* matter = governance::find_matter(model, body, id);
    return matter ? matter->name : id;
}

// The votes a player casts on the matter: its voting interest (members' meeting), one seat
// (a director), or the seats of its appointer (bloc view); none when it may not vote.
Rational votes_cast(const Model& model, const CompiledGame& game,
                    const compile::CompiledPlayer& player) {
    if (!player.entitled_to_vote)
        return 0;
    if (game.view == View::members)
        return player.voting;
    if (game.view == View::individual || player.appointer.empty())
        return 1;
    const auto* body = governance::find_body(model, game.body);
    return body ? governance::seats_appointed_by(*body, player.id) : 0;
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
        found->vote_share += votes_cast(model, game, player);
    }
    Rational total = 0;
    for (const auto& group : groups)
        total += group.vote_share;
    for (auto& group : groups) {
        if (total != 0)
            group.vote_share /= total;
    }
    return groups;
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

std::string game_title(const Model& model, const CompiledGame& game) {
    auto title = body_name(model, game.body) + ": " + matter_name(model, game.body, game.matter);
    if (game.view != View::members)
        title += " (" + compile::view_name(game.view) + " view)";
    return title;
}

Rational player_vote_share(const GameResult& result, int player) {
    for (const auto& group : result.groups) {
        if (std::find(group.players.begin(), group.players.end(), player) != group.players.end())
            return group.vote_share / static_cast<int>(group.players.size());
    }
    return 0;
}

std::string game_slug(const CompiledGame& game) {
    if (game.view == View::members)
        return game.matter;
    return fmt::format("{}-{}", game.matter, compile::view_name(game.view));
}

std::vector<GameResult> compute_voting_power(const Model& model) {
    std::vector<GameResult> results;
    for (auto& game : compile::compile_games(model)) {
        auto table = power::compute_power(game.game);
        auto groups = party_groups(model, game);
        results.push_back({std::move(game), std::move(table), std::move(groups)});
    }
    return results;
}

}  // namespace jvgov::report
