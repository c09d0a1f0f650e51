// libFuzzer target: the fact reader (drift::FactExtractor) on arbitrary valid
// UTF-8. Invariants checked on every fact: its span and (for a quotation) its
// inner span lie inside the sentence, start and end on code point
// boundaries, and the inner span lies inside the outer one; a quotation's key
// is exactly its inner text; facts come ordered by begin offset; dates have a
// month in 1..12 and a day in 0..31; clock times are minutes of one day (24h00, its
// end, included).
//
//   CXX=clang++ cmake -S . -B build-fuzz -DDRIFTALIGN_BUILD_FUZZERS=ON -DDRIFTALIGN_BUILD_TESTS=OFF
//   cmake --build build-fuzz --target facts_fuzzer
//   build-fuzz/tests/fuzz/facts_fuzzer tests/fuzz/corpus/facts -max_total_time=60
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "drift/facts.h"
#include "text/input.h"

namespace {

using driftalign::drift::Fact;
using driftalign::drift::FactKind;

// Whether byte `at` of `s` starts a code point (or is the end).
bool OnBoundary(std::string_view s, size_t at) {
  return at == s.size() || (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80);
}

[[noreturn]] void Fail(const char* what, const Fact& f, std::string_view s) {
  std::fprintf(stderr, "facts_fuzzer: %s: kind %d span [%zu, %zu) inner [%zu, %zu) in %zu bytes\n", what,
               static_cast<int>(f.kind), f.begin, f.end, f.inner_begin, f.inner_end, s.size());
  std::abort();
}

void CheckFact(const Fact& f, std::string_view s) {
  if (f.begin > f.end || f.end > s.size()) Fail("span out of range", f, s);
  if (!OnBoundary(s, f.begin) || !OnBoundary(s, f.end)) Fail("span not on a code point boundary", f, s);
  if (f.kind == FactKind::kQuote) {
    if (f.inner_begin < f.begin || f.inner_begin > f.inner_end || f.inner_end > f.end) {
      Fail("quotation's inner span outside its span", f, s);
    }
    if (!OnBoundary(s, f.inner_begin) || !OnBoundary(s, f.inner_end)) Fail("inner span not on a boundary", f, s);
    if (f.key != s.substr(f.inner_begin, f.inner_end - f.inner_begin)) Fail("quotation key is not its text", f, s);
    if (f.depth < 0) Fail("negative quotation depth", f, s);
  }
  if (f.kind == FactKind::kDate && (f.value < 1 || f.value > 12 || f.day < 0 || f.day > 31)) {
    Fail("date with a month outside 1..12 or a day outside 0..31", f, s);
  }
  if (f.kind == FactKind::kTime && (f.value < 0 || f.value > 24 * 60)) Fail("time outside one day", f, s);
  if (f.kind == FactKind::kWeekday && (f.value < 0 || f.value > 6)) Fail("weekday outside 0..6", f, s);
  if (std::isnan(f.value) || std::isnan(f.alt)) Fail("NaN value", f, s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace driftalign;
  if (size == 0) return 0;
  const drift::Lang lang = (data[0] & 1) ? drift::Lang::kFr : drift::Lang::kEn;
  // Only valid UTF-8 reaches the fact reader (text::MakeDocument checks it).
  text::InputOptions options;
  options.replace_invalid = data[0] & 2;
  StatusOr<text::Document> doc =
      text::MakeDocument("fuzz", std::string(reinterpret_cast<const char*>(data + 1), size - 1), options);
  if (!doc.ok()) return 0;
  static const auto* extractor = new drift::FactExtractor(std::move(drift::FactExtractor::Create()).value());
  const std::string_view s = doc->content();
  const std::vector<Fact> found = extractor->Extract(s, lang);
  size_t previous_begin = 0;
  for (const Fact& f : found) {
    CheckFact(f, s);
    if (f.begin < previous_begin) Fail("facts out of order", f, s);
    previous_begin = f.begin;
  }
  return 0;
}
