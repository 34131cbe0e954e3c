// Quota and weight notations, the TOML game format and weights files, with their diagnostics.
#include "model/games/game_file.hpp"

#include <filesystem>
#include <fstream>

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
