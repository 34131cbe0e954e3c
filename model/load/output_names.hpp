// The file names the reports derive from the ids of a model, in one place: the report layer
// names its files with these functions, and the loader refuses a model whose ids would give two
// files one name (so that `jvgov check` finds what `jvgov report` would otherwise overwrite).
//
// The voting-power report of an edition writes, beside "voting-power<suffix>.md":
// - a chart per game "voting-power<suffix>-<game slug>.svg", the game slug being the matter id
//   for a members' meeting and "<matter>-<view>" for a board (views board_views);
// - a threshold chart per body "voting-power<suffix>-<threshold_slug(body)>.svg";
// - explanations "voting-power-explained/<date>/<game slug>-<player id>.md".
// The suffix is "" or latest_edition_suffix, so "voting-power-latest-x.svg" may be matter
// "latest-x" of one edition or matter "x" of the other.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace jvgov::load {

inline constexpr std::string_view latest_edition_suffix = "-latest";

// The views a board's games are reported in (compile::view_name of View::individual and
// View::bloc); a members' meeting's games have the members view, named by the matter alone.
inline constexpr std::array<std::string_view, 2> board_views = {"individual", "bloc"};

// "<matter>" for the members view (an empty `view`), else "<matter>-<view>".
std::string game_slug(std::string_view matter, std::string_view view);

// "threshold-<body>": the name of a body's threshold chart after "voting-power<suffix>-".
std::string threshold_slug(std::string_view body);

// "<game slug>-<player>": the name of a player's explanation in a game, before ".md".
std::string explanation_stem(std::string_view game_slug, std::string_view player);

}  // namespace jvgov::load
