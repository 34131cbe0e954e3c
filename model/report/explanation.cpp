#include "model/report/explanation.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/power/explain.hpp"
#include "model/report/document.hpp"
#include "model/report/rule_wording.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using doc::Inlines;

constexpr int decimals = 4;

const std::string& name_of(const compile::CompiledGame& compiled, int player) {
    return compiled.players[static_cast<std::size_t>(player)].name;
}

// "{A, B}": the names of the coalition's players (model text).
Inlines coalition_text(const compile::CompiledGame& compiled, games::Coalition coalition) {
    std::vector<std::string> names;
    for (int i : games::members(coalition))
        names.push_back(name_of(compiled, i));
    Inlines out = {doc::markup("{")};
    doc::append(out, doc::join_texts(names, ", "));
    out.push_back(doc::markup("}"));
    return out;
}

std::string value_text(const exact::Rational& value) {
    return fmt::format("{} ≈ {}", exact::to_fraction_string(value),
                       exact::to_decimal_string(value, decimals));
}

exact::Integer factorial(int n) {
    exact::Integer result = 1;
    for (int k = 2; k <= n; ++k)
        result *= k;
    return result;
}

Inlines markup_line(std::string_view markup) {
    return {doc::markup(markup)};
}

// A table in the style `jvgov explain` has always printed (compact delimiter row).
doc::Table new_table(const std::vector<std::pair<std::string, Align>>& headers) {
    doc::Table table;
    table.delimiters = doc::Table::Delimiters::compact;
    for (const auto& [header, align] : headers)
        table.columns.push_back({markup_line(header), align});
    return table;
}

std::string view_words(const compile::CompiledGame& compiled) {
    switch (compiled.view) {
        case compile::View::members:
            return "members' meeting: one player per member, weighted by its voting interest";
        case compile::View::individual:
            return "board, individual view: one player per seat, each director votes for itself";
        case compile::View::bloc:
            return "board, bloc view: directors vote with the party that appointed them, one "
                   "player per appointer weighted by its seats";
    }
    return {};
}

doc::Blocks game_section(const governance::Model& model, const governance::Body& body,
                         const governance::Matter& matter, const compile::CompiledGame& compiled) {
    doc::Blocks blocks = {doc::heading(2, markup_line("The matter and its rule"))};
    blocks.push_back(doc::bullet_list({
        doc::format("Body: {} ({})", {doc::text(body.name), doc::code(body.id)}),
        doc::format("Matter: {} ({}){}",
                    {doc::text(matter.name), doc::code(matter.id),
                     doc::markup(compiled.is_default ? ", the body's default rule (it covers "
                                                       "matters not listed)"
                                                     : "")}),
        markup_line(fmt::format("View: {}{}", view_words(compiled),
                                compiled.declared_view ? " (the view the model declares)"
                                                       : " (not the view the model declares)")),
        {doc::markup("The rule in words: "), doc::text(rule_in_words(model, compiled))},
    }));
    blocks.push_back(doc::heading(2, markup_line("The game")));
    blocks.push_back(doc::paragraph(
        {doc::markup(fmt::format("As a simple game over {} player{}: ", compiled.players.size(),
                                 compiled.players.size() == 1 ? "" : "s")),
         doc::code(games::describe(compiled.game))}));
    auto table = new_table({{"Player", Align::left},
                            {"Id", Align::left},
                            {"Economic stake", Align::right},
                            {"Voting stake", Align::right},
                            {"Votes on this matter", Align::left}});
    for (const auto& player : compiled.players) {
        table.rows.push_back({{doc::text(player.name)},
                              {doc::code(player.id)},
                              markup_line(exact::to_percent_string(player.economic)),
                              markup_line(exact::to_percent_string(player.voting)),
                              markup_line(player.entitled_to_vote ? "yes" : "no (excluded)")});
    }
    blocks.push_back(doc::Block{table});
    return blocks;
}

// "of the votes" (members' meeting) or "of the directors' votes" (board).
std::string votes_words(const compile::CompiledGame& compiled) {
    return compiled.view == compile::View::members ? "of the votes" : "of the directors' votes";
}

