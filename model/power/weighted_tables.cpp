#include "model/power/weighted_tables.hpp"

#include <algorithm>
#include <cstddef>
#include <numeric>

namespace jvgov::power::tables {

ReducedGame reduce(const games::WeightedGame& game) {
    games::validate(game);
    ReducedGame reduced;
    reduced.weights = game.weights;
    std::int64_t divisor = 0;
    for (std::int64_t w : game.weights) {
        divisor = std::gcd(divisor, w);
    }
    for (std::int64_t& w : reduced.weights) {
        w /= divisor;
    }
    reduced.quota = (game.quota + divisor - 1) / divisor;
    reduced.total = games::total_weight(game) / divisor;
    return reduced;
}

std::vector<WeightGroup> group_by_weight(const std::vector<std::int64_t>& weights) {
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return weights[a] > weights[b]; });
    std::vector<WeightGroup> groups;
    for (std::size_t player : order) {
        if (groups.empty() || groups.back().weight != weights[player]) {
            groups.push_back({weights[player], {}});
        }
        groups.back().players.push_back(player);
    }
    return groups;
}

SizeWeightLayout layout_for(const std::vector<std::int64_t>& descending, std::int64_t q) {
    SizeWeightLayout layout;
    std::size_t n = descending.size();
    std::int64_t light = 0;
    std::int64_t heavy = 0;
    for (std::size_t k = 0; k <= n; ++k) {
        if (k > 0) {
            light += descending[n - k];
            heavy = std::min(heavy + descending[k - 1], q - 1);
        }
        if (light > q - 1) {
            break;
        }
        layout.low.push_back(light);
        layout.high.push_back(heavy);
        layout.offset.push_back(layout.cells);
        layout.cells += static_cast<std::size_t>(heavy - light + 1);
        ++layout.rows;
    }
    return layout;
}

// The hot loops are compiled for AVX-512 and AVX2 as well as the baseline; the loader picks the
// best one the processor has (GCC function multi-versioning).
#define JVGOV_VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))

JVGOV_VECTOR_CLONES
void add_rows(std::uint64_t* __restrict target, const std::uint64_t* __restrict source,
              std::size_t count, std::uint64_t p) {
    for (std::size_t i = 0; i < count; ++i) {
        std::uint64_t v = target[i] + source[i];
        target[i] = v >= p ? v - p : v;
    }
}

JVGOV_VECTOR_CLONES
void subtract_rows(std::uint64_t* __restrict target, const std::uint64_t* __restrict source,
                   std::size_t count, std::uint64_t p) {
    for (std::size_t i = 0; i < count; ++i) {
        std::uint64_t a = target[i];
        std::uint64_t b = source[i];
        target[i] = a >= b ? a - b : a + p - b;
    }
}

JVGOV_VECTOR_CLONES
void multiply_by_binomial(std::uint64_t* table, std::size_t size, std::size_t w,
                          const modular::Prime& prime) {
    if (w >= size) {
        return;
    }
    const std::uint64_t p = prime.p;
    std::uint64_t* target = table + w;
    const std::uint64_t* source = table;
    std::size_t remaining = size - w;
    // From the top down, in blocks whose sources are read before any of their targets are
    // written: every source read is then still the old coefficient, for any w >= 1.
    constexpr std::size_t block = 16;
    while (remaining >= block) {
        remaining -= block;
        std::uint64_t old[block];
        for (std::size_t i = 0; i < block; ++i) {
            old[i] = source[remaining + i];
        }
        for (std::size_t i = 0; i < block; ++i) {
            std::uint64_t v = target[remaining + i] + old[i];
            target[remaining + i] = v >= p ? v - p : v;
        }
    }
    while (remaining > 0) {
        --remaining;
        std::uint64_t v = target[remaining] + source[remaining];
        target[remaining] = v >= p ? v - p : v;
    }
}

