#include "model/analysis/explanation.hpp"

#include <utility>

#include "model/analysis/voting_power.hpp"
#include "model/power/compute.hpp"
#include "model/power/oceanic.hpp"

namespace jvgov::analysis {

compile::CompiledGame explained_game(const governance::Model& model_on_date,
                                     const governance::Body& body, const governance::Matter& matter,
                                     compile::View view) {
    return compile::compile_matter(model_on_date, body, matter, view);
}

ExplanationFacts explain(const governance::Body& body, const governance::Matter& matter,
                         compile::CompiledGame compiled, int player, governance::Date day) {
    auto explanation =
        power::explain_player(compiled.game, player, max_listed_swings, max_explained_players);
    auto table = power::compute_power(compiled.game);
    if (compiled.ocean)
        table = oceanic_table(std::move(table), power::oceanic_power(ocean_game(compiled)));
    return {
        body, matter, std::move(compiled), player, day, std::move(explanation), std::move(table)};
}

}  // namespace jvgov::analysis
