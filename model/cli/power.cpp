// `jvgov power`: the voting power of an ad-hoc weighted game or of a game file, every index exact
// (or estimated with --approximate), as markdown, JSON (the jvgov/power@1 contract) or CSV.
#include <algorithm>
#include <charconv>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/core.h>
#include <fmt/format.h>

#include "model/cli/commands.hpp"
#include "model/cli/guarded.hpp"
#include "model/cli/output.hpp"
#include "model/exact/errors.hpp"
#include "model/games/notation.hpp"
#include "model/games/weighted_game.hpp"
#include "model/load/game_file.hpp"
#include "model/power/compute.hpp"
#include "model/report/power_output.hpp"

namespace jvgov::cli {

namespace {

struct PowerArgs {
    std::string game_file;
    std::string quota;
    bool majority = false;
    std::string weights;
    bool weights_given = false;  // --weights was on the command line, even if empty
    std::string names;
    std::string weights_file;
    std::string indices;
    std::string format = "md";
    std::string explain;
    std::string max_memory;
    bool approximate = false;
    std::string samples = "100000";
    std::string seed = "1";
    std::vector<std::string> blocs;
};

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        std::string item = text.substr(start, comma == std::string::npos ? comma : comma - start);
        item.erase(0, item.find_first_not_of(" \t"));
        item.erase(item.find_last_not_of(" \t") + 1);
        items.push_back(item);
        if (comma == std::string::npos) {
            return items;
        }
        start = comma + 1;
    }
}

// A whole number from `low` to `high` written in decimal digits only, or nullopt.
std::optional<std::uint64_t> parse_count(const std::string& text, std::uint64_t low,
                                         std::uint64_t high) {
    std::uint64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [last, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc{} || last != end || value < low || value > high) {
        return std::nullopt;
    }
    return value;
}

// At most a billion samples: a bound, so that a slip of the keyboard cannot ask for a run
// without end.
constexpr std::uint64_t max_samples = 1'000'000'000;

