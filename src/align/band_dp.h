// The search of align/: a monotone dynamic programme over the lattice of
// sentence boundaries, restricted to a band.
//
// Node (i, j) means "the first i source and j target sentences are aligned".
// A bead of shape a-b leads from node (i - a, j - b) to node (i, j). Row i of
// the lattice keeps only the columns [band.lo[i], band.hi[i]], so memory is
// O(sum of band widths) = O(n * width): one byte of back pointer per kept node
// plus a few rows of rewards. With Band::Full the search is exact.
//
//   Band band = Band::Full(n, m);
//   DpResult r = BandDp(n, m, band, shapes, [&](int i, int j, int shape) {
//     return reward_of_bead_ending_at(i, j, shapes[shape]);
//   });
//
// Ties between paths are broken deterministically: the first shape in
// `shapes` wins at each node, the lower column wins in nothing (nodes are
// independent), so the same rewards always give the same beads.
#ifndef DRIFTALIGN_ALIGN_BAND_DP_H_
#define DRIFTALIGN_ALIGN_BAND_DP_H_

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <limits>
#include <vector>

#include "align/bead.h"

namespace driftalign::align {

struct Shape {
  int src = 1;  // sentences on the source side of the bead
  int tgt = 1;  // sentences on the target side
};

// All shapes with src + tgt <= max_block (both sides non-empty), then the two
// null shapes 1-0 and 0-1. Ordered by total size, then source size.
std::vector<Shape> ShapesUpTo(int max_block);

// The kept columns of each lattice row: row i (0..n) keeps [lo[i], hi[i]].
// Valid bands have lo and hi non-decreasing, lo[0] == 0, hi[n] == m and
// lo[i] <= hi[i - 1] (so every kept node is reachable with null beads).
struct Band {
  std::vector<int> lo, hi;
  static Band Full(int n, int m);
  // Total kept nodes (memory of the DP is about this many bytes).
  int64_t Nodes() const;
  bool Valid(int n, int m) const;
};

struct DpResult {
  std::vector<Bead> beads;            // in document order, scores left at 0
  std::vector<int> shape_of_bead;     // index into `shapes` for each bead
  double total = 0.0;                 // sum of the rewards of the beads
};

// Orders each run of consecutive null beads by position inside the run, a
// 1-0 before a 0-1 at the same offset: [0]:[], []:[0], [1]:[], [2]:[] (every
// order is the same alignment; this makes the output canonical).
void OrderNullRuns(std::vector<Bead>* beads);

// Maximises the sum of reward(i, j, s) over the beads of a monotone path from
// (0, 0) to (n, m) inside `band`. reward(i, j, s) is the reward of the bead of
// shape shapes[s] that ENDS at node (i, j), i.e. source [i - a, i) and target
// [j - b, j). It is called only for beads whose both end nodes are in the band,
// row by row (i increasing), columns increasing within a row.
template <class RewardFn>
DpResult BandDp(int n, int m, const Band& band, const std::vector<Shape>& shapes,
                RewardFn&& reward) {
  assert(band.Valid(n, m));
  assert(shapes.size() < 255);
  constexpr double kNone = -std::numeric_limits<double>::infinity();
  constexpr uint8_t kNoShape = 255;
  int max_a = 0;
  for (const Shape& s : shapes) max_a = std::max(max_a, s.src);

  // Back pointers for every kept node; offsets[i] = index of node (i, lo[i]).
  std::vector<int64_t> offsets(n + 2);
  offsets[0] = 0;
  for (int i = 0; i <= n; ++i) offsets[i + 1] = offsets[i] + (band.hi[i] - band.lo[i] + 1);
  std::vector<uint8_t> back(offsets[n + 1], kNoShape);
  // Best totals of the last max_a + 1 rows (ring indexed by i mod (max_a + 1)).
  const int ring = max_a + 1;
  std::vector<std::vector<double>> best(ring);

  for (int i = 0; i <= n; ++i) {
    const int lo = band.lo[i], hi = band.hi[i];
    std::vector<double>& row = best[i % ring];
    row.assign(hi - lo + 1, kNone);
    uint8_t* row_back = back.data() + offsets[i];
    for (int j = lo; j <= hi; ++j) {
      double b = (i == 0 && j == 0) ? 0.0 : kNone;
      uint8_t arg = kNoShape;
      for (size_t s = 0; s < shapes.size(); ++s) {
        const int pi = i - shapes[s].src, pj = j - shapes[s].tgt;
        if (pi < 0 || pj < 0) continue;
        if (pj < band.lo[pi] || pj > band.hi[pi]) continue;
        const double prev = (pi == i) ? row[pj - lo] : best[pi % ring][pj - band.lo[pi]];
        if (prev == kNone) continue;
        const double v = prev + reward(i, j, static_cast<int>(s));
        if (v > b) {
          b = v;
          arg = static_cast<uint8_t>(s);
        }
      }
      row[j - lo] = b;
      row_back[j - lo] = arg;
    }
  }

  DpResult result;
  result.total = best[n % ring][m - band.lo[n]];
  int i = n, j = m;
  while (i > 0 || j > 0) {
    const uint8_t s = back[offsets[i] + (j - band.lo[i])];
    assert(s != kNoShape);
    const Shape& shape = shapes[s];
    result.beads.push_back(MakeBead(i - shape.src, i, j - shape.tgt, j));
    result.shape_of_bead.push_back(s);
    i -= shape.src;
    j -= shape.tgt;
  }
  std::reverse(result.beads.begin(), result.beads.end());
  std::reverse(result.shape_of_bead.begin(), result.shape_of_bead.end());
  return result;
}

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_BAND_DP_H_
