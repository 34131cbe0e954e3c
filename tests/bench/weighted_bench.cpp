// jvgov_bench: times the exact weighted-game engine on the games of issue 3 and the threshold
// sweep behind the voting-power charts (see docs/performance.md). One workload per process, so
// that the peak memory reported (getrusage ru_maxrss) belongs to that workload alone:
//
//   jvgov_bench --list
//   jvgov_bench WORKLOAD [--repeat N] [--imf FILE]
//   jvgov_bench WORKLOAD --write-weights FILE
//
// The last form writes the workload's weights (one per line, the format of --weights-file) to
// FILE and prints its quota, so that tools/run-bench.sh can time whole `jvgov power` processes
// on the same game.
//
// prints one tab-separated line: workload, players, quota, total, median seconds, min, max,
// repeats, peak resident MiB, and a checksum of the result (decimal digits of one exact value)
// so that runs can be compared.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/exact/rational.hpp"
#include "model/games/weighted_game.hpp"
#include "model/power/threshold_sweep.hpp"
#include "model/power/weighted_power.hpp"
#include <sys/resource.h>

namespace {

using jvgov::exact::Rational;
using jvgov::games::WeightedGame;
namespace power = jvgov::power;

// n weights uniform in [low, high] from std::mt19937_64 with an explicit reduction (the std
// distributions are not portable across standard libraries).
std::vector<std::int64_t> random_weights(std::size_t n, std::int64_t low, std::int64_t high,
                                         std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::uint64_t span = static_cast<std::uint64_t>(high - low) + 1;
    std::vector<std::int64_t> weights(n);
    for (std::int64_t& w : weights) {
        w = low + static_cast<std::int64_t>(engine() % span);
    }
    return weights;
}

// IMF Board of Governors votes, 2022-10-02 (data/examples/imf2022-votes.txt: ISO, votes, name,
// tab-separated; source: IMF "IMF Members' Quotas and Voting Power, and IMF Board of
// Governors"; 190 members, 5,039,930 votes).
std::vector<std::int64_t> imf_weights(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    std::vector<std::int64_t> weights;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string iso;
        std::int64_t votes = 0;
        if (std::getline(fields, iso, '\t') && fields >> votes) {
            weights.push_back(votes);
        }
    }
    return weights;
}

// "More than half" of the total: floor(T/2) + 1; "at least 85%": ceil(0.85 T).
WeightedGame majority(std::vector<std::int64_t> weights) {
    WeightedGame game{std::move(weights), 1};
    game.quota = jvgov::games::quota_more_than(Rational(1, 2), jvgov::games::total_weight(game));
    return game;
}

WeightedGame at_least(std::vector<std::int64_t> weights, Rational fraction) {
    WeightedGame game{std::move(weights), 1};
    game.quota = jvgov::games::quota_at_least(fraction, jvgov::games::total_weight(game));
    return game;
}

std::string digits(const jvgov::exact::Integer& value) {
    std::string text = value.str();
    return text.size() <= 12
               ? text
               : text.substr(0, 12) + "...(" + std::to_string(text.size()) + " digits)";
}

struct Workload {
    std::string name;
    std::function<WeightedGame(const std::string& imf_path)> game;
    std::function<std::string(const WeightedGame&)> run;  // returns a checksum
};

std::string banzhaf(const WeightedGame& game) {
    return digits(power::banzhaf_swings(game)[0]);
}

std::string shapley(const WeightedGame& game) {
    return digits(numerator(power::shapley_shubik(game)[0]));
}

std::string deegan_packel(const WeightedGame& game) {
    return digits(numerator(power::minimal_winning_counts(game).deegan_packel_raw[0]));
}

std::string public_good(const WeightedGame& game) {
    return digits(power::minimal_winning_counts(game, {.deegan_packel = false}).containing[0]);
}

std::string johnston(const WeightedGame& game) {
    return digits(numerator(power::johnston_raw(game)[0]));
}

std::string every_index(const WeightedGame& game) {
    std::string check = digits(power::count_winning(game));
    power::banzhaf_swings(game);
    power::shapley_shubik(game);
    power::minimal_winning_counts(game);
    power::johnston_raw(game);
    return check;
}

// The threshold charts' sweep: exact at every quota up to max_quotas, else sampled (the IMF).
std::string sweep(const WeightedGame& game) {
    const auto result = power::sweep_thresholds(game.weights);
    return std::to_string(result.evaluated_quotas) + " quotas, " +
           std::to_string(result.steps.size()) + " steps";
}

std::string sweep_every_quota(const WeightedGame& game) {
    const auto total = jvgov::games::total_weight(game);
    const auto result = power::sweep_thresholds(game.weights, static_cast<std::size_t>(total));
    return std::to_string(result.evaluated_quotas) + " quotas, " +
           std::to_string(result.steps.size()) + " steps";
}

