// libFuzzer target: the vecalign bead reader (align/bead_io.h) on arbitrary
// bytes. The first two bytes choose the sentence counts: source = byte 0 % 64,
// target = byte 1 % 64, or no counts (score's mode) when byte 0 has its high
// bit set; the rest is the file. Invariants on every accepted file:
//  - every bead holds a sentence, every score is finite;
//  - the ids of each side ascend strictly through the file (no sentence twice);
//  - with counts: the ids of each side are exactly 0, 1, ..., n - 1 (in range,
//    consecutive, covering);
// and on every rejected one: the message starts with the file name. Any
// exception or sanitizer report is a crash.
//
//   CXX=clang++ cmake -S . -B build-fuzz -DDRIFTALIGN_BUILD_FUZZERS=ON -DDRIFTALIGN_BUILD_TESTS=OFF \
//     -DDRIFTALIGN_BUILD_BENCHMARKS=OFF
//   cmake --build build-fuzz --target bead_reader_fuzzer
//   build-fuzz/tests/fuzz/bead_reader_fuzzer -max_total_time=60 tests/fuzz/corpus/bead_reader
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

#include "align/bead_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace driftalign;
  if (size < 2) return 0;
  std::optional<align::SentenceCounts> counts;
  if ((data[0] & 0x80) == 0) counts = align::SentenceCounts{data[0] % 64u, data[1] % 64u};
  const std::string_view text(reinterpret_cast<const char*>(data + 2), size - 2);
  StatusOr<std::vector<align::Bead>> beads = align::ParseBeads(text, "fuzz", counts);
  if (!beads.ok()) {
    if (beads.status().message().rfind("fuzz", 0) != 0) std::abort();
    return 0;
  }
  long last[2] = {-1, -1};
  for (const align::Bead& b : *beads) {
    if (b.src.empty() && b.tgt.empty()) std::abort();
    if (!std::isfinite(b.score)) std::abort();
    const std::vector<int>* sides[2] = {&b.src, &b.tgt};
    for (int side = 0; side < 2; ++side) {
      for (int id : *sides[side]) {
        if (id <= last[side] || id > align::kMaxBeadId) std::abort();
        if (counts && id != last[side] + 1) std::abort();
        last[side] = id;
      }
    }
  }
  if (counts && (last[0] + 1 != static_cast<long>(counts->src) || last[1] + 1 != static_cast<long>(counts->tgt))) {
    std::abort();
  }
  return 0;
}
