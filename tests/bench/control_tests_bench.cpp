// jvgov_control_tests_bench: times every control test (model/analysis/control_tests.hpp) on
// every date of a generated model of 200 companies and 2,000 stakes (issue 11; see
// docs/performance.md):
//
//   jvgov_control_tests_bench [--repeat N]
//
// The model (fixed seed, own splitmix64 generator, written as TOML and loaded by the loader; the
// load is not timed):
// - 100 ultimate holders (funds) and 200 companies c0..c199;
// - each company has 8 holdings ("slots"), each held by a company of a lower number with
//   probability 30%, else a fund; seven hold 1% to 12% each and the eighth the rest, so every
//   company is fully allocated on every date;
// - the last two slots of every company change hands on the first day of one of the nine months
//   after 2025-01-01 (two stakes each): 1,200 + 2 x 400 = 2,000 stakes, and up to ten dates on
//   which the stakes change (2025-01-01 and each changeover);
// - every company has a members' meeting with three matters (more than 50%, relevant, the
//   default; at least 75%, strategic; at least 90%, protective); every fourth company also a
//   board of five seats appointed by its first three holders (2, 2, 1) with a casting vote
//   and one matter (more than 50%, relevant).
// Prints one line per measure, tab-separated: what, value. Times are the median, min and max
// of the repeats in seconds (steady clock) of control_tests on all ten dates.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "model/analysis/control_tests.hpp"
#include "model/load/loader.hpp"

namespace {

class SplitMix64 {
  public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

