// A dispersed float in the members' meeting (compile::CompiledGame::ocean): no player for it,
// its votes cast and the limit game among the major holders, hand-checked.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "model/compile/compile_games.hpp"
#include "model/games/simple_game.hpp"
#include "model/games/weighted_game.hpp"
#include "model/governance/as_of.hpp"
#include "model/load/loader.hpp"
#include "model/report/rule_wording.hpp"

namespace {

using jvgov::compile::CompiledGame;
using jvgov::exact::Rational;

// Acme plc: `stakes` (TOML [[stakes]] tables) in it, a float party and a general meeting
// deciding by `rule`.
jvgov::governance::Model acme(const std::string& stakes, const std::string& rule,
                              const std::string& float_keys = "dispersed = true") {
    const std::string text = fmt::format(R"(
[model]
name = "Acme plc"
entity = "acme"
as_of = 2025-01-22

[[parties]]
id = "acme"
name = "Acme plc"
kind = "company"

[[parties]]
id = "founder"
name = "Founder Holdings"
kind = "company"

[[parties]]
id = "second"
name = "Second Fund"
kind = "fund"

[[parties]]
id = "float"
name = "Public float"
kind = "group"
{}
{}
[[bodies]]
id = "meeting"
name = "General meeting"
of = "acme"
kind = "members"

[[matters]]
id = "ordinary"
name = "Ordinary resolutions"
body = "meeting"
rule = {}
default = true
)",
                                         float_keys, stakes, rule);
    auto loaded = jvgov::load::load_model(text, "acme.toml");
    REQUIRE(loaded.model);
    return *loaded.model;
}

std::string stake(const std::string& holder, const std::string& share) {
    return fmt::format("[[stakes]]\nholder = \"{}\"\nissuer = \"acme\"\neconomic = \"{}\"\n\n",
                       holder, share);
}

}  // namespace

TEST_CASE("a dispersed float is no player: the limit game among the majors", "[compile]") {
    const auto model = acme(stake("founder", "43%") + stake("float", "57%"),
                            "{ more_than = \"50%\" }");
    const std::vector<CompiledGame> games = jvgov::compile::compile_games(model);
    REQUIRE(games.size() == 1);
    const CompiledGame& game = games.front();
    REQUIRE(game.players.size() == 1);
    CHECK(game.players.front().id == "founder");
    REQUIRE(game.ocean);
    REQUIRE(game.ocean->parts.size() == 1);
    CHECK(game.ocean->parts.front().party == "float");
    CHECK(game.ocean->parts.front().voting == Rational(57, 100));
    CHECK(game.ocean->parts.front().turnout == 1);
    CHECK(game.ocean->voting == Rational(57, 100));
    CHECK(game.ocean->cast == Rational(57, 100));
    // Votes 43 and 57 scaled by 2 so that the float's half is whole: 86 and 114 of 200; more
    // than half is 101; the founder with the float's half (57) reaches it: quota 101 - 57 = 44.
    CHECK(game.ocean->votes == 114);
    CHECK(game.rule.total == 200);
    CHECK(game.rule.quota == 101);
    const auto* weighted = jvgov::games::as_single_weighted(game.game);
    REQUIRE(weighted != nullptr);
    CHECK(weighted->weights == std::vector<std::int64_t>{86});
    CHECK(weighted->quota == 44);
    CHECK(jvgov::report::rule_in_words(model, game) ==
          "more than 50% of the votes cast (quota 101 of 200), 114 of them cast by the "
          "dispersed float");
}

