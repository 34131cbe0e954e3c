#include "model/load/game_file.hpp"

#include <algorithm>
#include <array>

#include <fmt/core.h>
#include <fmt/format.h>
#include <toml++/toml.h>

#include "model/exact/errors.hpp"
#include "model/games/notation.hpp"
#include "model/load/fields.hpp"
#include "model/load/input_file.hpp"
#include "model/load/suggest.hpp"
#include "model/load/toml_guard.hpp"

namespace jvgov::load {

namespace {

using games::Rule;
using games::WeightedGame;

constexpr std::array<StructuralClaim, 3> structural_claims = {
    StructuralClaim::veto, StructuralClaim::dummy, StructuralClaim::dictator};

// Reads the tables of one game file, reporting each problem at the offending TOML node and
// returning nullopt (or an empty value) for what it could not read, so that the reading goes on.
class Reader {
  public:
    explicit Reader(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

    // A problem at `node`; at the whole file when there is no node or it has no position.
    void error(const toml::node* node, std::string message) const {
        if (node != nullptr && node->source().begin.line > 0) {
            diagnostics_.error(node->source().begin, std::move(message));
        } else {
            diagnostics_.file_error(std::move(message));
        }
    }

    // Reports every key of `table` not in `allowed`, at its value, with a suggestion.
    void check_keys(const toml::table& table, const std::vector<std::string>& allowed) const {
        for (const auto& [key, value] : table) {
            const std::string name(key.str());
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
                error(&value, fmt::format("unknown key '{}'{}", name, did_you_mean(name, allowed)));
            }
        }
    }

    const toml::array* array(const toml::table& table, std::string_view key) const {
        const toml::node* node = table.get(key);
        if (node == nullptr) {
            error(&table, fmt::format("missing '{}'", key));
            return nullptr;
        }
        const toml::array* result = node->as_array();
        if (result == nullptr) {
            error(node, fmt::format("'{}' must be an array", key));
        }
        return result;
    }

    std::optional<std::string> string(const toml::node& node, std::string_view what) const {
        const auto value = node.value_exact<std::string>();
        if (!value) {
            error(&node, fmt::format("{} must be a string", what));
        }
        return value;
    }

    std::optional<int> player(const toml::node& node,
                              const std::vector<std::string>& players) const {
        const std::optional<std::string> name = string(node, "a player name");
        if (!name) {
            return std::nullopt;
        }
        const auto found = std::find(players.begin(), players.end(), *name);
        if (found == players.end()) {
            error(&node, fmt::format("unknown player '{}'", *name));
            return std::nullopt;
        }
        return static_cast<int>(found - players.begin());
    }

    // The players named by `names`, at least one; nullopt when any is wrong.
    std::optional<std::vector<int>> players(const toml::array& names,
                                            const std::vector<std::string>& players,
                                            std::string_view what) const {
        if (names.empty()) {
            error(&names, fmt::format("'{}' must name at least one player", what));
            return std::nullopt;
        }
        std::vector<int> result;
        bool complete = true;
        for (const toml::node& name : names) {
            if (const std::optional<int> index = player(name, players)) {
                result.push_back(*index);
            } else {
                complete = false;
            }
        }
        return complete ? std::optional(result) : std::nullopt;
    }

    // The weights of a weighted game or part, one per player; nullopt when any is wrong.
    // `players`: their number, or nullopt when unknown (the count is then not checked).
    std::optional<std::vector<std::int64_t>> weights(const toml::table& table,
                                                     std::optional<std::size_t> players) const {
        const toml::array* weights_node = array(table, "weights");
        if (weights_node == nullptr) {
            return std::nullopt;
        }
        std::vector<std::int64_t> result;
        bool complete = true;
        for (const toml::node& weight : *weights_node) {
            std::string text;
            if (const auto integer = weight.value_exact<std::int64_t>()) {
                text = std::to_string(*integer);
            } else if (const auto str = weight.value_exact<std::string>()) {
                text = *str;
            } else {
                error(&weight, "a weight must be a whole number");
                complete = false;
                continue;
            }
            try {
                result.push_back(games::parse_weight(text));
            } catch (const InputError& e) {
                error(&weight, e.what());
                complete = false;
            }
        }
        if (complete && players && result.size() != *players) {
            error(weights_node, fmt::format("{} weights for {} players", result.size(), *players));
            return std::nullopt;
        }
        return complete ? std::optional(result) : std::nullopt;
    }

