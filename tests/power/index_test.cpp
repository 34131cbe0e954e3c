// The table of power indices: one row per index, spellings that parse back, and the values
// it points to in a PowerTable.
#include "model/power/index.hpp"

#include <set>
#include <string>

#include <catch2/catch.hpp>

namespace power = jvgov::power;
using power::Index;

TEST_CASE("every index has one row, in enum order, with unique spellings", "[power][index]") {
    std::set<std::string_view> spellings;
    for (std::size_t k = 0; k < power::index_table.size(); ++k) {
        const power::IndexInfo& row = power::index_table[k];
        CHECK(static_cast<std::size_t>(row.index) == k);
        CHECK(&power::info(row.index) == &row);
        CHECK(spellings.insert(row.id).second);
        CHECK(!row.display_name.empty());
        CHECK(!row.plain_name.empty());
        CHECK(!row.definition.empty());
        CHECK((row.engines.weighted_dp || row.engines.enumeration || row.engines.monte_carlo));
    }
    CHECK(power::all_indices().size() == power::index_table.size());
}

TEST_CASE("command-line spellings: ids and aliases", "[power][index]") {
    for (const Index index : power::all_indices()) {
        CHECK(power::parse_index(power::index_name(index)) == index);
    }
    CHECK(power::parse_index("ss") == Index::shapley_shubik);
    CHECK(power::parse_index("bz") == Index::banzhaf);
    CHECK(power::index_name(Index::shapley_shubik) == "shapley_shubik");
    CHECK(!power::parse_index("shapley-shubik"));  // the game-file spelling
    CHECK(!power::parse_index(""));
}

TEST_CASE("the reported indices are those game files may name", "[power][index]") {
    CHECK(power::reported_indices() ==
          std::vector<Index>{Index::banzhaf, Index::penrose, Index::shapley_shubik,
                             Index::deegan_packel, Index::public_good, Index::johnston});
    CHECK(power::file_index_names() ==
          "banzhaf, penrose, shapley-shubik, deegan-packel, public-good, johnston");
    CHECK(power::parse_file_index("public-good") == Index::public_good);
    CHECK(!power::parse_file_index("swings"));
    CHECK(!power::parse_file_index(""));
}

TEST_CASE("the blocs and the value of each index", "[power][index]") {
    for (const Index index : power::all_indices()) {
        CHECK(power::info(index).needs_blocs ==
              (index == Index::owen || index == Index::banzhaf_owen));
    }
    power::PlayerPower player;
    player.johnston = power::Rational(1, 3);
    REQUIRE(power::index_value(player, Index::johnston) != nullptr);
    CHECK(*power::index_value(player, Index::johnston) == power::Rational(1, 3));
    CHECK(power::index_value(player, Index::swings) == nullptr);
    CHECK(power::index_value(player, Index::coleman) == nullptr);
}
