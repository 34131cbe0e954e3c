// Mermaid diagram text for the markdown reports: an ownership flowchart and a timeline of
// dated events. Only syntax that mermaid 10.x and later parse is emitted (GitHub and GitLab
// bundle mermaid 10): quoted node and edge labels, no init directives, `timeline` (mermaid
// 9.4+). The functions return the diagram body; wrap it with markdown fenced("mermaid", ...).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jvgov::report {

// A node id safe in every mermaid version, derived from a model id: "P_" followed by the id
// with every character other than an ASCII letter or digit replaced by '_' ("mgx" -> "P_mgx",
// "g42-ai" -> "P_g42_ai"). One-to-one on the model's slug ids (lower-case letters, digits, '-').
// The prefix avoids mermaid keywords ("end") and ids that start an arrow ("o", "x").
std::string mermaid_node_id(std::string_view model_id);

// A label for a quoted flowchart node or edge label: '"' becomes "#quot;", '#' "#35;", '`'
// "#96;", '<' "#lt;", '>' "#gt;", line breaks become spaces and a NUL U+FFFD. The caller adds
// the quotes.
std::string escape_flowchart_label(std::string_view text);

// Text for a timeline title, period or event. Mermaid 10's timeline grammar ends an event at
// '#', ':' or ';' and starts a comment at "%%", with no escape mechanism, so: ':' becomes the
// look-alike U+A789 MODIFIER LETTER COLON "꞉", ';' becomes ',', '#' becomes U+FF03 "＃",
// "%%" becomes "%％" (U+FF05), line breaks become spaces and a NUL U+FFFD. Leading/trailing
// spaces dropped.
std::string escape_timeline_text(std::string_view text);

struct FlowNode {
    std::string id;           // a model id; the diagram uses mermaid_node_id(id)
    std::string label;        // shown text (escaped here)
    bool emphasized = false;  // drawn with a thick border (the entity under analysis)
};

struct FlowEdge {
    std::string from;  // model ids of FlowNodes
    std::string to;
    std::string label;  // shown on the arrow (escaped here)
};

// "flowchart TD" with one `ID["label"]` line per node, then one `FROM -->|"label"| TO` line per
// edge, then a `style ID stroke-width:3px` line per emphasized node, all indented by four
// spaces, in the given order. No trailing newline.
std::string flowchart(const std::vector<FlowNode>& nodes, const std::vector<FlowEdge>& edges);

struct TimelinePeriod {
    std::string label;                // e.g. "2025-01-21"
    std::vector<std::string> events;  // at least one
};

struct TimelineSection {
    std::string name;  // empty: the periods are listed without a section line
    std::vector<TimelinePeriod> periods;
};

// "timeline", an optional "title ..." line, then per section "section NAME" and per period
// "LABEL : first event" followed by ": next event" lines; every text escaped with
// escape_timeline_text(). Indented by four spaces. No trailing newline.
std::string timeline(std::string_view title, const std::vector<TimelineSection>& sections);

}  // namespace jvgov::report
