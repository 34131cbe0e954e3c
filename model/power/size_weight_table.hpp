// The table of coalition counts by size and weight (modulo one prime) behind the Shapley-Shubik
// values: every player multiplied in, each row stored over SizeWeightLayout's range.
#pragma once

#include <cstdint>
#include <vector>

#include "model/power/modular_arithmetic.hpp"
#include "model/power/weighted_tables.hpp"

namespace jvgov::power::tables {

enum class PlayerOrder {
    lightest_first,  // the rows stay narrow longest: on the IMF at 50% a quarter of the work
    heaviest_first,  // the previous order, kept for the cross-check tests
};

struct SizeTableOptions {
    PlayerOrder order = PlayerOrder::lightest_first;
    // Share each player's rows between this thread and a second one (the top rows on a new
    // thread; its lowest row reads a copy of the row below, which this thread updates), for a
    // table too large to hold one per thread. Only for players whose update covers at least
    // split_cells cells (below that a thread costs more than it saves). Measured slower than one
    // thread on this machine (the additions are bound by memory bandwidth: docs/performance.md),
    // so shapley_shubik leaves it off; kept, and cross-checked, for machines where it is not.
    bool split_rows = false;
    std::int64_t split_cells = std::int64_t{1} << 20;
};

// Multiplies the table (layout.cells counts by size and weight, initially the empty
// coalition: table[0] = 1 and zeros) by (1 + y x^w) for every weight w of `descending`
// (descending order, as given to layout_for), modulo prime.p. After j players, row k spans at
// most the weights between the sums of the k lightest and of the k heaviest of them; only that
// range is touched. The result does not depend on the options.
// Complexity: O(sum over players of the cells of the rows' current ranges) additions; memory:
// the table plus, with split_rows, one row.
void add_players_by_size(std::uint64_t* table, const SizeWeightLayout& layout,
                         const std::vector<std::int64_t>& descending, const modular::Prime& prime,
                         const SizeTableOptions& options = {});

}  // namespace jvgov::power::tables
