#include "model/power/owen.hpp"

#include <stdexcept>

#include <fmt/core.h>

#include "model/exact/errors.hpp"

namespace jvgov::power {

namespace {

using games::Coalition;

Integer factorial(int k) {
    Integer result = 1;
    for (int i = 2; i <= k; ++i) {
        result *= i;
    }
    return result;
}

}  // namespace

void validate_blocs(const std::vector<std::vector<int>>& blocs, int players) {
    std::vector<int> seen(static_cast<std::size_t>(players), 0);
    for (const std::vector<int>& bloc : blocs) {
        if (bloc.empty()) {
            throw InputError("a bloc is empty");
        }
        for (int player : bloc) {
            if (player < 0 || player >= players) {
                throw InputError(
                    fmt::format("bloc member {} is not a player of the game", player + 1));
            }
            if (++seen[static_cast<std::size_t>(player)] > 1) {
                throw InputError(fmt::format("player {} is in more than one bloc", player + 1));
            }
        }
    }
    for (int player = 0; player < players; ++player) {
        if (seen[static_cast<std::size_t>(player)] == 0) {
            throw InputError(fmt::format("player {} is in no bloc", player + 1));
        }
    }
}

OwenValues owen_values(const WinningBitmap& winning, const std::vector<std::vector<int>>& blocs) {
    const int n = winning.players;
    const int m = static_cast<int>(blocs.size());
    std::vector<Coalition> bloc_sets;
    for (const std::vector<int>& bloc : blocs) {
        Coalition set = 0;
        for (int player : bloc) {
            set |= games::singleton(player);
        }
        bloc_sets.push_back(set);
    }
    OwenValues values;
    values.owen.assign(static_cast<std::size_t>(n), 0);
    values.banzhaf_owen.assign(static_cast<std::size_t>(n), 0);
    for (int k = 0; k < m; ++k) {
        const std::vector<int>& bloc = blocs[static_cast<std::size_t>(k)];
        const int p = static_cast<int>(bloc.size());
        std::vector<Coalition> others;
        for (int j = 0; j < m; ++j) {
            if (j != k) {
                others.push_back(bloc_sets[static_cast<std::size_t>(j)]);
            }
        }
        for (int i : bloc) {
            const Coalition me = games::singleton(i);
            const std::vector<int> mates = [&] {
                std::vector<int> result;
                for (int j : bloc) {
                    if (j != i) {
                        result.push_back(j);
                    }
                }
                return result;
            }();
            // swings[r][t]
            std::vector<std::vector<std::uint64_t>> swings(
                static_cast<std::size_t>(m),
                std::vector<std::uint64_t>(static_cast<std::size_t>(p), 0));
            for (std::uint64_t r_mask = 0; r_mask < (std::uint64_t{1} << (m - 1)); ++r_mask) {
                Coalition unions = 0;
                for (int j = 0; j < m - 1; ++j) {
                    if (((r_mask >> j) & 1U) != 0) {
                        unions |= others[static_cast<std::size_t>(j)];
                    }
                }
                const auto r = static_cast<std::size_t>(std::popcount(r_mask));
                for (std::uint64_t t_mask = 0; t_mask < (std::uint64_t{1} << (p - 1)); ++t_mask) {
                    Coalition s = unions;
                    for (int j = 0; j < p - 1; ++j) {
                        if (((t_mask >> j) & 1U) != 0) {
                            s |= games::singleton(mates[static_cast<std::size_t>(j)]);
                        }
                    }
                    if (!winning.wins(s) && winning.wins(s | me)) {
                        ++swings[r][static_cast<std::size_t>(std::popcount(t_mask))];
                    }
                }
            }
            Integer owen_numerator = 0;  // over the common denominator m! p!
            Integer plain = 0;
            for (int r = 0; r < m; ++r) {
                for (int t = 0; t < p; ++t) {
                    const std::uint64_t count =
                        swings[static_cast<std::size_t>(r)][static_cast<std::size_t>(t)];
                    if (count == 0) {
                        continue;
                    }
                    plain += count;
                    owen_numerator += Integer(count) * factorial(r) * factorial(m - 1 - r) *
                                      factorial(t) * factorial(p - 1 - t);
                }
            }
            values.owen[static_cast<std::size_t>(i)] =
                Rational(owen_numerator, factorial(m) * factorial(p));
            values.banzhaf_owen[static_cast<std::size_t>(i)] =
                Rational(plain, Integer(1) << (m - 1 + p - 1));
        }
    }
    return values;
}

}  // namespace jvgov::power
