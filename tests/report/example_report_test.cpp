// The example games under data/examples/: every published value they record is reproduced by the
// power engine, and the example report of one small game equals its committed expected text.
#include "model/report/example_report.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <variant>

#include <catch2/catch.hpp>

#include "model/power/compute.hpp"
#include "tests/report/table_shape.hpp"

namespace {

namespace games = jvgov::games;
namespace load = jvgov::load;
namespace power = jvgov::power;
using jvgov::exact::Rational;

const std::filesystem::path source_dir{JVGOV_SOURCE_DIR};

std::vector<std::filesystem::path> example_game_files() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry :
         std::filesystem::directory_iterator(source_dir / "data" / "examples")) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 10 && name.substr(name.size() - 10) == ".game.toml")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The engine's value of `index` for one player, straight from the power table's fields.
std::optional<Rational> engine_value(const power::PlayerPower& player, power::Index index) {
    switch (index) {
        case power::Index::banzhaf:
            return player.banzhaf;
        case power::Index::penrose:
            return player.penrose;
        case power::Index::shapley_shubik:
            return player.shapley_shubik;
        case power::Index::deegan_packel:
            return player.deegan_packel;
        case power::Index::public_good:
            return player.public_good;
        case power::Index::johnston:
            return player.johnston;
        default:
            return std::nullopt;  // game files name only the six above
    }
}

// The game file at `path`, which must load without a diagnostic.
load::GameFile load_game_file(const std::filesystem::path& path) {
    load::GameFileResult loaded = load::load_game_file(path);
    INFO(path.string());
    REQUIRE(loaded.diagnostics.empty());
    return std::move(*loaded.game_file);
}

