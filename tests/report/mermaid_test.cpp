#include "model/report/mermaid.hpp"

#include <catch2/catch.hpp>

namespace jvgov::report {
namespace {

TEST_CASE("mermaid node ids come from model ids and avoid keywords", "[report]") {
    CHECK(mermaid_node_id("openai") == "P_openai");
    CHECK(mermaid_node_id("g42-ai") == "P_g42_ai");
    CHECK(mermaid_node_id("end") == "P_end");
    CHECK(mermaid_node_id("o") == "P_o");
}

TEST_CASE("flowchart labels escape quotes, hashes, backticks and angle brackets", "[report]") {
    CHECK(escape_flowchart_label("Say \"hi\" #1 `x` <b>") ==
          "Say #quot;hi#quot; #35;1 #96;x#96; #lt;b#gt;");
    CHECK(escape_flowchart_label("a\nb") == "a b");
    // A NUL (a TOML "\u0000" escape in a name) never reaches a file.
    CHECK(escape_flowchart_label(std::string("a\0b", 3)) == "a\uFFFDb");
    CHECK(escape_flowchart_label("40.00% econ. (1/3)") == "40.00% econ. (1/3)");
}

TEST_CASE("timeline text avoids the characters that end a mermaid 10 timeline event", "[report]") {
    CHECK(escape_timeline_text("Announced: a; b #2") == "Announced\uA789 a, b \uFF032");
    CHECK(escape_timeline_text("100%% sure 50%") == "100%\uFF05 sure 50%");
    CHECK(escape_timeline_text(" two\nlines ") == "two lines");
    CHECK(escape_timeline_text(std::string("a\0b", 3)) == "a\uFFFDb");
}

TEST_CASE("flowchart lists nodes, labelled edges and the emphasized node", "[report]") {
    const auto text = flowchart({{"jv", "The \"JV\"", true}, {"alpha", "Alpha", false}},
                                {{"alpha", "jv", "40.00% econ. / 50.00% votes"}});
    CHECK(text ==
          "flowchart TD\n"
          "    P_jv[\"The #quot;JV#quot;\"]\n"
          "    P_alpha[\"Alpha\"]\n"
          "    P_alpha -->|\"40.00% econ. / 50.00% votes\"| P_jv\n"
          "    style P_jv stroke-width:3px");
}

TEST_CASE("timeline groups events by period and section", "[report]") {
    const auto text =
        timeline("JV: timeline",
                 {{"Up to 2025-01-22", {{"2025-01-21", {"Announced: $500bn", "Chair named"}}}},
                  {"", {{"2026-02-01", {"Shelved"}}}}});
    CHECK(text ==
          "timeline\n"
          "    title JV\uA789 timeline\n"
          "    section Up to 2025-01-22\n"
          "        2025-01-21 : Announced\uA789 $500bn\n"
          "            : Chair named\n"
          "        2026-02-01 : Shelved");
}

}  // namespace
}  // namespace jvgov::report
