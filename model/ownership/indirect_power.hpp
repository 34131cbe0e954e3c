// Indirect voting power: each ultimate holder's power over one decision of the JV, by composing
// the JV's game with the games inside its corporate members ("a member's vote follows its own
// governance"; Shapley's compound games).
//
// Expansion. Each player of the JV game that is a party of the model is replaced by the game
// that decides its vote, recursively:
// (a) the party has a board (the first body of kind board of that party, file order): the
//     board's default matter (else its first matter; else, when the board has no matter, the
//     assumed rule "more than half of the seats", marked VoteStep::assumed_rule) compiled in the
//     bloc view (compile::compile_matter, View::bloc: one player per appointer weighted by its
//     seats; independent seats stay individual players);
// (b) else, when stakes are held in the party (economic or voting): the game "more than half of
//     all its votes cast" (compile::members_vote) of its voters (compile::member_voters over
//     governance::adjusted_votes(model, party), the general votes: holders with positive adjusted
//     votes, a directed holder's votes cast by the party directing them, pools voting by their
//     rule) but its dispersed float (dispersed holders at their turnout, and the unallocated
//     remainder of the adjusted votes): the float is no player; the majors play the limit game
//     in which half of the float's votes cast are counted for (Dubey and Shapley's oceanic
//     limit, as compile_games builds it). When no major is left, or half the float alone
//     reaches the threshold, the float decides: the party is an ultimate player
//     (VoteStep::float_decides); a party whose votes are all suspended votes for itself, as in
//     (c);
// (c) else (no holders and no board) it is an ultimate player: it votes for itself.
// A party reached again on the current path (a cycle of holdings or appointments) is cut: it
// is an ultimate player there, and the cut is reported. Players of the JV game that are not
// parties (independent seats "independent-<k>") are ultimate players.
//
// Composition: a coalition S of ultimate players wins iff the set of JV players whose internal
// games S wins (evaluated bottom-up: an internal player wins iff S wins its own internal game)
// is winning in the JV game. The same party reached along several paths is the same ultimate
// player.
//
// Method: exact when the composed game has at most IndirectOptions::max_exact_players ultimate
// players (default 20: 2^20 coalitions enumerated in well under a second): normalised Banzhaf
// and Shapley-Shubik as exact fractions from power::compute_power on a winning predicate.
// When a dispersed float takes part (the JV's own members' meeting or a holding's holders), the
// Banzhaf index is that of the composed limit games (Dubey and Shapley: half of every float
// votes for), and the Shapley-Shubik index is Milnor and Shapley's oceanic value of the composed
// game: each ultimate player arrives at a uniform time t, a share t of every float having
// arrived by then (exact: power::oceanic_power when the JV's own vote is the only one beside a
// float and its players are ultimate players; else by enumerating the coalitions with
// power::arrival_integrals, for at most 16 ultimate players, none given beyond). Beyond
// max_exact_players, Monte Carlo (power::estimate_power) with the options' seed and sample
// count: estimates with 95% confidence intervals (no Shapley-Shubik estimate with a float).
// Beyond 64 ultimate players, a JV game that is a single weighted game whose players are each
// their own ultimate player (no float) is its own composed game: exact, from the weighted dynamic
// programming; any other composed game beyond 64 is refused. Cost of one evaluation: linear in the size of the
// expansion tree (a party reached along k paths is expanded k times; meant for report-sized
// structures).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/compile/compile_games.hpp"
#include "model/exact/rational.hpp"
#include "model/governance/model.hpp"
#include "model/power/power_table.hpp"

namespace jvgov::ownership {

using exact::Rational;

enum class UltimateKind {
    party,          // a party with no holders and no board, or a party cut at a cycle
    other_holders,  // the unallocated voting remainder of `party` as one bloc: no longer made
                    // (a remainder is a dispersed float); kept as a value of the control JSON
    seat,           // a board player that is not a party (an independent seat)
};

// "party", "other_holders", "seat": the spelling of the control JSON.
std::string_view name(UltimateKind kind);

struct UltimatePlayer {
    UltimateKind kind = UltimateKind::party;
    // party: the party id; other_holders: the id of the party whose remainder it is; seat: the
    // id of the party whose board has the seat.
    std::string party;
    std::string id;         // unique: the party id, "other-holders-of-<party>", "<party>/<seat id>"
    std::string seat_name;  // seat: the seat's display name (CompiledPlayer::name); else empty
};

// One step of how a player of the JV game votes, in the order the expansion takes them (depth
// first: a party's own step, then the steps of the parties that decide its vote).
struct VoteStep {
    enum class Kind {
        cycle_cut,    // `party` is reached again on the path: cut there, it votes for itself
        board,        // `party` votes as its board decides
        holders,      // `party` votes as the holders of more than half of its votes decide
        no_holders,   // `party` has no holders and no board in the model: it votes for itself
        not_a_party,  // the JV player is not a party of the model (a seat): it votes for itself
    };

