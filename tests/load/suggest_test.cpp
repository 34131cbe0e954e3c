#include "model/load/suggest.hpp"

#include <catch2/catch.hpp>

using namespace jvgov::load;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps", "[load]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("openai", "openai") == 0);
    CHECK(edit_distance("opneai", "openai") == 1);  // one swap of adjacent letters
    CHECK(edit_distance("oracle", "oracl") == 1);
    CHECK(edit_distance("mgx", "mgxx") == 1);
    CHECK(edit_distance("arm", "amr") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);  // the textbook example
    CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("suggestions are offered only for plausible misspellings", "[load]") {
    const std::vector<std::string> parties = {"openai", "oracle", "softbank", "mgx", "microsoft"};
    CHECK(closest_match("opneai", parties) == "openai");
    CHECK(closest_match("softbnak", parties) == "softbank");
    CHECK(closest_match("microsfot", parties) == "microsoft");
    CHECK(closest_match("nvidia", parties).empty());
    CHECK(closest_match("x", parties).empty());
    // Ties go to the earliest candidate.
    CHECK(closest_match("ab", {"aa", "bb", "ac"}) == "aa");
    CHECK(did_you_mean("orcale", parties) == " (did you mean 'oracle'?)");
    CHECK(did_you_mean("arm", parties).empty());
}
