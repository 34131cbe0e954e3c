#include "model/report/basis_wording.hpp"
#include "model/report/voting_power_report.hpp"

#include "model/analysis/summary.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "model/exact/rational.hpp"
#include "model/games/coalition.hpp"
#include "model/games/simple_game.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/governance/registry.hpp"
#include "model/load/output_names.hpp"
#include "model/report/control_tests_report.hpp"
#include "model/report/csv_tables.hpp"
#include "model/report/document.hpp"
#include "model/report/glossary.hpp"
#include "model/report/explanation.hpp"
#include "model/report/power_sections.hpp"
#include "model/report/rule_wording.hpp"
#include "model/report/voting_power_charts.hpp"
#include "model/report/voting_power_json.hpp"
#include "model/report/game_titles.hpp"
#include "model/report/vote_wording.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {

namespace {

using analysis::GameResult;
using analysis::PartyGroup;
using analysis::player_vote_share;
using analysis::summed_banzhaf;
using compile::CompiledGame;
using compile::View;
using governance::Date;
using governance::Model;
using governance::Rational;

using doc::Inlines;

// "1/3 (0.3333)"; "—" when the index was not computed.
std::string index_text(const std::optional<Rational>& value) {
    if (!value)
        return "";
    return fraction_text(*value);
}

std::vector<std::string> player_names(const CompiledGame& game, const std::vector<int>& players) {
    std::vector<std::string> names;
    for (const auto player : players)
        names.push_back(game.players[static_cast<std::size_t>(player)].name);
    return names;
}

Inlines markup_line(std::string_view markup) {
    return {doc::markup(markup)};
}

// ---- Sections -----------------------------------------------------------------------------

doc::Blocks title_and_metadata(const Model& full, Date day, const ReportContext& context,
                               const std::string& json_file) {
    Metadata metadata;
    metadata.title = doc::format("Voting power in {} as of {}",
                                 {doc::text(full.info.name),
                                  doc::markup(governance::to_iso_string(day))});
    metadata.facts = {
        as_of_item(full, day),
        doc::format("Status of {} on that date: {}",
                    {doc::text(full.info.name), doc::text(governance::status_on(full, day))}),
    };
    metadata.after_see_also = {
        {doc::markup("JSON: "), doc::link({doc::markup(json_file)}, json_file),
         doc::markup(", the games and indices of this report for programs (schema "),
         doc::code(voting_power_schema), doc::markup(")")},
    };
    return report::title_and_metadata(metadata, context);
}

// The definitions of every index, then `more`.
std::vector<Inlines> index_explanations(const std::vector<std::string>& more) {
    std::vector<Inlines> items;
    for (const auto index : power::reported_indices())
        items.push_back(markup_line(index_explanation(index)));
    for (const auto& item : more)
        items.push_back(markup_line(item));
    return items;
}

doc::Blocks how_to_read() {
    return {
        doc::heading(2, markup_line("How to read this report")),
        doc::paragraph(markup_line(
            "Each decision body votes on each matter by a rule; the rule is compiled into a simple "
            "game (which coalitions of players win) and the power of every player is computed "
            "exactly. Each index is shown as an exact fraction with its decimal value beside it, "
            "e.g. 1/3 (0.3333).")),
        doc::bullet_list(index_explanations({
            "A **veto player** is in every winning coalition: it can block the matter alone. A "
            "**dummy** is never decisive: its vote never changes the outcome. A **dictator** "
            "wins exactly when it votes yes.",
            "**Vote share**: the share of the votes the player casts on the matter: of the "
            "voting interests of the members entitled to vote (members' meeting), or of the "
            "votes of the directors who may vote (on most boards one per seat). Power is "
            "compared with it in the findings: on a board it is the seats, not the stake in the "
            "entity, that vote.",
            "Power differs from the vote share because only the winning coalitions matter: a "
            "40% holder under a 60% threshold may be as powerful as a 20% holder, and a majority "
            "holder may hold all the power.",
            "A board is shown in two **views**: *individual*, one player per director, each "
            "voting on its own; and *bloc*, the directors voting as their appointer tells them "
            "(one player per appointer, weighted by its seats). The model declares which one it "
            "takes as the board's behaviour, and every result uses that one (the summary, the "
            "control report, the explanations); the other is shown after it, titled \"an "
            "alternative reading\", so the two can be compared.",
            "A **quorum** is read strictly: the coalition voting yes must itself meet it, so a "
            "party whose directors must be present can block by staying away (a quorum "
            "requirement works like a consent right).",
            "**Rests on**: each game says which of the model's assumptions its rule, seats and "
            "stakes rest on (or that they are confirmed facts only); the figures are only as "
            "good as those assumptions, and the governance report gives each with its sources.",
        })),
    };
}

// The dispersed float's share of the votes cast on a matter. REQUIRES: game.ocean.
Rational float_share(const CompiledGame& game) {
    Rational cast = game.ocean->cast;
    for (const auto& player : game.players)
        cast += player.entitled_to_vote ? player.voting : Rational{0};
    return game.ocean->cast / cast;
}

// What the players cast on the matter: "votes" of the members, or "seats" of a board; "entitled
// to vote" when a conflicted party may not vote.
std::string votes_word(const CompiledGame& game) {
    const bool excluded =
        std::any_of(game.players.begin(), game.players.end(),
                    [](const compile::CompiledPlayer& player) { return !player.entitled_to_vote; });
    const auto votes = game.view != View::members ? "seats" : game.ocean ? "votes cast" : "votes";
    return fmt::format("{}{}", votes, excluded ? " entitled to vote" : "");
}

// Where the explanation of one player of one game is written, relative to the report.
std::string explanation_link(Date as_of, const CompiledGame& game, int player) {
    return fmt::format(
        "voting-power-explained/{}/{}.md", governance::to_iso_string(as_of),
        load::explanation_stem(game_slug(game), game.players[static_cast<std::size_t>(player)].id));
}

std::vector<Inlines> findings(const GameResult& result, Date as_of) {
    const auto& game = result.game;
    const auto& table = result.table;
    const auto& explained = result.explained;
    // " ([why](file))" after the first finding about a player whose explanation is written.
    std::vector<int> linked;
    const auto why = [&](int player) -> Inlines {
        if (std::find(explained.begin(), explained.end(), player) == explained.end() ||
            std::find(linked.begin(), linked.end(), player) != linked.end())
            return {};
        linked.push_back(player);
        return {doc::markup(" ("),
                doc::link(markup_line("why"), explanation_link(as_of, game, player)),
                doc::markup(")")};
    };
    const auto name_of = [&](int player) {
        return doc::text(game.players[static_cast<std::size_t>(player)].name);
    };
    // The sentence, then the link to the player's explanation.
    const auto with_why = [&](Inlines sentence, int player) {
        return doc::append(sentence, why(player));
    };
    std::vector<Inlines> sentences;
    if (table.dictator && game.ocean) {
        const auto dictator = *table.dictator;
        const bool alone = game.players.size() == 1;
        sentences.push_back(with_why(
            doc::format(
                fmt::format(
                    "{{}} is decisive: with the dispersed float voting half for and half against "
                    "(as its many small holders do on average), {{}}'s {} of the votes cast and "
                    "half of the float's ({}) pass the threshold, while {}; so the side "
                    "{{}} takes wins (Banzhaf index 1 in the oceanic limit).",
                    share_text(player_vote_share(result, dictator)),
                    share_text(float_share(game) / 2),
                    alone ? "the float's half alone does not"
                          : "the others' votes with it do not"),
                {name_of(dictator), name_of(dictator), name_of(dictator)}),
            dictator));
    } else if (table.dictator) {
        const auto dictator = *table.dictator;
        sentences.push_back(with_why(
            doc::format("{} decides alone: a coalition wins exactly when it includes {}.",
                        {name_of(dictator), name_of(dictator)}),
            dictator));
    }
    for (const auto player : table.veto_players) {
        if (table.dictator && *table.dictator == player)
            continue;
        sentences.push_back(with_why(
            doc::format("{} can block this matter alone (a veto player).", {name_of(player)}),
            player));
    }
    for (const auto player : table.dummies) {
        const auto& compiled = game.players[static_cast<std::size_t>(player)];
        if (compiled.entitled_to_vote) {
            sentences.push_back(with_why(
                doc::format("{} is never pivotal: its vote never changes the outcome, although it "
                            "casts {} of the {}.",
                            {name_of(player),
                             doc::markup(share_text(player_vote_share(result, player))),
                             doc::markup(votes_word(game))}),
                player));
        } else {
            sentences.push_back(with_why(
                doc::format("{} may not vote on this matter (excluded for a conflict of interest), "
                            "so it has no power here despite its voting stake of {}.",
                            {name_of(player), doc::markup(share_text(compiled.voting))}),
                player));
        }
    }
    if (table.players.empty() || !table.players.front().banzhaf)
        return sentences;
    for (const auto& group : result.groups) {
        const bool excluded = std::all_of(group.players.begin(), group.players.end(), [&](int p) {
            return !game.players[static_cast<std::size_t>(p)].entitled_to_vote;
        });
        if (excluded)
            continue;  // said above
        const auto banzhaf = summed_banzhaf(table, group);
        const Rational gap = (banzhaf - group.vote_share) * 100;
        const auto link = group.players.size() == 1 ? why(group.players.front()) : Inlines{};
        const bool directors = group.players.size() > 1;
        Inlines sentence =
            directors ? doc::format(fmt::format("{{}}'s {} directors together have a Banzhaf "
                                                "index of",
                                                group.players.size()),
                                    {doc::text(group.name)})
                      : doc::format("{} has a Banzhaf index of", {doc::text(group.name)});
        const auto basis =
            fmt::format("{} share of the {}", directors ? "their" : "its", votes_word(game));
        // The stake in the entity, when it is not the share of the votes cast here.
        const auto stake =
            group.voting == group.vote_share
                ? std::string{}
                : fmt::format(" ({} voting stake in the entity is {})",
                              directors ? "the party's" : "its", share_text(group.voting));
        if (gap == 0) {
            sentence.push_back(doc::markup(
                fmt::format(" {}, equal to {}{}.", share_text(banzhaf), basis, stake)));
        } else {
            sentence.push_back(doc::markup(fmt::format(
                " {}, {} percentage points {} {}, {}{}.", share_text(banzhaf),
                points_text(gap > 0 ? gap : Rational{-gap}), gap > 0 ? "above" : "below", basis,
                share_text(group.vote_share), stake)));
        }
        sentences.push_back(doc::append(sentence, link));
    }
    return sentences;
}

GameStructure game_structure(const CompiledGame& game, const power::PowerTable& powers) {
    GameStructure structure;
    structure.veto_players = player_names(game, powers.veto_players);
    structure.dummies = player_names(game, powers.dummies);
    if (powers.dictator)
        structure.dictator = game.players[static_cast<std::size_t>(*powers.dictator)].name;
    if (powers.minimal_winning_list) {
        std::vector<std::vector<std::string>> coalitions;
        for (const auto coalition : *powers.minimal_winning_list)
            coalitions.push_back(player_names(game, games::members(coalition)));
        structure.minimal_winning = std::move(coalitions);
    } else if (powers.minimal_winning_coalitions) {
        structure.minimal_winning_count = powers.minimal_winning_coalitions->str();
    }
    return structure;
}

// The dispersed float of a members' meeting: who it is, how it is modelled, its Shapley-Shubik
// value as a whole, and the indices it leaves undefined.
Inlines float_line(const Model& model, const GameResult& result) {
    const auto& ocean = *result.game.ocean;
    std::vector<std::string> parts;
    for (const auto& part : ocean.parts) {
        const auto turnout = part.turnout == 1 ? std::string{}
                                               : fmt::format(", turnout {}", share_text(part.turnout));
        parts.push_back(part.party.empty()
                            ? fmt::format("the unallocated {} of the votes (held by no holder in the "
                                          "model{})",
                                          share_text(part.voting), turnout)
                            : fmt::format("{} ({} of the votes{})",
                                          governance::party_name(model, part.party),
                                          share_text(part.voting), turnout));
    }
    const auto& oceanic = *result.oceanic;
    return {
        doc::markup("Dispersed float: "),
        doc::text(join_and(parts)),
        doc::markup(fmt::format(
            " {} modelled as dispersed: many small holders, none of them a player, never voting "
            "as a bloc. The float casts {} of the votes, {} of the votes cast. Banzhaf and "
            "Penrose are the oceanic limits of Dubey and Shapley (1979: each small holder votes "
            "for or against with even odds, so half of the float's votes are for), "
            "Shapley–Shubik that of Milnor and Shapley (1978: the float arrives evenly over "
            "time); the float as a whole has a Shapley–Shubik value of {}. Deegan–Packel, public "
            "good and Johnston are not defined for a dispersed float. The veto players, dummies and "
            "dictator below are those of the oceanic limit (the float splitting evenly); the "
            "control report's tests ask instead whether a holder wins even against the whole "
            "float.",
            ocean.parts.size() == 1 ? "is" : "are", share_text(ocean.cast),
            share_text(float_share(result.game)),
            fraction_text(oceanic.ocean_shapley_shubik)))};
}

// The control report of the same date among the related reports ("control.md#who-controls-it"),
// or "" when the report has none (a report written alone).
std::string control_conclusion_link(const ReportContext& context) {
    for (const auto& related : context.related) {
        if (related.file.starts_with("control") && related.file.ends_with(".md"))
            return related.file + "#who-controls-it";
    }
    return "";
}

doc::Blocks game_section(const Model& model, const GameResult& result, Date as_of,
                         const ReportChart& chart, const std::string& control_link) {
    const auto& game = result.game;
    const auto& powers = result.table;
    doc::Blocks blocks = {doc::heading(2, {doc::text(game_title(model, game))})};

    std::vector<Inlines> facts = {
        {doc::markup("Rule: "), doc::text(rule_in_words(model, game))},
        {doc::markup(game.ocean ? "As a game among the major holders (the float counted half "
                                  "for, half against): "
                                : "As a game: "),
         doc::code(games::describe(game.game))},
    };
    if (game.ocean)
        facts.push_back(float_line(model, result));
    if (game.is_default)
        facts.push_back(
            markup_line("The body's default rule: it covers the matters not listed separately."));
    if (const auto* matter = governance::find_matter(model, game.body, game.matter)) {
        const Inlines control_report = {doc::markup("the control report")};
        Inlines line = {doc::markup("Category: " + category_text(matter->category) + " (")};
        if (control_link.empty())
            doc::append(line, control_report);
        else
            line.push_back(doc::link(control_report, control_link));
        line.push_back(doc::markup(
            " reads the strategic matters, else the relevant ones, to decide who controls)."));
        facts.push_back(std::move(line));
    }
    facts.push_back({doc::text(rests_on_sentence(result.basis))});
    if (game.view != View::members) {
        const bool bloc = game.view == View::bloc;
        facts.push_back(markup_line(
            game.declared_view
                ? "This is the view the model declares for the board: the summary, the control "
                  "report and the explanations use it."
                : fmt::format(
                      "An alternative reading, not the model's: the model declares the {} view "
                      "(its section above). The two differ because {}.",
                      bloc ? "individual" : "bloc",
                      bloc ? "here an appointer's directors always vote together, so its seats "
                             "count as one block, while in the declared view they may split"
                           : "here each director votes on its own, so an appointer's directors "
                             "may split, while in the declared view its seats count as one "
                             "block")));
    }
    blocks.push_back(doc::bullet_list(std::move(facts)));

    // The main table: vote share, the two classic indices and the player's role; every index
    // and the stakes are in the appendix (all_indices_table).
    std::vector<PowerRow> rows;
    const auto listed = [](const std::vector<int>& list, int player) {
        return std::find(list.begin(), list.end(), player) != list.end();
    };
    for (std::size_t i = 0; i < game.players.size(); ++i) {
        const auto& player = game.players[i];
        const auto& power = powers.players[i];
        const int p = static_cast<int>(i);
        Inlines name = {doc::text(player.name)};
        if (!player.entitled_to_vote)
            name.push_back(doc::markup(" (may not vote)"));
        const std::string role = powers.dictator == p              ? "dictator"
                                 : listed(powers.veto_players, p) ? "veto player"
                                 : listed(powers.dummies, p)      ? "dummy"
                                                                  : "";
        rows.push_back({std::move(name),
                        {share_text(player_vote_share(result, p)), index_text(power.banzhaf),
                         index_text(power.shapley_shubik), role}});
    }
    blocks.push_back(
        power_table("Player", {"Vote share", "Banzhaf", "Shapley–Shubik", "Role"}, rows));
    blocks.push_back(doc::paragraph(markup_line(
        game.view == View::individual
            ? "A director's vote share is its seat. The stakes and the other indices "
              "(Penrose, Deegan–Packel, public good, Johnston) are in the appendix."
            : "The stakes and the other indices (Penrose, Deegan–Packel, public good, Johnston) "
              "are in the appendix.")));
    if (!result.adjusted.empty()) {
        std::vector<Inlines> reasons;
        for (const auto& holder : result.adjusted)
            reasons.push_back({doc::text(adjusted_holder_in_words(model, holder))});
        blocks.push_back(doc::paragraph(markup_line(
            "Votes adjusted by the model's rules on this matter (the voting stake is the share of "
            "the votes the player casts):")));
        blocks.push_back(doc::bullet_list(std::move(reasons)));
    }
    if (!powers.skipped.empty())
        blocks.push_back(doc::paragraph(
            markup_line("Not computed: " + report::join_and(powers.skipped) + ".")));
    blocks.push_back(doc::paragraph({doc::image(chart.alt, chart.link)}));

    StructureWording structure_wording;
    if (game.ocean)
        structure_wording.roles_qualifier =
" (in the oceanic limit)";
    doc::append(blocks, structure_blocks(game_structure(game, powers), structure_wording));

    auto sentences = findings(result, as_of);
    if (!sentences.empty()) {
        blocks.push_back(doc::paragraph(markup_line("Findings:")));
        blocks.push_back(doc::bullet_list(std::move(sentences)));
    }
    return blocks;
}

doc::Blocks summary(const Model& model, const std::vector<GameResult>& results) {
    std::vector<std::string> party_ids;
    doc::Table table;
    table.columns.push_back({markup_line("Body and matter"), Align::left});
    std::vector<std::vector<PartyGroup>> groups;
    for (const auto& result : results)
        groups.push_back(analysis::merged_independent_groups(result));
    bool merged = false;
    for (const auto& game : groups) {
        for (const auto& group : game) {
            merged = merged || group.id == "independent";
            if (std::find(party_ids.begin(), party_ids.end(), group.id) == party_ids.end()) {
                party_ids.push_back(group.id);
                table.columns.push_back({{doc::text(group.name)}, Align::right});
            }
        }
    }
    for (std::size_t g = 0; g < results.size(); ++g) {
        const auto& result = results[g];
        std::vector<Inlines> row = {{doc::text(game_title(model, result.game))}};
        for (const auto& id : party_ids) {
            const auto found =
                std::find_if(groups[g].begin(), groups[g].end(),
                             [&](const PartyGroup& group) { return group.id == id; });
            row.push_back(found == groups[g].end()
                              ? Inlines{}
                              : markup_line(index_text(summed_banzhaf(result.table, *found))));
        }
        row.push_back({doc::text(basis_text(result.basis))});
        table.rows.push_back(std::move(row));
    }
    table.columns.push_back({markup_line("Rests on"), Align::left});
    return {doc::heading(2, markup_line("Summary: Banzhaf index of each party")),
            doc::paragraph(markup_line(
                "One row per body and matter (a board in both views; a party's index on a "
                "board in the individual view is the sum over its directors). \"—\": not "
                "a player of that body. The last column names the model's assumptions each row "
                "rests on." +
                std::string{merged ? " The directors appointed by nobody are summed as "
                                     "\"Independent directors (together)\"; each one's index "
                                     "is in the body's section."
                                   : ""})),
            std::move(table)};
}

// "Power jumps twice as the threshold moves" and the like.
std::string jumps_in_words(std::size_t jumps) {
    switch (jumps) {
        case 0:
            return "The Banzhaf indices stay the same at every threshold";
        case 1:
            return "Power jumps once as the threshold moves";
        case 2:
            return "Power jumps twice as the threshold moves";
        default:
            return fmt::format("Power jumps {} times as the threshold moves", jumps);
    }
}

// Every index of one game, with the players' stakes (the appendix's table).
doc::Block all_indices_table(const GameResult& result) {
    const auto& game = result.game;
    const auto& powers = result.table;
    std::vector<PowerRow> rows;
    for (std::size_t i = 0; i < game.players.size(); ++i) {
        const auto& player = game.players[i];
        const auto& power = powers.players[i];
        Inlines name = {doc::text(player.name)};
        if (!player.entitled_to_vote)
            name.push_back(doc::markup(" (may not vote)"));
        rows.push_back({std::move(name),
                        {share_text(player.voting),
                         share_text(player_vote_share(result, static_cast<int>(i))),
                         index_text(power.banzhaf), index_text(power.penrose),
                         index_text(power.shapley_shubik), index_text(power.deegan_packel),
                         index_text(power.public_good), index_text(power.johnston)}});
    }
    return power_table("Player",
                       {"Voting stake", "Vote share", "Banzhaf", "Penrose",
                        "Shapley–Shubik", "Deegan–Packel", "Public good", "Johnston"},
                       rows);
}

// The appendix: every index of every game, one table per game (also as CSV).
doc::Blocks appendix(const Model& model, const std::vector<GameResult>& results) {
    doc::Blocks blocks = {
        doc::heading(2, markup_line("Appendix: every index of every game")),
        doc::paragraph(markup_line(
            "The full tables behind the sections above: each player's voting stake in the "
            "entity (a director's is its appointer's; the economic stakes are in the governance "
            "report), its share of the votes on the matter, and all six indices."))};
    for (const auto& result : results) {
        blocks.push_back(doc::heading(
            3, {doc::markup("All indices: "), doc::text(game_title(model, result.game))}));
        blocks.push_back(all_indices_table(result));
        blocks.push_back(doc::paragraph({doc::text(rests_on_sentence(result.basis))}));
    }
    return blocks;
}

// Where a matter marked on a body's sweep is decided by a game that adds to the threshold
// (a quorum, a consent...), so the sweep's indices at its quota differ from the matter's own in
// the declared view: "; in its own game, with all its conditions (its section above): A and B
// 5/14 (35.71%) each; ...". Empty when they agree or the threshold is shared by several matters.
Inlines own_game_differs(const std::vector<GameResult>& results, const analysis::BodySweep& body,
                         const analysis::ModelThreshold& threshold) {
    if (threshold.matter_ids.size() != 1)
        return {};
    const auto own = std::find_if(results.begin(), results.end(), [&](const GameResult& r) {
        return r.game.body == body.body && r.game.matter == threshold.matter_ids.front() &&
               r.game.declared_view;
    });
    const auto step = std::find_if(
        body.sweep.steps.begin(), body.sweep.steps.end(), [&](const auto& candidate) {
            return candidate.first_quota <= threshold.quota &&
                   threshold.quota <= candidate.last_quota;
        });
    if (own == results.end() || step == body.sweep.steps.end())
        return {};
    std::vector<std::string> parties;
    std::vector<Rational> indices;
    bool differs = false;
    for (const auto& group : own->groups) {
        const auto found = std::find(body.parties.begin(), body.parties.end(), group.name);
        if (found == body.parties.end())
            return {};
        parties.push_back(group.name);
        indices.push_back(summed_banzhaf(own->table, group));
        differs = differs ||
                  indices.back() != step->banzhaf[static_cast<std::size_t>(found - body.parties.begin())];
    }
    if (!differs)
        return {};
    Inlines words = {doc::markup("; in its own game, with all its conditions (its section "
                                 "above), the Banzhaf indices are: ")};
    doc::append(words, indices_in_words(parties, indices));
    return words;
}

// Power as the threshold moves: per body, where power jumps in words and its chart.
doc::Blocks thresholds_section(const std::vector<GameResult>& results,
                               const std::vector<analysis::BodySweep>& sweeps,
                               const VotingPowerCharts& charts) {
    if (sweeps.empty())
        return {};  // every body faces a dispersed float (no sweep)
    doc::Blocks blocks = {
        doc::heading(2, markup_line("Power as the threshold moves")),
        doc::paragraph(markup_line(
            "Each body's matters use different thresholds. Here each body is taken in its "
            "simplest weighted form (the members' voting stakes as whole votes; on a board, each "
            "appointer's seats) and its Banzhaf indices are computed at every threshold from a "
            "simple majority to unanimity, so you can see where power jumps and where it stays "
            "flat. The charts isolate the threshold: consents, quorum, excluded parties, double "
            "majorities and casting votes are not part of them (the sections above include "
            "them). Every chart and text here and in the example reports marks a threshold at "
            "its quota: the smallest share of all the votes (seats) that meets it, so \"more than "
            "50%\" of 6 seats, which needs 4, is marked at 66.67%."))};
    for (std::size_t b = 0; b < sweeps.size(); ++b) {
        const auto& body = sweeps[b];
        std::vector<Inlines> weights;
        for (std::size_t i = 0; i < body.parties.size(); ++i)
            weights.push_back(
                {doc::text(body.parties[i]), doc::markup(fmt::format(" {}", body.weights[i]))});
        std::vector<Inlines> thresholds;
        for (const auto& threshold : body.thresholds) {
            Inlines item = {doc::markup(fmt::format(
                "{} ({} of {} {}): ", threshold_text(threshold.threshold), threshold.quota,
                body.sweep.total_weight, weight_unit(body)))};
            doc::append(item, doc::join_and(threshold.matters));
            doc::append(item, own_game_differs(results, body, threshold));
            thresholds.push_back(std::move(item));
        }
        blocks.push_back(doc::heading(3, {doc::text(body.body_name)}));
        Inlines weights_line = {doc::markup("Weights: ")};
        doc::append(weights_line, doc::join_parts_and(weights));
        weights_line.push_back(doc::markup(fmt::format(
            " of {} {}. {} from a simple majority to unanimity{}:", body.sweep.total_weight,
            weight_unit(body), jumps_in_words(body.sweep.steps.size() - 1),
            body.sweep.exhaustive
                ? ""
                : fmt::format(" (sampled at {} thresholds: a jump lies between two samples)",
                              body.sweep.evaluated_quotas))));
        blocks.push_back(doc::paragraph(std::move(weights_line)));
        blocks.push_back(doc::bullet_list(threshold_steps(body)));
        if (!thresholds.empty()) {
            blocks.push_back(doc::paragraph(markup_line("The model's thresholds on this body:")));
            blocks.push_back(doc::bullet_list(std::move(thresholds)));
        }
        if (!body.not_marked.empty()) {
            Inlines not_marked = {doc::markup("Not marked: ")};
            doc::append(not_marked, doc::join_and(body.not_marked));
            not_marked.push_back(doc::markup(fmt::format(
                ", where a conflicted party may not vote, so the threshold is taken over the "
                "other parties' {} only (see their sections above).",
                weight_unit(body))));
            blocks.push_back(doc::paragraph(std::move(not_marked)));
        }
        blocks.push_back(
            doc::paragraph({doc::image(charts.sweeps[b].alt, charts.sweeps[b].link)}));
        blocks.push_back(doc::paragraph({doc::text(rests_on_sentence(body.basis))}));
    }
    return blocks;
}

// The markdown of the report, linking its JSON at stem's file name + ".json" and each table's
// CSV (link_tables_as_csv), and the CSV files.
struct Markdown {
    std::string text;
    std::vector<OutputFile> tables;
};

Markdown markdown(const analysis::VotingPowerFacts& facts, const VotingPowerCharts& charts,
                  const ReportContext& context, const std::filesystem::path& stem) {
    const auto& model = facts.on_date;
    auto blocks =
        title_and_metadata(facts.full, facts.day, context, stem.filename().string() + ".json");
    if (context.same_as) {
        // The same analysis as on an earlier date: said once, with a link back, not repeated.
        const auto since = governance::to_iso_string(context.same_as->day);
        blocks.push_back(doc::heading(2, {doc::markup("As on " + since)}));
        blocks.push_back(doc::paragraph(doc::format(
            "Nothing that decides the voting power in {} changed between " + since + " and " +
                governance::to_iso_string(facts.day) +
                ": every body, rule and voting stake, every game and index, every threshold "
                "sweep and the assumptions they rest on are as in {}, the report as of " + since +
                ", which shows and explains each of them. The summary table follows; {} has "
                "every figure as of this date.",
            {doc::text(facts.full.info.name),
             doc::link({doc::markup(context.same_as->file)}, context.same_as->file),
             doc::link({doc::markup(stem.filename().string() + ".json")},
                       stem.filename().string() + ".json")})));
        doc::append(blocks, summary(model, facts.games));
        doc::append(blocks, glossary(blocks));
        auto tables = link_tables_as_csv(blocks, stem);
        return {doc::to_markdown(blocks), std::move(tables)};
    }
    doc::append(blocks, how_to_read());
    for (std::size_t i = 0; i < facts.games.size(); ++i)
        doc::append(blocks, game_section(model, facts.games[i], facts.day, charts.games[i],
                                         control_conclusion_link(context)));
    doc::append(blocks, summary(model, facts.games));
    doc::append(blocks, thresholds_section(facts.games, facts.sweeps, charts));
    doc::append(blocks, appendix(model, facts.games));
    doc::append(blocks, glossary(blocks));
    auto tables = link_tables_as_csv(blocks, stem);
    return {doc::to_markdown(blocks), std::move(tables)};
}

// The explanation of every explained player, at its explanation_link relative to `directory`,
// ending with the command that prints the same text.
std::vector<OutputFile> explanation_files(const analysis::VotingPowerFacts& facts,
                                          const ReportContext& context,
                                          const std::filesystem::path& directory) {
    std::vector<OutputFile> files;
    const auto day = governance::to_iso_string(facts.day);
    for (const auto& explained : facts.explanations) {
        const auto& game = explained.compiled;
        const auto& id = game.players[static_cast<std::size_t>(explained.player)].id;
        const auto command = fmt::format(
            "jvgov explain {} --matter {} --player {}{} --as-of {}", context.model_path,
            game.matter, id,
            game.view == View::members ? "" : " --view " + compile::view_name(game.view), day);
        auto text = render_explanation(facts.on_date, explained, context.model_path);
        text += "\n";
        text += doc::to_markdown(doc::Blocks{doc::paragraph(
            {doc::markup(fmt::format("This explanation is linked from the voting-power report as "
                                     "of {}. The same text on the command line: ",
                                     day)),
             doc::code(command), doc::markup(".")})});
        files.push_back(
            {directory / explanation_link(facts.day, game, explained.player), std::move(text)});
    }
    return files;
}

}  // namespace

std::string render_voting_power_report(const analysis::VotingPowerFacts& facts,
                                       const ReportContext& context,
                                       const std::filesystem::path& stem) {
    return markdown(facts, voting_power_charts(facts, stem), context, stem).text;
}

std::vector<OutputFile> render_voting_power_files(const analysis::VotingPowerFacts& facts,
                                                  const ReportContext& context,
                                                  const std::filesystem::path& stem) {
    const auto charts = voting_power_charts(facts, stem);
    auto rendered = markdown(facts, charts, context, stem);
    std::vector<OutputFile> files = {
        {std::filesystem::path{stem} += ".md", std::move(rendered.text)},
        {std::filesystem::path{stem} += ".json", render_voting_power_json(facts, context)}};
    for (auto& table : rendered.tables)
        files.push_back(std::move(table));
    if (context.same_as)
        return files;  // no section shows a chart or links an explanation
    for (auto& file : explanation_files(facts, context, stem.parent_path()))
        files.push_back(std::move(file));
    for (const auto* group : {&charts.games, &charts.sweeps}) {
        for (const auto& chart : *group)
            files.push_back(chart.file);
    }
    return files;
}

}  // namespace jvgov::report
