// The alignment in vecalign's format: one bead per line, 0-based ids,
//   [0]:[0, 1]:0.931000
//   [1, 2]:[2]:0.870000
//   [3]:[]:0.990000        (a null bead; vecalign itself prints 0.0 here, we print its score)
// Read back by align::ParseVecalign and by vecalign's score.py.
#ifndef DRIFTALIGN_REPORT_VECALIGN_WRITER_H_
#define DRIFTALIGN_REPORT_VECALIGN_WRITER_H_

#include <ostream>
#include <string>
#include <vector>

#include "align/bead.h"

namespace driftalign::report {

// "[0, 1]:[2]:0.870000" (no newline).
std::string VecalignLine(const align::Bead& bead);

void WriteVecalign(const std::vector<align::Bead>& beads, std::ostream& out);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_VECALIGN_WRITER_H_
