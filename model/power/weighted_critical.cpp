// minimal_winning_counts and johnston_raw (weighted_power.hpp), and the winning side of the
// Deegan-Packel and Johnston scores (critical_sides.hpp; the losing side is in
// weighted_critical_losing.cpp).
//
// Players are taken in descending weight order (positions 0..n-1). In a winning coalition S with
// excess e = w(S) - q, a member is critical iff its weight exceeds e, so the critical members
// are the heaviest ones: S splits into C (critical members before the last critical one, j),
// j itself, and a tail D of non-critical members, all strictly lighter than j. S is minimal
// winning iff D is empty. Scores with 1/|S| or 1/(critical count) are computed as integers
// scaled by L = lcm(1..m), m the most members a minimal winning coalition or a critical set can
// have, and divided by L at the end.
//
// Minimal winning counts (raw public good index): one backward sweep with one-dimensional tables.
// Deegan-Packel: a forward sweep with window sums (see deegan_packel_scores).
// Johnston: one backward sweep over the positions keeps, modulo one prime:
//  - F: the coalitions of the positions before i, by size and weight (the polynomial of the whole
//    game, from which each position is divided out in turn);
//  - Omega: for a critical prefix of c members and weight t ending at a player taken as i, the
//    weighted number of ways to complete it with further critical members and a last critical
//    j > i and a tail, each completion weighted by L / (final number of critical members);
//  - the tail counts G(z): tails D after the last critical player's weight group
//    that keep every tail member non-critical and j critical, given z = q - w(C) - w_j.
// A player's score is then a single dot product of F with Omega (plus the terms where it is the
// last critical member itself), computed once per weight group.
#include <algorithm>
#include <numeric>

#include "model/power/critical_sides.hpp"
#include "model/power/crt_reconstruction.hpp"
#include "model/power/weighted_power.hpp"
#include "model/power/weighted_tables.hpp"

