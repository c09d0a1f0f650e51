// Helpers shared by the report tests: running a command, reading and
// writing files (the hand-made sample report is in sample_report.h).
#ifndef DRIFTALIGN_TESTS_REPORT_TEST_UTIL_H_
#define DRIFTALIGN_TESTS_REPORT_TEST_UTIL_H_

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace driftalign::report::testing_util {

// A scratch directory of this test process, removed with everything in it
// when the object goes out of scope: ctest runs the cases of one binary as
// parallel processes, so a shared fixed name would be clobbered.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(::testing::TempDir() + "/" + name + "." + std::to_string(::getpid())) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary);
  out << data;
}

// Runs `cmd` with /bin/sh; returns its stdout and sets *status to its exit status.
inline std::string RunCommand(const std::string& cmd, int* status) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) {
    *status = -1;
    return out;
  }
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int rc = pclose(p);
  *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

// Debian's Chromium, headless, on a new empty profile under `dir` (runs as
// root here, hence --no-sandbox; no network). Returns its stdout; expects exit 0.
inline constexpr const char* kChromium = "/usr/bin/chromium";
inline std::string Chromium(const std::string& dir, const std::string& args) {
  static int n = 0;
  std::string profile = dir + "/profile" + std::to_string(n++);
  std::filesystem::remove_all(profile);
  std::filesystem::create_directories(profile);
  int status = 0;
  std::string out = RunCommand(std::string("timeout 90 ") + kChromium +
                                   " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                                   " --disable-background-networking --disable-component-update --disable-sync"
                                   " --user-data-dir=" + profile + " " + args + " 2>/dev/null",
                               &status);
  EXPECT_EQ(status, 0);
  return out;
}

// How many times `needle` occurs in `hay` (overlaps counted).
inline size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace driftalign::report::testing_util

#endif  // DRIFTALIGN_TESTS_REPORT_TEST_UTIL_H_
