// The control tests of law and accounting, applied to every company of a model that has a
// decision body, on one date: who controls it, by which test, with the evidence each test reads
// and the paragraph it applies. The tests read the same compiled games
// (compile/compile_games.hpp) and the same adjusted votes (governance/votes.hpp) as the
// voting-power analysis, and the same control chains (ownership/control.hpp) as the control
// report, so that the reports cannot contradict each other. Nothing here writes sentences; the
// citations are reference data (standard, paragraph, address).
//
// Definitions (one entity X, one date):
// - Groups. A party is counted with everything it controls (ownership::control): the *top* of a
//   party is its ultimate controller, or itself when nobody controls it. A group is the set of
//   game players (or holders) with one top; a board seat with no appointer is a group of its
//   own. A group is named by its one direct party when it has one (OpenAI, even when the model
//   says who controls OpenAI; EntityControl::ultimate gives that controller), else by its top
//   (a parent holding directly and through a subsidiary). Persons with significant control are
//   named by their top. Votes and seats held by X's own group (X's subsidiaries holding X) count
//   for nobody.
// - Matter games. Each matter of each body of X is compiled (compile::compile_matter): the
//   members' view of a members' meeting, the view the model declares for a board (bloc or
//   individual; either way a director's control is its appointer's: a group holds a veto when
//   the others fail without any of its directors). A dispersed float (CompiledGame::ocean) is never a
//   player, and the tests take the float at its least favourable: a group *decides alone*
//   when it passes the matter even with the whole float voting against, and *holds a veto*
//   when the others fail even with the whole float voting with them. Without a float these are
//   the game's dictator and veto players.
// - Categories. A matter's category is Matter::category, untagged counting as relevant. The
//   *deciding matters* of X are its strategic matters when it has any, else its relevant
//   (and untagged) ones; protective matters never decide control.
// - Voting majority (IFRS 10 B35; UK CA 2006 s1162(2)(a)): a group holding more than half of
//   X's general adjusted votes (a directed vote counts for its director; a pooled vote for its
//   own holder).
// - Board majority (UK CA 2006 s1162(2)(b) and Sch 7 para 3; IFRS 10 B15(b)): a group whose
//   appointed directors hold more than half of the directors' votes on X's board (weighted by
//   SeatGroup::votes, observers left out), or exactly half with the chair's casting vote.
// - IFRS 11 para 7 (and B5-B8): sole control by G when G decides every deciding matter alone;
//   joint control by S (two or more groups) when on every deciding matter the veto holders are
//   exactly S and S passes it (unanimous consent of the parties sharing control).
// - EU Consolidated Jurisdictional Notice (paras 54, 62-73): sole control by G when G decides
//   every deciding matter alone; else joint control by the groups holding a veto over at least
//   one deciding matter when they are two or more; negative sole control by G when G is the only
//   group holding such a veto.
// - De facto control (IFRS 10 B41-B46) of the largest organised group H (not dispersed, file
//   order on a tie) with at most half the votes: `outvoting` is the least number of other
//   holders, largest first, whose votes together exceed H's, a dispersed holder counting as
//   holders of 1% each (IFRS 10 B43 example 4: "none individually holding more than 1 per
//   cent") and each dispersed part with its turnout. Outcome: power when H holds more than half
//   of the votes actually cast (a turnout below 100% given in the model: IFRS 10 B42(d)), or
//   when outvoting needs more than `de_facto_many_others` holders or cannot be done (B43
//   example 4); no power when two or fewer suffice (B44 example 6); not conclusive otherwise
//   (B45 example 7: additional facts decide, B46). The French presumption (Code de commerce
//   art. L233-3 I 3 and II): H holds more than 40% and no other group holds more.
// - Significant influence (IAS 28 paras 3 and 5): a group with 20% or more of the votes (the
//   para 5 presumption) that neither controls the entity (the overall sole controller) nor
//   shares joint control of it under IFRS 11 (the parties of `ifrs11` when it finds joint
//   control): para 3 defines significant influence as a power that "is not control or joint
//   control". Joint control found by the Notice alone is not IFRS joint control and does not
//   exclude. Representation on the board below 20% (para 6(a)) is not tested.
// - Persons with significant control (UK CA 2006 Sch 1A paras 2-4, 9, 18): a top holding, alone
//   or through the entities it controls (a majority stake), more than 25% of the shares
//   (economic interests), more than 25% of the votes, or the right to appoint or remove a
//   majority of the board.
// - Classification, in this order: sole control by the group deciding the deciding matters
//   alone; joint control (IFRS 11, else the Notice's); negative sole control; sole control by de
//   facto power; sole control by a board majority, else a voting majority, when X has no
//   deciding matter (appointment first, as in ownership/control.hpp); else no controlling party.
// - Deadlock (per matter game, every category): two or more groups hold a veto and none decides
//   alone; the deadlock devices of the model (RightKind::deadlock, analysis/provisions.hpp) in
//   force that cover the matter (a clause without matters covers them all) apply to the model's
//   entity's matters.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/analysis/basis.hpp"
#include "model/compile/compile_games.hpp"
#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/governance/model.hpp"