// The player's Banzhaf index beside the share of the votes it casts, and its stakes.
Inlines comparison(const compile::CompiledGame& compiled, int p, const power::PlayerPower& row,
                   const exact::Rational& vote_share) {
    const auto& player = compiled.players[static_cast<std::size_t>(p)];
    std::string words =
        player.entitled_to_vote
            ? fmt::format("For comparison: {{}} casts {} {} on this matter", share_text(vote_share),
                          votes_words(compiled))
            : std::string("For comparison: {} casts no vote on this matter");
    if (row.banzhaf && player.entitled_to_vote) {
        const exact::Rational gap = (*row.banzhaf - vote_share) * 100;
        words += gap == 0 ? fmt::format(", exactly its Banzhaf index")
                          : fmt::format(", and its Banzhaf index, {}, is {} percentage points {} it",
                                        exact::to_percent_string(*row.banzhaf, 2),
                                        points_text(gap > 0 ? gap : exact::Rational{-gap}),
                                        gap > 0 ? "above" : "below");
    }
    words += fmt::format(". Its voting stake in the entity is {} and its economic stake {}.",
                         share_text(player.voting), share_text(player.economic));
    return doc::format(words, {doc::text(player.name)});
}

doc::Blocks power_section(const compile::CompiledGame& compiled, int p,
                          const power::PowerTable& table, const exact::Rational& vote_share) {
    const auto& row = table.players[static_cast<std::size_t>(p)];
    const auto& player = compiled.players[static_cast<std::size_t>(p)];
    doc::Blocks blocks = {doc::heading(2, doc::format("{}'s power", {doc::text(player.name)}))};
    auto values =
        new_table({{"Index", Align::left}, {"Exact", Align::right}, {"Decimal", Align::right}});
    const auto line = [&values](std::string_view index, const std::optional<exact::Rational>& v) {
        if (v) {
            values.rows.push_back({markup_line(index), markup_line(exact::to_fraction_string(*v)),
                                   markup_line(exact::to_decimal_string(*v, decimals))});
        }
    };
    line("Banzhaf (normalised)", row.banzhaf);
    line("Penrose (absolute Banzhaf)", row.penrose);
    line("Shapley-Shubik", row.shapley_shubik);
    blocks.push_back(doc::Block{values});
    if (compiled.ocean) {
        blocks.push_back(doc::paragraph(markup_line(
            "The players face a dispersed float (many small holders, none of them a player): "
            "these values are its oceanic limits (Banzhaf and Penrose after Dubey and Shapley, "
            "1979; Shapley-Shubik after Milnor and Shapley, 1978). The coalitions and orderings "
            "below are those of the game among the major holders in which the float votes half "
            "for and half against.")));
    }
    blocks.push_back(doc::paragraph(comparison(compiled, p, row, vote_share)));
    return blocks;
}

doc::Blocks swings_section(const compile::CompiledGame& compiled, int p,
                           const power::PlayerExplanation& e, const power::PowerTable& table) {
    const int n = static_cast<int>(compiled.players.size());
    const auto name = doc::text(name_of(compiled, p));
    const exact::Integer others = exact::Integer{1} << (n - 1);
    exact::Integer all_swings = 0;
    for (const auto& row : table.players)
        all_swings += row.swings.value_or(0);
    doc::Blocks blocks = {
        doc::heading(2, doc::format("Coalitions in which {} is critical (swings)", {name}))};
    blocks.push_back(doc::paragraph(doc::format(
        fmt::format(
            "{{}} is critical in a coalition when the coalition wins with {{}} and loses without "
            "it. Of the {} coalitions the other {} players can form, {} become winning when {{}} "
            "joins, so its Penrose (absolute Banzhaf) index is {}/{} = {}. All players together "
            "have {} swings, so its normalised Banzhaf index is {}/{} = {}.",
            others.str(), n - 1, e.swing_count.str(), e.swing_count.str(), others.str(),
            value_text(exact::Rational(e.swing_count, others)), all_swings.str(),
            e.swing_count.str(), all_swings.str(),
            all_swings == 0 ? std::string("0")
                            : value_text(exact::Rational(e.swing_count, all_swings))),
        {name, name, name})));
    std::vector<Inlines> items;
    if (e.swing_count == 0) {
        items.push_back(doc::format(
            "none: no coalition of the others turns from losing to winning when {} joins", {name}));
    }
    for (games::Coalition c : e.swing_coalitions) {
        Inlines item = {doc::markup("with "), name, doc::markup(", ")};
        doc::append(item, coalition_text(compiled, c | games::singleton(p)));
        doc::append(item, Inlines{doc::markup(" wins; without "), name, doc::markup(", ")});
        doc::append(item, coalition_text(compiled, c));
        item.push_back(doc::markup(" loses"));
        items.push_back(std::move(item));
    }
    if (!e.listed_all) {
        items.push_back(markup_line(
            fmt::format("... ({} listed of {})", e.swing_coalitions.size(), e.swing_count.str())));
    }
    blocks.push_back(doc::bullet_list(std::move(items)));
    return blocks;
}

