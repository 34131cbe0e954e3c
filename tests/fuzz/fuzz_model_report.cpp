// libFuzzer target: a model file (TOML text) through the loader and, when it loads without
// error, the whole `jvgov report` pipeline in memory (analyses and every rendered file, nothing
// written). A crash, a sanitizer report, an exception other than InputError, a NUL byte in a
// rendered file or two files with one path (the loader refuses ids whose files would collide) is
// a finding (docs/robustness.md).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <set>
#include <string_view>

#include "model/cli/report_files.hpp"
#include "model/exact/errors.hpp"
#include "model/load/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace jvgov;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const load::LoadResult loaded = load::load_model(text, "fuzz.toml");
    for (const load::Diagnostic& diagnostic : loaded.diagnostics)
        (void)load::format(diagnostic);
    if (!loaded.model)
        return 0;
    std::optional<governance::Date> as_of;
    if (!loaded.model->info.as_of)
        as_of = governance::parse_iso_date("2025-01-22");
    try {
        const auto files = cli::model_report_files(*loaded.model, "fuzz.toml", "out", as_of);
        std::set<std::filesystem::path> paths;
        for (const auto& file : files) {
            if (file.contents.find('\0') != std::string::npos) {
                std::fprintf(stderr, "fuzz: a NUL byte in %s\n", file.path.c_str());
                std::abort();
            }
            if (!paths.insert(file.path).second) {
                std::fprintf(stderr, "fuzz: two files have the path %s\n", file.path.c_str());
                std::abort();
            }
        }
    } catch (const InputError&) {  // refused with a message: exit 1 in the CLI
    }
    return 0;
}
