// Markdown building blocks for the reports: GitHub-flavoured pipe tables, headings, links and
// anchors. Everything returns text; nothing here touches files.
//
// Conventions every helper keeps (so reports are diffable and byte-identical on re-runs):
// lines end in '\n', no line ends in a space, and a block (heading, paragraph, table, list,
// fenced code) is returned without surrounding blank lines; join_blocks() puts exactly one
// blank line between blocks and one trailing newline at the end of the document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jvgov::report {

enum class Align { left, right };

struct Column {
    std::string header;
    Align align = Align::left;  // numbers are right-aligned, text left-aligned
};

using Row = std::vector<std::string>;

// The text made safe for one table cell: '|' becomes "\|", line breaks (CR, LF) become single
// spaces, and leading/trailing spaces are dropped. Other markdown in the text is kept.
std::string escape_cell(std::string_view text);

// A GFM pipe table: header row, alignment row (":---" or "---:") and one line per row, each
// cell passed through escape_cell() and an empty cell shown as "—" so no cell is blank.
// Columns are not padded. REQUIRES: every row has exactly columns.size() cells; throws
// PreconditionError otherwise. Ends without a trailing newline.
std::string table(const std::vector<Column>& columns, const std::vector<Row>& rows);

// "## text" for level 2, etc. REQUIRES: 1 <= level <= 6.
std::string heading(int level, std::string_view text);

// A bullet list, one "- item" line per item.
std::string bullet_list(const std::vector<std::string>& items);

// "[text](#anchor)": a link to an anchor in the same document.
std::string anchor_link(std::string_view text, std::string_view anchor);

// An HTML anchor target "<a id=\"anchor\"></a>" that anchor_link() can point to. GitHub and
// pandoc both keep it (GitHub prefixes the id with "user-content-" and resolves links to it).
std::string anchor_target(std::string_view anchor);

// A stable anchor name: `prefix` + "-" + `id` lower-cased, with every character other than
// ASCII letters and digits replaced by '-' ("source", "GA-3" -> "source-ga-3").
std::string anchor_name(std::string_view prefix, std::string_view id);

// "`text`" as inline code (backticks inside are replaced by an apostrophe).
std::string code(std::string_view text);

// A fenced block: "```lang", the body (without its trailing newline, if any), "```".
std::string fenced(std::string_view language, std::string_view body);

// The blocks joined by one blank line, empty blocks skipped, trailing spaces removed from every
// line, and exactly one trailing newline.
std::string join_blocks(const std::vector<std::string>& blocks);

}  // namespace jvgov::report
