#include "embed/similarity.h"

#include <gtest/gtest.h>

namespace driftalign::embed {
namespace {

TEST(SimilarityTest, CslsMatchesDefinition) {
  RowMatrix a(3, 2), b(3, 2);
  a << 1, 0, 0, 1, 0.6f, 0.8f;
  b << 1, 0, 0.8f, 0.6f, 0, 1;
  RowMatrix s = CosineMatrix(a, b);
  EXPECT_NEAR(s(0, 1), 0.8f, 1e-6);
  const int k = 2;
  RowMatrix c = CslsMatrix(a, b, k);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      // r_b(i): mean of the 2 best of row i; r_a(j): mean of the 2 best of column j.
      std::vector<float> row(s.row(i).data(), s.row(i).data() + 3), col;
      for (int t = 0; t < 3; ++t) col.push_back(s(t, j));
      std::sort(row.rbegin(), row.rend());
      std::sort(col.rbegin(), col.rend());
      float expect = 2 * s(i, j) - (row[0] + row[1]) / 2 - (col[0] + col[1]) / 2;
      EXPECT_NEAR(c(i, j), expect, 1e-6) << i << "," << j;
    }
  }
}

TEST(SimilarityTest, KLargerThanRowsIsClamped) {
  RowMatrix s(1, 2);
  s << 0.5f, 0.25f;
  EXPECT_NEAR(TopKMean(s, 10)[0], 0.375f, 1e-6);
}

}  // namespace
}  // namespace driftalign::embed
