#include "pipeline/progress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace driftalign::pipeline {

void Progress::Update(size_t done, size_t errors, bool final) {
  if (!enabled_) return;
  auto now = Clock::now();
  if (!final && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double rate = secs > 0 ? done / secs : 0;
  std::string line = "\r";
  if (total_ > 0) {
    int width = 30, filled = static_cast<int>(width * std::min<size_t>(done, total_) / total_);
    line += "[" + std::string(filled, '#') + std::string(width - filled, '.') + "] ";
    line += std::to_string(done) + "/" + std::to_string(total_);
  } else {
    line += std::to_string(done);
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "  %.1f pairs/s", rate);
  line += buf;
  if (errors > 0) line += "  " + std::to_string(errors) + " failed";
  if (total_ > 0 && rate > 0 && done < total_) {
    long eta = std::lround((total_ - done) / rate);
    std::snprintf(buf, sizeof buf, "  ETA %ldm%02lds", eta / 60, eta % 60);
    line += buf;
  }
  line += "   ";
  std::fputs(line.c_str(), stderr);
  if (final) std::fputs("\n", stderr);
  std::fflush(stderr);
}

}  // namespace driftalign::pipeline
