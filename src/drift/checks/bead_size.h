// The guard that keeps the bead checks at linear cost: a bead whose side
// holds more content words or facts than CheckerOptions::max_bead_words /
// max_bead_facts is not compared (its checks pair every word or fact of one
// side with every one of the other), and a quotation the fact reader did not
// read (Fact::too_long, longer than facts::kMaxQuoteBytes) is not compared
// either. Each case gets one not_checked info flag saying what was skipped.
// Only pathological input (a line of megabytes, thousands of figures in one
// sentence) reaches these limits.
//
//   if (AddNotCheckedFlags(&view)) return std::move(view.flags);  // too large: nothing else
#ifndef DRIFTALIGN_DRIFT_CHECKS_BEAD_SIZE_H_
#define DRIFTALIGN_DRIFT_CHECKS_BEAD_SIZE_H_

#include "drift/checks/bead_view.h"

namespace driftalign::drift {

// Appends the not_checked flags of the bead of `view`; returns true when the
// bead is too large to be checked at all.
bool AddNotCheckedFlags(BeadView* view);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_BEAD_SIZE_H_
