#include "model/report/markdown.hpp"


#include <fmt/core.h>


namespace jvgov::report {

namespace {

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
