#include "model/report/document.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <stdexcept>

#include <fmt/core.h>

namespace jvgov::report::doc {

namespace {

bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Whether `text` starts with a character reference: "&name;", "&#123;" or "&#x1F;".
bool starts_reference(std::string_view text) {
    std::size_t i = 1;
    if (i < text.size() && text[i] == '#') {
        ++i;
        if (i < text.size() && (text[i] == 'x' || text[i] == 'X'))
            ++i;
    }
    const auto first = i;
    while (i < text.size() && is_ascii_alnum(text[i]))
        ++i;
    return i > first && i < text.size() && text[i] == ';';
}

// Appends a line break as one space, unless `out` already ends in one.
void line_break_as_space(std::string& out) {
    if (out.empty() || out.back() != ' ')
        out += ' ';
}

// escape_text(), appended to `out` (a line break adds no space after one `out` ends with).
void append_text(std::string& out, std::string_view model_text, Where where) {
    const bool line_start = where == Where::line_start;
    if (line_start) {
        const auto first = model_text.find_first_not_of(" \t");
        model_text.remove_prefix(first == std::string_view::npos ? model_text.size() : first);
        if (!model_text.empty() && (model_text[0] == '-' || model_text[0] == '+'))
            out += '\\';
    }
    const auto leading_digits = line_start ? model_text.find_first_not_of("0123456789") : 0;
    for (std::size_t i = 0; i < model_text.size(); ++i) {
        const char c = model_text[i];
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '[':
            case ']':
            case '~':
                out += '\\';
                out += c;
                break;
            case '|':
                out += where == Where::table_cell ? "\\|" : "|";
                break;
            case '#': {
                // A heading's first or closing '#'s: at the start, or a run that ends the text.
                const auto after_run = model_text.find_first_not_of('#', i);
                const bool closing =
                    model_text.find_first_not_of(' ', after_run) == std::string_view::npos;
                if ((i == 0 && line_start) || (closing && (i == 0 || model_text[i - 1] != '#')))
                    out += '\\';
                out += c;
                break;
            }
            case '_': {
                const bool inside_word = i > 0 && i + 1 < model_text.size() &&
                                         is_ascii_alnum(model_text[i - 1]) &&
                                         is_ascii_alnum(model_text[i + 1]);
                out += inside_word ? "_" : "\\_";
                break;
            }
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += i == 0 && line_start ? "&gt;" : ">";
                break;
            case '&':
                out += starts_reference(model_text.substr(i)) ? "&amp;" : "&";
                break;
            case '.':
            case ')':
                if (i > 0 && i == leading_digits && is_digit(model_text[0]) &&
                    (i + 1 == model_text.size() || model_text[i + 1] == ' ')) {
                    out += '\\';
                }
                out += c;
                break;
            case '\n':
            case '\r':
                line_break_as_space(out);
                break;
            case '\0':
                out += "\uFFFD";
                break;
            default:
                out += c;
        }
    }
}

// Appends markup (or code) on one line for a table cell: '|' as "\|", line breaks as spaces.
void append_in_cell(std::string& out, std::string_view markup) {
    for (const char c : markup) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            line_break_as_space(out);
        else
            out += c;
    }
}

// A link, image or autolink target: the characters that would end or break it are
// percent-encoded (parentheses only in a link or image target).
std::string link_target(std::string_view target, bool autolink = false) {
    std::string out;
    for (const char c : target) {
        if (autolink && (c == '(' || c == ')')) {
            out += c;
            continue;
        }
        switch (c) {
            case ' ':
                out += "%20";
                break;
            case '(':
                out += "%28";
                break;
            case ')':
                out += "%29";
                break;
            case '<':
                out += "%3C";
                break;
            case '>':
                out += "%3E";
                break;
            case '|':
                out += "%7C";
                break;
            case '\n':
                out += "%0A";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\0':
                break;
            default:
                out += c;
        }
    }
    return out;
}