// "2G", "512M", "64K", "1000" (bytes, at least 1, at most 2^64 - 1); binary units, optional
// "B"/"iB" suffix.
std::optional<std::uint64_t> parse_bytes(std::string text) {
    for (const std::string_view suffix : {"iB", "B"}) {
        if (text.size() > suffix.size() && text.ends_with(suffix)) {
            text.resize(text.size() - suffix.size());
            break;
        }
    }
    std::uint64_t unit = 1;
    if (!text.empty()) {
        const char last = static_cast<char>(std::toupper(static_cast<unsigned char>(text.back())));
        const std::string_view units = "KMGT";
        if (const std::size_t k = units.find(last); k != std::string_view::npos) {
            unit = std::uint64_t{1} << (10 * (k + 1));
            text.pop_back();
        }
    }
    if (text.empty() || text.size() > 12 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    const std::uint64_t value = std::stoull(text);
    if (value == 0 || value > std::numeric_limits<std::uint64_t>::max() / unit) {
        return std::nullopt;
    }
    return value * unit;
}

void print_diagnostics(const std::vector<load::Diagnostic>& diagnostics) {
    for (const load::Diagnostic& diagnostic : diagnostics) {
        print_err(load::format(diagnostic) + "\n");
    }
}

// An input file could not be read (its diagnostic is printed): exit 3.
struct UnreadableInput {};

// The game of --weights or --weights-file with --quota or --majority; nullopt when the weights
// file has problems (printed).
std::optional<load::GameFile> ad_hoc_game(const PowerArgs& args) {
    load::GameFile result;
    load::NamedWeights named;
    if (!args.weights_file.empty()) {
        const load::WeightsFileResult loaded = load::load_weights_file(args.weights_file);
        print_diagnostics(loaded.diagnostics);
        if (loaded.unreadable) {
            throw UnreadableInput();
        }
        if (!loaded.weights) {
            return std::nullopt;
        }
        named = *loaded.weights;
        if (!args.names.empty()) {
            throw UsageError("--names cannot be combined with --weights-file");
        }
    } else {
        if (args.weights.empty()) {
            throw InputError("the game has no players (--weights is empty)");
        }
        for (const std::string& weight : split_list(args.weights)) {
            named.weights.push_back(games::parse_weight(weight));
        }
        const int n = static_cast<int>(named.weights.size());
        named.names = args.names.empty() ? games::default_player_names(n) : split_list(args.names);
        if (named.names.size() != named.weights.size()) {
            throw InputError(
                fmt::format("{} names for {} weights", named.names.size(), named.weights.size()));
        }
    }
    const std::int64_t total = games::total_weight(games::WeightedGame{named.weights, 1});
    const std::int64_t quota = args.majority ? games::parse_quota("majority", total)
                                             : games::parse_quota(args.quota, total);
    result.game = games::make_weighted(named.names, named.weights, quota);
    return result;
}

// The game of the command line; nullopt when its file has problems (printed). Throws
// UnreadableInput when a file cannot be read.
std::optional<load::GameFile> read_game(const PowerArgs& args) {
    const bool ad_hoc = args.weights_given || !args.weights_file.empty();
    if (!args.game_file.empty()) {
        if (ad_hoc || !args.quota.empty() || args.majority || !args.names.empty()) {
            throw UsageError(
                "give either a game file or --weights/--weights-file with --quota, not both");
        }
        load::GameFileResult loaded = load::load_game_file(args.game_file);
        print_diagnostics(loaded.diagnostics);
        if (loaded.unreadable) {
            throw UnreadableInput();
        }
        return std::move(loaded.game_file);
    }
    if (!ad_hoc) {
        throw UsageError(
            "no game: give a game file, or --weights (or --weights-file) with --quota");
    }
    if (args.weights_given && !args.weights_file.empty()) {
        throw UsageError("give --weights or --weights-file, not both");
    }
    if (args.quota.empty() == !args.majority) {
        throw UsageError("give exactly one of --quota and --majority");
    }
    return ad_hoc_game(args);
}

int player_named(const games::SimpleGame& game, const std::string& name, std::string_view what) {
    const auto found = std::find(game.players.begin(), game.players.end(), name);
    if (found == game.players.end()) {
        throw InputError(fmt::format("unknown player '{}' for {} (players: {})", name, what,
                                     fmt::join(game.players, ", ")));
    }
    return static_cast<int>(found - game.players.begin());
}

power::PowerOptions options_from(const PowerArgs& args, const load::GameFile& file) {
    power::PowerOptions options;
    if (!args.indices.empty()) {
        for (const std::string& name : split_list(args.indices)) {
            const std::optional<power::Index> index = power::parse_index(name);
            if (!index) {
                std::vector<std::string_view> known;
                for (power::Index i : power::all_indices()) {
                    known.push_back(power::index_name(i));
                }
                throw UsageError(
                    fmt::format("unknown index '{}' (known: {})", name, fmt::join(known, ", ")));
            }
            options.indices.push_back(*index);
        }
    }
    if (!args.max_memory.empty()) {
        const std::optional<std::uint64_t> bytes = parse_bytes(args.max_memory);
        if (!bytes) {
            throw UsageError(fmt::format(
                "--max-memory '{}' is not a size such as 2G, 512M or 1000000 (from 1 byte to "
                "2^64 - 1 bytes)",
                args.max_memory));
        }
        options.max_memory_bytes = *bytes;
    }
    options.blocs = file.blocs;
    if (!args.blocs.empty()) {
        options.blocs.clear();
        for (const std::string& bloc : args.blocs) {
            std::vector<int> members;
            for (const std::string& name : split_list(bloc)) {
                members.push_back(player_named(file.game, name, "--bloc"));
            }
            options.blocs.push_back(members);
        }
    }
    options.approximate = args.approximate;
    const std::optional<std::uint64_t> samples = parse_count(args.samples, 1, max_samples);
    if (!samples) {
        throw UsageError(fmt::format("--samples '{}' is not a whole number from 1 to {}",
                                     args.samples, max_samples));
    }
    options.samples = *samples;
    const std::optional<std::uint64_t> seed =
        parse_count(args.seed, 0, std::numeric_limits<std::uint64_t>::max());
    if (!seed) {
        throw UsageError(fmt::format("--seed '{}' is not a whole number from 0 to 2^64 - 1",
                                     args.seed));
    }
    options.seed = *seed;
    return options;
}

int run_power(const PowerArgs& args) {
    std::optional<load::GameFile> file;
    try {
        file = read_game(args);
    } catch (const UnreadableInput&) {
        return exit_io;
    }
    if (!file) {
        return exit_invalid_input;
    }
    const power::PowerOptions options = options_from(args, *file);
    games::validate(file->game);
    // The explanation first: it is refused quickly for games too large to list.
    std::optional<power::PlayerExplanation> explanation;
    if (!args.explain.empty()) {
        explanation =
            power::explain_player(file->game, player_named(file->game, args.explain, "--explain"),
                                  options.max_listed_coalitions, options.max_enumeration_players);
    }
    const power::PowerTable table = power::compute_power(file->game, options);
    const report::PowerReport report{file->title, &file->game, &table,
                                     explanation ? &*explanation : nullptr};
    if (args.format == "json") {
        print_out(report::to_json(report));
    } else if (args.format == "csv") {
        print_out(report::to_csv(report));
    } else {
        print_out(report::to_markdown(report));
    }
    return exit_ok;
}

}  // namespace

