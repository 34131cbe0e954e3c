// A check shared by the reports' escaping tests: a '|' in model text must not add a column to a
// markdown table.
#pragma once

#include <cstddef>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

namespace jvgov::report::testing {

// The cells of a table line: its '|' that are not escaped, less one.
inline std::size_t cell_count(const std::string& line) {
    std::size_t bars = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))
            ++bars;
    }
    return bars - 1;
}

// Checks that every line of each table of `markdown` (a run of lines starting with '|') has as
// many cells as its header line; returns the number of tables.
inline int check_tables(const std::string& markdown) {
    std::istringstream lines(markdown);
    std::string line;
    std::size_t columns = 0;
    int tables = 0;
    while (std::getline(lines, line)) {
        if (line.empty() || line.front() != '|') {
            columns = 0;
            continue;
        }
        if (columns == 0) {
            columns = cell_count(line);
            ++tables;
            continue;
        }
        INFO(line);
        CHECK(cell_count(line) == columns);
    }
    return tables;
}

}  // namespace jvgov::report::testing
