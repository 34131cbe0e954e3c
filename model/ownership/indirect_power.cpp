#include "model/ownership/indirect_power.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <numeric>

#include <fmt/core.h>

#include "model/exact/errors.hpp"
#include "model/games/coalition.hpp"
#include "model/games/simple_game.hpp"
#include "model/games/weighted_game.hpp"
#include "model/compile/members_vote.hpp"
#include "model/governance/registry.hpp"
#include "model/governance/votes.hpp"
#include "model/power/compute.hpp"
#include "model/power/monte_carlo.hpp"
#include "model/power/oceanic.hpp"

namespace jvgov::ownership {

namespace {

using exact::Integer;
using exact::Rational;
using governance::Model;

// A weighted vote beside a dispersed float, as the Milnor-Shapley arrival model sees it: the
// children's integer votes, the float's votes cast and the threshold point on the total (majors
// and float on one scale). With a share t of the float arrived, the vote passes when the votes
// of the children carried plus float_votes * t pass the threshold (whether "more than" or "at
// least" does not matter: the boundary is one point of t).
struct FloatVote {
    std::vector<std::int64_t> weights;
    std::int64_t float_votes = 0;
    Rational threshold;
};

// A node of the expansion tree: a leaf (an ultimate player) or a game whose players are the
// children, in order; `float_vote` when the game is the limit game of a vote beside a float
// (`game` then counts half the float's votes for, the Dubey-Shapley limit).
struct Node {
    std::optional<std::size_t> ultimate;
    games::SimpleGame game;
    std::vector<std::size_t> children;
    std::optional<FloatVote> float_vote;
};

// The share t of every float (all small holders arrive uniformly over [0, 1]) from which a
// coalition carries a node; nullopt when it never does.
using CarriedFrom = std::optional<Rational>;

// Every node's CarriedFrom for `coalition`, children before parents (the order nodes are made).
std::vector<CarriedFrom> carried_from(const std::vector<Node>& nodes, games::Coalition coalition) {
    std::vector<CarriedFrom> times(nodes.size());
    for (std::size_t index = 0; index < nodes.size(); ++index) {
        const Node& node = nodes[index];
        if (node.ultimate) {
            if (games::contains(coalition, static_cast<int>(*node.ultimate)))
                times[index] = Rational{0};
            continue;
        }
        std::vector<Rational> points = {Rational{0}};
        for (const auto child : node.children) {
            if (times[child])
                points.push_back(*times[child]);
        }
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        for (std::size_t k = 0; k < points.size() && !times[index]; ++k) {
            const Rational& t = points[k];
            games::Coalition inner = 0;
            std::int64_t votes = 0;
            for (std::size_t i = 0; i < node.children.size(); ++i) {
                const auto& child = times[node.children[i]];
                if (child && *child <= t) {
                    inner |= games::singleton(static_cast<int>(i));
                    votes += node.float_vote ? node.float_vote->weights[i] : 0;
                }
            }
            if (!node.float_vote) {
                if (games::wins(node.game, inner))
                    times[index] = t;
                continue;
            }
            const FloatVote& vote = *node.float_vote;
            const Rational needed = (vote.threshold - votes) / vote.float_votes;
            const Rational next = k + 1 < points.size() ? points[k + 1] : Rational{1};
            if (needed <= t)
                times[index] = t;
            else if (needed <= next && needed <= 1)
                times[index] = needed;
        }
    }
    return times;
}

// Milnor and Shapley's value of the composed game when a float takes part somewhere: each
// ultimate player arrives at a uniform time t, a share t of every float having arrived by then;
// i is pivotal when it turns the coalition S arrived before it from losing to winning at t,
// i.e. when carried_from(S + i) <= t < carried_from(S). So, with n ultimate players,
//   SS_i = sum over S not containing i of the integral over [from(S + i), from(S)] of
//          t^|S| (1 - t)^(n - 1 - |S|) dt   (from = 1 when never).
// Without a float every carried_from is 0 or never and this is the Shapley-Shubik index.
// When the JV's own vote is the only one beside a float and each of its players is an ultimate
// player of its own, this is power::oceanic_power of that vote (fast at any size); otherwise the
// 2^n coalitions are enumerated, for n <= max_composed_oceanic_players, and beyond that the
// values are not computed (nullopt).
constexpr int max_composed_oceanic_players = 16;

std::optional<std::vector<Rational>> oceanic_shapley_shubik(const std::vector<Node>& nodes,
                                                            std::size_t root, int n) {
    const Node& top = nodes[root];
    const bool flat =
        top.float_vote && std::all_of(top.children.begin(), top.children.end(), [&](auto child) {
            return nodes[child].ultimate.has_value();
        }) && std::count_if(nodes.begin(), nodes.end(), [](const Node& node) {
            return node.float_vote.has_value();
        }) == 1 && static_cast<int>(top.children.size()) == n;
    if (flat) {
        power::OceanicGame game;
        for (const auto weight : top.float_vote->weights)
            game.weights.emplace_back(weight);
        game.ocean = top.float_vote->float_votes;
        game.threshold = top.float_vote->threshold;
        const auto oceanic = power::oceanic_power(game);
        std::vector<Rational> values(static_cast<std::size_t>(n));
        for (std::size_t i = 0; i < top.children.size(); ++i)
            values[*nodes[top.children[i]].ultimate] = oceanic.shapley_shubik[i];
        return values;
    }
    if (n > max_composed_oceanic_players)
        return std::nullopt;
    const games::Coalition all = games::Coalition{1} << n;
    std::vector<CarriedFrom> root_from(static_cast<std::size_t>(all));
    for (games::Coalition coalition = 0; coalition < all; ++coalition)
        root_from[coalition] = carried_from(nodes, coalition)[root];
    // Per player, per coalition size: the points x with the count of integrals [0, x] to add.
    std::vector<std::map<std::pair<int, Rational>, std::int64_t>> terms(static_cast<std::size_t>(n));
    for (games::Coalition coalition = 0; coalition < all; ++coalition) {
        const int size = games::size(coalition);
        const Rational upper = root_from[coalition].value_or(Rational{1});
        for (int i = 0; i < n; ++i) {
            if (games::contains(coalition, i))
                continue;
            const auto& lower = root_from[coalition | games::singleton(i)];
            if (!lower || *lower >= upper)
                continue;
            auto& player_terms = terms[static_cast<std::size_t>(i)];
            player_terms[{size, upper}] += 1;
            player_terms[{size, *lower}] -= 1;
        }
    }
    std::map<Rational, std::vector<Rational>> integrals;
    std::vector<Rational> values(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < values.size(); ++i) {
        for (const auto& [point, count] : terms[i]) {
            auto found = integrals.find(point.second);
            if (found == integrals.end())
                found = integrals
                            .emplace(point.second, power::arrival_integrals(n - 1, point.second))
                            .first;
            values[i] += count * found->second[static_cast<std::size_t>(point.first)];
        }
    }
    return values;
}

bool node_wins(const std::vector<Node>& nodes, std::size_t index, games::Coalition coalition) {
    const Node& node = nodes[index];
    if (node.ultimate)
        return games::contains(coalition, static_cast<int>(*node.ultimate));
    games::Coalition inner = 0;
    for (std::size_t i = 0; i < node.children.size(); ++i) {
        if (node_wins(nodes, node.children[i], coalition))
            inner |= games::singleton(static_cast<int>(i));
    }
    return games::wins(node.game, inner);
}

const governance::Body* board_of(const Model& model, const std::string& party) {
    for (const auto& body : model.bodies) {
        if (body.of == party && body.kind == governance::BodyKind::board)
            return &body;
    }
    return nullptr;
}

// The board's default matter, else its first matter; nullopt when the board has none.
std::optional<governance::Matter> rule_of(const Model& model, const governance::Body& body) {
    if (const auto* matter = governance::default_matter(model, body.id))
        return *matter;
    const auto matters = governance::matters_of(model, body.id);
    if (!matters.empty())
        return *matters.front();
    return std::nullopt;
}

// The assumed rule of a board without matters: more than half of the seats (the rule under
// which appointing a majority of the board controls it).
governance::Matter assumed_majority(const governance::Body& body) {
    governance::Matter assumed;
    assumed.id = body.id + "-assumed-majority";
    assumed.body = body.id;
    assumed.rule.threshold = {governance::Threshold::Kind::more_than, Rational(1, 2)};
    assumed.is_default = true;
    return assumed;
}

// Fractions scaled to int64 weights by the lcm of their denominators.
std::vector<std::int64_t> integer_weights(const std::vector<Rational>& fractions,
                                          const std::string& party) {
    std::vector<std::int64_t> weights;
    Integer total = 0;
    for (const auto& weight : exact::scale_to_integers(fractions)) {
        total += weight;
        weights.push_back(static_cast<std::int64_t>(weight));
    }
    if (total > Integer(std::numeric_limits<std::int64_t>::max() / 4))
        throw InputError(
            fmt::format("the voting interests in '{}' need weights beyond int64", party));
    return weights;
}

class Expander {
  public:
    explicit Expander(const Model& model) : model_(model) {}

