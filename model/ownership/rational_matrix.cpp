#include "model/ownership/rational_matrix.hpp"

#include <utility>

namespace jvgov::ownership {

using exact::Integer;

Integer gcd_of(const Integer& a, const Integer& b) {
    if (a < b) {
        return gcd_of(b, a);
    }
    if (b == 0) {
        return a;
    }
    Integer rest = a % b;
    return rest == 0 ? b : boost::multiprecision::gcd(b, rest);
}

namespace {

// Divides the row by the gcd of its entries (its content), keeping it an integer row.
void remove_content(std::vector<Integer>& row) {
    Integer content = 0;
    for (const Integer& entry : row) {
        if (entry != 0) {
            content = gcd_of(content, boost::multiprecision::abs(entry));
            if (content == 1) {
                return;
            }
        }
    }
    if (content > 1) {
        for (Integer& entry : row) {
            entry /= content;
        }
    }
}

}  // namespace

std::optional<ScaledInverse> inverse(const RationalMatrix& matrix) {
    std::size_t n = matrix.size();
    // [matrix | identity], each row scaled by the lcm of its denominators.
    std::vector<std::vector<Integer>> rows(n, std::vector<Integer>(2 * n));
    for (std::size_t i = 0; i < n; ++i) {
        Integer scale = 1;
        for (const exact::Rational& entry : matrix[i]) {
            const Integer& denominator = boost::multiprecision::denominator(entry);
            scale *= denominator / gcd_of(scale, denominator);
        }
        for (std::size_t j = 0; j < n; ++j) {
            rows[i][j] = boost::multiprecision::numerator(matrix[i][j]) *
                         (scale / boost::multiprecision::denominator(matrix[i][j]));
        }
        rows[i][n + i] = scale;
    }
    for (std::size_t column = 0; column < n; ++column) {
        std::size_t pivot = column;
        while (pivot < n && rows[pivot][column] == 0) {
            ++pivot;
        }
        if (pivot == n) {
            return std::nullopt;
        }
        std::swap(rows[pivot], rows[column]);
        const std::vector<Integer>& pivot_row = rows[column];
        for (std::size_t row = 0; row < n; ++row) {
            if (row == column || rows[row][column] == 0) {
                continue;
            }
            // row := a * row - b * pivot_row, with a/b the pivot over the entry in lowest terms.
            Integer a = pivot_row[column], b = rows[row][column];
            Integer common = gcd_of(boost::multiprecision::abs(a), boost::multiprecision::abs(b));
            a /= common;
            b /= common;
            for (std::size_t j = 0; j < 2 * n; ++j) {
                if (rows[row][j] != 0) {
                    rows[row][j] *= a;
                }
                if (pivot_row[j] != 0) {
                    rows[row][j] -= b * pivot_row[j];
                }
            }
            remove_content(rows[row]);
        }
    }
    ScaledInverse result;
    for (std::size_t i = 0; i < n; ++i) {
        bool negative = rows[i][i] < 0;
        result.denominators.push_back(negative ? Integer(-rows[i][i]) : rows[i][i]);
        std::vector<Integer> numerators(rows[i].begin() + static_cast<std::ptrdiff_t>(n),
                                        rows[i].end());
        if (negative) {
            for (Integer& entry : numerators) {
                entry = -entry;
            }
        }
        result.numerators.push_back(std::move(numerators));
    }
    return result;
}

}  // namespace jvgov::ownership
