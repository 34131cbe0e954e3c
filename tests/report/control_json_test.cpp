// control.json: the exact values of the default model, the schema's fields, and every number
// equal to the one the markdown shows.
#include "model/report/control_json.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "model/exact/rational.hpp"
#include "model/load/loader.hpp"
#include "model/report/wording.hpp"

namespace jvgov::report {
namespace {

using namespace std::chrono;
using Json = nlohmann::ordered_json;
using analysis::control_facts;

const governance::Model& stargate() {
    static const governance::Model model =
        *load::load_model_file(JVGOV_SOURCE_DIR "/data/stargate.toml").model;
    return model;
}

const ReportContext context{"data/stargate.toml", "jvgov test", {}};

Json holder_in(const Json& list, const std::string& id) {
    for (const auto& entry : list) {
        if (entry["holder"] == id)
            return entry;
    }
    return nullptr;
}

exact::Rational exact_of(const Json& fraction) {
    const auto value = exact::parse_share(fraction["exact"].get<std::string>());
    REQUIRE(value);
    CHECK(fraction["decimal"] == exact::to_decimal_string(*value, 6));
    return *value;
}

// The cells of the markdown table row that starts with "| <label> |", in the section after
// `heading`.
std::vector<std::string> row_cells(const std::string& markdown, const std::string& heading,
                                   const std::string& label) {
    const auto section = markdown.find(heading + "\n");
    REQUIRE(section != std::string::npos);
    const auto start = markdown.find("\n| " + label + " |", section);
    REQUIRE(start != std::string::npos);
    const auto end = markdown.find('\n', start + 1);
    const auto line = markdown.substr(start + 2, end - start - 2);
    REQUIRE(line.size() >= 4);
    const auto inner = line.substr(2, line.size() - 4);  // without "| " and " |"
    std::vector<std::string> cells;
    std::size_t from = 0;
    for (auto to = inner.find(" | "); to != std::string::npos; to = inner.find(" | ", from)) {
        cells.push_back(inner.substr(from, to - from));
        from = to + 3;
    }
    cells.push_back(inner.substr(from));
    return cells;
}

}  // namespace

TEST_CASE("control.json of Stargate on 2026-03-31: exact figures", "[report][control-json]") {
    const auto facts = control_facts(stargate(), year{2026} / 3 / 31);
    const auto json = Json::parse(render_control_json(facts, context));
    CHECK(json["schema"] == "jvgov/control@4");
    CHECK(json["entity"] == Json{{"id", "stargate"}, {"name", "Stargate"}});
    CHECK(json["as_of"] == "2026-03-31");
    CHECK(json["model_file"] == "data/stargate.toml");
    CHECK(json["generator"] == "jvgov test");

    // 27% of OpenAI x 40% of Stargate; SoftBank 40% directly and 11% x 40% through OpenAI (its
    // 2026 tranches give stake only when paid: the 11% is carried forward,
    // tests/ownership/stargate_ownership_test.cpp).
    const auto microsoft = holder_in(json["look_through"], "microsoft");
    CHECK(microsoft["total"] == Json{{"exact", "27/250"}, {"decimal", "0.108000"}});
    CHECK(microsoft["direct"]["exact"] == "0");
    CHECK(microsoft["via"] == Json::array({"openai"}));
    const auto softbank = holder_in(json["look_through"], "softbank");
    CHECK(softbank["direct"]["exact"] == "2/5");
    CHECK(softbank["indirect"]["exact"] == "11/250");
    CHECK(softbank["total"]["exact"] == "111/250");

    const auto& openai_control = json["control"][1];
    CHECK(openai_control["entity"] == "openai");
    CHECK(openai_control["ultimate_controller"] == "openai-foundation");
    CHECK(openai_control["basis"] == "appointment");
    CHECK(openai_control["seats"] == 1);
    CHECK(openai_control["board_seats"] == 1);

    // Members' meeting, statutory majority (more than half of 40/40/10/10): SoftBank and
    // OpenAI's vote (the Foundation) 1/3 each, Oracle and MGX 1/6 (swings 2, 2, 1, 1).
    const auto& matters = json["indirect_voting_power"]["matters"];
    REQUIRE(matters.size() == 7);
    const auto& statutory = matters[0];
    CHECK(statutory["matter"] == "members-statutory-default");
    CHECK(statutory["method"] == "exact");
    CHECK(holder_in(statutory["holders"], "openai-foundation")["banzhaf"]["exact"] == "1/3");
    CHECK(holder_in(statutory["holders"], "softbank")["banzhaf"]["exact"] == "1/3");
    CHECK(holder_in(statutory["holders"], "oracle")["shapley_shubik"]["exact"] == "1/6");
    CHECK(statutory["members"][0]["player"] == "openai");
    // Microsoft has economic interest but no vote anywhere: it is no player of any game.
    for (const auto& matter : matters)
        CHECK(holder_in(matter["holders"], "microsoft").is_null());
    CHECK(matters[6]["view"] == "bloc");
}

TEST_CASE("control.json of a 50/50 joint venture: the de facto test counts the tie",
          "[report][control-json]") {
    // T&S Hardwoods KD (data/examples): two members of 50% each. Robinson cannot outvote T&S,
    // but ties it, which stops its majority decisions: no de facto power (schema version 4).
    const auto model =
        *load::load_model_file(JVGOV_SOURCE_DIR "/data/examples/ts-hardwoods-kd.toml").model;
    const auto facts = control_facts(model, year{2022} / 7 / 8);
    const auto json = Json::parse(render_control_json(facts, context));
    const auto& de_facto = json["control_tests"][0]["de_facto"];
    CHECK(de_facto["holder"] == "ts-hardwoods");
    CHECK(de_facto["outvoting"].is_null());
    CHECK(de_facto["tying"] == 1);
    CHECK(de_facto["outcome"] == "no_power");
}

TEST_CASE("control.json: every number equals the markdown's", "[report][control-json]") {
    for (const auto day : {governance::Date{year{2025} / 1 / 22}, year{2026} / 4 / 28}) {
        const auto facts = control_facts(stargate(), day);
        const auto json = Json::parse(render_control_json(facts, context));
        const auto markdown = render_control_report(facts, context, "control.json");
        for (const auto& row : json["look_through"]) {
            const auto cells = row_cells(markdown, "## Look-through economic interest in Stargate",
                                         row["label"].get<std::string>());
            REQUIRE(cells.size() == 6);
            CHECK(cells[1] == share_text(exact_of(row["direct"])));
            CHECK(cells[2] == share_text(exact_of(row["indirect"])));
            CHECK(cells[3] == share_text(exact_of(row["total"])));
        }
        const auto& matters = json["indirect_voting_power"]["matters"];
        for (std::size_t k = 0; k < matters.size(); ++k) {
            for (const auto& holder : matters[k]["holders"]) {
                const auto label = holder["label"].get<std::string>();
                for (const auto& [heading, index] :
                     {std::pair<std::string, std::string>{"### Normalised Banzhaf index",
                                                          "banzhaf"},
                      {"### Shapley–Shubik index", "shapley_shubik"}}) {
                    const auto cells = row_cells(markdown, heading, label);
                    REQUIRE(cells.size() == 2 + matters.size());
                    const auto value = exact_of(holder[index]);
                    INFO(label << " " << index << " M" << k + 1);
                    CHECK(cells[2 + k] == holder[index]["exact"].get<std::string>() + " (" +
                                              exact::to_decimal_string(value, 4) + ")");
                }
            }
        }
    }
}

TEST_CASE("control files: the markdown links the JSON written beside it",
          "[report][control-json]") {
    const auto files = render_control_files(control_facts(stargate(), year{2025} / 1 / 22), context,
                                            "out/control-latest");
    // The markdown, the JSON, then each table as CSV (report/csv_tables.hpp).
    REQUIRE(files.size() > 2);
    CHECK(files[0].path == "out/control-latest.md");
    CHECK(files[1].path == "out/control-latest.json");
    for (std::size_t i = 2; i < files.size(); ++i)
        CHECK(files[i].path.parent_path() == "out/control-latest-tables");
    CHECK_THAT(files[0].contents,
               Catch::Contains("- Data: [control-latest.json](control-latest.json), every figure "
                               "of this report as JSON (schema jvgov/control@4)\n"));
    CHECK(files[1].contents.back() == '\n');
    CHECK(Json::parse(files[1].contents)["as_of"] == "2025-01-22");
}

}  // namespace jvgov::report