    // The weighted game of `weights` (nullopt: they could not be read) with the table's quota.
    std::optional<WeightedGame> with_quota(
        const toml::table& table, const std::optional<std::vector<std::int64_t>>& weights) const {
        const toml::node* quota = table.get("quota");
        if (quota == nullptr) {
            error(&table, "missing 'quota'");
            return std::nullopt;
        }
        std::string quota_text;
        if (const auto integer = quota->value_exact<std::int64_t>()) {
            quota_text = std::to_string(*integer);
        } else if (const auto str = quota->value_exact<std::string>()) {
            quota_text = *str;
        } else {
            error(quota, "'quota' must be a whole number or a string such as \"50%\"");
            return std::nullopt;
        }
        WeightedGame game;
        if (weights) {
            game.weights = *weights;
        }
        try {
            // The notation is checked even without weights; its range only with them.
            game.quota = games::parse_quota(quota_text, weights ? games::total_weight(game) : 1);
            if (!weights) {
                return std::nullopt;
            }
            games::validate(game);
        } catch (const InputError& e) {
            error(quota, e.what());
            return std::nullopt;
        }
        return game;
    }

    std::optional<Rule> part(const toml::table& table,
                             const std::vector<std::string>& players) const {
        if (const toml::node* consent = table.get("consent")) {
            check_keys(table, {"consent"});
            const std::optional<int> player = this->player(*consent, players);
            if (!player) {
                return std::nullopt;
            }
            return games::consent_of(static_cast<int>(players.size()), *player);
        }
        if (const toml::node* list = table.get("minimal_winning")) {
            check_keys(table, {"minimal_winning"});
            const toml::array* coalitions = list->as_array();
            if (coalitions == nullptr || coalitions->empty()) {
                error(list, "'minimal_winning' must be a non-empty array of arrays of names");
                return std::nullopt;
            }
            games::MinimalWinningList result;
            bool complete = true;
            for (const toml::node& coalition : *coalitions) {
                const toml::array* names = coalition.as_array();
                if (names == nullptr || names->empty()) {
                    error(&coalition, "a minimal winning coalition must be a non-empty array");
                    complete = false;
                    continue;
                }
                games::Coalition set = 0;
                for (const toml::node& name : *names) {
                    if (const std::optional<int> player = this->player(name, players)) {
                        set |= games::singleton(*player);
                    } else {
                        complete = false;
                    }
                }
                result.coalitions.push_back(set);
            }
            if (!complete) {
                return std::nullopt;
            }
            return Rule{std::move(result)};
        }
        check_keys(table, {"weights", "quota"});
        if (auto game = with_quota(table, weights(table, players.size()))) {
            return Rule{std::move(*game)};
        }
        return std::nullopt;
    }

    std::vector<power::Index> indices(const toml::node& node) const {
        std::vector<power::Index> result;
        const toml::array* list = node.as_array();
        if (list == nullptr || list->empty()) {
            error(&node, "'indices' must be a non-empty array of index names");
            return result;
        }
        for (const toml::node& name : *list) {
            const std::optional<std::string> text = string(name, "an index name");
            if (!text) {
                continue;
            }
            const std::optional<power::Index> index = power::parse_file_index(*text);
            if (!index) {
                error(&name,
                      fmt::format("unknown index '{}' ({})", *text, power::file_index_names()));
            } else if (std::find(result.begin(), result.end(), *index) != result.end()) {
                error(&name, fmt::format("index '{}' is listed twice", *text));
            } else {
                result.push_back(*index);
            }
        }
        return result;
    }

    std::optional<GameSource> source(const toml::table& table) const {
        check_keys(table, {"citation", "url", "notes"});
        GameSource result;
        const toml::node* citation = table.get("citation");
        if (citation == nullptr) {
            error(&table, "[source] needs a 'citation'");
        } else {
            result.citation = string(*citation, "'citation'").value_or("");
        }
        if (const toml::node* url = table.get("url")) {
            result.url = string(*url, "'url'").value_or("");
        }
        if (const toml::node* notes = table.get("notes")) {
            result.notes = string(*notes, "'notes'").value_or("");
        }
        return result;
    }

