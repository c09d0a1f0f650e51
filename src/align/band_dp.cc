#include "align/band_dp.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

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

BandSweep::BandSweep(int n, int m, const Band& band, const std::vector<Shape>& shapes)
    : n_(n), m_(m), band_(band), shapes_(shapes) {
  assert(band.Valid(n, m));
  assert(shapes.size() < kNoShape);
  for (const Shape& s : shapes) max_a_ = std::max(max_a_, s.src);
  offsets_.assign(n + 2, 0);
  for (int i = 0; i <= n; ++i) offsets_[i + 1] = offsets_[i] + (band.hi[i] - band.lo[i] + 1);
  back_.assign(offsets_[n + 1], kNoShape);
  while (ring_ <= max_a_) ring_ *= 2;
  best_.resize(ring_);
}

DpResult BandSweep::Result() const {
  DpResult result;
  result.total = best_[n_ & (ring_ - 1)][m_ - band_.lo[n_]];
  int i = n_, j = m_;
  while (i > 0 || j > 0) {
    const uint8_t s = back_[Node(i, j)];
    assert(s != kNoShape);
    const Shape& shape = shapes_[s];
    result.beads.push_back(MakeBead(i - shape.src, i, j - shape.tgt, j));
    result.shape_of_bead.push_back(s);
    i -= shape.src;
    j -= shape.tgt;
  }
  std::reverse(result.beads.begin(), result.beads.end());
  std::reverse(result.shape_of_bead.begin(), result.shape_of_bead.end());
  return result;
}

void ProduceAndConsumeTiles(int tiles, int workers, int slots,
                            const std::function<void(int tile, int worker)>& produce,
                            const std::function<void(int tile)>& consume) {
  std::mutex mu;
  std::condition_variable cv;
  int next = 0;      // first tile nobody has claimed
  int consumed = 0;  // tiles consumed so far
  std::vector<int> done(slots, -1);  // the tile whose produce finished, per slot
  // Claims the next tile if its slot is free (under the lock).
  auto claim = [&]() -> int { return (next < tiles && next < consumed + slots) ? next++ : -1; };
  auto finished = [&](int t) {
    std::lock_guard<std::mutex> lock(mu);
    done[t % slots] = t;
    cv.notify_all();
  };
  // An exception of any thread (std::bad_alloc when memory runs out) stops
  // the sweep: no tile is claimed any more, every thread ends, and the first
  // exception is rethrown here (a plain thread's would end the process, and
  // a waiting thread would wait for a tile that never comes).
  std::exception_ptr error;
  bool failed = false;
  auto fail = [&](std::exception_ptr e) {  // under the lock
    if (!error) error = e;
    failed = true;
    next = tiles;
    cv.notify_all();
  };
  std::vector<std::thread> threads;
  for (int w = 1; w < workers; ++w) {
    threads.emplace_back([&, w] {
      for (;;) {
        int t = -1;
        {
          std::unique_lock<std::mutex> lock(mu);
          cv.wait(lock, [&] { return next >= tiles || next < consumed + slots; });
          t = claim();
        }
        if (t < 0) return;
        try {
          produce(t, w);
        } catch (...) {
          std::lock_guard<std::mutex> lock(mu);
          fail(std::current_exception());
          return;
        }
        finished(t);
      }
    });
  }
  try {
    for (int t = 0; t < tiles; ++t) {
      std::unique_lock<std::mutex> lock(mu);
      while (!failed && done[t % slots] != t) {
        const int u = claim();
        if (u < 0) {
          cv.wait(lock);
          continue;
        }
        lock.unlock();
        produce(u, 0);
        lock.lock();
        done[u % slots] = u;
        cv.notify_all();
      }
      if (failed) break;
      lock.unlock();
      consume(t);
      lock.lock();
      consumed = t + 1;
      cv.notify_all();
    }
  } catch (...) {
    std::lock_guard<std::mutex> lock(mu);
    fail(std::current_exception());
  }
  for (std::thread& th : threads) th.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace driftalign::align
