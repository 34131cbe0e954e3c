#include "model/report/write_files.hpp"

#include <fstream>
#include <iterator>
#include <string>

#include <catch2/catch.hpp>

namespace jvgov::report {
namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A fresh empty directory under the system's temp directory, removed at the end of the test.
struct TempDir {
    fs::path path;

    explicit TempDir(const std::string& name)
        : path(fs::temp_directory_path() / ("jvgov-report-test-" + name)) {
        fs::remove_all(path);
        fs::create_directories(path);
    }

    ~TempDir() {
        std::error_code ignored;
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ignored);
        fs::remove_all(path, ignored);
    }
};

TEST_CASE("write_files_atomically creates missing directories and writes every file", "[report]") {
    TempDir dir("create");
    const auto out = dir.path / "a" / "b";
    REQUIRE_FALSE(write_files_atomically({{out / "one.md", "one\n"}, {out / "two.md", "two\n"}}));
    CHECK(read_all(out / "one.md") == "one\n");
    CHECK(read_all(out / "two.md") == "two\n");
    CHECK((fs::status(out / "one.md").permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
           fs::perms::others_read));
    // No temporary file is left behind.
    CHECK(std::distance(fs::directory_iterator(out), fs::directory_iterator()) == 2);
}

TEST_CASE("write_files_atomically replaces existing files", "[report]") {
    TempDir dir("replace");
    REQUIRE_FALSE(write_files_atomically({{dir.path / "r.md", "old\n"}}));
    REQUIRE_FALSE(write_files_atomically({{dir.path / "r.md", "new\n"}}));
    CHECK(read_all(dir.path / "r.md") == "new\n");
}

TEST_CASE("write_files_atomically writes nothing when one file cannot be written", "[report]") {
    TempDir dir("fail");
    // The temporary file for a 250-character name (".<name>.tmp.XXXXXX") exceeds the 255-byte
    // limit of a file name, so the second file fails while the first is already staged.
    const auto too_long = dir.path / std::string(250, 'x');
    REQUIRE_FALSE(write_files_atomically({{dir.path / "g.md", "old g\n"}}));
    const auto error =
        write_files_atomically({{dir.path / "g.md", "new g\n"}, {too_long, "new l\n"}});
    REQUIRE(error);
    CHECK(error->path == too_long);
    CHECK(error->message == "File name too long");
    CHECK(read_all(dir.path / "g.md") == "old g\n");
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("write_files_atomically refuses to replace a directory, before any rename", "[report]") {
    TempDir dir("isdir");
    fs::create_directories(dir.path / "sub.md");
    REQUIRE_FALSE(write_files_atomically({{dir.path / "g.md", "old g\n"}}));
    const auto error =
        write_files_atomically({{dir.path / "g.md", "new g\n"}, {dir.path / "sub.md", "x\n"}});
    REQUIRE(error);
    CHECK(error->path == dir.path / "sub.md");
    CHECK(error->message == "Is a directory");
    CHECK(read_all(dir.path / "g.md") == "old g\n");
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 2);
}

TEST_CASE("write_files_atomically names a path that is a file where a directory is needed",
          "[report]") {
    TempDir dir("notdir");
    REQUIRE_FALSE(write_files_atomically({{dir.path / "plain", "x\n"}}));
    const auto error = write_files_atomically({{dir.path / "plain" / "r.md", "y\n"}});
    REQUIRE(error);
    CHECK(error->path == dir.path / "plain");
    CHECK(read_all(dir.path / "plain") == "x\n");
}

}  // namespace
}  // namespace jvgov::report
