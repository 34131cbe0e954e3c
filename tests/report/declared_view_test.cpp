// One declared reading: the model declares that Stargate's directors vote individually, so
// SoftBank Group's power on an ordinary board decision is 5/14 (its two directors' Banzhaf
// indices summed; hand-checked: 6 directors, quota 4, a quorum of 4 including a SoftBank and an
// OpenAI director) in the voting-power report's table, summary and threshold section, in the
// control report and in the explanation files; the bloc view's 1/2 appears only labelled as an
// alternative reading.
#include <algorithm>
#include <chrono>
#include <string>

#include <catch2/catch.hpp>

#include "model/analysis/control.hpp"
#include "model/analysis/voting_power.hpp"
#include "model/load/loader.hpp"
#include "model/report/control_report.hpp"
#include "model/report/voting_power_report.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;

const governance::Model& stargate() {
    static const governance::Model model =
        *load::load_model_file(JVGOV_SOURCE_DIR "/data/stargate.toml").model;
    return model;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST_CASE("SoftBank's power on ordinary board decisions is 5/14 in every Stargate report",
          "[report]") {
    const governance::Date day = 2025y / January / 22d;
    const ReportContext context{"data/stargate.toml", "jvgov test", {}};
    const auto files = render_voting_power_files(analysis::analyse_voting_power(stargate(), day),
                                                 context, "out/voting-power");
    const auto& power = files.front().contents;
    // The summary table: the declared view's row, and the bloc view's labelled alternative.
    CHECK(has(power, "| Board of managers of Stargate LLC: Ordinary board decisions (individual "
                     "view) | 5/14 (0.3571) | 5/14 (0.3571) | 1/7 (0.1429) | 1/7 (0.1429) | GA-3, "
                     "GA-4, GA-5, GA-6 and MA-12 |\n"));
    CHECK(has(power, "| Board of managers of Stargate LLC: Ordinary board decisions (bloc view, an "
                     "alternative reading) | 1/2 (0.5000) |"));
    CHECK(has(power, "- SoftBank Group's 2 directors together have a Banzhaf index of 35.71% "
                     "(exactly 5/14)"));
    CHECK(has(power, "- An alternative reading, not the model's: the model declares the "
                     "individual view (its section above). The two differ because"));
    // The threshold section, whose chart leaves the quorum out, gives the matter's own figure.
    CHECK(has(power, "- more than 50% (4 of 6 seats): Ordinary board decisions; in its own game, "
                     "with all its conditions (its section above), the Banzhaf indices are: "
                     "SoftBank Group and OpenAI 5/14 (35.71%) each;"));

    // The explanation of the bloc view says it is the alternative and gives the declared 5/14.
    const auto softbank = std::find_if(files.begin(), files.end(), [](const OutputFile& file) {
        return file.path.filename() == "board-ordinary-bloc-softbank.md";
    });
    REQUIRE(softbank != files.end());
    CHECK(softbank->contents.rfind("# Why SoftBank Group can block Ordinary board decisions "
                                   "(bloc view, an alternative reading)\n",
                                   0) == 0);
    CHECK(has(softbank->contents,
              "**An alternative reading.** This explains the bloc view; the model declares the "
              "individual view, the one its results use: there SoftBank Group's 2 directors "
              "together have a Banzhaf index of 35.71% (exactly 5/14)"));

    // The control report: its indirect power of the board is the bloc view (power passes up a
    // chain only through a bloc), labelled as the alternative, with the declared 5/14 beside it.
    const auto control =
        render_control_report(analysis::control_facts(stargate(), day), context, "control.json");
    CHECK(has(control, "the bloc view, an alternative reading used here because power passes up "
                       "a chain only when directors vote as their appointer tells them; the "
                       "model declares the individual view, in which each party's directors "
                       "together have a Banzhaf index of SoftBank Group 5/14 (0.3571), OpenAI "
                       "5/14 (0.3571), Oracle Corporation 1/7 (0.1429) and MGX 1/7 (0.1429)"));
}

}  // namespace
}  // namespace jvgov::report
