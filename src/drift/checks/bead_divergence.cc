#include "drift/checks/bead_divergence.h"

#include "drift/checks/bead_words.h"
#include "drift/coverage.h"

namespace driftalign::drift {

BeadDivergence MeasureBeadDivergence(BeadView* view) {
  BeadDivergence d;
  if (view->coverage == nullptr || !view->has_vectors()) return d;
  d.measured = true;
  if (view->bead.is_null()) {
    d.score = 1.0;
  } else {
    const CoverageScorer& scorer = *view->coverage;
    BeadWords words(view, scorer.dim());
    for (int k = 0; k < 2; ++k) {
      for (ContentWords* part : words.parts[k]) scorer.LoadVectors(part, view->side[k].lang, view->cache);
    }
    words.Restack();
    const DivergenceFeatures f = MeasureDivergence(words.all(0), words.all(1), scorer.Link(words.all(0), words.all(1)));
    d.score = DivergenceScore(f);
    if (view->options.divergence_features) d.features.assign(f.begin(), f.end());
  }
  d.divergent = d.score >= view->options.divergence_threshold;
  return d;
}

}  // namespace driftalign::drift
