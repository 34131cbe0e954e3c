// The TOML game format and weights files, with their diagnostics.
#include "model/load/game_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <variant>

#include <catch2/catch.hpp>

namespace games = jvgov::games;
namespace load = jvgov::load;
namespace power = jvgov::power;

namespace {

// Writes `text` to a fresh file under the build's temporary directory and returns its path.
std::filesystem::path write_file(const std::string& name, const std::string& text) {
    const auto dir = std::filesystem::temp_directory_path() / "jvgov_games_test";
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream(path) << text;
    return path;
}

// Every diagnostic, one formatted line each, joined by newlines.
std::string joined(const std::vector<load::Diagnostic>& diagnostics) {
    std::string text;
    for (const load::Diagnostic& diagnostic : diagnostics) {
        if (!text.empty()) {
            text += '\n';
        }
        text += load::format(diagnostic);
    }
    return text;
}

// The diagnostics of a game file that must not load.
std::string problems(const std::filesystem::path& path) {
    const load::GameFileResult result = load::load_game_file(path);
    CHECK(!result.game_file);
    return joined(result.diagnostics);
}

// A game file that must load without a diagnostic.
load::GameFile loaded(const std::filesystem::path& path) {
    load::GameFileResult result = load::load_game_file(path);
    INFO(path.string());
    REQUIRE(joined(result.diagnostics).empty());
    REQUIRE(result.game_file);
    return std::move(*result.game_file);
}

// The diagnostics of a weights file that must not load.
std::string weights_problems(const std::filesystem::path& path) {
    const load::WeightsFileResult result = load::load_weights_file(path);
    CHECK(!result.weights);
    return joined(result.diagnostics);
}

// A weights file that must load without a diagnostic.
load::NamedWeights weights(const std::filesystem::path& path) {
    load::WeightsFileResult result = load::load_weights_file(path);
    INFO(path.string());
    REQUIRE(joined(result.diagnostics).empty());
    REQUIRE(result.weights);
    return std::move(*result.weights);
}

}  // namespace

TEST_CASE("the example game files load", "[load]") {
    const std::filesystem::path examples =
        std::filesystem::path(JVGOV_SOURCE_DIR) / "data" / "examples";
    const load::GameFile unsc = loaded(examples / "unsc.game.toml");
    CHECK(unsc.title == "UN Security Council");
    CHECK(unsc.game.players.size() == 15);
    REQUIRE(games::as_single_weighted(unsc.game) != nullptr);
    CHECK(games::as_single_weighted(unsc.game)->quota == 39);
    const load::GameFile board = loaded(examples / "double-majority.game.toml");
    CHECK(games::describe(board.game) ==
          "([51; 30, 25, 20, 15, 10] AND [3; 1, 1, 1, 1, 1] AND [1; 1, 0, 0, 0, 0])");
    const load::GameFile epic = loaded(examples / "epic-owen.game.toml");
    CHECK(epic.blocs == std::vector<std::vector<int>>{{0}, {1}, {2, 3}});
}

