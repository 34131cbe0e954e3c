#include "model/report/basis_wording.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "model/report/wording.hpp"

namespace jvgov::report {

std::vector<std::string> in_reading_order(std::vector<std::string> ids) {
    // "GA-3" -> ("GA-", 3); an id without a trailing number sorts by its text.
    const auto key = [](const std::string& id) {
        std::size_t digits = id.size();
        while (digits > 0 && std::isdigit(static_cast<unsigned char>(id[digits - 1])) != 0)
            --digits;
        const std::string number = id.substr(digits);
        return std::pair{id.substr(0, digits),
                         number.empty() || number.size() > 9 ? -1 : std::stoi(number)};
    };
    std::stable_sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) {
        return key(a) < key(b);
    });
    return ids;
}

std::string basis_text(const analysis::Basis& basis, const std::vector<std::string>& common) {
    std::vector<std::string> ids;
    for (const auto& id : in_reading_order(analysis::assumption_ids(basis)))
        if (std::find(common.begin(), common.end(), id) == common.end())
            ids.push_back(id);
    if (!ids.empty())
        return join_and(ids);
    if (!common.empty())
        return "—";
    switch (analysis::certainty(basis)) {
    case analysis::Certainty::confirmed:
        return "confirmed facts only";
    case analysis::Certainty::derived:
        return "confirmed and derived facts";
    case analysis::Certainty::reported:
        return "reported facts, not confirmed";
    case analysis::Certainty::unlabelled:
        return "facts without a confidence label";
    case analysis::Certainty::assumption:
        break;
    }
    return "assumptions";
}

std::string rests_on_sentence(const analysis::Basis& basis) {
    const auto ids = in_reading_order(analysis::assumption_ids(basis));
    if (ids.empty())
        return "Rests on: " + basis_text(basis) + ".";
    return std::string{ids.size() == 1 ? "Rests on: the model's assumption "
                                       : "Rests on: the model's assumptions "} +
           join_and(ids) + " (the governance report gives each with its sources).";
}

nlohmann::ordered_json basis_json(const analysis::Basis& basis) {
    nlohmann::ordered_json facts = nlohmann::ordered_json::array();
    for (const auto& fact : basis.facts) {
        facts.push_back({{"kind", fact.kind},
                         {"id", fact.id},
                         {"confidence", fact.confidence
                                            ? nlohmann::ordered_json(std::string{
                                                  governance::name(*fact.confidence)})
                                            : nlohmann::ordered_json(nullptr)},
                         {"assumptions", fact.assumptions}});
    }
    return {{"certainty", std::string{analysis::certainty_name(analysis::certainty(basis))}},
            {"assumptions", analysis::assumption_ids(basis)},
            {"facts", std::move(facts)}};
}

}  // namespace jvgov::report
