// add_players_by_size (size_weight_table.hpp).
#include "model/power/size_weight_table.hpp"

#include <algorithm>
#include <thread>

namespace jvgov::power::tables {

namespace {

// The rows of one player's update (1 + y x^w): row k gets row k-1 shifted by w over
// [from, to]; rows are updated from the top down, so that row k-1 is still the old one.
struct RowUpdate {
    std::size_t row;
    std::int64_t from;
    std::int64_t to;
};

void apply(std::uint64_t* table, const SizeWeightLayout& layout,
           const RowUpdate& update, std::int64_t w, std::uint64_t modulus,
           const std::uint64_t* source = nullptr) {
    const std::size_t k = update.row;
    if (source == nullptr) {
        source = table + layout.offset[k - 1] +
                 static_cast<std::size_t>(update.from - w - layout.low[k - 1]);
    }
    add_rows(
        table + layout.offset[k] + static_cast<std::size_t>(update.from - layout.low[k]),
        source, static_cast<std::size_t>(update.to - update.from + 1), modulus);
}

}  // namespace

void add_players_by_size(std::uint64_t* table, const SizeWeightLayout& layout,
                         const std::vector<std::int64_t>& descending, const modular::Prime& prime,
                         const SizeTableOptions& options) {
    const std::size_t n = descending.size();
    const std::uint64_t modulus = prime.p;
    std::vector<std::int64_t> current_low(layout.rows, 0);
    std::vector<std::int64_t> current_high(layout.rows, 0);
    std::vector<RowUpdate> updates;
    std::vector<std::uint64_t> copy;
    for (std::size_t j = 0; j < n; ++j) {
        const std::int64_t w =
            options.order == PlayerOrder::lightest_first ? descending[n - 1 - j] : descending[j];
        const std::size_t top = std::min(j + 1, layout.rows - 1);
        updates.clear();
        std::int64_t cells = 0;
        for (std::size_t k = top; k >= 1; --k) {
            std::int64_t from = std::max(layout.low[k], current_low[k - 1] + w);
            std::int64_t to = std::min(layout.high[k], current_high[k - 1] + w);
            if (from <= to) {
                updates.push_back({k, from, to});
                cells += to - from + 1;
            }
        }
        if (!options.split_rows || cells < options.split_cells || updates.size() < 2) {
            for (const RowUpdate& update : updates) {
                apply(table, layout, update, w, modulus);
            }
        } else {
            // updates[0..middle) (the top rows) on a new thread, the rest here.
            std::size_t middle = 0;
            for (std::int64_t upper = 0; middle + 1 < updates.size() && 2 * upper < cells;
                 ++middle) {
                upper += updates[middle].to - updates[middle].from + 1;
            }
            // The last top-band row reads row r - 1, which this thread updates: copy it first.
            const RowUpdate& boundary = updates[middle - 1];
            const std::size_t below = boundary.row - 1;
            const auto length = static_cast<std::size_t>(boundary.to - boundary.from + 1);
            const std::uint64_t* start = table + layout.offset[below] +
                                         static_cast<std::size_t>(boundary.from - w -
                                                                  layout.low[below]);
            copy.assign(start, start + length);
            std::thread top_band([&] {
                for (std::size_t u = 0; u + 1 < middle; ++u) {
                    apply(table, layout, updates[u], w, modulus);
                }
                apply(table, layout, boundary, w, modulus, copy.data());
            });
            for (std::size_t u = middle; u < updates.size(); ++u) {
                apply(table, layout, updates[u], w, modulus);
            }
            top_band.join();
        }
        for (std::size_t k = top; k >= 1; --k) {
            std::int64_t low = current_low[k - 1] + w;
            std::int64_t high = std::min(current_high[k - 1] + w, layout.high[k]);
            if (k == j + 1) {
                current_low[k] = low;
                current_high[k] = high;
            } else {
                current_low[k] = std::min(current_low[k], low);
                current_high[k] = std::max(current_high[k], high);
            }
        }
    }
}


}  // namespace jvgov::power::tables
