// Exact inverse of a small dense matrix of rationals (Gauss-Jordan elimination with exact
// rational arithmetic: no rounding, no pivoting for size, only for non-zero pivots).
#pragma once

#include <optional>
#include <vector>

#include "model/exact/rational.hpp"

namespace jvgov::ownership {

// Row-major: matrix[row][column]. REQUIRES a square matrix (every row as long as the number of
// rows).
using RationalMatrix = std::vector<std::vector<exact::Rational>>;

// The exact inverse of `matrix`, or nullopt when it is singular. Cost O(n^3) rational
// operations, whose sizes grow with the entries: meant for the small blocks of cyclic
// cross-holdings, not for thousands of rows.
std::optional<RationalMatrix> inverse(RationalMatrix matrix);

}  // namespace jvgov::ownership
