// voting-power.json: on the Stargate model, every index the JSON carries equals compute_power's on
// the same compiled game, the tiers show their known values, and the document is deterministic
// and written beside the markdown report, which links to it.
#include "model/report/voting_power_json.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "model/compile/compile_games.hpp"
#include "model/exact/rational.hpp"
#include "model/games/simple_game.hpp"
#include "model/governance/as_of.hpp"
#include "model/load/loader.hpp"
#include "model/power/compute.hpp"
#include "model/report/game_titles.hpp"
#include "model/report/rule_wording.hpp"
#include "model/report/voting_power_report.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;
using Json = nlohmann::ordered_json;

const governance::Date stargate_day = 2025y / January / 22d;

const governance::Model& stargate() {
    static const governance::Model model =
        *load::load_model_file(JVGOV_SOURCE_DIR "/data/stargate.toml").model;
    return model;
}

const ReportContext& test_context() {
    static const ReportContext context{"data/stargate.toml", "jvgov test", {}};
    return context;
}

std::string stargate_json_text() {
    return render_voting_power_json(analysis::analyse_voting_power(stargate(), stargate_day),
                                    test_context());
}

const Json& stargate_json() {
    static const Json json = Json::parse(stargate_json_text());
    return json;
}

// The game of this matter in this view ("members" for a members' meeting).
const Json& game_of(const std::string& matter, const std::string& view) {
    const auto& games = stargate_json().at("games");
    const auto found = std::find_if(games.begin(), games.end(), [&](const Json& game) {
        return game.at("matter").at("id") == matter && game.at("view") == view;
    });
    REQUIRE(found != games.end());
    return *found;
}

Json share(const std::string& exact, const std::string& decimal) {
    return Json{{"exact", exact}, {"decimal", decimal}};
}

// The exact/decimal pair of `value` as the JSON must write it, or null.
Json expected_share(const std::optional<exact::Rational>& value) {
    if (!value)
        return nullptr;
    return share(exact::to_fraction_string(*value), exact::to_decimal_string(*value, 6));
}

std::vector<std::string> ids_of(const Json& list) {
    return list.get<std::vector<std::string>>();
}

}  // namespace

TEST_CASE("voting-power.json carries compute_power's indices for every Stargate game", "[vpjson]") {
    const auto& json = stargate_json();
    const auto games = compile::compile_games(governance::as_of(stargate(), stargate_day));
    REQUIRE(json.at("games").size() == games.size());
    for (std::size_t g = 0; g < games.size(); ++g) {
        const auto& game = games[g];
        const auto& entry = json.at("games")[g];
        INFO("game " << game_slug(game));
        CHECK(entry.at("id") == game_slug(game));
        CHECK(entry.at("game") == games::describe(game.game));
        CHECK(entry.at("rule") == rule_in_words(governance::as_of(stargate(), stargate_day), game));
        CHECK(entry.at("view") == compile::view_name(game.view));
        const auto table = power::compute_power(game.game);
        REQUIRE(entry.at("players").size() == game.players.size());
        for (std::size_t i = 0; i < game.players.size(); ++i) {
            const auto& player = entry.at("players")[i];
            const auto& power = table.players[i];
            INFO("player " << game.players[i].id);
            CHECK(player.at("id") == game.players[i].id);
            CHECK(player.at("economic_stake") == expected_share(game.players[i].economic));
            CHECK(player.at("voting_stake") == expected_share(game.players[i].voting));
            CHECK(player.at("swings") == power.swings->str());
            const auto& indices = player.at("power");
            CHECK(indices.at("banzhaf") == expected_share(power.banzhaf));
            CHECK(indices.at("penrose") == expected_share(power.penrose));
            CHECK(indices.at("shapley_shubik") == expected_share(power.shapley_shubik));
            CHECK(indices.at("deegan_packel") == expected_share(power.deegan_packel));
            CHECK(indices.at("public_good") == expected_share(power.public_good));
            CHECK(indices.at("johnston") == expected_share(power.johnston));
            // Every index of these small games fits the budget.
            CHECK(indices.size() == 6);
            for (const auto& [name, value] : indices.items())
                CHECK(!value.is_null());
        }
        CHECK(entry.at("minimal_winning_coalitions").at("count") ==
              table.minimal_winning_coalitions->str());
        CHECK(entry.at("minimal_winning_coalitions").at("list").size() ==
              table.minimal_winning_list->size());
        CHECK(entry.at("skipped").empty());
    }
}

