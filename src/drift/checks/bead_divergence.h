// The divergence score (drift/divergence.h) of one bead, as Checker::Check
// reports it next to the bead's flags: the words of the bead's two sides are
// linked one to one (CoverageScorer::Link, the links of the clause checks)
// and the features of those links go through the fitted model. A null bead
// is divergent by definition (score 1).
//
//   BeadView view(bead, src, tgt, options, &prepared, &prepared.cache, scorer);
//   BeadDivergence d = MeasureBeadDivergence(&view);   // d.score, d.divergent
#ifndef DRIFTALIGN_DRIFT_CHECKS_BEAD_DIVERGENCE_H_
#define DRIFTALIGN_DRIFT_CHECKS_BEAD_DIVERGENCE_H_

#include "drift/checks/bead_view.h"
#include "drift/divergence.h"

namespace driftalign::drift {

// The divergence of the bead of `view`; not measured (measured false) without
// a word-vector scorer. Uses view->divergence_features when the clause checks
// set them (their links are the same); otherwise the bead's sentences in
// view->prepared->words get their vectors for the call only. With options.divergence_features the
// features are kept in the result.
BeadDivergence MeasureBeadDivergence(BeadView* view);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_BEAD_DIVERGENCE_H_
