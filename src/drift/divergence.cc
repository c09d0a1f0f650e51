#include "drift/divergence.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace driftalign::drift {

namespace {

// The features and their weights in the logistic model (score = 1 / (1 +
// exp(-(kBias + sum of weight x feature)))), fitted by scripts/fit_divergence.py
// on synthetic pairs (see divergence.h and docs/drift.md for the data and the
// command). Re-fit them when the model or the word links change.
// Fitted with `scripts/fit_divergence.py` (defaults: 8,000 Europarl 2011 +
// 2,000 Tatoeba pairs, seed 15; held-out synthetic ROC-AUC 0.827). The
// features overlap: bag_distance gets a negative weight once weak_links and
// the uncovered shares are in (leaving it out lowers the held-out AUC to 0.816).
struct Weight {
  std::string_view name;
  double weight;
};
// clang-format off
constexpr std::array<Weight, kDivergenceFeatureCount> kWeights = {{
    // Share of the source's content words (weighted by length in bytes) left unlinked.
    {"uncovered_src", 5.564},
    // The same for the target.
    {"uncovered_tgt", 0.724},
    // The larger of the two.
    {"uncovered_max", 3.981},
    // The smaller of the two.
    {"uncovered_min", 2.308},
    // Mean of (1 - cosine) over the linked words (0 for the same word, a figure or a
    // cognate); 1 when no word is linked.
    {"weak_links", 7.592},
    // 1 - cosine of the two sides' sums of word vectors.
    {"bag_distance", -9.461},
    // Figures and acronyms left unlinked, both sides, over (1 + those there are).
    {"figures_unlinked", 0.673},
    // |log((content words of the source + 1) / (of the target + 1))|.
    {"count_ratio", 2.052},
}};
constexpr double kBias = -2.825;
// clang-format on

// Sum of the byte lengths of the words of `w` (all of them, or those `linked`
// says are not linked).
double WordBytes(const ContentWords& w, const std::vector<bool>* linked) {
  double total = 0.0;
  for (size_t i = 0; i < w.word.size(); ++i) {
    if (linked == nullptr || !(*linked)[i]) total += static_cast<double>(w.end[i] - w.begin[i]);
  }
  return total;
}

// Length-weighted share of the words of `w` not linked (0 for no word).
double UncoveredShare(const ContentWords& w, const std::vector<bool>& linked) {
  const double all = WordBytes(w, nullptr);
  return all > 0 ? WordBytes(w, &linked) / all : 0.0;
}

// Whether the word `i` of `w` has no vector (CoverageScorer::Link counts it as covered).
bool NoVector(const ContentWords& w, size_t i) {
  return !w.exact_only[i] && w.vecs.row(static_cast<Eigen::Index>(i)).squaredNorm() < 1e-6f;
}

}  // namespace

const std::array<std::string_view, kDivergenceFeatureCount>& DivergenceFeatureNames() {
  static const std::array<std::string_view, kDivergenceFeatureCount> names = [] {
    std::array<std::string_view, kDivergenceFeatureCount> n;
    for (size_t i = 0; i < n.size(); ++i) n[i] = kWeights[i].name;
    return n;
  }();
  return names;
}

DivergenceFeatures MeasureDivergence(const ContentWords& src, const ContentWords& tgt,
                                     const CoverageScorer::Links& links) {
  const size_t n = src.word.size(), m = tgt.word.size();
  std::vector<bool> linked_src(n, false), linked_tgt(m, false);
  double weak = 0.0;
  int linked = 0, figures = 0, figures_unlinked = 0;
  for (size_t i = 0; i < n; ++i) {
    const int p = links.partner[i];
    linked_src[i] = p != CoverageScorer::kUnlinked;
    if (p >= 0) {
      linked_tgt[static_cast<size_t>(p)] = true;
      weak += 1.0 - std::min(1.0, static_cast<double>(links.score[i]));
      ++linked;
    }
  }
  for (size_t j = 0; j < m; ++j) linked_tgt[j] = linked_tgt[j] || NoVector(tgt, j);
  for (const auto& [w, l] : {std::pair{&src, &linked_src}, std::pair{&tgt, &linked_tgt}}) {
    for (size_t i = 0; i < w->word.size(); ++i) {
      if (!w->exact_only[i]) continue;
      ++figures;
      figures_unlinked += (*l)[i] ? 0 : 1;
    }
  }
  DivergenceFeatures f{};
  f[0] = UncoveredShare(src, linked_src);
  f[1] = UncoveredShare(tgt, linked_tgt);
  f[2] = std::max(f[0], f[1]);
  f[3] = std::min(f[0], f[1]);
  // No link at all is the weakest linking (1), unless a side has no word.
  f[4] = linked > 0 ? weak / linked : (n > 0 && m > 0 ? 1.0 : 0.0);
  const Eigen::RowVectorXf a = src.vecs.colwise().sum(), b = tgt.vecs.colwise().sum();
  const double norms = static_cast<double>(a.norm()) * static_cast<double>(b.norm());
  f[5] = norms > 1e-9 ? 1.0 - static_cast<double>(a.dot(b)) / norms : 1.0;
  f[6] = static_cast<double>(figures_unlinked) / (1.0 + figures);
  f[7] = std::fabs(std::log((n + 1.0) / (m + 1.0)));
  return f;
}

double DivergenceScore(const DivergenceFeatures& features) {
  double z = kBias;
  for (size_t i = 0; i < features.size(); ++i) z += kWeights[i].weight * features[i];
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace driftalign::drift
