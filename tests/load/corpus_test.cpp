// The invalid-model corpus: each tests/load/invalid/NN-name.toml holds one mistake (54 holds
// many) and its sibling .expected the full diagnostic text `jvgov check` prints for it. The
// same texts are checked through the CLI by check_cli.cmake (see CMakeLists.txt).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/load/loader.hpp"

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> corpus_files() {
    std::vector<std::string> files;
    const std::filesystem::path root = JVGOV_SOURCE_DIR;
    for (const auto& entry : std::filesystem::directory_iterator(root / "tests/load/invalid")) {
        if (entry.path().extension() == ".toml") {
            files.push_back("tests/load/invalid/" + entry.path().filename().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("the invalid corpus has at least 32 files, each with its expected text", "[load]") {
    const std::vector<std::string> files = corpus_files();
    CHECK(files.size() >= 32);
    const std::filesystem::path root = JVGOV_SOURCE_DIR;
    int with_errors = 0;
    for (const std::string& file : files) {
        const std::string expected_file = file.substr(0, file.size() - 5) + ".expected";
        REQUIRE(std::filesystem::exists(root / expected_file));
        const std::string expected = read_file(root / expected_file);
        with_errors += expected.find(": error: ") != std::string::npos ? 1 : 0;
    }
    CHECK(with_errors >= 32);
}

TEST_CASE("every corpus file gives exactly its expected diagnostics", "[load]") {
    const std::filesystem::path root = JVGOV_SOURCE_DIR;
    for (const std::string& file : corpus_files()) {
        INFO(file);
        const std::string expected =
            read_file(root / (file.substr(0, file.size() - 5) + ".expected"));
        const jvgov::load::LoadResult result =
            jvgov::load::load_model(read_file(root / file), file);
        std::string actual;
        for (const jvgov::load::Diagnostic& diagnostic : result.diagnostics) {
            actual += jvgov::load::format(diagnostic) + "\n";
        }
        CHECK(actual == expected);
        // A model comes back exactly when nothing is an error (warnings allowed).
        CHECK(result.model.has_value() == (expected.find(": error: ") == std::string::npos));
        CHECK_FALSE(result.unreadable);
    }
}
