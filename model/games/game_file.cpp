#include "model/games/game_file.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>

#include <fmt/core.h>
#include <toml++/toml.h>

#include "model/exact/rational.hpp"

namespace jvgov::games {

namespace {

constexpr std::int64_t max_weight = std::int64_t{1} << 62;

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

std::int64_t share_quota(std::string_view share_text, std::string_view whole_text, bool more_than,
                         std::int64_t total) {
    const std::optional<exact::Rational> share = exact::parse_share(share_text);
    if (!share) {
        throw std::invalid_argument(fmt::format(
            "quota '{}' is not a number of votes, a share like 50% or 2/3, or 'majority'",
            whole_text));
    }
    if (*share <= 0 || *share > 1) {
        throw std::invalid_argument(
            fmt::format("quota '{}' must be a share above 0% and at most 100%", whole_text));
    }
    if (more_than && *share == 1) {
        throw std::invalid_argument(fmt::format(
            "quota '{}' can never be reached: no coalition has more than all votes", whole_text));
    }
    return more_than ? quota_more_than(*share, total) : quota_at_least(*share, total);
}

// Locates errors at a TOML node.
class Reader {
  public:
    explicit Reader(std::filesystem::path path) : path_(std::move(path)) {}

    [[noreturn]] void fail(const toml::node* node, std::string_view message) const {
        if (node != nullptr && node->source().begin.line > 0) {
            throw GameFileError(fmt::format("{}:{}:{}: error: {}", path_.string(),
                                            node->source().begin.line, node->source().begin.column,
                                            message));
        }
        throw GameFileError(fmt::format("{}: error: {}", path_.string(), message));
    }

    const toml::array& array(const toml::table& table, std::string_view key,
                             const toml::node* owner) const {
        const toml::node* node = table.get(key);
        if (node == nullptr) {
            fail(owner, fmt::format("missing '{}'", key));
        }
        const toml::array* result = node->as_array();
        if (result == nullptr) {
            fail(node, fmt::format("'{}' must be an array", key));
        }
        return *result;
    }

    std::string string(const toml::node& node, std::string_view what) const {
        const auto value = node.value<std::string>();
        if (!value) {
            fail(&node, fmt::format("{} must be a string", what));
        }
        return *value;
    }

    int player(const toml::node& node, const std::vector<std::string>& players) const {
        const std::string name = string(node, "a player name");
        const auto found = std::find(players.begin(), players.end(), name);
        if (found == players.end()) {
            fail(&node, fmt::format("unknown player '{}'", name));
        }
        return static_cast<int>(found - players.begin());
    }

    void check_keys(const toml::table& table,
                    std::initializer_list<std::string_view> allowed) const {
        for (const auto& [key, value] : table) {
            if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
                fail(&value, fmt::format("unknown key '{}'", key.str()));
            }
        }
    }

    WeightedGame weighted(const toml::table& table, std::size_t players) const {
        const toml::array& weights_node = array(table, "weights", &table);
        WeightedGame game;
        for (const toml::node& weight : weights_node) {
            std::string text;
            if (const auto integer = weight.value_exact<std::int64_t>()) {
                text = std::to_string(*integer);
            } else if (const auto str = weight.value_exact<std::string>()) {
                text = *str;
            } else {
                fail(&weight, "a weight must be a whole number");
            }
            try {
                game.weights.push_back(parse_weight(text));
            } catch (const std::invalid_argument& e) {
                fail(&weight, e.what());
            }
        }
        if (game.weights.size() != players) {
            fail(&weights_node,
                 fmt::format("{} weights for {} players", game.weights.size(), players));
        }
        const toml::node* quota = table.get("quota");
        if (quota == nullptr) {
            fail(&table, "missing 'quota'");
        }
        std::string quota_text;
        if (const auto integer = quota->value_exact<std::int64_t>()) {
            quota_text = std::to_string(*integer);
        } else if (const auto str = quota->value_exact<std::string>()) {
            quota_text = *str;
        } else {
            fail(quota, "'quota' must be a whole number or a string such as \"50%\"");
        }
        try {
            game.quota = parse_quota(quota_text, total_weight(game));
            validate(game);
        } catch (const std::invalid_argument& e) {
            fail(quota, e.what());
        }
        return game;
    }

