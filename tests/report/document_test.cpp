#include "model/report/document.hpp"

#include <stdexcept>
#include <string>

#include <catch2/catch.hpp>

#include "model/report/power_sections.hpp"
#include "model/report/report_context.hpp"

namespace jvgov::report::doc {
namespace {

TEST_CASE("escape_text makes each markdown character literal", "[report]") {
    CHECK(escape_text("plain words, 40% (1/3)") == "plain words, 40% (1/3)");
    CHECK(escape_text("a*b*") == "a\\*b\\*");
    CHECK(escape_text("_lead and trail_") == "\\_lead and trail\\_");
    CHECK(escape_text("snake_case and https://x.org/f_a_b") ==
          "snake_case and https://x.org/f_a_b");
    CHECK(escape_text("__init__") == "\\_\\_init\\_\\_");
    CHECK(escape_text("<b>bold</b>") == "&lt;b>bold&lt;/b>");
    CHECK(escape_text("more (>50%)") == "more (>50%)");
    CHECK(escape_text("a|b") == "a|b");
    CHECK(escape_text("a|b", Where::table_cell) == "a\\|b");
    CHECK(escape_text("[x](y)") == "\\[x\\](y)");
    CHECK(escape_text("![i](y)") == "!\\[i\\](y)");
    CHECK(escape_text("`code`") == "\\`code\\`");
    CHECK(escape_text("back\\slash") == "back\\\\slash");
    CHECK(escape_text("C# ~2025~") == "C# \\~2025\\~");
    CHECK(escape_text("Issue #1 of C#") == "Issue #1 of C\\#");
    CHECK(escape_text("heading ##  ") == "heading \\##  ");
    CHECK(escape_text("AT&T &amp; &#38; &#x26;") == "AT&T &amp;amp; &amp;#38; &amp;#x26;");
    CHECK(escape_text("$100 billion: done") == "$100 billion: done");
}

TEST_CASE("escape_text keeps model text on one line", "[report]") {
    CHECK(escape_text("two\nlines") == "two lines");
    CHECK(escape_text("crlf\r\nend") == "crlf end");
    CHECK(escape_text("space \nafter") == "space after");
    CHECK(escape_text(std::string{"nul\0here", 8}) == "nul\uFFFDhere");
}

TEST_CASE("escape_text at the start of a line cannot start a block", "[report]") {
    CHECK(escape_text("- item", Where::line_start) == "\\- item");
    CHECK(escape_text("+ item", Where::line_start) == "\\+ item");
    CHECK(escape_text("---", Where::line_start) == "\\---");
    CHECK(escape_text("# Title", Where::line_start) == "\\# Title");
    CHECK(escape_text(">50%", Where::line_start) == "&gt;50%");
    CHECK(escape_text("2025. A year", Where::line_start) == "2025\\. A year");
    CHECK(escape_text("1) first", Where::line_start) == "1\\) first");
    CHECK(escape_text("1.5 billion", Where::line_start) == "1.5 billion");
    CHECK(escape_text("    indented code", Where::line_start) == "indented code");
    CHECK(escape_text("- item") == "- item");
}

TEST_CASE("inline content: model text escaped, markup as is", "[report]") {
    CHECK(to_markdown(Inlines{markup("**How to read.** "), text("*Alpha*")}) ==
          "**How to read.** \\*Alpha\\*");
    CHECK(to_markdown(Inlines{code("a`b")}) == "`a'b`");
    CHECK(to_markdown(Inlines{strong({text("A_")})}) == "**A\\_**");
    CHECK(to_markdown(Inlines{emphasis({markup("voting")})}) == "*voting*");
    CHECK(to_markdown(Inlines{link({text("[S1]")}, "control.md")}) == "[\\[S1\\]](control.md)");
    CHECK(to_markdown(Inlines{link({markup("x")}, "a b(c).md")}) == "[x](a%20b%28c%29.md)");
    CHECK(to_markdown(Inlines{anchor_link({text("S1")}, "sources")}) == "[S1](#sources)");
    CHECK(to_markdown(Inlines{image("Chart of *A*", "chart.svg")}) ==
          "![Chart of \\*A\\*](chart.svg)");
    CHECK(to_markdown(Inlines{autolink("https://x.org/a_(b)?c=1&d=2")}) ==
          "<https://x.org/a_(b)?c=1&d=2>");
    CHECK(to_markdown(Inlines{autolink("https://x.org/a b>")}) == "<https://x.org/a%20b%3E>");
}

TEST_CASE("a web address in model text becomes a link", "[report]") {
    CHECK(to_markdown(Inlines{text("See https://x.org/a_(b). And (http://y.org/c*d), *e*")}) ==
          "See <https://x.org/a_(b)>. And (<http://y.org/c*d>), \\*e\\*");
    CHECK(to_markdown(Inlines{text("xhttps://x.org https:// <https://z.org>")}) ==
          "xhttps://x.org https:// &lt;<https://z.org>>");
    CHECK(to_markdown(paragraph({text("https://x.org/1 - 2")})) == "<https://x.org/1> - 2");
    CHECK(to_markdown(paragraph({text("- https://x.org")})) == "\\- <https://x.org>");
}

// The identifiers pandoc 2.17 gives these headings (`pandoc -f gfm -t html`), which are also
// GitHub's: punctuation removed (the apostrophe, '*', '(', ':', '%', the en and em dashes, '≥',
// '§'), spaces turned into '-', letters lower-cased, '_' and 'ñ' kept.
TEST_CASE("heading_id is the identifier GitHub and pandoc give a heading", "[report]") {
    CHECK(heading_id({text("Members' meeting of Stargate LLC ("), code("members"), markup(")")}) ==
          "members-meeting-of-stargate-llc-members");
    CHECK(heading_id({markup("Why "), emphasis({text("Oracle")}),
                      markup(" has no power: Tier-2 reserved matters — 75%")}) ==
          "why-oracle-has-no-power-tier-2-reserved-matters--75");
    CHECK(heading_id({text("Microsoft–OpenAI partnership ("), code("msft-openai"), markup(")")}) ==
          "microsoftopenai-partnership-msft-openai");
    CHECK(heading_id({text("Accionistas de Compañía_X ≥ 50 § 2")}) ==
          "accionistas-de-compañía_x--50--2");
}

TEST_CASE("a document's in-page links must target its headings", "[report]") {
    const Blocks good = {heading(2, {markup("Sources")}), heading(2, {markup("Sources")}),
                         paragraph({anchor_link({text("s1")}, "sources"),
                                    anchor_link({text("s2")}, "sources-1"),
                                    link({text("s3")}, "governance.md#anything")})};
    CHECK(to_markdown(good) ==
          "## Sources\n\n## Sources\n\n[s1](#sources)[s2](#sources-1)"
          "[s3](governance.md#anything)\n");
    const Blocks bad = {heading(2, {markup("Sources")}),
                        bullet_list({{anchor_link({text("GA-1")}, "assumptions")},
                                     {anchor_link({text("s1")}, "source-s1")}})};
    CHECK_THROWS_WITH(to_markdown(bad), "in-page links to no heading of the document: "
                                        "#assumptions, #source-s1");
}

TEST_CASE("format, join and join_and build inline content", "[report]") {
    CHECK(to_markdown(format("Stake of {} in {}", {text("A|B"), text("C")})) ==
          "Stake of A|B in C");
    CHECK_THROWS_AS(format("{} and {}", {text("one")}), std::invalid_argument);
    CHECK_THROWS_AS(format("none", {text("one")}), std::invalid_argument);
    CHECK(to_markdown(join({{text("a")}, {}, {markup("b")}}, "; ")) == "a; b");
    CHECK(to_markdown(join_and({})).empty());
    CHECK(to_markdown(join_and({"A"})) == "A");
    CHECK(to_markdown(join_and({"A", "B_"})) == "A and B\\_");
    CHECK(to_markdown(join_and({"A", "B", "C"})) == "A, B and C");
    CHECK(to_markdown(join_texts({"a*", "b"}, ", ")) == "a\\*, b");
}

TEST_CASE("every block kind", "[report]") {
    CHECK(to_markdown(heading(2, {markup("Ownership of "), text("Beta <Corp>")})) ==
          "## Ownership of Beta &lt;Corp>");
    CHECK(to_markdown(heading(3, {text("# not a heading")})) == "### \\# not a heading");
    CHECK(to_markdown(paragraph({text("- not a list")})) == "\\- not a list");
    CHECK(to_markdown(paragraph({markup("Notes:")})) == "Notes:");
    CHECK(to_markdown(bullet_list({{text("1. one")}, {markup("**two**")}})) ==
          "- 1\\. one\n- **two**");
    CHECK(to_markdown(quote({markup("**How to read.** Text.")})) == "> **How to read.** Text.");
    CHECK(to_markdown(quote({})).empty());
    CHECK(to_markdown(fenced("mermaid", "flowchart TD\n    A\n")) ==
          "```mermaid\nflowchart TD\n    A\n```");
}

TEST_CASE("a table cell with a pipe and a line break stays one cell on one line", "[report]") {
    const Table table{{{{markup("Holder")}}, {{markup("Economic")}, Align::right}, {{text("N|x")}}},
                      {{{text("Alpha | A")}, {markup("40.00%")}, {}},
                       {{text("two\nlines ")}, {markup(" 60.00% ")}, {code("a|b")}}}};
    CHECK(to_markdown(Block{table}) ==
          "| Holder | Economic | N\\|x |\n"
          "| :--- | ---: | :--- |\n"
          "| Alpha \\| A | 40.00% | — |\n"
          "| two lines | 60.00% | `a\\|b` |");
    CHECK(to_markdown(Block{Table{{{{text("- x")}}}, {{{text("- y")}}}}}) ==
          "| - x |\n| :--- |\n| - y |");
}

TEST_CASE("a compact table has the delimiter row `jvgov explain` prints", "[report]") {
    Table table{{{{markup("Index")}}, {{markup("Exact")}, Align::right}},
                {{{text("B*")}, {markup("1/3")}}}};
    table.delimiters = Table::Delimiters::compact;
    CHECK(to_markdown(Block{table}) == "| Index | Exact |\n|---|---:|\n| B\\* | 1/3 |");
}

TEST_CASE("a table row with the wrong number of cells is rejected", "[report]") {
    const Table table{{{{markup("A")}}, {{markup("B")}}}, {{{markup("only one")}}}};
    CHECK_THROWS_AS(to_markdown(Block{table}), std::invalid_argument);
}

TEST_CASE("a document joins its blocks like join_blocks", "[report]") {
    const Blocks document = {heading(1, {text("Title")}), paragraph({}),
                             paragraph({markup("Trailing spaces   ")}),
                             bullet_list({{markup("a")}, {}})};
    CHECK(to_markdown(document) == "# Title\n\nTrailing spaces\n\n- a\n-\n");
}

}  // namespace
}  // namespace jvgov::report::doc

