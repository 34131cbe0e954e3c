// Every report table as CSV: RFC 4180 quoting of model text (unescaped, as read), slugs from
// headings, one file per table linked under it, and the voting-power report's tables on disk
// beside its markdown with the same cells as the markdown table.
#include "model/report/csv_tables.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/analysis/voting_power.hpp"
#include "model/load/loader.hpp"
#include "model/report/voting_power_report.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;

TEST_CASE("to_csv quotes what RFC 4180 asks and prints model text unescaped", "[csv]") {
    doc::Table table;
    table.columns = {{{doc::markup("Player")}, Align::left}, {{doc::markup("Banzhaf")}, Align::right}};
    table.rows = {
        {{doc::text("A, \"B\" *Ltd* <script>|x|")}, {doc::markup("1/3 (0.3333)")}},
        {{doc::strong({doc::text("Line\nbreak")})}, {}},
        {{doc::link({doc::text("Linked")}, "https://example.org")}, {doc::code("`c`")}},
    };
    CHECK(to_csv(table) ==
          "Player,Banzhaf\r\n"
          "\"A, \"\"B\"\" *Ltd* <script>|x|\",1/3 (0.3333)\r\n"
          "\"Line\nbreak\",\r\n"
          "Linked,`c`\r\n");
}

TEST_CASE("slug makes a file name of a heading", "[csv]") {
    CHECK(slug("Members' meeting of Stargate LLC: Tier-2 reserved matters (members ≥75%)") ==
          "members-meeting-of-stargate-llc-tier-2-reserved-matters-members-75");
    CHECK(slug("  ***  ") == "table");
    CHECK(slug("Summary") == "summary");
}

TEST_CASE("link_tables_as_csv writes one file per table and links it under the table", "[csv]") {
    doc::Table table;
    table.columns = {{{doc::markup("x")}, Align::left}};
    table.rows = {{{doc::text("1")}}};
    doc::Blocks document = {doc::heading(2, {doc::markup("Results")}), doc::Block{table},
                            doc::Block{table}, doc::heading(2, {doc::markup("Results")}),
                            doc::Block{table}, doc::paragraph({doc::markup("end")})};
    const auto files = link_tables_as_csv(document, "out/report");
    REQUIRE(files.size() == 3);
    CHECK(files[0].path == "out/report-tables/results.csv");
    CHECK(files[1].path == "out/report-tables/results-2.csv");
    CHECK(files[2].path == "out/report-tables/results-3.csv");
    CHECK(files[0].contents == "x\r\n1\r\n");
    CHECK(doc::to_markdown(document) ==
          "## Results\n\n| x |\n| :--- |\n| 1 |\n\n"
          "Table as CSV: [results.csv](report-tables/results.csv)\n\n"
          "| x |\n| :--- |\n| 1 |\n\n"
          "Table as CSV: [results-2.csv](report-tables/results-2.csv)\n\n"
          "## Results\n\n| x |\n| :--- |\n| 1 |\n\n"
          "Table as CSV: [results-3.csv](report-tables/results-3.csv)\n\nend\n");
}

TEST_CASE("the voting-power report writes each table as CSV beside its markdown", "[csv]") {
    const auto model = *load::load_model_file(JVGOV_SOURCE_DIR "/data/stargate.toml").model;
    const ReportContext context{"data/stargate.toml", "jvgov test", {}};
    const auto files = render_voting_power_files(
        analysis::analyse_voting_power(model, 2025y / January / 22d), context, "out/voting-power");
    const auto& markdown = files.front().contents;
    int tables = 0;
    for (const auto& file : files) {
        if (file.path.parent_path() != "out/voting-power-tables")
            continue;
        ++tables;
        const auto link = "](voting-power-tables/" + file.path.filename().string() + ")";
        CHECK(markdown.find(link) != std::string::npos);
    }
    // One per game (8: six members' matters, the board in two views) in its section and in the
    // appendix, and the summary.
    CHECK(tables == 17);
    const auto tier2 = std::find_if(files.begin(), files.end(), [](const OutputFile& file) {
        return file.path.filename() ==
               "members-meeting-of-stargate-llc-tier-2-reserved-matters-members-75.csv";
    });
    REQUIRE(tier2 != files.end());
    CHECK(tier2->contents ==
          "Player,Vote share,Banzhaf,Shapley–Shubik,Role\r\n"
          "OpenAI,40.00%,1/2 (0.5000),1/2 (0.5000),veto player\r\n"
          "SoftBank Group,40.00%,1/2 (0.5000),1/2 (0.5000),veto player\r\n"
          "Oracle Corporation,10.00%,0 (0.0000),0 (0.0000),dummy\r\n"
          "MGX,10.00%,0 (0.0000),0 (0.0000),dummy\r\n");
}

}  // namespace
}  // namespace jvgov::report
