#include "model/compile/compile_games.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "model/exact/errors.hpp"
#include "model/games/coalition.hpp"
#include "model/games/weighted_game.hpp"
#include "model/compile/members_vote.hpp"
#include "model/governance/votes.hpp"
#include "model/governance/registry.hpp"

namespace jvgov::compile {

using exact::Integer;
using exact::Rational;
using governance::Body;
using governance::BodyKind;
using governance::Matter;
using governance::Model;
using governance::Threshold;

namespace {

constexpr int properness_enumeration_limit = 25;
constexpr std::int64_t subset_sum_limit = std::int64_t{1} << 26;  // 8 MiB of flags

[[noreturn]] void fail(const Body& body, const Matter& matter, const std::string& problem) {
    throw CompileError(fmt::format("body '{}', matter '{}': {}", body.id, matter.id, problem));
}

bool contains_id(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::int64_t quota_for(const Threshold& threshold, std::int64_t total) {
    switch (threshold.kind) {
        case Threshold::Kind::more_than:
            return games::quota_more_than(threshold.fraction, total);
        case Threshold::Kind::at_least:
            return games::quota_at_least(threshold.fraction, total);
        case Threshold::Kind::unanimity:
            return total;
    }
    return total;
}

std::int64_t sum(const std::vector<std::int64_t>& weights) {
    std::int64_t total = 0;
    for (std::int64_t weight : weights) {
        total += weight;
    }
    return total;
}

std::string join_names(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            text += i + 1 == names.size() ? " and " : ", ";
        }
        text += names[i];
    }
    return text;
}

games::Rule weighted_rule(std::vector<std::int64_t> weights, std::int64_t quota) {
    return games::Rule{games::WeightedGame{std::move(weights), quota}};
}

// The voters of one body in one view, with what the rule parts need.
struct Voters {
    std::vector<CompiledPlayer> players;
    std::vector<std::int64_t> votes;    // weight of each player's vote (seats or votes)
    std::vector<std::int64_t> heads;    // weight by head (count thresholds)
    std::vector<std::string> group_of;  // the party each player stands for (consents)
    std::optional<int> chair;           // the player holding a casting vote, if any
    std::optional<MemberVoters> members;  // a members' meeting: its voters and pools
    std::optional<Ocean> ocean;           // a members' meeting: its dispersed float, if any
};

// The players a `party` stands for: their indices.
std::vector<int> players_of(const Voters& voters, const std::string& party) {
    std::vector<int> result;
    for (std::size_t i = 0; i < voters.group_of.size(); ++i) {
        if (voters.group_of[i] == party) {
            result.push_back(static_cast<int>(i));
        }
    }
    return result;
}

bool is_dispersed(const Model& model, const std::string& party) {
    const auto& by_id = model.parties.get<governance::by_id>();
    const auto found = by_id.find(party);
    return found != by_id.end() && found->dispersed;
}

// The dispersed float of a members' meeting, from its adjusted votes: the dispersed holders'
// adjusted votes and the unallocated remainder's; nullopt when it has none.
std::optional<Ocean> ocean_of(const Model& model, const governance::IssuerVotes& votes) {
    Ocean ocean;
    for (const governance::HolderVotes& holder : votes.holders) {
        if (holder.adjusted <= 0 || !is_dispersed(model, holder.holder)) {
            continue;
        }
        const auto& party = *model.parties.get<governance::by_id>().find(holder.holder);
        ocean.parts.push_back({holder.holder, holder.adjusted, party.turnout});
    }
    if (votes.remainder > 0) {
        ocean.parts.push_back({"", votes.remainder, Rational{1}});
    }
    if (ocean.parts.empty()) {
        return std::nullopt;
    }
    for (const Ocean::Part& part : ocean.parts) {
        ocean.voting += part.voting;
        ocean.cast += part.voting * part.turnout;
    }
    return ocean;
}

// Puts the float's votes cast on the scale of the players' weights: the weights are multiplied
// by the denominator of half the float's votes on their scale; ocean.votes is twice that half.
// The scale is read from the first entitled player with votes (votes / voting interest).
void scale_ocean(Voters& voters, Ocean& ocean) {
    Rational scale = 0;
    for (std::size_t i = 0; i < voters.players.size(); ++i) {
        if (voters.votes[i] > 0 && voters.players[i].voting > 0) {
            scale = Rational(voters.votes[i]) / voters.players[i].voting;
            break;
        }
    }
    const Rational half = ocean.cast * scale / 2;
    const Integer factor = boost::multiprecision::denominator(half);
    const Integer limit = std::numeric_limits<std::int64_t>::max() / 1024;
    Integer total = 2 * boost::multiprecision::numerator(half);
    for (std::int64_t& votes : voters.votes) {
        votes = static_cast<std::int64_t>(votes * factor);
        total += votes;
    }
    if (total > limit) {
        throw CompileError("the votes of the major holders and of the dispersed float need "
                           "weights too large for exact games");
    }
    ocean.votes = static_cast<std::int64_t>(2 * boost::multiprecision::numerator(half));
}

Voters members_voters(const Model& model, const Body& body, const Matter& matter) {
    Voters voters;
    const governance::IssuerVotes votes = governance::adjusted_votes(model, body.of, matter.id);
    voters.ocean = ocean_of(model, votes);
    voters.members = member_voters(votes);
    // A dispersed holder is part of the ocean, never a player. (Pools beside a float are refused
    // by compile_matter; their member indices must stay valid until then.)
    if (voters.members->pools.empty()) {
        std::erase_if(voters.members->voters,
                      [&](const MemberVoter& voter) { return is_dispersed(model, voter.party); });
    }
    std::vector<Rational> votings;
    for (const MemberVoter& voter : voters.members->voters) {
        Rational economic;
        for (const governance::Stake* stake : governance::stakes_in(model, body.of)) {
            if (stake->holder == voter.party) {
                economic += stake->economic;
            }
        }
        votings.push_back(voter.votes);
        voters.players.push_back(CompiledPlayer{voter.party, governance::party_name(model, voter.party),
                                                "", economic, voter.votes,
                                                !contains_id(matter.rule.excluded, voter.party), 0});
        voters.group_of.push_back(voter.party);
    }
    if (voters.players.empty()) {
        const std::vector<const governance::Stake*> stakes = governance::stakes_in(model, body.of);
        const bool all_dispersed =
            std::any_of(stakes.begin(), stakes.end(), [&](const governance::Stake* stake) {
                return stake->voting > 0 && is_dispersed(model, stake->holder);
            });
        fail(body, matter,
             all_dispersed
                 ? fmt::format("every holder of a voting interest in '{}' is dispersed: there is "
                               "no major holder to analyse",
                               body.of)
                 : fmt::format("no party holds a voting interest in '{}'", body.of));
    }
    const Integer limit = std::numeric_limits<std::int64_t>::max() / 1024;
    const std::vector<Integer> scaled = exact::scale_to_integers(votings);
    for (std::size_t i = 0; i < voters.players.size(); ++i) {
        if (scaled[i] > limit) {
            fail(body, matter, "the voting interests need weights too large for exact games");
        }
        const bool entitled = voters.players[i].entitled_to_vote;
        voters.votes.push_back(entitled ? static_cast<std::int64_t>(scaled[i]) : 0);
        voters.heads.push_back(entitled && scaled[i] > 0 ? 1 : 0);
        voters.players[i].votes = voters.votes.back();
    }
    if (!body.chair.empty()) {
        const std::vector<int> chair = players_of(voters, body.chair);
        if (chair.size() == 1) {
            voters.chair = chair.front();
        }
    }
    return voters;
}

Voters board_voters(const Model& model, const Body& body, const Matter& matter, View view) {
    Voters voters;
    const auto entity_stake = [&](const std::string& party) {
        CompiledPlayer player;
        for (const governance::Stake* stake : governance::stakes_held_by(model, party)) {
            if (stake->issuer == body.of) {
                player.economic += stake->economic;
                player.voting += stake->voting;
            }
        }
        return player;
    };
    std::map<std::string, int> seats_numbered;
    std::map<std::string, int> bloc_index;
    for (const governance::SeatGroup& group : body.seats) {
        if (group.observer) {
            continue;  // attends without a vote: never a player
        }
        const bool independent = group.appointed_by.empty();
        const bool entitled = !contains_id(matter.rule.excluded, group.appointed_by);
        const std::int64_t votes = entitled ? group.votes : 0;
        const std::int64_t head = entitled ? 1 : 0;
        // The group's own setting wins; otherwise the view decides.
        const bool as_appointer =
            !independent && group.vote_as_appointer.value_or(view == View::bloc);
        for (int k = 0; k < group.count; ++k) {
            const std::string numbering = independent ? "independent" : group.appointed_by;
            const int number = ++seats_numbered[numbering];
            const bool named = k < static_cast<int>(group.directors.size());
            if (as_appointer) {
                auto [it, inserted] = bloc_index.try_emplace(
                    group.appointed_by, static_cast<int>(voters.players.size()));
                if (inserted) {
                    CompiledPlayer player = entity_stake(group.appointed_by);
                    player.id = group.appointed_by;
                    player.name = governance::party_name(model, group.appointed_by);
                    player.appointer = group.appointed_by;
                    player.entitled_to_vote = entitled;
                    voters.players.push_back(player);
                    voters.votes.push_back(0);
                    voters.heads.push_back(0);
                    voters.group_of.push_back(group.appointed_by);
                }
                const auto index = static_cast<std::size_t>(it->second);
                voters.votes[index] += votes;
                voters.heads[index] += head;
                voters.players[index].votes += votes;
                if (named && group.directors[static_cast<std::size_t>(k)] == body.chair) {
                    voters.chair = it->second;
                }
                continue;
            }
            CompiledPlayer player =
                independent ? CompiledPlayer{} : entity_stake(group.appointed_by);
            if (named) {
                player.id = group.directors[static_cast<std::size_t>(k)];
                player.name = governance::party_name(model, player.id);
            } else {
                player.id = fmt::format("{}-{}", numbering, number);
                player.name =
                    independent
                        ? fmt::format("Independent director {}", number)
                        : fmt::format("{} director {}",
                                      governance::party_name(model, group.appointed_by), number);
            }
            player.appointer = group.appointed_by;
            player.entitled_to_vote = entitled;
            player.votes = votes;
            if (player.id == body.chair) {
                voters.chair = static_cast<int>(voters.players.size());
            }
            voters.players.push_back(player);
            voters.votes.push_back(votes);
            voters.heads.push_back(head);
            voters.group_of.push_back(group.appointed_by);
        }
    }
    if (voters.players.empty()) {
        fail(body, matter, "the board has no voting seat");
    }
    return voters;
}

// Proved proper from the structure alone: a weighted game with 2q > total, or an AllOf with
// such a part (an intersection of a proper game with anything is proper).
bool proper_by_structure(const games::Rule& rule) {
    if (const auto* weighted = std::get_if<games::WeightedGame>(&rule.kind)) {
        return 2 * weighted->quota > games::total_weight(*weighted);
    }
    if (const auto* all = std::get_if<games::AllOf>(&rule.kind)) {
        return std::any_of(all->parts.begin(), all->parts.end(), proper_by_structure);
    }
    return false;
}

// A coalition that wins together with its complement, or nullopt when there is none.
std::optional<games::Coalition> improper_witness(const games::SimpleGame& game) {
    const int n = games::player_count(game);
    const games::Coalition all = games::grand_coalition(n);
    // Each complementary pair once: the coalitions containing player 0.
    for (games::Coalition rest = 0; rest < (games::Coalition{1} << (n - 1)); ++rest) {
        const games::Coalition coalition = (rest << 1) | 1U;
        if (games::wins(game, coalition) && games::wins(game, all & ~coalition)) {
            return coalition;
        }
    }
    return std::nullopt;
}

// For a weighted game: the smallest weight w of a coalition with q <= w <= total - q (then it and
// its complement both win), by subset sums; nullopt when there is none.
// REQUIRES: total_weight(game) <= subset_sum_limit.
std::optional<std::int64_t> improper_weight(const games::WeightedGame& game) {
    const std::int64_t total = games::total_weight(game);
    std::vector<bool> reachable(static_cast<std::size_t>(total) + 1, false);
    reachable[0] = true;
    for (std::int64_t weight : game.weights) {
        if (weight == 0) {
            continue;
        }
        for (std::int64_t sum_so_far = total - weight; sum_so_far >= 0; --sum_so_far) {
            if (reachable[static_cast<std::size_t>(sum_so_far)]) {
                reachable[static_cast<std::size_t>(sum_so_far + weight)] = true;
            }
        }
    }
    for (std::int64_t weight = game.quota; weight <= total - game.quota; ++weight) {
        if (reachable[static_cast<std::size_t>(weight)]) {
            return weight;
        }
    }
    return std::nullopt;
}

// `casting_vote_applied`: the vote is "more than half, or exactly half with the chair", which is
// proper (a coalition winning by the tie leaves its complement exactly half without the chair).
void check_proper(const Body& body, const Matter& matter, const CompiledGame& compiled,
                  bool casting_vote_applied) {
    if (casting_vote_applied || proper_by_structure(compiled.game.rule)) {
        return;
    }
    const int n = games::player_count(compiled.game);
    const games::WeightedGame* weighted = games::as_single_weighted(compiled.game);
    if (n > properness_enumeration_limit && weighted != nullptr &&
        games::total_weight(*weighted) <= subset_sum_limit) {
        if (const auto weight = improper_weight(*weighted)) {
            fail(body, matter,
                 fmt::format("the rule is improper: a coalition of weight {} and its complement "
                             "(weight {}) both reach the quota {}",
                             *weight, games::total_weight(*weighted) - *weight, weighted->quota));
        }
        return;
    }
    if (n > properness_enumeration_limit) {
        fail(body, matter,
             fmt::format("cannot prove the game proper with {} players (at most {} are "
                         "enumerated)",
                         n, properness_enumeration_limit));
    }
    if (const auto witness = improper_witness(compiled.game)) {
        std::vector<std::string> names;
        for (int player : games::members(*witness)) {
            names.push_back(compiled.players[static_cast<std::size_t>(player)].id);
        }
        fail(body, matter,
             fmt::format("the rule is improper: the coalition {{{}}} and its complement both "
                         "win",
                         join_names(names)));
    }
}

}  // namespace

