#include "align/band_dp.h"

#include <algorithm>

namespace driftalign::align {

std::vector<Shape> ShapesUpTo(int max_block) {
  std::vector<Shape> shapes;
  for (int total = 2; total <= max_block; ++total) {
    for (int a = 1; a < total; ++a) shapes.push_back({a, total - a});
  }
  shapes.push_back({1, 0});
  shapes.push_back({0, 1});
  return shapes;
}

void OrderNullRuns(std::vector<Bead>* beads) {
  size_t k = 0;
  while (k < beads->size()) {
    if (!(*beads)[k].is_null()) {
      ++k;
      continue;
    }
    size_t end = k;
    while (end < beads->size() && (*beads)[end].is_null()) ++end;
    // Interleave by position inside the run, a deletion before an addition
    // at the same offset: [0]:[], []:[0], [1]:[], [2]:[].
    int src_start = 0, tgt_start = 0;
    for (size_t r = k; r < end; ++r) {
      if (!(*beads)[r].src.empty()) { src_start = (*beads)[r].src[0]; break; }
    }
    for (size_t r = k; r < end; ++r) {
      if (!(*beads)[r].tgt.empty()) { tgt_start = (*beads)[r].tgt[0]; break; }
    }
    std::stable_sort(beads->begin() + k, beads->begin() + end, [&](const Bead& a, const Bead& b) {
      const int ka = a.src.empty() ? a.tgt[0] - tgt_start : a.src[0] - src_start;
      const int kb = b.src.empty() ? b.tgt[0] - tgt_start : b.src[0] - src_start;
      if (ka != kb) return ka < kb;
      return !a.src.empty() && b.src.empty();
    });
    k = end;
  }
}

Band Band::Full(int n, int m) {
  Band band;
  band.lo.assign(n + 1, 0);
  band.hi.assign(n + 1, m);
  return band;
}

int64_t Band::Nodes() const {
  int64_t nodes = 0;
  for (size_t i = 0; i < lo.size(); ++i) nodes += hi[i] - lo[i] + 1;
  return nodes;
}

bool Band::Valid(int n, int m) const {
  if (static_cast<int>(lo.size()) != n + 1 || static_cast<int>(hi.size()) != n + 1) return false;
  if (lo[0] != 0 || hi[n] != m) return false;
  for (int i = 0; i <= n; ++i) {
    if (lo[i] < 0 || hi[i] > m || lo[i] > hi[i]) return false;
    if (i > 0 && (lo[i] < lo[i - 1] || hi[i] < hi[i - 1] || lo[i] > hi[i - 1])) return false;
  }
  return true;
}

}  // namespace driftalign::align
