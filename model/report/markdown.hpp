// Markdown primitives under the document model (report/document.hpp): table column alignment,
// inline code, fenced blocks and the joining of blocks. Everything returns text;
// nothing here touches files. Reports are built with the document model, whose writer escapes
// model text; these primitives take report markup and ids only.
//
// Conventions (so reports are diffable and byte-identical on re-runs): lines end in '\n', no
// line ends in a space, and a block is returned without surrounding blank lines; join_blocks()
// puts exactly one blank line between blocks and one trailing newline at the end.
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

// "`text`" as inline code (backticks inside are replaced by an apostrophe).
std::string code(std::string_view text);

// A fenced block: "```lang", the body (without its trailing newline, if any), "```".
std::string fenced(std::string_view language, std::string_view body);

// The blocks joined by one blank line, empty blocks skipped, trailing spaces removed from every
// line, and exactly one trailing newline.
std::string join_blocks(const std::vector<std::string>& blocks);

}  // namespace jvgov::report