void register_power(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "power", "Voting power of a weighted or composite game: every index, exact fractions");
    cmd->footer(
        "Examples:\n"
        "  jvgov power --quota 39 --weights 7,7,7,7,7,1,1,1,1,1,1,1,1,1,1\n"
        "  jvgov power --majority --weights 40,40,10,10 --names OpenAI,SoftBank,Oracle,MGX\n"
        "  jvgov power data/examples/unsc.game.toml --format json --explain China\n"
        "Indices: banzhaf, penrose, swings, shapley_shubik, deegan_packel, public_good, johnston,\n"
        "coleman, owen, banzhaf_owen (Owen ones need blocs). Game files: docs/game-format.md.\n"
        "Exit codes: 0 ok, 1 invalid game or over the memory budget, 2 usage error, 3 a file cannot\n"
        "be read or the output cannot be written, 70 internal error (a bug).");
    auto args = std::make_shared<PowerArgs>();
    cmd->add_option("GAME", args->game_file, "game file (TOML, see docs/game-format.md)");
    cmd->add_option("--quota", args->quota,
                    "votes needed to win: a number (39), at least a share (50%, 2/3), or "
                    "'more than 50%'");
    cmd->add_flag("--majority", args->majority, "quota: more than half of the total weight");
    auto* weights =
        cmd->add_option("--weights", args->weights, "comma-separated whole-number weights");
    cmd->add_option("--names", args->names, "comma-separated player names (default P1..Pn)");
    cmd->add_option("--weights-file", args->weights_file,
                    "file with one 'weight' or 'name,weight' per line");
    cmd->add_option("--bloc", args->blocs,
                    "a priori union (comma-separated names); repeat for each bloc")
        ->take_all();
    cmd->add_option("--index", args->indices,
                    "comma-separated indices to compute (default: all that fit the budget)");
    cmd->add_option("--format", args->format, "output format")
        ->check(CLI::IsMember({"md", "json", "csv"}))
        ->default_str("md");
    cmd->add_option("--explain", args->explain,
                    "list the coalitions in which this player is critical (small games)");
    cmd->add_option("--max-memory", args->max_memory,
                    "memory budget, e.g. 2G or 512M (default: a quarter of physical memory, "
                    "at most 3/4 of the process's ulimit -v or -d)");
    cmd->add_flag("--approximate", args->approximate,
                  "Monte Carlo estimates with 95% confidence intervals instead of exact values");
    cmd->add_option("--samples", args->samples, "samples for --approximate (1 to 1000000000)")
        ->default_str("100000");
    cmd->add_option("--seed", args->seed, "random seed for --approximate (0 to 2^64 - 1)")
        ->default_str("1");
    cmd->callback([args, weights, &exit_code] {
        args->weights_given = weights->count() > 0;
        exit_code = run_guarded("jvgov", [&args] { return run_power(*args); });
    });
}

}  // namespace jvgov::cli
