#include "model/games/coalition.hpp"

namespace jvgov::games {

std::vector<int> members(Coalition coalition) {
    std::vector<int> result;
    result.reserve(static_cast<std::size_t>(size(coalition)));
    while (coalition != 0) {
        result.push_back(std::countr_zero(coalition));
        coalition &= coalition - 1;
    }
    return result;
}

}  // namespace jvgov::games
