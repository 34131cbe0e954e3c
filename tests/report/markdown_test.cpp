#include "model/report/markdown.hpp"

#include <stdexcept>

#include <catch2/catch.hpp>

#include "model/exact/errors.hpp"

namespace jvgov::report {
namespace {

TEST_CASE("escape_cell escapes pipes and folds line breaks", "[report]") {
    CHECK(escape_cell("Beta | Corp") == "Beta \\| Corp");
    CHECK(escape_cell("  two\nlines\r\nhere ") == "two lines here");
    CHECK(escape_cell("a|b|c") == "a\\|b\\|c");
    CHECK(escape_cell("*kept* `markdown`") == "*kept* `markdown`");
    CHECK(escape_cell("   ").empty());
}

TEST_CASE("table right-aligns numbers, escapes cells and fills empty ones", "[report]") {
    const auto text = table({{"Holder"}, {"Economic", Align::right}, {"Note"}},
                            {{"Alpha | A", "40.00%", ""}, {"Beta", "60.00%", "two\nlines"}});
    CHECK(text ==
          "| Holder | Economic | Note |\n"
          "| :--- | ---: | :--- |\n"
          "| Alpha \\| A | 40.00% | — |\n"
          "| Beta | 60.00% | two lines |");
}

TEST_CASE("table rejects a row with the wrong number of cells", "[report]") {
    CHECK_THROWS_AS(table({{"A"}, {"B"}}, {{"only one"}}), jvgov::PreconditionError);
}

TEST_CASE("headings, lists, links, anchors and code", "[report]") {
    CHECK(heading(2, "Ownership") == "## Ownership");
    CHECK(bullet_list({"one", "two"}) == "- one\n- two");
    CHECK(anchor_name("source", "GA-3") == "source-ga-3");
    CHECK(anchor_name("source", "reuters_2025.01") == "source-reuters-2025-01");
    CHECK(anchor_link("S1", "source-s1") == "[S1](#source-s1)");
    CHECK(anchor_target("source-s1") == "<a id=\"source-s1\"></a>");
    CHECK(code("msft-openai") == "`msft-openai`");
    CHECK(code("a`b") == "`a'b`");
    CHECK(fenced("mermaid", "flowchart TD\n") == "```mermaid\nflowchart TD\n```");
}

TEST_CASE("join_blocks: one blank line between blocks, no trailing spaces, one final newline",
          "[report]") {
    CHECK(join_blocks({"# Title", "", "para  \nline ", "- a\n\n\n"}) ==
          "# Title\n\npara\nline\n\n- a\n");
    CHECK(join_blocks({}) == "\n");
}

}  // namespace
}  // namespace jvgov::report
