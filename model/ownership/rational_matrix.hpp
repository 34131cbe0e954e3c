// Exact inverse of a small dense matrix of rationals, by fraction-free Gauss-Jordan elimination on
// integer rows (no rounding; rows are scaled to integers, combined by integer multiples and
// divided by their content, so no gcd of a rational is taken per operation).
#pragma once

#include <optional>
#include <vector>

#include "model/exact/rational.hpp"

namespace jvgov::ownership {

// Row-major: matrix[row][column]. REQUIRES a square matrix (every row as long as the number of
// rows).
using RationalMatrix = std::vector<std::vector<exact::Rational>>;

// An inverse as integer rows over one positive denominator per row:
// inverse[i][j] = numerators[i][j] / denominators[i] (not necessarily in lowest terms).
struct ScaledInverse {
    std::vector<std::vector<exact::Integer>> numerators;
    std::vector<exact::Integer> denominators;
};

// The exact inverse of `matrix`, or nullopt when it is singular. Cost O(n^3) integer operations
// at most (rows without an entry in the pivot column are skipped), on integers that grow with
// the determinant: meant for the blocks of cyclic cross-holdings, not for thousands of rows.
std::optional<ScaledInverse> inverse(const RationalMatrix& matrix);

// The greatest common divisor of two non-negative integers, not both zero. Starts with one
// division before Boost's binary gcd, whose cost is quadratic in the larger operand: much faster
// when the operands differ in size.
exact::Integer gcd_of(const exact::Integer& a, const exact::Integer& b);

}  // namespace jvgov::ownership