TEST_CASE("voting-power.json header names the schema, the model, the entity and the date",
          "[vpjson]") {
    const auto& json = stargate_json();
    std::vector<std::string> keys;
    for (const auto& [key, value] : json.items())
        keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"schema", "generator", "model_file", "entity", "as_of",
                                           "games", "summary"});
    CHECK(json.at("schema") == "jvgov/voting-power@1");
    CHECK(json.at("generator") == "jvgov test");
    CHECK(json.at("model_file") == "data/stargate.toml");
    CHECK(json.at("entity") == Json{{"id", "stargate"}, {"name", "Stargate"}});
    CHECK(json.at("as_of") == "2025-01-22");
}

TEST_CASE("voting-power.json: the 75% tier makes Oracle and MGX dummies", "[vpjson]") {
    // [8; 4, 4, 1, 1]: OpenAI and SoftBank (8 votes) are the only minimal winning coalition, so
    // both are veto players with Banzhaf 1/2 and the two 10% members never swing.
    const auto& tier2 = game_of("members-reserved-tier-2", "members");
    CHECK(tier2.at("game") == "[8; 4, 4, 1, 1]");
    CHECK(tier2.at("body") ==
          Json{{"id", "members"}, {"name", "Members' meeting of Stargate LLC"}});
    CHECK(tier2.at("matter").at("id") == "members-reserved-tier-2");
    CHECK(tier2.at("view") == "members");
    CHECK(tier2.at("declared_view") == true);
    CHECK(tier2.at("is_default") == false);
    CHECK(ids_of(tier2.at("veto_players")) == std::vector<std::string>{"openai", "softbank"});
    CHECK(ids_of(tier2.at("dummies")) == std::vector<std::string>{"oracle", "mgx"});
    CHECK(tier2.at("dictator").is_null());
    CHECK(tier2.at("minimal_winning_coalitions") ==
          Json{{"count", "1"}, {"list", Json::array({Json::array({"openai", "softbank"})})}});
    const auto& players = tier2.at("players");
    REQUIRE(players.size() == 4);
    CHECK(players[0].at("power").at("banzhaf") == share("1/2", "0.500000"));
    CHECK(players[1].at("power").at("banzhaf") == share("1/2", "0.500000"));
    CHECK(players[2].at("id") == "oracle");
    CHECK(players[2].at("power").at("banzhaf") == share("0", "0.000000"));
    CHECK(players[2].at("swings") == "0");
    CHECK(players[3].at("id") == "mgx");
    CHECK(players[3].at("power").at("shapley_shubik") == share("0", "0.000000"));
    CHECK(players[3].at("voting_stake") == share("1/10", "0.100000"));
    CHECK(players[3].at("appointer").is_null());
}

