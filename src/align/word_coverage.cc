#include "align/word_coverage.h"

#include <Eigen/Core>

#include <algorithm>

namespace driftalign::align {

using RowMatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

void SentenceWords::AddSentence(const std::vector<float>& v, const std::vector<float>& w) {
  if (offsets.empty()) offsets.push_back(0);
  vectors.insert(vectors.end(), v.begin(), v.end());
  weights.insert(weights.end(), w.begin(), w.end());
  offsets.push_back(offsets.back() + static_cast<int64_t>(w.size()));
}

const CoverageTable::PairBest& CoverageTable::Pair(int i, int j) {
  const int64_t key = static_cast<int64_t>(i) * (static_cast<int64_t>(tgt_.size()) + 1) + j;
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  PairBest& p = cache_[key];
  const int64_t a0 = src_.offsets[i], a1 = src_.offsets[i + 1];
  const int64_t b0 = tgt_.offsets[j], b1 = tgt_.offsets[j + 1];
  p.src_best.assign(a1 - a0, 0.0f);
  p.tgt_best.assign(b1 - b0, 0.0f);
  if (a1 > a0 && b1 > b0) {
    const int d = src_.dim;
    Eigen::Map<const RowMatrixF> a(src_.vectors.data() + a0 * d, a1 - a0, d);
    Eigen::Map<const RowMatrixF> b(tgt_.vectors.data() + b0 * d, b1 - b0, d);
    RowMatrixF c = a * b.transpose();
    for (int64_t r = 0; r < a1 - a0; ++r) p.src_best[r] = c.row(r).maxCoeff();
    for (int64_t s = 0; s < b1 - b0; ++s) p.tgt_best[s] = c.col(s).maxCoeff();
  }
  return p;
}

double CoverageTable::Coverage(int i0, int i1, int j0, int j1) {
  const int64_t a0 = src_.offsets[i0], a1 = src_.offsets[i1];
  const int64_t b0 = tgt_.offsets[j0], b1 = tgt_.offsets[j1];
  if (a1 == a0 || b1 == b0) return 0.0;
  src_acc_.assign(a1 - a0, -1.0f);
  tgt_acc_.assign(b1 - b0, -1.0f);
  for (int i = i0; i < i1; ++i) {
    for (int j = j0; j < j1; ++j) {
      const PairBest& p = Pair(i, j);
      const int64_t so = src_.offsets[i] - a0, to = tgt_.offsets[j] - b0;
      for (size_t k = 0; k < p.src_best.size(); ++k) src_acc_[so + k] = std::max(src_acc_[so + k], p.src_best[k]);
      for (size_t k = 0; k < p.tgt_best.size(); ++k) tgt_acc_[to + k] = std::max(tgt_acc_[to + k], p.tgt_best[k]);
    }
  }
  auto recall = [](const std::vector<float>& best, const float* w) {
    double num = 0.0, den = 0.0;
    for (size_t k = 0; k < best.size(); ++k) {
      num += w[k] * std::max(best[k], 0.0f);
      den += w[k];
    }
    return den > 0 ? num / den : 0.0;
  };
  const double r = recall(src_acc_, src_.weights.data() + a0);
  const double p = recall(tgt_acc_, tgt_.weights.data() + b0);
  return (r + p) > 0 ? 2 * r * p / (r + p) : 0.0;
}

}  // namespace driftalign::align
