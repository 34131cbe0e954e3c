#include "model/ownership/rational_matrix.hpp"

#include <utility>

namespace jvgov::ownership {

std::optional<RationalMatrix> inverse(RationalMatrix matrix) {
    std::size_t n = matrix.size();
    RationalMatrix result(n, std::vector<exact::Rational>(n));
    for (std::size_t i = 0; i < n; ++i) {
        result[i][i] = 1;
    }
    for (std::size_t column = 0; column < n; ++column) {
        std::size_t pivot = column;
        while (pivot < n && matrix[pivot][column] == 0) {
            ++pivot;
        }
        if (pivot == n) {
            return std::nullopt;
        }
        std::swap(matrix[pivot], matrix[column]);
        std::swap(result[pivot], result[column]);
        exact::Rational scale = 1 / matrix[column][column];
        for (std::size_t j = 0; j < n; ++j) {
            matrix[column][j] *= scale;
            result[column][j] *= scale;
        }
        for (std::size_t row = 0; row < n; ++row) {
            if (row == column || matrix[row][column] == 0) {
                continue;
            }
            exact::Rational factor = matrix[row][column];
            for (std::size_t j = 0; j < n; ++j) {
                if (matrix[column][j] != 0) {
                    matrix[row][j] -= factor * matrix[column][j];
                }
                if (result[column][j] != 0) {
                    result[row][j] -= factor * result[column][j];
                }
            }
        }
    }
    return result;
}

}  // namespace jvgov::ownership
