// The losing side of the Deegan-Packel and Johnston scores (critical_sides.hpp): tables of the
// complements of winning coalitions, lighter than q' = total - q + 1, by size and weight.
//
// Deegan-Packel: a forward sweep over the last (lightest) position j of a minimal winning
// coalition S = A + {j} keeps the coalitions of the positions before j, by size and weight
// (prefix sums in the weight, stored weight-major); the complements B of A among those positions
// are the ones with W_j - q < w(B) <= W_(j+1) - q, and |S| = j - |B| + 1. A player i before j is
// in A iff it is not in B: the window of the table with i divided out, an alternating sum of
// windows of the table itself. The counts are kept by |S| (they need only the primes of a
// coalition count, not of the scaled score) and weighted by lcm / |S| once exact.
//
// Johnston: in a winning coalition S, the critical members are the players s outside the losing
// coalition C = N - S with w_s >= d, d = q' - w(C) >= 1 its deficit in the dual game. With the
// positions in descending weight order, those with weight >= d are a prefix 0..p-1, where p is
// a group boundary (w_(p-1) >= d > w_p, w_n = 0): C = H + R with H among the prefix and R among
// the positions from p on, w(C) in [q' - w_(p-1), q' - w_p), and the p - |H| prefix positions
// outside H are critical, each scoring L / (p - |H|). A backward sweep over positions i keeps:
//  - F: the coalitions of the positions before i, by size and weight (every player multiplied
//    in, lightest first, then each position divided out in turn);
//  - Omega_i[k][t]: for H's part among the positions up to i of k members and weight t, the sum
//    over the boundaries p > i and the members of H between i and p of R's windows times
//    L / (p - |H|);
//  - S: the coalitions of the positions from i + 1 on, by weight (for R's windows).
// Position i's score is the dot product of F with Omega_i (i is outside H), once per weight
// group.
#include <algorithm>
#include <mutex>

#include "model/power/critical_sides.hpp"
#include "model/power/crt_reconstruction.hpp"
#include "model/power/residue_table.hpp"
#include "model/power/size_weight_table.hpp"

namespace jvgov::power::critical {

namespace {

// Weight-major storage of a size-by-weight table over weights 0..size-1: weight t holds sizes
// 0..top[t], top[t] the most members of a coalition of weight <= t.
struct WeightMajor {
    std::vector<std::size_t> top;
    std::vector<std::size_t> offset;  // offset[t]: start of weight t; offset[size]: cells
};

WeightMajor weight_major(const tables::SizeWeightLayout& layout, std::size_t size) {
    WeightMajor storage;
    storage.top.resize(size);
    storage.offset.assign(size + 1, 0);
    for (std::size_t t = 0, a = 0; t < size; ++t) {
        while (a + 1 < layout.rows && layout.low[a + 1] <= static_cast<std::int64_t>(t)) {
            ++a;
        }
        storage.top[t] = a;
        storage.offset[t + 1] = storage.offset[t] + a + 1;
    }
    return storage;
}

// Tables of one size reused from one prime to the next: zeroing a used table again is much
// cheaper on this machine than the page faults of a fresh one (a fresh 600 MiB table per prime
// took 40% of the Deegan-Packel time on the IMF at 85%).
class TablePool {
  public:
    explicit TablePool(std::size_t cells) : cells_(cells) {}

    // A table of zeros.
    tables::ResidueTable take() {
        {
            std::lock_guard lock(mutex_);
            if (!spare_.empty()) {
                tables::ResidueTable table = std::move(spare_.back());
                spare_.pop_back();
                table.clear();
                return table;
            }
        }
        return tables::ResidueTable(cells_);
    }

    void give(tables::ResidueTable&& table) {
        std::lock_guard lock(mutex_);
        spare_.push_back(std::move(table));
    }

