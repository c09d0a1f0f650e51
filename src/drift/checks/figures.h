// The figure check of a bead: numbers, approximate and vague quantities,
// percentages, ordinals, years, weekdays, dates and clock times.
//
// Figures match when their values agree whatever the writing (2,000 = 2.000 =
// 2 000; Thirteen = Treize; a thousand = un millier; 58 miles = 93 km); a
// leftover figure is paired with a leftover of its slot group on the other
// side as number_mismatch / date_mismatch when close enough (position and
// size), else reported as number_missing / number_added (or date_mismatch).
//
//   BeadView view(...);
//   AddFigureFlags(&view);  // sets BeadFact::matched, appends to view.flags
#ifndef DRIFTALIGN_DRIFT_CHECKS_FIGURES_H_
#define DRIFTALIGN_DRIFT_CHECKS_FIGURES_H_

#include <vector>

#include "drift/checks/bead_view.h"
#include "drift/facts.h"
#include "segment/sentence.h"

namespace driftalign::drift {

// Equal values (relative tolerance 1e-9); false when either is negative (unset).
bool ValEq(double a, double b);
// Same kind and same value (weekdays: or the day after / before a night;
// decades: "the 1930s" = "les années trente"; dates: day and year when both say them).
bool StrictEq(const Fact& a, const Fact& b);
// Equal across kinds: an unseparated 2000 (year) and 2,000; "about ten" and
// "une dizaine"; "five percent" written in words; a converted unit.
bool LooseEq(const Fact& a, const Fact& b);
// Kinds whose leftovers may be paired as one mismatch share a group (> 0);
// 0 for kinds that are no figures.
int SlotGroup(FactKind k);
// Whether the sentences `ids` (language `lang`) say the number or ordinal
// `f` (1 or 2, written in words on the other side) with a word that is no
// figure ("both" / "les deux"), or the vague quantity `f` with any vague
// quantity word.
bool SaidInWords(const Fact& f, Lang lang, const std::vector<int>& ids,
                 const std::vector<segment::Sentence>& sents);
// The cost of pairing leftover `a` with leftover `b` as one mismatch:
// |relative position difference| + 0.3 * min(3, |log10(ratio)|) (the second
// term for numeric kinds with positive values only).
double FigurePairCost(const BeadFact& a, const BeadFact& b);

// Marks the matched figures and dates of both sides of `view` and appends the
// flags of the others to view->flags.
void AddFigureFlags(BeadView* view);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_FIGURES_H_
