#include "model/load/toml_guard.hpp"

#include <fmt/core.h>

namespace jvgov::load {

namespace {

// The code points for which toml++ 3.3's is_non_ascii_horizontal_whitespace is undefined.
bool breaks_whitespace_test(char32_t c) {
    return (c >= 0xA1 && c <= 0x499) || (c >= 0x2C4E && c <= 0x3047 && c != 0x3000) ||
           (c >= 0xFC06 && c <= 0xFEFE);
}

// Decodes the UTF-8 character at text[i] (its length in `length`); a malformed one decodes as
// its first byte, length 1 (toml++ reports it).
char32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned char first = byte(0);
    length = 1;
    int extra = 0;
    char32_t c = first;
    if (first >= 0xC0 && first < 0xE0) {
        extra = 1;
        c = first & 0x1Fu;
    } else if (first >= 0xE0 && first < 0xF0) {
        extra = 2;
        c = first & 0x0Fu;
    } else if (first >= 0xF0 && first < 0xF8) {
        extra = 3;
        c = first & 0x07u;
    } else {
        return first;
    }
    if (i + static_cast<std::size_t>(extra) >= text.size())
        return first;
    for (int k = 1; k <= extra; ++k) {
        if ((byte(static_cast<std::size_t>(k)) & 0xC0u) != 0x80u)
            return first;
        c = (c << 6) | (byte(static_cast<std::size_t>(k)) & 0x3Fu);
    }
    length = static_cast<std::size_t>(extra) + 1;
    return c;
}

// A binary file would give a problem per byte: the scan stops after this many.
constexpr std::size_t max_problems = 20;

class Scanner {
  public:
    Scanner(std::string_view text, std::string_view path) : text_(text), path_(path) {}

    std::vector<Diagnostic> run() {
        while (i_ < text_.size() && problems_.size() < max_problems) {
            switch (state_) {
                case State::normal: normal(); break;
                case State::comment: comment(); break;
                case State::basic: string_body('"', false); break;
                case State::literal: string_body('\'', false); break;
                case State::multiline_basic: string_body('"', true); break;
                case State::multiline_literal: string_body('\'', true); break;
            }
        }
        return std::move(problems_);
    }

  private:
    enum class State { normal, comment, basic, literal, multiline_basic, multiline_literal };

    bool starts_with(std::string_view prefix) const { return text_.substr(i_).starts_with(prefix); }

    void error(std::string message) {
        problems_.push_back({std::string(path_), line_, column_, Diagnostic::Severity::error,
                             std::move(message)});
    }

    // Moves past one character (a UTF-8 sequence), keeping line and column.
    char32_t advance() {
        std::size_t length = 1;
        const char32_t c = decode(text_, i_, length);
        i_ += length;
        if (c == '\n') {
            ++line_;
            column_ = 1;
        } else {
            ++column_;
        }
        return c;
    }

    void skip(std::size_t characters) {
        for (std::size_t k = 0; k < characters; ++k)
            advance();
    }

    // An open bracket or brace: one level, plus the dots of the key it is the value of.
    void open() {
        const int levels = key_dots_ + 1;
        opened_.push_back(levels);
        depth_ += levels;
        key_dots_ = 0;
        check_depth();
    }

    void close() {
        if (!opened_.empty()) {
            depth_ -= opened_.back();
            opened_.pop_back();
        }
    }

    void check_depth() {
        if (!too_deep_ && depth_ + key_dots_ + 1 > max_toml_nesting) {
            too_deep_ = true;
            error(fmt::format("keys, tables or values are nested more than {} levels deep here; "
                              "jvgov reads at most {} levels",
                              max_toml_nesting, max_toml_nesting));
        }
    }

    void normal() {
        const unsigned char byte = static_cast<unsigned char>(text_[i_]);
        if (byte >= 0x80) {
            std::size_t length = 1;
            const char32_t c = decode(text_, i_, length);
            error(fmt::format("the character U+{:04X} is outside a string or comment; TOML "
                              "allows non-ASCII characters only in quoted strings and comments",
                              static_cast<unsigned>(c)));
            advance();
            return;
        }
        if (starts_with("\"\"\"")) {
            skip(3);
            state_ = State::multiline_basic;
            return;
        }
        if (starts_with("'''")) {
            skip(3);
            state_ = State::multiline_literal;
            return;
        }
        switch (byte) {
            case '"': state_ = State::basic; break;
            case '\'': state_ = State::literal; break;
            case '#': state_ = State::comment; break;
            case '[': open(); break;
            case '{':
                open();
                after_equals_ = false;  // an inline table starts with a key
                break;
            case ']':
            case '}': close(); break;
            case '=': after_equals_ = true; break;
            case ',':
                key_dots_ = 0;
                after_equals_ = false;
                break;
            case '\n':
                key_dots_ = 0;
                after_equals_ = false;
                break;
            case '.':
                if (!after_equals_) {
                    ++key_dots_;
                    check_depth();
                }
                break;
            default: break;
        }
        advance();
    }

    void comment() {
        if (text_[i_] == '\n') {
            state_ = State::normal;
            return;
        }
        advance();
    }

    void string_body(char quote, bool multiline) {
        const char c = text_[i_];
        if (multiline && starts_with(std::string(3, quote))) {
            // A closing delimiter may carry up to two more quotes of the content ("""a"""").
            skip(3);
            while (i_ < text_.size() && text_[i_] == quote)
                advance();
            state_ = State::normal;
            return;
        }
        if (!multiline && c == quote) {
            advance();
            state_ = State::normal;
            return;
        }
        if (!multiline && c == '\n') {  // an unterminated string: toml++ reports it
            state_ = State::normal;
            return;
        }
        if (quote == '"' && c == '\\') {
            advance();
            if (i_ >= text_.size())
                return;
            if (multiline && line_ending_backslash())
                return;
            advance();  // the escaped character (a quote or a backslash among them)
            return;
        }
        advance();
    }

    // At the character after a backslash in a multi-line basic string: when only whitespace
    // follows up to the end of the line, skips the whitespace and newlines after it and checks
    // the character toml++ then tests for whitespace. Returns whether it was a line ending.
    bool line_ending_backslash() {
        std::size_t k = i_;
        while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t'))
            ++k;
        if (k < text_.size() && text_[k] == '\r')
            ++k;
        if (k >= text_.size() || text_[k] != '\n')
            return false;
        while (i_ < text_.size() &&
               (text_[i_] == ' ' || text_[i_] == '\t' || text_[i_] == '\r' || text_[i_] == '\n'))
            advance();
        if (i_ < text_.size()) {
            std::size_t length = 1;
            const char32_t c = decode(text_, i_, length);
            if (breaks_whitespace_test(c)) {
                error(fmt::format(
                    "the character U+{:04X} right after a line-ending backslash cannot be read "
                    "by the TOML library jvgov uses (toml++ 3.3); put an ASCII character before "
                    "it, or end the previous line without the backslash",
                    static_cast<unsigned>(c)));
            }
        }
        return true;
    }

    std::string_view text_;
    std::string_view path_;
    std::size_t i_ = 0;
    int line_ = 1;
    int column_ = 1;
    State state_ = State::normal;
    int depth_ = 0;
    std::vector<int> opened_;  // the levels each open bracket or brace added
    int key_dots_ = 0;
    bool after_equals_ = false;
    bool too_deep_ = false;
    std::vector<Diagnostic> problems_;
};

}  // namespace

std::vector<Diagnostic> toml_guard(std::string_view text, std::string_view path) {
    return Scanner(text, path).run();
}

}  // namespace jvgov::load