    // A [[published]] entry; `players` is nullptr when the game's players are unknown (then
    // the names are not checked).
    PublishedValue published(const toml::table& table,
                             const std::vector<std::string>* players) const {
        check_keys(table, {"index", "players", "value", "source"});
        PublishedValue result;
        const toml::node* index_node = table.get("index");
        std::optional<std::string> index;
        if (index_node == nullptr) {
            error(&table, "a [[published]] entry needs an 'index'");
        } else {
            index = string(*index_node, "'index'");
        }
        bool is_claim = false;
        if (index) {
            if (const std::optional<power::Index> power_index = power::parse_file_index(*index)) {
                result.claim = *power_index;
            } else if (const std::optional<StructuralClaim> claim =
                           parse_structural_claim(*index)) {
                result.claim = *claim;
                is_claim = true;
            } else {
                error(index_node, fmt::format("unknown index '{}' ({}, or veto, dummy, dictator)",
                                              *index, power::file_index_names()));
                index.reset();
            }
        }
        if (const toml::array* names = array(table, "players"); names && players) {
            result.players = this->players(*names, *players, "players").value_or(result.players);
        }
        const toml::node* value = table.get("value");
        if (index && !is_claim) {
            if (value == nullptr) {
                error(&table, fmt::format("a published '{}' value needs a 'value'", *index));
            } else if (const std::optional<exact::Rational> number = published_value(*value)) {
                result.value = *number;
                result.value_text = value->is_string() ? *value->value<std::string>()
                                                       : exact::to_fraction_string(*number);
            }
        } else if (index && is_claim) {
            if (value != nullptr) {
                error(value,
                      fmt::format("'{}' is a claim about players and takes no 'value'", *index));
            }
            const toml::node* names = table.get("players");
            if (*index == name(StructuralClaim::dictator) && names && names->is_array() &&
                names->as_array()->size() != 1) {
                error(names, "a dictator claim names exactly one player");
            }
        }
        const toml::node* source = table.get("source");
        if (source == nullptr) {
            error(&table, "a [[published]] entry needs a 'source' (the citation)");
        } else {
            result.source = string(*source, "'source'").value_or("");
        }
        return result;
    }

  private:
    // An exact index value: a whole number or a string "p/q" (or "0.25") between 0 and 1.
    std::optional<exact::Rational> published_value(const toml::node& node) const {
        std::optional<exact::Rational> value;
        if (const auto integer = node.value_exact<std::int64_t>()) {
            value = exact::Rational(*integer);
        } else if (const auto text = node.value_exact<std::string>()) {
            value = exact::parse_share(*text);
            if (value && text->find('%') != std::string::npos) {
                value.reset();
            }
        }
        if (!value) {
            error(&node,
                  "'value' must be an exact fraction such as \"421/2145\" or a whole number");
            return std::nullopt;
        }
        if (*value < 0 || *value > 1) {
            error(&node, fmt::format("'value' {} is not between 0 and 1",
                                     exact::to_fraction_string(*value)));
            return std::nullopt;
        }
        return value;
    }

