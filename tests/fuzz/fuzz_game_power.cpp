// libFuzzer target: a game file (TOML text, docs/game-format.md) through its loader, then the
// power engine under a small budget (64 MiB, enumeration up to 16 players) and, when the game
// fits it, the example report's analysis and files in memory. A crash, a sanitizer report or an
// exception other than InputError is a finding (docs/robustness.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/analysis/example.hpp"
#include "model/exact/errors.hpp"
#include "model/load/game_file.hpp"
#include "model/power/compute.hpp"
#include "model/report/example_report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace jvgov;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // A directory that does not exist: a weights_file the game names cannot be read.
    load::GameFileResult loaded = load::load_game_text(text, "/nonexistent/fuzz.game.toml");
    for (const load::Diagnostic& diagnostic : loaded.diagnostics)
        (void)load::format(diagnostic);
    if (!loaded.game_file)
        return 0;
    try {
        power::PowerOptions options;
        options.blocs = loaded.game_file->blocs;
        options.max_memory_bytes = 64u << 20;
        options.max_enumeration_players = 16;
        (void)power::compute_power(loaded.game_file->game, options);
        if (loaded.game_file->game.players.size() > 16)
            return 0;  // the example analysis sweeps quotas: keep each run short
        const analysis::ExampleFacts facts = analysis::analyse_example(*loaded.game_file);
        (void)report::render_example_files(facts, {"fuzz.game.toml", "jvgov", {}}, "out/fuzz");
    } catch (const InputError&) {  // refused with a message: exit 1 in the CLI
    }
    return 0;
}