TEST_CASE("game file errors are located at the offending value", "[load]") {
    const auto check = [](const std::string& name, const std::string& text,
                          const std::string& message) {
        const auto path = write_file(name, text);
        CHECK(problems(path) == path.string() + message);
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
    // Every mistake at once: the missing [game] (no position) before the unknown key.
    const auto no_game = write_file("no-game.toml", "title = 1\n");
    CHECK(problems(no_game) == no_game.string() + ": error: missing the [game] table\n" +
                                   no_game.string() + ":1:9: error: unknown key 'title'");
    const load::GameFileResult absent = load::load_game_file("/nonexistent/game.toml");
    CHECK(absent.unreadable);
    CHECK(joined(absent.diagnostics) == "/nonexistent/game.toml: error: cannot read file: No such file or directory");
}

TEST_CASE("weights files", "[load]") {
    const auto named = weights(write_file("named.txt", "# register\nA, 40\n\nB,60\n"));
    CHECK(named.names == std::vector<std::string>{"A", "B"});
    CHECK(named.weights == std::vector<std::int64_t>{40, 60});
    const auto plain = weights(write_file("plain.txt", "3\n4\n"));
    CHECK(plain.names == std::vector<std::string>{"P1", "P2"});
    const auto mixed = write_file("mixed.txt", "A,1\n2\n");
    CHECK(weights_problems(mixed) ==
          mixed.string() + ":2: error: either every line has a name (name,weight) or none has");
}

TEST_CASE("game files carry a source, published values and a restricted list of indices",
          "[load]") {
    const std::filesystem::path examples =
        std::filesystem::path(JVGOV_SOURCE_DIR) / "data" / "examples";
    const load::GameFile eec = loaded(examples / "eec1958.game.toml");
    REQUIRE(eec.source.has_value());
    CHECK(eec.source->citation.rfind("Treaty establishing the European Economic Community", 0) ==
          0);
    CHECK(eec.source->url.empty());
    REQUIRE(eec.published.size() == 6);
    const load::PublishedValue& first = eec.published.front();
    CHECK(std::get<power::Index>(first.claim) == power::Index::banzhaf);
    CHECK(first.players == std::vector<int>{0, 1, 2});
    CHECK(first.value == jvgov::exact::Rational(5, 21));
    CHECK(first.source == "maxlit/powerindex README (EEC 1958 example)");
    CHECK(first.value_text == "5/21");
    CHECK(eec.published[1].value == jvgov::exact::Rational(1, 7));
    CHECK(eec.published[1].value_text == "3/21");  // as the source writes it
    CHECK(eec.published[2].value == 0);            // Luxembourg, written as the integer 0
    CHECK(eec.published[2].value_text == "0");
    const load::PublishedValue& last = eec.published.back();
    CHECK(std::get<load::StructuralClaim>(last.claim) == load::StructuralClaim::dummy);
    CHECK(last.players == std::vector<int>{5});
    CHECK(last.value_text.empty());
    CHECK(eec.indices.empty());

    const load::GameFile imf = loaded(examples / "imf2022-special.game.toml");
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
    CHECK(imf.indices == std::vector<power::Index>{power::Index::banzhaf, power::Index::penrose});
    CHECK(games::as_single_weighted(loaded(examples / "imf2022-majority.game.toml").game)->quota ==
          2519966);  // more than 2,519,965
}

TEST_CASE("power index names of game files", "[load]") {
    for (const power::Index index : power::reported_indices()) {
        CHECK(power::parse_file_index(power::info(index).file_name) == index);
    }
    CHECK(power::info(power::Index::shapley_shubik).file_name == "shapley-shubik");
    CHECK(!power::parse_file_index("shapley_shubik"));
}

TEST_CASE("structural claims of [[published]] entries", "[load]") {
    for (const auto claim : {load::StructuralClaim::veto, load::StructuralClaim::dummy,
                             load::StructuralClaim::dictator}) {
        CHECK(load::parse_structural_claim(load::name(claim)) == claim);
    }
    CHECK(!load::parse_structural_claim("vetoes"));
}

TEST_CASE("errors in the source, published values, indices and weights file are located",
          "[load]") {
    const auto check = [](const std::string& name, const std::string& text,
                          const std::string& message) {
        const auto path = write_file(name, text);
        CHECK(problems(path) == path.string() + message);
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
    const auto from_file =
        loaded(write_file("weights-ok.toml", "[game]\nweights_file = \"two.txt\"\nquota = 3\n"));
    CHECK(from_file.game.players == std::vector<std::string>{"X", "Y"});
    CHECK(games::describe(from_file.game) == "[3; 3, 1]");
    const auto bad_weights = write_file("bad-weights.txt", "X\t3\nY\tmany\n");
    CHECK(problems(write_file("weights-bad.toml",
                              "[game]\nweights_file = \"bad-weights.txt\"\nquota = 1\n")) ==
          bad_weights.string() + ":2: error: weight 'many' is not a number");
}

TEST_CASE("every mistake in indices, [source] and [[published]] is reported at once", "[load]") {
    const auto path = write_file(
        "many-mistakes.toml",
        "[game]\nplayers = [\"A\", \"B\"]\nweights = [2, 1]\nquota = 2\nindices = [\"ss\"]\n"
        "[source]\nurl = \"https://example.org\"\n"
        "[[published]]\nindex = \"dummy\"\nplayers = [\"C\"]\nsource = \"x\"\n"
        "[[published]]\nindex = \"banzhaf\"\nplayers = [\"A\"]\nvalue = \"3/2\"\nsource = "
        "\"x\"\n");
    const auto where = path.string();
    CHECK(problems(path) ==
          where +
              ":5:12: error: unknown index 'ss' (banzhaf, penrose, shapley-shubik, "
              "deegan-packel, public-good, johnston)\n" +
              where + ":6:1: error: [source] needs a 'citation'\n" + where +
              ":10:12: error: unknown player 'C'\n" + where +
              ":15:9: error: 'value' 3/2 is not between 0 and 1");
}

TEST_CASE("tab-separated weights files: name and weight, or code, weight and name", "[load]") {
    const auto pairs = weights(write_file("pairs.txt", "A, B\t2\nC\t3\n"));
    CHECK(pairs.names == std::vector<std::string>{"A, B", "C"});
    CHECK(pairs.weights == std::vector<std::int64_t>{2, 3});
    const auto triples = weights(write_file(
        "triples.txt", "AFG\t4697\tAfghanistan, Islamic Republic of\nALB\t2852\tAlbania\n"));
    CHECK(triples.names == std::vector<std::string>{"Afghanistan, Islamic Republic of", "Albania"});
    CHECK(triples.weights == std::vector<std::int64_t>{4697, 2852});
}

TEST_CASE("weights files as spreadsheets write them: header, BOM, CRLF, RFC 4180 quotes",
          "[load]") {
    const auto spreadsheet = weights(write_file(
        "spreadsheet.csv",
        "\xEF\xBB\xBFname,weight\r\n\"Smith, John\",5\r\n\"say \"\"hi\"\"\", 2\r\nPlain,1\r\n"));
    CHECK(spreadsheet.names == std::vector<std::string>{"Smith, John", "say \"hi\"", "Plain"});
    CHECK(spreadsheet.weights == std::vector<std::int64_t>{5, 2, 1});
    // A one-column file with a header.
    const auto column = weights(write_file("column.csv", "votes\n7\n3\n"));
    CHECK(column.names == std::vector<std::string>{"P1", "P2"});
    CHECK(column.weights == std::vector<std::int64_t>{7, 3});
    // Only the first line can be a header, and only when its weight has no digit.
    const auto typo = write_file("typo.csv", "1O\n3\n");
    CHECK(weights_problems(typo) == typo.string() + ":1: error: weight '1O' is not a number");
    const auto late = write_file("late.csv", "A,1\nname,weight\n");
    CHECK(weights_problems(late) == late.string() + ":2: error: weight 'weight' is not a number");
    const auto open_quote = write_file("open.csv", "\"Smith, John,5\n");
    CHECK(weights_problems(open_quote) ==
          open_quote.string() + ":1: error: a quoted field is not closed on its line");
    const auto three = write_file("three.csv", "Smith, John,5\n");
    CHECK(weights_problems(three) ==
          three.string() +
              ":1: error: 3 fields; a line is \"weight\", \"name,weight\" (quote a name that "
              "holds a comma) or \"code<TAB>weight<TAB>name\"");
    const auto unreadable = load::load_weights_file("/dev/zero");
    CHECK(unreadable.unreadable);
    CHECK(joined(unreadable.diagnostics) ==
          "/dev/zero: error: cannot read file: not a regular file (a character device)");
}

TEST_CASE("every mistake in [game] is reported at once, unknown keys with a suggestion", "[load]") {
    const auto path = write_file("game-mistakes.toml",
                                 "[game]\nplayers = [\"A\", \"B\", \"C\"]\nweights = [2, 1.5, 1]\n"
                                 "quota = \"half\"\nindexes = [\"banzhaf\"]\n");
    const auto where = path.string();
    CHECK(problems(path) ==
          where + ":3:15: error: a weight must be a whole number\n" + where +
              ":4:9: error: quota 'half' is not a number of votes, a share like 50% or 2/3, or "
              "'majority'\n" +
              where + ":5:11: error: unknown key 'indexes' (did you mean 'indices'?)");
}
