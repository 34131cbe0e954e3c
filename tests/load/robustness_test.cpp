// The loader never throws or crashes on damaged input, and its result is always consistent:
// a model exactly when there is no error, every diagnostic inside the file.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/load/loader.hpp"

namespace {

std::vector<std::string> lines_of_small_jv() {
    std::ifstream in(std::string(JVGOV_SOURCE_DIR) + "/tests/load/valid/small-jv.toml");
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

std::string join(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) {
        text += line + "\n";
    }
    return text;
}

// Loads `text` and checks the invariants; returns the number of errors.
int check_consistent(const std::string& text, int line_count) {
    jvgov::load::LoadResult result;
    REQUIRE_NOTHROW(result = jvgov::load::load_model(text, "damaged.toml"));
    CHECK(result.model.has_value() == !jvgov::load::has_error(result.diagnostics));
    int errors = 0;
    for (const jvgov::load::Diagnostic& diagnostic : result.diagnostics) {
        CHECK(diagnostic.file == "damaged.toml");
        CHECK(diagnostic.line >= 1);
        CHECK(diagnostic.line <= line_count + 1);
        CHECK(diagnostic.column >= 1);
        CHECK_FALSE(diagnostic.message.empty());
        errors += diagnostic.severity == jvgov::load::Diagnostic::Severity::error ? 1 : 0;
    }
    CHECK(std::is_sorted(result.diagnostics.begin(), result.diagnostics.end(),
                         [](const auto& a, const auto& b) {
                             return a.line != b.line ? a.line < b.line : a.column < b.column;
                         }));
    return errors;
}

}  // namespace

TEST_CASE("deleting any one line of a valid model never breaks the loader", "[load]") {
    const std::vector<std::string> lines = lines_of_small_jv();
    REQUIRE(lines.size() > 150);
    for (std::size_t removed = 0; removed < lines.size(); ++removed) {
        std::vector<std::string> damaged = lines;
        damaged.erase(damaged.begin() + static_cast<std::ptrdiff_t>(removed));
        const std::string& line = lines[removed];
        INFO("line " << removed + 1 << " removed: " << line);
        const int errors = check_consistent(join(damaged), static_cast<int>(lines.size()));
        if (line.empty() || line.front() == '#') {
            CHECK(errors == 0);
        }
        // Every id is required, and a lost [[header]] merges two records into one table.
        if (line.rfind("id = ", 0) == 0 || line.rfind("[[", 0) == 0) {
            CHECK(errors > 0);
        }
    }
}

TEST_CASE("truncating a valid model anywhere never breaks the loader", "[load]") {
    const std::string text = join(lines_of_small_jv());
    const int line_count = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    for (std::size_t length = 0; length < text.size(); length += 7) {
        INFO("truncated to " << length << " bytes");
        check_consistent(text.substr(0, length), line_count);
    }
}

TEST_CASE("replacing any value by another type never breaks the loader", "[load]") {
    const std::vector<std::string> lines = lines_of_small_jv();
    const std::vector<std::string> replacements = {"1",  "-1",     "0.5",  "true",       "[]",
                                                   "{}", "[1, 2]", "\"\"", "2025-01-01", "1e400"};
    for (std::size_t index = 0; index < lines.size(); ++index) {
        const std::size_t equals = lines[index].find(" = ");
        if (equals == std::string::npos || lines[index].front() == ' ') {
            continue;
        }
        for (const std::string& value : replacements) {
            std::vector<std::string> damaged = lines;
            damaged[index] = lines[index].substr(0, equals) + " = " + value;
            INFO("line " << index + 1 << " set to " << damaged[index]);
            check_consistent(join(damaged), static_cast<int>(lines.size()));
        }
    }
}
