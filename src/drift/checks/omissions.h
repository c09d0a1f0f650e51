// The check of a null bead: each of its sentences is an omission (source
// sentence with no target) or an addition (target sentence with no source).
// Severity: meta lines (datelines, bylines) info, headlines warnings, body
// sentences errors from options.omission_error_min_words words on, warnings
// below.
//
//   if (view.bead.is_null()) AddOmissionFlags(&view);
#ifndef DRIFTALIGN_DRIFT_CHECKS_OMISSIONS_H_
#define DRIFTALIGN_DRIFT_CHECKS_OMISSIONS_H_

#include "drift/checks/bead_view.h"

namespace driftalign::drift {

// Severity of an omitted / added sentence `s`.
Severity OmissionSeverity(const segment::Sentence& s, const CheckerOptions& options);

// Appends one omission / addition flag per sentence of the null bead of
// `view` to view->flags, in sentence order.
void AddOmissionFlags(BeadView* view);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_OMISSIONS_H_
