#include "model/analysis/summary.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"

namespace jvgov::analysis {

using governance::MatterCategory;
using compile::View;
using governance::Model;

StatusMeaning status_meaning(std::string_view given) {
    constexpr std::string_view run_inside = "run-inside-";
    // Spelling-insensitive: "Wound down" reads as "wound-down".
    std::string status;
    for (const char c : given)
        status.push_back(c == ' ' || c == '_' ? '-'
                                              : static_cast<char>(std::tolower(
                                                    static_cast<unsigned char>(c))));
    if (status.empty() || status == "operating" || status == "active" || status == "formed" ||
        status == "listed")
        return {StatusKind::operating, ""};
    if (status == "announced")
        return {StatusKind::announced, ""};
    if (status == "not-formed")
        return {StatusKind::not_formed, ""};
    if (status.starts_with(run_inside) && status.size() > run_inside.size())
        return {StatusKind::run_inside, std::string{given.substr(run_inside.size())}};
    if (status == "shelved")
        return {StatusKind::shelved, ""};
    if (status == "dissolved" || status == "wound-up" || status == "wound-down" ||
        status == "liquidated")
        return {StatusKind::dissolved, ""};
    return {StatusKind::other, ""};
}

bool governance_in_force(StatusKind kind) {
    return kind == StatusKind::operating || kind == StatusKind::other;
}

const governance::Event* status_event(const Model& full, governance::Date day) {
    const std::string status = governance::status_on(full, day);
    const governance::Event* found = nullptr;
    for (const auto& event : full.events)
        if (!event.status.empty() && event.status == status &&
            governance::last_day(event.date, event.precision) <= day)
            found = &event;
    return found;
}

namespace {

int category_rank(MatterCategory category) {
    switch (category) {
    case MatterCategory::strategic:
        return 0;
    case MatterCategory::relevant:
        return 1;
    case MatterCategory::protective:
        return 2;
    }
    return 1;
}

bool unnamed_independent(const GameResult& result, const PartyGroup& group) {
    return result.game.view != View::members && group.players.size() == 1 &&
           result.game.players[static_cast<std::size_t>(group.players.front())].appointer.empty() &&
           group.id.starts_with("independent-");
}

}  // namespace

std::vector<PartyGroup> merged_independent_groups(const GameResult& result) {
    std::vector<PartyGroup> groups;
    for (const auto& group : result.groups) {
        if (!unnamed_independent(result, group)) {
            groups.push_back(group);
            continue;
        }
        auto merged = std::find_if(groups.begin(), groups.end(), [](const PartyGroup& g) {
            return g.id == independents_group_id;
        });
        if (merged == groups.end()) {
            groups.push_back({std::string{independents_group_id},
                              "Independent directors (together)", 0, 0, {}, 0});
            merged = groups.end() - 1;
        }
        merged->players.insert(merged->players.end(), group.players.begin(), group.players.end());
        merged->vote_share += group.vote_share;
    }
    return groups;
}

namespace {

MatterCell cell_of(const GameResult& result, const PartyGroup& group) {
    MatterCell cell;
    cell.banzhaf = summed_banzhaf(result.table, group);
    if (group.vote_share <= 0) {
        cell.role = MatterRole::may_not_vote;
        return cell;
    }
    const auto& game = result.game;
    PlayerSet mask(game.players.size(), false);
    for (const int player : group.players)
        mask[static_cast<std::size_t>(player)] = true;
    PlayerSet others = mask;
    others.flip();
    if (passes_against_float(game, mask))
        cell.role = MatterRole::decides_alone;
    else if (!passes_with_float(game, others))
        cell.role = MatterRole::veto;
    else if (cell.banzhaf > 0)
        cell.role = MatterRole::share;
    else
        cell.role = MatterRole::none;
    return cell;
}

template <typename T>
void add_unique(std::vector<T>& list, const T& value) {
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

std::string row_key(const MatterRow& row) {
    return row.body + "/" + row.matter;
}

std::string row_label(const MatterRow& row) {
    return row.body_name + ": " + row.matter_name;
}

// The economic interests held directly in the model's entity, per holder, on one date.
std::map<std::string, Rational> direct_stakes(const Model& on_date) {
    std::map<std::string, Rational> stakes;
    for (const auto& stake : on_date.stakes)
        if (stake.issuer == on_date.info.entity)
            stakes[stake.holder] += stake.economic;
    return stakes;
}

// The look-through interests of the ultimate holders (not the "other holders" remainders).
std::map<std::string, Rational> look_through(const ControlFacts& facts) {
    std::map<std::string, Rational> result;
    for (const auto& holder : facts.holders) {
        const auto& ultimate = facts.interests.ultimates[holder.ultimate];
        if (!ultimate.remainder)
            result[facts.graph.parties[ultimate.party]] += holder.total;
    }
    return result;
}

// The parties present on either date, those of `after` first (in its order), with their figures.
std::vector<FigureChange> compare(const std::vector<std::string>& order,
                                  const std::map<std::string, Rational>& before,
                                  const std::map<std::string, Rational>& after) {
    std::vector<FigureChange> changes;
    for (const auto& party : order) {
        const auto b = before.find(party);
        const auto a = after.find(party);
        std::optional<Rational> was = b == before.end() ? std::nullopt : std::optional{b->second};
        std::optional<Rational> is = a == after.end() ? std::nullopt : std::optional{a->second};
        if (was != is)
            changes.push_back({party, std::move(was), std::move(is)});
    }
    return changes;
}

// Ids in the order of `first`, then those only in `second` (file order of each).
std::vector<std::string> union_order(const std::vector<std::string>& first,
                                     const std::vector<std::string>& second) {
    std::vector<std::string> order = first;
    for (const auto& id : second)
        add_unique(order, id);
    return order;
}

std::vector<std::string> holder_order(const Model& on_date) {
    std::vector<std::string> order;
    for (const auto& stake : on_date.stakes)
        if (stake.issuer == on_date.info.entity)
            add_unique(order, stake.holder);
    return order;
}

std::vector<std::string> ultimate_order(const ControlFacts& facts) {
    std::vector<std::string> order;
    for (const auto& holder : facts.holders) {
        const auto& ultimate = facts.interests.ultimates[holder.ultimate];
        if (!ultimate.remainder)
            add_unique(order, facts.graph.parties[ultimate.party]);
    }
    return order;
}

bool same_cell(const MatterCell& a, const MatterCell& b) {
    return a.role == b.role && a.banzhaf == b.banzhaf;
}

const MatterRow* find_row(const Matrix& matrix, const std::string& key) {
    for (const auto& row : matrix.rows)
        if (row_key(row) == key)
            return &row;
    return nullptr;
}

std::optional<MatterCell> cell_for(const Matrix& matrix, const MatterRow& row,
                                   const std::string& party) {
    for (std::size_t i = 0; i < matrix.parties.size(); ++i)
        if (matrix.parties[i] == party)
            return row.cells[i];
    return std::nullopt;
}

bool same_overall(const Overall& a, const Overall& b) {
    return a.classification == b.classification && a.parties == b.parties;
}

// The record that stands on `day` for the entity of party record `id`: `id`, or the record
// continuing it (Party::renamed_from) when that started by `day`, and so on. Ids that are no
// party's (a merged group such as "independent") are their own.
std::string record_on(const Model& full, std::string id, governance::Date day) {
    for (bool renamed = true; renamed;) {
        renamed = false;
        for (const auto& party : full.parties) {
            if (party.renamed_from == id && party.period.started_by(day)) {
                id = party.id;
                renamed = true;
                break;
            }
        }
    }
    return id;
}

// `ids`, each replaced by its record on `day` (record_on).
std::vector<std::string> records_on(const Model& full, std::vector<std::string> ids,
                                    governance::Date day) {
    for (auto& id : ids)
        id = record_on(full, id, day);
    return ids;
}

// `figures` keyed by each party's record on `day` (record_on).
std::map<std::string, Rational> records_on(const Model& full,
                                           const std::map<std::string, Rational>& figures,
                                           governance::Date day) {
    std::map<std::string, Rational> result;
    for (const auto& [party, figure] : figures)
        result[record_on(full, party, day)] += figure;
    return result;
}

std::vector<governance::Right> rights_only_in(const Model& in, const Model& other) {
    std::vector<governance::Right> result;
    for (const auto& right : in.rights) {
        const bool there = std::any_of(other.rights.begin(), other.rights.end(),
                                       [&](const governance::Right& r) { return r.id == right.id; });
        if (!there)
            result.push_back(right);
    }
    return result;
}

}  // namespace

Matrix matter_matrix(const VotingPowerFacts& power) {
    Matrix matrix;
    for (const auto& result : power.games) {
        if (!result.game.declared_view)
            continue;
        for (const auto& group : merged_independent_groups(result)) {
            if (std::find(matrix.parties.begin(), matrix.parties.end(), group.id) ==
                matrix.parties.end()) {
                matrix.parties.push_back(group.id);
                matrix.party_names.push_back(group.name);
            }
        }
    }
    for (const auto& result : power.games) {
        if (!result.game.declared_view)
            continue;
        MatterRow row;
        row.body = result.game.body;
        row.matter = result.game.matter;
        const auto* body = governance::find_body(power.on_date, row.body);
        row.body_name = body != nullptr ? body->name : row.body;
        const auto* matter = governance::find_matter(power.on_date, row.body, row.matter);
        row.matter_name = matter != nullptr ? matter->name : row.matter;
        row.category = matter != nullptr ? matter->category : std::nullopt;
        row.counts_as = row.category.value_or(MatterCategory::relevant);
        row.with_float = result.game.ocean.has_value();
        row.basis = result.basis;
        row.cells.assign(matrix.parties.size(), MatterCell{MatterRole::not_a_player, 0});
        for (const auto& group : merged_independent_groups(result)) {
            const auto at = std::find(matrix.parties.begin(), matrix.parties.end(), group.id);
            row.cells[static_cast<std::size_t>(at - matrix.parties.begin())] =
                cell_of(result, group);
        }
        matrix.rows.push_back(std::move(row));
    }
    std::stable_sort(matrix.rows.begin(), matrix.rows.end(),
                     [](const MatterRow& a, const MatterRow& b) {
                         return category_rank(a.counts_as) < category_rank(b.counts_as);
                     });
    return matrix;
}

Changes changes_between(const VotingPowerFacts& before_power, const ControlFacts& before_control,
                        const VotingPowerFacts& after_power, const ControlFacts& after_control) {
    // A party renamed in between is one entity: its figures and roles on the earlier date are
    // compared under the record that stands for it on the later date.
    const Model& full = after_power.full;
    const governance::Date day = after_power.day;
    Changes changes;
    changes.since = before_power.day;
    changes.status_before = before_power.on_date.info.status;
    changes.status_after = after_power.on_date.info.status;
    for (const auto& party : full.parties)
        if (!party.renamed_from.empty() && party.period.from &&
            changes.since < *party.period.from && *party.period.from <= day)
            changes.renamings.push_back({party.renamed_from, party.id, *party.period.from});
    changes.stakes = compare(union_order(holder_order(after_power.on_date),
                                         records_on(full, holder_order(before_power.on_date), day)),
                             records_on(full, direct_stakes(before_power.on_date), day),
                             direct_stakes(after_power.on_date));
    changes.look_through =
        compare(union_order(ultimate_order(after_control),
                            records_on(full, ultimate_order(before_control), day)),
                records_on(full, look_through(before_control), day), look_through(after_control));

    Matrix before = matter_matrix(before_power);
    before.parties = records_on(full, std::move(before.parties), day);
    const Matrix after = matter_matrix(after_power);
    for (const auto& row : after.rows) {
        const MatterRow* was = find_row(before, row_key(row));
        if (was == nullptr) {
            changes.matters_added.push_back(row_label(row));
            continue;
        }
        for (const auto& party : union_order(after.parties, before.parties)) {
            const auto a = cell_for(after, row, party);
            const auto b = cell_for(before, *was, party);
            if (a.has_value() != b.has_value() || (a && b && !same_cell(*a, *b)))
                changes.roles.push_back({row.body_name, row.matter_name, party, b, a});
        }
    }
    for (const auto& row : before.rows)
        if (find_row(after, row_key(row)) == nullptr)
            changes.matters_removed.push_back(row_label(row));

    std::vector<std::string> entities;
    for (const auto& control : after_control.tests)
        add_unique(entities, control.entity);
    for (const auto& control : before_control.tests)
        add_unique(entities, record_on(full, control.entity, day));
    const auto overall = [&](const ControlFacts& facts,
                             const std::string& entity) -> std::optional<Overall> {
        for (const auto& control : facts.tests)
            if (record_on(full, control.entity, day) == entity) {
                Overall result = control.overall;
                result.parties = records_on(full, std::move(result.parties), day);
                return result;
            }
        return std::nullopt;
    };
    for (const auto& entity : entities) {
        const auto b = overall(before_control, entity);
        const auto a = overall(after_control, entity);
        if (a.has_value() != b.has_value() || (a && b && !same_overall(*a, *b)))
            changes.control.push_back({entity, b, a});
    }

    changes.rights_started = rights_only_in(after_power.on_date, before_power.on_date);
    changes.rights_ended = rights_only_in(before_power.on_date, after_power.on_date);
    for (const auto& event : after_power.full.events) {
        const auto happened = governance::last_day(event.date, event.precision);
        if (before_power.day < happened && happened <= after_power.day)
            ++changes.events;
    }
    return changes;
}

SummaryFacts summary_facts(const VotingPowerFacts& power, const ControlFacts& control,
                           std::optional<Changes> changes) {
    SummaryFacts facts{power.full, power.day, power.on_date.info.status, {}, nullptr, {}, {},
                       {},         {},        {},                        std::move(changes)};
    facts.meaning = status_meaning(facts.status);
    for (const auto& tests : control.tests)
        if (tests.entity == power.full.info.entity)
            facts.control = &tests;
    Matrix matrix = matter_matrix(power);
    facts.parties = std::move(matrix.parties);
    facts.party_names = std::move(matrix.party_names);
    facts.matters = std::move(matrix.rows);
    if (facts.control != nullptr) {
        facts.assumptions = facts.control->assumptions;
        facts.scenarios = scenario_outcomes(power.full, power.day, *facts.control);
    }
    for (const auto& row : facts.matters)
        for (const auto& id : assumption_ids(row.basis))
            add_unique(facts.assumptions, id);
    for (const auto& right : power.on_date.rights) {
        const auto& counterparties = right.counterparties;
        if (right.kind == governance::RightKind::operational_control &&
            std::find(counterparties.begin(), counterparties.end(), power.full.info.entity) !=
                counterparties.end())
            facts.operational_control.push_back(right);
    }
    return facts;
}

}  // namespace jvgov::analysis
