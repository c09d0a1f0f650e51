// The dropped and added word check of a bead (issue 16, parts 4 and 5):
// a content word of one side that nothing on the other side translates is a
// word_omission (source word) or word_addition (target word).
//
// The words of the bead are linked one to one as in the clause check
// (CoverageScorer::Covered: the same word or figure, a 5-letter cognate, then
// the best cosine down to link_min_cosine). A word is reported when
//   - it is unlinked, written in lower case, of 4 letters or more, no figure,
//     and not one of the light words a translation often leaves implicit
//     (also, said, new, already / aussi, déjà, ainsi);
//   - no word of the other side comes near it (best cosine below
//     word_gap_max_cosine, no shared 4-letter prefix): it was not merely
//     rendered by a distant synonym;
//   - the other side has no unlinked content word left of its own
//     (word_gap_max_other_left, default 0): where both sides keep
//     unlinked words, the translator most likely said the same thing with
//     other words;
//   - it is not inside the evidence of a flag already raised for the bead
//     (a partial omission, a name, an untranslated run).
// Severity: options.word_gap_severity (default info, docs/drift.md).
//
//   AddClauseFlags(&view, /*word_gaps=*/true);   // (clauses.h) runs it
#ifndef DRIFTALIGN_DRIFT_CHECKS_WORD_GAPS_H_
#define DRIFTALIGN_DRIFT_CHECKS_WORD_GAPS_H_

#include <string_view>

#include <vector>

#include "drift/checks/bead_view.h"
#include "drift/checks/bead_words.h"

namespace driftalign::drift {

// Words a translation often leaves implicit or says with a construction
// rather than a word (lower case): never reported.
bool IsLightWord(std::string_view lower, Lang lang);

// Appends the word_omission and word_addition flags of the non-null bead of
// `view` to view->flags (needs a word-vector scorer; nothing otherwise), on
// words already loaded with their vectors (`words`, as the clause check has
// them) and their one-to-one links: linked[k][i] whether word i of
// words.all(k) is linked to the other side. AddClauseFlags(view, true) calls
// it with its own, so the bead's words are linked once.
void AddWordGapFlags(BeadView* view, const BeadWords& words, const std::vector<bool> linked[2]);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_WORD_GAPS_H_