    std::vector<Node> nodes;
    std::vector<UltimatePlayer> players;

    std::size_t leaf(UltimatePlayer player) {
        auto found = std::find_if(players.begin(), players.end(),
                                  [&](const UltimatePlayer& p) { return p.id == player.id; });
        const auto index = static_cast<std::size_t>(found - players.begin());
        if (found == players.end())
            players.push_back(std::move(player));
        nodes.push_back(Node{index, {}, {}, std::nullopt});
        return nodes.size() - 1;
    }

    std::size_t party_leaf(const std::string& party) {
        return leaf({UltimateKind::party, party, ultimate_id(UltimateKind::party, party), {}});
    }

    // The node deciding `party`'s vote; appends the steps deciding it and the cycles cut.
    std::size_t expand(const std::string& party, std::vector<std::string>& path,
                       std::vector<VoteStep>& steps, std::vector<std::string>& cuts) {
        if (std::find(path.begin(), path.end(), party) != path.end()) {
            cuts.push_back(party);
            VoteStep step;
            step.kind = VoteStep::Kind::cycle_cut;
            step.party = party;
            steps.push_back(std::move(step));
            return party_leaf(party);
        }
        path.push_back(party);
        std::optional<std::size_t> node;
        if (const auto* body = board_of(model_, party))
            node = expand_board(party, *body, path, steps, cuts);
        if (!node && !governance::stakes_in(model_, party).empty())
            node = expand_holders(party, path, steps, cuts);
        path.pop_back();
        return node ? *node : party_leaf(party);
    }

