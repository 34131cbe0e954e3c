#include "model/analysis/example.hpp"

#include <stdexcept>
#include <utility>

#include "model/games/weighted_game.hpp"
#include "model/power/compute.hpp"

namespace jvgov::analysis {

namespace {

power::Index engine_index(games::PowerIndex index) {
    switch (index) {
        case games::PowerIndex::banzhaf:
            return power::Index::banzhaf;
        case games::PowerIndex::penrose:
            return power::Index::penrose;
        case games::PowerIndex::shapley_shubik:
            return power::Index::shapley_shubik;
        case games::PowerIndex::deegan_packel:
            return power::Index::deegan_packel;
        case games::PowerIndex::public_good:
            return power::Index::public_good;
        case games::PowerIndex::johnston:
            return power::Index::johnston;
    }
    throw std::logic_error("unknown power index");
}

}  // namespace

ExampleFacts analyse_example(games::GameFile file) {
    power::PowerOptions options;
    for (const auto index : file.indices.empty() ? games::all_power_indices() : file.indices)
        options.indices.push_back(engine_index(index));
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