    Rule part(const toml::table& table, const std::vector<std::string>& players) const {
        if (const toml::node* consent = table.get("consent")) {
            check_keys(table, {"consent"});
            return consent_of(static_cast<int>(players.size()), player(*consent, players));
        }
        if (const toml::node* list = table.get("minimal_winning")) {
            check_keys(table, {"minimal_winning"});
            const toml::array* coalitions = list->as_array();
            if (coalitions == nullptr || coalitions->empty()) {
                fail(list, "'minimal_winning' must be a non-empty array of arrays of names");
            }
            MinimalWinningList result;
            for (const toml::node& coalition : *coalitions) {
                const toml::array* names = coalition.as_array();
                if (names == nullptr || names->empty()) {
                    fail(&coalition, "a minimal winning coalition must be a non-empty array");
                }
                Coalition set = 0;
                for (const toml::node& name : *names) {
                    set |= singleton(player(name, players));
                }
                result.coalitions.push_back(set);
            }
            return Rule{std::move(result)};
        }
        check_keys(table, {"weights", "quota"});
        return Rule{weighted(table, players.size())};
    }

  private:
    std::filesystem::path path_;
};

}  // namespace

std::int64_t parse_quota(std::string_view text, std::int64_t total_weight) {
    const std::string_view trimmed = trim(text);
    if (trimmed == "majority") {
        return quota_more_than(exact::Rational(1, 2), total_weight);
    }
    constexpr std::string_view more_than = "more than ";
    if (trimmed.substr(0, more_than.size()) == more_than) {
        return share_quota(trimmed.substr(more_than.size()), text, true, total_weight);
    }
    if (trimmed.find_first_of("%/") != std::string_view::npos) {
        return share_quota(trimmed, text, false, total_weight);
    }
    const std::optional<exact::Rational> votes = exact::parse_decimal(trimmed);
    if (!votes) {
        throw std::invalid_argument(fmt::format(
            "quota '{}' is not a number of votes, a share like 50% or 2/3, or 'majority'", text));
    }
    if (denominator(*votes) != 1) {
        throw std::invalid_argument(fmt::format("quota '{}' is not a whole number of votes", text));
    }
    if (*votes > max_weight || *votes < -max_weight) {
        throw std::invalid_argument(fmt::format("quota '{}' is too large", text));
    }
    return static_cast<std::int64_t>(numerator(*votes));
}

std::int64_t parse_weight(std::string_view text) {
    const std::optional<exact::Rational> weight = exact::parse_decimal(trim(text));
    if (!weight) {
        throw std::invalid_argument(fmt::format("weight '{}' is not a number", text));
    }
    if (*weight < 0) {
        throw std::invalid_argument(fmt::format("weight '{}' is negative", text));
    }
    if (denominator(*weight) != 1) {
        throw std::invalid_argument(fmt::format("weight '{}' is not a whole number", text));
    }
    if (*weight > max_weight) {
        throw std::invalid_argument(fmt::format("weight '{}' is larger than 2^62", text));
    }
    return static_cast<std::int64_t>(numerator(*weight));
}