  private:
    const Model& model_;

    std::size_t expand_board(const std::string& party, const governance::Body& body,
                             std::vector<std::string>& path, std::vector<VoteStep>& steps,
                             std::vector<std::string>& cuts) {
        const auto matter = rule_of(model_, body);
        VoteStep step;
        step.kind = VoteStep::Kind::board;
        step.party = party;
        step.body = body.id;
        step.matter = matter ? matter->id : std::string{};
        step.assumed_rule = !matter;
        step.game = compile::compile_matter(model_, body, matter ? *matter : assumed_majority(body),
                                            compile::View::bloc);
        step.total_seats = governance::seat_count(body);
        for (const auto& player : step.game.players) {
            step.appointments.push_back(
                {player.appointer, player.appointer.empty() ? player.name : std::string{},
                 player.appointer.empty()
                     ? 1
                     : governance::seats_appointed_by(body, player.appointer)});
        }
        const auto board_game = step.game.game;
        const auto board_players = step.game.players;
        steps.push_back(std::move(step));
        std::vector<std::size_t> children;
        for (const auto& player : board_players) {
            if (player.appointer.empty()) {
                children.push_back(
                    leaf({UltimateKind::seat, party,
                          ultimate_id(UltimateKind::seat, party, player.id), player.name}));
            } else {
                children.push_back(expand(player.appointer, path, steps, cuts));
            }
        }
        nodes.push_back(Node{std::nullopt, board_game, std::move(children), std::nullopt});
        return nodes.size() - 1;
    }

