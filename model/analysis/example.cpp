#include "model/analysis/example.hpp"

#include <algorithm>
#include <utility>
#include <variant>
#include <vector>

#include "model/games/weighted_game.hpp"
#include "model/power/compute.hpp"
#include "model/power/index.hpp"

namespace jvgov::analysis {

namespace {

// The parts of a top-level AND or OR that never decide (ExampleFacts::idle_parts).
std::vector<std::size_t> idle_parts_of(const games::SimpleGame& game) {
    const auto* all = std::get_if<games::AllOf>(&game.rule.kind);
    const auto* any = std::get_if<games::AnyOf>(&game.rule.kind);
    const auto& parts = all != nullptr ? all->parts : any != nullptr ? any->parts
                                                                     : std::vector<games::Rule>{};
    const int n = games::player_count(game);
    std::vector<std::size_t> idle;
    if (parts.size() < 2 || n > example_idle_part_players)
        return idle;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        bool decides = false;
        for (games::Coalition c = 0; !decides && c <= games::grand_coalition(n); ++c) {
            bool others = all != nullptr;
            for (std::size_t j = 0; j < parts.size(); ++j) {
                if (j == k)
                    continue;
                others = all != nullptr ? others && games::wins(parts[j], c)
                                        : others || games::wins(parts[j], c);
            }
            const bool this_part = games::wins(parts[k], c);
            decides = all != nullptr ? others && !this_part : this_part && !others;
        }
        if (!decides)
            idle.push_back(k);
    }
    return idle;
}

}  // namespace

ExampleFacts analyse_example(load::GameFile file) {
    power::PowerOptions options;
    options.indices = file.indices.empty() ? power::reported_indices() : file.indices;
    if (!file.blocs.empty()) {
        options.blocs = file.blocs;
        for (const auto index : {power::Index::owen, power::Index::banzhaf_owen}) {
            if (std::find(options.indices.begin(), options.indices.end(), index) ==
                options.indices.end())
                options.indices.push_back(index);
        }
    }
    options.max_listed_coalitions = example_listed_coalitions;
    ExampleFacts facts{std::move(file), {}, std::nullopt};
    facts.idle_parts = idle_parts_of(facts.file.game);
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
