#include "model/report/markdown.hpp"

#include <stdexcept>

#include <fmt/core.h>

#include "model/exact/errors.hpp"

namespace jvgov::report {

namespace {

std::string_view trim_spaces(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(' ');
    return text.substr(first, last - first + 1);
}

// Removes the spaces at the end of every line.
std::string strip_trailing_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t line_start = 0;
    while (line_start <= text.size()) {
        const auto newline = text.find('\n', line_start);
        const auto line_end = newline == std::string_view::npos ? text.size() : newline;
        auto line = text.substr(line_start, line_end - line_start);
        const auto last = line.find_last_not_of(' ');
        out += last == std::string_view::npos ? std::string_view{} : line.substr(0, last + 1);
        if (newline == std::string_view::npos)
            break;
        out += '\n';
        line_start = newline + 1;
    }
    return out;
}

}  // namespace

std::string escape_cell(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '|') {
            out += "\\|";
        } else if (c == '\n' || c == '\r') {
            if (out.empty() || out.back() != ' ')
                out += ' ';
        } else {
            out += c;
        }
    }
    return std::string{trim_spaces(out)};
}

std::string table(const std::vector<Column>& columns, const std::vector<Row>& rows) {
    std::string out = "|";
    for (const auto& column : columns) {
        out += ' ';
        out += escape_cell(column.header);
        out += " |";
    }
    out += "\n|";
    for (const auto& column : columns)
        out += column.align == Align::right ? " ---: |" : " :--- |";
    for (const auto& row : rows) {
        if (row.size() != columns.size()) {
            throw PreconditionError(fmt::format("markdown table row has {} cells, expected {}",
                                                row.size(), columns.size()));
        }
        out += "\n|";
        for (const auto& cell : row) {
            const auto escaped = escape_cell(cell);
            out += ' ';
            out += escaped.empty() ? std::string_view{"—"} : std::string_view{escaped};
            out += " |";
        }
    }
    return out;
}

std::string heading(int level, std::string_view text) {
    return std::string(static_cast<std::size_t>(level), '#') + " " + std::string{text};
}

std::string bullet_list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += '\n';
        out += "- " + item;
    }
    return out;
}

std::string anchor_link(std::string_view text, std::string_view anchor) {
    return fmt::format("[{}](#{})", text, anchor);
}

std::string anchor_target(std::string_view anchor) {
    return fmt::format("<a id=\"{}\"></a>", anchor);
}

std::string anchor_name(std::string_view prefix, std::string_view id) {
    std::string out{prefix};
    out += '-';
    for (const char c : id) {
        const bool digit = c >= '0' && c <= '9';
        const bool lower = c >= 'a' && c <= 'z';
        const bool upper = c >= 'A' && c <= 'Z';
        out += digit || lower ? c : upper ? static_cast<char>(c - 'A' + 'a') : '-';
    }
    return out;
}

std::string code(std::string_view text) {
    std::string out = "`";
    for (const char c : text)
        out += c == '`' ? '\'' : c;
    return out + "`";
}

std::string fenced(std::string_view language, std::string_view body) {
    if (!body.empty() && body.back() == '\n')
        body.remove_suffix(1);
    return fmt::format("```{}\n{}\n```", language, body);
}

std::string join_blocks(const std::vector<std::string>& blocks) {
    std::string out;
    for (std::string_view block : blocks) {
        while (!block.empty() && block.back() == '\n')
            block.remove_suffix(1);
        if (block.empty())
            continue;
        if (!out.empty())
            out += "\n\n";
        out += block;
    }
    out = strip_trailing_spaces(out);
    while (!out.empty() && out.back() == '\n')
        out.pop_back();
    return out + "\n";
}

}  // namespace jvgov::report
