// The single entry point of the power engine: every index of a simple game, exactly, within a
// memory budget, or approximately by Monte Carlo when asked.
//
// Method: a game that is one weighted game goes to the weighted dynamic programming
// (model/power/weighted_power.hpp), or, beyond 64 players with few distinct weights (at most
// max_weight_class_profiles profiles, such as a large board of one-vote directors), to the
// profiles of its weight classes (model/power/weight_classes.hpp), never to enumeration unless
// the weight tables of an index asked for exceed the memory budget while the 2^n coalitions fit
// it (a few players with huge weights, around 10^15, after dividing by their common divisor);
// only the list of minimal winning
// coalitions (when at most max_listed_coalitions) and Owen values (blocs given, n at most
// max_enumeration_players) look at coalitions. Any other game (AND/OR composites, lists of
// minimal winning coalitions, predicates) is enumerated exactly when it has at most
// max_enumeration_players players (default 25). Before computing, the memory is estimated
// (the weighted DP's own estimate; 2^n bits per bitmap for enumeration) and compared with the
// budget.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/exact/errors.hpp"
#include "model/games/simple_game.hpp"
#include "model/power/index.hpp"
#include "model/power/power_table.hpp"

namespace jvgov::power {

// A quarter of the physical memory (sysconf), or 1 GiB when it cannot be read; and at most three
// quarters of the process's soft limit on its address space (RLIMIT_AS, `ulimit -v`) or on its
// data (RLIMIT_DATA, `ulimit -d`) when one is set, so that a limited process refuses what it
// cannot hold, with the estimate, instead of failing an allocation part-way.
std::uint64_t default_memory_budget();

struct PowerOptions {
    // Indices to compute. Empty: every index that fits the budget (the others are listed in
    // PowerTable::skipped); Owen and Banzhaf-Owen only when blocs are given.
    std::vector<Index> indices;
    // A priori unions: a partition of the players (indices 0..n-1). Empty: none.
    std::vector<std::vector<int>> blocs;
    std::uint64_t max_memory_bytes = default_memory_budget();
    int max_enumeration_players = games::default_enumeration_limit;
    std::size_t max_listed_coalitions = 1000;
    bool approximate = false;
    std::uint64_t samples = 100000;
    std::uint64_t seed = 1;
};

struct CostEstimate {
    std::uint64_t bytes = 0;
    double operations = 0;
};

// Thrown when an exact computation would exceed the memory budget or the enumeration limit; the
// message states the estimate, the limit and how many times the budget the estimate is, and
// suggests --approximate.
class BudgetExceeded : public InputError {
  public:
    using InputError::InputError;
};

// "2.0 GiB", "512.0 MiB", "4.0 KiB", "100 B".
std::string format_bytes(std::uint64_t bytes);

// Computes the requested indices (exact, or estimates when options.approximate).
// Throws InputError for an invalid game (validate), invalid blocs, an index that needs blocs
// without them or no samples, and BudgetExceeded (an InputError) as described above.
PowerTable compute_power(const games::SimpleGame& game, const PowerOptions& options = {});

}  // namespace jvgov::power