JVGOV_VECTOR_CLONES
void multiply_by_binomials(std::uint64_t* table, std::size_t size,
                           const std::vector<std::size_t>& weights, const modular::Prime& prime) {
    if (weights.empty()) {
        return;
    }
    const std::uint64_t p = prime.p;
    // Binomials are applied two at a time: (1 + x^a)(1 + x^b) = 1 + x^a + x^b + x^(a+b), so each
    // stored level is the table multiplied by the first 2g binomials (half the stores).
    const std::size_t steps = (weights.size() + 1) / 2;
    std::size_t history = 1;
    for (std::size_t g = 0; g < weights.size(); g += 2) {
        history = std::max(history, weights[g] + (g + 1 < weights.size() ? weights[g + 1] : 0));
    }
    // Level g holds its last `history` values before the chunk, then the chunk. One ascending
    // sweep computes every level chunk by chunk, so the table itself is read and written once
    // for all the binomials. Chunks follow one another in each level's buffer, and only when
    // a buffer is full are its last `history` values moved to its front (once every
    // chunks_per_buffer chunks: moving them after every chunk took a quarter of the time).
    constexpr std::size_t chunk = 2048;
    constexpr std::size_t chunks_per_buffer = 4;
    const std::size_t stride = history + chunk * chunks_per_buffer;
    // One buffer per thread, kept between calls (a fresh one costs page faults and zeroing of
    // megabytes per call); only each level's history, the coefficients below 0, starts at 0.
    thread_local std::vector<std::uint64_t> buffer;
    if (buffer.size() < steps * stride) {
        buffer.resize(steps * stride);
    }
    std::uint64_t* const levels = buffer.data();
    for (std::size_t g = 0; g < steps; ++g) {
        std::fill(levels + g * stride, levels + g * stride + history, 0);
    }
    std::size_t position = history;  // where the current chunk starts in every level
    for (std::size_t start = 0; start < size; start += chunk) {
        const std::size_t count = std::min(chunk, size - start);
        if (position + count > stride) {
            for (std::size_t g = 0; g < steps; ++g) {
                std::uint64_t* base = levels + g * stride;
                std::copy(base + position - history, base + position, base);
            }
            position = history;
        }
        std::copy(table + start, table + start + count, levels + position);
        for (std::size_t g = 0; g < steps; ++g) {
            const std::uint64_t* below = levels + g * stride + position;
            std::uint64_t* out =
                g + 1 < steps ? levels + (g + 1) * stride + position : table + start;
            const std::size_t a = weights[2 * g];
            if (2 * g + 1 < weights.size()) {
                const std::size_t b = weights[2 * g + 1];
                const std::uint64_t* below_a = below - a;
                const std::uint64_t* below_b = below - b;
                const std::uint64_t* below_ab = below - a - b;
                const std::uint64_t twice = 2 * p;
                for (std::size_t i = 0; i < count; ++i) {
                    // Four residues below p < 2^62 sum below 4p < 2^64: reduce once, by 2p then
                    // p (unsigned: s - k wraps above s when s < k, so min keeps s).
                    std::uint64_t s = (below[i] + below_a[i]) + (below_b[i] + below_ab[i]);
                    s = std::min(s, s - twice);
                    out[i] = std::min(s, s - p);
                }
            } else {
                const std::uint64_t* below_a = below - a;
                for (std::size_t i = 0; i < count; ++i) {
                    std::uint64_t s = below[i] + below_a[i];
                    out[i] = std::min(s, s - p);
                }
            }
        }
        position += count;
    }
}

namespace {

// Weights up to this limit are applied to the table in batches, one sweep per batch, with at
// most batch_size weights and batch_bytes of buffers (multiply_by_binomials).
constexpr std::int64_t batch_weight_limit = 4096;
constexpr std::size_t batch_size = 48;
constexpr std::size_t batch_bytes = std::size_t{3} << 19;

std::size_t batch_limit(std::int64_t heaviest) {
    std::size_t per_level = (static_cast<std::size_t>(heaviest) + 2048) * sizeof(std::uint64_t);
    return std::clamp<std::size_t>(batch_bytes / per_level, 2, batch_size);
}

}  // namespace