// The first web address in `text` ("http://" or "https://" not preceded by a letter or digit, up
// to a space, '<', '>', '"' or '`'; trailing punctuation and an unmatched ')' are not part of
// it): its start and length, or npos.
std::pair<std::size_t, std::size_t> find_url(std::string_view text) {
    for (std::size_t from = 0; from < text.size();) {
        auto start = text.find("http", from);
        if (start == std::string_view::npos)
            break;
        from = start + 4;
        const auto rest = text.substr(start);
        const auto scheme = rest.starts_with("https://") ? 8U : rest.starts_with("http://") ? 7U : 0U;
        if (scheme == 0 || (start > 0 && is_ascii_alnum(text[start - 1])))
            continue;
        auto end = rest.find_first_of(" \t\r\n<>\"`");
        auto url = rest.substr(0, end == std::string_view::npos ? rest.size() : end);
        while (url.size() > scheme) {
            const char last = url.back();
            const auto opened = std::count(url.begin(), url.end(), '(');
            const auto closed = std::count(url.begin(), url.end(), ')');
            if (std::string_view{".,;:!?'*_"}.find(last) != std::string_view::npos ||
                (last == ')' && closed > opened)) {
                url.remove_suffix(1);
            } else {
                break;
            }
        }
        if (url.size() > scheme)
            return {start, url.size()};
    }
    return {std::string_view::npos, 0};
}

struct InlineWriter {
    bool in_table = false;
    std::string out;

    Where where() const {
        if (in_table)
            return Where::table_cell;
        return out.empty() || out.back() == '\n' ? Where::line_start : Where::inline_text;
    }

    void raw(std::string_view markup) {
        if (in_table)
            append_in_cell(out, markup);
        else
            out += markup;
    }

    void close_link(std::string_view target) {
        out += "](";
        out += link_target(target);
        out += ')';
    }

    void write(const Inlines& content) {
        for (const auto& piece : content)
            write(piece);
    }

    // Model text, escaped, with each web address in it written as an autolink.
    void write_text(std::string_view text) {
        Where at = where();
        while (!text.empty()) {
            const auto [start, length] = find_url(text);
            if (start == std::string_view::npos) {
                append_text(out, text, at);
                return;
            }
            append_text(out, text.substr(0, start), at);
            out += '<';
            out += link_target(text.substr(start, length), true);
            out += '>';
            text.remove_prefix(start + length);
            if (at == Where::line_start)
                at = Where::inline_text;
        }
    }

    void write(const Inline& piece) {
        switch (piece.kind) {
            case Inline::Kind::text:
                write_text(piece.value);
                break;
            case Inline::Kind::markup:
                raw(piece.value);
                break;
            case Inline::Kind::code:
                raw(report::code(piece.value));
                break;
            case Inline::Kind::strong:
                out += "**";
                write(piece.children);
                out += "**";
                break;
            case Inline::Kind::emphasis:
                out += "*";
                write(piece.children);
                out += "*";
                break;
            case Inline::Kind::link:
                out += "[";
                write(piece.children);
                close_link(piece.target);
                break;
            case Inline::Kind::image:
                out += "![";
                append_text(out, piece.value, in_table ? Where::table_cell : Where::inline_text);
                close_link(piece.target);
                break;
            case Inline::Kind::autolink:
                out += '<';
                out += link_target(piece.target, true);
                out += '>';
                break;
        }
    }
};

std::string_view trim_spaces(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(' ');
    return text.substr(first, last - first + 1);
}

std::string cell(const Inlines& content) {
    InlineWriter writer{.in_table = true, .out = {}};
    writer.write(content);
    const auto trimmed = trim_spaces(writer.out);
    return trimmed.empty() ? std::string{"—"} : std::string{trimmed};
}

// Appends " cell |".
void append_cell(std::string& out, const Inlines& content) {
    out += ' ';
    out += cell(content);
    out += " |";
}

std::string table_markdown(const Table& table) {
    std::string out = "|";
    for (const auto& column : table.columns)
        append_cell(out, column.header);
    out += "\n|";
    const bool compact = table.delimiters == Table::Delimiters::compact;
    for (const auto& column : table.columns) {
        if (compact)
            out += column.align == Align::right ? "---:|" : "---|";
        else
            out += column.align == Align::right ? " ---: |" : " :--- |";
    }
    for (const auto& row : table.rows) {
        if (row.size() != table.columns.size()) {
            throw std::invalid_argument(fmt::format(
                "markdown table row has {} cells, expected {} (the table's header: {})",
                row.size(), table.columns.size(), out.substr(0, out.find('\n'))));
        }
        out += "\n|";
        for (const auto& content : row)
            append_cell(out, content);
    }
    return out;
}

template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
// (C++20 deduces this without the guide; clang 14, the fuzz build's compiler, does not.)
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

}  // namespace

// ---- Inline content ----------------------------------------------------------------------------

Inline text(std::string_view model_text) {
    return {Inline::Kind::text, std::string{model_text}, {}, {}};
}

Inline markup(std::string_view report_markup) {
    return {Inline::Kind::markup, std::string{report_markup}, {}, {}};
}

Inline code(std::string_view text) {
    return {Inline::Kind::code, std::string{text}, {}, {}};
}

