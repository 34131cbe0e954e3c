#include "model/report/write_files.hpp"

#include <cerrno>
#include <chrono>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <thread>

#include <unistd.h>

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

    // The process id keeps apart test runs of several build trees on one machine.
    explicit TempDir(const std::string& name)
        : path(fs::temp_directory_path() /
               ("jvgov-report-test-" + name + "-" + std::to_string(::getpid()))) {
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

TEST_CASE("a rename failing mid-commit leaves every old file byte-identical", "[report]") {
    TempDir dir("rollback");
    const std::vector<std::string> names = {"a.md", "b.md", "c.md", "d.md", "e.md"};
    // Old files for a, b and d; c and e are new in the second edition.
    REQUIRE_FALSE(write_files_atomically({{dir.path / "a.md", "old a\n"},
                                          {dir.path / "b.md", "old b\n"},
                                          {dir.path / "d.md", "old d\n"}}));
    std::vector<OutputFile> edition;
    for (const auto& name : names)
        edition.push_back({dir.path / name, "new " + name + "\n"});
    for (int failing = 0; failing < 5; ++failing) {
        INFO("the rename of file " << failing << " fails");
        int calls = 0;
        CommitCalls faulty;
        faulty.rename = [&calls, failing](const char* from, const char* to) {
            if (calls++ == failing) {
                errno = EPERM;
                return -1;
            }
            return std::rename(from, to);
        };
        const auto error = write_files_atomically(edition, faulty);
        REQUIRE(error);
        CHECK(error->path == dir.path / names[static_cast<std::size_t>(failing)]);
        CHECK(error->message == "Operation not permitted");
        CHECK(read_all(dir.path / "a.md") == "old a\n");
        CHECK(read_all(dir.path / "b.md") == "old b\n");
        CHECK(read_all(dir.path / "d.md") == "old d\n");
        CHECK_FALSE(fs::exists(dir.path / "c.md"));
        CHECK_FALSE(fs::exists(dir.path / "e.md"));
        // No temporary file or kept link is left behind.
        CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 3);
    }
    REQUIRE_FALSE(write_files_atomically(edition));
    CHECK(read_all(dir.path / "c.md") == "new c.md\n");
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 5);
}

TEST_CASE("write_files_atomically refuses two files with one path before writing", "[report]") {
    TempDir dir("same-path");
    const auto error = write_files_atomically(
        {{dir.path / "x.md", "1\n"}, {dir.path / "sub" / ".." / "x.md", "2\n"}});
    REQUIRE(error);
    CHECK(error->message == "two of the report's files have this path");
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 0);
}

TEST_CASE("two writers into one directory commit one after the other, never interleaved",
          "[report]") {
    TempDir dir("lock");
    const auto edition = [&dir](const std::string& tag) {
        std::vector<OutputFile> files;
        for (int i = 0; i < 20; ++i)
            files.push_back({dir.path / ("f" + std::to_string(i) + ".md"), tag + "\n"});
        return files;
    };
    // Each rename waits a little, so that without the lock the two commits would interleave.
    CommitCalls slow;
    slow.rename = [](const char* from, const char* to) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return std::rename(from, to);
    };
    for (int round = 0; round < 5; ++round) {
        // Catch2's assertions are not thread-safe: the threads keep their results for the test.
        std::optional<WriteError> first_error;
        std::optional<WriteError> second_error;
        std::thread first([&] { first_error = write_files_atomically(edition("A"), slow); });
        std::thread second([&] { second_error = write_files_atomically(edition("B"), slow); });
        first.join();
        second.join();
        CHECK_FALSE(first_error);
        CHECK_FALSE(second_error);
        const std::string winner = read_all(dir.path / "f0.md");
        for (int i = 1; i < 20; ++i)
            CHECK(read_all(dir.path / ("f" + std::to_string(i) + ".md")) == winner);
    }
}

}  // namespace
}  // namespace jvgov::report