std::vector<Workload> workloads() {
    auto uniform = [](std::size_t n, std::int64_t high) {
        return [=](const std::string&) { return majority(random_weights(n, 1, high, 2026)); };
    };
    auto imf = [](Rational fraction, bool strict) {
        return [=](const std::string& path) {
            return strict ? majority(imf_weights(path)) : at_least(imf_weights(path), fraction);
        };
    };
    return {
        // A fixed mid-size workload (a few tenths of a second) that run-bench.sh times in the same
        // run as the others: ratios to it roughly correct for the load of a shared machine.
        {"baseline-banzhaf-n500-w2000", uniform(500, 2000), banzhaf},
        {"banzhaf-n1000-w1000-50", uniform(1000, 1000), banzhaf},
        {"banzhaf-n5000-w100-50", uniform(5000, 100), banzhaf},
        {"banzhaf-n4000-w1000-50", uniform(4000, 1000), banzhaf},
        {"banzhaf-imf-50", imf(Rational(1, 2), true), banzhaf},
        {"banzhaf-imf-85", imf(Rational(85, 100), false), banzhaf},
        {"ss-n200-w1000-50", uniform(200, 1000), shapley},
        {"ss-imf-85", imf(Rational(85, 100), false), shapley},
        {"ss-imf-50", imf(Rational(1, 2), true), shapley},
        {"pg-n200-w1000-50", uniform(200, 1000), public_good},
        {"dp-n200-w1000-50", uniform(200, 1000), deegan_packel},
        {"johnston-n200-w1000-50", uniform(200, 1000), johnston},
        {"dp-imf-85", imf(Rational(85, 100), false), deegan_packel},
        {"dp-imf-50", imf(Rational(1, 2), true), deegan_packel},
        {"johnston-imf-85", imf(Rational(85, 100), false), johnston},
        {"johnston-imf-50", imf(Rational(1, 2), true), johnston},
        {"board-n30-w100-every-index", uniform(30, 100), every_index},
        {"sweep-n30-w100-every-quota", uniform(30, 100), sweep_every_quota},
        {"sweep-imf-sampled", imf(Rational(1, 2), true), sweep},
    };
}

double peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string imf_path = std::string(JVGOV_SOURCE_DIR) + "/data/examples/imf2022-votes.txt";
    int repeat = 3;
    std::string name;
    bool list = false;
    std::string weights_out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--list") {
            list = true;
        } else if (args[i] == "--repeat" && i + 1 < args.size()) {
            repeat = std::max(1, std::stoi(args[++i]));
        } else if (args[i] == "--write-weights" && i + 1 < args.size()) {
            weights_out = args[++i];
        } else if (args[i] == "--imf" && i + 1 < args.size()) {
            imf_path = args[++i];
        } else {
            name = args[i];
        }
    }
    const std::vector<Workload> all = workloads();
    if (list) {
        for (const Workload& workload : all) {
            std::cout << workload.name << '\n';
        }
        return 0;
    }
    auto found = std::find_if(all.begin(), all.end(),
                              [&](const Workload& workload) { return workload.name == name; });
    if (found == all.end()) {
        std::cerr << "usage: jvgov_bench --list | WORKLOAD [--repeat N] [--imf FILE]\n";
        return 2;
    }
    try {
        WeightedGame game = found->game(imf_path);
        if (!weights_out.empty()) {
            std::ofstream out(weights_out);
            for (std::int64_t w : game.weights) {
                out << w << '\n';
            }
            if (!out) {
                throw std::runtime_error("cannot write " + weights_out);
            }
            std::cout << game.quota << '\n';
            return 0;
        }
        std::vector<double> seconds;
        std::string check;
        for (int r = 0; r < repeat; ++r) {
            auto start = std::chrono::steady_clock::now();
            check = found->run(game);
            auto stop = std::chrono::steady_clock::now();
            seconds.push_back(std::chrono::duration<double>(stop - start).count());
        }
        std::vector<double> sorted = seconds;
        std::sort(sorted.begin(), sorted.end());
        double median = sorted.size() % 2 == 1
                            ? sorted[sorted.size() / 2]
                            : (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]) / 2;
        std::cout << found->name << '\t' << game.weights.size() << '\t' << game.quota << '\t'
                  << jvgov::games::total_weight(game) << '\t' << median << '\t' << sorted.front()
                  << '\t' << sorted.back() << '\t' << repeat << '\t' << peak_mib() << '\t' << check
                  << '\n';
    } catch (const std::exception& error) {
        std::cerr << found->name << ": " << error.what() << '\n';
        return 1;
    }
    return 0;
}
