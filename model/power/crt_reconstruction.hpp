// Exact integers from their residues modulo the engine's primes (Chinese remainder theorem,
// Garner's mixed-radix algorithm).
#pragma once

#include <cstdint>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/power/modular_arithmetic.hpp"

namespace jvgov::power {

class CrtBasis {
  public:
    // The basis of the first `count` primes of modular::primes. REQUIRES count >= 1.
    explicit CrtBasis(std::size_t count);

    // The basis of the given distinct primes (below 2^62; for instance ntt::primes(count)).
    // REQUIRES at least one.
    explicit CrtBasis(std::vector<modular::Prime> primes);

    const std::vector<modular::Prime>& primes() const { return primes_; }

    // The unique integer in [0, product of the primes) with residues[k] mod primes()[k].
    // REQUIRES residues.size() == primes().size() and residues[k] < primes()[k].p.
    exact::Integer reconstruct(const std::vector<std::uint64_t>& residues) const;

  private:
    std::vector<modular::Prime> primes_;
    // inverse_of_prefix_[k] = (p_0 * ... * p_{k-1})^-1 mod p_k.
    std::vector<std::uint64_t> inverse_of_prefix_;
};

// Reconstructs values[v] from residues[k][v] (prime k, value v) for every v.
std::vector<exact::Integer> reconstruct_all(
    const CrtBasis& basis, const std::vector<std::vector<std::uint64_t>>& residues);

}  // namespace jvgov::power
