#include "model/analysis/control_tests.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "model/analysis/provisions.hpp"
#include "model/exact/errors.hpp"
#include "model/games/coalition.hpp"
#include "model/games/simple_game.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/registry.hpp"
#include "model/governance/votes.hpp"
#include "model/ownership/control.hpp"
#include "model/ownership/graph.hpp"

namespace jvgov::analysis {

namespace {

using exact::Integer;
using governance::MatterCategory;
using governance::Model;

constexpr std::array<std::pair<ControlTest, Citation>, 8> citations = {{
    {ControlTest::voting_majority,
     {"IFRS 10 Consolidated Financial Statements; UK Companies Act 2006", "IFRS 10 B35; Companies Act 2006 s1162(2)(a)",
      "https://www.legislation.gov.uk/ukpga/2006/46/section/1162"}},
    {ControlTest::board_majority,
     {"UK Companies Act 2006; IFRS 10 Consolidated Financial Statements",
      "Companies Act 2006 s1162(2)(b) and Sch 7 para 3; IFRS 10 B15(b)",
      "https://www.legislation.gov.uk/ukpga/2006/46/schedule/7"}},
    {ControlTest::ifrs11_joint_control,
     {"IFRS 11 Joint Arrangements", "IFRS 11 paras 7-9 and B5-B8 (examples 1-3 in B8)",
      "https://www.ifrs.org/issued-standards/list-of-standards/ifrs-11-joint-arrangements/"}},
    {ControlTest::eu_notice,
     {"EU Commission Consolidated Jurisdictional Notice (2008/C 95/01)", "Jurisdictional Notice paras 54 and 62-73",
      "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52008XC0416(08)"}},
    {ControlTest::de_facto,
     {"IFRS 10 Consolidated Financial Statements", "IFRS 10 B41-B46 (B43 example 4, B44 example 6, B45 example 7)",
      "https://www.ifrs.org/issued-standards/list-of-standards/ifrs-10-consolidated-financial-statements/"}},
    {ControlTest::french_presumption,
     {"French Code de commerce", "Code de commerce art. L233-3 II",
      "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038610300"}},
    {ControlTest::significant_influence,
     {"IAS 28 Investments in Associates and Joint Ventures", "IAS 28 paras 3 and 5-6",
      "https://www.ifrs.org/issued-standards/list-of-standards/ias-28-investments-in-associates/"}},
    {ControlTest::psc,
     {"UK Companies Act 2006", "Companies Act 2006 Sch 1A paras 2-4, 9 and 18",
      "https://www.legislation.gov.uk/ukpga/2006/46/schedule/1A"}},
}};

class Tops {
  public:
    explicit Tops(const std::vector<std::pair<std::string, std::string>>& tops) {
        for (const auto& [party, top] : tops)
            tops_[party] = top;
    }
    const std::string& operator()(const std::string& party) const {
        const auto found = tops_.find(party);
        return found == tops_.end() ? party : found->second;
    }

