// TOML model files (docs/data-format.md) -> governance::Model, with every problem reported.
//
// The loader checks the whole file in one pass and reports each problem as a located
// Diagnostic (the toml++ position of the offending value; of the table for a missing key; of
// the key itself for an unknown key): TOML syntax, types, unknown keys, missing keys, ids,
// references, exact numbers, dates and periods, stake sums, boards, rules, agreement versions
// and unreferenced claims. A TOML syntax error stops the checks (toml++ reports the first one).
// It never throws on bad input and never writes anything.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/governance/model.hpp"
#include "model/load/diagnostic.hpp"

namespace jvgov::load {

// Where a [[matters]] record is (its `rule` value), for problems found after loading, such as
// a rule that cannot be compiled on a date (jvgov check, model/cli/check.cpp).
struct MatterSite {
    std::string id;
    std::string body;
    governance::Period period;
    int line = 0;
    int column = 0;
};

// Where the model's entity's [[parties]] record sets `from` and `until` (the record's header
// when a key is absent), for "the entity does not exist on <date>" found after loading.
struct EntitySite {
    int from_line = 0;
    int from_column = 0;
    int until_line = 0;
    int until_column = 0;
};

struct LoadResult {
    std::optional<governance::Model> model;  // set only when no diagnostic is an error
    std::vector<Diagnostic> diagnostics;     // every problem, sorted by line then column
    bool unreadable = false;                 // load_model_file could not read the file
    std::vector<MatterSite> matter_sites;    // with `model`: every matter record, file order
    EntitySite entity_site;                  // with `model`
};

// Loads a model from TOML text; `path` names the file in diagnostics (as given, e.g.
// "data/stargate.toml"). Events are sorted by date (file order on ties).
[[nodiscard]] LoadResult load_model(std::string_view toml_text, std::string_view path);

// Reads the file and loads it. When the file cannot be read, `unreadable` is set and the
// only diagnostic is "path: error: cannot read file: <reason>" (line 0).
[[nodiscard]] LoadResult load_model_file(std::string_view path);

}  // namespace jvgov::load
