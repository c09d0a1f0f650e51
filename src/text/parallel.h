// Splitting independent per-item work over threads, for results that do not
// depend on the thread count: each item is computed by exactly one thread,
// the same way whatever the split, and written to its own slot; anything that
// combines items (prefix sums, the DP) stays sequential in the caller.
//
//   const int threads = text::ResolveThreads(options.threads);   // 0 -> all cores
//   text::ParallelChunks(n, threads, [&](int begin, int end) {
//     for (int i = begin; i < end; ++i) out[i] = Work(i);
//   });
#ifndef DRIFTALIGN_TEXT_PARALLEL_H_
#define DRIFTALIGN_TEXT_PARALLEL_H_

#include <algorithm>
#include <functional>
#include <thread>
#include <vector>

namespace driftalign::text {

// `requested` threads, or one per core (std::thread::hardware_concurrency,
// at least 1) when `requested` <= 0.
inline int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Calls fn(begin, end) on contiguous chunks covering [0, n): at most `threads`
// chunks of at least `min_chunk` items, the first on the calling thread and
// the others on threads started here; returns when all are done. With one
// chunk everything runs on the calling thread.
inline void ParallelChunks(int n, int threads, const std::function<void(int, int)>& fn,
                           int min_chunk = 1) {
  if (n <= 0) return;
  const int chunks = std::max(1, std::min(threads, n / std::max(1, min_chunk)));
  if (chunks == 1) {
    fn(0, n);
    return;
  }
  std::vector<std::thread> workers;
  workers.reserve(chunks - 1);
  const auto bound = [n, chunks](int c) { return static_cast<int>(static_cast<long long>(n) * c / chunks); };
  for (int c = 1; c < chunks; ++c) workers.emplace_back(fn, bound(c), bound(c + 1));
  fn(0, bound(1));
  for (std::thread& t : workers) t.join();
}

}  // namespace driftalign::text

#endif  // DRIFTALIGN_TEXT_PARALLEL_H_
