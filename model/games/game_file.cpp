#include "model/games/game_file.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>

#include <fmt/core.h>
#include <fmt/format.h>
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
        std::vector<std::int64_t> weights;
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
                weights.push_back(parse_weight(text));
            } catch (const std::invalid_argument& e) {
                fail(&weight, e.what());
            }
        }
        if (weights.size() != players) {
            fail(&weights_node, fmt::format("{} weights for {} players", weights.size(), players));
        }
        return with_quota(table, std::move(weights));
    }

    // The weighted game of `weights` with the table's quota.
    WeightedGame with_quota(const toml::table& table, std::vector<std::int64_t> weights) const {
        WeightedGame game;
        game.weights = std::move(weights);
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

    std::vector<int> players(const toml::array& names, const std::vector<std::string>& players,
                             std::string_view what) const {
        if (names.empty()) {
            fail(&names, fmt::format("'{}' must name at least one player", what));
        }
        std::vector<int> result;
        for (const toml::node& name : names) {
            result.push_back(player(name, players));
        }
        return result;
    }

    std::vector<PowerIndex> indices(const toml::node& node) const {
        const toml::array* list = node.as_array();
        if (list == nullptr || list->empty()) {
            fail(&node, "'indices' must be a non-empty array of index names");
        }
        std::vector<PowerIndex> result;
        for (const toml::node& name : *list) {
            const std::string text = string(name, "an index name");
            const std::optional<PowerIndex> index = parse_power_index(text);
            if (!index) {
                fail(&name, fmt::format("unknown index '{}' ({})", text, index_names()));
            }
            if (std::find(result.begin(), result.end(), *index) != result.end()) {
                fail(&name, fmt::format("index '{}' is listed twice", text));
            }
            result.push_back(*index);
        }
        return result;
    }

    GameSource source(const toml::table& table) const {
        check_keys(table, {"citation", "url", "notes"});
        GameSource result;
        const toml::node* citation = table.get("citation");
        if (citation == nullptr) {
            fail(&table, "[source] needs a 'citation'");
        }
        result.citation = string(*citation, "'citation'");
        if (const toml::node* url = table.get("url")) {
            result.url = string(*url, "'url'");
        }
        if (const toml::node* notes = table.get("notes")) {
            result.notes = string(*notes, "'notes'");
        }
        return result;
    }

    PublishedValue published(const toml::table& table,
                             const std::vector<std::string>& players) const {
        check_keys(table, {"index", "players", "value", "source"});
        const toml::node* index_node = table.get("index");
        if (index_node == nullptr) {
            fail(&table, "a [[published]] entry needs an 'index'");
        }
        const std::string index = string(*index_node, "'index'");
        PublishedValue result;
        if (const std::optional<PowerIndex> power_index = parse_power_index(index)) {
            result.claim = *power_index;
        } else if (index == "veto") {
            result.claim = StructuralClaim::veto;
        } else if (index == "dummy") {
            result.claim = StructuralClaim::dummy;
        } else if (index == "dictator") {
            result.claim = StructuralClaim::dictator;
        } else {
            fail(index_node, fmt::format("unknown index '{}' ({}, or veto, dummy, dictator)", index,
                                         index_names()));
        }
        result.players = this->players(array(table, "players", &table), players, "players");
        const toml::node* value = table.get("value");
        if (std::holds_alternative<PowerIndex>(result.claim)) {
            if (value == nullptr) {
                fail(&table, fmt::format("a published '{}' value needs a 'value'", index));
            }
            result.value = published_value(*value);
            result.value_text = value->is_string() ? *value->value<std::string>()
                                                   : exact::to_fraction_string(result.value);
        } else {
            if (value != nullptr) {
                fail(value,
                     fmt::format("'{}' is a claim about players and takes no 'value'", index));
            }
            if (index == "dictator" && result.players.size() != 1) {
                fail(table.get("players"), "a dictator claim names exactly one player");
            }
        }
        const toml::node* source = table.get("source");
        if (source == nullptr) {
            fail(&table, "a [[published]] entry needs a 'source' (the citation)");
        }
        result.source = string(*source, "'source'");
        return result;
    }

  private:
    static std::string index_names() {
        std::vector<std::string_view> names;
        for (const PowerIndex index : all_power_indices()) {
            names.push_back(power_index_name(index));
        }
        return fmt::format("{}", fmt::join(names, ", "));
    }

    // An exact index value: a whole number or a string "p/q" (or "0.25") between 0 and 1.
    exact::Rational published_value(const toml::node& node) const {
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
            fail(&node, "'value' must be an exact fraction such as \"421/2145\" or a whole number");
        }
        if (*value < 0 || *value > 1) {
            fail(&node, fmt::format("'value' {} is not between 0 and 1",
                                    exact::to_fraction_string(*value)));
        }
        return *value;
    }

    std::filesystem::path path_;
};

}  // namespace

