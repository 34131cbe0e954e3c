// Typed, checked reading of the keys of one TOML table, for the loader (model/load/loader.cpp).
//
// Each read reports what is wrong with the value (missing, wrong type, inexact float,
// malformed or out-of-range number) as a located diagnostic and returns nullopt, so the loader
// can keep going and report every problem of a file at once. Every key the loader asks for is
// a known key; finish() reports the others as unknown, with a suggestion for near misses.
// Internal to model/load: other modules include loader.hpp, never toml++.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <toml++/toml.h>

#include "model/governance/model.hpp"
#include "model/load/diagnostic.hpp"

namespace jvgov::load {

// Collects the diagnostics of one file.
class Diagnostics {
  public:
    explicit Diagnostics(std::string file) : file_(std::move(file)) {}

    void error(const toml::source_position& where, std::string message);
    void warning(const toml::source_position& where, std::string message);
    // A problem of the whole file, with no position ("path: error: message").
    void file_error(std::string message);

    // The number of diagnostics so far (errors and warnings), to tell whether a read added any.
    std::size_t count() const { return list_.size(); }

    // The diagnostics so far, sorted by line then column (stable: same position keeps order).
    std::vector<Diagnostic> sorted() const;

  private:
    std::string file_;
    std::vector<Diagnostic> list_;
};

// "a string", "an integer", "a float", ... for messages.
std::string_view type_name(toml::node_type type);

// "2025-01-22".
std::string format_date(governance::Date date);

// The exact value written for people: "40%", "33.33%", "1/3" when no short decimal exists.
std::string exact_percent_text(const governance::Rational& value);

enum class Need { optional, required };

class Fields {
  public:
    // `what` names the table in messages: "[[parties]]", "seat group", "rule", ...
    Fields(const toml::table& table, std::string what, Diagnostics& diagnostics);

    const toml::table& table() const { return table_; }

    // The table's name in messages ("[[rights]]", "deadlock", ...).
    const std::string& what() const { return what_; }

    // Position of the table itself (its header, or '{' of an inline table).
    toml::source_position where() const { return table_.source().begin; }

    // Position of the key's value, or of the table when the key is absent.
    toml::source_position position(std::string_view key) const;

    // The raw node (nullptr when absent). Marks the key as known.
    const toml::node* node(std::string_view key);

    bool has(std::string_view key) { return node(key) != nullptr; }

    std::optional<std::string> string(std::string_view key, Need need = Need::optional);
    std::optional<bool> boolean(std::string_view key);
    std::optional<governance::Date> date(std::string_view key, Need need = Need::optional);
    // A TOML date, or a month written as a string "2025-06" (the day unknown): the first day of
    // the month with DatePrecision::month.
    std::optional<std::pair<governance::Date, governance::DatePrecision>> day_or_month(
        std::string_view key, Need need = Need::optional);
    // A non-negative integer.
    std::optional<governance::Integer> count(std::string_view key, Need need = Need::optional);
    // An exact share string in [0, 1].
    std::optional<governance::Rational> share(std::string_view key, Need need = Need::optional);
    // An exact share string in (0, 1].
    std::optional<governance::Rational> threshold(std::string_view key);
    // A non-negative amount of money: a decimal string ("19e9") or an integer; `in_usd` says
    // whether messages speak of US dollars (committed_usd) or of an amount in any currency.
    std::optional<governance::Rational> money(std::string_view key, bool in_usd = true);

    // An array of strings; each string with its position (for reference checks).
    struct Item {
        std::string text;
        toml::source_position where;
    };

    std::vector<Item> strings(std::string_view key, Need need = Need::optional);

    // An array whose elements are strings (holding on every date) or tables
    // `{ <name_key> = "...", from = ..., until = ... }` (holding in their period), e.g. roles
    // `["investor", { role = "chair", from = 2019-04-01 }]`. One entry per string or table
    // element, in order (the text empty when a table lacks a valid `name_key`); `where` is the
    // position of the string. Other elements are reported and skipped.
    struct DatedItem {
        std::string text;
        governance::Period period;
        toml::source_position where;
    };

    std::vector<DatedItem> dated_strings(std::string_view key, std::string_view name_key);
    // A table (standard or inline).
    const toml::table* subtable(std::string_view key, Need need = Need::optional);
    // An array whose elements are tables; non-table elements are reported and skipped.
    std::vector<const toml::table*> tables(std::string_view key);
    // from/until, reporting an 'until' that is not after 'from' (the dates are kept as written).
    governance::Period period();

    // Marks a key as known without reading it.
    void known(std::string_view key) { known_.insert(std::string(key)); }

    // Reports every key of the table that was never asked for.
    void finish();

    void missing(std::string_view key);
    void wrong_type(std::string_view key, const toml::node& node, std::string_view expected);

  private:
    const toml::table& table_;
    std::string what_;
    Diagnostics& diagnostics_;
    std::set<std::string> known_;
};

}  // namespace jvgov::load
