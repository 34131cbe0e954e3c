#include "model/ownership/look_through.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "model/exact/errors.hpp"
#include "model/ownership/rational_matrix.hpp"

namespace jvgov::ownership {

namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

using exact::Integer;

// One term of a sum of interest vectors: numerator / denominator times a vector, or times the
// unit vector of one ultimate holder when `vector` is null. REQUIRES denominator > 0.
struct Term {
    Integer numerator;
    Integer denominator;
    const EntityInterests* vector = nullptr;
    std::size_t holder = 0;
};

// The term numerator/denominator = value.
Term term(const Rational& value, const EntityInterests* vector, std::size_t holder) {
    return Term{boost::multiprecision::numerator(value), boost::multiprecision::denominator(value),
                vector, holder};
}

// Sums terms into an EntityInterests over their least common denominator: dense integer
// numerators indexed by ultimate holder plus the list of the indices touched, so that each sum
// costs its support, not the number of ultimate holders.
class Summer {
  public:
    explicit Summer(std::size_t size) : values_(size), seen_(size, false) {}

    EntityInterests sum(const std::vector<Term>& terms) {
        EntityInterests result;
        Integer& common = result.denominator;
        for (const Term& term : terms) {
            Integer denominator = term_denominator(term);
            common *= denominator / gcd_of(common, denominator);
        }
        for (const Term& term : terms) {
            Integer multiplier = term.numerator * (common / term_denominator(term));
            if (term.vector == nullptr) {
                add(term.holder, multiplier);
                continue;
            }
            for (const Share& share : term.vector->shares) {
                add(share.holder, share.numerator * multiplier);
            }
        }
        std::sort(touched_.begin(), touched_.end());
        Integer divisor = common;
        for (std::size_t holder : touched_) {
            if (divisor == 1) {
                break;
            }
            if (values_[holder] != 0) {
                divisor = gcd_of(divisor, values_[holder]);
            }
        }
        result.shares.reserve(touched_.size());
        for (std::size_t holder : touched_) {
            if (values_[holder] != 0) {
                if (divisor != 1) {
                    values_[holder] /= divisor;
                }
                result.shares.push_back(Share{holder, std::move(values_[holder])});
            }
            values_[holder] = 0;
            seen_[holder] = false;
        }
        touched_.clear();
        if (divisor != 1) {
            common /= divisor;
        }
        return result;
    }

  private:
    static Integer term_denominator(const Term& term) {
        Integer denominator = term.denominator;
        if (term.vector != nullptr) {
            denominator *= term.vector->denominator;
        }
        return denominator;
    }

    void add(std::size_t holder, const Integer& value) {
        if (!seen_[holder]) {
            seen_[holder] = true;
            touched_.push_back(holder);
        }
        values_[holder] += value;
    }

    std::vector<Integer> values_;
    std::vector<bool> seen_;
    std::vector<std::size_t> touched_;
};

bool is_holding(const Edge& edge) {
    return edge.economic > 0;
}

// Strongly connected components of the intermediate entities under holdings between them
// (holder -> issuer), in topological order: every component comes after the components of
// its holders. Iterative Tarjan.
std::vector<std::vector<std::size_t>> components_holders_first(
    const OwnershipGraph& graph, const std::vector<bool>& intermediate) {
    std::size_t n = graph.parties.size();
    std::vector<std::size_t> order(n, none), low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<std::size_t> stack;
    std::vector<std::vector<std::size_t>> components;
    std::size_t counter = 0;

    struct Frame {
        std::size_t node;
        std::size_t next_edge;
    };

    for (std::size_t root = 0; root < n; ++root) {
        if (!intermediate[root] || order[root] != none) {
            continue;
        }
        std::vector<Frame> frames{{root, 0}};
        order[root] = low[root] = counter++;
        stack.push_back(root);
        on_stack[root] = true;
        while (!frames.empty()) {
            Frame& frame = frames.back();
            const std::vector<std::size_t>& out = graph.holds[frame.node];
            if (frame.next_edge < out.size()) {
                const Edge& edge = graph.edges[out[frame.next_edge++]];
                std::size_t next = edge.issuer;
                if (!is_holding(edge) || !intermediate[next]) {
                    continue;
                }
                if (order[next] == none) {
                    order[next] = low[next] = counter++;
                    stack.push_back(next);
                    on_stack[next] = true;
                    frames.push_back(Frame{next, 0});
                } else if (on_stack[next]) {
                    low[frame.node] = std::min(low[frame.node], order[next]);
                }
                continue;
            }
            std::size_t node = frame.node;
            frames.pop_back();
            if (!frames.empty()) {
                low[frames.back().node] = std::min(low[frames.back().node], low[node]);
            }
            if (low[node] == order[node]) {
                std::vector<std::size_t> component;
                std::size_t member;
                do {
                    member = stack.back();
                    stack.pop_back();
                    on_stack[member] = false;
                    component.push_back(member);
                } while (member != node);
                std::sort(component.begin(), component.end());
                components.push_back(std::move(component));
            }
        }
    }
    // Tarjan emits a component after every component reachable from it (its issuers).
    std::reverse(components.begin(), components.end());
    return components;
}

}  // namespace

