// Every index and structure field of compute_power cross-checked against an oracle written here
// straight from the definitions, on 1,200 random games (n <= 14): weighted games with ties, zero
// weights and quotas anywhere in 1..total (the dynamic-programming path), and AND/OR composites,
// required consents, lists of minimal winning coalitions and predicates (the enumeration path).
// For n <= 7 the Shapley-Shubik and Owen values are checked against the literal average over
// all orderings (Owen: the orderings that keep each bloc together).
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "model/power/compute.hpp"

namespace {

using jvgov::exact::Integer;
using jvgov::exact::Rational;
using jvgov::games::Coalition;

// The oracle's own description of a game (independent of games::Rule evaluation).
struct OraclePart {
    std::vector<std::int64_t> weights;  // weighted part (empty for a list)
    std::int64_t quota = 0;
    std::vector<Coalition> minimal;  // list part
};

struct OracleGame {
    int n = 0;
    bool conjunction = true;  // parts combined by AND (true) or OR (false)
    std::vector<OraclePart> parts;
    int at_least_players = 0;  // > 0: a predicate game "at least k players"
};

bool oracle_wins(const OracleGame& game, Coalition s) {
    if (game.at_least_players > 0) {
        return std::popcount(s) >= game.at_least_players;
    }
    auto part_wins = [&](const OraclePart& part) {
        if (!part.weights.empty()) {
            std::int64_t sum = 0;
            for (int i = 0; i < game.n; ++i) {
                if ((s >> i) & 1U) {
                    sum += part.weights[static_cast<std::size_t>(i)];
                }
            }
            return sum >= part.quota;
        }
        for (Coalition m : part.minimal) {
            if ((m & s) == m) {
                return true;
            }
        }
        return false;
    };
    bool result = game.conjunction;
    for (const OraclePart& part : game.parts) {
        result = game.conjunction ? (result && part_wins(part)) : (result || part_wins(part));
    }
    return result;
}

class Random {
  public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    // Uniform in [low, high] (modulo bias is irrelevant for test generation).
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low +
               static_cast<std::int64_t>(engine_() % static_cast<std::uint64_t>(high - low + 1));
    }

  private:
    std::mt19937_64 engine_;
};

OraclePart random_weighted(Random& random, int n) {
    static constexpr std::int64_t scales[] = {1, 2, 3, 10, 100};
    const std::int64_t scale = scales[random.between(0, 4)];
    OraclePart part;
    for (int i = 0; i < n; ++i) {
        // About one weight in six is zero; small scales make many ties.
        part.weights.push_back(random.between(0, 5) == 0 ? 0 : random.between(1, scale));
    }
    std::int64_t total = std::accumulate(part.weights.begin(), part.weights.end(), std::int64_t{0});
    if (total == 0) {
        part.weights[static_cast<std::size_t>(random.between(0, n - 1))] = 1;
        total = 1;
    }
    part.quota = random.between(1, total);
    return part;
}

jvgov::games::Rule to_rule(const OraclePart& part) {
    if (!part.weights.empty()) {
        return jvgov::games::Rule{jvgov::games::WeightedGame{part.weights, part.quota}};
    }
    return jvgov::games::Rule{jvgov::games::MinimalWinningList{part.minimal}};
}

struct Case {
    OracleGame oracle;
    jvgov::games::SimpleGame game;
};

