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
#include <functional>
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

// The sweep of BandDp over the rows of the lattice, in order: Rows(r0, r1,
// reward) relaxes every kept node of rows [r0, r1) (r0 = the end of the
// previous call), asking reward(i, j, s) as BandDp documents; Result() walks
// the back pointers once row n is done.
class BandSweep {
 public:
  BandSweep(int n, int m, const Band& band, const std::vector<Shape>& shapes);

  template <class RewardFn>
  void Rows(int r0, int r1, RewardFn&& reward);
  DpResult Result() const;

  // Index of node (i, j) among the kept nodes, row after row.
  int64_t Node(int i, int j) const { return offsets_[i] + (j - band_.lo[i]); }
  // Whether the bead of shape s ending at (i, j) starts at a kept node.
  bool Starts(int i, int j, int s) const {
    const int pi = i - shapes_[s].src, pj = j - shapes_[s].tgt;
    return pi >= 0 && pj >= 0 && pj >= band_.lo[pi] && pj <= band_.hi[pi];
  }

 private:
  static constexpr double kNone = -std::numeric_limits<double>::infinity();
  static constexpr uint8_t kNoShape = 255;
  int n_, m_;
  const Band& band_;
  const std::vector<Shape>& shapes_;
  std::vector<int64_t> offsets_;  // offsets_[i] = index of node (i, lo[i]); size n + 2
  std::vector<uint8_t> back_;     // back pointer (shape index) of every kept node
  int max_a_ = 0;
  int ring_ = 1;                  // best totals of the last rows (a power of two > max_a), by i mod ring_
  std::vector<std::vector<double>> best_;
};

template <class RewardFn>
void BandSweep::Rows(int r0, int r1, RewardFn&& reward) {
  // Rows i - a for a = 0 .. max_a (a = 0: the row being filled): their best
  // totals and their first and last columns.
  std::vector<const double*> prev_row(max_a_ + 1);
  std::vector<int> prev_lo(max_a_ + 1), prev_hi(max_a_ + 1);
  for (int i = r0; i < r1; ++i) {
    const int lo = band_.lo[i], hi = band_.hi[i];
    std::vector<double>& row = best_[i & (ring_ - 1)];
    row.assign(hi - lo + 1, kNone);
    for (int a = 0; a <= max_a_ && a <= i; ++a) {
      prev_row[a] = a == 0 ? row.data() : best_[(i - a) & (ring_ - 1)].data();
      prev_lo[a] = band_.lo[i - a];
      prev_hi[a] = band_.hi[i - a];
    }
    uint8_t* row_back = back_.data() + offsets_[i];
    for (int j = lo; j <= hi; ++j) {
      double b = (i == 0 && j == 0) ? 0.0 : kNone;
      uint8_t arg = kNoShape;
      for (size_t s = 0; s < shapes_.size(); ++s) {
        const int a = shapes_[s].src, pj = j - shapes_[s].tgt;
        if (a > i || pj < 0) continue;
        if (pj < prev_lo[a] || pj > prev_hi[a]) continue;
        const double prev = prev_row[a][pj - prev_lo[a]];
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
}

// Maximises the sum of reward(i, j, s) over the beads of a monotone path from
// (0, 0) to (n, m) inside `band`. reward(i, j, s) is the reward of the bead of
// shape shapes[s] that ENDS at node (i, j), i.e. source [i - a, i) and target
// [j - b, j). It is called only for beads whose both end nodes are in the band,
// row by row (i increasing), columns increasing within a row.
template <class RewardFn>
DpResult BandDp(int n, int m, const Band& band, const std::vector<Shape>& shapes,
                RewardFn&& reward) {
  BandSweep sweep(n, m, band, shapes);
  sweep.Rows(0, n + 1, reward);
  return sweep.Result();
}

// Runs produce(tile, worker) for tiles 0 .. tiles - 1 on `workers` threads
// (worker 0 is the calling thread, the others are started here) and
// consume(tile) on the calling thread, in tile order, each tile after its
// produce has returned. At most `slots` tiles are produced ahead of the one
// being consumed, so tile t may use buffer t % slots. The calling thread
// produces too whenever the next tile to consume is not ready. An exception
// of produce or consume on any thread stops the sweep and is rethrown here
// once every thread has ended.
void ProduceAndConsumeTiles(int tiles, int workers, int slots,
                            const std::function<void(int tile, int worker)>& produce,
                            const std::function<void(int tile)>& consume);

// BandDp with the rewards computed on rewards->size() threads: the rows are
// cut into tiles of `tile_rows`; (*rewards)[w] computes, on thread w alone,
// the reward of every bead of a tile (both end nodes in the band) into a
// table, while the calling thread sweeps the tiles whose tables are done. Each
// reward is the same call on an evaluator of the same kind, so for any number
// of evaluators and any tile size the result is BandDp's with one of them
// (the evaluators must give a bead the same double whatever they were asked
// before: caches only).
template <class Reward>
DpResult BandDpParallel(int n, int m, const Band& band, const std::vector<Shape>& shapes,
                        std::vector<Reward>* rewards, int tile_rows) {
  assert(!rewards->empty() && tile_rows > 0);
  BandSweep sweep(n, m, band, shapes);
  const int workers = static_cast<int>(rewards->size());
  const int tiles = n / tile_rows + 1;  // rows 0 .. n
  const int slots = 2 * workers;
  const size_t width = shapes.size();
  std::vector<std::vector<double>> tables(slots);
  auto rows_of = [&](int t, int* r0, int* r1) {
    *r0 = t * tile_rows;
    *r1 = std::min(n + 1, *r0 + tile_rows);
  };
  auto produce = [&](int t, int w) {
    int r0, r1;
    rows_of(t, &r0, &r1);
    std::vector<double>& table = tables[t % slots];
    const int64_t first = sweep.Node(r0, band.lo[r0]);
    table.resize(static_cast<size_t>(sweep.Node(r1 - 1, band.hi[r1 - 1]) - first + 1) * width);
    Reward& reward = (*rewards)[w];
    for (int i = r0; i < r1; ++i) {
      for (int j = band.lo[i]; j <= band.hi[i]; ++j) {
        double* cell = table.data() + static_cast<size_t>(sweep.Node(i, j) - first) * width;
        for (size_t s = 0; s < width; ++s) {
          if (sweep.Starts(i, j, static_cast<int>(s))) cell[s] = reward(i, j, static_cast<int>(s));
        }
      }
    }
  };
  auto consume = [&](int t) {
    int r0, r1;
    rows_of(t, &r0, &r1);
    const double* table = tables[t % slots].data();
    const int64_t first = sweep.Node(r0, band.lo[r0]);
    sweep.Rows(r0, r1, [&](int i, int j, int s) {
      return table[static_cast<size_t>(sweep.Node(i, j) - first) * width + s];
    });
  };
  ProduceAndConsumeTiles(tiles, workers, slots, produce, consume);
  return sweep.Result();
}

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_BAND_DP_H_
