#include "drift/checks/bead_divergence.h"

#include "drift/checks/bead_words.h"
#include "drift/coverage.h"

namespace driftalign::drift {

namespace {

// Links the bead's words and measures their features (for beads the clause
// checks skipped: datelines and bylines).
DivergenceFeatures MeasureLinks(BeadView* view) {
  const CoverageScorer& scorer = *view->coverage;
  BeadWords words(view, scorer.dim());
  for (int k = 0; k < 2; ++k) {
    for (ContentWords* part : words.parts[k]) scorer.LoadVectors(part, view->side[k].lang, view->cache);
  }
  words.Restack();
  return MeasureDivergence(words.all(0), words.all(1), scorer.Link(words.all(0), words.all(1)));
}

}  // namespace

BeadDivergence MeasureBeadDivergence(BeadView* view) {
  BeadDivergence d;
  if (view->coverage == nullptr || !view->has_vectors()) return d;
  d.measured = true;
  if (view->bead.is_null()) {
    d.score = 1.0;
  } else {
    const DivergenceFeatures f = view->divergence_features ? *view->divergence_features : MeasureLinks(view);
    d.score = DivergenceScore(f);
    if (view->options.divergence_features) d.features.assign(f.begin(), f.end());
  }
  d.divergent = d.score >= view->options.divergence_threshold;
  return d;
}

}  // namespace driftalign::drift
