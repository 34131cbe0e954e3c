// Quota and weight notations, the TOML game format and weights files, with their diagnostics.
#include "model/games/game_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <variant>

#include <catch2/catch.hpp>

namespace games = jvgov::games;

namespace {

// Writes `text` to a fresh file under the build's temporary directory and returns its path.
std::filesystem::path write_file(const std::string& name, const std::string& text) {
    const auto dir = std::filesystem::temp_directory_path() / "jvgov_games_test";
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream(path) << text;
    return path;
}

}  // namespace

TEST_CASE("quota notations convert exactly", "[games]") {
    CHECK(games::parse_quota("39", 85) == 39);
    CHECK(games::parse_quota("50%", 85) == 43);            // ceil(42.5)
    CHECK(games::parse_quota("50%", 100) == 50);           // at least half
    CHECK(games::parse_quota("majority", 100) == 51);      // more than half
    CHECK(games::parse_quota("more than 50%", 85) == 43);  // floor(42.5) + 1
    CHECK(games::parse_quota("2/3", 90) == 60);
    CHECK(games::parse_quota("more than 2/3", 90) == 61);
    CHECK(games::parse_quota("66.67%", 3) == 3);  // 2.0001 -> 3
    CHECK_THROWS_WITH(games::parse_quota("39.5", 85),
                      "quota '39.5' is not a whole number of votes");
    CHECK_THROWS_WITH(games::parse_quota("0%", 85),
                      "quota '0%' must be a share above 0% and at most 100%");
    CHECK_THROWS_WITH(games::parse_quota("half", 85),
                      "quota 'half' is not a number of votes, a share like 50% or 2/3, or "
                      "'majority'");
}

TEST_CASE("weights are non-negative whole numbers", "[games]") {
    CHECK(games::parse_weight("7") == 7);
    CHECK(games::parse_weight(" 1_000 ") == 1000);
    CHECK(games::parse_weight("3e6") == 3000000);
    CHECK(games::parse_weight("0") == 0);
    CHECK_THROWS_WITH(games::parse_weight("-1"), "weight '-1' is negative");
    CHECK_THROWS_WITH(games::parse_weight("2.5"), "weight '2.5' is not a whole number");
    CHECK_THROWS_WITH(games::parse_weight("x"), "weight 'x' is not a number");
    CHECK_THROWS_WITH(games::parse_weight("1e19"), "weight '1e19' is larger than 2^62");
}

TEST_CASE("the example game files load", "[games]") {
    const std::filesystem::path examples =
        std::filesystem::path(JVGOV_SOURCE_DIR) / "data" / "examples";
    const games::GameFile unsc = games::load_game_file(examples / "unsc.game.toml");
    CHECK(unsc.title == "UN Security Council");
    CHECK(unsc.game.players.size() == 15);
    REQUIRE(games::as_single_weighted(unsc.game) != nullptr);
    CHECK(games::as_single_weighted(unsc.game)->quota == 39);
    const games::GameFile board = games::load_game_file(examples / "double-majority.game.toml");
    CHECK(games::describe(board.game) ==
          "([51; 30, 25, 20, 15, 10] AND [3; 1, 1, 1, 1, 1] AND [1; 1, 0, 0, 0, 0])");
    const games::GameFile epic = games::load_game_file(examples / "epic-owen.game.toml");
    CHECK(epic.blocs == std::vector<std::vector<int>>{{0}, {1}, {2, 3}});
}