bool contains(const std::vector<int>& list, int player) {
    return std::find(list.begin(), list.end(), player) != list.end();
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("every published value of the example games is reproduced", "[report][examples]") {
    int checked_files = 0;
    int checked_values = 0;
    for (const auto& path : example_game_files()) {
        const load::GameFile file = load_game_file(path);
        if (file.published.empty())
            continue;
        ++checked_files;
        power::PowerOptions options;
        for (const load::PublishedValue& entry : file.published) {
            if (const auto* index = std::get_if<power::Index>(&entry.claim))
                options.indices.push_back(*index);
        }
        options.indices.push_back(power::Index::swings);  // veto players, dummies, dictator
        const power::PowerTable table = power::compute_power(file.game, options);
        REQUIRE(table.structure_known);
        for (const load::PublishedValue& entry : file.published) {
            for (const int player : entry.players) {
                INFO(path.filename().string()
                     << ": " << file.game.players[player] << " (" << entry.source << ")");
                ++checked_values;
                if (const auto* index = std::get_if<power::Index>(&entry.claim)) {
                    const auto value = engine_value(table.players[player], *index);
                    REQUIRE(value.has_value());
                    CHECK(*value == entry.value);
                    continue;
                }
                switch (std::get<load::StructuralClaim>(entry.claim)) {
                    case load::StructuralClaim::veto:
                        CHECK(contains(table.veto_players, player));
                        break;
                    case load::StructuralClaim::dummy:
                        CHECK(contains(table.dummies, player));
                        break;
                    case load::StructuralClaim::dictator:
                        CHECK(table.dictator == player);
                        break;
                }
            }
        }
    }
    // unsc, eec1958, nassau1958 and imf2022-special record published values: 15 + 15 + 5
    // (Shapley-Shubik, Banzhaf, vetoes) for the UNSC, 6 + 5 + 1 for the EEC, 3 + 3 for Nassau
    // and 1 for the IMF.
    CHECK(checked_files == 4);
    CHECK(checked_values == 35 + 12 + 6 + 1);
}

TEST_CASE("the example report of the EEC 1958 game equals its expected text",
          "[report][examples]") {
    const load::GameFile file =
        load_game_file(source_dir / "data" / "examples" / "eec1958.game.toml");
    const jvgov::report::ReportContext context{
        "data/examples/eec1958.game.toml", "jvgov 0.1.0", {}};
    const std::string actual = jvgov::report::render_example_report(jvgov::analysis::analyse_example(file), context,
                                             "eec1958");
    const std::filesystem::path expected_path =
        source_dir / "tests" / "report" / "expected" / "eec1958.md";
    // After an intended change, regenerate with `jvgov report data/examples/eec1958.game.toml
    // --out tests/report/expected` and review the diff.
    CHECK(actual == read_text(expected_path));
}

TEST_CASE("an example report names what differs from a published value", "[report][examples]") {
    load::GameFile file;
    file.title = "Three players";
    file.game = games::make_weighted({"A", "B", "C"}, {2, 1, 1}, 3);
    file.published.push_back({power::Index::banzhaf, {0}, Rational(1, 2), "1/2", "a test"});
    file.published.push_back({power::Index::banzhaf, {1, 2}, Rational(1, 5), "2/10", "a test"});
    file.published.push_back({load::StructuralClaim::dummy, {1}, 0, "", "a wrong claim"});
    file.published.push_back({load::StructuralClaim::veto, {0}, 0, "", "a test"});
    const std::string report =
        jvgov::report::render_example_report(jvgov::analysis::analyse_example(file),
                                             {"three.game.toml", "jvgov test", {}}, "three");
    // [3; 2, 1, 1]: A is in every winning coalition; swings A 3, B 1, C 1: Banzhaf 3/5, 1/5, 1/5.
    CHECK(report.find("| Banzhaf | A | 1/2 (0.5000) | a test | 3/5 (0.6000) | DIFFERS |") !=
          std::string::npos);
    CHECK(report.find("| Banzhaf | B and C | 2/10 (0.2000) | a test | 1/5 (0.2000) each | "
                      "reproduced |") != std::string::npos);
    CHECK(report.find("| Structure | B | dummy | a wrong claim | not dummy: B | DIFFERS |") !=
          std::string::npos);
    CHECK(report.find("| Structure | A | veto player | a test | veto player | reproduced |") !=
          std::string::npos);
    CHECK(report.find("- A can block alone (a veto player): every winning coalition contains "
                      "it.") != std::string::npos);
}

TEST_CASE("a veto player with a Banzhaf index below its weight share is explained",
          "[report][examples]") {
    // [9; 3, 1 x 7]: A (3 of 10 votes) is in every winning coalition. Swings by hand: A is critical
    // whenever at least 6 of the 7 others join, C(7,6) + C(7,7) = 8; each small player when A and
    // exactly 5 of the other 6 small ones join, C(6,5) = 6; 8 + 7 x 6 = 50, so A's index is
    // 8/50 = 4/25 (16%), below its 30% of the weight.
    load::GameFile file;
    file.title = "One veto";
    file.game =
        games::make_weighted({"A", "B", "C", "D", "E", "F", "G", "H"}, {3, 1, 1, 1, 1, 1, 1, 1}, 9);
    const std::string report =
        jvgov::report::render_example_report(jvgov::analysis::analyse_example(file),
                                             {"veto.game.toml", "jvgov test", {}}, "veto");
    CHECK(report.find("| A | 3 | 30.00% | 4/25 (0.1600) |") != std::string::npos);
    CHECK(report.find("- A can block alone (a veto player): every winning coalition contains it. "
                      "Blocking is not what the Banzhaf index counts:") != std::string::npos);
}

namespace {

}  // namespace

TEST_CASE("an example report escapes the game file's text, tables keep their columns",
          "[report][examples]") {
    load::GameFile file;
    file.title = "Game of *stars* <script>alert(1)</script>";
    file.game =
        games::make_weighted({"A*x", "B_y_", "<script>", "C|D", "E`F`"}, {4, 3, 2, 1, 1}, 7);
    file.source = load::GameSource{"Smith [1] `raw` <b>", "https://example.com/a_b", "Note | *n*"};
    file.published.push_back({power::Index::banzhaf, {3}, Rational(1, 9), "1/9", "Table | 2_"});
    file.published.push_back({load::StructuralClaim::dummy, {4}, 0, "", "_claim_"});
    const std::string report = jvgov::report::render_example_report(
        jvgov::analysis::analyse_example(file), {"hostile.game.toml", "jvgov test", {}}, "hostile");
    CHECK(report.find("<script>") == std::string::npos);
    CHECK(report.find("<b>") == std::string::npos);
    CHECK(report.find(
              "# Voting power in the Game of \\*stars\\* &lt;script>alert(1)&lt;/script>\n") == 0);
    CHECK(report.find("- Rules and weights: Smith \\[1\\] \\`raw\\` &lt;b>\n") !=
          std::string::npos);
    CHECK(report.find("- URL: <https://example.com/a_b>\n") != std::string::npos);
    CHECK(report.find("- Notes: Note | \\*n\\*\n") != std::string::npos);
    CHECK(report.find("| A\\*x | 4 |") != std::string::npos);
    CHECK(report.find("| B_y\\_ | 3 |") != std::string::npos);
    CHECK(report.find("| &lt;script> | 2 |") != std::string::npos);
    CHECK(report.find("| C\\|D | 1 |") != std::string::npos);
    CHECK(report.find("| E\\`F\\` | 1 |") != std::string::npos);
    CHECK(report.find("| Banzhaf | C\\|D | 1/9 (0.1111) | Table \\| 2\\_ |") != std::string::npos);
    CHECK(report.find(
              "| Structure | E\\`F\\` | dummy | \\_claim\\_ | not dummy: E\\`F\\` | DIFFERS |") !=
          std::string::npos);
    // Outside tables '|' stays as it is.
    CHECK(report.find("- {A\\*x, &lt;script> and C|D}\n") != std::string::npos);
    // The players (Banzhaf and Shapley–Shubik), the published values, and the appendix with
    // every index.
    CHECK(jvgov::report::testing::check_tables(report) == 3);
}
