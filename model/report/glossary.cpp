#include "model/report/glossary.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace jvgov::report {

namespace {

struct Term {
    std::string_view name;
    std::vector<std::string_view> words;  // lower case: any of them means the term is used
    std::string_view definition;
};

// The definitions follow the usual textbook wording (Felsenthal and Machover, "The Measurement
// of Voting Power", 1998, for the power indices; IFRS 10, IFRS 11 and IAS 28 and the EU
// Consolidated Jurisdictional Notice for control).
const std::array<Term, 20>& terms() {
    static const std::array<Term, 20> all = {{
        {"Economic interest", {"economic interest", "economic"},
         "a holder's share of the profits and value of a company."},
        {"Voting interest", {"voting interest"},
         "a holder's share of the votes in a company's members' or shareholders' meeting."},
        {"Look-through interest", {"look-through"},
         "a holder's economic interest in the entity counted through every chain of stakes: the "
         "percentages are multiplied along each chain, and the chains are added up."},
        {"Ultimate holder", {"ultimate holder"},
         "a party at the top of the ownership chains of the model: no party in the model holds a "
         "stake in it."},
        {"Quorum", {"quorum"}, "the attendance a meeting needs before it can decide."},
        {"Winning coalition", {"coalition"},
         "a group of voters whose votes together carry a decision under the rule."},
        {"Minimal winning coalition", {"minimal winning"},
         "a winning coalition that loses if any one of its members leaves."},
        {"Veto player", {"veto"},
         "a voter without whom no decision passes: it belongs to every winning coalition, so it "
         "can block alone."},
        {"Dummy", {"dummy", "dummies"},
         "a voter whose vote never changes the outcome: every winning coalition that contains it "
         "still wins without it. Its voting power is 0, whatever its share of the votes."},
        {"Dictator", {"dictator"},
         "a voter who decides alone: a group of voters wins exactly when it contains this voter."},
        {"Banzhaf index", {"banzhaf"},
         "how often a voter is decisive (its leaving turns a winning coalition into a losing "
         "one), counted over all coalitions; the normalised index divides these counts by their "
         "total, so that the voters' indices add up to 1."},
        {"Penrose index", {"penrose"},
         "the probability that a voter is decisive when every other voter votes yes or no with "
         "equal chance and independently: its Banzhaf count divided by the number of coalitions "
         "of the other voters."},
        {"Shapley–Shubik index", {"shapley"},
         "the share of all the orders in which the voters could join, one by one, in which this "
         "voter's vote is the one that first makes the coalition win."},
        {"Deegan–Packel index", {"deegan"},
         "each minimal winning coalition counts equally and shares its count equally among its "
         "members; a voter's index is the sum of its shares."},
        {"Public good index", {"public good"},
         "the number of minimal winning coalitions a voter belongs to, divided by the same "
         "number summed over all voters."},
        {"Johnston index", {"johnston"},
         "like the normalised Banzhaf index, but a voter decisive in a coalition with k decisive "
         "voters counts 1/k there."},
        {"Sole control", {"sole control"},
         "one party can alone decide a company's strategic decisions (budget, business plan, "
         "senior management); negative sole control: one party can alone block them."},
        {"Joint control", {"joint control"},
         "two or more parties must all agree on a company's strategic decisions, so that each of "
         "them can block those decisions (IFRS 11; the EU Consolidated Jurisdictional Notice)."},
        {"De facto control", {"de facto"},
         "control without a majority of the votes by right: for example a holder who wins the "
         "votes actually cast because the other holders are dispersed and do not all vote."},
        {"Significant influence", {"significant influence"},
         "the power to take part in a company's policy decisions without controlling them, "
         "alone or jointly; presumed from 20% of the votes (IAS 28)."},
    }};
    return all;
}

}  // namespace

doc::Blocks glossary(const doc::Blocks& report) {
    std::string text;
    for (const auto& block : report) {
        for (const char c : doc::to_markdown(block)) {
            if (c == '*')
                continue;
            text += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        text += '\n';
    }
    std::vector<doc::Inlines> items;
    for (const auto& term : terms()) {
        const bool used = std::any_of(term.words.begin(), term.words.end(), [&](auto word) {
            return text.find(word) != std::string::npos;
        });
        if (used) {
            items.push_back({doc::strong({doc::markup(term.name)}), doc::markup(": "),
                             doc::markup(term.definition)});
        }
    }
    if (items.empty())
        return {};
    return {doc::heading(2, {doc::markup("Glossary")}),
            doc::paragraph({doc::markup("The terms of this report, in plain words.")}),
            doc::bullet_list(std::move(items))};
}

}  // namespace jvgov::report
