// Every table of a report also as CSV beside its markdown, for analysts' spreadsheets: one
// generic mechanism over the document model, so each report that builds its tables as
// doc::Table gets it. A table is written to <stem>-tables/<slug>.csv, the slug taken from the
// heading the table stands under ("members-meeting-of-stargate-llc-tier-2-reserved-matters.csv";
// "-2", "-3", ... for further tables under the same heading or the same slug), and the markdown
// links it in a line under the table.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/report/document.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::report {

// The inline content as plain text for a spreadsheet: model text as it was read (no markdown
// escaping; a NUL byte becomes U+FFFD), the report's words as written, emphasis and links by their text, images by their
// alt text, anchors dropped, autolinks by their URL.
std::string plain_text(const doc::Inlines& content);

// The table as CSV (RFC 4180): a header row then one row per table row, every cell plain_text,
// a field quoted (with its quotes doubled) when it holds a comma, a quote, CR or LF; lines end
// in CRLF. An empty cell stays empty (the markdown shows "—").
std::string to_csv(const doc::Table& table);

// A heading's text as a file name: ASCII letters and digits lowered, every other run of
// characters one '-', none at either end; "table" when nothing is left.
std::string slug(const std::string& text);

// Inserts under every table of `document` a paragraph linking its CSV ("Table as CSV:
// [<slug>.csv](<stem name>-tables/<slug>.csv)") and returns the CSV files,
// at stem.parent_path() / "<stem name>-tables" / "<slug>.csv", in document order. The slug is
// the nearest heading above the table (slug()); a slug already used gets "-2", "-3", ...
// Deterministic.
std::vector<OutputFile> link_tables_as_csv(doc::Blocks& document, const std::filesystem::path& stem);

}  // namespace jvgov::report