std::vector<PowerIndex> all_power_indices() {
    return {PowerIndex::banzhaf,       PowerIndex::penrose,     PowerIndex::shapley_shubik,
            PowerIndex::deegan_packel, PowerIndex::public_good, PowerIndex::johnston};
}

std::string_view power_index_name(PowerIndex index) {
    switch (index) {
        case PowerIndex::banzhaf:
            return "banzhaf";
        case PowerIndex::penrose:
            return "penrose";
        case PowerIndex::shapley_shubik:
            return "shapley-shubik";
        case PowerIndex::deegan_packel:
            return "deegan-packel";
        case PowerIndex::public_good:
            return "public-good";
        case PowerIndex::johnston:
            return "johnston";
    }
    throw std::logic_error("unknown power index");
}

std::optional<PowerIndex> parse_power_index(std::string_view name) {
    for (const PowerIndex index : all_power_indices()) {
        if (power_index_name(index) == name) {
            return index;
        }
    }
    return std::nullopt;
}

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
    reader.check_keys(root, {"game", "source", "published"});
    const toml::table* game_table = root["game"].as_table();
    if (game_table == nullptr) {
        reader.fail(nullptr, "missing the [game] table");
    }
    const toml::table& table = *game_table;
    reader.check_keys(table, {"name", "players", "rule", "weights", "weights_file", "quota", "part",
                              "blocs", "indices"});
    GameFile result;
    if (const toml::node* name = table.get("name")) {
        result.title = reader.string(*name, "'name'");
    }
    const toml::node* weights_file = table.get("weights_file");
    std::optional<NamedWeights> named_weights;
    if (weights_file != nullptr) {
        result.weights_file = reader.string(*weights_file, "'weights_file'");
        if (table.contains("weights")) {
            reader.fail(table.get("weights"), "give either 'weights' or 'weights_file', not both");
        }
        if (table.contains("players")) {
            reader.fail(table.get("players"),
                        "the players come from the weights file: remove 'players'");
        }
        if (table.contains("rule") || table.contains("part")) {
            reader.fail(weights_file, "'weights_file' is for a single weighted game only");
        }
        const std::filesystem::path weights_path = path.parent_path() / result.weights_file;
        if (!std::filesystem::is_regular_file(weights_path)) {
            reader.fail(weights_file,
                        fmt::format("cannot open the weights file '{}'", weights_path.string()));
        }
        named_weights = load_weights_file(weights_path);
        result.game.players = named_weights->names;
    } else {
        for (const toml::node& player : reader.array(table, "players", &table)) {
            result.game.players.push_back(reader.string(player, "a player name"));
        }
    }
    const std::vector<std::string>& players = result.game.players;
    std::string rule = "weighted";
    const toml::node* rule_node = table.get("rule");
    if (rule_node != nullptr) {
        rule = reader.string(*rule_node, "'rule'");
    }
    if (named_weights) {
        result.game.rule = Rule{reader.with_quota(table, named_weights->weights)};
    } else if (rule == "weighted") {
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
    // The game itself is checked first (the rest refers to its players); from here on the
    // records are independent, so every mistake in them is reported at once.
    std::vector<std::string> errors;
    const auto collect = [&errors](const auto& read) {
        try {
            read();
        } catch (const GameFileError& e) {
            errors.emplace_back(e.what());
        }
    };
    if (const toml::node* indices = table.get("indices")) {
        collect([&] { result.indices = reader.indices(*indices); });
    }
    if (const toml::node* source = root.get("source")) {
        collect([&] {
            const toml::table* source_table = source->as_table();
            if (source_table == nullptr) {
                reader.fail(source, "'source' must be a table ([source])");
            }
            result.source = reader.source(*source_table);
        });
    }
    if (const toml::node* published = root.get("published")) {
        const toml::array* entries = published->as_array();
        if (entries == nullptr) {
            collect([&] {
                reader.fail(published, "'published' must be an array of tables ([[published]])");
            });
        } else {
            for (const toml::node& entry : *entries) {
                collect([&] {
                    const toml::table* entry_table = entry.as_table();
                    if (entry_table == nullptr) {
                        reader.fail(&entry, "each [[published]] entry must be a table");
                    }
                    result.published.push_back(reader.published(*entry_table, players));
                });
            }
        }
    }
    if (!errors.empty()) {
        throw GameFileError(fmt::format("{}", fmt::join(errors, "\n")));
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
        const std::size_t tab = text.find('\t');
        const std::size_t comma = tab != std::string_view::npos ? tab : text.find(',');
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
                std::string_view name = text.substr(0, comma);
                std::string_view weight = text.substr(comma + 1);
                // "code<TAB>weight<TAB>name": the player is named by the name.
                if (const std::size_t second_tab = weight.find('\t');
                    tab != std::string_view::npos && second_tab != std::string_view::npos) {
                    name = weight.substr(second_tab + 1);
                    weight = weight.substr(0, second_tab);
                }
                result.names.emplace_back(trim(name));
                if (result.names.back().empty()) {
                    fail("empty name");
                }
                result.weights.push_back(parse_weight(weight));
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