    // The holders' game of `party`: its voters (compile::member_voters over its adjusted votes,
    // general votes) but its dispersed float: the dispersed holders (their votes cast at their
    // turnout) and the unallocated remainder are many small holders, never a player. As in a
    // compiled members' meeting (compile_games.hpp), the majors play the limit game: a coalition
    // wins when its votes plus half of the float's votes cast are more than half of the votes
    // cast. When no major is left, or half the float alone reaches that, the float decides and
    // `party` is an ultimate player. nullopt when no vote is left.
    std::optional<std::size_t> expand_holders(const std::string& party,
                                              std::vector<std::string>& path,
                                              std::vector<VoteStep>& steps,
                                              std::vector<std::string>& cuts) {
        const governance::IssuerVotes votes = governance::adjusted_votes(model_, party);
        compile::MemberVoters voters = compile::member_voters(votes);
        VoteStep step;
        step.kind = VoteStep::Kind::holders;
        step.party = party;
        step.remainder = votes.remainder;
        Rational float_cast = votes.remainder;
        if (voters.pools.empty()) {  // pooled votes are never dispersed (a pool votes as one)
            std::erase_if(voters.voters, [&](const compile::MemberVoter& voter) {
                const governance::Party* holder = governance::find_party(model_, voter.party);
                if (holder == nullptr || !holder->dispersed)
                    return false;
                step.dispersed.emplace_back(voter.party, voter.votes);
                float_cast += voter.votes * holder->turnout;
                return true;
            });
        }
        if (voters.voters.empty() && float_cast == 0)
            return std::nullopt;
        std::vector<std::string> ids;
        std::vector<Rational> fractions;
        for (const auto& voter : voters.voters) {
            ids.push_back(voter.party);
            fractions.push_back(voter.votes);
            step.holdings.emplace_back(voter.party, voter.votes);
        }
        fractions.push_back(float_cast / 2);  // H, on the same integer scale
        std::vector<std::int64_t> weights = integer_weights(fractions, party);
        const std::int64_t half_float = weights.back();
        weights.pop_back();
        const std::int64_t total =
            std::accumulate(weights.begin(), weights.end(), std::int64_t{0}) + 2 * half_float;
        const std::int64_t quota = games::quota_more_than(Rational(1, 2), total) - half_float;
        if (voters.voters.empty() || quota <= 0) {
            step.float_decides = true;
            steps.push_back(std::move(step));
            return party_leaf(party);
        }
        steps.push_back(std::move(step));
        games::SimpleGame game{ids, compile::members_vote(voters, weights, quota)};
        std::optional<FloatVote> float_vote;
        if (half_float > 0)
            float_vote = FloatVote{weights, 2 * half_float, Rational(total, 2)};
        std::vector<std::size_t> children;
        for (const auto& voter : voters.voters)
            children.push_back(expand(voter.party, path, steps, cuts));
        nodes.push_back(
            Node{std::nullopt, std::move(game), std::move(children), std::move(float_vote)});
        return nodes.size() - 1;
    }
};

}  // namespace

std::string_view name(UltimateKind kind) {
    switch (kind) {
        case UltimateKind::party:
            return "party";
        case UltimateKind::other_holders:
            return "other_holders";
        case UltimateKind::seat:
            return "seat";
    }
    return "";
}

std::string_view name(IndirectMethod method) {
    switch (method) {
        case IndirectMethod::exact:
            return "exact";
        case IndirectMethod::monte_carlo:
            return "monte_carlo";
    }
    return "";
}

std::string ultimate_id(UltimateKind kind, const std::string& party, const std::string& seat) {
    switch (kind) {
        case UltimateKind::other_holders:
            return "other-holders-of-" + party;
        case UltimateKind::seat:
            return party + "/" + seat;
        case UltimateKind::party:
            break;
    }
    return party;
}

std::optional<std::size_t> find_ultimate(const IndirectPower& result, const std::string& id) {
    for (std::size_t i = 0; i < result.players.size(); ++i) {
        if (result.players[i].id == id)
            return i;
    }
    return std::nullopt;
}

namespace {

// The JV's game composed with its members' internal games: the ultimate players, each JV
// player's path to them, and the tree of games whose root is the JV's.
struct Composition {
    IndirectPower result;  // body, matter, view, votes and players set
    std::shared_ptr<const std::vector<Node>> nodes;
    std::size_t root = 0;
    bool with_float = false;  // some game of the tree has a dispersed float
    // Each JV player is its own ultimate player (none has holders or a body of its own in the
    // model) and the JV's game is a single weighted game: the composed game is the JV's own.
    bool own_players = false;
};

Composition compose(const Model& model_on_date, const compile::CompiledGame& jv_game) {
    Composition c;
    IndirectPower& result = c.result;
    result.body = jv_game.body;
    result.matter = jv_game.matter;
    result.view = jv_game.view;

    Expander expander(model_on_date);
    std::vector<std::size_t> children;
    const auto& entity = model_on_date.info.entity;
    for (const auto& player : jv_game.players) {
        MemberVote vote{player.id, {}, {}};
        if (governance::find_party(model_on_date, player.id)) {
            std::vector<std::string> path = {entity};
            children.push_back(expander.expand(player.id, path, vote.steps, vote.cycles_cut));
            if (vote.steps.empty()) {
                VoteStep step;
                step.kind = VoteStep::Kind::no_holders;
                step.party = player.id;
                vote.steps.push_back(std::move(step));
            }
        } else {
            children.push_back(
                expander.leaf({UltimateKind::seat, entity,
                               ultimate_id(UltimateKind::seat, entity, player.id), player.name}));
            VoteStep step;
            step.kind = VoteStep::Kind::not_a_party;
            step.party = player.id;
            step.player_name = player.name;
            vote.steps.push_back(std::move(step));
        }
        result.votes.push_back(std::move(vote));
    }
    std::optional<FloatVote> jv_float;
    if (jv_game.ocean) {
        if (const auto* weighted = games::as_single_weighted(jv_game.game))
            jv_float = FloatVote{weighted->weights, jv_game.ocean->votes,
                                 jv_game.rule.threshold.fraction * jv_game.rule.total};
    }
    expander.nodes.push_back(
        Node{std::nullopt, jv_game.game, std::move(children), std::move(jv_float)});
    c.root = expander.nodes.size() - 1;
    result.players = expander.players;

    c.with_float = std::any_of(expander.nodes.begin(), expander.nodes.end(),
                               [](const Node& node) { return node.float_vote.has_value(); });
    c.nodes = std::make_shared<const std::vector<Node>>(std::move(expander.nodes));
    const auto& root_node = (*c.nodes)[c.root];
    c.own_players = !c.with_float && result.players.size() == jv_game.players.size() &&
                    games::as_single_weighted(jv_game.game) != nullptr;
    for (std::size_t i = 0; c.own_players && i < root_node.children.size(); ++i)
        c.own_players = (*c.nodes)[root_node.children[i]].ultimate == i;
    return c;
}

// Why indirect_power cannot compute this composition, or nullopt: beyond 64 ultimate players
// coalitions are no longer 64-bit sets, which the composed rule and Monte Carlo need, unless the
// composed game is the JV's own weighted game.
std::optional<std::string> refusal(const Composition& c) {
    const std::size_t n = c.result.players.size();
    if (n <= static_cast<std::size_t>(games::max_players) || c.own_players)
        return std::nullopt;
    return fmt::format("the composed game of body '{}', matter '{}' has {} ultimate players, more "
                       "than {}",
                       c.result.body, c.result.matter, n, games::max_players);
}

}  // namespace

std::optional<std::string> indirect_power_refusal(const Model& model_on_date,
                                                  const compile::CompiledGame& jv_game) {
    return refusal(compose(model_on_date, jv_game));
}

IndirectPower indirect_power(const Model& model_on_date, const compile::CompiledGame& jv_game,
                             const IndirectOptions& options) {
    Composition c = compose(model_on_date, jv_game);
    if (const auto problem = refusal(c))
        throw InputError(*problem);
    IndirectPower result = std::move(c.result);
    const auto& nodes = c.nodes;
    const auto root = c.root;
    const bool with_float = c.with_float;
    games::SimpleGame composed;
    for (const auto& player : result.players)
        composed.players.push_back(player.id);
    composed.rule.kind = games::WinningPredicate{
        [nodes, root](games::Coalition coalition) { return node_wins(*nodes, root, coalition); },
        "the JV's game composed with its members' internal games"};
    const int n = static_cast<int>(result.players.size());
    // Beyond 64 players (no coalition bitsets), the JV's own weighted game (refusal): its exact
    // values, from the weighted dynamic programming.
    if (n > games::max_players) {
        power::PowerOptions power_options;
        power_options.indices = {power::Index::banzhaf, power::Index::shapley_shubik};
        result.power = power::compute_power(jv_game.game, power_options).players;
        for (std::size_t i = 0; i < result.power.size(); ++i)
            result.power[i].name = composed.players[i];
        return result;
    }
    if (n <= options.max_exact_players) {
        power::PowerOptions power_options;
        power_options.indices = {power::Index::banzhaf, power::Index::shapley_shubik};
        power_options.max_enumeration_players =
            std::max(power_options.max_enumeration_players, options.max_exact_players);
        result.power = power::compute_power(composed, power_options).players;
        if (with_float) {
            const auto values = oceanic_shapley_shubik(*nodes, root, n);
            for (std::size_t i = 0; i < result.power.size(); ++i)
                result.power[i].shapley_shubik =
                    values ? std::optional<Rational>((*values)[i]) : std::nullopt;
        }
    } else {
        result.method = IndirectMethod::monte_carlo;
        result.samples = options.samples;
        result.seed = options.seed;
        result.power = power::estimate_power(composed, options.samples, options.seed).players;
        if (with_float) {  // the sampled orders would ignore the float's arrival
            for (auto& player : result.power)
                player.shapley_shubik_estimate.reset();
        }
    }
    return result;
}

}  // namespace jvgov::ownership
