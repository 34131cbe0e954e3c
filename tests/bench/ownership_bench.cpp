// jvgov_ownership_bench: times the exact look-through interests (model/ownership) on a
// generated ownership network of 10,000 entities and 50,000 stakes (issue 5; see
// docs/performance.md):
//
//   jvgov_ownership_bench [--repeat N] [--seed S] [--layers L] [--company-holders P]
//                         [--ring R]
//
// The network (fixed seed, own splitmix64 generator so that every platform builds the same one;
// the defaults in brackets, which the flags change to probe harder networks):
// - 3,000 ultimate holders (people, funds) holding stakes but held by nobody;
// - 7,000 companies in [6] layers; each company has 7 holders (8 for the first few, to make
//   exactly 50,000 stakes), each a company of an earlier layer with probability [20]%, else an
//   ultimate holder;
// - cross-holdings inside a layer: 300 pairs, 100 triangles and 10 rings of 8 companies (980 of
//   the 50,000 stakes), so the holdings have 410 cycles (strongly connected components), plus
//   with --ring R one ring of R companies of the first layer (one component of R entities,
//   solved by one R x R exact inversion);
// - every stake a percentage with 2 decimals (an exact number of basis points); half the
//   companies fully allocated, the others 50.00% to 98.99% allocated (the rest is "other
//   holders").
// Prints one line per measure, tab-separated: what, value. Times are the median, min and max of
// the repeats in seconds (steady clock); the checks after the timing verify that every entity's
// ultimate-holder interests sum to exactly 1.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include "model/ownership/control.hpp"
#include "model/ownership/look_through.hpp"

namespace {

using jvgov::exact::Rational;
namespace own = jvgov::ownership;

class SplitMix64 {
  public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n) (the modulo bias is below 2^-40 for the sizes used here).
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

  private:
    std::uint64_t state_;
};

constexpr std::size_t ultimate_count = 3000;
constexpr std::size_t company_count = 7000;
constexpr std::size_t stake_count = 50000;

struct Shape {
    std::size_t layers = 6;
    std::size_t company_holder_percent = 20;
    std::size_t ring = 0;
};

struct Network {
    std::vector<std::string> parties;
    std::vector<own::Edge> edges;
    std::size_t cycles = 0;
};

