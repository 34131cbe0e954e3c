// What a result rests on, in words (analysis/basis.hpp): the label every table and finding of the
// voting-power and control reports and the summary carry, and its JSON form.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/analysis/basis.hpp"

namespace jvgov::report {

// Assumption ids in reading order: by prefix, then by number ("DA-1", "GA-2", "GA-11", "MA-1").
std::vector<std::string> in_reading_order(std::vector<std::string> ids);

// The model's assumptions the basis cites other than `common` (in reading order) ("GA-3, GA-5 and MA-1"); when it
// cites none: "confirmed facts only", "confirmed and derived facts", "reported facts (not
// confirmed)" or "facts without a confidence label", or "—" when `common` is not empty (the
// reader has been told what every row rests on).
std::string basis_text(const analysis::Basis& basis, const std::vector<std::string>& common = {});

// "Rests on: the model's assumptions GA-3 and GA-5 (the governance report gives each)." or
// "Rests on: confirmed facts only." and the like: one sentence for under a table or a finding.
std::string rests_on_sentence(const analysis::Basis& basis);

// {"certainty": "assumption", "assumptions": ["GA-3"], "facts": [{"kind": "stake", "id":
// "openai>stargate", "confidence": "reported", "assumptions": []}, ...]} (docs/json-formats.md).
nlohmann::ordered_json basis_json(const analysis::Basis& basis);

}  // namespace jvgov::report