namespace jvgov::power::critical {

Positions positions_of(const tables::ReducedGame& game) {
    Positions positions;
    positions.groups = tables::group_by_weight(game.weights);
    for (std::size_t g = 0; g < positions.groups.size(); ++g) {
        std::size_t size = positions.groups[g].players.size();
        for (std::size_t m = 0; m < size; ++m) {
            positions.weight.push_back(positions.groups[g].weight);
            positions.group_of.push_back(g);
            positions.group_starts.push_back(m == 0);
            positions.group_ends.push_back(m + 1 == size);
        }
    }
    return positions;
}

Integer lcm_up_to(std::size_t n) {
    Integer result = 1;
    for (std::size_t k = 2; k <= n; ++k) {
        result = boost::multiprecision::lcm(result, Integer(k));
    }
    return result;
}

std::size_t largest_losing_size(const tables::ReducedGame& game) {
    std::vector<std::int64_t> ascending = game.weights;
    std::sort(ascending.begin(), ascending.end());
    std::size_t members = 0;
    std::int64_t weight = 0;
    while (members < ascending.size() && weight + ascending[members] < game.quota) {
        weight += ascending[members];
        ++members;
    }
    return members;
}

std::size_t bit_length(const Integer& value) {
    return value == 0 ? 0 : static_cast<std::size_t>(boost::multiprecision::msb(value)) + 1;
}

void add_position(std::uint64_t* table, const std::vector<std::size_t>& offset,
                  const std::vector<std::size_t>& top, std::size_t size, std::int64_t w,
                  std::size_t j, const modular::Prime& prime) {
    if (w == 0) {
        for (std::size_t t = 0; t < size; ++t) {
            for (std::size_t a = top[t]; a >= 1; --a) {
                table[offset[t] + a] = prime.add(table[offset[t] + a], table[offset[t] + a - 1]);
            }
        }
        return;
    }
    const std::size_t wu = static_cast<std::size_t>(w);
    for (std::size_t t = size; t-- > wu;) {
        std::size_t count = std::min({top[t], top[t - wu] + 1, j + 1});
        tables::add_rows(table + offset[t] + 1, table + offset[t - wu], count, prime.p);
    }
}

namespace {

// Residues of the number of minimal winning coalitions (value 0) and, per weight group g, of
// the number containing one player of the group (value 1 + g).
std::vector<Integer> minimal_winning_residues(const tables::ReducedGame& game,
                                              const Positions& positions) {
    const std::size_t n = positions.weight.size();
    const std::int64_t q = game.quota;
    const std::size_t size = static_cast<std::size_t>(q);
    CrtBasis basis(modular::primes_for_bits(tables::coalition_bits(n)));
    std::vector<std::vector<std::uint64_t>> residues(basis.primes().size());
    const std::vector<std::int64_t> ascending(positions.weight.rbegin(), positions.weight.rend());
    unsigned threads = tables::threads_for(2 * size * sizeof(std::uint64_t));
    modular::for_each_prime(basis.primes().size(), threads, [&](std::size_t k) {
        const modular::Prime& prime = basis.primes()[k];
        std::vector<std::uint64_t> before(size, 0);  // coalitions of the positions before i
        tables::multiply_by_each_weight(before.data(), ascending, q, prime);
        // after[t]: ways to complete a prefix of weight t (taken so far) with players after i,
        // the last one added being its smallest member, into a minimal winning coalition.
        std::vector<std::uint64_t> after(size, 0);
        std::vector<std::uint64_t> per_group(positions.groups.size(), 0);
        std::uint64_t total = 0;
        for (std::size_t i = n; i-- > 0;) {
            const std::int64_t w = positions.weight[i];
            const std::size_t wu = static_cast<std::size_t>(w);
            tables::divide_by_binomial(before.data(), size, wu, prime);
            const std::int64_t window = std::max<std::int64_t>(0, q - w);
            std::uint64_t as_last = 0;
            for (std::int64_t t = window; t < q && w > 0; ++t) {
                as_last = prime.add(as_last, before[static_cast<std::size_t>(t)]);
            }
            total = prime.add(total, as_last);
            if (positions.group_ends[i] && w > 0) {
                std::uint64_t inside =
                    wu < size ? prime.montgomery_dot(before.data(), after.data() + wu, size - wu)
                              : 0;
                inside = prime.montgomery(inside, prime.r_squared);
                per_group[positions.group_of[i]] = prime.add(as_last, inside);
            }
            if (wu >= 16) {
                // Ascending runs of wu values: each run's sources (the wu after it) are not yet
                // updated and do not overlap it, so the run is one vectorised addition.
                for (std::size_t t = 0; t + wu < size; t += wu) {
                    tables::add_rows(after.data() + t, after.data() + t + wu,
                                     std::min(wu, size - wu - t), prime.p);
                }
            } else {
                for (std::size_t t = 0; t + wu < size; ++t) {
                    after[t] = prime.add(after[t], after[t + wu]);
                }
            }
            for (std::int64_t t = window; t < q && w > 0; ++t) {
                after[static_cast<std::size_t>(t)] =
                    prime.add(after[static_cast<std::size_t>(t)], 1);
            }
        }
        residues[k].push_back(total);
        residues[k].insert(residues[k].end(), per_group.begin(), per_group.end());
    });
    return reconstruct_all(basis, residues);
}

}  // namespace

// Per weight group: L times the sum, over minimal winning coalitions S containing one player of
// the group, of 1 / |S|. A minimal winning coalition is A + {j} with j its last (lightest)
// position and A among the positions before j with q - w_j <= w(A) < q. A forward sweep over j
// keeps the prefix sums in t of the coalitions of the positions before j, by size (stored
// weight-major, so that one weight holds all sizes contiguously). For the group's first position
// i < j, the coalitions containing i are those of the table with i divided out, whose window
// sums are alternating sums of window sums of the table itself (as for Banzhaf swings).
std::vector<Integer> deegan_packel_scores_winning(const tables::ReducedGame& game,
                                                  const Positions& positions, const Integer& lcm) {
    const std::size_t n = positions.weight.size();
    const std::int64_t q = game.quota;
    const std::size_t size = static_cast<std::size_t>(q);
    const tables::SizeWeightLayout layout = tables::layout_for(positions.weight, q);
    const std::size_t rows = layout.rows;  // coalitions lighter than q have < rows members
    // Weight-major storage: weight t holds sizes 0..top[t] (top[t]: most members of a coalition
    // of weight <= t).
    std::vector<std::size_t> top(size);
    std::vector<std::size_t> offset(size + 1, 0);
    for (std::size_t t = 0, a = 0; t < size; ++t) {
        while (a + 1 < rows && layout.low[a + 1] <= static_cast<std::int64_t>(t)) {
            ++a;
        }
        top[t] = a;
        offset[t + 1] = offset[t] + a + 1;
    }
    std::vector<std::size_t> representatives;  // first position of each group
    for (std::size_t i = 0; i < n; ++i) {
        if (positions.group_starts[i] && positions.weight[i] > 0) {
            representatives.push_back(i);
        }
    }

    CrtBasis basis(modular::primes_for_bits(tables::coalition_bits(n) + bit_length(lcm)));
    std::vector<std::vector<std::uint64_t>> residues(basis.primes().size());
    unsigned threads = critical::threads_for(offset[size] * sizeof(std::uint64_t));
    modular::for_each_prime(basis.primes().size(), threads, [&](std::size_t k) {
        const modular::Prime& prime = basis.primes()[k];
        const std::uint64_t modulus = prime.p;
        std::vector<std::uint64_t> share(rows + 2, 0);  // share[s] = L / s, Montgomery form
        for (std::size_t s = 1; s <= rows + 1; ++s) {
            share[s] =
                prime.montgomery(static_cast<std::uint64_t>((lcm / s) % modulus), prime.r_squared);
        }
        std::vector<std::uint64_t> table(offset[size], 0);  // prefix sums in t, by size
        for (std::size_t t = 0; t < size; ++t) {
            table[offset[t]] = 1;  // the empty coalition has weight 0 <= t
        }
        auto prefix = [&](std::size_t a, std::int64_t t) -> std::uint64_t {
            if (t < 0) {
                return 0;
            }
            std::size_t tu = static_cast<std::size_t>(std::min<std::int64_t>(t, q - 1));
            return a > top[tu] ? 0 : table[offset[tu] + a];
        };
        std::vector<std::uint64_t> score(n, 0);  // by representative position
        std::vector<std::uint64_t> plus(rows, 0);
        std::vector<std::uint64_t> minus(rows, 0);
        std::size_t next_rep = 0;  // representatives[0..next_rep) are before j
        for (std::size_t j = 0; j < n; ++j) {
            const std::int64_t wj = positions.weight[j];
            if (next_rep < representatives.size() && representatives[next_rep] == j) {
                // j as the last member: A of any size a in the window [q - w_j, q).
                std::uint64_t sum = 0;
                for (std::size_t a = 0; a < rows; ++a) {
                    std::uint64_t window = prime.sub(prefix(a, q - 1), prefix(a, q - 1 - wj));
                    sum = prime.add(sum, prime.montgomery(window, share[a + 1]));
                }
                score[j] = prime.add(score[j], sum);
            }
            for (std::size_t r = 0; r < next_rep && wj > 0; ++r) {
                // Representative i inside A: A - {i} in the window [q - w_j - w_i, q - w_i),
                // counted in the table with i divided out.
                const std::size_t i = representatives[r];
                const std::int64_t wi = positions.weight[i];
                std::fill(plus.begin(), plus.end(), 0);
                std::fill(minus.begin(), minus.end(), 0);
                std::int64_t high = q - 1 - wi;
                std::int64_t low = q - wj - wi - 1;  // exclusive
                for (std::size_t shift = 0; shift < rows && high >= 0;
                     ++shift, high -= wi, low -= wi) {
                    // Window sum = prefix at high - prefix at low, with the sign of the shift.
                    std::vector<std::uint64_t>& added = shift % 2 == 0 ? plus : minus;
                    std::vector<std::uint64_t>& taken = shift % 2 == 0 ? minus : plus;
                    std::size_t hu = static_cast<std::size_t>(high);
                    std::size_t last = std::min(top[hu], rows - 1 - shift);
                    tables::add_rows(added.data() + shift, table.data() + offset[hu], last + 1,
                                     modulus);
                    if (low >= 0) {
                        std::size_t lu = static_cast<std::size_t>(low);
                        tables::add_rows(taken.data() + shift, table.data() + offset[lu],
                                         std::min(last, top[lu]) + 1, modulus);
                    }
                }
                std::uint64_t sum = 0;
                for (std::size_t a = 0; a < rows; ++a) {
                    sum = prime.add(sum,
                                    prime.montgomery(prime.sub(plus[a], minus[a]), share[a + 2]));
                }
                score[i] = prime.add(score[i], sum);
            }
            while (next_rep < representatives.size() && representatives[next_rep] <= j) {
                ++next_rep;
            }
            add_position(table.data(), offset, top, size, wj, j, prime);
        }
        for (std::size_t rep : representatives) {
            residues[k].push_back(score[rep]);
        }
    });
    std::vector<Integer> by_rep = reconstruct_all(basis, residues);
    std::vector<Integer> result(positions.groups.size(), 0);
    for (std::size_t r = 0; r < representatives.size(); ++r) {
        result[positions.group_of[representatives[r]]] = by_rep[r];
    }
    return result;
}

// Per weight group: L times the sum, over winning coalitions in which one player of the group is
// critical, of 1 / (number of critical members). Returns the exact integers.
std::vector<Integer> johnston_scores_winning(const tables::ReducedGame& game,
                                             const Positions& positions, const Integer& lcm) {
    const std::size_t n = positions.weight.size();
    const std::int64_t q = game.quota;
    const std::size_t size = static_cast<std::size_t>(q);
    const tables::SizeWeightLayout layout = tables::layout_for(positions.weight, q);
    const std::size_t rows = layout.rows;
    auto row_low = [&](std::size_t a) { return layout.low[a]; };
    auto row_high = [&](std::size_t a) { return layout.high[a]; };

    CrtBasis basis(modular::primes_for_bits(tables::coalition_bits(n) + bit_length(lcm)));
    std::vector<std::vector<std::uint64_t>> residues(basis.primes().size());
    unsigned threads = critical::threads_for(2 * layout.cells * sizeof(std::uint64_t));
    modular::for_each_prime(basis.primes().size(), threads, [&](std::size_t k) {
        const modular::Prime& prime = basis.primes()[k];
        const std::uint64_t modulus = prime.p;
        // share[c] = L / c mod p, for a final count of c critical members (c <= rows).
        std::vector<std::uint64_t> share(rows + 1, 0);
        for (std::size_t c = 1; c <= rows; ++c) {
            share[c] = static_cast<std::uint64_t>((lcm / c) % modulus);
        }
        auto cell = [&](std::vector<std::uint64_t>& table, std::size_t a, std::int64_t t) {
            return table.data() + layout.offset[a] + static_cast<std::size_t>(t - layout.low[a]);
        };
        // heavier[i]: total weight of the positions before i; lighter[i]: after i (both capped
        // at q, beyond which nothing changes).
        std::vector<std::int64_t> heavier(n, 0);
        std::vector<std::int64_t> lighter(n, 0);
        for (std::size_t i = 1; i < n; ++i) {
            heavier[i] = std::min(q, heavier[i - 1] + positions.weight[i - 1]);
        }
        for (std::size_t i = n - 1; i-- > 0;) {
            lighter[i] = std::min(q, lighter[i + 1] + positions.weight[i + 1]);
        }

        // F: all players by size and weight, then divided out position by position.
        std::vector<std::uint64_t> before(layout.cells, 0);
        before[0] = 1;
        for (std::size_t j = 0; j < n; ++j) {
            const std::int64_t w = positions.weight[j];
            for (std::size_t a = std::min(j + 1, rows - 1); a >= 1; --a) {
                std::int64_t from = std::max(row_low(a), row_low(a - 1) + w);
                std::int64_t to = std::min(row_high(a), row_high(a - 1) + w);
                if (from > to) {
                    continue;
                }
                tables::add_rows(cell(before, a, from), cell(before, a - 1, from - w),
                                 static_cast<std::size_t>(to - from + 1), modulus);
            }
        }
        std::vector<std::uint64_t> omega(layout.cells, 0);
        // Johnston tails: suffix polynomial of the positions after i, and the accumulators
        // K[x] = sum_d PS_d[x - w_d], M[x] = sum_d PS_d[x] over the positions d passed so far,
        // PS_d[x] = number of subsets R of the positions after d with w(R) < x.
        std::vector<std::uint64_t> suffix(size, 0);
        suffix[0] = 1;
        std::vector<std::uint64_t> prefix_counts(size + 1, 0);
        std::vector<std::uint64_t> k_acc(size + 1, 0);
        std::vector<std::uint64_t> m_acc(size + 1, 0);
        std::vector<std::uint64_t> tail(size, 0);  // tail[t] = G(q - t - w) of the current group
        std::vector<std::uint64_t> per_group(positions.groups.size(), 0);

        for (std::size_t i = n; i-- > 0;) {
            const std::int64_t w = positions.weight[i];
            // Only weights a coalition can still have matter: F's coalitions of the positions
            // before i weigh at most heavier[i]; a prefix of weight t can only be completed into
            // a winning coalition by the positions after i if t >= q - lighter[i].
            const std::int64_t reachable = heavier[i];
            const std::int64_t needed = q - lighter[i] - w;
            // F becomes the coalitions of the positions before i (ascending sizes).
            for (std::size_t a = 1; a < rows && a <= i + 1; ++a) {
                std::int64_t from = std::max(row_low(a), row_low(a - 1) + w);
                std::int64_t to = std::min({row_high(a), row_high(a - 1) + w, reachable + w});
                if (from > to) {
                    continue;
                }
                tables::subtract_rows(cell(before, a, from), cell(before, a - 1, from - w),
                                      static_cast<std::size_t>(to - from + 1), modulus);
            }
            if (positions.group_ends[i]) {
                // Tail counts for a last critical member of this group's weight.
                for (std::int64_t t = 0; t < q; ++t) {
                    std::int64_t z = q - t - w;
                    std::uint64_t value = (z <= 0 && z >= 1 - w) ? 1 : 0;
                    if (w > 0) {
                        value = prime.add(value, k_acc[static_cast<std::size_t>(z + w)]);
                        if (z > 0) {
                            value = prime.sub(value, m_acc[static_cast<std::size_t>(z)]);
                        }
                    }
                    tail[static_cast<std::size_t>(t)] = value;
                }
                if (w > 0) {
                    std::uint64_t as_member = 0;  // Montgomery-scaled
                    std::uint64_t as_last = 0;
                    for (std::size_t a = 0; a < rows && a <= i; ++a) {
                        std::uint64_t row_sum = 0;
                        const std::int64_t first = std::max(row_low(a), needed);
                        const std::int64_t last = std::min(row_high(a), reachable);
                        if (first <= last) {
                            row_sum =
                                prime.montgomery_dot(cell(before, a, first), tail.data() + first,
                                                     static_cast<std::size_t>(last - first + 1));
                        }
                        as_last = prime.add(as_last, prime.montgomery(row_sum, share[a + 1]));
                        if (a + 1 < rows) {
                            std::int64_t from = std::max({row_low(a), row_low(a + 1) - w, needed});
                            std::int64_t to =
                                std::min({row_high(a), row_high(a + 1) - w, reachable});
                            if (from <= to) {
                                as_member = prime.add(
                                    as_member,
                                    prime.montgomery_dot(cell(before, a, from),
                                                         cell(omega, a + 1, from + w),
                                                         static_cast<std::size_t>(to - from + 1)));
                            }
                        }
                    }
                    // as_last carries two Montgomery factors, as_member one.
                    as_last = prime.montgomery(prime.montgomery(as_last, prime.r_squared),
                                               prime.r_squared);
                    as_member = prime.montgomery(as_member, prime.r_squared);
                    per_group[positions.group_of[i]] = prime.add(as_last, as_member);
                }
            }
            // Omega becomes the completions using positions >= i (ascending counts: row c + 1
            // is still the old one when row c is updated).
            for (std::size_t c = 1; c < rows && c <= i; ++c) {
                if (c + 1 < rows) {
                    std::int64_t from = std::max({row_low(c), row_low(c + 1) - w, needed});
                    std::int64_t to = std::min(row_high(c), row_high(c + 1) - w);
                    if (from <= to) {
                        tables::add_rows(cell(omega, c, from), cell(omega, c + 1, from + w),
                                         static_cast<std::size_t>(to - from + 1), modulus);
                    }
                }
                if (w > 0) {
                    std::uint64_t scale = prime.montgomery(share[c + 1], prime.r_squared);
                    for (std::int64_t t = std::max(row_low(c), needed); t <= row_high(c); ++t) {
                        std::uint64_t g = tail[static_cast<std::size_t>(t)];
                        if (g != 0) {
                            std::uint64_t* target = cell(omega, c, t);
                            *target = prime.add(*target, prime.montgomery(g, scale));
                        }
                    }
                }
            }
            {
                // Pass position i: K += PS shifted by w, M += PS, then add i to the suffix.
                prefix_counts[0] = 0;
                for (std::size_t x = 1; x <= size; ++x) {
                    prefix_counts[x] = prime.add(prefix_counts[x - 1], suffix[x - 1]);
                }
                const std::size_t wu = static_cast<std::size_t>(w);
                for (std::size_t x = wu; x <= size; ++x) {
                    k_acc[x] = prime.add(k_acc[x], prefix_counts[x - wu]);
                }
                for (std::size_t x = 0; x <= size; ++x) {
                    m_acc[x] = prime.add(m_acc[x], prefix_counts[x]);
                }
                tables::multiply_by_binomial(suffix.data(), size, wu, prime);
            }
        }
        residues[k] = per_group;
    });
    return reconstruct_all(basis, residues);
}

Side smaller_side(const tables::ReducedGame& game) {
    return game.total - game.quota + 1 <= game.quota ? Side::losing : Side::winning;
}

namespace {

Rational scaled_to_rational(const Integer& scaled, const Integer& scale) {
    Rational value = scaled;
    value /= scale;
    return value;
}

// Per weight group: the raw Deegan-Packel value (sum over the minimal winning coalitions
// containing one player of the group of 1 / |S|), computed on `side`.
std::vector<Rational> deegan_packel_by_group(const tables::ReducedGame& reduced,
                                             const Positions& positions, Side side) {
    // Removing one member of a minimal winning coalition leaves a losing one: at most
    // (largest losing size) + 1 members.
    const std::size_t most_members = largest_losing_size(reduced) + 1;
    const Integer lcm = lcm_up_to(most_members);
    const std::vector<Integer> scores =
        side == Side::winning
            ? deegan_packel_scores_winning(reduced, positions, lcm)
            : deegan_packel_scores_losing(reduced, positions, lcm, most_members);
    std::vector<Rational> result;
    for (const Integer& score : scores) {
        result.push_back(scaled_to_rational(score, lcm));
    }
    return result;
}

// Per weight group: the raw Johnston score, computed on `side`.
std::vector<Rational> johnston_by_group(const tables::ReducedGame& reduced,
                                        const Positions& positions, Side side) {
    // Removing one critical member of S leaves a losing coalition that still holds the other
    // critical members: at most (largest losing size) + 1 members are critical.
    const std::size_t most_critical = largest_losing_size(reduced) + 1;
    const Integer lcm = lcm_up_to(most_critical);
    const std::vector<Integer> scores =
        side == Side::winning ? johnston_scores_winning(reduced, positions, lcm)
                              : johnston_scores_losing(reduced, positions, lcm, most_critical);
    std::vector<Rational> result;
    for (const Integer& score : scores) {
        result.push_back(scaled_to_rational(score, lcm));
    }
    return result;
}

std::vector<Rational> per_player(const tables::ReducedGame& reduced, const Positions& positions,
                                 const std::vector<Rational>& by_group) {
    std::vector<Rational> result(reduced.weights.size());
    for (std::size_t g = 0; g < positions.groups.size(); ++g) {
        for (std::size_t player : positions.groups[g].players) {
            result[player] = by_group[g];
        }
    }
    return result;
}

}  // namespace

std::vector<Rational> deegan_packel_raw_on(const games::WeightedGame& game, Side side) {
    const tables::ReducedGame reduced = tables::reduce(game);
    const Positions positions = positions_of(reduced);
    return per_player(reduced, positions, deegan_packel_by_group(reduced, positions, side));
}

std::vector<Rational> johnston_raw_on(const games::WeightedGame& game, Side side) {
    const tables::ReducedGame reduced = tables::reduce(game);
    const Positions positions = positions_of(reduced);
    return per_player(reduced, positions, johnston_by_group(reduced, positions, side));
}

}  // namespace jvgov::power::critical

namespace jvgov::power {

MinimalWinningCounts minimal_winning_counts(const games::WeightedGame& game,
                                            MinimalWinningParts parts) {
    const tables::ReducedGame reduced = tables::reduce(game);
    const critical::Positions positions = critical::positions_of(reduced);
    const std::size_t n = reduced.weights.size();
    std::vector<Integer> counts = critical::minimal_winning_residues(reduced, positions);
    MinimalWinningCounts result;
    result.total = counts[0];
    result.containing.assign(n, 0);
    for (std::size_t g = 0; g < positions.groups.size(); ++g) {
        for (std::size_t player : positions.groups[g].players) {
            result.containing[player] = counts[1 + g];
        }
    }
    if (parts.deegan_packel) {
        result.deegan_packel_raw = critical::per_player(
            reduced, positions,
            critical::deegan_packel_by_group(reduced, positions, critical::smaller_side(reduced)));
    }
    return result;
}

std::vector<Rational> johnston_raw(const games::WeightedGame& game) {
    const tables::ReducedGame reduced = tables::reduce(game);
    return critical::johnston_raw_on(game, critical::smaller_side(reduced));
}

}  // namespace jvgov::power
