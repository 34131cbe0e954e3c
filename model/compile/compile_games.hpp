// The compiler from governance to games: for each decision body of the model's entity and each
// matter of that body, the simple game its rule defines (design.md §5).
//
// The caller applies governance::as_of first: the players of a members' meeting are the holders
// of the stakes present in the model (several stakes of one holder are summed).
//
// Members' meeting (one view, View::members): the voters of compile::member_voters over
// governance::adjusted_votes(model, entity, matter): one player per party casting votes (a
// holder, or the party directing a holder's votes), in file order of the stakes; weights are the
// adjusted votes (after share classes, multiple votes, suspensions and caps) scaled to integers
// by the lcm of their denominators (exact). The threshold is taken over the total of those
// weights, i.e. over the votes cast by the members in the model ("of the votes of the members").
// Dispersed holders are no players (below).
// Voting pools make the vote a composite game (compile::members_vote): a pool's votes count as a
// whole for a coalition when the pool's own rule wins on the coalition's members in it.
//
// Dispersed float (CompiledGame::ocean): the votes of the holders marked dispersed
// (governance::Party::dispersed) and the unallocated remainder of the entity's votes
// (governance::IssuerVotes::remainder, when positive; turnout 100%), both as adjusted votes,
// are an ocean of many small holders, none of them a player. Each part casts its votes times
// its turnout; all majors' votes are cast. Then, with W_i the majors' weights and H half the
// float's votes cast (one integer scale for both), `total` = sum W_i + 2H (the votes cast) and
// `quota` is the threshold's quota of that total, and `game` is the *limit game among the
// majors*: the weighted game [quota - H; W_i], i.e. a coalition of majors wins when its votes
// plus half of the float's (the float splitting evenly, as its many holders do on average)
// reach the quota. This is the deterministic game the explanations, vetoes, dummies and
// indirect power see; the power indices of an oceanic game are not those of this game but the
// oceanic limits (power/oceanic.hpp: Milnor-Shapley, Dubey-Shapley), computed from `ocean` by
// the analysis. A rule with a dispersed float supports only the vote and exclusions: a
// unanimous rule, a double majority, a quorum, a casting vote, a consent or a voting pool beside
// a float is a CompileError, and so is a float whose half alone reaches the quota.
//
// Board, two views. Observer seats (SeatGroup::observer) are never players. Each director
// casts its group's `votes` (SeatGroup::votes, 1 by default).
// - View::individual: one player per voting seat with its director's votes, in seat-group
//   order; a named director is the player (id = director id, name = that party's name), an
//   unnamed seat is "<appointer>-<k>" (k numbers the appointer's voting seats from 1 across its
//   groups, named ones included; "independent-<k>" for seats without an appointer).
// - View::bloc (the two-tier view): directors vote with their appointer; one player per
//   appointer (at its first seat) with weight = the sum of its directors' votes (independent
//   seats stay individual players).
// A seat group with `vote_as_appointer` set votes that way in both views (true: its directors
// join their appointer's player; false: each stays a player); the views differ only in the
// groups that follow the body's setting. Every board is compiled in both views;
// CompiledGame::declared_view marks the one the model declares (Body::directors_vote_as_bloc),
// in which every group votes as the model says.
//
// Rules, all compiled exactly, as an AllOf of parts in this order:
// - the vote: a weighted game; quota = games::quota_more_than / quota_at_least of the total, or
//   the total for unanimity (every player with positive weight).
// - the casting vote (Body::casting_vote; only when the threshold is "more than 1/2", the total
//   is even and the chair is a player entitled to vote): the vote becomes
//   AnyOf{vote, AllOf{[total/2; weights], consent_of(chair)}}: a tie with the chair wins. On a
//   board in the bloc view the chair's appointer holds it. (Equivalently the weighted game with
//   doubled weights, the chair's weight plus one and quota total+1; tests check both agree.)
// - `count` (double majority): the same threshold rule by head, one vote per player entitled to
//   vote (members), or per voting seat (board, both views: directors are counted by head).
// - the quorum (board and members): in the a-priori model the coalition is the set of voters
//   present and voting yes, the others abstain by absence; so the coalition itself must meet the
//   quorum: enough voting directors by head (board) or votes (members) present, and at least one
//   director of each `required_present` appointer (the weighted game giving 1 to its directors with
//   quota 1; consent_of the appointer in the bloc view). The alternative reading (others present
//   and voting no, so the quorum never binds a coalition) is not compiled.
// - consents: a members' meeting: consent_of(party). A board: a majority of the party's
//   directors by head (more than half of its voting seats) in the individual view;
//   consent_of(appointer) in the bloc view.
// - `excluded` parties (conflicts): they stay listed as players with weight 0 in every part;
//   every threshold and the quorum is taken over the votes (seats) of the players entitled to
//   vote ("of the votes of the members entitled to vote"); a required-present appointer that is
//   excluded is not required.
//
// Every matter of a body is compiled (its default matter marked is_default); a body with no
// matters gives none. Bodies of other entities are not compiled.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/exact/errors.hpp"
#include "model/exact/rational.hpp"
#include "model/games/simple_game.hpp"
#include "model/governance/model.hpp"

