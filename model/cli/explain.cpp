// `jvgov explain [FILE] --matter M --player P [--body B] [--view individual|bloc] [--as-of DATE]`:
// why one player of one compiled governance game has the power it has, in markdown a student can
// follow: the rule, the game, the player's exact Banzhaf and Shapley-Shubik values, the coalitions
// in which it is critical, the orderings in which it is pivotal, and why it is a dummy or holds a
// veto. Small games only (analysis::max_explained_players). The text is report::render_explanation.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/core.h>
#include <fmt/format.h>

#include "model/analysis/explanation.hpp"
#include "model/cli/commands.hpp"
#include "model/cli/guarded.hpp"
#include "model/cli/output.hpp"
#include "model/compile/compile_games.hpp"
#include "model/exact/errors.hpp"
#include "model/governance/as_of.hpp"
#include "model/governance/date.hpp"
#include "model/load/loader.hpp"
#include "model/load/suggest.hpp"
#include "model/report/explanation.hpp"

namespace jvgov::cli {

namespace {

struct ExplainOptions {
    std::string file = "data/stargate.toml";
    std::string matter;
    std::string player;
    std::string body;
    std::string view;   // empty: the view the model declares
    std::string as_of;  // empty: the model's as_of
};

// "unknown matter 'x' (did you mean 'y'?) (matters: a, b)"; `what` is singular, `whats` plural.
std::string unknown_id(std::string_view what, std::string_view whats, const std::string& id,
                       const std::vector<std::string>& known) {
    return fmt::format("unknown {} '{}'{} ({}: {})", what, id, load::did_you_mean(id, known), whats,
                       fmt::join(known, ", "));
}

const governance::Matter& find_matter(const governance::Model& model, const std::string& id) {
    std::vector<std::string> ids;
    for (const auto& matter : model.matters) {
        if (matter.id == id)
            return matter;
        ids.push_back(matter.id);
    }
    throw InputError(unknown_id("matter", "matters", id, ids));
}

const governance::Body& find_body(const governance::Model& model, const std::string& id) {
    std::vector<std::string> ids;
    for (const auto& body : model.bodies) {
        if (body.id == id)
            return body;
        ids.push_back(body.id);
    }
    throw InputError(unknown_id("body", "bodies", id, ids));
}

compile::View choose_view(const governance::Body& body, const std::string& requested) {
    if (body.kind != governance::BodyKind::board) {
        if (!requested.empty()) {
            throw UsageError(
                fmt::format("--view applies to a board; '{}' is a members' meeting", body.id));
        }
        return compile::View::members;
    }
    if (requested.empty())
        return body.directors_vote_as_bloc ? compile::View::bloc : compile::View::individual;
    const auto view = compile::parse_view(requested);
    if (!view || *view == compile::View::members)
        throw UsageError(fmt::format("--view must be individual or bloc, not '{}'", requested));
    return *view;
}

int find_player(const compile::CompiledGame& compiled, const std::string& id) {
    std::vector<std::string> ids;
    std::vector<std::string> seats_of_party;
    for (std::size_t i = 0; i < compiled.players.size(); ++i) {
        const auto& player = compiled.players[i];
        if (player.id == id)
            return static_cast<int>(i);
        ids.push_back(player.id);
        if (player.appointer == id)
            seats_of_party.push_back(player.id);
    }
    if (!seats_of_party.empty()) {
        throw InputError(
            fmt::format("'{}' is not a player in the individual view of '{}': its "
                        "directors are {} (or use --view bloc)",
                        id, compiled.body, fmt::join(seats_of_party, ", ")));
    }
    throw InputError(unknown_id("player", "players", id, ids));
}

int run_explain(const ExplainOptions& options) {
    std::optional<governance::Date> requested;
    if (!options.as_of.empty()) {
        requested = governance::parse_iso_date(options.as_of);
        if (!requested) {
            throw UsageError(
                fmt::format("--as-of: '{}' is not a date of the form YYYY-MM-DD", options.as_of));
        }
    }
    const auto loaded = load::load_model_file(options.file);
    for (const auto& diagnostic : loaded.diagnostics)
        print_err(load::format(diagnostic) + "\n");
    if (loaded.unreadable)
        return exit_io;
    if (!loaded.model)
        return exit_invalid_input;
    if (!requested && !loaded.model->info.as_of) {
        print_err(fmt::format("{}: error: the model has no as_of date; pass --as-of\n", options.file));
        return exit_invalid_input;
    }
    const governance::Date day = requested ? *requested : *loaded.model->info.as_of;
    const governance::Model model = governance::as_of(*loaded.model, day);

    const governance::Matter& matter = find_matter(model, options.matter);
    if (!options.body.empty()) {
        const governance::Body& given = find_body(model, options.body);
        if (given.id != matter.body) {
            throw InputError(fmt::format("matter '{}' is decided by body '{}', not '{}'", matter.id,
                                         matter.body, given.id));
        }
    }
    const governance::Body& body = find_body(model, matter.body);
    const compile::View view = choose_view(body, options.view);
    compile::CompiledGame compiled = analysis::explained_game(model, body, matter, view);
    const int p = find_player(compiled, options.player);
    const int n = static_cast<int>(compiled.players.size());
    if (n > analysis::max_explained_players) {
        throw InputError(
            fmt::format("the game of matter '{}' has {} players; explain lists "
                        "coalitions and orderings only for games of at most {} "
                        "players",
                        matter.id, n, analysis::max_explained_players));
    }
    const std::string out = report::render_explanation(
        model, analysis::explain(model, body, matter, std::move(compiled), p, day), options.file);
    print_out(out);
    return exit_ok;
}

}  // namespace

void register_explain(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ExplainOptions>();
    auto* cmd = app.add_subcommand(
        "explain", "Why a player has its voting power on one matter: swings and orderings");
    cmd->description(
        "Why a player has its voting power on one matter (markdown on stdout): the matter's rule\n"
        "in words and as a game, the player's exact Banzhaf and Shapley-Shubik values, the\n"
        "coalitions in which it is critical, the orderings in which it is pivotal, and why it\n"
        "is a dummy or holds a veto. Small games only (at most 12 players).");
    cmd->footer(
        "Examples:\n"
        "  jvgov explain --matter members-reserved-tier-2 --player oracle\n"
        "  jvgov explain --matter members-reserved-tier-2 --player softbank\n"
        "  jvgov explain --matter board-ordinary --player openai --view bloc\n"
        "Players are the compiled game's ids: party ids on a members' meeting and in the bloc\n"
        "view of a board; director ids or '<appointer>-<k>' seats in the individual view.\n"
        "Exit codes: 0 ok, 1 invalid model, unknown matter/body/player or game too large,\n"
        "2 usage error, 3 unreadable model file, 70 internal error (a bug).");
    cmd->add_option("FILE", options->file, "The model file (TOML)")->capture_default_str();
    cmd->add_option("--matter", options->matter, "The matter id (see the model's [[matters]])")
        ->required();
    cmd->add_option("--player", options->player, "The player id in the compiled game")->required();
    cmd->add_option("--body", options->body,
                    "The body deciding the matter (checked against the matter's body)");
    cmd->add_option("--view", options->view,
                    "For a board: directors vote individually or as blocs of their appointer "
                    "(default: the view the model declares)")
        ->check(CLI::IsMember({"individual", "bloc"}));
    cmd->add_option("--as-of", options->as_of,
                    "The model as of this date (YYYY-MM-DD) instead of its own as_of");
    cmd->callback([options, &exit_code] {
        exit_code = run_guarded("jvgov", [&options] { return run_explain(*options); });
    });
}

}  // namespace jvgov::cli
