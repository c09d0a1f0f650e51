// libFuzzer target: the UTF-8 reader and the segmenter on arbitrary bytes.
// Invariants checked on every input that passes validation: sentences are
// non-empty, ordered, non-overlapping and exactly input[begin:end].
//
//   CXX=clang++ cmake -S . -B build-fuzz -DDRIFTALIGN_BUILD_FUZZERS=ON -DDRIFTALIGN_BUILD_TESTS=OFF
//   cmake --build build-fuzz --target segment_fuzzer && build-fuzz/tests/fuzz/segment_fuzzer -max_total_time=60
#include <cstdint>
#include <cstdlib>
#include <string>

#include "segment/segmenter.h"
#include "text/input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace driftalign;
  if (size == 0) return 0;
  text::InputOptions options;
  options.replace_invalid = data[0] & 1;
  const bool presegmented = data[0] & 2;
  const char* lang = (data[0] & 4) ? "fr" : "en";
  StatusOr<text::Document> doc =
      text::MakeDocument("fuzz", std::string(reinterpret_cast<const char*>(data + 1), size - 1), options);
  if (!doc.ok()) return 0;
  segment::SegmenterOptions seg_options;
  seg_options.presegmented = presegmented;
  static auto en = segment::Segmenter::Create("en", seg_options);
  static auto fr = segment::Segmenter::Create("fr", seg_options);
  static auto en_pre = segment::Segmenter::Create("en", {.presegmented = true});
  static auto fr_pre = segment::Segmenter::Create("fr", {.presegmented = true});
  const segment::Segmenter& seg = presegmented ? (lang[0] == 'f' ? *fr_pre : *en_pre) : (lang[0] == 'f' ? *fr : *en);
  size_t previous_end = doc->content_begin;
  for (const segment::Sentence& s : seg.Segment(doc->bytes, doc->content_begin)) {
    if (s.begin >= s.end || s.begin < previous_end || s.end > doc->bytes.size()) std::abort();
    if (doc->bytes.compare(s.begin, s.end - s.begin, s.text) != 0) std::abort();
    previous_end = s.end;
  }
  return 0;
}
