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
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace driftalign::text {

// Threads whose exceptions are not lost. A function that throws on a plain
// std::thread (std::bad_alloc when memory runs out) ends the process through
// std::terminate; a ThreadGroup keeps the first exception its threads throw,
// and Join() rethrows it in the joining thread once every thread has ended.
// The destructor joins too, so an exception of the calling thread's own share
// of the work leaves no joinable thread behind.
//
//   text::ThreadGroup group;
//   group.Run([&] { Work(1); });
//   Work(0);
//   group.Join();   // rethrows what Work(1) threw, if anything
class ThreadGroup {
 public:
  ThreadGroup() = default;
  ThreadGroup(const ThreadGroup&) = delete;
  ThreadGroup& operator=(const ThreadGroup&) = delete;
  ~ThreadGroup() { JoinAll(); }

  template <typename Fn>
  void Run(Fn fn) {
    threads_.emplace_back([this, fn = std::move(fn)]() mutable {
      try {
        fn();
      } catch (...) {
        std::lock_guard<std::mutex> lock(mu_);
        if (!error_) error_ = std::current_exception();
      }
    });
  }

  void Join() {
    JoinAll();
    if (error_) {
      std::exception_ptr e = std::exchange(error_, nullptr);
      std::rethrow_exception(e);
    }
  }

 private:
  void JoinAll() {
    for (std::thread& t : threads_) {
      if (t.joinable()) t.join();
    }
    threads_.clear();
  }

  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::exception_ptr error_;
};

// `requested` threads, or one per core (std::thread::hardware_concurrency,
// at least 1) when `requested` <= 0.
inline int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Calls fn(begin, end) on contiguous chunks covering [0, n): at most `threads`
// chunks of at least `min_chunk` items, the first on the calling thread and
// the others on threads started here; returns when all are done, rethrowing
// an exception a chunk threw (ThreadGroup). With one chunk everything runs on
// the calling thread.
inline void ParallelChunks(int n, int threads, const std::function<void(int, int)>& fn,
                           int min_chunk = 1) {
  if (n <= 0) return;
  const int chunks = std::max(1, std::min(threads, n / std::max(1, min_chunk)));
  if (chunks == 1) {
    fn(0, n);
    return;
  }
  ThreadGroup workers;
  const auto bound = [n, chunks](int c) { return static_cast<int>(static_cast<long long>(n) * c / chunks); };
  for (int c = 1; c < chunks; ++c) workers.Run([&fn, b = bound(c), e = bound(c + 1)] { fn(b, e); });
  fn(0, bound(1));
  workers.Join();
}

}  // namespace driftalign::text

#endif  // DRIFTALIGN_TEXT_PARALLEL_H_