Case random_case(Random& random) {
    Case c;
    const int n = static_cast<int>(random.between(1, 14));
    c.oracle.n = n;
    c.game.players = jvgov::games::default_player_names(n);
    const std::int64_t kind = random.between(0, 9);
    if (kind <= 4) {  // one weighted game: the DP path
        c.oracle.parts = {random_weighted(random, n)};
        c.game.rule = to_rule(c.oracle.parts[0]);
        return c;
    }
    if (kind == 9) {  // predicate: at least k players
        const int k = static_cast<int>(random.between(1, n));
        c.oracle.at_least_players = k;
        c.game.rule = jvgov::games::Rule{jvgov::games::WinningPredicate{
            [k](Coalition s) { return std::popcount(s) >= k; }, "at least k players"}};
        return c;
    }
    if (kind == 8) {  // a list of minimal winning coalitions (not necessarily minimal)
        OraclePart list;
        const auto count = random.between(1, 4);
        for (int j = 0; j < count; ++j) {
            Coalition m = 0;
            while (m == 0) {
                m = static_cast<Coalition>(random.between(0, (std::int64_t{1} << n) - 1));
            }
            list.minimal.push_back(m);
        }
        c.oracle.parts = {list};
    } else if (kind == 7) {  // weighted AND a required consent
        OraclePart consent;
        consent.weights.assign(static_cast<std::size_t>(n), 0);
        consent.weights[static_cast<std::size_t>(random.between(0, n - 1))] = 1;
        consent.quota = 1;
        c.oracle.parts = {random_weighted(random, n), consent};
    } else {  // double majority (AND) or union (OR) of two weighted games
        c.oracle.parts = {random_weighted(random, n), random_weighted(random, n)};
        c.oracle.conjunction = kind != 6;
    }
    std::vector<jvgov::games::Rule> parts;
    for (const OraclePart& part : c.oracle.parts) {
        parts.push_back(to_rule(part));
    }
    if (c.oracle.conjunction) {
        c.game.rule = jvgov::games::Rule{jvgov::games::AllOf{parts}};
    } else {
        c.game.rule = jvgov::games::Rule{jvgov::games::AnyOf{parts}};
    }
    return c;
}

Integer factorial(int k) {
    Integer result = 1;
    for (int i = 2; i <= k; ++i) {
        result *= i;
    }
    return result;
}

// Shapley-Shubik by the literal definition: the share of all orderings in which i is pivotal.
std::vector<Rational> shapley_shubik_by_orderings(const std::vector<char>& win, int n) {
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::vector<Integer> pivotal(static_cast<std::size_t>(n), 0);
    do {
        Coalition prefix = 0;
        for (int player : order) {
            prefix |= Coalition{1} << player;
            if (win[prefix]) {
                ++pivotal[static_cast<std::size_t>(player)];
                break;
            }
        }
    } while (std::next_permutation(order.begin(), order.end()));
    std::vector<Rational> result;
    for (const Integer& p : pivotal) {
        result.emplace_back(p, factorial(n));
    }
    return result;
}

// Owen by its literal definition: the share of the orderings that keep every bloc together in
// which i is pivotal.
std::vector<Rational> owen_by_orderings(const std::vector<char>& win, int n,
                                        const std::vector<int>& bloc_of) {
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::vector<Integer> pivotal(static_cast<std::size_t>(n), 0);
    Integer admissible = 0;
    do {
        // Admissible: once a bloc is left it never comes back.
        std::vector<char> closed(static_cast<std::size_t>(n), 0);
        bool ok = true;
        for (std::size_t k = 0; k < order.size() && ok; ++k) {
            const int bloc = bloc_of[static_cast<std::size_t>(order[k])];
            if (closed[static_cast<std::size_t>(bloc)]) {
                ok = false;
            }
            if (k + 1 < order.size() && bloc_of[static_cast<std::size_t>(order[k + 1])] != bloc) {
                closed[static_cast<std::size_t>(bloc)] = 1;
            }
        }
        if (!ok) {
            continue;
        }
        ++admissible;
        Coalition prefix = 0;
        for (int player : order) {
            prefix |= Coalition{1} << player;
            if (win[prefix]) {
                ++pivotal[static_cast<std::size_t>(player)];
                break;
            }
        }
    } while (std::next_permutation(order.begin(), order.end()));
    std::vector<Rational> result;
    for (const Integer& p : pivotal) {
        result.emplace_back(p, admissible);
    }
    return result;
}

