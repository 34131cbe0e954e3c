#include "model/load/output_names.hpp"

#include <fmt/core.h>

namespace jvgov::load {

std::string game_slug(std::string_view matter, std::string_view view) {
    return view.empty() ? std::string{matter} : fmt::format("{}-{}", matter, view);
}

std::string threshold_slug(std::string_view body) {
    return fmt::format("threshold-{}", body);
}

std::string explanation_stem(std::string_view game_slug, std::string_view player) {
    return fmt::format("{}-{}", game_slug, player);
}

}  // namespace jvgov::load