doc::Blocks orderings_section(const compile::CompiledGame& compiled, int p,
                              const power::PlayerExplanation& e) {
    const int n = static_cast<int>(compiled.players.size());
    const auto name = doc::text(name_of(compiled, p));
    doc::Blocks blocks = {doc::heading(2, doc::format("Orderings in which {} is pivotal", {name}))};
    blocks.push_back(doc::paragraph(doc::format(
        fmt::format(
            "Let the {} players join one at a time, each of the {}! = {} orders equally likely. "
            "The pivotal player of an order is the one whose arrival first makes the coalition "
            "win. {{}} is pivotal exactly when the players before it form one of its swing "
            "coalitions S: then the |S| players of S can come first in |S|! orders and the other "
            "{} - |S| players after {{}} in ({} - |S|)! orders.",
            n, n, e.total_orderings.str(), n - 1, n - 1),
        {name, name})));
    if (e.listed_all && !e.swing_coalitions.empty()) {
        auto table = new_table({{"Size of S", Align::right},
                                {"Swing coalitions", Align::right},
                                {"Orderings each", Align::right},
                                {"Orderings", Align::right}});
        for (int s = 0; s < n; ++s) {
            const auto count =
                std::count_if(e.swing_coalitions.begin(), e.swing_coalitions.end(),
                              [s](games::Coalition c) { return games::size(c) == s; });
            if (count == 0)
                continue;
            const exact::Integer each = factorial(s) * factorial(n - 1 - s);
            table.rows.push_back(
                {markup_line(fmt::format("{}", s)), markup_line(fmt::format("{}", count)),
                 markup_line(fmt::format("{}! × {}! = {}", s, n - 1 - s, each.str())),
                 markup_line(exact::Integer(each * count).str())});
        }
        blocks.push_back(doc::Block{table});
    }
    blocks.push_back(doc::paragraph(doc::format(
        fmt::format("{{}} is pivotal in {} of the {} orderings: its Shapley-Shubik index is "
                    "{}/{} = {}.",
                    e.pivotal_orderings.str(), e.total_orderings.str(), e.pivotal_orderings.str(),
                    e.total_orderings.str(),
                    value_text(exact::Rational(e.pivotal_orderings, e.total_orderings))),
        {name})));
    return blocks;
}

// One item per minimal winning coalition; those containing player p are marked when `mark`.
std::vector<Inlines> minimal_winning_items(const compile::CompiledGame& compiled,
                                           const std::vector<games::Coalition>& list, int p,
                                           bool mark) {
    std::vector<Inlines> items;
    for (games::Coalition c : list) {
        auto item = coalition_text(compiled, c);
        if (mark && games::contains(c, p))
            doc::append(item, doc::format(" (contains {})", {doc::text(name_of(compiled, p))}));
        items.push_back(std::move(item));
    }
    return items;
}