TEST_CASE("game file errors are located at the offending value", "[games]") {
    const auto check = [](const std::string& name, const std::string& text,
                          const std::string& message) {
        const auto path = write_file(name, text);
        CHECK_THROWS_WITH(games::load_game_file(path), path.string() + message);
    };
    check("unknown-key.toml", "[game]\nplayers = [\"A\"]\nweights = [1]\nquota = 1\ncolor = 2\n",
          ":5:9: error: unknown key 'color'");
    check("weight-float.toml", "[game]\nplayers = [\"A\", \"B\"]\nweights = [1, 2.5]\nquota = 1\n",
          ":3:15: error: a weight must be a whole number");
    check("weight-count.toml", "[game]\nplayers = [\"A\", \"B\"]\nweights = [1]\nquota = 1\n",
          ":3:11: error: 1 weights for 2 players");
    check("quota-high.toml", "[game]\nplayers = [\"A\", \"B\"]\nweights = [1, 2]\nquota = 4\n",
          ":4:9: error: weighted game: quota 4 is outside [1, 3] (1 to the total weight)");
    check("bloc-unknown.toml",
          "[game]\nplayers = [\"A\", \"B\"]\nweights = [1, 2]\nquota = 2\nblocs = [[\"A\"], "
          "[\"C\"]]\n",
          ":5:18: error: unknown player 'C'");
    check("rule.toml", "[game]\nplayers = [\"A\"]\nrule = \"xor\"\n",
          ":3:8: error: unknown rule 'xor' (weighted, all_of or any_of)");
    check("syntax.toml", "[game\n",
          ":1:6: error: Error while parsing table header: expected ']', saw '\\n'");
    check("no-game.toml", "title = 1\n", ":1:9: error: unknown key 'title'");
    CHECK_THROWS_WITH(games::load_game_file("/nonexistent/game.toml"),
                      "/nonexistent/game.toml: error: cannot open the file");
}

TEST_CASE("weights files", "[games]") {
    const auto named =
        games::load_weights_file(write_file("named.txt", "# register\nA, 40\n\nB,60\n"));
    CHECK(named.names == std::vector<std::string>{"A", "B"});
    CHECK(named.weights == std::vector<std::int64_t>{40, 60});
    const auto plain = games::load_weights_file(write_file("plain.txt", "3\n4\n"));
    CHECK(plain.names == std::vector<std::string>{"P1", "P2"});
    const auto mixed = write_file("mixed.txt", "A,1\n2\n");
    CHECK_THROWS_WITH(
        games::load_weights_file(mixed),
        mixed.string() + ":2: error: either every line has a name (name,weight) or none has");
}

TEST_CASE("game files carry a source, published values and a restricted list of indices",
          "[games]") {
    const std::filesystem::path examples =
        std::filesystem::path(JVGOV_SOURCE_DIR) / "data" / "examples";
    const games::GameFile eec = games::load_game_file(examples / "eec1958.game.toml");
    REQUIRE(eec.source.has_value());
    CHECK(eec.source->citation.rfind("Treaty establishing the European Economic Community", 0) ==
          0);
    CHECK(eec.source->url.empty());
    REQUIRE(eec.published.size() == 6);
    const games::PublishedValue& first = eec.published.front();
    CHECK(std::get<games::PowerIndex>(first.claim) == games::PowerIndex::banzhaf);
    CHECK(first.players == std::vector<int>{0, 1, 2});
    CHECK(first.value == jvgov::exact::Rational(5, 21));
    CHECK(first.source == "maxlit/powerindex README (EEC 1958 example)");
    CHECK(first.value_text == "5/21");
    CHECK(eec.published[1].value == jvgov::exact::Rational(1, 7));
    CHECK(eec.published[1].value_text == "3/21");  // as the source writes it
    CHECK(eec.published[2].value == 0);            // Luxembourg, written as the integer 0
    CHECK(eec.published[2].value_text == "0");
    const games::PublishedValue& last = eec.published.back();
    CHECK(std::get<games::StructuralClaim>(last.claim) == games::StructuralClaim::dummy);
    CHECK(last.players == std::vector<int>{5});
    CHECK(last.value_text.empty());
    CHECK(eec.indices.empty());

    const games::GameFile imf = games::load_game_file(examples / "imf2022-special.game.toml");
    CHECK(imf.weights_file == "imf2022-votes.txt");
    REQUIRE(imf.game.players.size() == 190);
    CHECK(imf.game.players.front() == "Afghanistan, Islamic Republic of");
    const games::WeightedGame* weighted = games::as_single_weighted(imf.game);
    REQUIRE(weighted != nullptr);
    CHECK(games::total_weight(*weighted) == 5039930);  // /work/shared/data/README.md
    CHECK(weighted->quota == 4283941);                 // ceil(0.85 x 5,039,930)
    const auto us = std::find(imf.game.players.begin(), imf.game.players.end(), "United States");
    REQUIRE(us != imf.game.players.end());
    CHECK(weighted->weights[static_cast<std::size_t>(us - imf.game.players.begin())] == 831401);
    CHECK(imf.indices ==
          std::vector<games::PowerIndex>{games::PowerIndex::banzhaf, games::PowerIndex::penrose});
    CHECK(games::as_single_weighted(
              games::load_game_file(examples / "imf2022-majority.game.toml").game)
              ->quota == 2519966);  // more than 2,519,965
}