namespace jvgov::analysis {

using exact::Rational;

enum class ControlTest {
    voting_majority,
    board_majority,
    ifrs11_joint_control,
    eu_notice,
    de_facto,
    french_presumption,
    significant_influence,
    psc,
};

// Where a test comes from: the standard or statute (full title), its paragraphs (with the
// standard's short name, e.g. "IFRS 11 paras 7-9 and B5-B8"), an address a reader can open.
struct Citation {
    std::string_view standard;
    std::string_view paragraphs;
    std::string_view url;
};

const Citation& citation(ControlTest test);

// More than this many others acting together to outvote a holder makes its de facto power
// conclusive (a threshold of this tool between IFRS 10's B45 example 7, ten others: not
// conclusive, and B43 example 4, forty-nine others: power).
inline constexpr int de_facto_many_others = 20;

// One matter game of the entity, as the tests read it. Groups are named by their top's id.
struct MatterControl {
    compile::CompiledGame game;  // members' view or the board's declared view
    std::string matter_name;
    std::optional<governance::MatterCategory> category;  // as tagged
    governance::MatterCategory counts_as = governance::MatterCategory::relevant;
    std::optional<std::string> decides_alone;  // the group that decides it alone
    std::vector<std::string> vetoes;           // groups holding a veto, first-player order
    bool vetoes_pass = false;                  // the veto holders together pass it
    bool can_deadlock = false;                 // two or more vetoes, nobody decides alone
    std::vector<const governance::Right*> deadlock_devices;  // in force, covering it
    // What its vetoes and deadlock rest on: the game's records (game_basis) and, when it can
    // deadlock, the deadlock devices covering it.
    Basis basis = {};
};

enum class JointOutcome { sole_control, joint_control, negative_sole_control, no_control };

struct MatterTest {
    JointOutcome outcome = JointOutcome::no_control;
    std::vector<std::string> parties;  // the sole controller, or the parties sharing control
};

// Why the Notice and IFRS 11 part ways (none when they agree).
enum class Divergence {
    none,
    single_veto,            // one veto holder: negative sole control, not joint control
    vetoes_do_not_pass,     // the veto holders cannot pass a deciding matter by themselves
    vetoes_differ,          // different veto holders on different deciding matters
};

struct VotingMajority {
    std::optional<std::string> holder;  // the group with more than half (named as above)
    Rational votes;                     // its group's votes
    std::vector<std::string> through;   // the group's direct holders other than `holder`
};

struct BoardMajority {
    std::string body;                       // the board (empty: the entity has no board)
    std::optional<std::string> appointer;   // the group with a majority (named as above)
    std::int64_t votes = 0;                 // its directors' votes
    std::int64_t total = 0;                 // all directors' votes
    bool by_casting_vote = false;           // exactly half, with the chair's casting vote
    std::vector<std::string> through;       // the group's appointers other than `appointer`
};

enum class DeFactoOutcome { majority, power, no_power, not_conclusive, no_holder };

struct DeFacto {
    DeFactoOutcome outcome = DeFactoOutcome::no_holder;
    std::optional<std::string> holder;  // the largest organised group (named as above)
    Rational votes;                     // its votes
    Rational largest_other;             // the largest other organised group's votes
    std::optional<int> outvoting;       // others needed to outvote it; nullopt: impossible
    // When they cannot outvote it: the others needed to reach as many votes (a tie, which stops
    // its majority decisions as well: a 50/50 company); nullopt when they cannot, or can outvote.
    std::optional<int> tying;
    Rational dispersed;                 // the float's votes (dispersed holders and remainder)
    Rational dispersed_cast;            // the float's votes cast (times turnout)
    Rational share_of_cast;             // its votes over all votes cast
    bool majority_of_cast = false;      // more than half of the votes cast (turnout below 100%)
    bool french_presumption = false;    // > 40% and no other group holds more
};

struct Holding {
    std::string party;  // the group's name (significant influence), its top (PSC)
    Rational economic;  // its group's economic interest in the entity
    Rational votes;     // its group's general adjusted votes
    bool board_majority = false;
    std::vector<std::string> through;  // the group's direct holders other than `party`
};

enum class Classification { sole_control, joint_control, negative_sole_control, none };

struct Overall {
    Classification classification = Classification::none;
    std::vector<std::string> parties;
    ControlTest by = ControlTest::eu_notice;  // the test that decided it
};

struct EntityControl {
    std::string entity;
    std::vector<MatterControl> matters;  // bodies in file order, their matters in file order
    // Set when a matter of the entity cannot be compiled (compile::CompileError's message): then
    // `matters` is empty and only the tests of holdings and board seats apply.
    std::string compile_error;
    std::vector<std::size_t> deciding;   // indices into `matters`
    // The other relevant (or untagged) matters that give the same sole or joint control as the
    // IFRS 11 test (the same group decides alone; the same veto holders, passing): indices.
    std::vector<std::size_t> supporting;
    bool strategic_tagged = false;       // the deciding matters are the strategic ones
    VotingMajority voting;
    BoardMajority board;
    MatterTest ifrs11;
    MatterTest notice;
    Divergence divergence = Divergence::none;
    DeFacto de_facto;
    std::vector<Holding> significant_influence;  // votes >= 20%, no control or joint control
    std::vector<Holding> psc;                    // > 25% shares or votes, or board majority
    Overall overall;
    // (party, its ultimate controller) for each party named above that another party controls
    // (ownership::control), first-mention order: the report says "OpenAI (controlled by ...)".
    std::vector<std::pair<std::string, std::string>> ultimate;
    // What the classification rests on: the entity's stakes held by organised groups, and the
    // records of the deciding and supporting matters' games (game_basis: bodies, seats, quorum,
    // rules, vote rules).
    Basis basis;
    // The assumption ids `basis` cites (assumption_ids), first-citation order.
    std::vector<std::string> assumptions;
};

// A set of players of a game (players[i]: whether player i is in it), of any size: a board of
// more than 64 directors is a single weighted game, whose coalitions are weighed, not bitsets.
using PlayerSet = std::vector<bool>;

// Whether `players` (of game.players) pass the game's matter even with the whole dispersed
// float voting against them; without a float, whether they win. A group *decides alone* when its
// players pass this way. REQUIRES: players.size() == game.players.size().
bool passes_against_float(const compile::CompiledGame& game, const PlayerSet& players);

// Whether `players` pass the matter with the whole float voting with them; without a float,
// whether they win. A group *holds a veto* when all the other players cannot pass this way.
bool passes_with_float(const compile::CompiledGame& game, const PlayerSet& players);

// The tests for one entity, from the model's view on the date. `tops` gives each party's top
// (party id -> top id); parties missing from it are their own top. `deadlock_devices` are the
// rights checked for deadlock clauses (callers pass joint_venture_provisions' for the model's
// entity, none for the others). A CompileError of a matter is kept in compile_error, not
// thrown. Throws InputError as governance::adjusted_votes does.
EntityControl entity_control(const governance::Model& on_date, const std::string& entity,
                             const std::vector<std::pair<std::string, std::string>>& tops,
                             const std::vector<const governance::Right*>& deadlock_devices);

// The tests of `entity` among `tests`; nullptr when it has none (no body on the date).
const EntityControl* find_entity_control(const std::vector<EntityControl>& tests,
                                         std::string_view entity);

// Every entity with a body in force on `day` (first-body order), from the full model: the view
// on the date, the control chains of ownership::control, the deadlock devices of
// joint_venture_provisions (model's entity only). Throws as ownership::graph_on and
// entity_control.
std::vector<EntityControl> control_tests(const governance::Model& full, governance::Date day);

}  // namespace jvgov::analysis
