#include "model/ownership/look_through.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "model/ownership/rational_matrix.hpp"

namespace jvgov::ownership {

namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

// A sparse vector being summed: dense values indexed by ultimate holder plus the list of the
// indices touched, so that each sum costs its support, not the number of ultimate holders.
class Accumulator {
  public:
    explicit Accumulator(std::size_t size) : values_(size), seen_(size, false) {}

    void add(std::size_t holder, const Rational& value) {
        if (!seen_[holder]) {
            seen_[holder] = true;
            touched_.push_back(holder);
        }
        values_[holder] += value;
    }

    void add_scaled(const std::vector<Share>& shares, const Rational& factor) {
        for (const Share& share : shares) {
            add(share.holder, share.share * factor);
        }
    }

    // The sum so far, sorted by holder, zeros dropped; the accumulator is left empty.
    std::vector<Share> take() {
        std::sort(touched_.begin(), touched_.end());
        std::vector<Share> result;
        result.reserve(touched_.size());
        for (std::size_t holder : touched_) {
            if (values_[holder] != 0) {
                result.push_back(Share{holder, std::move(values_[holder])});
            }
            values_[holder] = 0;
            seen_[holder] = false;
        }
        touched_.clear();
        return result;
    }

  private:
    std::vector<Rational> values_;
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
            result.interests[party] = {Share{ultimate_index[party], 1}};
        }
    }

    Accumulator sum(result.ultimates.size());
    // Adds to `sum` the interests in `entity` that come from outside `inside` (the entity's
    // component; nullptr for none): ultimate holders' stakes, the remainder, and the holdings
    // of intermediate entities already solved.
    auto add_outside = [&](std::size_t entity, const std::vector<bool>* inside) {
        for (std::size_t e : graph.held_by[entity]) {
            const Edge& edge = graph.edges[e];
            if (!is_holding(edge)) {
                continue;
            }
            if (!intermediate[edge.holder]) {
                sum.add(ultimate_index[edge.holder], edge.economic);
            } else if (inside == nullptr || !(*inside)[edge.holder]) {
                sum.add_scaled(result.interests[edge.holder], edge.economic);
            }
        }
        if (remainder_index[entity] != none) {
            sum.add(remainder_index[entity], 1 - held[entity]);
        }
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
            add_outside(single, nullptr);
            result.interests[single] = sum.take();
            continue;
        }
        std::size_t m = component.size();
        for (std::size_t i = 0; i < m; ++i) {
            in_component[component[i]] = true;
            position[component[i]] = i;
        }
        std::vector<std::vector<Share>> outside(m);
        RationalMatrix system(m, std::vector<Rational>(m));  // I - A_SS
        for (std::size_t j = 0; j < m; ++j) {
            system[j][j] = 1;
            add_outside(component[j], &in_component);
            outside[j] = sum.take();
            for (std::size_t e : graph.held_by[component[j]]) {
                const Edge& edge = graph.edges[e];
                if (is_holding(edge) && in_component[edge.holder]) {
                    system[position[edge.holder]][j] -= edge.economic;
                }
            }
        }
        std::optional<RationalMatrix> solution = inverse(std::move(system));
        if (!solution) {
            std::string names;
            for (std::size_t member : component) {
                names += (names.empty() ? "" : ", ") + graph.parties[member];
            }
            throw std::invalid_argument(
                fmt::format("{} are held only by each other: no ultimate holder owns them", names));
        }
        for (std::size_t j = 0; j < m; ++j) {
            for (std::size_t i = 0; i < m; ++i) {
                if ((*solution)[i][j] != 0) {
                    sum.add_scaled(outside[i], (*solution)[i][j]);
                }
            }
            result.interests[component[j]] = sum.take();
        }
        for (std::size_t member : component) {
            in_component[member] = false;
        }
    }
    return result;
}

Rational interest(const LookThrough& result, std::size_t ultimate, std::size_t entity) {
    const std::vector<Share>& shares = result.interests[entity];
    auto found = std::lower_bound(
        shares.begin(), shares.end(), ultimate,
        [](const Share& share, std::size_t holder) { return share.holder < holder; });
    return found != shares.end() && found->holder == ultimate ? found->share : Rational(0);
}

std::ptrdiff_t ultimate_of(const LookThrough& result, std::size_t party) {
    for (std::size_t u = 0; u < result.ultimates.size(); ++u) {
        if (result.ultimates[u].party == party && !result.ultimates[u].remainder) {
            return static_cast<std::ptrdiff_t>(u);
        }
    }
    return -1;
}

std::string ultimate_label(const OwnershipGraph& graph, const UltimateHolder& holder) {
    return holder.remainder ? "other holders of " + graph.parties[holder.party]
                            : graph.parties[holder.party];
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