TEST_CASE("power index names of game files", "[games]") {
    for (const games::PowerIndex index : games::all_power_indices()) {
        CHECK(games::parse_power_index(games::power_index_name(index)) == index);
    }
    CHECK(games::power_index_name(games::PowerIndex::shapley_shubik) == "shapley-shubik");
    CHECK(!games::parse_power_index("shapley_shubik"));
}

TEST_CASE("errors in the source, published values, indices and weights file are located",
          "[games]") {
    const auto check = [](const std::string& name, const std::string& text,
                          const std::string& message) {
        const auto path = write_file(name, text);
        CHECK_THROWS_WITH(games::load_game_file(path), path.string() + message);
    };
    const std::string game = "[game]\nplayers = [\"A\", \"B\"]\nweights = [2, 1]\nquota = 2\n";
    check("published-index.toml",
          game +
              "[[published]]\nindex = \"shapley\"\nplayers = [\"A\"]\nvalue = 1\nsource = "
              "\"x\"\n",
          ":6:9: error: unknown index 'shapley' (banzhaf, penrose, shapley-shubik, deegan-packel, "
          "public-good, johnston, or veto, dummy, dictator)");
    check("published-no-value.toml",
          game + "[[published]]\nindex = \"banzhaf\"\nplayers = [\"A\"]\nsource = \"x\"\n",
          ":5:1: error: a published 'banzhaf' value needs a 'value'");
    check("published-percent.toml",
          game +
              "[[published]]\nindex = \"banzhaf\"\nplayers = [\"A\"]\nvalue = \"50%\"\n"
              "source = \"x\"\n",
          ":8:9: error: 'value' must be an exact fraction such as \"421/2145\" or a whole number");
    check("published-above-one.toml",
          game +
              "[[published]]\nindex = \"penrose\"\nplayers = [\"A\"]\nvalue = \"3/2\"\n"
              "source = \"x\"\n",
          ":8:9: error: 'value' 3/2 is not between 0 and 1");
    check("published-veto-value.toml",
          game +
              "[[published]]\nindex = \"veto\"\nplayers = [\"A\"]\nvalue = 1\nsource = "
              "\"x\"\n",
          ":8:9: error: 'veto' is a claim about players and takes no 'value'");
    check("published-dictator.toml",
          game +
              "[[published]]\nindex = \"dictator\"\nplayers = [\"A\", \"B\"]\nsource = "
              "\"x\"\n",
          ":7:11: error: a dictator claim names exactly one player");
    check("published-player.toml",
          game + "[[published]]\nindex = \"dummy\"\nplayers = [\"C\"]\nsource = \"x\"\n",
          ":7:12: error: unknown player 'C'");
    check("published-no-players.toml",
          game + "[[published]]\nindex = \"dummy\"\nplayers = []\nsource = \"x\"\n",
          ":7:11: error: 'players' must name at least one player");
    check("published-no-source.toml",
          game + "[[published]]\nindex = \"dummy\"\nplayers = [\"B\"]\n",
          ":5:1: error: a [[published]] entry needs a 'source' (the citation)");
    check("published-key.toml",
          game +
              "[[published]]\nindex = \"dummy\"\nplayers = [\"B\"]\nsource = \"x\"\n"
              "page = 3\n",
          ":9:8: error: unknown key 'page'");
    check("source-citation.toml", game + "[source]\nurl = \"https://example.org\"\n",
          ":5:1: error: [source] needs a 'citation'");
    check("source-key.toml", game + "[source]\ncitation = \"x\"\nauthor = \"y\"\n",
          ":7:10: error: unknown key 'author'");
    check("indices-unknown.toml",
          "[game]\nplayers = [\"A\"]\nweights = [1]\nquota = 1\nindices = [\"banzhaf\", "
          "\"ss\"]\n",
          ":5:23: error: unknown index 'ss' (banzhaf, penrose, shapley-shubik, deegan-packel, "
          "public-good, johnston)");
    check("indices-twice.toml",
          "[game]\nplayers = [\"A\"]\nweights = [1]\nquota = 1\nindices = [\"penrose\", "
          "\"penrose\"]\n",
          ":5:23: error: index 'penrose' is listed twice");
    write_file("two.txt", "X\t3\nY\t1\n");
    check("weights-both.toml", "[game]\nweights_file = \"two.txt\"\nweights = [1, 2]\nquota = 1\n",
          ":3:11: error: give either 'weights' or 'weights_file', not both");
    check("weights-players.toml",
          "[game]\nweights_file = \"two.txt\"\nplayers = [\"A\", \"B\"]\nquota = 1\n",
          ":3:11: error: the players come from the weights file: remove 'players'");
    const auto dir = std::filesystem::temp_directory_path() / "jvgov_games_test";
    check("weights-missing.toml", "[game]\nweights_file = \"absent.txt\"\nquota = 1\n",
          ":2:16: error: cannot open the weights file '" + (dir / "absent.txt").string() + "'");
    const auto from_file = games::load_game_file(
        write_file("weights-ok.toml", "[game]\nweights_file = \"two.txt\"\nquota = 3\n"));
    CHECK(from_file.game.players == std::vector<std::string>{"X", "Y"});
    CHECK(games::describe(from_file.game) == "[3; 3, 1]");
    const auto bad_weights = write_file("bad-weights.txt", "X\t3\nY\tmany\n");
    CHECK_THROWS_WITH(
        games::load_game_file(write_file(
            "weights-bad.toml", "[game]\nweights_file = \"bad-weights.txt\"\nquota = 1\n")),
        bad_weights.string() + ":2: error: weight 'many' is not a number");
}

