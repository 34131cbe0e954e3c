// The voting-power report and its explanation files print model text literally: party, body and
// matter names holding markdown or HTML ('*', '_', '<script>', '|', backticks) appear escaped,
// never as markup or raw HTML, and a '|' in a name does not add a column to a table.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/analysis/voting_power.hpp"
#include "model/load/loader.hpp"
#include "model/report/explanation.hpp"
#include "model/report/voting_power_report.hpp"
#include "tests/report/table_shape.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;

// Four members of a JV whose names are markdown and HTML; a members' meeting deciding by a
// majority by default and by 75% on one matter (where the two small members are dummies, so
// their explanations are written).
constexpr const char* tricky_model = R"(
[model]
name = "JV *bold* <b>"
entity = "jv"
as_of = 2025-03-01
status = "_announced_"

[[sources]]
id = "s1"
title = "Source"
publisher = "Wire"
date = 2025-03-01
url = "https://example.com/jv"

[[parties]]
id = "jv"
name = "JV *bold* <b>"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "star"
name = "Star*Corp"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "under"
name = "_Under_ Ltd"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "script"
name = "<script>alert(1)</script>"
kind = "company"
source = "s1"
confidence = "confirmed"

[[parties]]
id = "pipe"
name = "Pipe | Co `tick`"
kind = "company"
source = "s1"
confidence = "confirmed"

[[stakes]]
holder = "star"
issuer = "jv"
economic = "40%"
voting = "40%"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "under"
issuer = "jv"
economic = "40%"
voting = "40%"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "script"
issuer = "jv"
economic = "10%"
voting = "10%"
source = "s1"
confidence = "reported"

[[stakes]]
holder = "pipe"
issuer = "jv"
economic = "10%"
voting = "10%"
source = "s1"
confidence = "reported"

[[bodies]]
id = "members"
name = "Members | meeting"
of = "jv"
kind = "members"
source = "s1"
confidence = "reported"

[[matters]]
id = "ordinary"
name = "Ordinary [business]"
body = "members"
rule = { more_than = "50%" }
default = true
source = "s1"
confidence = "reported"

[[matters]]
id = "reserved"
name = "Reserved ~matters~"
body = "members"
rule = { at_least = "75%" }
source = "s1"
confidence = "reported"
)";

const governance::Model& tricky() {
    static const governance::Model model = [] {
        auto loaded = load::load_model(tricky_model, "tricky.toml");
        REQUIRE(loaded.model);
        return *loaded.model;
    }();
    return model;
}

// No markup or HTML from the model's names.
void check_no_raw_names(const std::string& markdown) {
    CHECK(markdown.find("<script>") == std::string::npos);
    CHECK(markdown.find("</script>") == std::string::npos);
    CHECK(markdown.find("<b>") == std::string::npos);
    CHECK(markdown.find("Star*Corp") == std::string::npos);
    CHECK(markdown.find(" _Under_") == std::string::npos);
    CHECK(markdown.find("`tick`") == std::string::npos);
    CHECK(markdown.find("[business]") == std::string::npos);
    CHECK(markdown.find("~matters~") == std::string::npos);
}

}  // namespace