// Banzhaf-Owen by its definition: i's swings over S = (union of other blocs R) + (T within its
// bloc), each counted with weight 1 / (2^(m-1) 2^(p-1)).
std::vector<Rational> banzhaf_owen_by_definition(const std::vector<char>& win, int n,
                                                 const std::vector<std::vector<int>>& blocs) {
    std::vector<Rational> result(static_cast<std::size_t>(n), 0);
    const int m = static_cast<int>(blocs.size());
    for (int k = 0; k < m; ++k) {
        const auto& bloc = blocs[static_cast<std::size_t>(k)];
        const int p = static_cast<int>(bloc.size());
        for (int i : bloc) {
            Integer swings = 0;
            for (Coalition r = 0; r < (Coalition{1} << m); ++r) {
                if ((r >> k) & 1U) {
                    continue;
                }
                Coalition s_unions = 0;
                for (int j = 0; j < m; ++j) {
                    if ((r >> j) & 1U) {
                        for (int member : blocs[static_cast<std::size_t>(j)]) {
                            s_unions |= Coalition{1} << member;
                        }
                    }
                }
                for (Coalition t = 0; t < (Coalition{1} << p); ++t) {
                    Coalition s = s_unions;
                    bool has_i = false;
                    for (int j = 0; j < p; ++j) {
                        if ((t >> j) & 1U) {
                            has_i = has_i || bloc[static_cast<std::size_t>(j)] == i;
                            s |= Coalition{1} << bloc[static_cast<std::size_t>(j)];
                        }
                    }
                    if (!has_i && !win[s] && win[s | (Coalition{1} << i)]) {
                        ++swings;
                    }
                }
            }
            result[static_cast<std::size_t>(i)] = Rational(swings, Integer(1) << (m - 1 + p - 1));
        }
    }
    return result;
}

}  // namespace

