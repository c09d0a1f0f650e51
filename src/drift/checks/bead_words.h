// BeadWords: the content words (content_words.h) of the sentences of one
// bead, for the coverage checks (clauses.h, quotes.h). The words come from
// PreparedPair::words; their vectors are loaded for the bead only and dropped
// when the BeadWords goes away, so a long document does not keep one matrix
// per sentence.
//
//   BeadWords words(&view, scorer.dim());
//   scorer.LoadVectors(words.parts[0][0], Lang::kEn, view.cache);
//   words.Restack();
//   std::vector<bool> covered = scorer.Covered(*words.parts[0][0], words.all(1));
#ifndef DRIFTALIGN_DRIFT_CHECKS_BEAD_WORDS_H_
#define DRIFTALIGN_DRIFT_CHECKS_BEAD_WORDS_H_

#include <cstddef>
#include <vector>

#include "drift/checks/bead_view.h"
#include "drift/content_words.h"

namespace driftalign::drift {

class BeadWords {
 public:
  // The words of the bead's sentences of both sides (view->prepared->words);
  // `dim` is the scorer's vector size.
  BeadWords(BeadView* view, int dim);
  // Drops the vectors loaded into parts.
  ~BeadWords();
  BeadWords(const BeadWords&) = delete;
  BeadWords& operator=(const BeadWords&) = delete;

  // Side k's (0 = source) words of all its sentences together (a 1-1 bead,
  // the common case, needs no stacked copy). Call Restack after loading
  // vectors into parts.
  const ContentWords& all(int k) const { return parts[k].size() == 1 ? *parts[k][0] : stack_[k]; }
  void Restack();

  // Per side, the words of each of the bead's sentences (owned by the
  // PreparedPair).
  std::vector<ContentWords*> parts[2];

 private:
  int dim_;
  ContentWords stack_[2];
};

// Concatenates the content words of several sentences (rows stacked; the
// vectors only when every part has them).
ContentWords Stack(const std::vector<ContentWords*>& parts, int dim);
// The words of `w` inside the bytes [b, e), all in clause 0.
ContentWords Subset(const ContentWords& w, size_t b, size_t e);
// Fraction of true entries (1 when empty).
double Share(const std::vector<bool>& covered);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_BEAD_WORDS_H_