TEST_CASE("every mistake in indices, [source] and [[published]] is reported at once", "[games]") {
    const auto path = write_file(
        "many-mistakes.toml",
        "[game]\nplayers = [\"A\", \"B\"]\nweights = [2, 1]\nquota = 2\nindices = [\"ss\"]\n"
        "[source]\nurl = \"https://example.org\"\n"
        "[[published]]\nindex = \"dummy\"\nplayers = [\"C\"]\nsource = \"x\"\n"
        "[[published]]\nindex = \"banzhaf\"\nplayers = [\"A\"]\nvalue = \"3/2\"\nsource = "
        "\"x\"\n");
    const auto where = path.string();
    CHECK_THROWS_WITH(games::load_game_file(path),
                      where +
                          ":5:12: error: unknown index 'ss' (banzhaf, penrose, shapley-shubik, "
                          "deegan-packel, public-good, johnston)\n" +
                          where + ":6:1: error: [source] needs a 'citation'\n" + where +
                          ":10:12: error: unknown player 'C'\n" + where +
                          ":15:9: error: 'value' 3/2 is not between 0 and 1");
}

TEST_CASE("tab-separated weights files: name and weight, or code, weight and name", "[games]") {
    const auto pairs = games::load_weights_file(write_file("pairs.txt", "A, B\t2\nC\t3\n"));
    CHECK(pairs.names == std::vector<std::string>{"A, B", "C"});
    CHECK(pairs.weights == std::vector<std::int64_t>{2, 3});
    const auto triples = games::load_weights_file(write_file(
        "triples.txt", "AFG\t4697\tAfghanistan, Islamic Republic of\nALB\t2852\tAlbania\n"));
    CHECK(triples.names == std::vector<std::string>{"Afghanistan, Islamic Republic of", "Albania"});
    CHECK(triples.weights == std::vector<std::int64_t>{4697, 2852});
}
