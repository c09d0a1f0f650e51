// Glossary (used with these meanings everywhere in align/ and drift/):
//   bead       a group of consecutive source sentences aligned with a group of
//              consecutive target sentences; written n-m for its sizes (1-1, 2-1, ...).
//   null bead  a bead with one empty side: 1-0 (a source sentence with no
//              counterpart: omission) or 0-1 (addition).
//   band       the diagonal strip of the DP lattice the search keeps (offset + width).
//   figure     a number in the text, with its unit/scale when present.
//   drift      a difference in content between the two sides of a bead.
//   shape      the sizes n-m of a bead, without its position.
//   reward     what the DP adds up over the beads of an alignment (higher is better);
//              the score of a bead is its reward calibrated to [0, 1].
#ifndef DRIFTALIGN_ALIGN_BEAD_H_
#define DRIFTALIGN_ALIGN_BEAD_H_

#include <string>
#include <vector>

namespace driftalign::align {

struct Bead {
  std::vector<int> src;  // consecutive 0-based source sentence ids (may be empty)
  std::vector<int> tgt;  // consecutive 0-based target sentence ids (may be empty)
  double score = 0.0;    // calibrated confidence in [0, 1] (see docs/alignment-json.md)

  bool is_null() const { return src.empty() || tgt.empty(); }
  // "n-m", e.g. "2-1" or "0-1".
  std::string shape() const { return std::to_string(src.size()) + "-" + std::to_string(tgt.size()); }
};

// A bead of [src_begin, src_end) x [tgt_begin, tgt_end) with score 0.
inline Bead MakeBead(int src_begin, int src_end, int tgt_begin, int tgt_end) {
  Bead b;
  for (int i = src_begin; i < src_end; ++i) b.src.push_back(i);
  for (int j = tgt_begin; j < tgt_end; ++j) b.tgt.push_back(j);
  return b;
}

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_BEAD_H_
