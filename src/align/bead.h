// Glossary (used with these meanings everywhere in align/ and drift/):
//   bead       a group of consecutive source sentences aligned with a group of
//              consecutive target sentences; written n-m for its sizes (1-1, 2-1, ...).
//   null bead  a bead with one empty side: 1-0 (a source sentence with no
//              counterpart: omission) or 0-1 (addition).
//   band       the diagonal strip of the DP lattice the search keeps (offset + width).
//   figure     a number in the text, with its unit/scale when present.
//   drift      a difference in content between the two sides of a bead.
#ifndef DRIFTALIGN_ALIGN_BEAD_H_
#define DRIFTALIGN_ALIGN_BEAD_H_

#include <vector>

namespace driftalign::align {

struct Bead {
  std::vector<int> src;  // consecutive 0-based source sentence ids (may be empty)
  std::vector<int> tgt;  // consecutive 0-based target sentence ids (may be empty)
  double score = 0.0;    // calibrated confidence in [0, 1] (see docs/alignment-json.md)

  bool is_null() const { return src.empty() || tgt.empty(); }
};

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_BEAD_H_
