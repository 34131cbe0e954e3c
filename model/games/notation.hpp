// Text forms of a weighted game's numbers: the quota and weight notations shared by the CLI
// (`jvgov power --quota/--weights`), game files and weights files (model/load/game_file.hpp).
#pragma once

#include <cstdint>
#include <string_view>

namespace jvgov::games {

// A quota written as a whole number of votes ("39"), as "at least" a share of the total
// ("50%", "2/3", "0.5"), or as "more than" a share ("more than 50%", "majority" = more than
// half). Throws InputError naming the text when it is none of these, when it is
// not a whole number of votes, or when a share is outside (0, 1]. The result is not checked
// against the total (games::validate does that).
std::int64_t parse_quota(std::string_view text, std::int64_t total_weight);

// A weight: a non-negative whole number ("7", "1_000", "3e6"). Throws InputError naming the text
// when it is malformed, negative, fractional or larger than 2^62.
std::int64_t parse_weight(std::string_view text);

// The text without its leading and trailing spaces, tabs and carriage returns (the blanks of a
// notation or of a line of a weights file).
std::string_view trim_blanks(std::string_view text);

}  // namespace jvgov::games
