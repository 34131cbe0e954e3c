// A small document model for the reports and its markdown writer. A document is a list of
// blocks (headings, paragraphs, bullet lists, quotes, tables, fenced blocks); blocks hold inline
// content that keeps apart two kinds of text:
// - *model text* (party names, notes, titles, ids: anything read from a model or game file),
//   which the writer always escapes, so that it is printed literally and never read as markup
//   or raw HTML; a web address in it ("https://...", up to a space, '<', '>', '"' or '`',
//   without trailing punctuation or an unmatched ')') is written as an autolink "<https://...>",
//   so that it is a link in every renderer;
// - the *report's own markup*: its sentences and the emphasis, code, links and images it adds,
//   written as given.
// In-page links target headings only (their identifiers, see heading_id()): GitHub, pandoc's
// HTML and pandoc's DOCX (bookmarks) all keep heading identifiers, while raw HTML anchors
// (<a id>) are lost in DOCX. The writer checks that every in-page link of a document resolves.
// The writer keeps the conventions of markdown.hpp: lines end in '\n', no line ends in a space,
// one blank line between blocks, empty blocks skipped, one trailing newline.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/report/markdown.hpp"

namespace jvgov::report::doc {

struct Inline;
using Inlines = std::vector<Inline>;

struct Inline {
    enum class Kind {
        text,           // model text: escaped by the writer
        markup,         // the report's own words or markdown: written as is
        code,           // `value` (backticks inside become apostrophes)
        strong,         // **children**
        emphasis,       // *children*
        link,           // [children](target)
        image,          // ![value](target), value (the alt text) escaped like model text
        autolink,       // <target>, a URL shown as itself
    };
    Kind kind = Kind::markup;
    std::string value;
    std::string target;
    Inlines children;
};

// ---- Inline content ----------------------------------------------------------------------------

Inline text(std::string_view model_text);
Inline markup(std::string_view report_markup);
Inline code(std::string_view text);
Inline strong(Inlines content);
Inline emphasis(Inlines content);
Inline link(Inlines content, std::string_view target);
Inline image(std::string_view alt, std::string_view target);
// A link to a heading of the same document: [content](#id), where `id` is heading_id() of that
// heading's title ("#sources" for the heading "Sources").
Inline anchor_link(Inlines content, std::string_view id);
Inline autolink(std::string_view url);

// `pattern` with each "{}" replaced by the next of `args`; the rest of the pattern is markup.
// REQUIRES: as many "{}" as args (throws std::invalid_argument otherwise).
// format("Stake of {} in {}", {text(holder), text(issuer)}).
Inlines format(std::string_view pattern, const Inlines& args);

// The parts one after the other, `separator` (markup) between them; empty parts are skipped.
Inlines join(const std::vector<Inlines>& parts, std::string_view separator);

// Parts joined like report::join_and: "A", "A and B", "A, B and C".
Inlines join_parts_and(const std::vector<Inlines>& parts);
// Model texts as one text each, joined the same way.
Inlines join_and(const std::vector<std::string>& model_texts);

// Model texts joined by `separator` (markup): "A, B".
Inlines join_texts(const std::vector<std::string>& model_texts, std::string_view separator);

// Appends `more` to `to` and returns `to`.
Inlines& append(Inlines& to, const Inlines& more);

// ---- Blocks ------------------------------------------------------------------------------------

struct Heading {
    int level = 2;  // 1..6
    Inlines title;
};

struct Paragraph {
    Inlines content;
};

struct BulletList {
    std::vector<Inlines> items;  // one "- item" line each
};

// A one-paragraph block quote: "> content".
struct Quote {
    Inlines content;
};

struct Column {
    Inlines header;
    Align align = Align::left;
};

// A GFM pipe table. Each cell is written on one line ('|' escaped, line breaks as spaces,
// surrounding spaces dropped); an empty cell is shown as "—".
// REQUIRES: every row has exactly columns.size() cells (the writer throws std::invalid_argument).
struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Inlines>> rows;
    // The delimiter row: "| :--- | ---: |" (spaced, the reports' style) or "|---|---:|"
    // (compact, the style `jvgov explain` has always printed).
    enum class Delimiters { spaced, compact };
    Delimiters delimiters = Delimiters::spaced;
};

// A fenced block, e.g. a mermaid diagram: the body is written as is (the diagram's own writer
// escapes its labels).
struct Fenced {
    std::string language;
    std::string body;
};

using Block = std::variant<Heading, Paragraph, BulletList, Quote, Table, Fenced>;
using Blocks = std::vector<Block>;

Block heading(int level, Inlines title);
Block paragraph(Inlines content);
Block bullet_list(std::vector<Inlines> items);
Block quote(Inlines content);
Block fenced(std::string_view language, std::string_view body);

// Appends `more` to `to` and returns `to`.
Blocks& append(Blocks& to, Blocks more);

// ---- The markdown writer -----------------------------------------------------------------------

// Where model text is written: inside a line, at the start of a line (of a paragraph, list item,
// quote or heading), or in a table cell.
enum class Where { inline_text, line_start, table_cell };

// Model text made literal in markdown: '\\', '`', '*', '[', ']', '~', an '_' that is not between
// two ASCII letters or digits (CommonMark never reads those as emphasis, so snake_case words
// and URLs stay as they are) and the first '#' of a run that ends the text (it could close a
// heading: "C\#") are backslash-escaped; '<' is written "&lt;" (so no '>' can close a tag), and
// '&' "&amp;" where it would start a character reference ("&amp;", "&#38;"). A line break (CR, LF)
// becomes one space (none after a space) and NUL becomes U+FFFD, so the text stays on its line.
// In a table cell '|' is written "\|" (elsewhere a one-line text cannot make a table). At the
// start of a line, leading spaces and tabs are dropped, a leading '>' is written "&gt;", and a
// leading '-', '+' or '#', or the '.' or ')' after leading digits when a space or the end
// follows, is escaped, so the text cannot start a quote, a list, a heading, a thematic break or
// a code block. Not escaped: '$' (GitHub
// math), ':' (emoji codes), a '#' inside the text ("#1").
std::string escape_text(std::string_view model_text, Where where = Where::inline_text);

// The inline content as markdown (outside a table).
std::string to_markdown(const Inlines& content);

// The identifier GitHub and pandoc (gfm_auto_identifiers, its gfm reader's default) give a
// heading with this title, before de-duplication: the title's text (model text unescaped, the
// text of code, emphasis and links) lower-cased, every space turned into '-', and every other
// character removed except ASCII letters and digits, '_' and '-'. Non-ASCII punctuation and
// symbols (U+0080..U+00BF, '×', '÷', U+2000..U+2BFF: '–', '’', '≥', ...) are removed; other
// non-ASCII characters are kept as they are (the renderers would also lower-case a non-ASCII
// capital: link only to headings without one). "Members' meeting (`members`)" ->
// "members-meeting-members". A document's second heading with the same identifier gets "-1"
// appended, the third "-2", and so on (both renderers do so).
std::string heading_id(const Inlines& title);

// One block as markdown, without a trailing newline.
std::string to_markdown(const Block& block);

// The document: its blocks joined as join_blocks() does (one blank line between blocks, empty
// blocks skipped, no trailing spaces, exactly one trailing newline).
// REQUIRES: every in-page link ("#id") targets the identifier of one of the document's headings
// (with de-duplication); throws std::logic_error naming the targets that do not otherwise.
std::string to_markdown(const Blocks& document);

}  // namespace jvgov::report::doc
