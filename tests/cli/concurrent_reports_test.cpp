// Two different models reported into one output directory at the same time (issue 14: a mixed
// report): the reports of tests/load/valid/small-jv.toml and tests/cli/hostile-names.toml (the
// same file names, different contents), each built as `jvgov report` builds it
// (cli::model_report_files), committed by two threads at once through write_files_atomically
// with every rename slowed down and in opposite orders, so that without the directory lock the
// two commits would interleave. The directory must hold one complete report: every file of the edition committed
// last (the one whose summary.md is there) as that model's report has it, and every other file
// as the other model's.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "model/cli/report_files.hpp"
#include "model/load/loader.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::cli {
namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The report `jvgov report MODEL --out out` writes, as path -> contents.
std::map<fs::path, std::string> report_of(const std::string& model_file, const fs::path& out) {
    const load::LoadResult loaded =
        load::load_model_file(std::string(JVGOV_SOURCE_DIR) + "/" + model_file);
    REQUIRE(loaded.model);
    std::map<fs::path, std::string> files;
    for (auto& file : model_report_files(*loaded.model, model_file, out, std::nullopt))
        files.emplace(file.path, std::move(file.contents));
    return files;
}

// The files in path order, or in reverse path order.
std::vector<report::OutputFile> edition_of(const std::map<fs::path, std::string>& files,
                                           bool reversed) {
    std::vector<report::OutputFile> edition;
    for (const auto& [path, contents] : files)
        edition.push_back({path, contents});
    if (reversed)
        std::reverse(edition.begin(), edition.end());
    return edition;
}

TEST_CASE("two models reported into one directory at once leave one complete report",
          "[report]") {
    const fs::path out = fs::temp_directory_path() /
                         ("jvgov-concurrent-reports-" + std::to_string(::getpid()));
    const auto a = report_of("tests/load/valid/small-jv.toml", out);
    const auto b = report_of("tests/cli/hostile-names.toml", out);
    const fs::path summary = out / "summary.md";
    REQUIRE(a.count(summary) == 1);
    REQUIRE(b.count(summary) == 1);
    REQUIRE(a.at(summary) != b.at(summary));
    std::size_t shared_names = 0;
    for (const auto& [path, contents] : a)
        shared_names += b.count(path) == 1 && b.at(path) != contents ? 1 : 0;
    REQUIRE(shared_names >= 10);  // files both write, with different contents

    // Each rename waits, and the two editions rename their files in opposite orders, so that
    // without the lock the two commits would cross and leave some files of each.
    report::CommitCalls slow;
    slow.rename = [](const char* from, const char* to) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return std::rename(from, to);
    };
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        fs::remove_all(out);
        // Catch2's assertions are not thread-safe: the threads keep their results for the test.
        std::optional<report::WriteError> a_error;
        std::optional<report::WriteError> b_error;
        std::thread first([&] { a_error = report::write_files_atomically(edition_of(a, false), slow); });
        std::thread second([&] { b_error = report::write_files_atomically(edition_of(b, true), slow); });
        first.join();
        second.join();
        CHECK_FALSE(a_error);
        CHECK_FALSE(b_error);
        const std::string final_summary = read_all(summary);
        REQUIRE((final_summary == a.at(summary) || final_summary == b.at(summary)));
        const auto& last = final_summary == a.at(summary) ? a : b;
        const auto& other = final_summary == a.at(summary) ? b : a;
        for (const auto& [path, contents] : last) {
            INFO(path);
            CHECK(read_all(path) == contents);
        }
        for (const auto& entry : fs::recursive_directory_iterator(out)) {
            if (!entry.is_regular_file() || last.count(entry.path()) == 1)
                continue;
            INFO(entry.path());
            REQUIRE(other.count(entry.path()) == 1);
            CHECK(read_all(entry.path()) == other.at(entry.path()));
        }
    }
    fs::remove_all(out);
}

}  // namespace
}  // namespace jvgov::cli