namespace jvgov::compile {

enum class View { members, individual, bloc };

// "members", "individual", "bloc".
std::string view_name(View view);
// The view named by view_name(), or nullopt.
std::optional<View> parse_view(std::string_view text);

struct CompiledPlayer {
    std::string id;            // party id, director id, "<appointer>-<k>" or appointer id
    std::string name;          // display name
    std::string appointer;     // board players: the appointing party (empty for independents)
    exact::Rational economic;  // stake in the entity (a director's: its appointer's)
    exact::Rational voting;
    bool entitled_to_vote = true;  // false for excluded parties (and their directors)
    // Its weight in the vote: a member's votes (scaled), a director's votes, the sum of an
    // appointer's directors' votes; 0 when it may not vote.
    std::int64_t votes = 0;
};

// The rule as compiled, as values (report/rule_wording says it in words). Votes are the players'
// weights in the vote: whole votes of a members' meeting, directors' votes of a board (one per
// seat unless the seat groups say otherwise); `total` counts the votes of the players entitled
// to vote, `heads` the members (directors) entitled to vote by head.
struct CompiledRule {
    governance::Threshold threshold;  // of the vote
    std::int64_t quota = 0;           // of `total`
    std::int64_t total = 0;
    std::int64_t heads = 0;
    std::vector<std::string> excluded;  // parties that may not vote (ids, rule order)
    // The player holding the casting vote when it applies: a tie (total / 2) wins with it.
    std::optional<int> casting_vote;

    // The double majority: the same kind of threshold by head (members or directors).
    struct HeadCount {
        governance::Threshold threshold;
        std::int64_t quota = 0;
        std::int64_t heads = 0;
    };

    std::optional<HeadCount> count;

    // The quorum the coalition itself must meet: `quota` of `of` (of `total` votes for a
    // members' meeting, of `heads` voting directors for a board).
    struct Quorum {
        governance::Threshold threshold;
        std::int64_t quota = 0;
        std::int64_t of = 0;
    };

    std::optional<Quorum> quorum;
    std::vector<std::string> required_present;  // appointers (members) that must be present

    // A consenting party; in the individual view of a board, a majority (`majority` of its
    // `seats` directors) gives the consent; 0 and 0 otherwise.
    struct Consent {
        std::string party;
        std::int64_t majority = 0;
        std::int64_t seats = 0;
    };

    std::vector<Consent> consents;
};

// The dispersed float of a members' meeting (see the header comment).
struct Ocean {
    struct Part {
        std::string party;  // a dispersed holder; empty for the unallocated remainder
        exact::Rational voting;   // its voting interest in the entity
        exact::Rational turnout;  // the share of it cast at a meeting (1 for the remainder)
    };

    std::vector<Part> parts;  // dispersed holders in file order, then the remainder
    exact::Rational voting;   // the float's voting interest: sum of the parts'
    exact::Rational cast;     // the float's votes cast: sum of voting * turnout (> 0)
    std::int64_t votes = 0;   // `cast` on the scale of the players' weights (2H, even)
};

struct CompiledGame {
    std::string body;
    std::string matter;
    bool is_default = false;  // the body's default rule (covers matters not listed)
    View view = View::members;
    bool declared_view = true;  // the view the model declares for this body
    std::vector<CompiledPlayer> players;
    games::SimpleGame game;  // players named by CompiledPlayer::id, same order
    CompiledRule rule;       // what `game` encodes
    // A members' meeting with a dispersed float: the float; `game` is then the limit game
    // among the majors and rule.total counts the float's votes.
    std::optional<Ocean> ocean;
};

// A body or matter that cannot be compiled. The message names the body and matter:
// "body 'board', matter 'x': <problem>".
class CompileError : public InputError {
  public:
    using InputError::InputError;
};

// Every game of the model's entity: bodies in file order; for each, its matters in file order;
// for a board, the individual view then the bloc view of each matter.
// Throws InputError as governance::adjusted_votes does (a cap of the votes cast that cannot be
// met, a holder in two pools on one matter). Throws CompileError when: a members' meeting has no
// holder of a positive voting interest; a board has no voting seat; every voter is excluded; a consenting or excluded party, a required-present
// appointer or the chair of a body with a casting vote is not a player (or appointer) of the
// body; voting interests need weights beyond int64 / 1024; a game is improper (a coalition and its
// complement both win, e.g. "at least 50%" with an even split). Properness is proved from the
// structure (a weighted part with 2q > total in an AllOf, or a majority with a casting vote),
// else by enumeration up to 25 players, else (a single weighted game of total weight up to 2^26)
// by subset sums; a game none of these can settle is reported as an error too.
std::vector<CompiledGame> compile_games(const governance::Model& model_on_date);

// One matter of one body in one view (View::members for a members' meeting). Same rules and
// errors as compile_games; also throws CompileError when the view does not fit the body kind or
// the matter is not of the body.
CompiledGame compile_matter(const governance::Model& model_on_date, const governance::Body& body,
                            const governance::Matter& matter, View view);

}  // namespace jvgov::compile
