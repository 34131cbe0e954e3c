#include "model/ownership/look_through.hpp"

#include <cstdint>
#include <random>

#include <catch2/catch.hpp>

#include "model/exact/errors.hpp"
#include "model/ownership/rational_matrix.hpp"

using namespace jvgov::ownership;
using jvgov::exact::Integer;

namespace {

// A test label of an ultimate holder: "u", or "other holders of x" for a remainder.
std::string ultimate_label(const OwnershipGraph& graph, const UltimateHolder& holder) {
    return holder.remainder ? "other holders of " + graph.parties[holder.party]
                            : graph.parties[holder.party];
}

Edge holding(std::size_t holder, std::size_t issuer, Rational economic) {
    return Edge{holder, issuer, economic, economic, 0};
}

// U(label, entity) by the ultimate holder's label ("u", "other holders of x").
Rational share_of(const OwnershipGraph& graph, const LookThrough& result, const std::string& label,
                  const std::string& entity) {
    for (std::size_t u = 0; u < result.ultimates.size(); ++u) {
        if (ultimate_label(graph, result.ultimates[u]) == label) {
            return interest(result, u, static_cast<std::size_t>(party_index(graph, entity)));
        }
    }
    FAIL("no ultimate holder " << label);
    return 0;
}

Rational total_of(const LookThrough& result, std::size_t entity) {
    Rational total;
    for (const Share& share : result.interests[entity].shares) {
        total += value(result.interests[entity], share);
    }
    return total;
}

}  // namespace

TEST_CASE("look-through along a chain with unallocated remainders", "[ownership]") {
    // u holds 60% of x, x 50% of y, y 40% of z; the rest of each is held by nobody in the model.
    OwnershipGraph graph = make_graph({"u", "x", "y", "z"},
                                      {holding(0, 1, Rational(3, 5)), holding(1, 2, Rational(1, 2)),
                                       holding(2, 3, Rational(2, 5))});
    LookThrough result = look_through(graph);
    REQUIRE(result.ultimates.size() == 4);
    CHECK(ultimate_label(graph, result.ultimates[0]) == "u");
    CHECK(ultimate_label(graph, result.ultimates[1]) == "other holders of x");
    CHECK(ultimate_label(graph, result.ultimates[3]) == "other holders of z");
    CHECK(share_of(graph, result, "u", "z") == Rational(3, 25));  // 0.6 * 0.5 * 0.4
    CHECK(share_of(graph, result, "other holders of x", "z") == Rational(2, 25));  // 0.4*0.5*0.4
    CHECK(share_of(graph, result, "other holders of y", "z") == Rational(1, 5));   // 0.5 * 0.4
    CHECK(share_of(graph, result, "other holders of z", "z") == Rational(3, 5));
    CHECK(share_of(graph, result, "u", "u") == 1);
    CHECK(result.interests[3].shares.size() == 4);
    CHECK(total_of(result, 3) == 1);

    InterestSplit x_in_z = interest_split(graph, result, 1, 3);  // intermediate: 0.5 * 0.4
    CHECK(x_in_z.direct == 0);
    CHECK(x_in_z.indirect == Rational(1, 5));
    CHECK(x_in_z.total == Rational(1, 5));
}

TEST_CASE("look-through in a diamond sums both paths and splits direct from indirect",
          "[ownership]") {
    // u and v hold half of l and half of r each; t is held 10% by u, 30% by l, 20% by r.
    OwnershipGraph graph = make_graph(
        {"u", "v", "l", "r", "t"}, {holding(0, 2, Rational(1, 2)), holding(1, 2, Rational(1, 2)),
                                    holding(0, 3, Rational(1, 2)), holding(1, 3, Rational(1, 2)),
                                    holding(0, 4, Rational(1, 10)), holding(2, 4, Rational(3, 10)),
                                    holding(3, 4, Rational(1, 5))});
    LookThrough result = look_through(graph);
    CHECK(share_of(graph, result, "u", "t") == Rational(7, 20));  // 0.1 + 0.5*0.3 + 0.5*0.2
    CHECK(share_of(graph, result, "v", "t") == Rational(1, 4));   // 0.5*0.3 + 0.5*0.2
    CHECK(share_of(graph, result, "other holders of t", "t") == Rational(2, 5));
    InterestSplit split = interest_split(graph, result, 0, 4);
    CHECK(split.direct == Rational(1, 10));
    CHECK(split.indirect == Rational(1, 4));
    CHECK(split.total == Rational(7, 20));
}

