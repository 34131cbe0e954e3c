#include "model/analysis/example.hpp"

#include <utility>

#include "model/games/weighted_game.hpp"
#include "model/power/compute.hpp"
#include "model/power/index.hpp"

namespace jvgov::analysis {

ExampleFacts analyse_example(load::GameFile file) {
    power::PowerOptions options;
    options.indices = file.indices.empty() ? power::reported_indices() : file.indices;
    options.max_listed_coalitions = example_listed_coalitions;
    ExampleFacts facts{std::move(file), {}, std::nullopt};
    facts.table = power::compute_power(facts.file.game, options);
    const auto* weighted = games::as_single_weighted(facts.file.game);
    if (weighted != nullptr && facts.table.players.front().banzhaf) {
        const std::int64_t total = games::total_weight(*weighted);
        const auto quota_count = static_cast<std::size_t>(total - total / 2);
        const std::size_t quotas = quota_count <= example_exhaustive_quotas
                                       ? example_exhaustive_quotas
                                       : example_sampled_quotas;
        facts.sweep = power::sweep_thresholds(weighted->weights, quotas, {weighted->quota});
    }
    return facts;
}

}  // namespace jvgov::analysis
