#include "model/report/basis_wording.hpp"
#include "model/report/voting_power_json.hpp"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "model/exact/rational.hpp"
#include "model/games/coalition.hpp"
#include "model/games/simple_game.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/report/game_titles.hpp"
#include "model/report/json_values.hpp"
#include "model/report/rule_wording.hpp"

namespace jvgov::report {

namespace {

using analysis::GameResult;
using analysis::PartyGroup;
using analysis::player_vote_share;
using analysis::summed_banzhaf;
using compile::CompiledGame;
using governance::Model;
using governance::Rational;
using Json = nlohmann::ordered_json;

Json share_or_null(const std::optional<Rational>& value) {
    return value ? share_json(*value) : Json(nullptr);
}

Json id_and_name(const std::string& id, const std::string& name) {
    return Json{{"id", id}, {"name", name}};
}

Json matter_json(const Model& model, const CompiledGame& game) {
    const auto* matter = governance::find_matter(model, game.body, game.matter);
    return id_and_name(game.matter, matter ? matter->name : game.matter);
}

Json body_json(const Model& model, const CompiledGame& game) {
    const auto* body = governance::find_body(model, game.body);
    return id_and_name(game.body, body ? body->name : game.body);
}

Json player_ids(const CompiledGame& game, const std::vector<int>& players) {
    Json ids = Json::array();
    for (const auto player : players)
        ids.push_back(game.players[static_cast<std::size_t>(player)].id);
    return ids;
}

Json players_json(const GameResult& result) {
    const auto& game = result.game;
    const auto& table = result.table;
    Json players = Json::array();
    for (std::size_t i = 0; i < game.players.size(); ++i) {
        const auto& player = game.players[i];
        const auto& power = table.players[i];
        players.push_back({
            {"id", player.id},
            {"name", player.name},
            {"appointer", player.appointer.empty() ? Json(nullptr) : Json(player.appointer)},
            {"entitled_to_vote", player.entitled_to_vote},
            {"economic_stake", share_json(player.economic)},
            {"voting_stake", share_json(player.voting)},
            {"vote_share", share_json(player_vote_share(result, static_cast<int>(i)))},
            {"swings", integer_or_null(power.swings)},
            {"power",
             {
                 {"banzhaf", share_or_null(power.banzhaf)},
                 {"penrose", share_or_null(power.penrose)},
                 {"shapley_shubik", share_or_null(power.shapley_shubik)},
                 {"deegan_packel", share_or_null(power.deegan_packel)},
                 {"public_good", share_or_null(power.public_good)},
                 {"johnston", share_or_null(power.johnston)},
             }},
        });
    }
    return players;
}

Json minimal_winning_json(const CompiledGame& game, const power::PowerTable& table) {
    Json list = nullptr;
    if (table.minimal_winning_list) {
        list = Json::array();
        for (const auto coalition : *table.minimal_winning_list)
            list.push_back(player_ids(game, games::members(coalition)));
    }
    return {{"count", integer_or_null(table.minimal_winning_coalitions)}, {"list", list}};
}

bool banzhaf_computed(const power::PowerTable& table) {
    return std::all_of(table.players.begin(), table.players.end(),
                       [](const power::PlayerPower& player) { return player.banzhaf.has_value(); });
}

Json parties_json(const GameResult& result) {
    Json parties = Json::array();
    for (const auto& group : result.groups) {
        parties.push_back({
            {"id", group.id},
            {"name", group.name},
            {"economic_stake", share_json(group.economic)},
            {"voting_stake", share_json(group.voting)},
            {"vote_share", share_json(group.vote_share)},
            {"players", player_ids(result.game, group.players)},
            {"banzhaf", banzhaf_computed(result.table)
                            ? share_json(summed_banzhaf(result.table, group))
                            : Json(nullptr)},
        });
    }
    return parties;
}

// The dispersed float of a members' meeting: its parts, votes, votes cast and Shapley-Shubik
// value as a whole. REQUIRES: result.game.ocean and result.oceanic.
Json dispersed_float_json(const GameResult& result) {
    const auto& ocean = *result.game.ocean;
    Json parts = Json::array();
    for (const auto& part : ocean.parts) {
        parts.push_back({{"party", part.party.empty() ? Json(nullptr) : Json(part.party)},
                         {"voting_stake", share_json(part.voting)},
                         {"turnout", share_json(part.turnout)}});
    }
    return {{"parts", parts},
            {"voting_stake", share_json(ocean.voting)},
            {"votes_cast", share_json(ocean.cast)},
            {"shapley_shubik", share_json(result.oceanic->ocean_shapley_shubik)}};
}

Json game_json(const Model& model, const GameResult& result) {
    const auto& game = result.game;
    const auto& table = result.table;
    const auto structure = [&](const std::vector<int>& players) {
        return table.structure_known ? player_ids(game, players) : Json(nullptr);
    };
    Json json = {
        {"id", game_slug(game)},
        {"title", game_title(model, game)},
        {"body", body_json(model, game)},
        {"matter", matter_json(model, game)},
        {"view", compile::view_name(game.view)},
        {"declared_view", game.declared_view},
        {"is_default", game.is_default},
        {"rule", rule_in_words(model, game)},
        {"game", games::describe(game.game)},
        {"players", players_json(result)},
        {"veto_players", structure(table.veto_players)},
        {"dummies", structure(table.dummies)},
        {"dictator", table.structure_known && table.dictator
                         ? Json(game.players[static_cast<std::size_t>(*table.dictator)].id)
                         : Json(nullptr)},
        {"minimal_winning_coalitions", minimal_winning_json(game, table)},
        {"skipped", table.skipped},
        {"parties", parties_json(result)},
        {"rests_on", basis_json(result.basis)},
    };
    if (game.ocean && result.oceanic)
        json["dispersed_float"] = dispersed_float_json(result);
    return json;
}

// The parties in order of first appearance across the games, and per game each party's summed
// Banzhaf index: the markdown report's summary table.
Json summary_json(const std::vector<GameResult>& results) {
    std::vector<const PartyGroup*> columns;
    for (const auto& result : results) {
        for (const auto& group : result.groups) {
            if (std::none_of(columns.begin(), columns.end(),
                             [&](const PartyGroup* column) { return column->id == group.id; }))
                columns.push_back(&group);
        }
    }
    Json parties = Json::array();
    for (const auto* column : columns)
        parties.push_back(id_and_name(column->id, column->name));
    Json rows = Json::array();
    for (const auto& result : results) {
        Json banzhaf = Json::object();
        for (const auto* column : columns) {
            const auto found =
                std::find_if(result.groups.begin(), result.groups.end(),
                             [&](const PartyGroup& group) { return group.id == column->id; });
            banzhaf[column->id] = found != result.groups.end() && banzhaf_computed(result.table)
                                      ? share_json(summed_banzhaf(result.table, *found))
                                      : Json(nullptr);
        }
        rows.push_back({{"game", game_slug(result.game)}, {"banzhaf", banzhaf}});
    }
    return {{"parties", parties}, {"games", rows}};
}

}  // namespace

std::string render_voting_power_json(const analysis::VotingPowerFacts& facts,
                                     const ReportContext& context) {
    const Model& model_on_date = facts.on_date;
    const auto& results = facts.games;
    const auto as_of = facts.day;
    const auto& entity = model_on_date.info.entity;
    const auto* party = governance::find_party(model_on_date, entity);
    Json games = Json::array();
    for (const auto& result : results)
        games.push_back(game_json(model_on_date, result));
    const Json root = {
        {"schema", voting_power_schema},
        {"generator", context.tool_version},
        {"model_file", context.model_path},
        {"entity", id_and_name(entity, party ? party->name : entity)},
        {"as_of", governance::to_iso_string(as_of)},
        {"games", games},
        {"summary", summary_json(results)},
    };
    return root.dump(2) + "\n";
}

}  // namespace jvgov::report
