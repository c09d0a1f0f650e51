#include "align/word_coverage.h"

#include <gtest/gtest.h>

namespace driftalign::align {
namespace {

// Unit vector e_k in 4 dimensions.
std::vector<float> E(int k) {
  std::vector<float> v(4, 0.0f);
  v[k] = 1.0f;
  return v;
}

std::vector<float> Concat(std::initializer_list<std::vector<float>> parts) {
  std::vector<float> out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

TEST(WordCoverageTest, HandComputedCases) {
  SentenceWords src, tgt;
  src.dim = tgt.dim = 4;
  src.AddSentence(Concat({E(0), E(1)}), {1.0f, 1.0f});  // sentence 0: words 0, 1
  src.AddSentence(Concat({E(2)}), {1.0f});              // sentence 1: word 2
  src.AddSentence({}, {});                              // sentence 2: no word
  tgt.AddSentence(Concat({E(0), E(1)}), {1.0f, 3.0f});  // translation of source 0
  tgt.AddSentence(Concat({E(3)}), {1.0f});              // unrelated
  CoverageTable table(src, tgt);
  struct Case { int i0, i1, j0, j1; double expected; const char* why; };
  const Case cases[] = {
      {0, 1, 0, 1, 1.0, "every word covered both ways"},
      {0, 1, 1, 2, 0.0, "orthogonal words"},
      // Source 0..1 vs target 0: recall (1+1+0)/3 = 2/3, precision 1 -> F = 0.8.
      {0, 2, 0, 1, 0.8, "a glued sentence without translation"},
      // Source 0 vs target 0..1: recall 1, precision (1+3+0)/5 = 0.8 -> F = 8/9.
      {0, 1, 0, 2, 8.0 / 9.0, "weights count"},
      {2, 3, 0, 1, 0.0, "a side without words"},
  };
  for (const Case& c : cases) {
    EXPECT_NEAR(table.Coverage(c.i0, c.i1, c.j0, c.j1), c.expected, 1e-6) << c.why;
  }
  EXPECT_LE(table.cached_pairs(), 6u);
}

}  // namespace
}  // namespace driftalign::align
