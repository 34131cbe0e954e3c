// Game files (docs/game-format.md) and weights files -> games, with every problem reported.
//
// Like model files (model/load/loader.hpp), a game file is checked in one pass and each problem
// is returned as a located Diagnostic (the toml++ position of the offending value; of the table
// for a missing key): TOML syntax, types, unknown keys (with a suggestion for near misses),
// missing keys, the game of [game] (players, rule, weights, quota, parts, blocs), `indices`,
// [source] and every [[published]] entry. A TOML syntax error stops the checks (toml++ reports
// the first one). Nothing here throws on bad input or writes anything.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/games/simple_game.hpp"
#include "model/load/diagnostic.hpp"
#include "model/power/index.hpp"

namespace jvgov::load {

// A structural fact about players: each is a veto player, each is a dummy, or the one player
// is the dictator.
enum class StructuralClaim { veto, dummy, dictator };

// "veto", "dummy", "dictator": the spelling of a [[published]] `index`.
std::string_view name(StructuralClaim claim);
std::optional<StructuralClaim> parse_structural_claim(std::string_view text);

// A value from the literature that the game must reproduce ([[published]]): the index value of
// each listed player, or a structural claim about them.
struct PublishedValue {
    std::variant<power::Index, StructuralClaim> claim;
    std::vector<int> players;  // indices into the game's players, as listed in the file
    exact::Rational value;     // the published index value; 0 for a structural claim
    std::string value_text;    // the value as written in the file ("3/21"); empty for a claim
    std::string source;        // the citation
};

// Where the game's rules and weights come from ([source]).
struct GameSource {
    std::string citation;
    std::string url;    // may be empty
    std::string notes;  // may be empty (assumptions, caveats)
};

// A game read from a file, with its a priori unions (blocs, as player indices) if any, and
// what the file says about the game's source and published values.
struct GameFile {
    std::string title;  // [game] name, or empty
    games::SimpleGame game;
    std::vector<std::vector<int>> blocs;
    std::optional<GameSource> source;
    std::vector<PublishedValue> published;
    // The indices a report should compute (`indices`, each one of power::reported_indices());
    // empty when the file does not restrict them.
    std::vector<power::Index> indices;
    std::string weights_file;  // `weights_file` as written in the file, or empty
};

struct GameFileResult {
    std::optional<GameFile> game_file;    // set only when no diagnostic is an error
    std::vector<Diagnostic> diagnostics;  // every problem, sorted by line then column
    bool unreadable = false;              // the game file itself could not be read
};

// Reads and checks a game file, including its [source] and [[published]] entries and a weights
// file it names (relative to the game file's directory; the problems of that file are located
// in it and follow those of the game file). `path` names the file in diagnostics as given.
// The file is read by read_input_file and checked by toml_guard first. When it cannot be read,
// `unreadable` is set and the only diagnostic is "path: error: cannot read file: <reason>".
[[nodiscard]] GameFileResult load_game_file(const std::filesystem::path& path);

// The checks of load_game_file on text already read (`path` names it in diagnostics and locates
// a weights file it names); never sets `unreadable` for the game file itself.
[[nodiscard]] GameFileResult load_game_text(std::string_view text,
                                            const std::filesystem::path& path);

// A weights file: one "weight", "name,weight", "name<TAB>weight" or "code<TAB>weight<TAB>name"
// (the IMF register's layout; the player is named by the name) per line; blank lines and lines
// starting with '#' are ignored. Either every line has a name or none has (then names are
// P1..Pn). As spreadsheets write them: a first line whose weight field holds no digit is a
// header ("name,weight") and skipped; a UTF-8 byte order mark and CRLF line ends are accepted;
// comma-separated fields follow RFC 4180 ("Smith, John",5 and "say ""hi""",2: quotes around a
// name that holds a comma, "" for a quote), each record on one line.
struct NamedWeights {
    std::vector<std::string> names;
    std::vector<std::int64_t> weights;
};

struct WeightsFileResult {
    std::optional<NamedWeights> weights;  // set only when there is no diagnostic
    // Every problem, in line order, located "path:line: error: message" (no column), or
    // "path: error: message" for the whole file (unreadable, no weights).
    std::vector<Diagnostic> diagnostics;
    bool unreadable = false;  // the file could not be read
};

// Reads and checks a weights file; `path` names the file in diagnostics as given.
[[nodiscard]] WeightsFileResult load_weights_file(const std::filesystem::path& path);

// The checks of load_weights_file on text already read; `path` names it in diagnostics.
[[nodiscard]] WeightsFileResult load_weights_text(std::string_view text, std::string_view path);

}  // namespace jvgov::load