TEST_CASE("voting-power report: model text with markdown and HTML is printed literally",
          "[report]") {
    const governance::Date day = 2025y / March / 1d;
    const ReportContext context{"tricky.toml", "jvgov test", {}};
    const auto facts = analysis::analyse_voting_power(tricky(), day);
    const auto files = render_voting_power_files(facts, context, "out/voting-power");
    const auto& markdown = files.front().contents;
    INFO(markdown);

    check_no_raw_names(markdown);
    CHECK(markdown.rfind("# Voting power in JV \\*bold\\* &lt;b> as of 2025-03-01\n", 0) == 0);
    CHECK(markdown.find("- Status of JV \\*bold\\* &lt;b> on that date: \\_announced\\_\n") !=
          std::string::npos);
    // A game title and the body's heading.
    CHECK(markdown.find("\n## Members | meeting: Reserved \\~matters\\~\n") != std::string::npos);
    CHECK(markdown.find("\n### Members | meeting\n") != std::string::npos);
    // Names in the power table: '|' escaped in a cell.
    CHECK(markdown.find("\n| Star\\*Corp | 40.00% |") != std::string::npos);
    CHECK(markdown.find("\n| \\_Under\\_ Ltd | 40.00% |") != std::string::npos);
    CHECK(markdown.find("\n| &lt;script>alert(1)&lt;/script> | 10.00% |") != std::string::npos);
    CHECK(markdown.find("\n| Pipe \\| Co \\`tick\\` | 10.00% |") != std::string::npos);
    // The same names in the structure, the findings and the threshold section (outside tables a
    // '|' cannot make a table and stays as it is).
    CHECK(markdown.find("- Veto players: Star\\*Corp and \\_Under\\_ Ltd\n") != std::string::npos);
    CHECK(markdown.find("- Dummies: &lt;script>alert(1)&lt;/script> and Pipe | Co \\`tick\\`\n") !=
          std::string::npos);
    CHECK(markdown.find("- Star\\*Corp can block this matter alone (a veto player).") !=
          std::string::npos);
    CHECK(markdown.find("Weights: Star\\*Corp 4, \\_Under\\_ Ltd 4, "
                        "&lt;script>alert(1)&lt;/script> 1 and Pipe | Co \\`tick\\` 1 of 10 votes") !=
          std::string::npos);
    CHECK(markdown.find("- at least 75% (8 of 10 votes): Reserved \\~matters\\~\n") !=
          std::string::npos);
    // The summary table has one column per party and "Rests on": the header keeps its six cells.
    CHECK(markdown.find("| Body and matter | Star\\*Corp | \\_Under\\_ Ltd | "
                        "&lt;script>alert(1)&lt;/script> | Pipe \\| Co \\`tick\\` | Rests on |\n") !=
          std::string::npos);
    // Power table, summary table: every row as many cells as its header.
    CHECK(testing::check_tables(markdown) >= 3);

    // The explanation files beside the report: the same names, escaped, and their tables whole.
    int explanations = 0;
    for (const auto& file : files) {
        if (file.path.generic_string().find("voting-power-explained/") == std::string::npos)
            continue;
        ++explanations;
        INFO(file.path.generic_string() << "\n" << file.contents);
        check_no_raw_names(file.contents);
        CHECK(testing::check_tables(file.contents) >= 2);
        CHECK(file.contents.find("| Star\\*Corp | `star` | 40.00% | 40.00% | yes |\n") !=
              std::string::npos);
        CHECK(file.contents.find("| Pipe \\| Co \\`tick\\` | `pipe` | 10.00% | 10.00% | yes |\n") !=
              std::string::npos);
        CHECK(file.contents.find("- Body: Members | meeting (`members`)\n") != std::string::npos);
    }
    CHECK(explanations >= 2);

    // `jvgov explain` on a dummy whose name is HTML.
    const auto& explained = facts.explanations;
    const auto script = std::find_if(explained.begin(), explained.end(), [](const auto& e) {
        return e.compiled.players[static_cast<std::size_t>(e.player)].id == "script" &&
               e.matter.id == "reserved";
    });
    REQUIRE(script != explained.end());
    const auto text = render_explanation(facts.on_date, *script, "tricky_model.toml");
    CHECK(text.rfind("# Why &lt;script>alert(1)&lt;/script> has no power on Reserved "
                     "\\~matters\\~\n\nModel: tricky_model.toml, as of 2025-03-01.\n",
                     0) == 0);
    CHECK(text.find("## Why &lt;script>alert(1)&lt;/script> has no power here\n") !=
          std::string::npos);
    CHECK(text.find("- {Star\\*Corp, \\_Under\\_ Ltd}\n") != std::string::npos);
    check_no_raw_names(text);
}

}  // namespace jvgov::report
