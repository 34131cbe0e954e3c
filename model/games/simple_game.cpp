#include "model/games/simple_game.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <fmt/core.h>
#include <fmt/format.h>

#include "model/exact/errors.hpp"

namespace jvgov::games {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

std::int64_t coalition_weight(const WeightedGame& game, Coalition coalition) {
    std::int64_t sum = 0;
    while (coalition != 0) {
        sum += game.weights[static_cast<std::size_t>(std::countr_zero(coalition))];
        coalition &= coalition - 1;
    }
    return sum;
}

void validate_rule(const Rule& rule, int n, const std::string& where) {
    std::visit(Overloaded{
                   [&](const WeightedGame& weighted) {
                       if (weighted.weights.size() != static_cast<std::size_t>(n)) {
                           throw InputError(fmt::format("{}has {} weights for {} players", where,
                                                        weighted.weights.size(), n));
                       }
                       try {
                           validate(weighted);
                       } catch (const InputError& e) {
                           throw InputError(where + e.what());
                       }
                   },
                   [&](const AllOf& all) {
                       if (all.parts.empty()) {
                           throw InputError(where + "an AND of no games");
                       }
                       for (std::size_t i = 0; i < all.parts.size(); ++i) {
                           validate_rule(all.parts[i], n, fmt::format("{}part {}: ", where, i + 1));
                       }
                   },
                   [&](const AnyOf& any) {
                       if (any.parts.empty()) {
                           throw InputError(where + "an OR of no games");
                       }
                       for (std::size_t i = 0; i < any.parts.size(); ++i) {
                           validate_rule(any.parts[i], n, fmt::format("{}part {}: ", where, i + 1));
                       }
                   },
                   [&](const MinimalWinningList& list) {
                       if (list.coalitions.empty()) {
                           throw InputError(where + "no minimal winning coalition is listed");
                       }
                       for (Coalition c : list.coalitions) {
                           if (c == 0) {
                               throw InputError(where + "the empty coalition cannot be winning");
                           }
                           if ((c & ~grand_coalition(n)) != 0) {
                               throw InputError(where +
                                                "a listed coalition names a player outside "
                                                "the game");
                           }
                       }
                   },
                   [&](const WinningPredicate& predicate) {
                       if (!predicate.wins) {
                           throw InputError(where + "the winning predicate is empty");
                       }
                   },
               },
               rule.kind);
}

std::string describe_rule(const Rule& rule, const std::vector<std::string>& names) {
    return std::visit(
        Overloaded{
            [&](const WeightedGame& weighted) {
                return fmt::format("[{}; {}]", weighted.quota, fmt::join(weighted.weights, ", "));
            },
            [&](const AllOf& all) {
                std::vector<std::string> parts;
                for (const Rule& part : all.parts) {
                    parts.push_back(describe_rule(part, names));
                }
                return parts.size() == 1 ? parts.front()
                                         : fmt::format("({})", fmt::join(parts, " AND "));
            },
            [&](const AnyOf& any) {
                std::vector<std::string> parts;
                for (const Rule& part : any.parts) {
                    parts.push_back(describe_rule(part, names));
                }
                return parts.size() == 1 ? parts.front()
                                         : fmt::format("({})", fmt::join(parts, " OR "));
            },
            [&](const MinimalWinningList& list) {
                std::vector<std::string> coalitions;
                for (Coalition c : list.coalitions) {
                    std::vector<std::string> who;
                    for (int i : members(c)) {
                        who.push_back(names[static_cast<std::size_t>(i)]);
                    }
                    coalitions.push_back(fmt::format("{{{}}}", fmt::join(who, ", ")));
                }
                return fmt::format("minimal winning coalitions {}", fmt::join(coalitions, " "));
            },
            [&](const WinningPredicate& predicate) {
                return predicate.description.empty() ? std::string("a winning predicate")
                                                     : predicate.description;
            },
        },
        rule.kind);
}

}  // namespace

SimpleGame make_weighted(std::vector<std::string> players, std::vector<std::int64_t> weights,
                         std::int64_t quota) {
    return SimpleGame{std::move(players), Rule{WeightedGame{std::move(weights), quota}}};
}

Rule consent_of(int n, int player) {
    std::vector<std::int64_t> weights(static_cast<std::size_t>(n), 0);
    weights.at(static_cast<std::size_t>(player)) = 1;
    return Rule{WeightedGame{std::move(weights), 1}};
}

std::vector<std::string> default_player_names(int n) {
    std::vector<std::string> names;
    for (int i = 1; i <= n; ++i) {
        names.push_back(fmt::format("P{}", i));
    }
    return names;
}

int player_count(const SimpleGame& game) {
    return static_cast<int>(game.players.size());
}

bool wins(const Rule& rule, Coalition coalition) {
    return std::visit(
        Overloaded{
            [&](const WeightedGame& weighted) {
                return coalition_weight(weighted, coalition) >= weighted.quota;
            },
            [&](const AllOf& all) {
                return std::all_of(all.parts.begin(), all.parts.end(),
                                   [&](const Rule& part) { return wins(part, coalition); });
            },
            [&](const AnyOf& any) {
                return std::any_of(any.parts.begin(), any.parts.end(),
                                   [&](const Rule& part) { return wins(part, coalition); });
            },
            [&](const MinimalWinningList& list) {
                return std::any_of(list.coalitions.begin(), list.coalitions.end(),
                                   [&](Coalition m) { return (m & ~coalition) == 0; });
            },
            [&](const WinningPredicate& predicate) { return predicate.wins(coalition); },
        },
        rule.kind);
}

bool wins(const SimpleGame& game, Coalition coalition) {
    return wins(game.rule, coalition);
}

const WeightedGame* as_single_weighted(const SimpleGame& game) {
    const Rule* rule = &game.rule;
    while (true) {
        if (const auto* weighted = std::get_if<WeightedGame>(&rule->kind)) {
            return weighted;
        }
        if (const auto* all = std::get_if<AllOf>(&rule->kind); all && all->parts.size() == 1) {
            rule = &all->parts.front();
        } else if (const auto* any = std::get_if<AnyOf>(&rule->kind);
                   any && any->parts.size() == 1) {
            rule = &any->parts.front();
        } else {
            return nullptr;
        }
    }
}

void validate(const SimpleGame& game) {
    const int n = player_count(game);
    if (n == 0) {
        throw InputError("the game has no players");
    }
    if (n > max_players && as_single_weighted(game) == nullptr) {
        throw InputError(fmt::format(
            "the game has {} players; games other than a single weighted game are limited to {}", n,
            max_players));
    }
    std::set<std::string> seen;
    for (const std::string& name : game.players) {
        if (name.empty()) {
            throw InputError("a player name is empty");
        }
        if (!seen.insert(name).second) {
            throw InputError(fmt::format("player name '{}' is repeated", name));
        }
    }
    validate_rule(game.rule, n, "");
}

std::string describe(const SimpleGame& game) {
    return describe_rule(game.rule, game.players);
}

}  // namespace jvgov::games