TEST_CASE("a float's turnout and the unallocated remainder make the ocean", "[compile]") {
    // Founder 40%, second 20%, float 30% at 50% turnout, 10% unallocated: the float casts 15%,
    // the remainder 10%: 25% of the votes; cast in all 85%.
    const auto model =
        acme(stake("founder", "40%") + stake("second", "20%") + stake("float", "30%"),
             "{ more_than = \"50%\" }", "dispersed = true\nturnout = \"50%\"");
    const CompiledGame game = jvgov::compile::compile_games(model).front();
    REQUIRE(game.players.size() == 2);
    REQUIRE(game.ocean);
    REQUIRE(game.ocean->parts.size() == 2);
    CHECK(game.ocean->parts[0].party == "float");
    CHECK(game.ocean->parts[0].turnout == Rational(1, 2));
    CHECK(game.ocean->parts[1].party.empty());
    CHECK(game.ocean->parts[1].voting == Rational(1, 10));
    CHECK(game.ocean->parts[1].turnout == 1);
    CHECK(game.ocean->voting == Rational(2, 5));
    CHECK(game.ocean->cast == Rational(1, 4));
    // Weights 2 and 1 (40%, 20%); the float's 25% is 5/4 on that scale, its half 5/8, so all
    // are scaled by 8: founder 16, second 8, float 10; total 34, more than half 18, the float's
    // half 5: quota 13.
    const auto* weighted = jvgov::games::as_single_weighted(game.game);
    REQUIRE(weighted != nullptr);
    CHECK(weighted->weights == std::vector<std::int64_t>{16, 8});
    CHECK(game.ocean->votes == 10);
    CHECK(game.rule.total == 34);
    CHECK(game.rule.quota == 18);
    CHECK(weighted->quota == 13);
}

TEST_CASE("a fully allocated meeting without dispersed holders has no ocean", "[compile]") {
    const auto model = acme(stake("founder", "43%") + stake("float", "57%"),
                            "{ more_than = \"50%\" }", "");
    const CompiledGame game = jvgov::compile::compile_games(model).front();
    CHECK(game.players.size() == 2);
    CHECK_FALSE(game.ocean);
}

TEST_CASE("rules a dispersed float cannot support are compile errors", "[compile]") {
    using Catch::Matchers::Equals;
    const auto consent = acme(stake("founder", "43%") + stake("float", "57%"),
                              "{ more_than = \"50%\", consent = [\"founder\"] }");
    CHECK_THROWS_WITH(jvgov::compile::compile_games(consent),
                      Equals("body 'meeting', matter 'ordinary': a consent beside a dispersed "
                             "float is not supported (the oceanic values cover a weighted "
                             "vote); to count the float as one bloc instead, give it as a party "
                             "that is not dispersed"));
    const auto unanimous =
        acme(stake("founder", "43%") + stake("float", "57%"), "{ unanimous = true }");
    CHECK_THROWS_WITH(jvgov::compile::compile_games(unanimous),
                      Equals("body 'meeting', matter 'ordinary': a unanimous rule beside a "
                             "dispersed float is not supported (the oceanic values cover a "
                             "weighted vote); to count the float as one bloc instead, give it as "
                             "a party that is not dispersed"));
    // A pool of the two majors beside the float (here the unallocated 17%; a pool's internal
    // decision makes the vote a composite game, which the oceanic values do not cover).
    const auto pooled = acme(stake("founder", "43%") + stake("second", "40%") +
                                 "[[pools]]\nid = \"pact\"\nname = \"Pact\"\nissuer = \"acme\"\n"
                                 "members = [\"founder\", \"second\"]\nrule = { leader = "
                                 "\"founder\" }\n\n",
                             "{ more_than = \"50%\" }");
    CHECK_THROWS_WITH(jvgov::compile::compile_games(pooled),
                      Equals("body 'meeting', matter 'ordinary': a voting pool beside a "
                             "dispersed float is not supported (the oceanic values cover a "
                             "weighted vote); to count the float as one bloc instead, give it as "
                             "a party that is not dispersed"));
    // 10% against a float of 90%: the float's half (45%) alone passes "at least 40%".
    const auto low = acme(stake("founder", "10%") + stake("float", "90%"),
                          "{ at_least = \"40%\" }");
    CHECK_THROWS_WITH(jvgov::compile::compile_games(low),
                      Equals("body 'meeting', matter 'ordinary': half of the dispersed float's "
                             "votes alone reach the threshold: no major holder is needed"));
    const auto only_float = acme(stake("float", "100%"), "{ more_than = \"50%\" }");
    CHECK_THROWS_WITH(jvgov::compile::compile_games(only_float),
                      Equals("body 'meeting', matter 'ordinary': every holder of a voting "
                             "interest in 'acme' is dispersed: there is no major holder to "
                             "analyse"));
}