// The names of the coalition's players: "OpenAI and SoftBank Group", or as a set (`braces`):
// "{OpenAI, SoftBank Group}".
std::string names_text(const compile::CompiledGame& compiled, games::Coalition coalition,
                       bool braces = false) {
    std::vector<std::string> names;
    for (int i : games::members(coalition))
        names.push_back(name_of(compiled, i));
    if (!braces)
        return join_and(names);
    std::string text = "{";
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i == 0 ? "" : ", ") + names[i];
    return text + "}";
}

// The rule's threshold for the words "the rule needs ...": "at least 75%", "every vote".
std::string needs_text(const governance::Threshold& threshold) {
    return threshold.kind == governance::Threshold::Kind::unanimity ? std::string("every vote")
                                                                    : threshold_text(threshold);
}

// Why a coalition wins or loses, condition by condition: the vote always; the other conditions
// when they decide (every condition a winning coalition meets, the ones a losing one misses).
std::string conditions_text(const governance::Model& model, const compile::CompiledGame& compiled,
                            const analysis::CoalitionWitness& witness) {
    const auto& rule = compiled.rule;
    const bool board = compiled.view != compile::View::members;
    std::vector<std::string> met;
    std::vector<std::string> missed;
    std::string vote;
    bool vote_met = false;
    const bool one = games::size(witness.coalition) == 1;
    for (const auto& check : witness.checks) {
        using Part = analysis::RuleCheck::Part;
        std::string clause;
        switch (check.part) {
            case Part::vote: {
                vote = fmt::format("{} {} {}", one ? "it casts" : "together they cast",
                                   share_text(witness.vote_share), votes_words(compiled));
                if (board && check.weight)
                    vote += fmt::format(" ({} of {})", *check.weight, rule.total);
                vote += check.met ? fmt::format(", which meets the {} the rule needs",
                                                needs_text(rule.threshold))
                                  : fmt::format(", and the rule needs {}", needs_text(rule.threshold));
                if (rule.casting_vote)
                    vote += " (a tie is decided by the chair's casting vote)";
                vote_met = check.met;
                continue;
            }
            case Part::head_count:
                clause = fmt::format("the count by head ({} of the {} {} as well)",
                                     needs_text(rule.count->threshold),
                                     board ? "directors" : "members", rule.count->heads);
                if (check.weight)
                    clause += fmt::format(", where {} {}", one ? "it counts" : "they are",
                                          *check.weight);
                break;
            case Part::quorum:
                clause = fmt::format("the quorum ({} of the {} present, {} of {})",
                                     needs_text(rule.quorum->threshold),
                                     board ? "seats" : "votes", rule.quorum->quota, rule.quorum->of);
                if (check.weight)
                    clause += fmt::format(", where {} {}", one ? "it brings" : "they bring",
                                          *check.weight);
                break;
            case Part::present:
                clause = check.met ? fmt::format("the quorum's requirement of a director appointed "
                                                 "by {}",
                                                 governance::party_name(model, check.party))
                                   : fmt::format("the quorum needs a director appointed by {} "
                                                 "to be present, and none is among them",
                                                 governance::party_name(model, check.party));
                break;
            case Part::consent: {
                const auto party = governance::party_name(model, check.party);
                const auto consent = std::find_if(
                    rule.consents.begin(), rule.consents.end(),
                    [&](const auto& c) { return c.party == check.party; });
                const bool by_directors = consent != rule.consents.end() && consent->seats > 0;
                clause =
                    check.met
                        ? fmt::format("the consent of {}", party)
                        : by_directors
                            ? fmt::format("the rule needs the consent of {} (a majority of its "
                                          "directors, {} of {}), which they do not give",
                                          party, consent->majority, consent->seats)
                            : fmt::format("the rule needs the consent of {}, who is not among them",
                                          party);
                break;
            }
        }
        (check.met ? met : missed).push_back(std::move(clause));
    }
    std::string words = vote;
    if (witness.wins) {
        if (!met.empty())
            words += fmt::format("; they also meet {}", join_and(met));
    } else if (!missed.empty()) {
        words += (vote_met ? ", but " : "; and ") + join_and(missed);
    }
    return words;
}