LookThrough look_through(const OwnershipGraph& graph) {
    std::size_t n = graph.parties.size();
    std::vector<bool> intermediate(n, false);
    std::vector<Rational> held(n);
    for (const Edge& edge : graph.edges) {
        if (is_holding(edge)) {
            intermediate[edge.issuer] = true;
            held[edge.issuer] += edge.economic;
        }
    }
    LookThrough result;
    std::vector<std::size_t> ultimate_index(n, none), remainder_index(n, none);
    for (std::size_t party = 0; party < n; ++party) {
        if (!intermediate[party]) {
            ultimate_index[party] = result.ultimates.size();
            result.ultimates.push_back(UltimateHolder{party, false});
        }
    }
    for (std::size_t party = 0; party < n; ++party) {
        if (intermediate[party] && held[party] < 1) {
            remainder_index[party] = result.ultimates.size();
            result.ultimates.push_back(UltimateHolder{party, true});
        }
    }
    result.interests.assign(n, {});
    for (std::size_t party = 0; party < n; ++party) {
        if (!intermediate[party]) {
            result.interests[party].shares = {Share{ultimate_index[party], 1}};
        }
    }

    Summer summer(result.ultimates.size());
    // The interests in `entity` that come from outside `inside` (the entity's component;
    // nullptr for none): ultimate holders' stakes, the remainder, and the holdings of
    // intermediate entities already solved.
    auto outside_sum = [&](std::size_t entity, const std::vector<bool>* inside) {
        std::vector<Term> terms;
        for (std::size_t e : graph.held_by[entity]) {
            const Edge& edge = graph.edges[e];
            if (!is_holding(edge)) {
                continue;
            }
            if (!intermediate[edge.holder]) {
                terms.push_back(term(edge.economic, nullptr, ultimate_index[edge.holder]));
            } else if (inside == nullptr || !(*inside)[edge.holder]) {
                terms.push_back(term(edge.economic, &result.interests[edge.holder], 0));
            }
        }
        if (remainder_index[entity] != none) {
            terms.push_back(term(1 - held[entity], nullptr, remainder_index[entity]));
        }
        return summer.sum(terms);
    };

    std::vector<bool> in_component(n, false);
    std::vector<std::size_t> position(n, none);
    for (const std::vector<std::size_t>& component :
         components_holders_first(graph, intermediate)) {
        std::size_t single = component.front();
        bool self_held = std::any_of(
            graph.held_by[single].begin(), graph.held_by[single].end(), [&](std::size_t e) {
                return is_holding(graph.edges[e]) && graph.edges[e].holder == single;
            });
        if (component.size() == 1 && !self_held) {
            result.interests[single] = outside_sum(single, nullptr);
            continue;
        }
        std::size_t m = component.size();
        for (std::size_t i = 0; i < m; ++i) {
            in_component[component[i]] = true;
            position[component[i]] = i;
        }
        std::vector<EntityInterests> outside(m);
        RationalMatrix system(m, std::vector<Rational>(m));  // I - A_SS
        for (std::size_t j = 0; j < m; ++j) {
            system[j][j] = 1;
            outside[j] = outside_sum(component[j], &in_component);
            for (std::size_t e : graph.held_by[component[j]]) {
                const Edge& edge = graph.edges[e];
                if (is_holding(edge) && in_component[edge.holder]) {
                    system[position[edge.holder]][j] -= edge.economic;
                }
            }
        }
        std::optional<ScaledInverse> solution = inverse(system);
        if (!solution) {
            std::string names;
            for (std::size_t member : component) {
                names += (names.empty() ? "" : ", ") + graph.parties[member];
            }
            throw InputError(
                fmt::format("{} are held only by each other: no ultimate holder owns them", names));
        }
        for (std::size_t j = 0; j < m; ++j) {
            std::vector<Term> terms;
            for (std::size_t i = 0; i < m; ++i) {
                if (solution->numerators[i][j] != 0) {
                    terms.push_back(Term{solution->numerators[i][j], solution->denominators[i],
                                         &outside[i], 0});
                }
            }
            result.interests[component[j]] = summer.sum(terms);
        }
        for (std::size_t member : component) {
            in_component[member] = false;
        }
    }
    return result;
}

Rational interest(const LookThrough& result, std::size_t ultimate, std::size_t entity) {
    const EntityInterests& interests = result.interests[entity];
    auto found = std::lower_bound(
        interests.shares.begin(), interests.shares.end(), ultimate,
        [](const Share& share, std::size_t holder) { return share.holder < holder; });
    return found != interests.shares.end() && found->holder == ultimate ? value(interests, *found)
                                                                        : Rational(0);
}

Rational value(const EntityInterests& interests, const Share& share) {
    return Rational(share.numerator, interests.denominator);
}

std::ptrdiff_t ultimate_of(const LookThrough& result, std::size_t party) {
    for (std::size_t u = 0; u < result.ultimates.size(); ++u) {
        if (result.ultimates[u].party == party && !result.ultimates[u].remainder) {
            return static_cast<std::ptrdiff_t>(u);
        }
    }
    return -1;
}

InterestSplit interest_split(const OwnershipGraph& graph, const LookThrough& result,
                             std::size_t party, std::size_t entity) {
    InterestSplit split;
    for (std::size_t e : graph.holds[party]) {
        if (graph.edges[e].issuer == entity) {
            split.direct += graph.edges[e].economic;
        }
    }
    std::ptrdiff_t ultimate = ultimate_of(result, party);
    if (ultimate >= 0) {
        split.total = interest(result, static_cast<std::size_t>(ultimate), entity);
    } else {
        std::vector<Edge> edges;
        for (const Edge& edge : graph.edges) {
            if (edge.issuer != party) {
                edges.push_back(edge);
            }
        }
        OwnershipGraph cut = make_graph(graph.parties, std::move(edges), graph.boards);
        LookThrough cut_result = look_through(cut);
        split.total =
            interest(cut_result, static_cast<std::size_t>(ultimate_of(cut_result, party)), entity);
    }
    split.indirect = split.total - split.direct;
    return split;
}

}  // namespace jvgov::ownership