TEST_CASE("voting-power.json: the board in both views and the party sums", "[vpjson]") {
    // Bloc view: [4; 2, 2, 1, 1] with a quorum that needs a director of SoftBank and one of
    // OpenAI, so the two together (4 of 6 seats) are the only minimal winning coalition: Banzhaf
    // 1/2 each, and Oracle and MGX are dummies.
    const auto& bloc = game_of("board-ordinary", "bloc");
    CHECK(bloc.at("game") ==
          "([4; 2, 2, 1, 1] AND [4; 2, 2, 1, 1] AND [1; 1, 0, 0, 0] AND "
          "[1; 0, 1, 0, 0])");
    CHECK(ids_of(bloc.at("dummies")) == std::vector<std::string>{"oracle", "mgx"});
    const auto& bloc_parties = bloc.at("parties");
    REQUIRE(bloc_parties.size() == 4);
    CHECK(bloc_parties[0].at("id") == "softbank");
    CHECK(bloc_parties[0].at("banzhaf") == share("1/2", "0.500000"));
    CHECK(bloc_parties[1].at("id") == "openai");
    CHECK(bloc_parties[1].at("banzhaf") == share("1/2", "0.500000"));
    CHECK(bloc_parties[2].at("banzhaf") == share("0", "0.000000"));
    // In the bloc view the appointer is the player itself.
    CHECK(bloc.at("players")[1].at("appointer") == "openai");

    // Individual view: one player per director (SoftBank 2, OpenAI 2, Oracle 1, MGX 1), grouped
    // by appointer; a party's Banzhaf index is the sum over its directors: 5/14, 5/14, 1/7, 1/7.
    const auto& individual = game_of("board-ordinary", "individual");
    CHECK(individual.at("view") == "individual");
    CHECK(individual.at("declared_view") != bloc.at("declared_view"));
    const auto& parties = individual.at("parties");
    REQUIRE(parties.size() == 4);
    const std::vector<std::string> ids = {"softbank", "openai", "oracle", "mgx"};
    const std::vector<std::string> sums = {"5/14", "5/14", "1/7", "1/7"};
    for (std::size_t k = 0; k < parties.size(); ++k) {
        INFO("party " << parties[k].at("id"));
        CHECK(parties[k].at("id") == ids[k]);
        CHECK(parties[k].at("banzhaf").at("exact") == sums[k]);
        exact::Rational total = 0;
        for (const auto& id : parties[k].at("players")) {
            for (const auto& player : individual.at("players")) {
                if (player.at("id") == id) {
                    CHECK(player.at("appointer") == parties[k].at("id"));
                    total += *exact::parse_share(
                        player.at("power").at("banzhaf").at("exact").get<std::string>());
                }
            }
        }
        CHECK(exact::to_fraction_string(total) == sums[k]);
    }
}

TEST_CASE("voting-power.json summary mirrors the markdown summary table", "[vpjson]") {
    const auto& summary = stargate_json().at("summary");
    CHECK(summary.at("parties") ==
          Json::array({Json{{"id", "openai"}, {"name", "OpenAI"}},
                       Json{{"id", "softbank"}, {"name", "SoftBank Group"}},
                       Json{{"id", "oracle"}, {"name", "Oracle Corporation"}},
                       Json{{"id", "mgx"}, {"name", "MGX"}}}));
    const auto& rows = summary.at("games");
    REQUIRE(rows.size() == stargate_json().at("games").size());
    for (std::size_t g = 0; g < rows.size(); ++g) {
        const auto& game = stargate_json().at("games")[g];
        INFO("game " << game.at("id"));
        CHECK(rows[g].at("game") == game.at("id"));
        for (const auto& party : game.at("parties"))
            CHECK(rows[g].at("banzhaf").at(party.at("id").get<std::string>()) ==
                  party.at("banzhaf"));
    }
    // The OpenAI-conflicted contract: OpenAI may not vote, SoftBank holds 3/5.
    const auto& conflicted = rows[3];
    CHECK(conflicted.at("game") == game_of("related-party-openai", "members").at("id"));
    CHECK(conflicted.at("banzhaf") == Json{{"openai", share("0", "0.000000")},
                                           {"softbank", share("3/5", "0.600000")},
                                           {"oracle", share("1/5", "0.200000")},
                                           {"mgx", share("1/5", "0.200000")}});
    CHECK(game_of("related-party-openai", "members").at("players")[0].at("entitled_to_vote") ==
          false);
}

TEST_CASE("voting-power.json is deterministic and written beside the markdown, which links it",
          "[vpjson]") {
    const auto text = stargate_json_text();
    CHECK(text == stargate_json_text());
    CHECK(text.back() == '\n');
    CHECK(text.rfind("{\n  \"schema\": \"jvgov/voting-power@1\",\n", 0) == 0);

    const auto files =
        render_voting_power_files(analysis::analyse_voting_power(stargate(), stargate_day),
                                  test_context(), "out/voting-power-x");
    REQUIRE(files.size() >= 2);
    CHECK(files[0].path == "out/voting-power-x.md");
    CHECK(files[1].path == "out/voting-power-x.json");
    CHECK(files[1].contents == text);
    CHECK(files[0].contents.find("- JSON: [voting-power-x.json](voting-power-x.json), the games "
                                 "and indices of this report for programs (schema "
                                 "`jvgov/voting-power@1`)\n") != std::string::npos);
}

}  // namespace jvgov::report
