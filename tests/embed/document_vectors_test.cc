#include "embed/document_vectors.h"

#include <gtest/gtest.h>

#include <random>

namespace driftalign::embed {
namespace {

// Direct (slow, obviously correct) block vector: normalise(sum rows / sum weights).
Eigen::VectorXf Reference(const RowMatrix& sums, const std::vector<float>& w, int b, int e) {
  Eigen::VectorXd s = Eigen::VectorXd::Zero(sums.cols());
  double tw = 0;
  for (int i = b; i < e; ++i) {
    s += sums.row(i).transpose().cast<double>();
    tw += w[i];
  }
  if (tw <= 0 || e <= b) return Eigen::VectorXf::Zero(sums.cols());
  s /= tw;
  return (s / s.norm()).cast<float>();
}

TEST(DocumentVectorsTest, BlocksMatchReference) {
  std::mt19937 rng(7);
  std::normal_distribution<float> g;
  const int n = 12, d = 8;
  RowMatrix sums(n, d);
  std::vector<float> w(n);
  for (int i = 0; i < n; ++i) {
    for (int k = 0; k < d; ++k) sums(i, k) = g(rng);
    w[i] = 0.5f + i;
  }
  DocumentVectors dv = DocumentVectors::FromSums(sums, w);
  EXPECT_EQ(dv.size(), n);
  EXPECT_EQ(dv.dim(), d);
  const std::pair<int, int> kBlocks[] = {{0, 1}, {3, 4}, {0, n}, {2, 5}, {5, 7}, {n - 1, n}, {4, 4}};
  std::vector<float> out(d);
  for (auto [b, e] : kBlocks) {
    dv.Block(b, e, out.data());
    Eigen::VectorXf ref = Reference(sums, w, b, e);
    for (int k = 0; k < d; ++k) EXPECT_NEAR(out[k], ref[k], 1e-5) << b << "," << e;
  }
  for (int i = 0; i < n; ++i) {
    dv.Block(i, i + 1, out.data());
    for (int k = 0; k < d; ++k) EXPECT_EQ(dv.Sentences()(i, k), out[k]);
  }
}

TEST(DocumentVectorsTest, EmptyAndWeightlessBlocksAreZero) {
  RowMatrix sums = RowMatrix::Zero(3, 4);
  sums(1, 2) = 3.0f;
  DocumentVectors dv = DocumentVectors::FromSums(sums, {0.0f, 2.0f, 0.0f});
  std::vector<float> out(4, 9.0f);
  dv.Block(0, 1, out.data());
  for (float x : out) EXPECT_EQ(x, 0.0f);
  dv.Block(2, 2, out.data());
  for (float x : out) EXPECT_EQ(x, 0.0f);
  dv.Block(0, 3, out.data());
  EXPECT_FLOAT_EQ(out[2], 1.0f);
}

TEST(DocumentVectorsTest, EmptyDocument) {
  DocumentVectors dv = DocumentVectors::FromSums(RowMatrix(0, 5), {});
  EXPECT_EQ(dv.size(), 0);
  EXPECT_EQ(dv.Sentences().rows(), 0);
}

}  // namespace
}  // namespace driftalign::embed
