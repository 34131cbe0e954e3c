// NTT products modulo 50-bit primes (ntt.hpp). The transforms are the negacyclic ones of Longa
// and Naehrig ("Speeding up the number theoretic transform for faster ideal lattice-based
// cryptography", 2016, algorithms 1 and 2): Cooley-Tukey forward with the powers of psi in
// bit-reversed order (natural input, bit-reversed output), Gentleman-Sande inverse (bit-reversed
// input, natural output), so that no reordering pass is needed; the product needs no
// wrap-around because every transform is at least as long as the product.
//
// Value ranges (p < 2^50, so 4p < 2^52, the width of the IFMA multiplier): Montgomery products
// mont(a, b) = a b 2^-52 mod p take a < p, b < 2^52 and return [0, p). Forward butterflies take
// and give values in [0, 4p) (x reduced to [0, 2p) first; x + t and x - t + p with t in [0, p));
// inverse butterflies take and give [0, 2p).
#include "model/power/ntt.hpp"

#include <algorithm>
#include <bit>
#include <mutex>
#include <optional>

#include "model/power/residue_table.hpp"
#include "model/power/weighted_tables.hpp"

#if defined(__x86_64__)
#include <immintrin.h>
#define JVGOV_NTT_IFMA 1
#endif

namespace jvgov::power::ntt {

namespace {

using modular::Wide;

constexpr std::uint64_t low52 = (std::uint64_t{1} << 52) - 1;

// a b 2^-52 mod p in [0, p). REQUIRES a b < p 2^52; p_inverse = p^-1 mod 2^52.
inline std::uint64_t mont(std::uint64_t a, std::uint64_t b, std::uint64_t p,
                          std::uint64_t p_inverse) {
    const Wide t = static_cast<Wide>(a) * b;
    const std::uint64_t lo = static_cast<std::uint64_t>(t) & low52;
    const auto hi = static_cast<std::uint64_t>(t >> 52);
    const std::uint64_t m = (lo * p_inverse) & low52;
    // t - m p has its low 52 bits zero (m p = lo mod 2^52) and lies in (-p 2^52, p 2^52).
    const std::uint64_t r = hi - static_cast<std::uint64_t>((static_cast<Wide>(m) * p) >> 52);
    return std::min(r, r + p);  // unsigned: r wrapped below zero exactly when r + p is smaller
}

// Cache blocks: stages whose butterflies span at most this many values run block by block
// (512 KiB, in the level-2 cache; measured 5 to 10% faster than 64 KiB at 2^20 to 2^22 points).
constexpr std::size_t block_values = std::size_t{1} << 16;

// ---- One value at a time. ----

void forward_stage_scalar(std::uint64_t* a, std::size_t m, std::size_t t, std::size_t i_begin,
                          std::size_t i_end, const std::uint64_t* psi, std::uint64_t p,
                          std::uint64_t p_inverse) {
    const std::uint64_t twice = 2 * p;
    for (std::size_t i = i_begin; i < i_end; ++i) {
        const std::uint64_t w = psi[m + i];
        std::uint64_t* x = a + 2 * i * t;
        std::uint64_t* y = x + t;
        for (std::size_t j = 0; j < t; ++j) {
            std::uint64_t u = std::min(x[j], x[j] - twice);
            std::uint64_t v = mont(w, y[j], p, p_inverse);
            x[j] = u + v;
            y[j] = u - v + p;
        }
    }
}

void inverse_stage_scalar(std::uint64_t* a, std::size_t m, std::size_t t, std::size_t i_begin,
                          std::size_t i_end, const std::uint64_t* psi_inverse, std::uint64_t p,
                          std::uint64_t p_inverse) {
    const std::uint64_t twice = 2 * p;
    for (std::size_t i = i_begin; i < i_end; ++i) {
        const std::uint64_t w = psi_inverse[m + i];
        std::uint64_t* x = a + 2 * i * t;
        std::uint64_t* y = x + t;
        for (std::size_t j = 0; j < t; ++j) {
            std::uint64_t s = x[j] + y[j];
            std::uint64_t d = x[j] - y[j] + twice;
            x[j] = std::min(s, s - twice);
            y[j] = mont(w, d, p, p_inverse);
        }
    }
}

#ifdef JVGOV_NTT_IFMA

#define JVGOV_IFMA __attribute__((target("avx512f,avx512ifma")))

struct VectorConstants {
    __m512i p;
    __m512i twice;
    __m512i p_inverse;
};

JVGOV_IFMA inline VectorConstants vector_constants(std::uint64_t p, std::uint64_t p_inverse) {
    return {_mm512_set1_epi64(static_cast<long long>(p)),
            _mm512_set1_epi64(static_cast<long long>(2 * p)),
            _mm512_set1_epi64(static_cast<long long>(p_inverse))};
}

// Unsigned minimum lane by lane (the masked form: GCC 12 warns about the unmasked one's
// undefined pass-through operand).
JVGOV_IFMA inline __m512i min_u64(__m512i a, __m512i b) {
    return _mm512_maskz_min_epu64(0xff, a, b);
}

// Eight Montgomery products a b 2^-52 mod p in [0, p) (a < p, b < 2^52).
JVGOV_IFMA inline __m512i mont8(__m512i a, __m512i b, const VectorConstants& c) {
    const __m512i zero = _mm512_setzero_si512();
    const __m512i lo = _mm512_madd52lo_epu64(zero, a, b);
    const __m512i hi = _mm512_madd52hi_epu64(zero, a, b);
    const __m512i m = _mm512_madd52lo_epu64(zero, lo, c.p_inverse);
    const __m512i r = _mm512_sub_epi64(hi, _mm512_madd52hi_epu64(zero, m, c.p));
    return min_u64(r, _mm512_add_epi64(r, c.p));
}

// Forward butterflies on x (any lanes) and y with twiddles w.
JVGOV_IFMA inline void forward8(__m512i& x, __m512i& y, __m512i w, const VectorConstants& c) {
    const __m512i u = min_u64(x, _mm512_sub_epi64(x, c.twice));
    const __m512i v = mont8(w, y, c);
    x = _mm512_add_epi64(u, v);
    y = _mm512_add_epi64(_mm512_sub_epi64(u, v), c.p);
}

JVGOV_IFMA inline void inverse8(__m512i& x, __m512i& y, __m512i w, const VectorConstants& c) {
    const __m512i s = _mm512_add_epi64(x, y);
    const __m512i d = _mm512_add_epi64(_mm512_sub_epi64(x, y), c.twice);
    x = min_u64(s, _mm512_sub_epi64(s, c.twice));
    y = mont8(w, d, c);
}

// Lane selections of two vectors (v0 = values 0..7, v1 = values 8..15) into the butterflies'
// x and y for spans t = 4, 2, 1 (index 8 + k is lane k of v1), and back: gathering x and y with
// `back_low` and `back_high` restores v0 and v1.
struct SmallSpan {
    __m512i take_x;
    __m512i take_y;
    __m512i back_low;
    __m512i back_high;
    __m512i spread;  // twiddle i + spread[k] for lane k
};

JVGOV_IFMA SmallSpan small_span(std::size_t t) {
    if (t == 4) {
        return {_mm512_setr_epi64(0, 1, 2, 3, 8, 9, 10, 11),
                _mm512_setr_epi64(4, 5, 6, 7, 12, 13, 14, 15),
                _mm512_setr_epi64(0, 1, 2, 3, 8, 9, 10, 11),
                _mm512_setr_epi64(4, 5, 6, 7, 12, 13, 14, 15),
                _mm512_setr_epi64(0, 0, 0, 0, 1, 1, 1, 1)};
    }
    if (t == 2) {
        return {_mm512_setr_epi64(0, 1, 4, 5, 8, 9, 12, 13),
                _mm512_setr_epi64(2, 3, 6, 7, 10, 11, 14, 15),
                _mm512_setr_epi64(0, 1, 8, 9, 2, 3, 10, 11),
                _mm512_setr_epi64(4, 5, 12, 13, 6, 7, 14, 15),
                _mm512_setr_epi64(0, 0, 1, 1, 2, 2, 3, 3)};
    }
    return {_mm512_setr_epi64(0, 2, 4, 6, 8, 10, 12, 14),
            _mm512_setr_epi64(1, 3, 5, 7, 9, 11, 13, 15),
            _mm512_setr_epi64(0, 8, 1, 9, 2, 10, 3, 11),
            _mm512_setr_epi64(4, 12, 5, 13, 6, 14, 7, 15),
            _mm512_setr_epi64(0, 1, 2, 3, 4, 5, 6, 7)};
}

template <bool Forward>
JVGOV_IFMA void stage_vector(std::uint64_t* a, std::size_t m, std::size_t t, std::size_t i_begin,
                             std::size_t i_end, const std::uint64_t* table, std::uint64_t p,
                             std::uint64_t p_inverse) {
    const VectorConstants c = vector_constants(p, p_inverse);
    if (t >= 8) {
        for (std::size_t i = i_begin; i < i_end; ++i) {
            const __m512i w = _mm512_set1_epi64(static_cast<long long>(table[m + i]));
            std::uint64_t* x = a + 2 * i * t;
            std::uint64_t* y = x + t;
            for (std::size_t j = 0; j < t; j += 8) {
                __m512i u = _mm512_loadu_si512(x + j);
                __m512i v = _mm512_loadu_si512(y + j);
                if constexpr (Forward) {
                    forward8(u, v, w, c);
                } else {
                    inverse8(u, v, w, c);
                }
                _mm512_storeu_si512(x + j, u);
                _mm512_storeu_si512(y + j, v);
            }
        }
        return;
    }
    // 16 values (8 / t blocks) at a time.
    const SmallSpan span = small_span(t);
    const std::size_t blocks = 8 / t;
    for (std::size_t i = i_begin; i < i_end; i += blocks) {
        std::uint64_t* base = a + 2 * i * t;
        const __m512i v0 = _mm512_loadu_si512(base);
        const __m512i v1 = _mm512_loadu_si512(base + 8);
        __m512i x = _mm512_permutex2var_epi64(v0, span.take_x, v1);
        __m512i y = _mm512_permutex2var_epi64(v0, span.take_y, v1);
        const __m512i w =
            _mm512_maskz_permutexvar_epi64(0xff, span.spread, _mm512_loadu_si512(table + m + i));
        if constexpr (Forward) {
            forward8(x, y, w, c);
        } else {
            inverse8(x, y, w, c);
        }
        _mm512_storeu_si512(base, _mm512_permutex2var_epi64(x, span.back_low, y));
        _mm512_storeu_si512(base + 8, _mm512_permutex2var_epi64(x, span.back_high, y));
    }
}

// Two forward stages at once, (m, t) and (2m, t / 2), on blocks i in [i_begin, i_end) of the
// first: each group of four values (t / 2 apart) goes through both in registers, halving the
// passes over memory. REQUIRES t >= 16.
JVGOV_IFMA void forward_two_stages(std::uint64_t* a, std::size_t m, std::size_t t,
                                   std::size_t i_begin, std::size_t i_end,
                                   const std::uint64_t* table, std::uint64_t p,
                                   std::uint64_t p_inverse) {
    const VectorConstants c = vector_constants(p, p_inverse);
    const std::size_t h = t / 2;
    for (std::size_t i = i_begin; i < i_end; ++i) {
        const __m512i w1 = _mm512_set1_epi64(static_cast<long long>(table[m + i]));
        const __m512i w2 = _mm512_set1_epi64(static_cast<long long>(table[2 * m + 2 * i]));
        const __m512i w3 = _mm512_set1_epi64(static_cast<long long>(table[2 * m + 2 * i + 1]));
        std::uint64_t* base = a + 2 * i * t;
        for (std::size_t k = 0; k < h; k += 8) {
            __m512i a0 = _mm512_loadu_si512(base + k);
            __m512i a1 = _mm512_loadu_si512(base + k + h);
            __m512i a2 = _mm512_loadu_si512(base + k + t);
            __m512i a3 = _mm512_loadu_si512(base + k + t + h);
            forward8(a0, a2, w1, c);
            forward8(a1, a3, w1, c);
            forward8(a0, a1, w2, c);
            forward8(a2, a3, w3, c);
            _mm512_storeu_si512(base + k, a0);
            _mm512_storeu_si512(base + k + h, a1);
            _mm512_storeu_si512(base + k + t, a2);
            _mm512_storeu_si512(base + k + t + h, a3);
        }
    }
}

// Two inverse stages at once, (m, t) and (m / 2, 2t), on blocks i in [i_begin, i_end) of the
// second. REQUIRES t >= 8, m >= 2.
JVGOV_IFMA void inverse_two_stages(std::uint64_t* a, std::size_t m, std::size_t t,
                                   std::size_t i_begin, std::size_t i_end,
                                   const std::uint64_t* table, std::uint64_t p,
                                   std::uint64_t p_inverse) {
    const VectorConstants c = vector_constants(p, p_inverse);
    for (std::size_t i = i_begin; i < i_end; ++i) {
        const __m512i w0 = _mm512_set1_epi64(static_cast<long long>(table[m + 2 * i]));
        const __m512i w1 = _mm512_set1_epi64(static_cast<long long>(table[m + 2 * i + 1]));
        const __m512i w2 = _mm512_set1_epi64(static_cast<long long>(table[m / 2 + i]));
        std::uint64_t* base = a + 4 * i * t;
        for (std::size_t k = 0; k < t; k += 8) {
            __m512i a0 = _mm512_loadu_si512(base + k);
            __m512i a1 = _mm512_loadu_si512(base + k + t);
            __m512i a2 = _mm512_loadu_si512(base + k + 2 * t);
            __m512i a3 = _mm512_loadu_si512(base + k + 3 * t);
            inverse8(a0, a1, w0, c);
            inverse8(a2, a3, w1, c);
            inverse8(a0, a2, w2, c);
            inverse8(a1, a3, w2, c);
            _mm512_storeu_si512(base + k, a0);
            _mm512_storeu_si512(base + k + t, a1);
            _mm512_storeu_si512(base + k + 2 * t, a2);
            _mm512_storeu_si512(base + k + 3 * t, a3);
        }
    }
}

// out[k] = mont(reduce(a[k]), b[k]) for k < n (n a multiple of 8): a, b in [0, 4p).
JVGOV_IFMA void pointwise_vector(std::uint64_t* a, const std::uint64_t* b, std::size_t n,
                                 std::uint64_t p, std::uint64_t p_inverse) {
    const VectorConstants c = vector_constants(p, p_inverse);
    for (std::size_t k = 0; k < n; k += 8) {
        __m512i x = _mm512_loadu_si512(a + k);
        x = min_u64(x, _mm512_sub_epi64(x, c.twice));
        x = min_u64(x, _mm512_sub_epi64(x, c.p));
        _mm512_storeu_si512(a + k, mont8(x, _mm512_loadu_si512(b + k), c));
    }
}

// out[k] = mont(scale, a[k]) for k < count.
JVGOV_IFMA void scale_vector(const std::uint64_t* a, std::uint64_t* out, std::size_t count,
                             std::uint64_t scale, std::uint64_t p, std::uint64_t p_inverse) {
    const VectorConstants c = vector_constants(p, p_inverse);
    const __m512i s = _mm512_set1_epi64(static_cast<long long>(scale));
    std::size_t k = 0;
    for (; k + 8 <= count; k += 8) {
        _mm512_storeu_si512(out + k, mont8(s, _mm512_loadu_si512(a + k), c));
    }
    for (; k < count; ++k) {
        out[k] = mont(scale, a[k], p, p_inverse);
    }
}

#endif  // JVGOV_NTT_IFMA

bool detect_vector_kernels() {
#ifdef JVGOV_NTT_IFMA
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512ifma");
#else
    return false;
#endif
}

}  // namespace

bool vector_kernels_available() {
    static const bool available = detect_vector_kernels();
    return available;
}

std::vector<modular::Prime> primes(std::size_t count) {
    static std::mutex mutex;
    static std::vector<modular::Prime> list;
    std::lock_guard lock(mutex);
    constexpr std::uint64_t step = std::uint64_t{1} << (max_log + 1);
    // The largest candidate below 2^50 of the form c 2^(max_log+1) + 1.
    std::uint64_t candidate =
        list.empty() ? ((std::uint64_t{1} << 50) - step) + 1 : list.back().p - step;
    while (list.size() < count) {
        if (modular::is_prime(candidate)) {
            list.push_back(modular::make_prime(candidate));
        }
        candidate -= step;
    }
    return {list.begin(), list.begin() + static_cast<std::ptrdiff_t>(count)};
}

Multiplier::Multiplier(std::size_t capacity, bool use_vector)
    : capacity_(capacity),
      vector_(use_vector && vector_kernels_available()),
      psi_(capacity + 8),
      psi_inverse_(capacity + 8),
      left_(capacity),
      right_(capacity) {}

Multiplier::~Multiplier() = default;

std::uint64_t* Multiplier::scratch(std::size_t level, std::size_t count) {
    while (scratch_.size() <= level) {
        scratch_.emplace_back(0);
    }
    if (scratch_[level].size() < count) {
        scratch_[level] = tables::ResidueTable(count);
    }
    return scratch_[level].data();
}

void Multiplier::set_prime(const modular::Prime& prime) {
    p_ = prime.p;
    std::uint64_t inverse = 1;  // Newton iteration for p^-1 mod 2^64, then mod 2^52
    for (int i = 0; i < 6; ++i) {
        inverse *= 2 - p_ * inverse;
    }
    p_inverse_ = inverse & low52;
    // A root of order 2^(max_log+1): g^((p-1) / 2^(max_log+1)) for a non-residue g.
    std::uint64_t g = 3;
    while (prime.pow(g, (p_ - 1) / 2) != p_ - 1) {
        ++g;
    }
    const std::uint64_t order = 2 * capacity_;
    const std::uint64_t psi = prime.pow(g, (p_ - 1) / order);
    const std::uint64_t psi_inv = prime.inverse(psi);
    const std::uint64_t r52 = prime.pow(2, 52);  // Montgomery form: times 2^52 mod p
    auto form = [&](std::uint64_t v) { return prime.mul(v, r52); };
    // Entries [m, 2m) hold psi^E(m, i) with E(m, i) = capacity / (2m) + (capacity / m)
    // bitreverse_log2(m)(i), so that for i < m / 2, E(m, i) = E(m / 2, i) - capacity / (2m)
    // and E(m, i + m / 2) = E(m, i) + capacity / m: each entry from an earlier one by one
    // product (and likewise with psi^-1).
    psi_[0] = psi_inverse_[0] = form(1);
    if (capacity_ >= 2) {
        psi_[1] = form(prime.pow(psi, capacity_ / 2));
        psi_inverse_[1] = form(prime.pow(psi_inv, capacity_ / 2));
    }
    for (std::size_t m = 2; m < capacity_; m *= 2) {
        const std::uint64_t down = form(prime.pow(psi_inv, capacity_ / (2 * m)));
        const std::uint64_t across = form(prime.pow(psi, capacity_ / m));
        const std::uint64_t down_inverse = form(prime.pow(psi, capacity_ / (2 * m)));
        const std::uint64_t across_inverse = form(prime.pow(psi_inv, capacity_ / m));
        const std::size_t half = m / 2;
        scale_values(psi_.data() + half, psi_.data() + m, half, down);
        scale_values(psi_inverse_.data() + half, psi_inverse_.data() + m, half, down_inverse);
        scale_values(psi_.data() + m, psi_.data() + m + half, half, across);
        scale_values(psi_inverse_.data() + m, psi_inverse_.data() + m + half, half,
                     across_inverse);
    }
    // The products carry a factor 2^-52 and the inverse transform of length n a factor n:
    // scale_[log2 n] = 2^104 / n in Montgomery form removes both.
    const std::uint64_t r104 = prime.mul(r52, r52);
    for (unsigned k = 0; k <= max_log; ++k) {
        scale_[k] = prime.mul(prime.inverse((std::uint64_t{1} << k) % p_), r104);
    }
}

void Multiplier::scale_values(const std::uint64_t* values, std::uint64_t* out, std::size_t count,
                              std::uint64_t scale) const {
#ifdef JVGOV_NTT_IFMA
    if (vector_) {
        scale_vector(values, out, count, scale, p_, p_inverse_);
        return;
    }
#endif
    for (std::size_t k = 0; k < count; ++k) {
        out[k] = mont(scale, values[k], p_, p_inverse_);
    }
}

void Multiplier::forward(std::uint64_t* values, std::size_t n, std::size_t used) const {
    // Stages (m, t) on blocks [i_begin, i_end); two at a time where the eight-lane kernels can
    // (t >= 16 and the next stage in the same range); returns how many stages it did.
    auto stages = [&](std::size_t m, std::size_t t, std::size_t i_begin, std::size_t i_end,
                      bool pair) -> int {
#ifdef JVGOV_NTT_IFMA
        if (vector_ && n >= 16) {
            if (pair && t >= 16) {
                forward_two_stages(values, m, t, i_begin, i_end, psi_.data(), p_, p_inverse_);
                return 2;
            }
            stage_vector<true>(values, m, t, i_begin, i_end, psi_.data(), p_, p_inverse_);
            return 1;
        }
#endif
        forward_stage_scalar(values, m, t, i_begin, i_end, psi_.data(), p_, p_inverse_);
        return 1;
    };
    std::size_t m = 1;
    std::size_t t = n / 2;
    if (used <= n / 2 && n >= 2) {
        // The first stage with its upper half zero: x stays x and y becomes x (mod p).
        std::copy(values, values + n / 2, values + n / 2);
        m = 2;
        t = n / 4;
    }
    // Stages spanning more than a block: whole passes (pairs while both span more).
    while (t >= 1 && 2 * t > block_values) {
        const int done = stages(m, t, 0, m, t > block_values);
        m <<= done;
        t >>= done;
    }
    // The others block by block, each block through all of them while it is in cache.
    const std::size_t block = std::min(n, block_values);
    for (std::size_t start = 0; start < n; start += block) {
        std::size_t mm = m;
        std::size_t tt = t;
        while (tt >= 1) {
            const std::size_t first = start / (2 * tt);
            const int done = stages(mm, tt, first, first + block / (2 * tt), true);
            mm <<= done;
            tt >>= done;
        }
    }
}

void Multiplier::inverse(std::uint64_t* values, std::size_t n) const {
    // Stages (m, t) on blocks [i_begin, i_end) of stage m (of stage m / 2 when paired: two at
    // a time where the eight-lane kernels can); returns how many stages it did.
    auto stages = [&](std::size_t m, std::size_t t, std::size_t i_begin, std::size_t i_end,
                      bool pair) -> int {
#ifdef JVGOV_NTT_IFMA
        if (vector_ && n >= 16) {
            if (pair && t >= 8 && m >= 2) {
                inverse_two_stages(values, m, t, i_begin / 2, i_end / 2, psi_inverse_.data(),
                                   p_, p_inverse_);
                return 2;
            }
            stage_vector<false>(values, m, t, i_begin, i_end, psi_inverse_.data(), p_,
                                p_inverse_);
            return 1;
        }
#endif
        inverse_stage_scalar(values, m, t, i_begin, i_end, psi_inverse_.data(), p_, p_inverse_);
        return 1;
    };
    const std::size_t block = std::min(n, block_values);
    std::size_t m_after = n / 2;
    std::size_t t_after = 1;
    for (std::size_t start = 0; start < n; start += block) {
        std::size_t m = n / 2;
        std::size_t t = 1;
        while (2 * t <= block) {
            const std::size_t first = start / (2 * t);
            const int done =
                stages(m, t, first, first + block / (2 * t), 4 * t <= block);
            m >>= done;
            t <<= done;
        }
        m_after = m;
        t_after = t;
    }
    std::size_t m = m_after;
    std::size_t t = t_after;
    while (m >= 1) {
        const int done = stages(m, t, 0, m, true);
        m >>= done;
        t <<= done;
    }
}

void Multiplier::multiply(const std::uint64_t* a, std::size_t na, const std::uint64_t* b,
                          std::size_t nb, std::uint64_t* out, std::size_t size) {
    const std::size_t n = std::max<std::size_t>(std::bit_ceil(na + nb - 1), 2);
    // The transforms of length n use the capacity's tables: psi^(capacity / n) has order 2n and
    // the first n entries of the bit-reversed tables over log2(capacity) bits are the ones
    // over log2(n) bits of that root.
    // Each input padded with zeros to n values (to n / 2 when it fits there: forward then
    // copies the lower half into the upper one).
    std::uint64_t* left = left_.data();
    std::uint64_t* right = right_.data();
    std::copy(a, a + na, left);
    std::fill(left + na, left + (na <= n / 2 ? n / 2 : n), 0);
    std::copy(b, b + nb, right);
    std::fill(right + nb, right + (nb <= n / 2 ? n / 2 : n), 0);
    forward(left, n, na);
    forward(right, n, nb);
    const std::size_t count = size;
    const std::uint64_t scale = scale_[std::countr_zero(n)];
#ifdef JVGOV_NTT_IFMA
    if (vector_ && n >= 16) {
        pointwise_vector(left, right, n, p_, p_inverse_);
        inverse(left, n);
        scale_values(left, out, count, scale);
        return;
    }
#endif
    const std::uint64_t twice = 2 * p_;
    for (std::size_t k = 0; k < n; ++k) {
        std::uint64_t x = std::min(left[k], left[k] - twice);
        x = std::min(x, x - p_);
        left[k] = mont(x, right[k], p_, p_inverse_);
    }
    inverse(left, n);
    scale_values(left, out, count, scale);
}

namespace {

// Writes the product of the groups [first, last) truncated to `size` into out (room for size
// values) and returns its length; level is the depth in the tree (its scratch buffer).
std::size_t product_of_groups(const std::vector<std::vector<std::int64_t>>& groups,
                              std::size_t first, std::size_t last, std::size_t size,
                              std::size_t level, std::uint64_t* out, Multiplier& multiplier,
                              const modular::Prime& prime) {
    if (last - first == 1) {
        std::int64_t total = 0;
        for (std::int64_t w : groups[first]) {
            total += w;
        }
        const auto length = static_cast<std::size_t>(
                                std::min(total, static_cast<std::int64_t>(size) - 1)) + 1;
        std::fill(out, out + length, 0);
        tables::multiply_by_each_weight(out, groups[first], static_cast<std::int64_t>(length),
                                        prime);
        return length;
    }
    const std::size_t middle = first + (last - first) / 2;
    const std::size_t left =
        product_of_groups(groups, first, middle, size, level + 1, out, multiplier, prime);
    std::uint64_t* other = multiplier.scratch(level, size);
    const std::size_t right =
        product_of_groups(groups, middle, last, size, level + 1, other, multiplier, prime);
    const std::size_t length = std::min(size, left + right - 1);
    multiplier.multiply(out, left, other, right, out, length);
    return length;
}

}  // namespace

std::uint64_t* binomial_product(const std::vector<std::int64_t>& ascending, std::size_t size,
                                std::size_t leaves, Multiplier& multiplier) {
    const modular::Prime prime = modular::make_prime(multiplier.prime());
    leaves = std::clamp<std::size_t>(leaves, 1, std::max<std::size_t>(ascending.size(), 1));
    std::vector<std::vector<std::int64_t>> groups(leaves);
    for (std::size_t k = 0; k < ascending.size(); ++k) {
        groups[k % leaves].push_back(ascending[k]);
    }
    std::uint64_t* result = multiplier.scratch(0, size);
    const std::size_t length =
        product_of_groups(groups, 0, leaves, size, 1, result, multiplier, prime);
    std::fill(result + length, result + size, 0);
    return result;
}

namespace {

// Measured costs in table updates of tables::multiply_by_each_weight (one prime, this machine,
// about 0.18 ns each): one product of transform length n = 2^k per point and stage (three
// transforms, the pointwise products, the copies and the padding), from about 0.35 ns up to
// 2^12 points (in the level-2 cache) to 1.0 ns at 2^22 (memory traffic); set_prime per point of
// capacity (about 4.5 ns).
double product_cost(int log_n) {
    return 2.0 + 0.37 * std::max(0, log_n - 12);
}
constexpr double table_cost = 25.0;

// Transforms larger than this many points (32 bytes each per thread) are not planned.
constexpr std::size_t largest_capacity = std::size_t{1} << 22;

struct Subtree {
    std::size_t length = 1;  // coefficients of the product (truncated to the size)
    std::size_t capacity = 1;
    double cost = 0;
};

Subtree plan_groups(const std::vector<std::vector<std::int64_t>>& groups, std::size_t first,
                    std::size_t last, std::size_t size) {
    Subtree tree;
    if (last - first == 1) {
        std::int64_t reach = 0;
        const auto top = static_cast<std::int64_t>(size) - 1;
        for (std::int64_t w : groups[first]) {
            reach = std::min(reach + w, top);
            tree.cost += static_cast<double>(reach);
        }
        tree.length = static_cast<std::size_t>(reach) + 1;
        return tree;
    }
    const std::size_t middle = first + (last - first) / 2;
    const Subtree left = plan_groups(groups, first, middle, size);
    const Subtree right = plan_groups(groups, middle, last, size);
    const std::size_t n = std::max<std::size_t>(std::bit_ceil(left.length + right.length - 1), 2);
    tree.length = std::min(size, left.length + right.length - 1);
    tree.capacity = std::max({n, left.capacity, right.capacity});
    const int log_n = std::countr_zero(n);
    tree.cost = left.cost + right.cost +
                product_cost(log_n) * static_cast<double>(n) * static_cast<double>(log_n);
    return tree;
}

}  // namespace

ProductPlan plan_product(const std::vector<std::int64_t>& ascending, std::size_t size) {
    ProductPlan best;
    best.cost = -1;
    for (std::size_t leaves = 2; leaves <= 64 && leaves <= ascending.size(); leaves *= 2) {
        std::vector<std::vector<std::int64_t>> groups(leaves);
        for (std::size_t k = 0; k < ascending.size(); ++k) {
            groups[k % leaves].push_back(ascending[k]);
        }
        const Subtree tree = plan_groups(groups, 0, leaves, size);
        const double cost = tree.cost + table_cost * static_cast<double>(tree.capacity);
        if (best.cost < 0 || cost < best.cost) {
            best = {leaves, tree.capacity, cost};
        }
    }
    return best;
}

std::optional<ProductPlan> cheaper_plan(const std::vector<std::int64_t>& ascending,
                                        std::size_t size, std::size_t bits) {
    if (ascending.size() < 2 || size < 2) {
        return std::nullopt;
    }
    double additions = 0;  // table updates of multiply_by_each_weight
    std::int64_t reach = 0;
    for (std::int64_t w : ascending) {
        reach = std::min<std::int64_t>(reach + w, static_cast<std::int64_t>(size) - 1);
        additions += static_cast<double>(reach);
    }
    const ProductPlan plan = plan_product(ascending, size);
    const double dp = additions * static_cast<double>(modular::primes_for_bits(bits));
    const double products = plan.cost * static_cast<double>(primes_for_bits(bits));
    if (plan.capacity > largest_capacity || products >= dp) {
        return std::nullopt;
    }
    return plan;
}

}  // namespace jvgov::power::ntt
