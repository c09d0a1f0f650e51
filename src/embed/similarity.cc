#include "embed/similarity.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace driftalign::embed {

RowMatrix CosineMatrix(const RowMatrix& a, const RowMatrix& b) {
  RowMatrix s(a.rows(), b.rows());
  s.noalias() = a * b.transpose();
  return s;
}

Eigen::VectorXf TopKMean(const RowMatrix& s, int k) {
  Eigen::VectorXf out(s.rows());
  const int kk = std::max(1, std::min<int>(k, static_cast<int>(s.cols())));
  std::vector<float> row;
  for (Eigen::Index i = 0; i < s.rows(); ++i) {
    if (s.cols() == 0) {
      out[i] = 0.0f;
      continue;
    }
    row.assign(s.row(i).data(), s.row(i).data() + s.cols());
    std::nth_element(row.begin(), row.begin() + (kk - 1), row.end(), std::greater<float>());
    float sum = 0.0f;
    for (int j = 0; j < kk; ++j) sum += row[j];
    out[i] = sum / kk;
  }
  return out;
}

RowMatrix CslsMatrix(const RowMatrix& a, const RowMatrix& b, int k) {
  RowMatrix s = CosineMatrix(a, b);
  Eigen::VectorXf r_b = TopKMean(s, k);                           // per row of a
  RowMatrix st = s.transpose();
  Eigen::VectorXf r_a = TopKMean(st, k);                          // per row of b
  RowMatrix c = 2.0f * s;
  c.colwise() -= r_b;
  c.rowwise() -= r_a.transpose();
  return c;
}

}  // namespace driftalign::embed