TEST_CASE("compute_power equals the definitions on 1200 random games", "[power]") {
    Random random(20261122);
    int composite = 0;
    int with_blocs = 0;
    for (int round = 0; round < 1200; ++round) {
        Case c = random_case(random);
        const int n = c.oracle.n;
        const Coalition all = (Coalition{1} << n) - 1;
        std::vector<char> win(std::size_t{1} << n);
        for (Coalition s = 0; s <= all; ++s) {
            win[s] = oracle_wins(c.oracle, s) ? 1 : 0;
        }
        if (win[0] || !win[all]) {
            continue;  // not a proper game (cannot happen with these generators)
        }
        jvgov::power::PowerOptions options;
        std::vector<int> bloc_of(static_cast<std::size_t>(n));
        if (n <= 7 && random.between(0, 1) == 0) {
            const int blocs = static_cast<int>(random.between(1, n));
            options.blocs.assign(static_cast<std::size_t>(blocs), {});
            for (int i = 0; i < n; ++i) {
                // The first `blocs` players open the blocs so that none is empty.
                const int b = i < blocs ? i : static_cast<int>(random.between(0, blocs - 1));
                bloc_of[static_cast<std::size_t>(i)] = b;
                options.blocs[static_cast<std::size_t>(b)].push_back(i);
            }
            ++with_blocs;
        }
        if (!jvgov::games::as_single_weighted(c.game)) {
            ++composite;
        }
        INFO("round " << round << ": " << jvgov::games::describe(c.game));
        const jvgov::power::PowerTable table = jvgov::power::compute_power(c.game, options);

        // The oracle, from the definitions.
        std::vector<Integer> swings(static_cast<std::size_t>(n), 0);
        std::vector<Integer> orderings(static_cast<std::size_t>(n), 0);
        std::vector<Rational> deegan_packel(static_cast<std::size_t>(n), 0);
        std::vector<Integer> public_good(static_cast<std::size_t>(n), 0);
        std::vector<Rational> johnston(static_cast<std::size_t>(n), 0);
        Integer winning = 0;
        std::vector<Coalition> minimal;
        for (Coalition s = 0; s <= all; ++s) {
            for (int i = 0; i < n; ++i) {
                const Coalition bit = Coalition{1} << i;
                if (!(s & bit) && !win[s] && win[s | bit]) {
                    ++swings[static_cast<std::size_t>(i)];
                    const int size = std::popcount(s);
                    orderings[static_cast<std::size_t>(i)] +=
                        factorial(size) * factorial(n - size - 1);
                }
            }
            if (!win[s]) {
                continue;
            }
            ++winning;
            std::vector<int> critical;
            for (int i = 0; i < n; ++i) {
                const Coalition bit = Coalition{1} << i;
                if ((s & bit) && !win[s & ~bit]) {
                    critical.push_back(i);
                }
            }
            for (int i : critical) {
                johnston[static_cast<std::size_t>(i)] +=
                    Rational(1, static_cast<long long>(critical.size()));
            }
            if (static_cast<int>(critical.size()) == std::popcount(s)) {
                minimal.push_back(s);
                for (int i : critical) {
                    deegan_packel[static_cast<std::size_t>(i)] += Rational(1, std::popcount(s));
                    ++public_good[static_cast<std::size_t>(i)];
                }
            }
        }
        const Integer coalitions = Integer(1) << n;
        const Integer total_swings = std::accumulate(swings.begin(), swings.end(), Integer(0));
        const Rational total_dp =
            std::accumulate(deegan_packel.begin(), deegan_packel.end(), Rational(0));
        const Integer total_pgi =
            std::accumulate(public_good.begin(), public_good.end(), Integer(0));
        const Rational total_johnston =
            std::accumulate(johnston.begin(), johnston.end(), Rational(0));
        const std::vector<Rational> ss_by_orderings =
            n <= 7 ? shapley_shubik_by_orderings(win, n) : std::vector<Rational>{};

        REQUIRE(table.players.size() == static_cast<std::size_t>(n));
        CHECK(*table.winning_coalitions == winning);
        CHECK(*table.coleman_act == Rational(winning, coalitions));
        CHECK(*table.minimal_winning_coalitions == minimal.size());
        if (minimal.size() <= options.max_listed_coalitions) {
            REQUIRE(table.minimal_winning_list);
            CHECK(*table.minimal_winning_list == minimal);
        } else {
            CHECK(!table.minimal_winning_list);
        }
        std::vector<int> veto;
        std::vector<int> dummies;
        std::optional<int> dictator;
        for (int i = 0; i < n; ++i) {
            const auto u = static_cast<std::size_t>(i);
            const auto& player = table.players[u];
            CHECK(*player.swings == swings[u]);
            CHECK(*player.penrose == Rational(swings[u], coalitions / 2));
            CHECK(*player.banzhaf == Rational(swings[u], total_swings));
            CHECK(*player.shapley_shubik == Rational(orderings[u], factorial(n)));
            if (n <= 7) {
                CHECK(*player.shapley_shubik == ss_by_orderings[u]);
            }
            CHECK(*player.raw_deegan_packel == deegan_packel[u]);
            CHECK(*player.deegan_packel == deegan_packel[u] / total_dp);
            CHECK(*player.raw_public_good == public_good[u]);
            CHECK(*player.public_good == Rational(public_good[u], total_pgi));
            CHECK(*player.raw_johnston == johnston[u]);
            CHECK(*player.johnston == johnston[u] / total_johnston);
            CHECK(*player.coleman_prevent == Rational(swings[u], winning));
            CHECK(*player.coleman_initiate == Rational(swings[u], coalitions - winning));
            bool in_every_winning = true;
            bool decides_alone = true;
            for (Coalition s = 0; s <= all; ++s) {
                const bool has = (s >> i) & 1U;
                in_every_winning = in_every_winning && (!win[s] || has);
                decides_alone = decides_alone && (win[s] != 0) == has;
            }
            if (in_every_winning) {
                veto.push_back(i);
            }
            if (swings[u] == 0) {
                dummies.push_back(i);
            }
            if (decides_alone) {
                dictator = i;
            }
        }
        CHECK(table.structure_known);
        CHECK(table.veto_players == veto);
        CHECK(table.dummies == dummies);
        CHECK(table.dictator == dictator);
        if (!options.blocs.empty()) {
            const std::vector<Rational> owen = owen_by_orderings(win, n, bloc_of);
            const std::vector<Rational> banzhaf_owen =
                banzhaf_owen_by_definition(win, n, options.blocs);
            for (std::size_t i = 0; i < owen.size(); ++i) {
                CHECK(*table.players[i].owen == owen[i]);
                CHECK(*table.players[i].banzhaf_owen == banzhaf_owen[i]);
            }
        }
    }
    // The mix really covers both paths and the Owen values.
    CHECK(composite > 400);
    CHECK(with_blocs > 150);
}
