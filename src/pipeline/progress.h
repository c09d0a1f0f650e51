// A progress bar on stderr for long runs (driftalign batch):
//   [#####.........................] 120/554  3.2 pairs/s  ETA 2m15s
// redrawn in place at most 10 times a second; without a known total only the
// count and the rate.
//
//   Progress progress(/*enabled=*/isatty(fileno(stderr)), total);
//   for (...) progress.Update(done, failed);
//   progress.Update(done, failed, /*final=*/true);  // last state + newline
#ifndef DRIFTALIGN_PIPELINE_PROGRESS_H_
#define DRIFTALIGN_PIPELINE_PROGRESS_H_

#include <chrono>
#include <cstddef>

namespace driftalign::pipeline {

class Progress {
 public:
  // Disabled: Update does nothing. `total` 0: unknown.
  Progress(bool enabled, size_t total) : enabled_(enabled), total_(total), start_(Clock::now()) {}
  // Redraws with `done` pairs of which `errors` failed; `final` redraws even
  // within 100 ms of the last and ends the line.
  void Update(size_t done, size_t errors, bool final = false);

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  size_t total_;
  Clock::time_point start_, last_;
};

}  // namespace driftalign::pipeline

#endif  // DRIFTALIGN_PIPELINE_PROGRESS_H_
