// The quotation checks of a bead. Top-level quotations (depth 0) are paired
// by their relative position in the bead's text: a quotation of the side that
// quotes more often with no counterpart within options.quote_position_slack
// is quote_missing. With a coverage scorer, quotations of two sides that
// quote as often are paired in order, and a pair whose words cover each
// other less than options.quote_mismatch_max_coverage is quote_mismatch
// (called from clauses.h, which shares the bead's content words).
//
//   AddQuoteMissingFlags(&view);
#ifndef DRIFTALIGN_DRIFT_CHECKS_QUOTES_H_
#define DRIFTALIGN_DRIFT_CHECKS_QUOTES_H_

#include <cstddef>
#include <vector>

#include "drift/checks/bead_view.h"
#include "drift/checks/bead_words.h"

namespace driftalign::drift {

class CoverageScorer;

// The top-level quotations of one side of a bead, in text order.
std::vector<const BeadFact*> TopLevelQuotes(const BeadSide& side);

// Appends the quote_missing flags of `view` to view->flags.
void AddQuoteMissingFlags(BeadView* view);

// The quotations of a bead paired in order for quote_mismatch.
struct QuotePairs {
  explicit QuotePairs(const BeadView& view);
  std::vector<const BeadFact*> quotes[2];  // top-level quotations per side (0 = source)
  bool paired = false;                     // both sides quote as often
  // Per pair: its lexical coverage is below the threshold, so it is measured
  // with vectors (set by MarkQuotesToMeasure; unused without vectors).
  std::vector<bool> measure;
};

// The place of a quotation reported as quote_mismatch (clauses inside it are
// not reported again).
struct MismatchedQuote {
  int sentence;
  size_t begin, end;
  bool is_src;
};

// With word vectors: sets pairs->measure for the pairs whose lexical
// coverage is already below options.quote_mismatch_max_coverage.
void MarkQuotesToMeasure(const BeadView& view, const CoverageScorer& scorer, const BeadWords& words,
                         QuotePairs* pairs);

// Appends the quote_mismatch flags of the paired quotations to view->flags
// (with vectors: of the pairs to measure only) and returns their places.
std::vector<MismatchedQuote> AddQuoteMismatchFlags(BeadView* view, const CoverageScorer& scorer,
                                                   const BeadWords& words, const QuotePairs& pairs);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_QUOTES_H_
