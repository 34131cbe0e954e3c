#include "model/report/markdown.hpp"


#include <catch2/catch.hpp>


namespace jvgov::report {
namespace {

TEST_CASE("code and fenced blocks", "[report]") {
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