doc::Blocks structure_section(const governance::Model& model,
                              const analysis::ExplanationFacts& facts) {
    const auto& compiled = facts.compiled;
    const int p = facts.player;
    const auto& table = facts.table;
    const auto& player = compiled.players[static_cast<std::size_t>(p)];
    const auto name = doc::text(player.name);
    const bool dummy =
        std::find(table.dummies.begin(), table.dummies.end(), p) != table.dummies.end();
    const bool veto = std::find(table.veto_players.begin(), table.veto_players.end(), p) !=
                      table.veto_players.end();
    Inlines title;
    Inlines words;
    doc::Blocks witness_blocks;
    if (table.dictator == p) {
        title = doc::format("{} is a dictator", {name});
        words = doc::format("A coalition wins exactly when it contains {}: {} decides alone.",
                            {name, name});
    } else if (veto) {
        title = doc::format("Why {} can block it", {name});
        words = doc::format(
            "Every winning coalition contains {}: without {} nothing passes, so {} can block "
            "any decision alone.",
            {name, name, name});
        if (facts.witness) {
            const auto& w = *facts.witness;
            doc::append(words, doc::format(
                                   " The largest coalition without {}, all the other players {}, "
                                   "loses: {}.",
                                   {name,
                                    doc::text(names_text(compiled, w.coalition, true)),
                                    doc::text(conditions_text(model, compiled, w))}));
        }
    } else if (dummy) {
        title = doc::format("Why {} has no power here", {name});
        if (!player.entitled_to_vote) {
            words = doc::format(
                "{} may not vote on this matter (it is excluded: a conflict of interest), so it "
                "counts as a player with no votes. ",
                {name});
        }
        if (facts.witness) {
            const auto& w = *facts.witness;
            const auto others = doc::text(names_text(compiled, w.coalition));
            const auto set = doc::text(names_text(compiled, w.coalition, true));
            const auto why = doc::text(conditions_text(model, compiled, w));
            if (facts.witness_is_veto_players) {
                doc::append(words,
                            doc::format("Every winning coalition contains {} (each holds a veto), "
                                        "and {} already wins without anyone else: {}. So no "
                                        "decision ever needs {}: a coalition that wins with {} "
                                        "contains {} and would win without {} as well.",
                                        {others, set, why, name, name, others, name}));
            } else {
                doc::append(words,
                            doc::format("The smallest coalition that wins without {} is {}: {}. "
                                        "Every winning coalition contains a minimal winning "
                                        "coalition, and none of them contains {} (they are "
                                        "listed below), so a coalition that wins with {} would "
                                        "win without it as well: no decision ever needs {}.",
                                        {name, set, why, name, name, name}));
            }
        } else {
            doc::append(words,
                        doc::format("In no winning coalition is {} needed: every winning "
                                    "coalition that contains {} still wins without it.",
                                    {name, name}));
        }
        doc::append(words,
                    doc::format(fmt::format(" Hence {{}} is critical in no coalition and pivotal "
                                            "in no ordering, and its Banzhaf and Shapley-Shubik "
                                            "values are 0{}.",
                                            player.entitled_to_vote
                                                ? fmt::format(", although it casts {} {}",
                                                              share_text(facts.vote_share),
                                                              votes_words(compiled))
                                                : std::string()),
                                {name}));
    } else {
        title = markup_line("The minimal winning coalitions");
        words = doc::format(
            "{} is neither a dummy nor a veto player: it is needed in some winning coalitions but "
            "not in all.",
            {name});
    }
    doc::Blocks blocks = {doc::heading(2, std::move(title))};
    if (table.minimal_winning_list && table.dictator != p) {
        const auto& list = *table.minimal_winning_list;
        const auto with_p = std::count_if(
            list.begin(), list.end(), [p](games::Coalition c) { return games::contains(c, p); });
        const std::string how_many =
            list.size() == 1 ? (with_p == 1 ? "it contains" : "it does not contain")
            : with_p == static_cast<std::ptrdiff_t>(list.size()) ? "every one contains"
            : with_p == 0                                        ? "none contains"
                          : fmt::format("{} of them contain", with_p);
        doc::append(words,
                    doc::format(fmt::format(" The game has {} minimal winning coalition{} "
                                            "(winning coalitions that lose if any member "
                                            "leaves); {} {{}}:",
                                            list.size(), list.size() == 1 ? "" : "s", how_many),
                                {name}));
        blocks.push_back(doc::paragraph(std::move(words)));
        blocks.push_back(
            doc::bullet_list(minimal_winning_items(compiled, list, p, !dummy && !veto)));
    } else {
        blocks.push_back(doc::paragraph(std::move(words)));
    }
    return blocks;
}

