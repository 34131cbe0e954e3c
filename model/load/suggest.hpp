// "Did you mean ...?" suggestions for misspelt keys, ids and enumeration values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jvgov::load {

// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
// two adjacent characters each cost 1 ("opneai" is 1 away from "openai").
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is near enough to be a plausible misspelling
// (distance at most max(1, word.size() / 3), and smaller than the word itself); ties go to
// the earliest candidate. Empty when there is none.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'X'?)" for the closest match, or "" when there is none.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace jvgov::load