GameFile load_game_file(const std::filesystem::path& path) {
    const Reader reader(path);
    if (!std::filesystem::is_regular_file(path)) {
        reader.fail(nullptr, "cannot open the file");
    }
    toml::table root;
    try {
        root = toml::parse_file(path.string());
    } catch (const toml::parse_error& e) {
        throw GameFileError(fmt::format("{}:{}:{}: error: {}", path.string(), e.source().begin.line,
                                        e.source().begin.column, e.description()));
    }
    reader.check_keys(root, {"game"});
    const toml::table* game_table = root["game"].as_table();
    if (game_table == nullptr) {
        reader.fail(nullptr, "missing the [game] table");
    }
    const toml::table& table = *game_table;
    reader.check_keys(table, {"name", "players", "rule", "weights", "quota", "part", "blocs"});
    GameFile result;
    if (const toml::node* name = table.get("name")) {
        result.title = reader.string(*name, "'name'");
    }
    for (const toml::node& player : reader.array(table, "players", &table)) {
        result.game.players.push_back(reader.string(player, "a player name"));
    }
    const std::vector<std::string>& players = result.game.players;
    std::string rule = "weighted";
    const toml::node* rule_node = table.get("rule");
    if (rule_node != nullptr) {
        rule = reader.string(*rule_node, "'rule'");
    }
    if (rule == "weighted") {
        if (table.contains("part")) {
            reader.fail(table.get("part"), "a weighted game has no parts (use rule = \"all_of\")");
        }
        result.game.rule = Rule{reader.weighted(table, players.size())};
    } else if (rule == "all_of" || rule == "any_of") {
        if (table.contains("weights") || table.contains("quota")) {
            reader.fail(table.get(table.contains("weights") ? "weights" : "quota"),
                        "put the weights and quota of each part under [[game.part]]");
        }
        const toml::array& parts_node = reader.array(table, "part", &table);
        std::vector<Rule> parts;
        for (const toml::node& part : parts_node) {
            const toml::table* part_table = part.as_table();
            if (part_table == nullptr) {
                reader.fail(&part, "each part must be a table");
            }
            parts.push_back(reader.part(*part_table, players));
        }
        if (parts.empty()) {
            reader.fail(&parts_node, "no parts");
        }
        if (rule == "all_of") {
            result.game.rule = Rule{AllOf{std::move(parts)}};
        } else {
            result.game.rule = Rule{AnyOf{std::move(parts)}};
        }
    } else {
        reader.fail(rule_node, fmt::format("unknown rule '{}' (weighted, all_of or any_of)", rule));
    }
    if (const toml::node* blocs = table.get("blocs")) {
        const toml::array* list = blocs->as_array();
        if (list == nullptr) {
            reader.fail(blocs, "'blocs' must be an array of arrays of names");
        }
        for (const toml::node& bloc : *list) {
            const toml::array* names = bloc.as_array();
            if (names == nullptr) {
                reader.fail(&bloc, "a bloc must be an array of names");
            }
            std::vector<int> members_of_bloc;
            for (const toml::node& name : *names) {
                members_of_bloc.push_back(reader.player(name, players));
            }
            result.blocs.push_back(std::move(members_of_bloc));
        }
    }
    try {
        validate(result.game);
    } catch (const std::invalid_argument& e) {
        reader.fail(&table, e.what());
    }
    return result;
}

NamedWeights load_weights_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) {
        throw GameFileError(fmt::format("{}: error: cannot open the file", path.string()));
    }
    NamedWeights result;
    std::optional<bool> named;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string_view text = trim(line);
        if (text.empty() || text.front() == '#') {
            continue;
        }
        const std::size_t comma = text.find(',');
        const bool has_name = comma != std::string_view::npos;
        auto fail = [&](std::string_view message) {
            throw GameFileError(fmt::format("{}:{}: error: {}", path.string(), number, message));
        };
        if (named && *named != has_name) {
            fail("either every line has a name (name,weight) or none has");
        }
        named = has_name;
        try {
            if (has_name) {
                result.names.emplace_back(trim(text.substr(0, comma)));
                if (result.names.back().empty()) {
                    fail("empty name");
                }
                result.weights.push_back(parse_weight(text.substr(comma + 1)));
            } else {
                result.weights.push_back(parse_weight(text));
            }
        } catch (const std::invalid_argument& e) {
            fail(e.what());
        }
    }
    if (result.weights.empty()) {
        throw GameFileError(fmt::format("{}: error: no weights", path.string()));
    }
    if (result.names.empty()) {
        result.names = default_player_names(static_cast<int>(result.weights.size()));
    }
    return result;
}

}  // namespace jvgov::games