TEST_CASE("a two-company cross-holding matches its closed form", "[ownership]") {
    // A holds a of B and B holds b of A; outsider p holds the other 1 - b of A, outsider q the
    // other 1 - a of B. With U(p, .) the interests of p:
    //   U(p, A) = (1 - b) + b U(p, B)   and   U(p, B) = a U(p, A)
    // so U(p, A) = (1 - b) / (1 - ab) and U(p, B) = a (1 - b) / (1 - ab); symmetrically
    // U(q, B) = (1 - a) / (1 - ab) and U(q, A) = b (1 - a) / (1 - ab). The parts of A and of B
    // that come back to themselves through the cycle are passed on to p and q: U(p, A) +
    // U(q, A) = (1 - b + b - ab) / (1 - ab) = 1. With a = 3/10, b = 1/5: 1 - ab = 47/50, so
    // U(p, A) = 40/47, U(q, A) = 7/47, U(p, B) = 12/47, U(q, B) = 35/47.
    Rational a(3, 10), b(1, 5);
    OwnershipGraph graph = make_graph(
        {"p", "q", "A", "B"},
        {holding(0, 2, 1 - b), holding(3, 2, b), holding(1, 3, 1 - a), holding(2, 3, a)});
    LookThrough result = look_through(graph);
    CHECK(result.ultimates.size() == 2);  // p and q; A and B are fully allocated
    CHECK(share_of(graph, result, "p", "A") == (1 - b) / (1 - a * b));
    CHECK(share_of(graph, result, "p", "A") == Rational(40, 47));
    CHECK(share_of(graph, result, "q", "A") == Rational(7, 47));
    CHECK(share_of(graph, result, "p", "B") == Rational(12, 47));
    CHECK(share_of(graph, result, "q", "B") == Rational(35, 47));

    // A's own look-through interest in B: the walks from A to B that do not come back to A.
    InterestSplit a_in_b = interest_split(graph, result, 2, 3);
    CHECK(a_in_b.direct == a);
    CHECK(a_in_b.indirect == 0);
    CHECK(a_in_b.total == a);

    // The same cross-holding with the outsiders left unallocated gives the same figures to the
    // remainders.
    OwnershipGraph bare = make_graph({"A", "B"}, {holding(1, 0, b), holding(0, 1, a)});
    LookThrough bare_result = look_through(bare);
    CHECK(share_of(bare, bare_result, "other holders of A", "A") == Rational(40, 47));
    CHECK(share_of(bare, bare_result, "other holders of B", "A") == Rational(7, 47));
}

TEST_CASE("a self-holding is passed on to the other holders", "[ownership]") {
    // x holds 1/4 of itself (treasury shares), u holds the other 3/4: u's interest is all of x.
    OwnershipGraph graph =
        make_graph({"u", "x"}, {holding(0, 1, Rational(3, 4)), holding(1, 1, Rational(1, 4))});
    LookThrough result = look_through(graph);
    CHECK(result.interests[1].shares.size() == 1);
    CHECK(share_of(graph, result, "u", "x") == 1);
}

TEST_CASE("entities held only by each other have no ultimate holder", "[ownership]") {
    OwnershipGraph graph = make_graph(
        {"u", "x", "y", "z"}, {holding(0, 1, Rational(1, 2)), holding(2, 3, 1),
                               holding(3, 2, Rational(1, 2)), holding(1, 2, Rational(1, 2))});
    // y is held by z and by x (which u holds), so y and z are fine:
    CHECK_NOTHROW(look_through(graph));
    OwnershipGraph closed =
        make_graph({"u", "x", "y", "z"}, {holding(0, 1, Rational(1, 2)), holding(2, 3, 1),
                                          holding(3, 2, 1), holding(2, 1, Rational(1, 2))});
    CHECK_THROWS_WITH(look_through(closed),
                      "y, z are held only by each other: no ultimate holder owns them");
}

TEST_CASE("exact inverse of small rational matrices", "[ownership]") {
    RationalMatrix m{{0, 2, 1}, {1, 1, 0}, {Rational(1, 3), 0, 1}};
    std::optional<ScaledInverse> inv = inverse(m);
    REQUIRE(inv);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(inv->denominators[i] > 0);
        for (std::size_t j = 0; j < 3; ++j) {
            Rational product;
            for (std::size_t k = 0; k < 3; ++k) {
                product += m[i][k] * Rational(inv->numerators[k][j], inv->denominators[k]);
            }
            CHECK(product == (i == j ? 1 : 0));
        }
    }
    // Negative pivots and a row swap: [[0, -1/2], [3, 1/7]] has the inverse
    // [[2/21, 1/3], [-2, 0]].
    std::optional<ScaledInverse> swapped =
        inverse(RationalMatrix{{0, Rational(-1, 2)}, {3, Rational(1, 7)}});
    REQUIRE(swapped);
    CHECK(Rational(swapped->numerators[0][0], swapped->denominators[0]) == Rational(2, 21));
    CHECK(Rational(swapped->numerators[0][1], swapped->denominators[0]) == Rational(1, 3));
    CHECK(Rational(swapped->numerators[1][0], swapped->denominators[1]) == -2);
    CHECK(swapped->numerators[1][1] == 0);
    CHECK_FALSE(inverse(RationalMatrix{{1, 2}, {Rational(1, 2), 1}}));
}

