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

doc::Inlines cited_text(const governance::Model& model, std::string_view model_text,
                        std::string_view governance_page) {
    const auto in_word = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    };
    const auto source_id = [&model](std::string_view word) {
        if (word.find_first_of("-0123456789") == std::string_view::npos)
            return false;
        return std::any_of(model.sources.begin(), model.sources.end(),
                           [&](const governance::Source& source) { return source.id == word; });
    };
    doc::Inlines result;
    std::size_t plain = 0;  // where the text not yet in `result` starts
    for (std::size_t at = 0; at < model_text.size();) {
        if (!in_word(model_text[at])) {
            ++at;
            continue;
        }
        std::size_t end = at;
        while (end < model_text.size() && in_word(model_text[end]))
            ++end;
        const std::string_view word = model_text.substr(at, end - at);
        if (source_id(word)) {
            if (plain < at)
                result.push_back(doc::text(model_text.substr(plain, at - plain)));
            result.push_back(source_citation(model, word, governance_page));
            plain = end;
        }
        at = end;
    }
    if (plain < model_text.size())
        result.push_back(doc::text(model_text.substr(plain)));
    return result;
}

doc::Inline assumption_citation(std::string_view assumption_id,
                                std::string_view governance_page) {
    return section_link(assumption_id, assumptions_heading_id, governance_page);
}

}  // namespace jvgov::report
