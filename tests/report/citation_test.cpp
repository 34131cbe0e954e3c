// How reports cite sources named inside model text (report/citation.hpp): every source id the
// text names becomes a link a reader can open, the rest stays escaped model text.
#include "model/report/citation.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "model/report/document.hpp"

namespace jvgov::report {
namespace {

governance::Model with_sources() {
    governance::Model model;
    model.sources.push_back({"reuters-2025-01-21", "Stargate announced", "Reuters", {},
                             "https://example.com/reuters", "", "", {}});
    model.sources.push_back({"ft-2025", "Without an address", "FT", {}, "", "", "", {}});
    model.sources.push_back({"press", "A one-word id", "Duo News", {}, "https://example.com/press",
                             "", "", {}});
    return model;
}

std::string markdown(const doc::Inlines& inlines) {
    return doc::to_markdown(inlines);
}

TEST_CASE("cited_text links every source id the model text names, as whole words",
          "[report][citation]") {
    const auto model = with_sources();
    // An id in parentheses, after a comma and at the end; the text around it stays model text
    // (escaped: the '*' is not emphasis).
    CHECK(markdown(cited_text(model, "Reported 40% (reuters-2025-01-21, ft-2025); *not* "
                                     "confirmed by ft-2025")) ==
          "Reported 40% ([reuters-2025-01-21](https://example.com/reuters), "
          "[ft-2025](#sources)); \\*not\\* confirmed by [ft-2025](#sources)");
    // A source without an address links to the governance report's list of sources.
    CHECK(markdown(cited_text(model, "see ft-2025.", "governance.md")) ==
          "see [ft-2025](governance.md#sources).");
    // Part of a longer word is not the id; a one-word id stays a word.
    CHECK(markdown(cited_text(model, "ft-2025-02 and reuters-2025-01-21x, the press said")) ==
          "ft-2025-02 and reuters-2025-01-21x, the press said");
    CHECK(cited_text(model, "").empty());
    CHECK(markdown(cited_text(governance::Model{}, "reuters-2025-01-21")) ==
          "reuters-2025-01-21");
}

}  // namespace
}  // namespace jvgov::report
