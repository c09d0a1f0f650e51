// The untranslated-text check of a bead (untranslated): a run of words of
// one side copied, as written, from the other side, where the copied words
// are of the other side's language — a phrase left in the source language.
//
// A run counts when it has at least 2 words, is found word for word (lower
// case) on the other side, holds no figure and no capitalised word but a
// function word ("The money"; names and titles are left alone), and more of
// its words are marked as the other side's
// language than as its own (LanguageMark: a function word only one of the
// two languages has — the, of, which / les, des, dans —, French accents, an
// English -ing / -ly ending). So "kung fu", "fast food", "week-end", "science
// fiction" and the names both sides write alike pass; "the money" in a French
// sentence or "les pays" in an English one do not. Single words are not
// flagged (a copied content word is far more often a loanword or cognate).
// A run inside quotation marks is info (a quoted original), else a warning.
//
//   AddUntranslatedFlags(&view);
#ifndef DRIFTALIGN_DRIFT_CHECKS_UNTRANSLATED_H_
#define DRIFTALIGN_DRIFT_CHECKS_UNTRANSLATED_H_

#include <string_view>

#include "drift/checks/bead_view.h"

namespace driftalign::drift {

// Which language the lower-case `word` is recognisably written in: kEn or
// kFr when it is marked as that language only, else false (*lang unchanged).
bool LanguageMark(std::string_view word, Lang* lang);

// Appends one untranslated flag per copied run of either side to view->flags.
void AddUntranslatedFlags(BeadView* view);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_UNTRANSLATED_H_
