// The glossary section every governance, control and voting-power report ends with: the terms of
// voting power and control the report uses, each defined in plain words, so that a reader who
// meets "dummy" or "joint control" finds what it means in the same document.
#pragma once

#include "model/report/document.hpp"

namespace jvgov::report {

// "## Glossary", one sentence, then "- **Term**: definition." for each term the report uses, in a
// fixed order (from stakes to power indices to control). A term is used when one of its words
// occurs in the report's markdown, case and emphasis ('*') aside: "veto" for *veto player*,
// "dummy"/"dummies" for *dummy*, "banzhaf" for the *Banzhaf index*, "joint control", and so on.
// Empty when the report uses none of them.
doc::Blocks glossary(const doc::Blocks& report);

}  // namespace jvgov::report
