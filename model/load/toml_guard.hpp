// Checks on TOML text that run before toml++ parses it, for the defects of the toml++ version
// Debian 12 ships (3.3.0) that a hostile or unlucky file would otherwise reach:
//
// - Nesting depth. toml++ 3.3 recurses once per level of dotted keys, table-header keys, arrays
//   and inline tables, so about 30,000 levels (a 61 KB file) overflow the stack (fixed upstream
//   after 3.3: marzer/tomlplusplus PR #242). jvgov reads at most max_toml_nesting levels; a
//   deeper key or value is an error at the character that goes past the limit. The levels are
//   counted from the text: the open brackets and braces around a position plus the dots of the
//   key being written there.
// - Non-ASCII characters where toml++ looks for whitespace. Its test for non-ASCII whitespace
//   reaches an "unreachable" branch (undefined behaviour) for U+00A1..U+0499, U+2C4E..U+3047 and
//   U+FC06..U+FEFE (marzer/tomlplusplus issue #190). It runs on a character outside strings and
//   comments (where TOML allows no non-ASCII character at all) and on the first character of a
//   line that a line-ending backslash continues in a multi-line basic string ("""). The first is
//   an error for every non-ASCII character ("TOML allows it only in strings and comments"); the
//   second for the characters of those ranges, with the workaround.
//
// Columns count characters (UTF-8 code points), as toml++'s do. Malformed UTF-8 is left to toml++.
// At most 20 problems are reported (a binary file would give one per byte).
#pragma once

#include <string_view>
#include <vector>

#include "model/load/diagnostic.hpp"

namespace jvgov::load {

inline constexpr int max_toml_nesting = 128;

// The problems of `text` (errors only, in file order, at most one for the nesting), located in
// `path`. Empty when toml++ may parse it.
std::vector<Diagnostic> toml_guard(std::string_view text, std::string_view path);

}  // namespace jvgov::load
