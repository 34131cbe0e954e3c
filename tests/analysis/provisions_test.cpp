// Which rights are joint-venture provisions, in which family, and where each stands on a day
// (tests/load/valid/jv-provisions.toml).
#include "model/analysis/provisions.hpp"

#include <catch2/catch.hpp>

#include "model/load/loader.hpp"

namespace jvgov::analysis {
namespace {

using namespace std::chrono;

std::vector<std::string> ids(const std::vector<Provision>& provisions) {
    std::vector<std::string> result;
    for (const auto& provision : provisions)
        result.push_back(provision.right->id);
    return result;
}

TEST_CASE("the owners' deadlock devices and transfer restrictions, not an outsider's right",
          "[analysis]") {
    const auto loaded = load::load_model_file(std::string(JVGOV_SOURCE_DIR) +
                                              "/tests/load/valid/jv-provisions.toml");
    REQUIRE(loaded.model);
    const auto provisions = joint_venture_provisions(*loaded.model, year{2025} / 3 / 1);
    CHECK(ids(provisions.deadlock_devices) == std::vector<std::string>{"roulette", "escalation"});
    // gamma-rofr is held by a supplier with no stake in the joint venture.
    CHECK(ids(provisions.transfer_restrictions) ==
          std::vector<std::string>{"mutual-rofr", "lock-up", "drag", "beta-put"});
    CHECK(provisions.transfer_restrictions[1].state == PeriodState::in_force);
    CHECK(provisions.transfer_restrictions[3].state == PeriodState::not_yet_started);

    const auto later = joint_venture_provisions(*loaded.model, year{2030} / 1 / 1);
    CHECK(later.transfer_restrictions[1].state == PeriodState::ended);     // lock-up until 2028
    CHECK(later.transfer_restrictions[3].state == PeriodState::in_force);  // put from 2030
}

TEST_CASE("a right against the entity itself is not a provision among the owners", "[analysis]") {
    auto model = *load::load_model_file(std::string(JVGOV_SOURCE_DIR) +
                                        "/tests/load/valid/jv-provisions.toml")
                      .model;
    governance::Right orders;
    orders.id = "orders";
    orders.kind = governance::RightKind::right_of_first_refusal;
    orders.holders = {"alpha"};
    orders.counterparties = {"duo"};  // the entity: a commercial right, not a share transfer
    model.rights.push_back(orders);
    governance::Right standstill;
    standstill.id = "standstill";
    standstill.kind = governance::RightKind::standstill;
    standstill.holders = {"duo"};  // the entity may hold one against an owner
    standstill.counterparties = {"beta"};
    model.rights.push_back(standstill);
    const auto provisions = joint_venture_provisions(model, year{2025} / 3 / 1);
    CHECK(ids(provisions.transfer_restrictions) ==
          std::vector<std::string>{"mutual-rofr", "lock-up", "drag", "beta-put", "standstill"});
}

TEST_CASE("period states: from inclusive, until exclusive", "[analysis]") {
    const governance::Period period{year{2025} / 1 / 1, year{2026} / 1 / 1};
    CHECK(state_on(period, year{2024} / 12 / 31) == PeriodState::not_yet_started);
    CHECK(state_on(period, year{2025} / 1 / 1) == PeriodState::in_force);
    CHECK(state_on(period, year{2025} / 12 / 31) == PeriodState::in_force);
    CHECK(state_on(period, year{2026} / 1 / 1) == PeriodState::ended);
}

}  // namespace
}  // namespace jvgov::analysis
