#include "model/report/mermaid.hpp"

#include <fmt/core.h>

namespace jvgov::report {

namespace {

bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string_view trim_spaces(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(' ');
    return text.substr(first, last - first + 1);
}

}  // namespace

std::string mermaid_node_id(std::string_view model_id) {
    std::string out = "P_";
    for (const char c : model_id)
        out += is_ascii_alnum(c) ? c : '_';
    return out;
}

std::string escape_flowchart_label(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "#quot;";
                break;
            case '#':
                out += "#35;";
                break;
            case '`':
                out += "#96;";
                break;
            case '<':
                out += "#lt;";
                break;
            case '>':
                out += "#gt;";
                break;
            case '\n':
            case '\r':
                out += ' ';
                break;
            case '\0':
                out += "\uFFFD";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string escape_timeline_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case ':':
                out += "\uA789";
                break;
            case ';':
                out += ',';
                break;
            case '#':
                out += "\uFF03";
                break;
            case '%':
                out += !out.empty() && out.back() == '%' ? "\uFF05" : "%";
                break;
            case '\n':
            case '\r':
                out += ' ';
                break;
            case '\0':
                out += "\uFFFD";
                break;
            default:
                out += c;
        }
    }
    return std::string{trim_spaces(out)};
}

std::string flowchart(const std::vector<FlowNode>& nodes, const std::vector<FlowEdge>& edges) {
    std::string out = "flowchart TD";
    for (const auto& node : nodes) {
        out += fmt::format("\n    {}[\"{}\"]", mermaid_node_id(node.id),
                           escape_flowchart_label(node.label));
    }
    for (const auto& edge : edges) {
        out += fmt::format("\n    {} -->|\"{}\"| {}", mermaid_node_id(edge.from),
                           escape_flowchart_label(edge.label), mermaid_node_id(edge.to));
    }
    for (const auto& node : nodes) {
        if (node.emphasized)
            out += fmt::format("\n    style {} stroke-width:3px", mermaid_node_id(node.id));
    }
    return out;
}

std::string timeline(std::string_view title, const std::vector<TimelineSection>& sections) {
    std::string out = "timeline";
    if (!title.empty())
        out += "\n    title " + escape_timeline_text(title);
    for (const auto& section : sections) {
        if (!section.name.empty())
            out += "\n    section " + escape_timeline_text(section.name);
        for (const auto& period : section.periods) {
            out += "\n        " + escape_timeline_text(period.label);
            bool first = true;
            for (const auto& event : period.events) {
                out += first ? " : " : "\n            : ";
                out += escape_timeline_text(event);
                first = false;
            }
        }
    }
    return out;
}

}  // namespace jvgov::report
