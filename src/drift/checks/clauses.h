// The coverage checks of a non-null bead (with a CoverageScorer): a clause
// of at least options.partial_min_words content words whose share covered by
// the other side is below options.partial_max_coverage is partial_omission
// (source clause) or partial_addition (target clause); paired quotations are
// compared too (quote_mismatch, quotes.h), and a clause inside a mismatched
// quotation is not reported again.
//
// Word vectors are the expensive part, and a word covered lexically (same
// word, figure or cognate) is covered whatever its vector: coverage with
// vectors is never below the lexical one. So only clauses that are thin on
// lexical evidence alone (and quotation pairs below the threshold) are
// measured with vectors, and only their lexically uncovered words are looked
// up, against every word of the other side; the flags are those of measuring
// everything with vectors.
//
//   if (view.coverage != nullptr) AddClauseFlags(&view, /*word_gaps=*/true);
#ifndef DRIFTALIGN_DRIFT_CHECKS_CLAUSES_H_
#define DRIFTALIGN_DRIFT_CHECKS_CLAUSES_H_

#include "drift/checks/bead_view.h"

namespace driftalign::drift {

// Appends the quote_mismatch, partial_omission and partial_addition flags of
// the non-null bead of `view` to view->flags (view->coverage must be set),
// then, with `word_gaps` and word vectors, the word_omission/word_addition
// flags of AddWordGapFlags on the same word links (word_gaps.h). Word keys
// and vectors come from view->cache; the bead's sentences in
// view->prepared->words get their vectors for the call only.
void AddClauseFlags(BeadView* view, bool word_gaps = false);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_CLAUSES_H_
