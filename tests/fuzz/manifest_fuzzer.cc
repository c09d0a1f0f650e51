// libFuzzer target: the batch manifest reader and the --resume reader
// (pipeline/manifest_io.h) on arbitrary bytes. Invariants:
//   - SplitTabs: the fields joined with tabs give the line back, and there is
//     one field more than there are tabs;
//   - ParseLine: a skipped line is blank or a '#' comment; a kept line has its
//     line number, a non-empty id, and either an error naming "manifest line N"
//     or non-empty src/tgt with languages en/fr;
//   - DoneIds (the output file written from the input): the file is cut after
//     its last newline, and on success there are at most as many ids as lines.
//
//   CXX=clang++ cmake -S . -B build-fuzz -DDRIFTALIGN_BUILD_FUZZERS=ON -DDRIFTALIGN_BUILD_TESTS=OFF
//   cmake --build build-fuzz --target manifest_fuzzer
//   build-fuzz/tests/fuzz/manifest_fuzzer tests/fuzz/corpus/manifest -max_total_time=60
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "pipeline/manifest_io.h"

namespace {

[[noreturn]] void Fail(const char* what, const std::string& line) {
  std::fprintf(stderr, "manifest_fuzzer: %s (line of %zu bytes)\n", what, line.size());
  std::abort();
}

bool IsLang(const std::string& l) { return l == "en" || l == "fr"; }

void CheckLine(const std::string& line, int lineno) {
  const std::vector<std::string> fields = driftalign::pipeline::SplitTabs(line);
  std::string joined;
  for (size_t k = 0; k < fields.size(); ++k) joined += (k ? "\t" : "") + fields[k];
  if (joined != line) Fail("SplitTabs lost bytes", line);
  if (fields.size() != static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1) {
    Fail("SplitTabs field count is not tabs + 1", line);
  }

  driftalign::pipeline::Job job;
  const bool kept = driftalign::pipeline::ParseLine(line, lineno, &job);
  std::string trimmed = line;
  if (!trimmed.empty() && trimmed.back() == '\r') trimmed.pop_back();
  const size_t first = trimmed.find_first_not_of(" \t");
  const bool skippable = first == std::string::npos || trimmed[first] == '#';
  if (kept == skippable) Fail(kept ? "kept a blank or comment line" : "skipped a line with content", line);
  if (!kept) return;
  if (job.line != lineno || job.id.empty()) Fail("kept line without its number or id", line);
  if (job.error.empty()) {
    if (job.src.empty() || job.tgt.empty()) Fail("accepted a line without src or tgt", line);
    if (!IsLang(job.src_lang) || !IsLang(job.tgt_lang)) Fail("accepted a language other than en/fr", line);
  } else if (job.error.rfind("manifest line " + std::to_string(lineno) + ":", 0) != 0) {
    Fail("error does not name the manifest line", line);
  }
}

void CheckDoneIds(const std::string& bytes) {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("manifest_fuzzer." + std::to_string(getpid()))).string();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  auto ids = driftalign::pipeline::DoneIds(path);
  const size_t last_newline = bytes.rfind('\n');
  const size_t complete = last_newline == std::string::npos ? 0 : last_newline + 1;
  std::error_code ec;
  const auto size_after = std::filesystem::file_size(path, ec);
  if (!ec && size_after != complete) Fail("DoneIds did not cut the file after its last newline", bytes);
  if (ids.ok() && ids->size() > static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\n'))) {
    Fail("DoneIds found more ids than lines", bytes);
  }
  std::filesystem::remove(path, ec);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  size_t at = 0;
  int lineno = 0;
  while (at <= bytes.size()) {
    size_t nl = bytes.find('\n', at);
    if (nl == std::string::npos) nl = bytes.size();
    CheckLine(bytes.substr(at, nl - at), ++lineno);
    at = nl + 1;
  }
  CheckDoneIds(bytes);
  return 0;
}
