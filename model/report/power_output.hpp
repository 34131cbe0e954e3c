// The output of `jvgov power`, renderings of a PowerTable: the JSON contract "jvgov/power@1", CSV
// and a markdown table.
//
// JSON contract (docs/game-format.md, "Output"): players in input order; every exact value a
// string ("421/2145", integers as decimal strings); each rational also as "<field>_decimal",
// a string rounded half away from zero to 6 decimals ("0.196270"); values not computed are null.
// Approximate results carry "approximate": true and "<index>_estimate" objects instead.
#pragma once

#include <optional>
#include <string>

#include "model/games/simple_game.hpp"
#include "model/power/explain.hpp"
#include "model/power/index.hpp"
#include "model/power/power_table.hpp"

namespace jvgov::report {

inline constexpr int decimal_digits = 6;

struct PowerReport {
    std::string title;  // may be empty
    const games::SimpleGame* game = nullptr;
    const power::PowerTable* table = nullptr;
    const power::PlayerExplanation* explanation = nullptr;  // optional (--explain)
};

std::string to_json(const PowerReport& report);
std::string to_csv(const PowerReport& report);
std::string to_markdown(const PowerReport& report);

}  // namespace jvgov::report