  private:
    std::uint64_t state_;
};

constexpr int fund_count = 100;
constexpr int company_count = 200;
constexpr int slots_per_company = 8;

std::string generated_model() {
    SplitMix64 random(11);
    std::string text = "[model]\nname = \"Generated\"\nentity = \"c199\"\nas_of = 2025-01-01\n";
    for (int f = 0; f < fund_count; ++f)
        text += fmt::format("\n[[parties]]\nid = \"f{0}\"\nname = \"Fund {0}\"\nkind = \"fund\"\n", f);
    for (int c = 0; c < company_count; ++c)
        text += fmt::format(
            "\n[[parties]]\nid = \"c{0}\"\nname = \"Company {0}\"\nkind = \"company\"\n", c);
    const auto pick = [&](int c, const std::vector<std::string>& taken) {
        while (true) {
            const bool company = c > 0 && random.below(100) < 30;
            std::string holder = company ? fmt::format("c{}", random.below(static_cast<std::size_t>(c)))
                                         : fmt::format("f{}", random.below(fund_count));
            if (std::find(taken.begin(), taken.end(), holder) == taken.end())
                return holder;
        }
    };
    for (int c = 0; c < company_count; ++c) {
        std::vector<std::string> holders;
        while (static_cast<int>(holders.size()) < slots_per_company)
            holders.push_back(pick(c, holders));
        int left = 100;
        for (int h = 0; h < slots_per_company; ++h) {
            const int share =
                h + 1 < slots_per_company ? 1 + static_cast<int>(random.below(12)) : left;
            left -= share;
            const auto& holder = holders[static_cast<std::size_t>(h)];
            if (h < slots_per_company - 2) {
                text += fmt::format(
                    "\n[[stakes]]\nholder = \"{}\"\nissuer = \"c{}\"\neconomic = \"{}%\"\n"
                    "from = 2025-01-01\n",
                    holder, c, share);
                continue;
            }
            // The last two slots change hands on the first day of a month in 2025.
            std::vector<std::string> taken = holders;
            const std::string buyer = pick(c, taken);
            const int month = 2 + static_cast<int>(random.below(9));
            text += fmt::format(
                "\n[[stakes]]\nholder = \"{0}\"\nissuer = \"c{1}\"\neconomic = \"{2}%\"\n"
                "from = 2025-01-01\nuntil = 2025-{3:02}-01\n"
                "\n[[stakes]]\nholder = \"{4}\"\nissuer = \"c{1}\"\neconomic = \"{2}%\"\n"
                "from = 2025-{3:02}-01\n",
                holder, c, share, month, buyer);
        }
        text += fmt::format(
            "\n[[bodies]]\nid = \"m{0}\"\nname = \"Members of c{0}\"\nof = \"c{0}\"\nkind = "
            "\"members\"\n",
            c);
        text += fmt::format(
            "\n[[matters]]\nid = \"m{0}-ordinary\"\nname = \"Ordinary\"\nbody = \"m{0}\"\nrule = "
            "{{ more_than = \"50%\" }}\ndefault = true\ncategory = \"relevant\"\n"
            "\n[[matters]]\nid = \"m{0}-budget\"\nname = \"Budget\"\nbody = \"m{0}\"\nrule = "
            "{{ at_least = \"75%\" }}\ncategory = \"strategic\"\n"
            "\n[[matters]]\nid = \"m{0}-articles\"\nname = \"Articles\"\nbody = \"m{0}\"\nrule = "
            "{{ at_least = \"90%\" }}\ncategory = \"protective\"\n",
            c);
        if (c % 4 == 0) {
            text += fmt::format(
                "\n[[parties]]\nid = \"chair{0}\"\nname = \"Chair {0}\"\nkind = \"person\"\n"
                "\n[[bodies]]\nid = \"b{0}\"\nname = \"Board of c{0}\"\nof = \"c{0}\"\nkind = "
                "\"board\"\nchair = \"chair{0}\"\ncasting_vote = true\nseats = [{{ appointed_by = "
                "\"{1}\", count = 2, directors = [\"chair{0}\"] }}, {{ appointed_by = \"{2}\", "
                "count = 2 }}, {{ appointed_by = \"{3}\", count = 1 }}]\n"
                "\n[[matters]]\nid = \"b{0}-ops\"\nname = \"Operations\"\nbody = \"b{0}\"\nrule = "
                "{{ more_than = \"50%\" }}\ndefault = true\ncategory = \"relevant\"\n",
                c, holders[0], holders[1], holders[2]);
        }
    }
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 5;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--repeat")
            repeat = std::max(1, std::stoi(argv[i + 1]));
    const auto loaded = jvgov::load::load_model(generated_model(), "generated.toml");
    if (!loaded.model) {
        for (const auto& diagnostic : loaded.diagnostics)
            std::cerr << diagnostic.message << "\n";
        return 1;
    }
    const auto& model = *loaded.model;
    std::vector<jvgov::governance::Date> dates;
    for (const auto& stake : model.stakes)
        if (stake.period.from &&
            std::find(dates.begin(), dates.end(), *stake.period.from) == dates.end())
            dates.push_back(*stake.period.from);
    std::sort(dates.begin(), dates.end());
    std::vector<double> seconds;
    std::size_t entities = 0;
    std::size_t matters = 0;
    std::size_t joint = 0;
    std::size_t not_compiled = 0;
    std::string first_error;
    for (int r = 0; r < repeat; ++r) {
        entities = matters = joint = not_compiled = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const auto date : dates) {
            for (const auto& control : jvgov::analysis::control_tests(model, date)) {
                ++entities;
                if (!control.compile_error.empty()) {
                    ++not_compiled;
                    if (first_error.empty())
                        first_error = control.compile_error;
                }
                matters += control.matters.size();
                joint += control.overall.classification ==
                         jvgov::analysis::Classification::joint_control;
            }
        }
        seconds.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    std::cout << "stakes\t" << model.stakes.size() << "\n"
              << "dates\t" << dates.size() << "\n"
              << "entity-dates\t" << entities << "\n"
              << "matter games\t" << matters << "\n"
              << "joint control\t" << joint << "\n"
              << "entity-dates whose rules are not games\t" << not_compiled << " " << first_error
              << "\n"
              << fmt::format("seconds (median, min, max of {})\t{:.3f} {:.3f} {:.3f}\n", repeat,
                             seconds[seconds.size() / 2], seconds.front(), seconds.back());
}
