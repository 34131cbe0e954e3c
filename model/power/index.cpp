#include "model/power/index.hpp"

#include <fmt/format.h>

namespace jvgov::power {

std::vector<Index> all_indices() {
    std::vector<Index> result;
    for (const IndexInfo& row : index_table) {
        result.push_back(row.index);
    }
    return result;
}

std::vector<Index> reported_indices() {
    std::vector<Index> result;
    for (const IndexInfo& row : index_table) {
        if (!row.file_name.empty()) {
            result.push_back(row.index);
        }
    }
    return result;
}

std::string_view index_name(Index index) {
    return info(index).id;
}

std::optional<Index> parse_index(std::string_view text) {
    for (const IndexInfo& row : index_table) {
        if (row.id == text) {
            return row.index;
        }
        for (const std::string_view alias : row.aliases) {
            if (!alias.empty() && alias == text) {
                return row.index;
            }
        }
    }
    return std::nullopt;
}

std::optional<Index> parse_file_index(std::string_view text) {
    for (const IndexInfo& row : index_table) {
        if (!row.file_name.empty() && row.file_name == text) {
            return row.index;
        }
    }
    return std::nullopt;
}

std::string file_index_names() {
    std::vector<std::string_view> names;
    for (const Index index : reported_indices()) {
        names.push_back(info(index).file_name);
    }
    return fmt::format("{}", fmt::join(names, ", "));
}

const std::optional<Rational>* index_value(const PlayerPower& player, Index index) {
    const auto member = info(index).value;
    return member == nullptr ? nullptr : &(player.*member);
}

}  // namespace jvgov::power