  private:
    std::size_t cells_;
    std::mutex mutex_;
    std::vector<tables::ResidueTable> spare_;
};

}  // namespace

std::vector<Integer> deegan_packel_scores_losing(const tables::ReducedGame& game,
                                                 const Positions& positions, const Integer& lcm,
                                                 std::size_t most_members) {
    const std::size_t n = positions.weight.size();
    const std::int64_t q = game.quota;
    const std::int64_t dual = game.total - q + 1;
    const std::size_t size = static_cast<std::size_t>(dual);
    const tables::SizeWeightLayout layout = tables::layout_for(positions.weight, dual);
    const std::size_t rows = layout.rows;  // complements lighter than q' have < rows members
    const WeightMajor storage = weight_major(layout, size);
    const std::vector<std::size_t>& top = storage.top;
    const std::vector<std::size_t>& offset = storage.offset;
    std::vector<std::int64_t> before(n + 1, 0);  // before[j]: weight of the positions before j
    for (std::size_t j = 0; j < n; ++j) {
        before[j + 1] = before[j] + positions.weight[j];
    }
    std::vector<std::size_t> representatives;  // first position of each group of weight > 0
    for (std::size_t i = 0; i < n; ++i) {
        if (positions.group_starts[i] && positions.weight[i] > 0) {
            representatives.push_back(i);
        }
    }
    const std::size_t sizes = most_members + 1;  // counts by |S| in 0..most_members

    CrtBasis basis(modular::primes_for_bits(tables::coalition_bits(n)));
    std::vector<std::vector<std::uint64_t>> residues(basis.primes().size());
    unsigned threads = critical::threads_for(offset[size] * sizeof(std::uint64_t));
    TablePool pool(offset[size]);
    modular::for_each_prime(basis.primes().size(), threads, [&](std::size_t k) {
        const modular::Prime& prime = basis.primes()[k];
        const std::uint64_t modulus = prime.p;
        tables::ResidueTable table = pool.take();  // prefix sums in t, by size
        for (std::size_t t = 0; t < size; ++t) {
            table[offset[t]] = 1;  // the empty coalition has weight 0 <= t
        }
        auto prefix = [&](std::size_t a, std::int64_t t) -> std::uint64_t {
            if (t < 0) {
                return 0;
            }
            std::size_t tu = static_cast<std::size_t>(std::min<std::int64_t>(t, dual - 1));
            return a > top[tu] ? 0 : table[offset[tu] + a];
        };
        std::vector<std::uint64_t> counts(representatives.size() * sizes, 0);
        std::vector<std::uint64_t> plus(rows, 0);
        std::vector<std::uint64_t> minus(rows, 0);
        std::size_t next_rep = 0;  // representatives[0..next_rep) are before j
        for (std::size_t j = 0; j < n; ++j) {
            const std::int64_t wj = positions.weight[j];
            const std::int64_t high = before[j + 1] - q;  // B's window (low, high]
            const std::int64_t low = before[j] - q;
            if (wj > 0 && high >= 0) {
                if (next_rep < representatives.size() && representatives[next_rep] == j) {
                    // j as the last member: B of any size b, |S| = j - b + 1.
                    std::uint64_t* out = counts.data() + next_rep * sizes;
                    for (std::size_t b = 0; b < rows && b <= j; ++b) {
                        const std::size_t members = j - b + 1;
                        if (members < sizes) {
                            out[members] =
                                prime.add(out[members], prime.sub(prefix(b, high), prefix(b, low)));
                        }
                    }
                }
                for (std::size_t r = 0; r < next_rep; ++r) {
                    // Representative i in A, i.e. not in B: the window of the table with i
                    // divided out, sum over s of (-1)^s times the window shifted by s w_i in
                    // rows b - s.
                    const std::int64_t wi = positions.weight[representatives[r]];
                    std::fill(plus.begin(), plus.end(), 0);
                    std::fill(minus.begin(), minus.end(), 0);
                    std::int64_t shifted_high = high;
                    std::int64_t shifted_low = low;
                    for (std::size_t shift = 0; shift < rows && shifted_high >= 0;
                         ++shift, shifted_high -= wi, shifted_low -= wi) {
                        std::vector<std::uint64_t>& added = shift % 2 == 0 ? plus : minus;
                        std::vector<std::uint64_t>& taken = shift % 2 == 0 ? minus : plus;
                        std::size_t hu = static_cast<std::size_t>(shifted_high);
                        std::size_t last = std::min(top[hu], rows - 1 - shift);
                        tables::add_rows(added.data() + shift, table.data() + offset[hu], last + 1,
                                         modulus);
                        if (shifted_low >= 0) {
                            std::size_t lu = static_cast<std::size_t>(shifted_low);
                            tables::add_rows(taken.data() + shift, table.data() + offset[lu],
                                             std::min(last, top[lu]) + 1, modulus);
                        }
                    }
                    std::uint64_t* out = counts.data() + r * sizes;
                    for (std::size_t b = 0; b < rows && b < j; ++b) {
                        const std::size_t members = j - b + 1;
                        if (members < sizes) {
                            out[members] = prime.add(out[members], prime.sub(plus[b], minus[b]));
                        }
                    }
                }
            }
            while (next_rep < representatives.size() && representatives[next_rep] <= j) {
                ++next_rep;
            }
            add_position(table.data(), offset, top, size, wj, j, prime);
        }
        residues[k] = std::move(counts);
        pool.give(std::move(table));
    });
    const std::vector<Integer> counts = reconstruct_all(basis, residues);
    std::vector<Integer> result(positions.groups.size(), 0);
    for (std::size_t r = 0; r < representatives.size(); ++r) {
        Integer score = 0;
        for (std::size_t members = 1; members < sizes; ++members) {
            const Integer& count = counts[r * sizes + members];
            if (count != 0) {
                score += count * (lcm / members);
            }
        }
        result[positions.group_of[representatives[r]]] = score;
    }
    return result;
}

std::vector<Integer> johnston_scores_losing(const tables::ReducedGame& game,
                                            const Positions& positions, const Integer& lcm,
                                            std::size_t most_critical) {
    const std::size_t n = positions.weight.size();
    const std::int64_t dual = game.total - game.quota + 1;
    const std::size_t size = static_cast<std::size_t>(dual);
    const tables::SizeWeightLayout layout = tables::layout_for(positions.weight, dual);
    const std::size_t rows = layout.rows;
    // after[i]: weight of the positions from i on; upto[i]: of the positions before i.
    std::vector<std::int64_t> after(n + 1, 0);
    std::vector<std::int64_t> upto(n + 1, 0);
    for (std::size_t i = n; i-- > 0;) {
        after[i] = after[i + 1] + positions.weight[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
        upto[i + 1] = upto[i] + positions.weight[i];
    }
    auto row_low = [&](std::size_t a) { return layout.low[a]; };
    auto row_high = [&](std::size_t a) { return layout.high[a]; };

    CrtBasis basis(modular::primes_for_bits(tables::coalition_bits(n) + bit_length(lcm)));
    std::vector<std::vector<std::uint64_t>> residues(basis.primes().size());
    unsigned threads = critical::threads_for(2 * layout.cells * sizeof(std::uint64_t));
    TablePool pool(layout.cells);
    modular::for_each_prime(basis.primes().size(), threads, [&](std::size_t k) {
        const modular::Prime& prime = basis.primes()[k];
        const std::uint64_t modulus = prime.p;
        // share[c] = L / c for c critical members, in Montgomery form (0 beyond the bound: no
        // winning coalition has that many).
        std::vector<std::uint64_t> share(n + 2, 0);
        for (std::size_t c = 1; c <= most_critical && c < share.size(); ++c) {
            share[c] =
                prime.montgomery(static_cast<std::uint64_t>((lcm / c) % modulus), prime.r_squared);
        }
        tables::ResidueTable before = pool.take();
        tables::ResidueTable omega = pool.take();
        auto cell = [&](tables::ResidueTable& table, std::size_t a, std::int64_t t) {
            return table.data() + layout.offset[a] + static_cast<std::size_t>(t - layout.low[a]);
        };
        before[0] = 1;
        tables::add_players_by_size(before.data(), layout, positions.weight, prime);
        std::vector<std::uint64_t> suffix(size, 0);  // coalitions of the positions from i + 1 on
        suffix[0] = 1;
        std::vector<std::uint64_t> suffix_prefix(size, 0);
        std::vector<std::uint64_t> windows(size, 0);
        std::vector<std::uint64_t> per_group(positions.groups.size(), 0);

        for (std::size_t i = n; i-- > 0;) {
            const std::int64_t w = positions.weight[i];
            // H's part among the positions up to i weighs at most upto[i + 1]; Omega_i is 0 below
            // q' - after[i] (nothing after i could make up the deficit).
            const std::int64_t reach = std::min(dual - 1, upto[i + 1]);
            const std::int64_t needed = std::max<std::int64_t>(0, dual - after[i]);
            // F becomes the coalitions of the positions before i (ascending sizes: row a - 1 is
            // already the new one).
            for (std::size_t a = 1; a < rows && a <= i + 1; ++a) {
                std::int64_t from = std::max(row_low(a), row_low(a - 1) + w);
                std::int64_t to = std::min({row_high(a), row_high(a - 1) + w, reach});
                if (from <= to) {
                    tables::subtract_rows(cell(before, a, from), cell(before, a - 1, from - w),
                                          static_cast<std::size_t>(to - from + 1), modulus);
                }
            }
            // Omega_(i+1) to Omega_i: position i + 1 in H or not (ascending sizes: row c + 1 is
            // still the old one when row c is updated).
            if (i + 1 < n) {
                const std::int64_t next = positions.weight[i + 1];
                for (std::size_t c = 0; c + 1 < rows && c <= i + 1; ++c) {
                    std::int64_t from = std::max({row_low(c), row_low(c + 1) - next, needed});
                    std::int64_t to = std::min({row_high(c), row_high(c + 1) - next, reach});
                    if (from <= to) {
                        tables::add_rows(cell(omega, c, from), cell(omega, c + 1, from + next),
                                         static_cast<std::size_t>(to - from + 1), modulus);
                    }
                }
            }
            // The boundary p = i + 1 (H among the positions up to i, R from i + 1 on):
            // R's weight in [q' - w_i - t, q' - w_(i+1) - 1 - t].
            const std::int64_t lighter = i + 1 < n ? positions.weight[i + 1] : 0;
            if (w > 0 && w > lighter) {
                std::uint64_t running = 0;
                for (std::size_t x = 0; x < size; ++x) {
                    running = prime.add(running, suffix[x]);
                    suffix_prefix[x] = running;
                }
                auto at_most = [&](std::int64_t x) -> std::uint64_t {
                    return x < 0 ? 0 : suffix_prefix[static_cast<std::size_t>(x)];
                };
                const std::int64_t first = needed;
                const std::int64_t last = std::min(reach, dual - 1 - lighter);
                for (std::int64_t t = first; t <= last; ++t) {
                    windows[static_cast<std::size_t>(t)] =
                        prime.sub(at_most(dual - 1 - lighter - t), at_most(dual - 1 - w - t));
                }
                for (std::size_t c = 0; c < rows && c <= i; ++c) {
                    const std::uint64_t scale = share[i + 1 - c];
                    const std::int64_t from = std::max(row_low(c), first);
                    const std::int64_t to = std::min(row_high(c), last);
                    if (scale == 0 || from > to) {
                        continue;
                    }
                    std::uint64_t* target = cell(omega, c, from);
                    for (std::int64_t t = from; t <= to; ++t, ++target) {
                        std::uint64_t value = windows[static_cast<std::size_t>(t)];
                        if (value != 0) {
                            *target = prime.add(*target, prime.montgomery(value, scale));
                        }
                    }
                }
            }
            if (positions.group_ends[i] && w > 0) {
                // Position i outside H: F (positions before i) against Omega_i.
                const std::int64_t reachable = std::min(dual - 1, upto[i]);
                std::uint64_t score = 0;
                for (std::size_t c = 0; c < rows && c <= i; ++c) {
                    const std::int64_t from = std::max(row_low(c), needed);
                    const std::int64_t to = std::min(row_high(c), reachable);
                    if (from <= to) {
                        score = prime.add(
                            score, prime.montgomery_dot(cell(before, c, from), cell(omega, c, from),
                                                        static_cast<std::size_t>(to - from + 1)));
                    }
                }
                per_group[positions.group_of[i]] = prime.montgomery(score, prime.r_squared);
            }
            tables::multiply_by_binomial(suffix.data(), size, static_cast<std::size_t>(w), prime);
        }
        residues[k] = per_group;
        pool.give(std::move(before));
        pool.give(std::move(omega));
    });
    return reconstruct_all(basis, residues);
}

}  // namespace jvgov::power::critical