// The title: "Why Oracle Corporation has no power on Tier-2 reserved matters", "Why SoftBank
// Group can block ...", "Why ... decides ... alone", "Where ...'s power on ... comes from".
Inlines title_of(const analysis::ExplanationFacts& facts) {
    const auto& table = facts.table;
    const int p = facts.player;
    const auto listed = [p](const std::vector<int>& list) {
        return std::find(list.begin(), list.end(), p) != list.end();
    };
    const auto name = doc::text(name_of(facts.compiled, p));
    const auto matter = doc::text(facts.matter.name);
    Inlines title = table.dictator == p      ? doc::format("Why {} decides {} alone", {name, matter})
                    : listed(table.veto_players) ? doc::format("Why {} can block {}", {name, matter})
                    : listed(table.dummies)      ? doc::format("Why {} has no power on {}", {name, matter})
                                                 : doc::format("Where {}'s power on {} comes from",
                                                               {name, matter});
    if (facts.declared)
        doc::append(title, markup_line(fmt::format(" ({} view, an alternative reading)",
                                                   compile::view_name(facts.compiled.view))));
    return title;
}

// For a game in a view the model does not declare: the declared view's figure for the same
// party, and why the two differ.
doc::Blocks alternative_section(const governance::Model& model,
                                const analysis::ExplanationFacts& facts) {
    if (!facts.declared)
        return {};
    const auto& declared = *facts.declared;
    const auto party = governance::party_name(model, declared.party);
    const bool bloc_shown = facts.compiled.view == compile::View::bloc;
    const std::string who =
        declared.players == 1
            ? fmt::format("{}'s director", party)
            : fmt::format("{}'s {} directors together", party, declared.players);
    const std::string why =
        bloc_shown
            ? "The two differ because here an appointer's directors always vote together, so "
              "its seats count as one block, while in the declared view they may split, and a "
              "coalition can win with some of them but not all."
            : "The two differ because here each director votes on its own, so an appointer's "
              "directors may split, while in the declared view its seats always count as one "
              "block.";
    return {doc::paragraph(doc::format(
        fmt::format(
            "**An alternative reading.** This explains the {} view; the model declares the {} "
            "view, the one its results use: there {{}} {} a Banzhaf index of {} with {} {}. {}",
            compile::view_name(facts.compiled.view), compile::view_name(declared.view),
            declared.players == 1 ? "has" : "have", share_text(declared.banzhaf),
            share_text(declared.vote_share), votes_words(facts.compiled), why),
        {doc::text(who)}))};
}

}  // namespace

std::string render_explanation(const governance::Model& model_on_date,
                               const analysis::ExplanationFacts& facts,
                               const std::string& model_file) {
    const auto& compiled = facts.compiled;
    const int player = facts.player;
    doc::Blocks blocks = {
        doc::heading(1, title_of(facts)),
        doc::paragraph(doc::format(
            "Model: {}, as of {}.",
            {doc::text(model_file), doc::markup(governance::to_iso_string(facts.day))})),
    };
    doc::append(blocks, alternative_section(model_on_date, facts));
    doc::append(blocks, game_section(model_on_date, facts.body, facts.matter, compiled));
    doc::append(blocks, power_section(compiled, player, facts.table, facts.vote_share));
    doc::append(blocks, swings_section(compiled, player, facts.explanation, facts.table));
    doc::append(blocks, orderings_section(compiled, player, facts.explanation));
    doc::append(blocks, structure_section(model_on_date, facts));
    return doc::to_markdown(blocks);
}

}  // namespace jvgov::report