    // A seat group of the board in the bloc view: an appointer (or an independent seat).
    struct Appointment {
        std::string appointer;  // empty for an independent seat
        std::string seat_name;  // the independent seat's display name
        int seats = 0;          // the appointer's seats
    };

    Kind kind = Kind::no_holders;
    std::string party;        // not_a_party: the JV player's id
    std::string player_name;  // not_a_party: the JV player's display name
    // board: the body, the matter whose rule decides (or none: `assumed_rule`), the game
    // compiled from it in the bloc view, and the appointments of its seats.
    std::string body;
    std::string matter;         // the matter id, empty when `assumed_rule`
    bool assumed_rule = false;  // the board has no matter: "more than half of the seats" assumed
    compile::CompiledGame game;
    std::vector<Appointment> appointments;
    int total_seats = 0;
    // holders: each voter with the adjusted votes it casts (file order); the dispersed float:
    // the dispersed holders with their adjusted votes and the remainder no party in the model
    // holds (possibly 0); and whether the float decides alone (no major, or half of the float's
    // votes cast reach the threshold), `party` then being an ultimate player.
    std::vector<std::pair<std::string, Rational>> holdings;
    std::vector<std::pair<std::string, Rational>> dispersed;
    Rational remainder;
    bool float_decides = false;
};

// How one player of the JV game votes: the steps that decide it.
struct MemberVote {
    std::string player;  // the JV game's player id
    std::vector<VoteStep> steps;
    std::vector<std::string> cycles_cut;  // ids of the parties cut at a cycle below this player
};

enum class IndirectMethod { exact, monte_carlo };

// "exact", "monte_carlo": the spelling of the control JSON.
std::string_view name(IndirectMethod method);

struct IndirectOptions {
    int max_exact_players = 20;
    std::uint64_t samples = 100000;
    std::uint64_t seed = 1;
};

struct IndirectPower {
    std::string body;
    std::string matter;
    compile::View view = compile::View::members;
    std::vector<UltimatePlayer> players;  // first reached first (depth first, JV player order)
    std::vector<MemberVote> votes;        // one per JV player, in the JV game's order
    IndirectMethod method = IndirectMethod::exact;
    std::uint64_t samples = 0;  // Monte Carlo only
    std::uint64_t seed = 0;     // Monte Carlo only
    // One per player. Exact: banzhaf and shapley_shubik set. Monte Carlo: banzhaf_estimate and
    // shapley_shubik_estimate set (value and 95% interval [low, high]).
    std::vector<power::PlayerPower> power;
};

// The indirect power over `jv_game` (a game compiled from `model_on_date`, the model after
// governance::as_of). Throws compile::CompileError when an internal board's rule cannot be
// compiled; InputError when an internal game's voting weights exceed int64, or the
// composed game has more than 64 ultimate players and needs Monte Carlo (coalitions are 64-bit
// sets).
IndirectPower indirect_power(const governance::Model& model_on_date,
                             const compile::CompiledGame& jv_game,
                             const IndirectOptions& options = {});

// The InputError message indirect_power would throw for the composed game's size (more than 64
// ultimate players that are not the JV's own weighted game), or nullopt; computes no power (jvgov
// check foresees what jvgov report refuses). Throws what indirect_power throws while composing.
std::optional<std::string> indirect_power_refusal(const governance::Model& model_on_date,
                                                  const compile::CompiledGame& jv_game);

// The index of the ultimate player with this id, or nullopt.
std::optional<std::size_t> find_ultimate(const IndirectPower& result, const std::string& id);

// The id an ultimate player of this kind gets (see UltimatePlayer::id).
std::string ultimate_id(UltimateKind kind, const std::string& party, const std::string& seat = {});

}  // namespace jvgov::ownership
