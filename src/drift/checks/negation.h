// The negation check of a bead (negation_mismatch): the negations of each
// side are counted and a bead whose sides disagree — one side negated, the
// other not ("was" / "n'a pas été") — is flagged, with the negation marked.
//
// What counts (FindNegations): English not / n't / cannot, never, no (not
// "No." before a figure), none, nobody, nothing, nowhere, neither, without,
// fail(ed) to, unable; French ne / n' with a partner in its clause (pas,
// plus, jamais, rien, personne, aucun, guère, nullement, nul, ni — one
// negation for the pair), or such a partner alone (pas, jamais, rien, aucun,
// guère, nullement), sans, non (alone, non pas, non plus, non loin), ni … ni,
// échouer, incapable. What does not: the
// expletive ne without a partner (avant qu'il ne parte, à moins que …, n'importe),
// ne … que (= only), not only / non seulement / pas seulement, comparatives
// (no more than / pas plus de), whether or not / ou non, no doubt / sans
// doute, sans cesse, plus que jamais, le plus grand jamais vu (= ever), non
// before a word (organisations non gouvernementales), nor (its neither or
// not counts).
//
// Both sides negated the same number of times, or neither: nothing. One side
// negated, the other not: a warning (the sentence says the opposite). Both
// negated but a different number of times (a negation moved into a word the
// list lacks, ni … ni / neither … nor): info.
//
//   AddNegationFlags(&view);
#ifndef DRIFTALIGN_DRIFT_CHECKS_NEGATION_H_
#define DRIFTALIGN_DRIFT_CHECKS_NEGATION_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "drift/checks/bead_view.h"

namespace driftalign::drift {

// One negation of a sentence: its bytes (for ne … pas, from ne to pas).
struct Negation {
  size_t begin = 0, end = 0;
};

// The negations of `text` in `lang`, in text order.
std::vector<Negation> FindNegations(std::string_view text, Lang lang);

// Appends a negation_mismatch flag to view->flags when the two sides of the
// bead are not negated alike.
void AddNegationFlags(BeadView* view);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_NEGATION_H_
