// libFuzzer target: the small text parsers. The first byte picks one, the rest is its input:
// a weights file, parse_share, parse_decimal, parse_iso_date, parse_iso_month, parse_weight,
// parse_quota. A crash, a sanitizer report or an exception other than InputError is a finding
// (docs/robustness.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/exact/errors.hpp"
#include "model/exact/rational.hpp"
#include "model/games/notation.hpp"
#include "model/governance/date.hpp"
#include "model/load/game_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace jvgov;
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        switch (data[0] % 7) {
        case 0: {
            const load::WeightsFileResult loaded = load::load_weights_text(text, "fuzz.txt");
            for (const load::Diagnostic& diagnostic : loaded.diagnostics)
                (void)load::format(diagnostic);
            break;
        }
        case 1:
            if (const auto value = exact::parse_share(text)) {
                (void)exact::to_fraction_string(*value);
                (void)exact::to_percent_string(*value);
            }
            break;
        case 2:
            if (const auto value = exact::parse_decimal(text)) {
                (void)exact::to_usd_string(*value);
                (void)exact::to_grouped_integer_string(*value);
            }
            break;
        case 3:
            if (const auto day = governance::parse_iso_date(text))
                (void)governance::to_iso_string(*day);
            break;
        case 4:
            if (const auto month = governance::parse_iso_month(text))
                (void)governance::to_iso_string(*month);
            break;
        case 5:
            (void)games::parse_weight(text);
            break;
        case 6:
            (void)games::parse_quota(text, 1000);
            break;
        }
    } catch (const InputError&) {  // refused with a message
    }
    return 0;
}
