// The ownership and control analysis of one model on one date: who ultimately owns the model's
// entity (look-through economic interest, summed over every chain of stakes), who controls each
// entity (by votes or by appointing its board), where the two part ways, and each ultimate
// holder's indirect voting power per matter of the entity. Computed once and shared by the
// control report's markdown and JSON; nothing here writes words.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis/control_tests.hpp"
#include "model/compile/compile_games.hpp"
#include "model/exact/rational.hpp"
#include "model/governance/date.hpp"
#include "model/governance/model.hpp"
#include "model/governance/votes.hpp"
#include "model/ownership/control.hpp"
#include "model/ownership/graph.hpp"
#include "model/ownership/indirect_power.hpp"
#include "model/ownership/look_through.hpp"

namespace jvgov::analysis {

using exact::Rational;

// One ultimate holder's look-through interest in the entity, split into what it holds directly
// and what it holds through other parties.
struct HolderInterest {
    std::size_t ultimate = 0;  // index into interests.ultimates
    Rational direct;
    Rational indirect;
    Rational total;
    std::vector<std::size_t> through;  // parties held directly that lead to the entity
    // The stakes on the chains from the holder to the entity: what the interest rests on.
    Basis basis = {};
};

// The indirect voting power of one JV game: a matter of the members' meeting, or of the board
// in the bloc view (appointers as players).
struct MatterPower {
    compile::CompiledGame game;
    std::string matter_name;
    ownership::IndirectPower power;
    // A board matter whose directors the model declares to vote individually (the bloc view
    // here being an alternative reading, the one in which power passes up a chain): each
    // party's directors' summed normalised Banzhaf index in the declared individual view, in
    // order of first director.
    struct DeclaredPower {
        std::string party;  // the appointer's id, or an independent director's
        std::string name;   // the appointer's name, or the independent director's
        Rational banzhaf;
    };
    std::vector<DeclaredPower> declared_banzhaf = {};
    // The game's records (game_basis) and the stakes of every chain into the entity (the
    // holders' bases): what the indirect power rests on.
    Basis basis = {};
};

// The entity's votes that no organised holder casts: its dispersed holders' and its unallocated
// remainder's (compile/compile_games.hpp: the dispersed float), and the largest organised holder
// beside them. Neither the float nor the remainder ever controls (ownership/control.hpp).
struct DispersedVotes {
    std::vector<std::size_t> holders;  // dispersed holders of the entity (graph indices)
    Rational votes;                    // their voting interest in the entity
    Rational unallocated;              // the votes no stake in the model holds
    // The direct holder (not dispersed) with the most votes, first in file order on a tie.
    std::optional<std::size_t> largest_organised;
    Rational largest_votes;
};

struct ControlFacts {
    const governance::Model& full;
    governance::Date day;
    governance::Model on_date;  // governance::as_of(full, day)
    ownership::OwnershipGraph graph;
    ownership::LookThrough interests;
    std::vector<ownership::Control> controls;
    std::size_t entity = 0;               // graph index of full.info.entity
    std::vector<HolderInterest> holders;  // the ultimate holders of the entity, look-through order
    std::vector<MatterPower> matters;     // compile order: members' matters, board matters (bloc)
    std::vector<ownership::Divergence> divergences;
    ownership::IndirectOptions indirect_options;  // how `matters` were computed
    // The issuers whose general votes the rules adjust (governance::adjusted_votes with at least
    // one holder adjusted), in the graph's party order; only the adjusted holders are kept.
    std::vector<governance::IssuerVotes> adjusted_votes = {};
    // Set when the entity has dispersed holders or an unallocated remainder of its votes.
    std::optional<DispersedVotes> dispersed;
    // The control tests of every company with a body on the date (analysis/control_tests.hpp),
    // the model's entity among them.
    std::vector<EntityControl> tests = {};
    // What each conclusion rests on. control_bases, one per graph party: the company's stakes and
    // board seats (company_basis) and those of every company between it and its ultimate
    // controller. divergence_bases, one per divergence: the holder's stakes in the company
    // (economic above votes), else the company's control basis and the stakes of the chains
    // whose look-through interests the divergence compares.
    std::vector<Basis> control_bases = {};
    std::vector<Basis> divergence_bases = {};
};

// The facts of the control report of `full.info.entity` on `as_of`, with the control tests of
// every company with a body (control_tests). Indirect voting power uses
// ownership::indirect_power with its default options (exact up to 20 ultimate players, else
// 100000 Monte Carlo samples with seed 1). Throws InputError as ownership::graph_on
// and ownership::look_through do on a bad structure, compile::CompileError when a game of the
// entity or of a member's board cannot be compiled, and as require_entity when the entity does
// not exist on that date.
ControlFacts control_facts(const governance::Model& full, governance::Date as_of);

}  // namespace jvgov::analysis
