#include "model/power/enumeration.hpp"

#include <array>
#include <bit>
#include <stdexcept>

#include <fmt/core.h>

#include "model/exact/errors.hpp"

namespace jvgov::power {

namespace {

using games::Coalition;

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

std::uint64_t coalition_count(int n) {
    return std::uint64_t{1} << n;
}

WinningBitmap empty_bitmap(int n) {
    return WinningBitmap{n, std::vector<std::uint64_t>((coalition_count(n) + 63) / 64, 0)};
}

void set_bit(WinningBitmap& bitmap, Coalition coalition) {
    bitmap.words[coalition >> 6] |= std::uint64_t{1} << (coalition & 63U);
}

// Weighted part: coalition weight = weight of its low half + weight of its high half.
WinningBitmap weighted_bitmap(const games::WeightedGame& game, int n) {
    WinningBitmap bitmap = empty_bitmap(n);
    const int low_bits = (n + 1) / 2;
    const int high_bits = n - low_bits;
    auto half_sums = [&](int offset, int bits) {
        std::vector<std::int64_t> sums(coalition_count(bits), 0);
        for (std::uint64_t s = 1; s < sums.size(); ++s) {
            const int lowest = std::countr_zero(s);
            sums[s] = sums[s & (s - 1)] + game.weights[static_cast<std::size_t>(offset + lowest)];
        }
        return sums;
    };
    const std::vector<std::int64_t> low = half_sums(0, low_bits);
    const std::vector<std::int64_t> high = half_sums(low_bits, high_bits);
    for (std::uint64_t h = 0; h < high.size(); ++h) {
        const std::int64_t missing = game.quota - high[h];
        for (std::uint64_t l = 0; l < low.size(); ++l) {
            if (low[l] >= missing) {
                set_bit(bitmap, (h << low_bits) | l);
            }
        }
    }
    return bitmap;
}

// Adds every superset of a set coalition (upward closure).
void close_upwards(WinningBitmap& bitmap) {
    static constexpr std::array<std::uint64_t, 6> without_bit = {
        0x5555555555555555ULL, 0x3333333333333333ULL, 0x0F0F0F0F0F0F0F0FULL,
        0x00FF00FF00FF00FFULL, 0x0000FFFF0000FFFFULL, 0x00000000FFFFFFFFULL};
    const int n = bitmap.players;
    for (int i = 0; i < n && i < 6; ++i) {
        for (std::uint64_t& word : bitmap.words) {
            word |= (word & without_bit[static_cast<std::size_t>(i)]) << (1U << i);
        }
    }
    for (int i = 6; i < n; ++i) {
        const std::size_t stride = std::size_t{1} << (i - 6);
        for (std::size_t w = 0; w < bitmap.words.size(); ++w) {
            if ((w & stride) != 0) {
                bitmap.words[w] |= bitmap.words[w ^ stride];
            }
        }
    }
    if (n < 6) {
        bitmap.words[0] &= (std::uint64_t{1} << coalition_count(n)) - 1;
    }
}

WinningBitmap rule_bitmap(const games::Rule& rule, int n) {
    return std::visit(
        Overloaded{
            [&](const games::WeightedGame& weighted) { return weighted_bitmap(weighted, n); },
            [&](const games::AllOf& all) {
                WinningBitmap result = rule_bitmap(all.parts.front(), n);
                for (std::size_t p = 1; p < all.parts.size(); ++p) {
                    const WinningBitmap part = rule_bitmap(all.parts[p], n);
                    for (std::size_t w = 0; w < result.words.size(); ++w) {
                        result.words[w] &= part.words[w];
                    }
                }
                return result;
            },
            [&](const games::AnyOf& any) {
                WinningBitmap result = rule_bitmap(any.parts.front(), n);
                for (std::size_t p = 1; p < any.parts.size(); ++p) {
                    const WinningBitmap part = rule_bitmap(any.parts[p], n);
                    for (std::size_t w = 0; w < result.words.size(); ++w) {
                        result.words[w] |= part.words[w];
                    }
                }
                return result;
            },
            [&](const games::MinimalWinningList& list) {
                WinningBitmap result = empty_bitmap(n);
                for (Coalition c : list.coalitions) {
                    set_bit(result, c);
                }
                close_upwards(result);
                return result;
            },
            [&](const games::WinningPredicate& predicate) {
                WinningBitmap result = empty_bitmap(n);
                for (Coalition c = 0; c < coalition_count(n); ++c) {
                    if (predicate.wins(c)) {
                        set_bit(result, c);
                    }
                }
                return result;
            },
        },
        rule.kind);
}

std::vector<Integer> factorials(int n) {
    std::vector<Integer> result(static_cast<std::size_t>(n) + 1, Integer(1));
    for (int k = 1; k <= n; ++k) {
        result[static_cast<std::size_t>(k)] = result[static_cast<std::size_t>(k) - 1] * k;
    }
    return result;
}

Rational normalised(const Rational& part, const Rational& total) {
    return total == 0 ? Rational(0) : Rational(part / total);
}

}  // namespace

std::uint64_t bitmap_bytes(int players) {
    return ((coalition_count(players) + 63) / 64) * sizeof(std::uint64_t);
}

WinningBitmap winning_bitmap(const games::SimpleGame& game) {
    return rule_bitmap(game.rule, games::player_count(game));
}

PowerTable enumerate_power(const games::SimpleGame& game, const WinningBitmap& winning,
                           std::size_t list_cap, bool check_monotone) {
    const int n = games::player_count(game);
    const auto size_n = static_cast<std::size_t>(n);
    const Coalition all = games::grand_coalition(n);
    if (winning.wins(0)) {
        throw InputError("the empty coalition wins: not a proper simple game");
    }
    if (!winning.wins(all)) {
        throw InputError("the coalition of all players loses: no coalition can win");
    }
    using Counts = std::vector<std::vector<std::uint64_t>>;
    // [player][k]: critical in winning coalitions of size k; in minimal winning coalitions of
    // size k; critical in winning coalitions with k critical players.
    Counts critical_by_size(size_n, std::vector<std::uint64_t>(size_n + 1, 0));
    Counts minimal_by_size = critical_by_size;
    Counts critical_by_criticals = critical_by_size;
    std::uint64_t winning_count = 0;
    std::uint64_t minimal_count = 0;
    std::vector<Coalition> minimal_list;
    if (check_monotone) {
        for (Coalition s = 1; s <= all; ++s) {
            if (winning.wins(s)) {
                continue;
            }
            for (Coalition rest = s; rest != 0; rest &= rest - 1) {
                if (winning.wins(s & ~(rest & (~rest + 1)))) {
                    throw InputError(
                        "the game is not monotone: a coalition wins but a larger one loses");
                }
            }
        }
    }
    // Only the winning coalitions matter below: visit the set bits of the bitmap.
    for (std::size_t word = 0; word < winning.words.size(); ++word) {
        for (std::uint64_t bits = winning.words[word]; bits != 0; bits &= bits - 1) {
            const Coalition s =
                (Coalition{word} << 6) | static_cast<Coalition>(std::countr_zero(bits));
            ++winning_count;
            Coalition critical = 0;
            for (Coalition rest = s; rest != 0; rest &= rest - 1) {
                const Coalition bit = rest & (~rest + 1);
                if (!winning.wins(s & ~bit)) {
                    critical |= bit;
                }
            }
            const auto coalition_size = static_cast<std::size_t>(games::size(s));
            const auto criticals = static_cast<std::size_t>(games::size(critical));
            for (Coalition rest = critical; rest != 0; rest &= rest - 1) {
                const auto i = static_cast<std::size_t>(std::countr_zero(rest));
                ++critical_by_size[i][coalition_size];
                ++critical_by_criticals[i][criticals];
            }
            if (critical == s) {
                ++minimal_count;
                for (Coalition rest = s; rest != 0; rest &= rest - 1) {
                    ++minimal_by_size[static_cast<std::size_t>(std::countr_zero(rest))]
                                     [coalition_size];
                }
                if (minimal_list.size() <= list_cap) {
                    minimal_list.push_back(s);
                }
            }
        }
    }

    const std::vector<Integer> factorial = factorials(n);
    const Integer coalitions = Integer(1) << n;
    PowerTable table;
    table.winning_coalitions = Integer(winning_count);
    table.minimal_winning_coalitions = Integer(minimal_count);
    table.coleman_act = Rational(Integer(winning_count), coalitions);
    if (minimal_list.size() <= list_cap) {
        table.minimal_winning_list = std::move(minimal_list);
    }
    Integer total_swings = 0;
    Rational total_deegan_packel = 0;
    Integer total_public_good = 0;
    Rational total_johnston = 0;
    for (std::size_t i = 0; i < size_n; ++i) {
        PlayerPower player;
        player.name = game.players[i];
        Integer swings = 0;
        Integer orderings = 0;
        Integer minimal_containing = 0;
        Rational deegan_packel = 0;
        Rational johnston = 0;
        for (std::size_t k = 1; k <= size_n; ++k) {
            swings += critical_by_size[i][k];
            orderings += critical_by_size[i][k] * factorial[k - 1] * factorial[size_n - k];
            minimal_containing += minimal_by_size[i][k];
            deegan_packel += Rational(Integer(minimal_by_size[i][k]), Integer(k));
            johnston += Rational(Integer(critical_by_criticals[i][k]), Integer(k));
        }
        player.swings = swings;
        player.penrose = Rational(swings, coalitions / 2);
        player.shapley_shubik = Rational(orderings, factorial[size_n]);
        player.raw_deegan_packel = deegan_packel;
        player.raw_public_good = minimal_containing;
        player.raw_johnston = johnston;
        player.coleman_prevent = Rational(swings, Integer(winning_count));
        player.coleman_initiate = Rational(swings, coalitions - winning_count);
        total_swings += swings;
        total_deegan_packel += deegan_packel;
        total_public_good += minimal_containing;
        total_johnston += johnston;
        table.players.push_back(std::move(player));
    }
    for (std::size_t i = 0; i < size_n; ++i) {
        PlayerPower& player = table.players[i];
        player.banzhaf = normalised(Rational(*player.swings), Rational(total_swings));
        player.deegan_packel = normalised(*player.raw_deegan_packel, total_deegan_packel);
        player.public_good =
            normalised(Rational(*player.raw_public_good), Rational(total_public_good));
        player.johnston = normalised(*player.raw_johnston, total_johnston);
        const auto bit = games::singleton(static_cast<int>(i));
        if (!winning.wins(all & ~bit)) {
            table.veto_players.push_back(static_cast<int>(i));
            if (winning.wins(bit)) {
                table.dictator = static_cast<int>(i);
            }
        }
        if (*player.swings == 0) {
            table.dummies.push_back(static_cast<int>(i));
        }
    }
    table.structure_known = true;
    return table;
}

}  // namespace jvgov::power
