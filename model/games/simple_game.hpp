// A simple game over named players: which coalitions win.
//
// The winning rule is a tree of value types: a weighted majority game [q; w1..wn] (leaf), the
// intersection (AllOf: every part must win; double majorities, required consents) or union (AnyOf:
// some part wins) of rules over the same players, a list of minimal winning coalitions, or an
// arbitrary winning predicate (small games only). Games are assumed monotone (adding a player never
// turns a win into a loss); compute_power checks this for the kinds where it can fail.
//
// A required consent of player i is AllOf{..., consent_of(n, i)}: the one-player weighted game in
// which only i has weight.
#pragma once

#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "model/exact/errors.hpp"
#include "model/games/coalition.hpp"
#include "model/games/weighted_game.hpp"

namespace jvgov::games {

struct Rule;

// Wins when every part wins.
struct AllOf {
    std::vector<Rule> parts;
};

// Wins when at least one part wins.
struct AnyOf {
    std::vector<Rule> parts;
};

// Wins when the coalition contains one of the listed coalitions.
struct MinimalWinningList {
    std::vector<Coalition> coalitions;
};

// Wins when the predicate says so. The predicate must be monotone and deterministic.
struct WinningPredicate {
    std::function<bool(Coalition)> wins;
    std::string description;  // shown in reports, e.g. "majority of seats including the chair"
};

struct Rule {
    std::variant<WeightedGame, AllOf, AnyOf, MinimalWinningList, WinningPredicate> kind;
};

struct SimpleGame {
    std::vector<std::string> players;  // names, in input order; the size is n
    Rule rule;
};

// A weighted game with the given names. The weights are used in the order of `players`.
SimpleGame make_weighted(std::vector<std::string> players, std::vector<std::int64_t> weights,
                         std::int64_t quota);

// The one-player rule "player is in the coalition" over n players (a required consent).
Rule consent_of(int n, int player);

// Names "P1".."Pn" for ad-hoc games given without names.
std::vector<std::string> default_player_names(int n);

int player_count(const SimpleGame& game);

// Whether `coalition` wins. REQUIRES: validate(game) passed.
bool wins(const Rule& rule, Coalition coalition);
bool wins(const SimpleGame& game, Coalition coalition);

// The weighted game when the whole rule is one weighted game (also through AllOf/AnyOf with a
// single part), so that the dynamic-programming path can be used; nullptr otherwise.
const WeightedGame* as_single_weighted(const SimpleGame& game);

// Throws InputError with a message naming the problem when: there are no players; a
// game other than a single weighted game has more than 64 players (coalitions are bitsets); a name
// is empty or repeated; a weighted part does not have one weight per player or is invalid
// (games::validate); an AllOf/AnyOf has no part; a minimal winning coalition is empty or names a
// player outside the game; a predicate is empty.
void validate(const SimpleGame& game);

// A one-line description: "[39; 7, 7, 1]", "[5; 1, 1, 1] AND [2; 1, 0, 1]", ...
std::string describe(const SimpleGame& game);

}  // namespace jvgov::games
