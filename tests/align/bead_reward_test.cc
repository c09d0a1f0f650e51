#include "align/bead_reward.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "align/aligner_options.h"
#include "align/band_dp.h"

namespace driftalign::align {
namespace {

constexpr int kDim = 4;

std::vector<float> Axis(int d) {
  std::vector<float> v(kDim, 0.0f);
  v[d] = 1.0f;
  return v;
}

// One hand-made side: a vector and a text per sentence; the vector of a block
// is the normalised sum of its sentences' vectors.
struct TinySide {
  TinySide(std::vector<std::vector<float>> vecs, const std::vector<std::string>& texts)
      : vectors(std::move(vecs)) {
    for (size_t k = 0; k < texts.size(); ++k) {
      segment::Sentence s;
      s.id = static_cast<int>(k);
      s.text = texts[k];
      sentences.push_back(s);
    }
    features = TextFeatures::Extract(sentences);
  }
  Side side() const {
    return Side{&sentences, kDim, [this](int b, int e, float* out) {
                  double norm = 0.0;
                  for (int d = 0; d < kDim; ++d) {
                    out[d] = 0.0f;
                    for (int k = b; k < e; ++k) out[d] += vectors[k][d];
                    norm += static_cast<double>(out[d]) * out[d];
                  }
                  if (norm > 0) for (int d = 0; d < kDim; ++d) out[d] /= static_cast<float>(std::sqrt(norm));
                }};
  }
  std::vector<int> Bounds() const {
    std::vector<int> b(sentences.size() + 1);
    for (size_t k = 0; k < b.size(); ++k) b[k] = static_cast<int>(k);
    return b;
  }
  std::vector<std::vector<float>> vectors;
  std::vector<segment::Sentence> sentences;
  TextFeatures features;
};

// Source: s0 = axis 0, s1 = axis 2. Target: t0 = axis 0 (identical to s0),
// t1 = axis 1 (orthogonal to s0). All texts have 11 characters, no figure
// and no name, so only the similarity tells the beads apart.
struct TinyPair {
  TinyPair()
      : src({Axis(0), Axis(2)}, {"alpha beta.", "gamma delt."}),
        tgt({Axis(0), Axis(1)}, {"alpha bêta.", "gamma epsi."}),
        src_side(src.side()),
        tgt_side(tgt.side()),
        shapes(ShapesUpTo(4)) {}
  BeadReward Reward(const RewardOptions& options) const {
    return BeadReward(options, shapes, src_side, tgt_side, src.features, tgt.features, src.Bounds(),
                      tgt.Bounds(), true, 1);
  }
  TinySide src, tgt;
  Side src_side, tgt_side;
  std::vector<Shape> shapes;
};

TEST(BeadRewardTest, NullBeadEarnsNullRewardPlusItsSideOffset) {
  struct Case { double null_reward, src_offset, tgt_offset; };
  const Case cases[] = {{-1.75, 0.0, 0.0}, {-1.0, 0.5, 0.0}, {-3.0, 0.0, -0.25}, {0.0, 2.0, 1.0}};
  const TinyPair pair;
  for (const Case& c : cases) {
    RewardOptions options;
    options.null_reward = c.null_reward;
    options.null_src_offset = c.src_offset;
    options.null_tgt_offset = c.tgt_offset;
    BeadReward reward = pair.Reward(options);
    SCOPED_TRACE("null_reward=" + std::to_string(c.null_reward));
    // 1-0 and 0-1 beads, uncached and as the DP asks for them.
    EXPECT_EQ(reward.Reward(0, 1, 0, 0), c.null_reward + c.src_offset);
    EXPECT_EQ(reward.Reward(1, 1, 1, 2), c.null_reward + c.tgt_offset);
    const int s10 = static_cast<int>(pair.shapes.size()) - 2, s01 = s10 + 1;
    ASSERT_EQ(pair.shapes[s10].src, 1);
    ASSERT_EQ(pair.shapes[s01].tgt, 1);
    EXPECT_EQ(reward(1, 0, s10), c.null_reward + c.src_offset);
    EXPECT_EQ(reward(0, 1, s01), c.null_reward + c.tgt_offset);
    // The evidence does not matter to a null bead.
    BeadEvidence e;
    e.sim = 0.9;
    e.anchors.figures_shared = 2;
    EXPECT_EQ(reward.RewardOf(1, 0, e), c.null_reward + c.src_offset);
    EXPECT_EQ(reward.RewardOf(0, 1, e), c.null_reward + c.tgt_offset);
  }
}

TEST(BeadRewardTest, RewardOfAddsTheDocumentedTerms) {
  const TinyPair pair;
  RewardOptions options;
  BeadReward reward = pair.Reward(options);
  BeadEvidence e;
  e.sim = 0.42;
  e.length_logp = -1.5;
  e.anchors.figures_shared = 5;    // at most 3 counted
  e.anchors.figures_unmatched = 1;
  e.anchors.names_shared = 1;
  e.anchors.names_unmatched = 6;   // at most 4 counted
  e.paragraph_breaks = 1;
  e.meta = 1;
  e.coverage = 0.7;
  e.part_sim = 0.05;
  struct Case { int a, b; double prior; };
  const Case cases[] = {{1, 1, 0.0},
                        {1, 2, options.merge3_reward},
                        {2, 1, options.merge3_reward},
                        {2, 2, options.merge22_reward},
                        {1, 3, options.merge4_reward},
                        {3, 1, options.merge4_reward}};
  for (const Case& c : cases) {
    const double expected =
        c.prior + options.sim_weight * (e.sim - options.sim_threshold * (c.a + c.b) / 2.0) +
        options.length_weight * e.length_logp + options.figure_shared_reward * 3 +
        options.figure_unmatched_reward * 1 + options.name_shared_reward * 1 +
        options.name_unmatched_reward * 4 + options.paragraph_break_reward * 1 + options.meta_reward * 1 +
        options.coverage_weight * (e.coverage - options.coverage_threshold) +
        options.part_weight * std::min(0.0, e.part_sim - options.part_threshold);
    EXPECT_NEAR(reward.RewardOf(c.a, c.b, e), expected, 1e-12) << c.a << "-" << c.b;
  }
}

TEST(BeadRewardTest, IdenticalVectorsBeatOrthogonalOnes) {
  struct Case { const char* name; double center_weight, hub_weight; };
  const Case cases[] = {{"centered", 1.1, 0.5}, {"hub", 0.0, 0.5}, {"raw cosine", 0.0, 0.0}};
  const TinyPair pair;
  for (const Case& c : cases) {
    RewardOptions options;
    options.center_weight = c.center_weight;
    options.hub_weight = c.hub_weight;
    BeadReward reward = pair.Reward(options);
    const BeadEvidence same = reward.Evidence(0, 1, 0, 1), other = reward.Evidence(0, 1, 1, 2);
    EXPECT_NEAR(same.cosine, 1.0, 1e-6) << c.name;
    EXPECT_NEAR(other.cosine, 0.0, 1e-6) << c.name;
    EXPECT_EQ(same.length_logp, other.length_logp) << c.name;  // same lengths
    EXPECT_GT(same.sim, other.sim) << c.name;
    EXPECT_GT(reward.Reward(0, 1, 0, 1), reward.Reward(0, 1, 1, 2)) << c.name;
  }
}

TEST(BeadRewardTest, MonotonicInSimWeight) {
  // d reward / d sim_weight = sim - sim_threshold (a 1-1 bead): the reward of
  // a bead above the threshold grows with the weight, one below it shrinks.
  const TinyPair pair;
  const double weights[] = {0.0, 1.0, 4.0, 8.0, 16.0};
  struct Case { int j; };  // target sentence paired with source sentence 0
  for (const Case c : {Case{0}, Case{1}}) {
    double previous = 0.0;
    double direction = 0.0;
    for (size_t k = 0; k < std::size(weights); ++k) {
      RewardOptions options;
      options.sim_weight = weights[k];
      BeadReward reward = pair.Reward(options);
      const double r = reward.Reward(0, 1, c.j, c.j + 1);
      if (k == 0) {
        direction = reward.Evidence(0, 1, c.j, c.j + 1).sim - options.sim_threshold;
        ASSERT_NE(direction, 0.0);
      } else if (direction > 0) {
        EXPECT_GT(r, previous) << "j=" << c.j << " weight=" << weights[k];
      } else {
        EXPECT_LT(r, previous) << "j=" << c.j << " weight=" << weights[k];
      }
      previous = r;
    }
    // The identical pair is above the threshold, the orthogonal one below.
    EXPECT_EQ(direction > 0, c.j == 0);
  }
}

// LengthLogP skips erfc and log where the result is the -30 floor anyway:
// it must give the same double as the full formula everywhere, in particular
// around the cut-off (|delta| / sqrt 2 = 6) and far beyond it.
TEST(LengthLogPTest, SameDoubleAsTheFullFormula) {
  const auto full = [](double ls, double lt, double ratio, double variance) {
    const double mean = (ratio * ls + lt) / 2.0;
    const double delta = (lt - ratio * ls) / std::sqrt(variance * std::max(mean, 1.0));
    const double p = std::erfc(std::abs(delta) / std::sqrt(2.0));
    return std::max(std::log(std::max(p, 1e-300)), -30.0);
  };
  int floored = 0, above = 0;
  for (const double ratio : {0.8, 1.0, 1.13}) {
    for (const double variance : {2.0, 6.8, 20.0}) {
      for (int ls = 0; ls <= 3000; ls += 13) {
        for (int lt = 0; lt <= 3000; lt += 7) {
          const double got = LengthLogP(ls, lt, ratio, variance), want = full(ls, lt, ratio, variance);
          ASSERT_EQ(std::memcmp(&got, &want, sizeof got), 0) << ls << " " << lt << " " << ratio << " " << variance;
          (got == -30.0 ? floored : above) += 1;
        }
      }
    }
  }
  // Both sides of the floor are exercised.
  EXPECT_GT(floored, 1000);
  EXPECT_GT(above, 1000);
  // Fine steps across the cut-off: |delta| / sqrt 2 runs from 0 to about 8.
  for (double lt = 1000.0; lt <= 1600.0; lt += 0.01) {
    const double got = LengthLogP(1000.0, lt, 1.0, 2.0), want = full(1000.0, lt, 1.0, 2.0);
    ASSERT_EQ(std::memcmp(&got, &want, sizeof got), 0) << lt;
  }
}

}  // namespace
}  // namespace driftalign::align