// Random graphs of up to 8 parties with stakes in twentieths (cycles, self-holdings, fully and
// partly allocated issuers), checked against an independent dense solve of U = B (I - A)^{-1}
// over all intermediate entities at once (no components), and against the defining equations
// U(u, x) = c(u, x) + sum_y U(u, y) c(y, x) and sum_u U(u, x) = 1 directly.
TEST_CASE("look-through agrees with a dense exact solve on random graphs", "[ownership]") {
    std::mt19937_64 engine(20261122);
    auto below = [&](std::uint64_t n) { return static_cast<std::size_t>(engine() % n); };
    int singular = 0, checked = 0;
    for (int round = 0; round < 300; ++round) {
        std::size_t n = 2 + below(7);
        std::vector<std::string> names;
        for (std::size_t i = 0; i < n; ++i) {
            names.push_back("p" + std::to_string(i));
        }
        std::vector<Edge> edges;
        std::vector<int> left(n, 20);  // twentieths of each issuer not yet held
        std::size_t stakes = below(3 * n);
        for (std::size_t s = 0; s < stakes; ++s) {
            std::size_t holder = below(n), issuer = below(n);
            if (left[issuer] == 0) {
                continue;
            }
            int twentieths = 1 + static_cast<int>(below(static_cast<std::uint64_t>(left[issuer])));
            left[issuer] -= twentieths;
            edges.push_back(Edge{holder, issuer, Rational(twentieths, 20), 0, s});
        }
        OwnershipGraph graph = make_graph(names, edges);

        // The oracle: intermediate entities and ultimate holders by the header's definitions.
        std::vector<std::size_t> intermediate, column(n, n);
        std::vector<Rational> held(n);
        RationalMatrix c(n, std::vector<Rational>(n));
        for (const Edge& edge : edges) {
            c[edge.holder][edge.issuer] += edge.economic;
            held[edge.issuer] += edge.economic;
        }
        for (std::size_t x = 0; x < n; ++x) {
            if (held[x] > 0) {
                column[x] = intermediate.size();
                intermediate.push_back(x);
            }
        }
        std::size_t m = intermediate.size();
        RationalMatrix i_minus_a(m, std::vector<Rational>(m));
        for (std::size_t i = 0; i < m; ++i) {
            for (std::size_t j = 0; j < m; ++j) {
                i_minus_a[i][j] = (i == j ? 1 : 0) - c[intermediate[i]][intermediate[j]];
            }
        }
        std::optional<ScaledInverse> solve = inverse(i_minus_a);
        if (!solve) {
            ++singular;
            CHECK_THROWS_AS(look_through(graph), jvgov::InputError);
            continue;
        }
        ++checked;
        LookThrough result = look_through(graph);
        for (std::size_t u = 0; u < result.ultimates.size(); ++u) {
            const UltimateHolder& holder = result.ultimates[u];
            // b = the ultimate holder's direct stakes in the intermediate entities.
            std::vector<Rational> b(m);
            for (std::size_t j = 0; j < m; ++j) {
                if (holder.remainder) {
                    b[j] = intermediate[j] == holder.party ? Rational(1 - held[holder.party])
                                                           : Rational(0);
                } else {
                    b[j] = c[holder.party][intermediate[j]];
                }
            }
            for (std::size_t j = 0; j < m; ++j) {
                Rational expected;
                for (std::size_t k = 0; k < m; ++k) {
                    expected += b[k] * Rational(solve->numerators[k][j], solve->denominators[k]);
                }
                Rational equation = b[j];
                for (std::size_t k = 0; k < m; ++k) {
                    equation +=
                        interest(result, u, intermediate[k]) * c[intermediate[k]][intermediate[j]];
                }
                CHECK(interest(result, u, intermediate[j]) == expected);
                CHECK(interest(result, u, intermediate[j]) == equation);
            }
        }
        for (std::size_t x = 0; x < n; ++x) {
            CHECK(total_of(result, x) == 1);
            Integer numerators;
            Integer common = result.interests[x].denominator;
            for (const Share& share : result.interests[x].shares) {
                CHECK(share.numerator > 0);
                numerators += share.numerator;
                common = boost::multiprecision::gcd(common, share.numerator);
            }
            CHECK(numerators == result.interests[x].denominator);
            CHECK(common == 1);  // lowest common terms
        }
    }
    // Both kinds of graph were exercised.
    CHECK(singular > 0);
    CHECK(checked > 200);
}