void multiply_by_each_weight(std::uint64_t* table, const std::vector<std::int64_t>& ascending,
                             std::int64_t size, const modular::Prime& prime) {
    table[0] = 1;
    std::int64_t reach = 0;  // total weight added so far: table is zero beyond it
    std::vector<std::size_t> batch;
    auto flush = [&] {
        multiply_by_binomials(table, static_cast<std::size_t>(reach) + 1, batch, prime);
        batch.clear();
    };
    for (std::int64_t w : ascending) {
        reach = std::min<std::int64_t>(reach + w, size - 1);
        if (w <= batch_weight_limit) {
            batch.push_back(static_cast<std::size_t>(w));
            if (batch.size() >= batch_limit(w)) {
                flush();
            }
        } else {
            flush();
            multiply_by_binomial(table, static_cast<std::size_t>(reach) + 1,
                                 static_cast<std::size_t>(w), prime);
        }
    }
    flush();
}

// prime_lanes residues, one per prime, in one vector register where the processor has them
// (aligned like its elements, so that std::vector stores it anywhere: in a struct, because a
// template argument loses the attributes).
typedef std::uint64_t Lanes __attribute__((vector_size(prime_lanes * sizeof(std::uint64_t)),
                                           aligned(sizeof(std::uint64_t))));

struct LaneValues {
    Lanes v;
};