Inline strong(Inlines content) {
    return {Inline::Kind::strong, {}, {}, std::move(content)};
}

Inline emphasis(Inlines content) {
    return {Inline::Kind::emphasis, {}, {}, std::move(content)};
}

Inline link(Inlines content, std::string_view target) {
    return {Inline::Kind::link, {}, std::string{target}, std::move(content)};
}

Inline image(std::string_view alt, std::string_view target) {
    return {Inline::Kind::image, std::string{alt}, std::string{target}, {}};
}

Inline anchor_link(Inlines content, std::string_view id) {
    std::string target = "#";
    target += id;
    return link(std::move(content), target);
}

Inline autolink(std::string_view url) {
    return {Inline::Kind::autolink, {}, std::string{url}, {}};
}

Inlines format(std::string_view pattern, const Inlines& args) {
    Inlines out;
    std::size_t next = 0;
    while (true) {
        const auto hole = pattern.find("{}");
        if (!pattern.substr(0, hole).empty())
            out.push_back(markup(pattern.substr(0, hole)));
        if (hole == std::string_view::npos)
            break;
        if (next == args.size())
            throw std::invalid_argument("doc::format: more \"{}\" than arguments");
        out.push_back(args[next++]);
        pattern.remove_prefix(hole + 2);
    }
    if (next != args.size())
        throw std::invalid_argument("doc::format: more arguments than \"{}\"");
    return out;
}

Inlines join(const std::vector<Inlines>& parts, std::string_view separator) {
    Inlines out;
    for (const auto& part : parts) {
        if (part.empty())
            continue;
        if (!out.empty())
            out.push_back(markup(separator));
        append(out, part);
    }
    return out;
}

Inlines join_parts_and(const std::vector<Inlines>& parts) {
    Inlines out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out.push_back(markup(i + 1 == parts.size() ? " and " : ", "));
        append(out, parts[i]);
    }
    return out;
}

Inlines join_and(const std::vector<std::string>& model_texts) {
    std::vector<Inlines> parts;
    for (const auto& model_text : model_texts)
        parts.push_back({text(model_text)});
    return join_parts_and(parts);
}

Inlines join_texts(const std::vector<std::string>& model_texts, std::string_view separator) {
    Inlines out;
    for (const auto& model_text : model_texts) {
        if (!out.empty())
            out.push_back(markup(separator));
        out.push_back(text(model_text));
    }
    return out;
}

Inlines& append(Inlines& to, const Inlines& more) {
    to.insert(to.end(), more.begin(), more.end());
    return to;
}

// ---- Blocks ------------------------------------------------------------------------------------

Block heading(int level, Inlines title) {
    return Heading{level, std::move(title)};
}

Block paragraph(Inlines content) {
    return Paragraph{std::move(content)};
}

Block bullet_list(std::vector<Inlines> items) {
    return BulletList{std::move(items)};
}

Block quote(Inlines content) {
    return Quote{std::move(content)};
}

Block fenced(std::string_view language, std::string_view body) {
    return Fenced{std::string{language}, std::string{body}};
}

Blocks& append(Blocks& to, Blocks more) {
    for (auto& block : more)
        to.push_back(std::move(block));
    return to;
}

// ---- The markdown writer -----------------------------------------------------------------------

std::string escape_text(std::string_view model_text, Where where) {
    std::string out;
    append_text(out, model_text, where);
    return out;
}

std::string to_markdown(const Inlines& content) {
    InlineWriter writer;
    writer.write(content);
    return writer.out;
}

std::string to_markdown(const Block& block) {
    return std::visit(overloaded{
                          [](const Heading& heading) {
                              return std::string(static_cast<std::size_t>(heading.level), '#')
                                  .append(" ")
                                  .append(to_markdown(heading.title));
                          },
                          [](const Paragraph& paragraph) { return to_markdown(paragraph.content); },
                          [](const BulletList& list) {
                              std::string out;
                              for (const auto& item : list.items) {
                                  if (!out.empty())
                                      out += '\n';
                                  out += "- ";
                                  out += to_markdown(item);
                              }
                              return out;
                          },
                          [](const Quote& quote) {
                              const auto content = to_markdown(quote.content);
                              return content.empty() ? content : std::string{"> "}.append(content);
                          },
                          [](const Table& table) { return table_markdown(table); },
                          [](const Fenced& fenced_block) {
                              return report::fenced(fenced_block.language, fenced_block.body);
                          },
                      },
                      block);
}