  private:
    std::map<std::string, std::string> tops_;
};

void add_unique(std::vector<std::string>& list, const std::string& value) {
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

bool same_set(std::vector<std::string> a, std::vector<std::string> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

bool covers(const governance::Right& right, const std::string& matter) {
    if (!right.deadlock)
        return false;
    const auto& matters = right.deadlock->matters;
    return matters.empty() || std::find(matters.begin(), matters.end(), matter) != matters.end();
}

MatterControl matter_control(compile::CompiledGame game, const Model& on_date, const Tops& top,
                             const std::vector<const governance::Right*>& devices) {
    MatterControl result;
    const auto* matter = governance::find_matter(on_date, game.body, game.matter);
    result.matter_name = matter != nullptr ? matter->name : game.matter;
    result.category = matter != nullptr ? matter->category : std::nullopt;
    result.counts_as = result.category.value_or(MatterCategory::relevant);
    result.basis = game_basis(on_date, game);

    // The groups (by top), in first-player order, with their players; a group is named by its
    // one party when it has one, else by its top.
    std::vector<std::string> keys;
    std::vector<std::vector<std::string>> parties;
    std::vector<PlayerSet> masks;
    for (std::size_t i = 0; i < game.players.size(); ++i) {
        const auto& player = game.players[i];
        // A director stands for its appointer (the individual view); an independent director,
        // and a player of the bloc view without an appointer, for itself.
        const bool independent = game.view != compile::View::members && player.appointer.empty();
        const std::string party = game.view == compile::View::individual && !independent
                                      ? player.appointer
                                      : player.id;
        const std::string key = independent ? player.id : top(party);
        const auto found = std::find(keys.begin(), keys.end(), key);
        const auto g = static_cast<std::size_t>(found - keys.begin());
        if (found == keys.end()) {
            keys.push_back(key);
            parties.emplace_back();
            masks.emplace_back(game.players.size(), false);
        }
        add_unique(parties[g], party);
        masks[g][i] = true;
    }
    std::vector<std::string> groups;
    for (std::size_t g = 0; g < keys.size(); ++g)
        groups.push_back(parties[g].size() == 1 ? parties[g].front() : keys[g]);
    PlayerSet veto_mask(game.players.size(), false);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        PlayerSet others = masks[g];
        others.flip();
        const bool veto = !passes_with_float(game, others);
        if (veto) {
            result.vetoes.push_back(groups[g]);
            for (std::size_t i = 0; i < veto_mask.size(); ++i)
                veto_mask[i] = veto_mask[i] || masks[g][i];
            if (passes_against_float(game, masks[g]))
                result.decides_alone = groups[g];
        }
    }
    result.vetoes_pass = !result.vetoes.empty() && passes_against_float(game, veto_mask);
    result.can_deadlock = result.vetoes.size() >= 2 && !result.decides_alone;
    for (const governance::Right* right : devices)
        if (covers(*right, game.matter)) {
            result.deadlock_devices.push_back(right);
            if (result.can_deadlock)
                add_fact(result.basis, "right", right->id, right->provenance);
        }
    result.game = std::move(game);
    return result;
}

MatterTest ifrs11(const EntityControl& control) {
    if (control.deciding.empty())
        return {};
    const auto& first = control.matters[control.deciding.front()];
    bool same_sole = first.decides_alone.has_value();
    bool joint = first.vetoes.size() >= 2;
    for (const auto index : control.deciding) {
        const auto& matter = control.matters[index];
        same_sole = same_sole && matter.decides_alone == first.decides_alone;
        joint = joint && same_set(matter.vetoes, first.vetoes) && matter.vetoes_pass;
    }
    if (same_sole)
        return {JointOutcome::sole_control, {*first.decides_alone}};
    if (joint)
        return {JointOutcome::joint_control, first.vetoes};
    return {};
}

MatterTest notice(const EntityControl& control) {
    if (control.deciding.empty())
        return {};
    const auto& first = control.matters[control.deciding.front()];
    bool same_sole = first.decides_alone.has_value();
    std::vector<std::string> vetoes;
    for (const auto index : control.deciding) {
        const auto& matter = control.matters[index];
        same_sole = same_sole && matter.decides_alone == first.decides_alone;
        for (const auto& party : matter.vetoes)
            add_unique(vetoes, party);
    }
    if (same_sole)
        return {JointOutcome::sole_control, {*first.decides_alone}};
    if (vetoes.size() >= 2)
        return {JointOutcome::joint_control, vetoes};
    if (vetoes.size() == 1)
        return {JointOutcome::negative_sole_control, vetoes};
    return {};
}

Divergence divergence(const EntityControl& control) {
    if (control.ifrs11.outcome == control.notice.outcome &&
        same_set(control.ifrs11.parties, control.notice.parties))
        return Divergence::none;
    if (control.notice.outcome == JointOutcome::negative_sole_control)
        return Divergence::single_veto;
    for (const auto index : control.deciding) {
        const auto& matter = control.matters[index];
        if (!matter.vetoes.empty() && !matter.vetoes_pass)
            return Divergence::vetoes_do_not_pass;
    }
    return Divergence::vetoes_differ;
}

// A group of holders of the entity: its top, the parties holding directly, its interests.
struct Group {
    std::string top;
    std::vector<std::string> holders;
    Rational votes;
    Rational economic;

    // Its one direct holder when it has one, else its top.
    const std::string& shown() const { return holders.size() == 1 ? holders.front() : top; }

    // The direct holders other than the one it is shown as.
    std::vector<std::string> through() const {
        std::vector<std::string> result;
        for (const auto& holder : holders)
            if (holder != shown())
                result.push_back(holder);
        return result;
    }
};

Group& group_of(std::vector<Group>& groups, const std::string& top) {
    for (auto& group : groups)
        if (group.top == top)
            return group;
    groups.push_back(Group{top, {}, 0, 0});
    return groups.back();
}

BoardMajority board_majority(const Model& on_date, const std::string& entity, const Tops& top) {
    BoardMajority result;
    const governance::Body* board = nullptr;
    for (const auto& body : on_date.bodies)
        if (body.of == entity && body.kind == governance::BodyKind::board) {
            board = &body;
            break;
        }
    if (board == nullptr)
        return result;
    result.body = board->id;
    std::vector<std::string> order;
    std::map<std::string, std::int64_t> votes;
    std::map<std::string, std::vector<std::string>> appointers;
    std::string chair_group;
    for (const auto& group : board->seats) {
        if (group.observer)
            continue;
        const std::int64_t weight = std::int64_t{group.count} * group.votes;
        result.total += weight;
        if (group.appointed_by.empty())
            continue;
        const std::string& owner = top(group.appointed_by);
        if (owner == entity)
            continue;
        if (votes.find(owner) == votes.end())
            order.push_back(owner);
        votes[owner] += weight;
        add_unique(appointers[owner], group.appointed_by);
        if (!board->chair.empty() && std::find(group.directors.begin(), group.directors.end(),
                                               board->chair) != group.directors.end())
            chair_group = owner;
    }
    for (const auto& owner : order) {
        const std::int64_t v = votes[owner];
        const bool tie_with_casting =
            board->casting_vote && chair_group == owner && 2 * v == result.total;
        if (2 * v > result.total || tie_with_casting) {
            const auto& list = appointers[owner];
            result.appointer = list.size() == 1 ? list.front() : owner;
            result.votes = v;
            result.by_casting_vote = tie_with_casting;
            for (const auto& appointer : list)
                if (appointer != *result.appointer)
                    result.through.push_back(appointer);
        }
    }
    return result;
}

// The least number of the `others` (value, count), largest first, whose sum exceeds `holder`
// (reaches it when `or_tie`); nullopt when all of them do not.
std::optional<int> others_needed(std::vector<std::pair<Rational, Integer>> others,
                                 const Rational& holder, bool or_tie) {
    std::stable_sort(others.begin(), others.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    Rational sum = 0;
    Integer needed = 0;
    for (const auto& [value, count] : others) {
        if (value <= 0)
            continue;
        // n with sum + n * value > holder: n = floor((holder - sum) / value) + 1;
        // with sum + n * value >= holder: n = ceil((holder - sum) / value).
        const Rational gap = (holder - sum) / value;
        Integer n = numerator(gap) / denominator(gap);
        if (!or_tie || n * denominator(gap) != numerator(gap))
            n += 1;
        if (n <= count) {
            needed += n;
            return needed > Integer{1000000} ? 1000000 : needed.convert_to<int>();
        }
        needed += count;
        sum += value * Rational{count};
    }
    return std::nullopt;
}

DeFacto de_facto(const std::vector<Group>& organised, const Rational& dispersed,
                 const Rational& dispersed_cast,
                 const std::vector<std::pair<Rational, Integer>>& float_holders) {
    DeFacto result;
    result.dispersed = dispersed;
    result.dispersed_cast = dispersed_cast;
    const Group* largest = nullptr;
    for (const auto& group : organised)
        if (group.votes > 0 && (largest == nullptr || group.votes > largest->votes))
            largest = &group;
    if (largest == nullptr)
        return result;
    result.holder = largest->shown();
    result.votes = largest->votes;
    std::vector<std::pair<Rational, Integer>> others = float_holders;
    Rational cast = dispersed_cast;
    for (const auto& group : organised) {
        cast += group.votes;
        if (&group == largest)
            continue;
        result.largest_other = std::max(result.largest_other, group.votes);
        others.emplace_back(group.votes, 1);
    }
    result.french_presumption =
        result.votes > Rational{2, 5} && result.largest_other <= result.votes;
    result.share_of_cast = cast > 0 ? result.votes / cast : Rational{0};
    if (result.votes > Rational{1, 2}) {
        result.outcome = DeFactoOutcome::majority;
        return result;
    }
    result.outvoting = others_needed(others, result.votes, false);
    if (!result.outvoting)  // a tie is the most they can reach: it blocks it all the same
        result.tying = others_needed(others, result.votes, true);
    result.majority_of_cast = dispersed_cast < dispersed && result.share_of_cast > Rational{1, 2};
    // The others needed to stop it: to outvote it, or to tie it when they cannot outvote it.
    const std::optional<int> stopping = result.outvoting ? result.outvoting : result.tying;
    if (result.majority_of_cast || !stopping || *stopping > de_facto_many_others)
        result.outcome = DeFactoOutcome::power;
    else if (*stopping <= 2)
        result.outcome = DeFactoOutcome::no_power;
    else
        result.outcome = DeFactoOutcome::not_conclusive;
    return result;
}

}  // namespace

namespace {

// The votes of the players of `players` in a single weighted game.
std::int64_t weight_of(const games::WeightedGame& weighted, const PlayerSet& players) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < players.size(); ++i)
        if (players[i])
            sum += weighted.weights.at(i);
    return sum;
}

// Whether `players` win `game` when the float's votes for them are `float_votes`: a single
// weighted game (any size) by its weights, another game (at most 64 players) by its rule.
bool passes(const compile::CompiledGame& game, const PlayerSet& players,
            std::int64_t float_votes) {
    if (players.size() != game.players.size())
        throw PreconditionError("passes: a player set of another game");
    if (const auto* weighted = games::as_single_weighted(game.game))
        return weight_of(*weighted, players) + float_votes >= weighted->quota;
    games::Coalition coalition = 0;
    for (std::size_t i = 0; i < players.size(); ++i)
        if (players[i])
            coalition |= games::singleton(static_cast<int>(i));
    return games::wins(game.game, coalition);
}

}  // namespace

bool passes_against_float(const compile::CompiledGame& game, const PlayerSet& players) {
    return passes(game, players,
                  game.ocean && games::as_single_weighted(game.game) ? -(game.ocean->votes / 2)
                                                                     : 0);
}

bool passes_with_float(const compile::CompiledGame& game, const PlayerSet& players) {
    return passes(game, players,
                  game.ocean && games::as_single_weighted(game.game) ? game.ocean->votes / 2 : 0);
}

const Citation& citation(ControlTest test) {
    for (const auto& [candidate, text] : citations)
        if (candidate == test)
            return text;
    throw PreconditionError("citation: a test outside its enumeration");
}

EntityControl entity_control(const Model& on_date, const std::string& entity,
                             const std::vector<std::pair<std::string, std::string>>& tops,
                             const std::vector<const governance::Right*>& deadlock_devices) {
    const Tops top(tops);
    EntityControl result;
    result.entity = entity;
    for (const auto& body : on_date.bodies) {
        if (body.of != entity)
            continue;
        // The view the model declares for a board (its directors voting individually or as
        // their appointer's bloc), the one every report's results use.
        const auto view = body.kind == governance::BodyKind::members ? compile::View::members
                          : body.directors_vote_as_bloc              ? compile::View::bloc
                                                                     : compile::View::individual;
        try {
            for (const governance::Matter* matter : governance::matters_of(on_date, body.id))
                result.matters.push_back(matter_control(
                    compile::compile_matter(on_date, body, *matter, view), on_date, top,
                    deadlock_devices));
        } catch (const compile::CompileError& error) {
            result.compile_error = error.what();
            result.matters.clear();
            break;
        }
    }
    for (std::size_t i = 0; i < result.matters.size(); ++i)
        if (result.matters[i].counts_as == MatterCategory::strategic)
            result.deciding.push_back(i);
    result.strategic_tagged = !result.deciding.empty();
    if (!result.strategic_tagged)
        for (std::size_t i = 0; i < result.matters.size(); ++i)
            if (result.matters[i].counts_as == MatterCategory::relevant)
                result.deciding.push_back(i);
    result.ifrs11 = ifrs11(result);
    result.notice = notice(result);
    result.divergence = divergence(result);
    for (std::size_t i = 0; i < result.matters.size(); ++i) {
        const auto& matter = result.matters[i];
        if (matter.counts_as != MatterCategory::relevant ||
            std::find(result.deciding.begin(), result.deciding.end(), i) != result.deciding.end())
            continue;
        const bool sole = result.ifrs11.outcome == JointOutcome::sole_control &&
                          matter.decides_alone == result.ifrs11.parties.front();
        const bool joint = result.ifrs11.outcome == JointOutcome::joint_control &&
                           same_set(matter.vetoes, result.ifrs11.parties) && matter.vetoes_pass;
        if (sole || joint)
            result.supporting.push_back(i);
    }

    // Holdings: the general adjusted votes and the economic interests, by group.
    std::vector<Group> groups;
    Rational dispersed = 0;
    Rational dispersed_cast = 0;
    std::vector<std::pair<Rational, Integer>> float_holders;
    const auto add_float = [&](const Rational& votes, const Rational& turnout) {
        const Rational cast = votes * turnout;
        dispersed += votes;
        dispersed_cast += cast;
        // Holders of 1% each (the last one smaller).
        const Rational pieces = cast * 100;
        const Integer whole = numerator(pieces) / denominator(pieces);
        if (whole > 0)
            float_holders.emplace_back(Rational{1, 100}, whole);
        if (const Rational rest = cast - Rational{whole} / 100; rest > 0)
            float_holders.emplace_back(rest, 1);
    };
    const governance::IssuerVotes votes = governance::adjusted_votes(on_date, entity);
    for (const auto& holder : votes.holders) {
        const governance::Party* party = governance::find_party(on_date, holder.holder);
        if (party != nullptr && party->dispersed) {
            add_float(holder.adjusted, party->turnout);
            continue;
        }
        const std::string& caster = holder.cast_by.empty() ? holder.holder : holder.cast_by;
        const std::string& owner = top(caster);
        if (owner == entity)
            continue;
        Group& group = group_of(groups, owner);
        group.votes += holder.adjusted;
        add_unique(group.holders, caster);
    }
    if (votes.remainder > 0)
        add_float(votes.remainder, 1);
    for (const auto& stake : on_date.stakes) {
        if (stake.issuer != entity)
            continue;
        const governance::Party* party = governance::find_party(on_date, stake.holder);
        const std::string& owner = top(stake.holder);
        if ((party != nullptr && party->dispersed) || owner == entity)
            continue;
        Group& group = group_of(groups, owner);
        group.economic += stake.economic;
        add_unique(group.holders, stake.holder);
        add_fact(result.basis, "stake",
                 stake_fact_id(stake),
                 stake.provenance);
    }

    for (const auto& group : groups)
        if (group.votes > Rational{1, 2})
            result.voting = {group.shown(), group.votes, group.through()};
    result.board = board_majority(on_date, entity, top);
    result.de_facto = de_facto(groups, dispersed, dispersed_cast, float_holders);

    auto& overall = result.overall;
    const auto& matter_sole =
        result.ifrs11.outcome == JointOutcome::sole_control ? result.ifrs11 : result.notice;
    if (matter_sole.outcome == JointOutcome::sole_control) {
        const std::string& party = matter_sole.parties.front();
        overall = {Classification::sole_control, {party}, ControlTest::eu_notice};
        if (result.voting.holder == party)
            overall.by = ControlTest::voting_majority;
        else if (result.board.appointer == party)
            overall.by = ControlTest::board_majority;
    } else if (result.ifrs11.outcome == JointOutcome::joint_control) {
        overall = {Classification::joint_control, result.ifrs11.parties,
                   ControlTest::ifrs11_joint_control};
    } else if (result.notice.outcome == JointOutcome::joint_control) {
        overall = {Classification::joint_control, result.notice.parties, ControlTest::eu_notice};
    } else if (result.notice.outcome == JointOutcome::negative_sole_control) {
        overall = {Classification::negative_sole_control, result.notice.parties,
                   ControlTest::eu_notice};
    } else if (result.de_facto.outcome == DeFactoOutcome::power) {
        overall = {Classification::sole_control, {*result.de_facto.holder}, ControlTest::de_facto};
    } else if (result.deciding.empty() && result.board.appointer) {
        overall = {Classification::sole_control, {*result.board.appointer},
                   ControlTest::board_majority};
    } else if (result.deciding.empty() && result.voting.holder) {
        overall = {Classification::sole_control, {*result.voting.holder},
                   ControlTest::voting_majority};
    }

    for (const auto& group : groups) {
        const bool sole = overall.classification == Classification::sole_control &&
                          top(overall.parties.front()) == group.top;
        const bool joint = result.ifrs11.outcome == JointOutcome::joint_control &&
                           std::any_of(result.ifrs11.parties.begin(), result.ifrs11.parties.end(),
                                       [&](const std::string& party) {
                                           return top(party) == group.top;
                                       });
        const bool board = result.board.appointer && top(*result.board.appointer) == group.top;
        // IAS 28 para 3: significant influence "is not control or joint control".
        if (group.votes >= Rational{1, 5} && !sole && !joint)
            result.significant_influence.push_back(
                Holding{group.shown(), group.economic, group.votes, board, group.through()});
        if (group.economic > Rational{1, 4} || group.votes > Rational{1, 4} || board) {
            std::vector<std::string> through;
            for (const auto& holder : group.holders)
                if (holder != group.top)
                    through.push_back(holder);
            result.psc.push_back(Holding{group.top, group.economic, group.votes, board, through});
        }
    }
    if (result.board.appointer &&
        std::none_of(result.psc.begin(), result.psc.end(), [&](const Holding& h) {
            return h.party == top(*result.board.appointer);
        })) {
        std::vector<std::string> through = result.board.through;
        if (*result.board.appointer != top(*result.board.appointer))
            through.insert(through.begin(), *result.board.appointer);
        result.psc.push_back(Holding{top(*result.board.appointer), 0, 0, true, through});
    }

    // The ultimate controllers of the parties the results name.
    const auto note = [&](const std::string& party) {
        if (top(party) != party &&
            std::none_of(result.ultimate.begin(), result.ultimate.end(),
                         [&](const auto& entry) { return entry.first == party; }))
            result.ultimate.emplace_back(party, top(party));
    };
    for (const auto& matter : result.matters) {
        if (matter.decides_alone)
            note(*matter.decides_alone);
        for (const auto& party : matter.vetoes)
            note(party);
    }
    for (const auto& group : groups)
        note(group.shown());
    if (result.board.appointer)
        note(*result.board.appointer);

    std::vector<std::size_t> evidence = result.deciding;
    evidence.insert(evidence.end(), result.supporting.begin(), result.supporting.end());
    for (const auto index : evidence)
        add_basis(result.basis, result.matters[index].basis);
    result.assumptions = assumption_ids(result.basis);
    return result;
}

const EntityControl* find_entity_control(const std::vector<EntityControl>& tests,
                                         std::string_view entity) {
    for (const auto& control : tests)
        if (control.entity == entity)
            return &control;
    return nullptr;
}

std::vector<EntityControl> control_tests(const Model& full, governance::Date day) {
    const Model on_date = governance::as_of(full, day);
    const auto graph = ownership::graph_on(full, day);
    const auto controls = ownership::control(graph);
    std::vector<std::pair<std::string, std::string>> tops;
    for (std::size_t i = 0; i < graph.parties.size(); ++i)
        if (const auto top = ownership::ultimate_controller(controls[i]))
            tops.emplace_back(graph.parties[i], graph.parties[*top]);
    std::vector<const governance::Right*> devices;
    for (const auto& provision : joint_venture_provisions(full, day).deadlock_devices)
        if (provision.state == PeriodState::in_force)
            devices.push_back(provision.right);
    std::vector<std::string> entities;
    for (const auto& body : on_date.bodies)
        add_unique(entities, body.of);
    std::vector<EntityControl> result;
    for (const auto& entity : entities)
        result.push_back(entity_control(on_date, entity, tops,
                                        entity == full.info.entity
                                            ? devices
                                            : std::vector<const governance::Right*>{}));
    return result;
}

}  // namespace jvgov::analysis