JVGOV_VECTOR_CLONES
std::vector<std::vector<std::uint64_t>> binomial_powers_products(
    std::size_t size, const std::vector<WeightGroup>& groups,
    const std::vector<modular::Prime>& primes) {
    constexpr std::size_t lanes = prime_lanes;
    std::vector<std::vector<std::uint64_t>> tables(primes.size(),
                                                   std::vector<std::uint64_t>(size, 0));
    if (size == 0 || primes.empty()) {
        return tables;
    }
    // Lane l computes modulo primes[l]; lanes beyond the primes given repeat the last one.
    modular::Prime lane_prime[lanes];
    Lanes modulus{};
    for (std::size_t l = 0; l < lanes; ++l) {
        lane_prime[l] = primes[std::min(l, primes.size() - 1)];
        modulus[l] = lane_prime[l].p;
    }

    // One factor per weight in [1, size) (heavier ones are 1 once truncated): its weight, c_w and
    // where its ring of the last w values T_w[s-w..s) starts.
    struct Factor {
        std::size_t weight;
        std::uint32_t scale;
        std::size_t ring;
        std::size_t position;  // T_w[s-w] is at ring + position
    };

    std::vector<Factor> factors;
    std::uint64_t doublings = 0;  // players of weight 0: a factor 2 each
    std::size_t heaviest = 0;
    std::size_t ring_size = 0;
    for (const WeightGroup& group : groups) {
        const auto w = static_cast<std::size_t>(group.weight);
        const std::uint64_t m = group.players.size();
        if (w == 0) {
            doublings += m;
        } else if (w < size) {
            factors.push_back({w, static_cast<std::uint32_t>(m * w), ring_size, 0});
            ring_size += w;
            heaviest = std::max(heaviest, w);
        }
    }
    // inverse[s lanes + l] = s^-1 2^128 mod p_l, so that reduce(t) and then montgomery(.,
    // inverse) give t / s (s^-1 = -(p / s) (p mod s)^-1, from p = (p / s) s + p mod s).
    std::vector<std::uint64_t> inverse(size * lanes, 0);
    for (std::size_t l = 0; l < lanes && size > 1; ++l) {
        const modular::Prime& prime = lane_prime[l];
        inverse[lanes + l] = 1;
        for (std::size_t s = 2; s < size; ++s) {
            inverse[s * lanes + l] =
                prime.mul(prime.p - prime.p / s, inverse[(prime.p % s) * lanes + l]);
        }
        for (std::size_t s = 1; s < size; ++s) {
            std::uint64_t& value = inverse[s * lanes + l];
            value = prime.montgomery(prime.montgomery(value, prime.r_squared), prime.r_squared);
        }
    }
    // Coefficients a_s (one per lane) after `heaviest` zeros, so that a_(s-w) needs no bounds
    // check; the rings of T_w, one value per lane.
    std::vector<LaneValues> padded(heaviest + size, LaneValues{});
    LaneValues* a = padded.data() + heaviest;
    std::vector<LaneValues> rings(ring_size, LaneValues{});
    a[0].v += 1;
    const Lanes low_half = Lanes{} + 0xffffffffU;
    for (std::size_t s = 1; s < size; ++s) {
        // sum_w c_w T_w[s] = high 2^32 + low with T_w[s] split in 32-bit halves: low < 2^64 and
        // high < 2^62 because sum_w c_w < 2^32.
        Lanes low{};
        Lanes high{};
        for (Factor& factor : factors) {
            Lanes& slot = rings[factor.ring + factor.position].v;
            // a_(s-w) - T_w[s-w] mod p (unsigned: when it wraps, adding p brings it below).
            // s - w is signed: below zero it reads the padding (s - w in size_t would wrap).
            Lanes t = a[static_cast<std::ptrdiff_t>(s) - static_cast<std::ptrdiff_t>(factor.weight)].v -
                      slot;
            Lanes wrapped = t + modulus;
            t = t < wrapped ? t : wrapped;
            slot = t;
            const Lanes c = Lanes{} + factor.scale;  // below 2^32, as is each half of t
            low += c * (t & low_half);
            high += c * (t >> 32);
            factor.position = factor.position + 1 == factor.weight ? 0 : factor.position + 1;
        }
        for (std::size_t l = 0; l < lanes; ++l) {
            const modular::Prime& prime = lane_prime[l];
            modular::Wide sum = (static_cast<modular::Wide>(high[l]) << 32) + low[l];
            a[s].v[l] = prime.montgomery(prime.reduce(sum), inverse[s * lanes + l]);
        }
    }
    for (std::size_t k = 0; k < primes.size(); ++k) {
        const std::uint64_t factor = primes[k].pow(2, doublings);
        for (std::size_t s = 0; s < size; ++s) {
            tables[k][s] = primes[k].mul(a[s].v[k], factor);
        }
    }
    return tables;
}

void divide_by_binomial(std::uint64_t* table, std::size_t size, std::size_t w,
                        const modular::Prime& prime) {
    if (w >= size) {
        return;
    }
    const std::uint64_t p = prime.p;
    if (w == 0) {
        // (1 + x^0) = 2: divide every coefficient by 2.
        std::uint64_t half = prime.inverse(2);
        for (std::size_t s = 0; s < size; ++s) {
            table[s] = prime.mul(table[s], half);
        }
        return;
    }
    if (w >= 16) {
        // Ascending runs of w coefficients: each run's sources (the w before it) are final and
        // do not overlap it, so the run is one vectorised subtraction.
        for (std::size_t s = w; s < size; s += w) {
            subtract_rows(table + s, table + s - w, std::min(w, size - s), p);
        }
        return;
    }
    for (std::size_t s = w; s < size; ++s) {
        std::uint64_t a = table[s];
        std::uint64_t b = table[s - w];
        table[s] = a >= b ? a - b : a + p - b;
    }
}

void to_prefix_sums(std::uint64_t* table, std::size_t size, const modular::Prime& prime) {
    for (std::size_t s = 1; s < size; ++s) {
        table[s] = prime.add(table[s], table[s - 1]);
    }
}

}  // namespace jvgov::power::tables
