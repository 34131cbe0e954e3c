// jvgov_bench_all_indices: the time of compute_power with every index (default options: all
// indices, structure and the list of minimal winning coalitions) on board- and JV-sized games,
// n <= 30 (issue 3 target: under 10 ms each). See docs/performance.md.
//
//   jvgov_bench_all_indices [--repeat N]
//
// prints one tab-separated line per game: name, players, method, median ms, min ms, max ms,
// repeats, and the Shapley-Shubik value of player 1 (so that runs can be compared).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "model/power/compute.hpp"

namespace {

namespace games = jvgov::games;
namespace power = jvgov::power;

struct Workload {
    std::string name;
    games::SimpleGame game;
};

std::vector<std::int64_t> random_weights(std::size_t n, std::int64_t high, std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::vector<std::int64_t> weights(n);
    for (std::int64_t& w : weights) {
        w = 1 + static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(high));
    }
    return weights;
}

games::SimpleGame weighted(std::vector<std::int64_t> weights, std::int64_t quota) {
    const int n = static_cast<int>(weights.size());
    return games::make_weighted(games::default_player_names(n), std::move(weights), quota);
}

std::int64_t majority(const std::vector<std::int64_t>& weights) {
    std::int64_t total = 0;
    for (std::int64_t w : weights) {
        total += w;
    }
    return total / 2 + 1;
}

std::vector<Workload> workloads() {
    std::vector<Workload> result;
    result.push_back({"jv-members-40-40-10-10", weighted({40, 40, 10, 10}, 51)});
    std::vector<std::int64_t> unsc(5, 7);
    unsc.resize(15, 1);
    result.push_back({"unsc-15", weighted(unsc, 39)});
    const auto w20 = random_weights(20, 100, 20);
    result.push_back({"random-20-weights-1..100", weighted(w20, majority(w20))});
    const auto w30 = random_weights(30, 100, 30);
    result.push_back({"random-30-weights-1..100", weighted(w30, majority(w30))});
    const auto w30b = random_weights(30, 1000, 31);
    result.push_back({"random-30-weights-1..1000", weighted(w30b, majority(w30b))});
    // A 12-seat board: majority of seats AND majority of appointers' shares AND the chair.
    const auto shares = random_weights(12, 50, 12);
    result.push_back({"board-12-double-majority-with-consent",
                      games::SimpleGame{
                          games::default_player_names(12),
                          games::Rule{games::AllOf{{
                              games::Rule{games::WeightedGame{std::vector<std::int64_t>(12, 1), 7}},
                              games::Rule{games::WeightedGame{shares, majority(shares)}},
                              games::consent_of(12, 0),
                          }}}}});
    const auto seats = std::vector<std::int64_t>(20, 1);
    const auto w20b = random_weights(20, 100, 21);
    result.push_back({"composite-20-double-majority",
                      games::SimpleGame{games::default_player_names(20),
                                        games::Rule{games::AllOf{{
                                            games::Rule{games::WeightedGame{seats, 11}},
                                            games::Rule{games::WeightedGame{w20b, majority(w20b)}},
                                        }}}}});
    return result;
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 11;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--repeat") {
            repeat = std::max(1, std::stoi(argv[i + 1]));
        }
    }
    for (const Workload& workload : workloads()) {
        std::vector<double> ms;
        power::PowerTable table;
        for (int r = 0; r < repeat; ++r) {
            const auto start = std::chrono::steady_clock::now();
            table = power::compute_power(workload.game);
            const auto stop = std::chrono::steady_clock::now();
            ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
        }
        std::sort(ms.begin(), ms.end());
        const bool dp = games::as_single_weighted(workload.game) != nullptr;
        std::cout << workload.name << '\t' << workload.game.players.size() << '\t'
                  << (dp ? "weighted-dp" : "enumeration") << '\t' << ms[ms.size() / 2] << '\t'
                  << ms.front() << '\t' << ms.back() << '\t' << repeat << '\t'
                  << jvgov::exact::to_fraction_string(*table.players[0].shapley_shubik) << '\n';
    }
    return 0;
}
