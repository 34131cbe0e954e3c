#include "model/power/modular_arithmetic.hpp"

#include <mutex>
#include <thread>

namespace jvgov::power::modular {

namespace {

std::uint64_t mul_mod(std::uint64_t a, std::uint64_t b, std::uint64_t m) {
    return static_cast<std::uint64_t>(static_cast<Wide>(a) * b % m);
}

std::uint64_t pow_mod(std::uint64_t a, std::uint64_t e, std::uint64_t m) {
    std::uint64_t result = 1 % m;
    a %= m;
    while (e > 0) {
        if (e & 1) {
            result = mul_mod(result, a, m);
        }
        a = mul_mod(a, a, m);
        e >>= 1;
    }
    return result;
}

}  // namespace

bool is_prime(std::uint64_t n) {
    if (n < 2) {
        return false;
    }
    static constexpr std::uint64_t bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    for (std::uint64_t b : bases) {
        if (n % b == 0) {
            return n == b;
        }
    }
    std::uint64_t d = n - 1;
    int s = 0;
    while ((d & 1) == 0) {
        d >>= 1;
        ++s;
    }
    for (std::uint64_t b : bases) {
        std::uint64_t x = pow_mod(b, d, n);
        if (x == 1 || x == n - 1) {
            continue;
        }
        bool composite = true;
        for (int r = 1; r < s; ++r) {
            x = mul_mod(x, x, n);
            if (x == n - 1) {
                composite = false;
                break;
            }
        }
        if (composite) {
            return false;
        }
    }
    return true;
}

Prime make_prime(std::uint64_t p) {
    Prime prime;
    prime.p = p;
    std::uint64_t inverse = 1;  // Newton iteration for p^-1 mod 2^64 (p odd)
    for (int i = 0; i < 6; ++i) {
        inverse *= 2 - p * inverse;
    }
    prime.neg_inverse = ~inverse + 1;
    std::uint64_t r = static_cast<std::uint64_t>((static_cast<Wide>(1) << 64) % p);
    prime.r_squared = mul_mod(r, r, p);
    return prime;
}


std::uint64_t Prime::pow(std::uint64_t a, std::uint64_t e) const {
    return pow_mod(a, e, p);
}

std::vector<Prime> primes(std::size_t count) {
    static std::mutex mutex;
    static std::vector<Prime> list;
    std::lock_guard lock(mutex);
    std::uint64_t candidate = list.empty() ? (std::uint64_t{1} << 62) - 1 : list.back().p - 2;
    while (list.size() < count) {
        if (is_prime(candidate)) {
            list.push_back(make_prime(candidate));
        }
        candidate -= 2;
    }
    return {list.begin(), list.begin() + static_cast<std::ptrdiff_t>(count)};
}

std::size_t primes_for_bits(std::size_t bits) {
    // Every prime exceeds 2^61, so k primes multiply to more than 2^(61k).
    return bits / 61 + 1;
}

unsigned default_threads() {
    unsigned hardware = std::thread::hardware_concurrency();
    return hardware >= 2 ? 2 : 1;
}

}  // namespace jvgov::power::modular
