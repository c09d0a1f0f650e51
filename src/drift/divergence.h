// Divergence: a score in [0, 1] per bead for how much the meaning of its two
// sides differs, from the one-to-one word links of the clause coverage
// (CoverageScorer::Link) — the sentence-level counterpart of the
// partial_omission / partial_addition flags. It adds no flag: the bead gets
// the score and whether it reaches CheckerOptions::divergence_threshold.
//
// The score is a logistic model over a few bead features (the share of each
// side's words left unlinked, weighted by word length; how weak the vector
// links are; the cosine of the two bags of word vectors; figures with no
// partner; the word-count ratio). Its weights were fitted on SYNTHETIC
// divergences (scripts/fit_divergence.py: Europarl/Tatoeba pairs kept as
// equivalent, and the same pairs with a span deleted, added or replaced, or
// with a mismatched partner, in the spirit of Briakou & Carpuat 2020,
// "Detecting Fine-Grained Cross-Lingual Semantic Divergences without
// Supervision by Learning to Rank"), not on the REFreSD set it is judged on
// (docs/drift.md).
//
//   CoverageScorer::Links links = scorer.Link(src_words, tgt_words);
//   DivergenceFeatures f = MeasureDivergence(src_words, tgt_words, links);
//   double score = DivergenceScore(f);   // e.g. 0.12 for a faithful translation
#ifndef DRIFTALIGN_DRIFT_DIVERGENCE_H_
#define DRIFTALIGN_DRIFT_DIVERGENCE_H_

#include <array>
#include <string_view>
#include <vector>

#include "drift/content_words.h"
#include "drift/coverage.h"

namespace driftalign::drift {

// The features, in the order of DivergenceFeatureNames() and of the weight
// table in divergence.cc.
inline constexpr int kDivergenceFeatureCount = 8;
using DivergenceFeatures = std::array<double, kDivergenceFeatureCount>;

// "uncovered_src", "uncovered_tgt", "uncovered_max", "uncovered_min",
// "weak_links", "bag_distance", "figures_unlinked", "count_ratio"
// (defined in divergence.cc, next to the weights).
const std::array<std::string_view, kDivergenceFeatureCount>& DivergenceFeatureNames();

// The features of the bead whose source side has the content words `src` and
// target side `tgt` (both with vectors), linked by `links` = Link(src, tgt).
DivergenceFeatures MeasureDivergence(const ContentWords& src, const ContentWords& tgt,
                                     const CoverageScorer::Links& links);

// The logistic model over `features`: in (0, 1), higher = more divergent.
double DivergenceScore(const DivergenceFeatures& features);

// The divergence of one bead, as the report writes it.
struct BeadDivergence {
  bool measured = false;   // false: no score (no word vectors, or a bead too large to check)
  double score = 0.0;      // DivergenceScore, 1 for a null bead
  bool divergent = false;  // score >= CheckerOptions::divergence_threshold
  std::vector<double> features;  // DivergenceFeatures, only with CheckerOptions::divergence_features
};

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_DIVERGENCE_H_
