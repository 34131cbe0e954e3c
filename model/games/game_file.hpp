// Text forms of games: quota and weight notations shared by the CLI and the game file, and the
// small TOML game format described in docs/game-format.md.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/games/simple_game.hpp"

namespace jvgov::games {

// A quota written as a whole number of votes ("39"), as "at least" a share of the total
// ("50%", "2/3", "0.5"), or as "more than" a share ("more than 50%", "majority" = more than
// half). Throws std::invalid_argument naming the text when it is none of these, when it is
// not a whole number of votes, or when a share is outside (0, 1]. The result is not checked
// against the total (games::validate does that).
std::int64_t parse_quota(std::string_view text, std::int64_t total_weight);

// A weight: a non-negative whole number ("7", "1_000", "3e6"). Throws std::invalid_argument
// naming the text when it is malformed, negative, fractional or larger than 2^62.
std::int64_t parse_weight(std::string_view text);

// A game read from a file, with its a priori unions (blocs, as player indices) if any.
struct GameFile {
    std::string title;  // [game] name, or empty
    SimpleGame game;
    std::vector<std::vector<int>> blocs;
};

// Thrown by load_game_file; what() is "path:line:col: error: message" (line and column of the
// offending TOML value, or "path: error: message" when there is none).
class GameFileError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Reads and validates a game file (see docs/game-format.md). Throws GameFileError.
GameFile load_game_file(const std::filesystem::path& path);

// Reads a weights file: one "weight" or "name,weight" per line; blank lines and lines starting
// with '#' are ignored. Either every line has a name or none has (then names are P1..Pn).
// Throws GameFileError ("path:line: error: message").
struct NamedWeights {
    std::vector<std::string> names;
    std::vector<std::int64_t> weights;
};

NamedWeights load_weights_file(const std::filesystem::path& path);

}  // namespace jvgov::games
