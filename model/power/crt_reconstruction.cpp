#include "model/power/crt_reconstruction.hpp"

#include <utility>

namespace jvgov::power {

CrtBasis::CrtBasis(std::size_t count) : CrtBasis(modular::primes(count)) {}

CrtBasis::CrtBasis(std::vector<modular::Prime> primes) : primes_(std::move(primes)) {
    const std::size_t count = primes_.size();
    inverse_of_prefix_.resize(count);
    for (std::size_t k = 0; k < count; ++k) {
        const modular::Prime& pk = primes_[k];
        std::uint64_t prefix = 1;
        for (std::size_t j = 0; j < k; ++j) {
            prefix = pk.mul(prefix, primes_[j].p % pk.p);
        }
        inverse_of_prefix_[k] = pk.inverse(prefix);
    }
}

exact::Integer CrtBasis::reconstruct(const std::vector<std::uint64_t>& residues) const {
    std::size_t count = primes_.size();
    // Mixed-radix digits: value = d_0 + d_1 p_0 + d_2 p_0 p_1 + ...
    std::vector<std::uint64_t> digits(count);
    for (std::size_t k = 0; k < count; ++k) {
        const modular::Prime& pk = primes_[k];
        // Horner evaluation of the digits found so far, modulo p_k.
        std::uint64_t partial = 0;
        for (std::size_t j = k; j-- > 0;) {
            partial = pk.add(pk.mul(partial, primes_[j].p % pk.p), digits[j] % pk.p);
        }
        digits[k] = pk.mul(pk.sub(residues[k], partial), inverse_of_prefix_[k]);
    }
    exact::Integer value = 0;
    for (std::size_t k = count; k-- > 0;) {
        value *= primes_[k].p;
        value += digits[k];
    }
    return value;
}

std::vector<exact::Integer> reconstruct_all(
    const CrtBasis& basis, const std::vector<std::vector<std::uint64_t>>& residues) {
    std::size_t values = residues.empty() ? 0 : residues.front().size();
    std::vector<exact::Integer> result(values);
    std::vector<std::uint64_t> column(residues.size());
    for (std::size_t v = 0; v < values; ++v) {
        for (std::size_t k = 0; k < residues.size(); ++k) {
            column[k] = residues[k][v];
        }
        result[v] = basis.reconstruct(column);
    }
    return result;
}

}  // namespace jvgov::power
