// How reports cite a source or an assumption of the model, so that every citation is a link
// that works on GitHub, in pandoc's HTML and in pandoc's DOCX: a source's id links to the
// source's URL (the reader lands on the article itself); a source without a URL, and an
// assumption, link to the heading of the governance report's "Sources" or "Assumptions"
// section, where the full entry is listed by id (heading identifiers survive all three
// renderers; anchors inside table rows do not).
#pragma once

#include <string_view>

#include "model/governance/model.hpp"
#include "model/report/document.hpp"

namespace jvgov::report {

// The identifiers of the governance report's "Sources" and "Assumptions" headings.
inline constexpr std::string_view sources_heading_id = "sources";
inline constexpr std::string_view assumptions_heading_id = "assumptions";

// The source's id (model text) linked to its URL; when the model has no URL for it (or no such
// source), linked to the "Sources" heading of `governance_page` ("governance.md#sources"), or
// of the same document when `governance_page` is empty ("#sources").
doc::Inline source_citation(const governance::Model& model, std::string_view source_id,
                            std::string_view governance_page = "");

// Model text (a description, a note, an assumption's rationale) with each source id it names
// cited as source_citation does, so that a reader can open every source the text mentions: a
// word (a run of letters, digits, '-' and '_') that is a source's id and has a digit or a '-'
// in it (an id of one plain word, such as "press", could be an ordinary word and stays text).
doc::Inlines cited_text(const governance::Model& model, std::string_view model_text,
                        std::string_view governance_page = "");

// The assumption's id (model text) linked to the "Assumptions" heading of `governance_page`,
// or of the same document when `governance_page` is empty ("#assumptions").
doc::Inline assumption_citation(std::string_view assumption_id,
                                std::string_view governance_page = "");

}  // namespace jvgov::report
