#include "model/report/game_titles.hpp"

#include <fmt/core.h>

#include "model/governance/registry.hpp"
#include "model/load/output_names.hpp"

namespace jvgov::report {

namespace {

using compile::CompiledGame;
using compile::View;
using governance::Model;

std::string body_name(const Model& model, const std::string& id) {
    const auto* body = governance::find_body(model, id);
    return body ? body->name : id;
}

std::string matter_name(const Model& model, const std::string& body, const std::string& id) {
    const auto* matter = governance::find_matter(model, body, id);
    return matter ? matter->name : id;
}

}  // namespace

std::string game_title(const Model& model, const CompiledGame& game) {
    auto title = body_name(model, game.body) + ": " + matter_name(model, game.body, game.matter);
    if (game.view != View::members)
        title += " (" + compile::view_name(game.view) +
                 (game.declared_view ? " view)" : " view, an alternative reading)");
    return title;
}

std::string game_slug(const CompiledGame& game) {
    return load::game_slug(game.matter,
                           game.view == View::members ? "" : compile::view_name(game.view));
}

}  // namespace jvgov::report
