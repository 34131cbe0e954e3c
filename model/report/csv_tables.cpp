#include "model/report/csv_tables.hpp"

#include <set>
#include <utility>
#include <variant>

namespace jvgov::report {

std::string plain_text(const doc::Inlines& content) {
    std::string out;
    for (const auto& piece : content) {
        switch (piece.kind) {
            case doc::Inline::Kind::text:
                // As the markdown writer does: a NUL byte becomes U+FFFD.
                for (const char c : piece.value)
                    out += c == '\0' ? std::string("\xEF\xBF\xBD") : std::string(1, c);
                break;
            case doc::Inline::Kind::markup:
            case doc::Inline::Kind::code:
            case doc::Inline::Kind::image:
                out += piece.value;
                break;
            case doc::Inline::Kind::strong:
            case doc::Inline::Kind::emphasis:
            case doc::Inline::Kind::link:
                out += plain_text(piece.children);
                break;
            case doc::Inline::Kind::autolink:
                out += piece.target;
                break;
        }
    }
    return out;
}

namespace {

std::string field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

void row(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(cells[i]);
    }
    out += "\r\n";
}

}  // namespace

std::string to_csv(const doc::Table& table) {
    std::string out;
    std::vector<std::string> cells;
    for (const auto& column : table.columns)
        cells.push_back(plain_text(column.header));
    row(out, cells);
    for (const auto& table_row : table.rows) {
        cells.clear();
        for (const auto& cell : table_row)
            cells.push_back(plain_text(cell));
        row(out, cells);
    }
    return out;
}

std::string slug(const std::string& text) {
    std::string out;
    bool dash = false;
    for (const char c : text) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (letter || upper) {
            if (dash && !out.empty())
                out += '-';
            dash = false;
            out += upper ? static_cast<char>(c - 'A' + 'a') : c;
        } else {
            dash = true;
        }
    }
    return out.empty() ? std::string("table") : out;
}

std::vector<OutputFile> link_tables_as_csv(doc::Blocks& document,
                                           const std::filesystem::path& stem) {
    const std::string folder = stem.filename().string() + "-tables";
    std::vector<OutputFile> files;
    std::set<std::string> taken;
    std::string section = "table";
    doc::Blocks out;
    for (auto& block : document) {
        if (const auto* heading = std::get_if<doc::Heading>(&block))
            section = slug(plain_text(heading->title));
        const auto* table = std::get_if<doc::Table>(&block);
        std::string csv = table ? to_csv(*table) : std::string();
        out.push_back(std::move(block));
        if (csv.empty())
            continue;
        std::string name = section + ".csv";
        for (int count = 2; !taken.insert(name).second; ++count)
            name = section + "-" + std::to_string(count) + ".csv";
        const std::string link = folder + "/" + name;
        out.push_back(doc::paragraph(
            {doc::markup("Table as CSV: "), doc::link({doc::markup(name)}, link)}));
        files.push_back({stem.parent_path() / folder / name, std::move(csv)});
    }
    document = std::move(out);
    return files;
}

}  // namespace jvgov::report
