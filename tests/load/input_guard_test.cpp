// The guards that run before toml++ sees a file (model/load/input_file.hpp, toml_guard.hpp):
// regular files only, a size limit, a nesting limit, and the characters toml++ 3.3 cannot read.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "model/load/input_file.hpp"
#include "model/load/loader.hpp"
#include "model/load/toml_guard.hpp"

namespace jvgov::load {
namespace {

namespace fs = std::filesystem;

std::string joined(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& diagnostic : diagnostics) {
        text += (text.empty() ? "" : "\n") + format(diagnostic);
    }
    return text;
}

std::string repeated(std::string_view piece, int times) {
    std::string text;
    for (int i = 0; i < times; ++i)
        text += piece;
    return text;
}

struct TempDir {
    fs::path path;

    explicit TempDir(const std::string& name)
        : path(fs::temp_directory_path() / ("jvgov-input-test-" + name)) {
        fs::remove_all(path);
        fs::create_directories(path);
    }

    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

TEST_CASE("toml_guard accepts ordinary TOML, non-ASCII text in strings and comments included",
          "[load]") {
    CHECK(toml_guard("a.b.c = 1\n[x.y]\nz = [[1, 2], {p = 1.5}]\n", "f.toml").empty());
    CHECK(toml_guard("name = \"Société Générale § ¿\" # commentaire ¡\n", "f.toml").empty());
    CHECK(toml_guard("s = '''\n§ ¿'''\nt = \"\"\"\n§\"\"\"\n", "f.toml").empty());
    // The deepest accepted: 128 levels of dotted key.
    CHECK(toml_guard("k" + repeated(".k", max_toml_nesting - 1) + " = 1\n", "f.toml").empty());
}

TEST_CASE("toml_guard refuses nesting deeper than 128 levels, once, where it passes the limit",
          "[load]") {
    const std::string limit =
        "keys, tables or values are nested more than 128 levels deep here; jvgov reads at most "
        "128 levels";
    // Dotted keys: the 128th dot makes 129 levels (column 2 + 2 * 127 = 256 is that dot).
    CHECK(joined(toml_guard("k" + repeated(".k", 200) + " = 1\n", "f.toml")) ==
          "f.toml:1:256: error: " + limit);
    CHECK(joined(toml_guard("a = 1\n[t" + repeated(".t", 130) + "]\n", "f.toml")) ==
          "f.toml:2:255: error: " + limit);
    CHECK(joined(toml_guard("a = " + repeated("[", 200) + repeated("]", 200) + "\n", "f.toml")) ==
          "f.toml:1:132: error: " + limit);
    CHECK(joined(toml_guard("a = " + repeated("{b = ", 200) + "1" + repeated("}", 200) + "\n",
                            "f.toml")) == "f.toml:1:640: error: " + limit);
}

TEST_CASE("a model file nested 30,700 levels deep is an error, not a stack overflow", "[load]") {
    const std::string text = "k" + repeated(".k", 30700) + " = 1\n";
    const LoadResult result = load_model(text, "deep.toml");
    CHECK_FALSE(result.model);
    CHECK(joined(result.diagnostics) ==
          "deep.toml:1:256: error: keys, tables or values are nested more than 128 levels deep "
          "here; jvgov reads at most 128 levels");
}

TEST_CASE("toml_guard refuses the characters toml++ 3.3 cannot read, with the workaround",
          "[load]") {
    // Outside strings and comments, any non-ASCII character (TOML allows none there).
    CHECK(joined(toml_guard("a = 1\n\xC2\xA7 = 2\n", "f.toml")) ==
          "f.toml:2:1: error: the character U+00A7 is outside a string or comment; TOML allows "
          "non-ASCII characters only in quoted strings and comments");
    CHECK(joined(toml_guard("a = 1 \xE3\x80\x80\n", "f.toml")) ==
          "f.toml:1:7: error: the character U+3000 is outside a string or comment; TOML allows "
          "non-ASCII characters only in quoted strings and comments");
    // After a line-ending backslash in a multi-line basic string (marzer/tomlplusplus #190).
    CHECK(joined(toml_guard("s = \"\"\"\\\n  \xC2\xA7\"\"\"\n", "f.toml")) ==
          "f.toml:2:3: error: the character U+00A7 right after a line-ending backslash cannot be "
          "read by the TOML library jvgov uses (toml++ 3.3); put an ASCII character before it, "
          "or end the previous line without the backslash");
    // The same character after an ordinary line break, or after a space on the line, is fine.
    CHECK(toml_guard("s = \"\"\"\n\xC2\xA7\"\"\"\n", "f.toml").empty());
    CHECK(toml_guard("s = \"\"\"\\\n x\xC2\xA7\"\"\"\n", "f.toml").empty());
    // Escaped quotes do not end a string early.
    CHECK(toml_guard("s = \"a \\\" \xC2\xA7\"\n", "f.toml").empty());
}

TEST_CASE("toml_guard stops after 20 problems (a binary file)", "[load]") {
    CHECK(toml_guard(repeated("\xC2\xA7\n", 1000), "f.toml").size() == 20);
}

TEST_CASE("read_input_file reads regular files only, up to the size limit", "[load]") {
    TempDir dir("read");
    const fs::path file = dir.path / "model.toml";
    std::ofstream(file) << "a = 1\n";
    const InputText ok = read_input_file(file.string());
    REQUIRE(ok.text);
    CHECK(*ok.text == "a = 1\n");

    CHECK(read_input_file((dir.path / "absent.toml").string()).reason ==
          "No such file or directory");
    CHECK(read_input_file(dir.path.string()).reason == "not a regular file (a directory)");
    CHECK(read_input_file("/dev/zero").reason == "not a regular file (a character device)");
    const fs::path fifo = dir.path / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(read_input_file(fifo.string()).reason == "not a regular file (a FIFO)");

    REQUIRE(::setenv("JVGOV_MAX_INPUT_BYTES", "5", 1) == 0);
    CHECK(max_input_bytes() == 5);
    const InputText large = read_input_file(file.string());
    CHECK_FALSE(large.text);
    CHECK(large.reason ==
          "the file is 6 bytes, more than the limit of 5 (set JVGOV_MAX_INPUT_BYTES to raise it)");
    REQUIRE(::setenv("JVGOV_MAX_INPUT_BYTES", "lots", 1) == 0);
    CHECK(max_input_bytes() == std::size_t{16} << 20);
    REQUIRE(::unsetenv("JVGOV_MAX_INPUT_BYTES") == 0);
    CHECK(max_input_bytes() == std::size_t{16} << 20);
}

TEST_CASE("load_model_file marks unreadable files and names the reason", "[load]") {
    const LoadResult result = load_model_file("/dev/zero");
    CHECK(result.unreadable);
    CHECK(joined(result.diagnostics) ==
          "/dev/zero: error: cannot read file: not a regular file (a character device)");
}

}  // namespace
}  // namespace jvgov::load
