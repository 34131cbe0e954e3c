#include "model/report/glossary.hpp"

#include <catch2/catch.hpp>

namespace jvgov::report {
namespace {

using namespace doc;

TEST_CASE("the glossary defines the terms the report uses, in a fixed order", "[report]") {
    const Blocks report = {heading(2, {markup("Who can block")}),
                           paragraph({text("OpenAI"), markup(" is a *veto* player; Oracle a "),
                                      strong({markup("Dummy")}), markup(" (Banzhaf index 0).")})};
    CHECK(to_markdown(glossary(report)) ==
          "## Glossary\n\nThe terms of this report, in plain words.\n\n"
          "- **Veto player**: a voter without whom no decision passes: it belongs to every "
          "winning coalition, so it can block alone.\n"
          "- **Dummy**: a voter whose vote never changes the outcome: every winning coalition "
          "that contains it still wins without it. Its voting power is 0, whatever its share of "
          "the votes.\n"
          "- **Banzhaf index**: how often a voter is decisive (its leaving turns a winning "
          "coalition into a losing one), counted over all coalitions; the normalised index "
          "divides these counts by their total, so that the voters' indices add up to 1.\n");
}

TEST_CASE("a report without any of the terms gets no glossary", "[report]") {
    CHECK(glossary({paragraph({markup("Nothing to define here.")})}).empty());
}

}  // namespace
}  // namespace jvgov::report