namespace jvgov::report {
namespace {

TEST_CASE("title_and_metadata writes the metadata list of a report", "[report]") {
    const ReportContext context{"data/x.toml", "jvgov 0.1.0", {{"b.md", "the other report"}}};
    Metadata metadata;
    metadata.title = {doc::markup("Voting power in "), doc::text("X_")};
    metadata.facts = {{doc::markup("As of: 2025-01-22")}};
    metadata.before_see_also = {{doc::markup("Data: d.json")}};
    metadata.after_see_also = {{doc::markup("JSON: v.json")}};
    CHECK(doc::to_markdown(title_and_metadata(metadata, context)) ==
          "# Voting power in X\\_\n\n"
          "- Model file: `data/x.toml`\n"
          "- As of: 2025-01-22\n"
          "- Generated by: jvgov 0.1.0\n"
          "- Data: d.json\n"
          "- See also: [b.md](b.md), the other report\n"
          "- JSON: v.json\n");
    CHECK(see_also_items(context) ==
          std::vector<std::string>{"See also: [b.md](b.md), the other report"});
}

TEST_CASE("structure_blocks lists veto players, dummies, dictator and coalitions", "[report]") {
    GameStructure structure;
    structure.veto_players = {"A*", "B"};
    structure.minimal_winning = std::vector<std::vector<std::string>>{{"A*", "B"}, {"A*", "C"}};
    CHECK(doc::to_markdown(structure_blocks(structure)) ==
          "- Veto players: A\\* and B\n"
          "- Dummies: none\n"
          "- Dictator: none\n\n"
          "Minimal winning coalitions (2):\n\n"
          "- {A\\* and B}\n"
          "- {A\\* and C}\n");
    GameStructure counted;
    counted.dictator = "D";
    counted.minimal_winning_count = "1234";
    StructureWording wording;
    wording.dummies_label = "Dummies (never critical)";
    wording.too_many_to_list = "too many to list here";
    CHECK(doc::to_markdown(structure_blocks(counted, wording)) ==
          "- Veto players: none\n"
          "- Dummies (never critical): none\n"
          "- Dictator: D\n\n"
          "Minimal winning coalitions: 1234 (too many to list here).\n");
    wording.not_counted = "Not counted.";
    CHECK(doc::to_markdown(structure_blocks(GameStructure{}, wording)) ==
          "- Veto players: none\n- Dummies (never critical): none\n- Dictator: none\n\n"
          "Not counted.\n");
}

TEST_CASE("power_table right-aligns the values and escapes the players", "[report]") {
    const auto table = power_table("Player", {"Weight", "Banzhaf"},
                                   {{{doc::text("A|B")}, {"4", "1/2 (0.5000)"}},
                                    {{doc::text("C"), doc::markup(" (may not vote)")}, {"0", ""}}});
    CHECK(doc::to_markdown(table) ==
          "| Player | Weight | Banzhaf |\n"
          "| :--- | ---: | ---: |\n"
          "| A\\|B | 4 | 1/2 (0.5000) |\n"
          "| C (may not vote) | 0 | — |");
}

}  // namespace
}  // namespace jvgov::report
