#include "model/report/citation.hpp"

#include <algorithm>
#include <string>

namespace jvgov::report {

namespace {

doc::Inline section_link(std::string_view id, std::string_view heading,
                         std::string_view governance_page) {
    if (governance_page.empty())
        return doc::anchor_link({doc::text(id)}, heading);
    return doc::link({doc::text(id)}, std::string(governance_page) + "#" + std::string(heading));
}

}  // namespace

doc::Inline source_citation(const governance::Model& model, std::string_view source_id,
                            std::string_view governance_page) {
    const auto found = std::find_if(model.sources.begin(), model.sources.end(),
                                    [&](const governance::Source& source) {
                                        return source.id == source_id;
                                    });
    if (found != model.sources.end() && !found->url.empty())
        return doc::link({doc::text(source_id)}, found->url);
    return section_link(source_id, sources_heading_id, governance_page);
}

doc::Inline assumption_citation(std::string_view assumption_id,
                                std::string_view governance_page) {
    return section_link(assumption_id, assumptions_heading_id, governance_page);
}

}  // namespace jvgov::report