Network generate(std::uint64_t seed, const Shape& shape) {
    std::size_t layer_count = shape.layers;
    auto layer_of = [&](std::size_t company) { return company * layer_count / company_count; };
    auto layer_begin = [&](std::size_t layer) {
        return (layer * company_count + layer_count - 1) / layer_count;
    };
    SplitMix64 random(seed);
    Network network;
    for (std::size_t i = 0; i < ultimate_count; ++i) {
        network.parties.push_back("holder-" + std::to_string(i));
    }
    for (std::size_t i = 0; i < company_count; ++i) {
        network.parties.push_back("company-" + std::to_string(i));
    }
    // Holders of each company (party indices), cycles first.
    std::vector<std::vector<std::size_t>> holders(company_count);
    auto cycle = [&](std::size_t size, std::size_t layer) {
        std::size_t begin = layer_begin(layer), end = layer_begin(layer + 1);
        std::vector<std::size_t> members;
        while (members.size() < size) {
            std::size_t c = begin + random.below(end - begin);
            if (std::find(members.begin(), members.end(), c) == members.end()) {
                members.push_back(c);
            }
        }
        for (std::size_t i = 0; i < size; ++i) {  // members[i] holds members[i + 1]
            holders[members[(i + 1) % size]].push_back(ultimate_count + members[i]);
        }
        ++network.cycles;
    };
    std::size_t cyclic_stakes = 0;
    for (auto [count, size] : {std::pair<std::size_t, std::size_t>{300, 2}, {100, 3}, {10, 8}}) {
        for (std::size_t i = 0; i < count; ++i) {
            cycle(size, random.below(layer_count));
        }
        cyclic_stakes += count * size;
    }
    if (shape.ring > 1) {
        cycle(shape.ring, 0);
        cyclic_stakes += shape.ring;
    }
    std::size_t left = stake_count - cyclic_stakes;
    for (std::size_t c = 0; c < company_count; ++c) {
        std::size_t wanted = left / company_count + (c < left % company_count ? 1 : 0);
        for (std::size_t k = 0; k < wanted; ++k) {
            std::size_t layer = layer_of(c);
            std::size_t holder;
            do {
                if (layer > 0 && random.below(100) < shape.company_holder_percent) {
                    holder = ultimate_count + random.below(layer_begin(layer));
                } else {
                    holder = random.below(ultimate_count);
                }
            } while (std::find(holders[c].begin(), holders[c].end(), holder) != holders[c].end());
            holders[c].push_back(holder);
        }
    }
    // Basis points per stake: positive, summing to the company's allocated total.
    for (std::size_t c = 0; c < company_count; ++c) {
        std::size_t k = holders[c].size();
        std::int64_t allocated =
            random.below(2) == 0 ? 10000 : 5000 + static_cast<std::int64_t>(random.below(4900));
        std::vector<std::int64_t> weights(k);
        std::int64_t weight_sum = 0;
        for (std::int64_t& w : weights) {
            w = 1 + static_cast<std::int64_t>(random.below(100));
            weight_sum += w;
        }
        std::int64_t spare = allocated - static_cast<std::int64_t>(k);
        std::int64_t given = 0;
        for (std::size_t j = 0; j < k; ++j) {
            std::int64_t points =
                1 + (j + 1 == k ? spare - given : spare * weights[j] / weight_sum);
            given += points - 1;
            own::Edge edge;
            edge.holder = holders[c][j];
            edge.issuer = ultimate_count + c;
            edge.economic = Rational(points, 10000);
            edge.voting = edge.economic;
            edge.stake = network.edges.size();
            network.edges.push_back(std::move(edge));
        }
    }
    return network;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void print_times(const std::string& what, std::vector<double> times) {
    std::sort(times.begin(), times.end());
    std::cout << what << "\tmedian " << times[times.size() / 2] << " s\tmin " << times.front()
              << " s\tmax " << times.back() << " s\truns " << times.size() << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 5;
    std::uint64_t seed = 20261122;
    Shape shape;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--repeat") {
            repeat = std::stoi(argv[i + 1]);
        } else if (flag == "--seed") {
            seed = std::stoull(argv[i + 1]);
        } else if (flag == "--layers") {
            shape.layers = std::stoul(argv[i + 1]);
        } else if (flag == "--company-holders") {
            shape.company_holder_percent = std::stoul(argv[i + 1]);
        } else if (flag == "--ring") {
            shape.ring = std::stoul(argv[i + 1]);
        } else {
            std::cerr << "usage: jvgov_ownership_bench [--repeat N] [--seed S] [--layers L] "
                         "[--company-holders P] [--ring R]\n";
            return 2;
        }
    }
    Network network = generate(seed, shape);
    own::OwnershipGraph graph = own::make_graph(network.parties, network.edges);
    std::cout << "entities\t" << graph.parties.size() << "\nstakes\t" << graph.edges.size()
              << "\ncycles generated\t" << network.cycles << '\n';

    std::vector<double> times;
    own::LookThrough result;
    for (int run = 0; run < repeat; ++run) {
        auto start = std::chrono::steady_clock::now();
        result = own::look_through(graph);
        times.push_back(seconds_since(start));
    }
    print_times("look_through", times);

    std::vector<double> control_times;
    std::size_t controlled = 0;
    for (int run = 0; run < repeat; ++run) {
        auto start = std::chrono::steady_clock::now();
        std::vector<own::Control> controls = own::control(graph);
        control_times.push_back(seconds_since(start));
        controlled = static_cast<std::size_t>(
            std::count_if(controls.begin(), controls.end(),
                          [](const own::Control& c) { return !c.chain.empty(); }));
    }
    print_times("control", control_times);

    std::size_t entries = 0, largest = 0, sums_to_one = 0, widest_denominator = 0;
    for (const own::EntityInterests& interests : result.interests) {
        entries += interests.shares.size();
        largest = std::max(largest, interests.shares.size());
        jvgov::exact::Integer sum;
        for (const own::Share& share : interests.shares) {
            sum += share.numerator;
        }
        widest_denominator = std::max(
            widest_denominator,
            static_cast<std::size_t>(boost::multiprecision::msb(interests.denominator)) + 1);
        sums_to_one += sum == interests.denominator ? 1 : 0;
    }
    std::cout << "ultimate holders\t" << result.ultimates.size() << "\ninterest entries\t"
              << entries << "\nlargest entity vector\t" << largest
              << "\nwidest denominator (bits)\t" << widest_denominator
              << "\nentities whose interests sum to 1\t" << sums_to_one << " of "
              << result.interests.size() << "\ncontrolled entities\t" << controlled << '\n';
    return sums_to_one == result.interests.size() ? 0 : 1;
}