std::string view_name(View view) {
    switch (view) {
        case View::members:
            return "members";
        case View::individual:
            return "individual";
        case View::bloc:
            return "bloc";
    }
    return {};
}

std::optional<View> parse_view(std::string_view text) {
    for (const View view : {View::members, View::individual, View::bloc}) {
        if (view_name(view) == text)
            return view;
    }
    return std::nullopt;
}

CompiledGame compile_matter(const Model& model, const Body& body, const Matter& matter, View view) {
    if (matter.body != body.id) {
        fail(body, matter, fmt::format("the matter belongs to body '{}'", matter.body));
    }
    const bool board = body.kind == BodyKind::board;
    if (board == (view == View::members)) {
        fail(body, matter,
             fmt::format("view '{}' does not fit a {}", view_name(view),
                         board ? "board" : "members' meeting"));
    }
    Voters voters =
        board ? board_voters(model, body, matter, view) : members_voters(model, body, matter);
    const int n = static_cast<int>(voters.players.size());
    const governance::Rule& rule = matter.rule;
    std::optional<Ocean> ocean = std::move(voters.ocean);
    if (ocean) {
        const auto unsupported = [&](bool present, std::string_view what) {
            if (present) {
                fail(body, matter,
                     fmt::format("{} beside a dispersed float is not supported (the oceanic "
                                 "values cover a weighted vote); to count the float as one "
                                 "bloc instead, give it as a party that is not dispersed",
                                 what));
            }
        };
        unsupported(rule.threshold.kind == Threshold::Kind::unanimity, "a unanimous rule");
        unsupported(rule.count.has_value(), "a double majority");
        unsupported(body.quorum.present.has_value() || !body.quorum.required_present.empty(),
                    "a quorum");
        unsupported(body.casting_vote, "a casting vote");
        unsupported(!rule.consent.empty(), "a consent");
        unsupported(voters.members && !voters.members->pools.empty(), "a voting pool");
        try {
            scale_ocean(voters, *ocean);
        } catch (const CompileError& error) {
            fail(body, matter, error.what());
        }
    }

    const auto check_party = [&](const std::string& party, const std::string& role) {
        if (players_of(voters, party).empty()) {
            fail(body, matter,
                 fmt::format("{} '{}' is not a {} of the body", role, party,
                             board ? "director's appointer" : "member"));
        }
    };
    for (const std::string& party : rule.excluded) {
        check_party(party, "excluded party");
    }
    for (const std::string& party : rule.consent) {
        check_party(party, "consenting party");
    }
    if (!body.chair.empty() && body.casting_vote && !voters.chair) {
        fail(body, matter, fmt::format("the chair '{}' is not a player of the body", body.chair));
    }

    const std::int64_t majors_total = sum(voters.votes);
    if (majors_total == 0) {
        fail(body, matter, "every voter is excluded from this matter");
    }
    const std::int64_t half_ocean = ocean ? ocean->votes / 2 : 0;
    const std::int64_t total = majors_total + 2 * half_ocean;
    CompiledRule terms;
    terms.threshold = rule.threshold;
    terms.total = total;
    terms.heads = sum(voters.heads);
    terms.excluded = rule.excluded;
    std::vector<games::Rule> parts;

    // The vote, with the casting vote.
    const std::int64_t quota = quota_for(rule.threshold, total);
    terms.quota = quota;
    // The vote reaching `at_least` of the weights (pools voting as their rules decide).
    const auto vote_reaching = [&voters](std::int64_t at_least) {
        return voters.members ? members_vote(*voters.members, voters.votes, at_least)
                              : weighted_rule(voters.votes, at_least);
    };
    if (quota - half_ocean <= 0) {
        fail(body, matter,
             "half of the dispersed float's votes alone reach the threshold: no major holder "
             "is needed");
    }
    games::Rule vote = vote_reaching(quota - half_ocean);
    bool casting_vote_applied = false;
    const bool simple_majority = rule.threshold.kind == Threshold::Kind::more_than &&
                                 rule.threshold.fraction == Rational(1, 2);
    if (body.casting_vote && voters.chair && simple_majority && total % 2 == 0 &&
        voters.players[static_cast<std::size_t>(*voters.chair)].entitled_to_vote) {
        const int chair = *voters.chair;
        casting_vote_applied = true;
        terms.casting_vote = chair;
        vote = games::Rule{
            games::AnyOf{{vote, games::Rule{games::AllOf{{vote_reaching(total / 2),
                                                          games::consent_of(n, chair)}}}}}};
    }
    parts.push_back(std::move(vote));

    if (rule.count) {
        const std::int64_t head_quota = quota_for(*rule.count, terms.heads);
        parts.push_back(weighted_rule(voters.heads, head_quota));
        terms.count = CompiledRule::HeadCount{*rule.count, head_quota, terms.heads};
    }

    // The quorum: the coalition itself must be a quorum (of a board's voting directors, of a
    // members' meeting's votes).
    if (body.quorum.present) {
        const std::vector<std::int64_t>& present = board ? voters.heads : voters.votes;
        const std::int64_t of = board ? terms.heads : total;
        const std::int64_t quorum = quota_for(*body.quorum.present, of);
        parts.push_back(weighted_rule(present, quorum));
        terms.quorum = CompiledRule::Quorum{*body.quorum.present, quorum, of};
    }
    for (const std::string& party : body.quorum.required_present) {
        if (contains_id(rule.excluded, party)) {
            continue;
        }
        const std::vector<int> standing_for = players_of(voters, party);
        if (standing_for.empty()) {
            fail(body, matter,
                 fmt::format("the quorum requires '{}', which is not a player of the body", party));
        }
        std::vector<std::int64_t> weights(static_cast<std::size_t>(n), 0);
        for (int player : standing_for) {
            weights[static_cast<std::size_t>(player)] = 1;
        }
        parts.push_back(weighted_rule(std::move(weights), 1));
        terms.required_present.push_back(party);
    }

    for (const std::string& party : rule.consent) {
        const std::vector<int> standing_for = players_of(voters, party);
        if (view != View::individual) {
            parts.push_back(games::consent_of(n, standing_for.front()));
            terms.consents.push_back({party, 0, 0});
            continue;
        }
        std::vector<std::int64_t> weights(static_cast<std::size_t>(n), 0);
        std::int64_t seats = 0;
        for (int player : standing_for) {
            // Its directors by head (a group voting as its appointer counts all of them).
            weights[static_cast<std::size_t>(player)] =
                voters.heads[static_cast<std::size_t>(player)];
            seats += voters.heads[static_cast<std::size_t>(player)];
        }
        parts.push_back(weighted_rule(std::move(weights), seats / 2 + 1));
        terms.consents.push_back({party, seats / 2 + 1, seats});
    }

    CompiledGame compiled;
    compiled.body = body.id;
    compiled.matter = matter.id;
    compiled.is_default = matter.is_default;
    compiled.view = view;
    compiled.declared_view = !board || (view == View::bloc) == body.directors_vote_as_bloc;
    for (const CompiledPlayer& player : voters.players) {
        compiled.game.players.push_back(player.id);
    }
    compiled.players = std::move(voters.players);
    compiled.game.rule =
        parts.size() == 1 ? std::move(parts.front()) : games::Rule{games::AllOf{std::move(parts)}};
    compiled.rule = std::move(terms);
    compiled.ocean = std::move(ocean);
    try {
        games::validate(compiled.game);
    } catch (const InputError& error) {
        fail(body, matter, error.what());
    }
    check_proper(body, matter, compiled, casting_vote_applied);
    return compiled;
}

std::vector<CompiledGame> compile_games(const Model& model) {
    std::vector<CompiledGame> games;
    for (const Body& body : model.bodies) {
        if (body.of != model.info.entity) {
            continue;
        }
        for (const Matter* matter : governance::matters_of(model, body.id)) {
            if (body.kind == BodyKind::members) {
                games.push_back(compile_matter(model, body, *matter, View::members));
            } else {
                games.push_back(compile_matter(model, body, *matter, View::individual));
                games.push_back(compile_matter(model, body, *matter, View::bloc));
            }
        }
    }
    return games;
}

}  // namespace jvgov::compile
