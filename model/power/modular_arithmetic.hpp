// Arithmetic modulo primes just below 2^62, the word-sized building block of the exact
// weighted-game engine: counts that reach 2^5000 are computed as residues modulo enough such
// primes and reconstructed by the Chinese remainder theorem (crt_reconstruction.hpp).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace jvgov::power::modular {

__extension__ typedef unsigned __int128 Wide;

// One prime 2^61 < p < 2^62, with Montgomery multiplication (R = 2^64). Residues are plain
// values in [0, p); sums of two residues never overflow 64 bits.
struct Prime {
    std::uint64_t p = 0;
    std::uint64_t neg_inverse = 0;  // -p^-1 mod 2^64
    std::uint64_t r_squared = 0;    // 2^128 mod p

    std::uint64_t add(std::uint64_t a, std::uint64_t b) const {
        std::uint64_t s = a + b;
        return s >= p ? s - p : s;
    }

    std::uint64_t sub(std::uint64_t a, std::uint64_t b) const { return a >= b ? a - b : a + p - b; }

    // t / 2^64 mod p (Montgomery reduction). REQUIRES t < p 2^64.
    std::uint64_t reduce(Wide t) const {
        std::uint64_t m = static_cast<std::uint64_t>(t) * neg_inverse;
        Wide u = (t + static_cast<Wide>(m) * p) >> 64;
        std::uint64_t r = static_cast<std::uint64_t>(u);
        return r >= p ? r - p : r;
    }

    // a * b / 2^64 mod p. REQUIRES a, b < p.
    std::uint64_t montgomery(std::uint64_t a, std::uint64_t b) const {
        return reduce(static_cast<Wide>(a) * b);
    }

    // (a[0] b[0] + ... + a[count-1] b[count-1]) / 2^64 mod p, reducing once per four products
    // (four products stay below p 2^64 because 4p < 2^64). REQUIRES every a[i], b[i] < p.
    std::uint64_t montgomery_dot(const std::uint64_t* a, const std::uint64_t* b,
                                 std::size_t count) const {
        std::uint64_t sum = 0;
        std::size_t i = 0;
        for (; i + 4 <= count; i += 4) {
            sum = add(sum, reduce(static_cast<Wide>(a[i]) * b[i] +
                                  static_cast<Wide>(a[i + 1]) * b[i + 1] +
                                  static_cast<Wide>(a[i + 2]) * b[i + 2] +
                                  static_cast<Wide>(a[i + 3]) * b[i + 3]));
        }
        Wide rest = 0;
        for (; i < count; ++i) {
            rest += static_cast<Wide>(a[i]) * b[i];
        }
        return add(sum, reduce(rest));
    }

    // a * b mod p. REQUIRES a, b < p.
    std::uint64_t mul(std::uint64_t a, std::uint64_t b) const {
        return montgomery(montgomery(a, b), r_squared);
    }

    // a^e mod p.
    std::uint64_t pow(std::uint64_t a, std::uint64_t e) const;

    // a^-1 mod p. REQUIRES a not divisible by p.
    std::uint64_t inverse(std::uint64_t a) const { return pow(a, p - 2); }
};

// Whether n is prime (deterministic Miller-Rabin, exact for every 64-bit n).
bool is_prime(std::uint64_t n);

// The Montgomery constants of an odd modulus p < 2^62 (a prime for every use here).
Prime make_prime(std::uint64_t p);

// The first `count` primes below 2^62, in decreasing order (always the same list).
std::vector<Prime> primes(std::size_t count);

// How many of those primes have a product exceeding 2^bits, so that any integer in
// [0, 2^bits) is determined by its residues.
std::size_t primes_for_bits(std::size_t bits);

// Threads the engine may use: the hardware concurrency, at most 2 (and at least 1).
unsigned default_threads();

// Calls work(k) for k = 0..count-1, on up to `max_threads` threads (at least one); returns when
// all are done. The calls must be independent; the first exception thrown is rethrown.
template <class Work>
void for_each_prime(std::size_t count, unsigned max_threads, Work&& work) {
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto run = [&] {
        for (std::size_t k = next++; k < count; k = next++) {
            try {
                work(k);
            } catch (...) {
                std::lock_guard lock(failure_mutex);
                if (!failure) {
                    failure = std::current_exception();
                }
                next = count;
            }
        }
    };
    unsigned threads = max_threads < 1 ? 1 : max_threads;
    if (threads > count) {
        threads = static_cast<unsigned>(count);
    }
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threads; ++t) {
        helpers.emplace_back(run);
    }
    run();
    for (std::thread& helper : helpers) {
        helper.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

}  // namespace jvgov::power::modular
