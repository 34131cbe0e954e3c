// Polynomial products modulo primes by the number-theoretic transform (NTT), for the weighted-
// game engine's generating polynomials when they are long and the players many: the product of
// (1 + x^w) over the players, truncated to a quota, as a balanced tree of NTT products whose
// leaves (a few groups of players) are built by the additions of weighted_tables.hpp.
//
// Arithmetic: primes 2^49 < p < 2^50 with p = 1 mod 2^24 (so that 2^24-th roots of unity
// exist), residues multiplied by Montgomery's method with R = 2^52, eight at a time with the
// 52-bit multiply-add instructions of AVX-512 IFMA where the processor has them (the same
// results, one value at a time, otherwise). Every value is exact modulo its prime.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "model/power/modular_arithmetic.hpp"
#include "model/power/residue_table.hpp"

namespace jvgov::power::ntt {

// Transforms of up to 2^max_log points (negacyclic, so roots of order 2^(max_log + 1)).
constexpr unsigned max_log = 23;

// The first `count` primes 2^49 < p < 2^50 with p = 1 mod 2^(max_log + 1), in decreasing order
// (always the same list).
std::vector<modular::Prime> primes(std::size_t count);

// How many of those primes multiply to more than 2^bits.
inline std::size_t primes_for_bits(std::size_t bits) {
    return bits / 49 + 1;
}

// Whether this processor runs the eight-lane (AVX-512 IFMA) kernels.
bool vector_kernels_available();

// Products of polynomials modulo one prime of ntt::primes at a time, by transforms of up to
// `capacity` points (a power of two, at most 2^max_log). Holds its root tables and work
// buffers (32 bytes per point of capacity), reused from one prime to the next.
class Multiplier {
  public:
    // use_vector = false forces the one-value-at-a-time kernels (for tests); true uses the
    // eight-lane kernels where vector_kernels_available().
    explicit Multiplier(std::size_t capacity, bool use_vector = true);
    ~Multiplier();
    Multiplier(const Multiplier&) = delete;
    Multiplier& operator=(const Multiplier&) = delete;

    // Computes modulo `prime` (one of ntt::primes) from now on; call before multiply.
    void set_prime(const modular::Prime& prime);

    // out[0..size) = (a[0..na) * b[0..nb)) mod x^size, every value in [0, p). REQUIRES the
    // inputs in [0, p), na, nb >= 1, min(na + nb - 1, size)... transform length
    // bit_ceil(na + nb - 1) <= capacity; out may be neither a nor b.
    void multiply(const std::uint64_t* a, std::size_t na, const std::uint64_t* b, std::size_t nb,
                  std::uint64_t* out, std::size_t size);

    std::size_t capacity() const { return capacity_; }
    // Bytes a multiplier of this capacity holds for binomial_product: its tables and buffers
    // and the tree's (seven buffers of up to half the capacity).
    static std::size_t bytes_for(std::size_t capacity) { return (4 + 4) * 8 * capacity; }
    // Buffer number `level` with room for at least `count` values, kept between calls.
    std::uint64_t* scratch(std::size_t level, std::size_t count);
    std::uint64_t prime() const { return p_; }

  private:
    // values[used..n) are 0 on entry (only values[used..n / 2) when used <= n / 2).
    void forward(std::uint64_t* values, std::size_t n, std::size_t used) const;
    void inverse(std::uint64_t* values, std::size_t n) const;
    // out[k] = values[k] * scale / 2^52 mod p for k < count (scale < p, values < 2^52).
    void scale_values(const std::uint64_t* values, std::uint64_t* out, std::size_t count,
                      std::uint64_t scale) const;

    std::uint64_t p_ = 0;
    std::uint64_t p_inverse_ = 0;  // p^-1 mod 2^52
    std::size_t capacity_ = 0;
    bool vector_ = false;
    // psi_[k] = psi^bitreverse(k) and psi_inverse_[k] = psi^-bitreverse(k) (bit reversal over
    // log2(capacity) bits, psi a root of unity of order 2 capacity), in Montgomery form
    // (times 2^52 mod p), with 8 values of padding.
    tables::ResidueTable psi_;
    tables::ResidueTable psi_inverse_;
    tables::ResidueTable left_;
    tables::ResidueTable right_;
    std::vector<tables::ResidueTable> scratch_;
    std::uint64_t scale_[max_log + 1] = {};
};

// The product over the weights (ascending, each >= 0) of (1 + x^w), truncated to size >= 1
// coefficients, modulo the multiplier's prime: the players split into `leaves` groups (player
// k of the ascending order in group k mod leaves), each group's product by the additions of
// tables::multiply_by_each_weight, the groups multiplied in a balanced tree.
// Returns the multiplier's buffer holding the size coefficients, valid until its next use.
// REQUIRES set_prime called; leaves >= 1; every product's transform within the multiplier's
// capacity (plan_product's capacity, or bit_ceil(2 size - 1) for any leaves).
std::uint64_t* binomial_product(const std::vector<std::int64_t>& ascending, std::size_t size,
                                std::size_t leaves, Multiplier& multiplier);

// Estimated cost of binomial_product for one prime, in units of one table update of
// tables::multiply_by_each_weight (measured constants), and the transform capacity it needs.
struct ProductPlan {
    std::size_t leaves = 1;
    std::size_t capacity = 1;
    double cost = 0;
};

// The cheapest number of leaves (a power of two from 2 to 64) for these weights and size.
// REQUIRES at least 2 weights.
ProductPlan plan_product(const std::vector<std::int64_t>& ascending, std::size_t size);

// The plan for the product of (1 + x^w) over the weights (ascending), truncated to `size`, with
// the results below 2^bits, when binomial_product over ntt::primes_for_bits(bits) primes is
// estimated cheaper than tables::multiply_by_each_weight over modular::primes_for_bits(bits)
// primes (and its transforms at most 2^22 points); nullopt otherwise.
std::optional<ProductPlan> cheaper_plan(const std::vector<std::int64_t>& ascending,
                                        std::size_t size, std::size_t bits);

}  // namespace jvgov::power::ntt
