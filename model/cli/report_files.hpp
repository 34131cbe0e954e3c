// The files `jvgov report` writes for a model, computed in memory: the command's whole pipeline
// from a loaded model to rendered files, without touching the file system (the fuzz target
// tests/fuzz/fuzz_model_report.cpp runs it on arbitrary models).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/governance/date.hpp"
#include "model/governance/model.hpp"
#include "model/report/write_files.hpp"

namespace jvgov::cli {

// The summary, governance, control and voting-power reports (with their charts, CSV tables,
// explanations and JSON) of `model` under `out`: as of `as_of` when given, else as of the
// model's own as_of and, when it has events and the latest is on another date, as of that event
// ("-latest"). `model_file` names the model in the reports. Requires `as_of` or model.info.as_of (else PreconditionError).
// Throws InputError for what an analysis refuses (a game over the memory budget, a rule the
// compiler cannot express).
std::vector<report::OutputFile> model_report_files(const governance::Model& model,
                                                   const std::string& model_file,
                                                   const std::filesystem::path& out,
                                                   std::optional<governance::Date> as_of);

}  // namespace jvgov::cli