namespace {

// The text a reader sees of the content (no markup of the model's own).
void plain_text(const Inlines& content, std::string& out) {
    for (const auto& piece : content) {
        switch (piece.kind) {
            case Inline::Kind::text:
            case Inline::Kind::markup:
            case Inline::Kind::code:
                out += piece.value;
                break;
            case Inline::Kind::strong:
            case Inline::Kind::emphasis:
            case Inline::Kind::link:
                plain_text(piece.children, out);
                break;
            case Inline::Kind::image:
                break;
            case Inline::Kind::autolink:
                out += piece.target;
                break;
        }
    }
}

// Whether the UTF-8 code point starting at text[i] (a non-ASCII lead byte) is punctuation or a
// symbol heading_id() removes; `length` receives its length in bytes.
bool removed_non_ascii(std::string_view text, std::size_t i, std::size_t& length) {
    const auto byte = [&](std::size_t k) {
        return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0U;
    };
    const unsigned lead = byte(0);
    char32_t point = 0;
    if (lead >= 0xF0) {
        length = 4;
        point = ((lead & 0x07U) << 18) | ((byte(1) & 0x3FU) << 12) | ((byte(2) & 0x3FU) << 6) |
                (byte(3) & 0x3FU);
    } else if (lead >= 0xE0) {
        length = 3;
        point = ((lead & 0x0FU) << 12) | ((byte(1) & 0x3FU) << 6) | (byte(2) & 0x3FU);
    } else if (lead >= 0xC0) {
        length = 2;
        point = ((lead & 0x1FU) << 6) | (byte(1) & 0x3FU);
    } else {
        length = 1;  // a stray continuation byte: kept
        return false;
    }
    length = std::min(length, text.size() - i);
    return (point >= 0x80 && point <= 0xBF) || point == 0xD7 || point == 0xF7 ||
           (point >= 0x2000 && point <= 0x2BFF);
}

}  // namespace

std::string heading_id(const Inlines& title) {
    std::string text;
    plain_text(title, text);
    std::string id;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            std::size_t length = 1;
            const bool removed = removed_non_ascii(text, i, length);
            if (!removed)
                id.append(text, i, length);
            i += length;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            id += static_cast<char>(c - 'A' + 'a');
        else if (is_ascii_alnum(c) || c == '_' || c == '-')
            id += c;
        else if (c == ' ')
            id += '-';
        ++i;
    }
    return id;
}

namespace {

// The in-page link targets ("#id" without the '#') of the content, added to `targets`.
void in_page_targets(const Inlines& content, std::vector<std::string>& targets) {
    for (const auto& piece : content) {
        if (piece.kind == Inline::Kind::link && piece.target.starts_with('#'))
            targets.push_back(piece.target.substr(1));
        in_page_targets(piece.children, targets);
    }
}

// Throws std::logic_error unless every in-page link of the document targets a heading.
void check_in_page_links(const Blocks& document) {
    std::set<std::string> ids;
    std::map<std::string, int> seen;
    std::vector<std::string> targets;
    for (const auto& block : document) {
        std::visit(overloaded{
                       [&](const Heading& heading) {
                           const auto id = heading_id(heading.title);
                           const int count = seen[id]++;
                           ids.insert(count == 0 ? id : fmt::format("{}-{}", id, count));
                           in_page_targets(heading.title, targets);
                       },
                       [&](const Paragraph& paragraph) {
                           in_page_targets(paragraph.content, targets);
                       },
                       [&](const BulletList& list) {
                           for (const auto& item : list.items)
                               in_page_targets(item, targets);
                       },
                       [&](const Quote& quote) { in_page_targets(quote.content, targets); },
                       [&](const Table& table) {
                           for (const auto& column : table.columns)
                               in_page_targets(column.header, targets);
                           for (const auto& row : table.rows)
                               for (const auto& cell : row)
                                   in_page_targets(cell, targets);
                       },
                       [](const Fenced&) {},
                   },
                   block);
    }
    std::set<std::string> missing;
    for (const auto& target : targets) {
        if (!ids.contains(target))
            missing.insert("#" + target);
    }
    if (!missing.empty()) {
        std::string names;
        for (const auto& target : missing)
            names += (names.empty() ? "" : ", ") + target;
        throw std::logic_error("in-page links to no heading of the document: " + names);
    }
}

}  // namespace

std::string to_markdown(const Blocks& document) {
    check_in_page_links(document);
    std::vector<std::string> blocks;
    blocks.reserve(document.size());
    for (const auto& block : document)
        blocks.push_back(to_markdown(block));
    return join_blocks(blocks);
}

}  // namespace jvgov::report::doc