    Diagnostics& diagnostics_;
};

// What [game] says.
struct GameTable {
    GameFile file;
    bool players_known = false;  // the players were read without error
    bool game_complete = false;  // the game itself was read without error
};

// Reads [game]; `weights_diagnostics` receives the problems of a weights file it names.
GameTable read_game(const toml::table& table, const std::filesystem::path& path,
                    const Reader& reader, std::vector<Diagnostic>& weights_diagnostics) {
    reader.check_keys(table, {"name", "players", "rule", "weights", "weights_file", "quota", "part",
                              "blocs", "indices"});
    GameTable result;
    GameFile& file = result.file;
    bool complete = true;
    if (const toml::node* name = table.get("name")) {
        file.title = reader.string(*name, "'name'").value_or("");
    }
    const toml::node* weights_file = table.get("weights_file");
    std::optional<std::vector<std::int64_t>> file_weights;
    if (weights_file != nullptr) {
        // A game of the weights in another file: players from there, nothing else but a quota.
        if (table.contains("weights")) {
            reader.error(table.get("weights"), "give either 'weights' or 'weights_file', not both");
            complete = false;
        }
        if (table.contains("players")) {
            reader.error(table.get("players"),
                         "the players come from the weights file: remove 'players'");
            complete = false;
        }
        if (table.contains("rule") || table.contains("part")) {
            reader.error(weights_file, "'weights_file' is for a single weighted game only");
            complete = false;
        }
        if (const std::optional<std::string> name =
                reader.string(*weights_file, "'weights_file'")) {
            file.weights_file = *name;
            const std::filesystem::path weights_path = path.parent_path() / *name;
            if (!std::filesystem::is_regular_file(weights_path)) {
                reader.error(weights_file, fmt::format("cannot open the weights file '{}'",
                                                       weights_path.string()));
            } else {
                WeightsFileResult loaded = load_weights_file(weights_path);
                weights_diagnostics = std::move(loaded.diagnostics);
                if (loaded.weights) {
                    file.game.players = loaded.weights->names;
                    file_weights = loaded.weights->weights;
                    result.players_known = true;
                }
            }
        }
        if (auto game = reader.with_quota(table, file_weights)) {
            file.game.rule = Rule{std::move(*game)};
        } else {
            complete = false;
        }
        result.game_complete = complete && result.players_known;
        return result;
    }
    if (const toml::array* players = reader.array(table, "players")) {
        result.players_known = true;
        for (const toml::node& player : *players) {
            if (const std::optional<std::string> name = reader.string(player, "a player name")) {
                file.game.players.push_back(*name);
            } else {
                result.players_known = false;
            }
        }
    }
    complete = complete && result.players_known;
    const std::vector<std::string>& players = file.game.players;
    std::string rule = "weighted";
    const toml::node* rule_node = table.get("rule");
    if (rule_node != nullptr) {
        const std::optional<std::string> text = reader.string(*rule_node, "'rule'");
        rule = text.value_or("");
        complete = complete && text.has_value();
    }
    if (rule == "weighted") {
        if (table.contains("part")) {
            reader.error(table.get("part"), "a weighted game has no parts (use rule = \"all_of\")");
            complete = false;
        }
        std::optional<std::vector<std::int64_t>> weights = reader.weights(
            table, result.players_known ? std::optional(players.size()) : std::nullopt);
        if (!result.players_known) {
            weights.reset();
        }
        if (auto game = reader.with_quota(table, weights)) {
            file.game.rule = Rule{std::move(*game)};
        } else {
            complete = false;
        }
    } else if (rule == "all_of" || rule == "any_of") {
        if (table.contains("weights") || table.contains("quota")) {
            reader.error(table.get(table.contains("weights") ? "weights" : "quota"),
                         "put the weights and quota of each part under [[game.part]]");
            complete = false;
        }
        std::vector<Rule> parts;
        if (const toml::array* parts_node = reader.array(table, "part")) {
            for (const toml::node& part : *parts_node) {
                const toml::table* part_table = part.as_table();
                if (part_table == nullptr) {
                    reader.error(&part, "each part must be a table");
                    complete = false;
                } else if (std::optional<Rule> read = reader.part(*part_table, players)) {
                    parts.push_back(std::move(*read));
                } else {
                    complete = false;
                }
            }
            if (parts_node->empty()) {
                reader.error(parts_node, "no parts");
                complete = false;
            }
        } else {
            complete = false;
        }
        if (rule == "all_of") {
            file.game.rule = Rule{games::AllOf{std::move(parts)}};
        } else {
            file.game.rule = Rule{games::AnyOf{std::move(parts)}};
        }
    } else if (!rule.empty()) {
        reader.error(rule_node,
                     fmt::format("unknown rule '{}' (weighted, all_of or any_of)", rule));
        complete = false;
    }
    if (const toml::node* blocs = table.get("blocs")) {
        const toml::array* list = blocs->as_array();
        if (list == nullptr) {
            reader.error(blocs, "'blocs' must be an array of arrays of names");
            complete = false;
        } else {
            for (const toml::node& bloc : *list) {
                const toml::array* names = bloc.as_array();
                if (names == nullptr) {
                    reader.error(&bloc, "a bloc must be an array of names");
                    complete = false;
                    continue;
                }
                std::vector<int> members_of_bloc;
                for (const toml::node& name : *names) {
                    if (const std::optional<int> player = reader.player(name, players)) {
                        members_of_bloc.push_back(*player);
                    } else {
                        complete = false;
                    }
                }
                file.blocs.push_back(std::move(members_of_bloc));
            }
        }
    }
    result.game_complete = complete;
    return result;
}

}  // namespace

std::string_view name(StructuralClaim claim) {
    switch (claim) {
        case StructuralClaim::veto:
            return "veto";
        case StructuralClaim::dummy:
            return "dummy";
        case StructuralClaim::dictator:
            return "dictator";
    }
    throw PreconditionError("name: not a StructuralClaim");
}

std::optional<StructuralClaim> parse_structural_claim(std::string_view text) {
    for (const StructuralClaim claim : structural_claims) {
        if (name(claim) == text) {
            return claim;
        }
    }
    return std::nullopt;
}

GameFileResult load_game_file(const std::filesystem::path& path) {
    const InputText input = read_input_file(path.string());
    if (!input.text) {
        GameFileResult result;
        Diagnostics diagnostics(path.string());
        diagnostics.file_error("cannot read file: " + input.reason);
        result.diagnostics = diagnostics.sorted();
        result.unreadable = true;
        return result;
    }
    return load_game_text(*input.text, path);
}

GameFileResult load_game_text(std::string_view text, const std::filesystem::path& path) {
    GameFileResult result;
    Diagnostics diagnostics(path.string());
    if (std::vector<Diagnostic> guarded = toml_guard(text, path.string()); !guarded.empty()) {
        result.diagnostics = std::move(guarded);
        return result;
    }
    toml::table root;
    try {
        root = toml::parse(text, path.string());
    } catch (const toml::parse_error& e) {
        diagnostics.error(e.source().begin, std::string(e.description()));
        result.diagnostics = diagnostics.sorted();
        return result;
    }
    const Reader reader(diagnostics);
    reader.check_keys(root, {"game", "source", "published"});
    std::vector<Diagnostic> weights_diagnostics;
    GameTable game;
    const toml::node* game_node = root.get("game");
    if (game_node == nullptr || !game_node->is_table()) {
        reader.error(nullptr, "missing the [game] table");
    } else {
        game = read_game(*game_node->as_table(), path, reader, weights_diagnostics);
        if (game.game_complete) {
            try {
                games::validate(game.file.game);
            } catch (const InputError& e) {
                reader.error(game_node, e.what());
            }
        }
        if (const toml::node* indices = game_node->as_table()->get("indices")) {
            game.file.indices = reader.indices(*indices);
        }
    }
    GameFile& file = game.file;
    if (const toml::node* source = root.get("source")) {
        if (const toml::table* source_table = source->as_table()) {
            file.source = reader.source(*source_table);
        } else {
            reader.error(source, "'source' must be a table ([source])");
        }
    }
    if (const toml::node* published = root.get("published")) {
        const toml::array* entries = published->as_array();
        if (entries == nullptr) {
            reader.error(published, "'published' must be an array of tables ([[published]])");
        } else {
            const std::vector<std::string>* players =
                game.players_known ? &file.game.players : nullptr;
            for (const toml::node& entry : *entries) {
                if (const toml::table* entry_table = entry.as_table()) {
                    file.published.push_back(reader.published(*entry_table, players));
                } else {
                    reader.error(&entry, "each [[published]] entry must be a table");
                }
            }
        }
    }
    result.diagnostics = diagnostics.sorted();
    result.diagnostics.insert(result.diagnostics.end(), weights_diagnostics.begin(),
                              weights_diagnostics.end());
    if (!has_error(result.diagnostics)) {
        result.game_file = std::move(file);
    }
    return result;
}

namespace {

// The fields of one comma-separated line (RFC 4180: a field in double quotes may hold commas,
// and "" stands for one quote). Sets `problem` for a quote left open or text after a closing
// quote.
std::vector<std::string> csv_fields(std::string_view line, std::string& problem) {
    std::vector<std::string> fields(1);
    std::size_t i = 0;
    bool at_field_start = true;
    while (i < line.size()) {
        const char c = line[i];
        if (at_field_start && c == '"') {
            std::string& field = fields.back();
            ++i;
            for (;;) {
                if (i >= line.size()) {
                    problem = "a quoted field is not closed on its line";
                    return fields;
                }
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line[i++];
            }
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            if (i < line.size() && line[i] != ',') {
                problem = "text after the closing quote of a field";
                return fields;
            }
            at_field_start = false;
            continue;
        }
        if (c == ',') {
            fields.emplace_back();
            at_field_start = true;
        } else {
            fields.back() += c;
            if (c != ' ' && c != '\t')
                at_field_start = false;
        }
        ++i;
    }
    for (std::string& field : fields)
        field = std::string(games::trim_blanks(field));
    return fields;
}

bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

WeightsFileResult load_weights_file(const std::filesystem::path& path) {
    const std::string file = path.string();
    const InputText input = read_input_file(file);
    if (!input.text) {
        WeightsFileResult result;
        result.diagnostics.push_back(
            {file, 0, 0, Diagnostic::Severity::error, "cannot read file: " + input.reason});
        result.unreadable = true;
        return result;
    }
    return load_weights_text(*input.text, file);
}

WeightsFileResult load_weights_text(std::string_view text, std::string_view path) {
    WeightsFileResult result;
    const std::string file{path};
    if (text.starts_with("\xEF\xBB\xBF"))  // a UTF-8 byte order mark
        text.remove_prefix(3);
    NamedWeights weights;
    std::optional<bool> named;
    bool first_line = true;
    int number = 0;
    while (!text.empty()) {
        ++number;
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        line = games::trim_blanks(line);
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const auto error = [&](std::string message) {
            result.diagnostics.push_back(
                {file, number, 0, Diagnostic::Severity::error, std::move(message)});
        };
        std::vector<std::string> fields;
        if (line.find('\t') != std::string_view::npos) {
            // "name<TAB>weight" or "code<TAB>weight<TAB>name" (the player is named by the name).
            std::string_view rest = line;
            while (!rest.empty()) {
                const std::size_t tab = rest.find('\t');
                fields.emplace_back(games::trim_blanks(rest.substr(0, tab)));
                rest.remove_prefix(tab == std::string_view::npos ? rest.size() : tab + 1);
            }
            if (fields.size() == 3)
                fields = {fields[2], fields[1]};
        } else {
            std::string problem;
            fields = csv_fields(line, problem);
            if (!problem.empty()) {
                error(problem);
                first_line = false;
                continue;
            }
        }
        // A first line whose weight holds no digit is a header ("name,weight"), not a player.
        const bool is_header = first_line && !has_digit(fields.back());
        first_line = false;
        if (is_header)
            continue;
        if (fields.size() > 2) {
            error(fmt::format("{} fields; a line is \"weight\", \"name,weight\" (quote a name "
                              "that holds a comma) or \"code<TAB>weight<TAB>name\"",
                              fields.size()));
            continue;
        }
        const bool has_name = fields.size() == 2;
        if (named && *named != has_name) {
            error("either every line has a name (name,weight) or none has");
            continue;
        }
        named = has_name;
        if (has_name) {
            weights.names.push_back(fields.front());
            if (weights.names.back().empty()) {
                error("empty name");
                continue;
            }
        }
        try {
            weights.weights.push_back(games::parse_weight(fields.back()));
        } catch (const InputError& e) {
            error(e.what());
        }
    }
    if (result.diagnostics.empty() && weights.weights.empty()) {
        result.diagnostics.push_back({file, 0, 0, Diagnostic::Severity::error, "no weights"});
    }
    if (!result.diagnostics.empty()) {
        return result;
    }
    if (weights.names.empty()) {
        weights.names = games::default_player_names(static_cast<int>(weights.weights.size()));
    }
    result.weights = std::move(weights);
    return result;
}

}  // namespace jvgov::load
