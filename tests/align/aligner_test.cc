// The Aligner on synthetic documents (no model): recovers known beads,
// covers every sentence exactly once, and survives the inputs issue 5 lists
// (one side empty, 1 vs 10,000 sentences, repeated sentences, very long
// sentences); same input, same output.
#include "align/aligner.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "align/alignment_metrics.h"
#include "align/bead_reward.h"
#include "align/text_features.h"
#include "synthetic.h"

namespace driftalign::align {
namespace {

// Aligner(options).Search on `pair`: its beads; *effective gets the options
// its second search used (the per-document threshold, null cost, length ratio).
std::vector<Bead> SearchWithEffective(const AlignerOptions& options, testing::SyntheticPair& pair,
                                      AlignerOptions* effective) {
  double total = 0.0;
  return Aligner(options).Search(pair.src().side(), pair.tgt().side(), false, &total, effective);
}

// Every sentence of both sides in exactly one bead, beads monotone and consecutive.
void ExpectPartition(const std::vector<Bead>& beads, int n, int m) {
  int i = 0, j = 0;
  for (const Bead& b : beads) {
    ASSERT_FALSE(b.src.empty() && b.tgt.empty());
    for (int s : b.src) ASSERT_EQ(s, i++);
    for (int t : b.tgt) ASSERT_EQ(t, j++);
    ASSERT_GE(b.score, 0.0);
    ASSERT_LE(b.score, 1.0);
  }
  EXPECT_EQ(i, n);
  EXPECT_EQ(j, m);
}

double StrictF1(const std::vector<Bead>& gold, const std::vector<Bead>& pred) {
  AlignmentCounts c;
  c.Add(gold, pred);
  return c.Scores().strict.f1;
}

// What a fine-level BeadReward over a synthetic pair needs, kept alive together
// (BeadReward holds references).
struct FineInputs {
  static std::vector<int> Bounds(int n) {
    std::vector<int> b(n + 1);
    for (int k = 0; k <= n; ++k) b[k] = k;
    return b;
  }
  explicit FineInputs(testing::SyntheticPair& pair)
      : src(pair.src().side()),
        tgt(pair.tgt().side()),
        fs(TextFeatures::Extract(pair.src().sentences())),
        ft(TextFeatures::Extract(pair.tgt().sentences())),
        shapes(ShapesUpTo(4)),
        sb(Bounds(pair.src().size())),
        tb(Bounds(pair.tgt().size())) {}
  BeadReward Reward(const AlignerOptions& options, int ring) const {
    return BeadReward(options.reward, shapes, src, tgt, fs, ft, sb, tb, true, ring);
  }
  Side src, tgt;
  TextFeatures fs, ft;
  std::vector<Shape> shapes;
  std::vector<int> sb, tb;
};

TEST(AlignerTest, RecoversEveryShapeOnSyntheticDocuments) {
  struct Case { const char* name; std::vector<std::pair<int, int>> beads; };
  const Case cases[] = {
      {"all 1-1", {{1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}}},
      {"merge on target", {{1, 1}, {1, 1}, {2, 1}, {1, 1}, {1, 1}}},
      {"split on target", {{1, 1}, {1, 2}, {1, 1}, {1, 1}}},
      {"omission", {{1, 1}, {1, 1}, {1, 0}, {1, 1}, {1, 1}}},
      {"addition", {{1, 1}, {1, 1}, {0, 1}, {1, 1}, {1, 1}}},
      {"1-3 and 3-1", {{1, 1}, {1, 3}, {1, 1}, {3, 1}, {1, 1}}},
  };
  for (const Case& c : cases) {
    for (uint64_t seed = 1; seed <= 5; ++seed) {
      testing::SyntheticPair pair(32, seed);
      for (auto [a, b] : c.beads) pair.AddBead(a, b, 14, 0.25);
      std::vector<Bead> beads = Aligner({}).Align(pair.src().side(), pair.tgt().side());
      ExpectPartition(beads, pair.src().size(), pair.tgt().size());
      EXPECT_EQ(StrictF1(pair.gold(), beads), 1.0) << c.name << " seed " << seed;
    }
  }
}

TEST(AlignerTest, CoverageSearchRecoversEveryShape) {
  AlignerOptions options;
  options.reward.coverage_weight = 5.0;
  options.reward.null_reward = -1.0;  // synthetic similarities are higher than real ones
  for (uint64_t seed = 1; seed <= 5; ++seed) {
    testing::SyntheticPair pair(32, seed);
    for (auto [a, b] : std::vector<std::pair<int, int>>{{1, 1}, {2, 1}, {1, 1}, {1, 0}, {1, 2}, {0, 1}, {1, 1}}) {
      pair.AddBead(a, b, 14, 0.25);
    }
    std::vector<Bead> beads = Aligner(options).Align(pair.src().side(), pair.tgt().side());
    ExpectPartition(beads, pair.src().size(), pair.tgt().size());
    EXPECT_EQ(StrictF1(pair.gold(), beads), 1.0) << "seed " << seed;
  }
}

TEST(AlignerTest, OneSideEmpty) {
  testing::SyntheticPair pair(16, 7);
  for (int k = 0; k < 5; ++k) pair.AddBead(1, 0);
  std::vector<Bead> beads = Aligner({}).Align(pair.src().side(), pair.tgt().side());
  ExpectPartition(beads, 5, 0);
  for (const Bead& b : beads) EXPECT_EQ(b.score, 1.0);
  testing::SyntheticSide none(16);
  beads = Aligner({}).Align(none.side(), none.side());
  EXPECT_TRUE(beads.empty());
}

TEST(AlignerTest, OneAgainstTenThousand) {
  // dim 64: with fewer dimensions some of 10,000 random sentences are as
  // close to the source as its translation.
  testing::SyntheticPair pair(64, 11);
  for (int k = 0; k < 5000; ++k) pair.AddBead(0, 1);
  pair.AddBead(1, 1);
  for (int k = 0; k < 4999; ++k) pair.AddBead(0, 1);
  std::vector<Bead> beads = Aligner({}).Align(pair.src().side(), pair.tgt().side());
  ExpectPartition(beads, 1, 10000);
  bool found = false;
  for (const Bead& b : beads) found |= (b.src == std::vector<int>{0} && b.tgt == std::vector<int>{5000});
  EXPECT_TRUE(found);
  if (!found) {
    for (const Bead& b : beads) if (!b.is_null()) ADD_FAILURE() << "got " << b.shape() << " at " << b.tgt[0];
  }
}

TEST(AlignerTest, RewardCachesDoNotGrowWithTheBand) {
  // Three source sentences against 6000 target ones: a band row is as wide
  // as the target (the aligner passes ring = widest row + 1). Before issue
  // 20, the cache of target blocks held `ring` columns of max_b x dim floats
  // per evaluator, and the parts cache was cleared on every row: one story
  // against 200,000 one-word sentences took 1.3 GB. Now at most kMaxRing
  // columns are kept, and the rewards of a sweep over the whole lattice (the
  // DP's order) equal the uncached ones although the ring cannot hold a row.
  testing::SyntheticPair pair(16, 3);
  pair.AddBead(1, 1);
  for (int k = 0; k < 3000; ++k) pair.AddBead(0, 1);
  pair.AddBead(2, 2);
  for (int k = 0; k < 2996; ++k) pair.AddBead(0, 1);
  const int n = pair.src().size(), m = pair.tgt().size();
  ASSERT_EQ(m, 5999);
  const FineInputs in(pair);
  AlignerOptions options;
  BeadReward wide = in.Reward(options, m + 1);
  BeadReward capped = in.Reward(options, 4096);  // what a normal band row never exceeds
  BeadReward tiny = in.Reward(options, 1);
  EXPECT_LE(BeadReward::kMaxRing, 4096);
  EXPECT_LE(wide.CacheBytes(), capped.CacheBytes());
  EXPECT_LT(tiny.CacheBytes(), capped.CacheBytes());
  int compared = 0, different = 0;
  for (int i = 0; i <= n; ++i) {
    for (int j = 0; j <= m; ++j) {
      for (size_t s = 0; s < in.shapes.size(); ++s) {
        const int a = in.shapes[s].src, b = in.shapes[s].tgt;
        if (a > i || b > j) continue;
        const double uncached = wide.Reward(i - a, i, j - b, j);
        different += wide(i, j, static_cast<int>(s)) != uncached;
        different += tiny(i, j, static_cast<int>(s)) != uncached;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 3 * m * 4);
  EXPECT_EQ(different, 0) << "of " << compared << " beads";
}

TEST(AlignerTest, RepeatedSentencesStayInOrder) {
  // The same sentence three times on each side (the seed story repeats its lead).
  testing::SyntheticPair pair(32, 5);
  auto words = pair.Words(12);
  for (int k = 0; k < 3; ++k) {
    pair.AddBead(1, 1);
    pair.src().Add(testing::SyntheticPair::Sum(words, 32), testing::SyntheticPair::Text(12));
    pair.tgt().Add(pair.Translate(words, 0.2), testing::SyntheticPair::Text(13));
  }
  std::vector<Bead> beads = Aligner({}).Align(pair.src().side(), pair.tgt().side());
  ExpectPartition(beads, pair.src().size(), pair.tgt().size());
  for (const Bead& b : beads) EXPECT_EQ(b.shape(), "1-1");
}

TEST(AlignerTest, VeryLongSentence) {
  testing::SyntheticPair pair(32, 9);
  pair.AddBead(1, 1);
  pair.AddBead(1, 1, 3000);  // ~18,000 characters
  pair.AddBead(1, 1);
  std::vector<Bead> beads = Aligner({}).Align(pair.src().side(), pair.tgt().side());
  ExpectPartition(beads, 3, 3);
  EXPECT_EQ(StrictF1(pair.gold(), beads), 1.0);
}

TEST(AlignerTest, DeterministicAndBandedOnLongDocuments) {
  testing::SyntheticPair pair(16, 3);
  std::discrete_distribution<int> shape({90, 3, 3, 2, 2});
  const std::pair<int, int> shapes[] = {{1, 1}, {1, 2}, {2, 1}, {1, 0}, {0, 1}};
  for (int k = 0; k < 3000; ++k) {
    auto [a, b] = shapes[shape(pair.rng())];
    pair.AddBead(a, b, 10, 0.25);
  }
  AlignerOptions options;
  options.search.exact_max_nodes = 10000;  // force the coarse-to-fine search
  std::vector<Bead> first = Aligner(options).Align(pair.src().side(), pair.tgt().side());
  std::vector<Bead> second = Aligner(options).Align(pair.src().side(), pair.tgt().side());
  ExpectPartition(first, pair.src().size(), pair.tgt().size());
  ASSERT_EQ(first.size(), second.size());
  for (size_t k = 0; k < first.size(); ++k) {
    EXPECT_EQ(first[k].src, second[k].src);
    EXPECT_EQ(first[k].tgt, second[k].tgt);
    EXPECT_EQ(first[k].score, second[k].score);
  }
  EXPECT_GE(StrictF1(pair.gold(), first), 0.97);
}

TEST(AlignerTest, PartEvidencePunishesAGluedSentenceNotATrueMerge) {
  // E0-F0 a 1-1, E1 without counterpart, then E2+E3 translated by F1 (a true 2-1).
  for (uint64_t seed = 1; seed <= 5; ++seed) {
    testing::SyntheticPair pair(256, seed);  // wide: chance cosines near 0
    pair.AddBead(1, 1, 14, 0.25);
    pair.AddBead(1, 0, 14, 0.25);
    pair.AddBead(2, 1, 14, 0.25);
    Side src = pair.src().side(), tgt = pair.tgt().side();
    const TextFeatures fs = TextFeatures::Extract(pair.src().sentences());
    const TextFeatures ft = TextFeatures::Extract(pair.tgt().sentences());
    const std::vector<Shape> shapes = ShapesUpTo(4);
    AlignerOptions on, off;
    off.reward.part_weight = 0.0;
    BeadReward with(on.reward, shapes, src, tgt, fs, ft, {0, 1, 2, 3, 4}, {0, 1, 2}, true, 1);
    BeadReward without(off.reward, shapes, src, tgt, fs, ft, {0, 1, 2, 3, 4}, {0, 1, 2}, true, 1);
    const BeadEvidence glued = with.Evidence(0, 2, 0, 1), merge = with.Evidence(2, 4, 1, 2);
    SCOPED_TRACE("seed " + std::to_string(seed));
    EXPECT_LT(glued.part_sim, on.reward.part_threshold);
    EXPECT_GT(merge.part_sim, glued.part_sim + 0.2);
    EXPECT_EQ(with.Evidence(0, 1, 0, 1).part_sim, BeadEvidence::kNoParts);  // 1-1: no parts
    EXPECT_LT(with.Reward(0, 2, 0, 1), without.Reward(0, 2, 0, 1) - 0.1);
    EXPECT_EQ(without.Evidence(0, 2, 0, 1).part_sim, BeadEvidence::kNoParts);  // off: not computed
  }
}

TEST(AlignerTest, MarginNormalisationUsesNearestNeighbours) {
  // With margin_k the hub of a sentence is the mean cosine of its k nearest
  // sentences on the other side, so the normalised similarity of a true pair
  // drops (its own translation is among those neighbours).
  for (uint64_t seed = 1; seed <= 3; ++seed) {
    testing::SyntheticPair pair(64, seed);
    for (auto [a, b] : std::vector<std::pair<int, int>>{{1, 1}, {1, 1}, {2, 1}, {1, 1}, {1, 0}, {1, 1}, {1, 1}}) {
      pair.AddBead(a, b, 14, 0.25);
    }
    const FineInputs in(pair);
    AlignerOptions mean, margin;
    margin.reward.margin_k = 2;
    BeadReward with_mean = in.Reward(mean, 1);
    BeadReward with_margin = in.Reward(margin, 1);
    SCOPED_TRACE("seed " + std::to_string(seed));
    EXPECT_LT(with_margin.Evidence(0, 1, 0, 1).sim, with_mean.Evidence(0, 1, 0, 1).sim - 0.05);
    EXPECT_EQ(with_margin.Evidence(0, 1, 0, 1).cosine, with_mean.Evidence(0, 1, 0, 1).cosine);
    // By hand: hub = mean of the 2 largest cosines of each sentence with the other side.
    auto top2 = [](std::vector<double> v) {
      std::sort(v.rbegin(), v.rend());
      return (v[0] + v[1]) / 2.0;
    };
    std::vector<double> row, col;
    for (int j = 0; j < pair.tgt().size(); ++j) row.push_back(with_mean.Evidence(0, 1, j, j + 1).cosine);
    for (int i = 0; i < pair.src().size(); ++i) col.push_back(with_mean.Evidence(i, i + 1, 0, 1).cosine);
    const BeadEvidence e = with_margin.Evidence(0, 1, 0, 1);
    EXPECT_NEAR(e.sim, e.cosine - margin.reward.hub_weight * (top2(row) + top2(col)), 1e-5);
  }
}

TEST(AlignerTest, CenteredSimilarityByHand) {
  // center_weight c: sim = cos(x - cs mx, y - ct my), mx and my the mean unit
  // sentence vectors of each document, cs = c n / (n + 1) for a side of n
  // sentences (ct the same for the target); the same value through the uncached
  // Evidence, the cached operator() of the search and the parts of a merge.
  testing::SyntheticPair pair(16, 5);
  for (auto [a, b] : std::vector<std::pair<int, int>>{{1, 1}, {2, 1}, {1, 1}, {1, 2}, {1, 1}}) pair.AddBead(a, b, 10, 0.4);
  const FineInputs in(pair);
  const Side& src = in.src;
  const Side& tgt = in.tgt;
  const std::vector<Shape>& shapes = in.shapes;
  auto vec = [](const Side& side, int b, int e) {
    std::vector<float> out(side.dim);
    side.block(b, e, out.data());
    return std::vector<double>(out.begin(), out.end());
  };
  auto mean = [&](const Side& side, int n) {
    std::vector<double> m(side.dim, 0.0);
    for (int k = 0; k < n; ++k) {
      std::vector<double> v = vec(side, k, k + 1);
      for (int d = 0; d < side.dim; ++d) m[d] += v[d] / n;
    }
    return m;
  };
  const std::vector<double> mx = mean(src, pair.src().size()), my = mean(tgt, pair.tgt().size());
  for (double c : {0.5, 1.1}) {
    AlignerOptions options;
    options.reward.center_weight = c;
    const double ns = pair.src().size(), nt = pair.tgt().size();
    const double cs = c * ns / (ns + 1), ct = c * nt / (nt + 1);
    auto by_hand = [&](int i0, int i1, int j0, int j1) {
      std::vector<double> x = vec(src, i0, i1), y = vec(tgt, j0, j1);
      double xy = 0, xx = 0, yy = 0;
      for (int d = 0; d < src.dim; ++d) {
        const double u = x[d] - cs * mx[d], v = y[d] - ct * my[d];
        xy += u * v;
        xx += u * u;
        yy += v * v;
      }
      return xy / std::sqrt(xx * yy);
    };
    BeadReward reward = in.Reward(options, 8);
    SCOPED_TRACE("c = " + std::to_string(c));
    EXPECT_NEAR(reward.Evidence(0, 1, 0, 1).sim, by_hand(0, 1, 0, 1), 1e-5);
    EXPECT_NEAR(reward.Evidence(1, 3, 1, 2).sim, by_hand(1, 3, 1, 2), 1e-5);
    EXPECT_NEAR(reward.UnitSim(2, 1), by_hand(2, 3, 1, 2), 1e-5);
    // Parts of the 2-1 bead: the lower of each source sentence against the target.
    EXPECT_NEAR(reward.Evidence(1, 3, 1, 2).part_sim, std::min(by_hand(1, 2, 1, 2), by_hand(2, 3, 1, 2)), 1e-5);
    // The cached path of the search gives the uncached reward.
    const int s21 = static_cast<int>(std::find_if(shapes.begin(), shapes.end(), [](const Shape& s) {
                                        return s.src == 2 && s.tgt == 1;
                                      }) - shapes.begin());
    for (int i = 1; i <= 3; ++i) reward(i, 1, 0);  // rows in order, as the search calls them
    EXPECT_NEAR(reward(3, 2, s21), reward.Reward(1, 3, 1, 2), 1e-9);
  }
  // c = 0 is the hub correction: cosine - hub_weight * (x . my + y . mx).
  AlignerOptions hub;
  hub.reward.center_weight = 0;
  BeadReward with_hub = in.Reward(hub, 8);
  std::vector<double> x = vec(src, 0, 1), y = vec(tgt, 0, 1);
  double xy = 0, xh = 0, yh = 0;
  for (int d = 0; d < src.dim; ++d) {
    xy += x[d] * y[d];
    xh += x[d] * my[d];
    yh += y[d] * mx[d];
  }
  EXPECT_NEAR(with_hub.Evidence(0, 1, 0, 1).sim, xy - hub.reward.hub_weight * (xh + yh), 1e-5);
}

TEST(AlignerTest, ThresholdFollowsTheDocumentsSimilarity) {
  // A close translation (little noise) gets a higher threshold than a loose one.
  AlignerOptions options;
  options.reward.coverage_weight = 0.0;
  double threshold[2];
  const double noise[2] = {0.1, 0.9};
  for (int k = 0; k < 2; ++k) {
    testing::SyntheticPair pair(32, 7);
    for (int b = 0; b < 20; ++b) pair.AddBead(1, 1, 14, noise[k]);
    AlignerOptions effective;
    SearchWithEffective(options, pair, &effective);
    threshold[k] = effective.reward.sim_threshold;
  }
  EXPECT_GT(threshold[0], threshold[1] + 0.05);
  options.reward.sim_threshold_adapt = 0.0;
  testing::SyntheticPair pair(32, 7);
  for (int b = 0; b < 20; ++b) pair.AddBead(1, 1, 14, 0.1);
  AlignerOptions effective;
  SearchWithEffective(options, pair, &effective);
  EXPECT_EQ(effective.reward.sim_threshold, options.reward.sim_threshold);
}

TEST(AlignerTest, NullCostFollowsTheDocumentsShareOfMerges) {
  // A document of 1-1 beads keeps the null cost; one where a third of the
  // beads are merges pays more for a null bead, by exactly the formula.
  AlignerOptions options;
  options.reward.coverage_weight = 0.0;
  double null_reward[2];
  int beads[2], merges[2];
  for (int k = 0; k < 2; ++k) {
    testing::SyntheticPair pair(64, 11);
    for (int b = 0; b < 60; ++b) {
      if (k == 1 && b % 3 == 1) pair.AddBead(b % 2 == 0 ? 2 : 1, b % 2 == 0 ? 1 : 2, 14, 0.25);
      else pair.AddBead(1, 1, 14, 0.25);
    }
    AlignerOptions effective;
    std::vector<Bead> found = SearchWithEffective(options, pair, &effective);
    null_reward[k] = effective.reward.null_reward;
    beads[k] = static_cast<int>(found.size());
    merges[k] = 0;
    for (const Bead& b : found) merges[k] += b.src.size() + b.tgt.size() > 2 ? 1 : 0;
    EXPECT_EQ(StrictF1(pair.gold(), found), 1.0) << k;
  }
  EXPECT_EQ(merges[0], 0);
  EXPECT_EQ(null_reward[0], options.reward.null_reward);
  EXPECT_EQ(merges[1], 20);
  const double share = (merges[1] + options.reward.null_merge_prior * options.reward.null_merge_reference) /
                       (beads[1] + options.reward.null_merge_prior);
  EXPECT_NEAR(null_reward[1], options.reward.null_reward - options.reward.null_merge_slope * (share - options.reward.null_merge_reference), 1e-12);
  EXPECT_LT(null_reward[1], options.reward.null_reward - 0.5);

  options.reward.null_merge_slope = 0.0;
  testing::SyntheticPair pair(64, 11);
  for (int b = 0; b < 60; ++b) pair.AddBead(b % 3 == 1 ? 2 : 1, 1, 14, 0.25);
  AlignerOptions effective;
  SearchWithEffective(options, pair, &effective);
  EXPECT_EQ(effective.reward.null_reward, options.reward.null_reward);
}

TEST(AlignerTest, LengthRatioComesFromTheOneToOneBeads) {
  // The target is about 1.1 times as long as the source in every 1-1 bead,
  // but a quarter of the source sentences have no translation: the whole
  // documents say about 0.8, the 1-1 beads about 1.1.
  AlignerOptions options;
  options.reward.coverage_weight = 0.0;
  testing::SyntheticPair pair(64, 5);
  for (int b = 0; b < 80; ++b) pair.AddBead(1, b % 4 == 3 ? 0 : 1, 14, 0.25);
  AlignerOptions effective;
  SearchWithEffective(options, pair, &effective);
  double src11 = 0, tgt11 = 0, src_all = 0, tgt_all = 0;
  for (const Bead& b : pair.gold()) {
    for (int i : b.src) src_all += static_cast<double>(pair.src().sentences()[i].text.size());
    for (int j : b.tgt) tgt_all += static_cast<double>(pair.tgt().sentences()[j].text.size());
    if (b.src.size() == 1 && b.tgt.size() == 1) {
      src11 += static_cast<double>(pair.src().sentences()[b.src[0]].text.size());
      tgt11 += static_cast<double>(pair.tgt().sentences()[b.tgt[0]].text.size());
    }
  }
  EXPECT_LT(tgt_all / src_all, 0.85);
  EXPECT_NEAR(effective.reward.length_ratio, tgt11 / src11, 0.01);
  EXPECT_GT(effective.reward.length_ratio, 1.0);
  // Too few 1-1 beads, or the adaptation off: the whole documents' ratio (0).
  options.reward.length_ratio_min_beads = 61;
  SearchWithEffective(options, pair, &effective);
  EXPECT_EQ(effective.reward.length_ratio, 0.0);
  options.reward.length_ratio_min_beads = 50;
  options.reward.length_ratio_adapt = 0.0;
  SearchWithEffective(options, pair, &effective);
  EXPECT_EQ(effective.reward.length_ratio, 0.0);
  // The source is abridged by about a quarter: its null beads cost less, by
  // exactly null_abridged_weight * (1 - whole / 1-1 ratio); the target's not.
  options.reward.length_ratio_adapt = 1.0;
  SearchWithEffective(options, pair, &effective);
  const double whole = tgt_all / src_all;
  EXPECT_NEAR(effective.reward.null_src_offset, options.reward.null_abridged_weight * (1.0 - whole / effective.reward.length_ratio), 1e-9);
  EXPECT_GT(effective.reward.null_src_offset, 3.0);
  EXPECT_EQ(effective.reward.null_tgt_offset, 0.0);
  options.reward.null_abridged_weight = 0.0;
  SearchWithEffective(options, pair, &effective);
  EXPECT_EQ(effective.reward.null_src_offset, 0.0);
  options.reward.null_abridged_weight = 20.0;
  // A fixed ratio is used as given (clamped) and not re-estimated.
  options.reward.length_ratio_adapt = 1.0;
  options.reward.length_ratio = 1.2;
  SearchWithEffective(options, pair, &effective);
  EXPECT_EQ(effective.reward.length_ratio, 1.2);
}

TEST(AlignerTest, NullOffsetsApplyToTheirSideOnly) {
  testing::SyntheticPair pair(32, 3);
  for (int b = 0; b < 4; ++b) pair.AddBead(1, 1);
  const TextFeatures fs = TextFeatures::Extract(pair.src().sentences());
  const TextFeatures ft = TextFeatures::Extract(pair.tgt().sentences());
  const std::vector<Shape> shapes = ShapesUpTo(4);
  AlignerOptions options;
  options.reward.null_src_offset = 0.75;
  options.reward.null_tgt_offset = -0.25;
  Side src = pair.src().side(), tgt = pair.tgt().side();
  BeadReward reward(options.reward, shapes, src, tgt, fs, ft, {0, 1, 2, 3, 4}, {0, 1, 2, 3, 4}, true, 8);
  EXPECT_EQ(reward.Reward(1, 2, 1, 1), options.reward.null_reward + 0.75);
  EXPECT_EQ(reward.Reward(1, 1, 1, 2), options.reward.null_reward - 0.25);
  int s10 = -1, s01 = -1;
  for (size_t s = 0; s < shapes.size(); ++s) {
    if (shapes[s].src == 1 && shapes[s].tgt == 0) s10 = static_cast<int>(s);
    if (shapes[s].src == 0 && shapes[s].tgt == 1) s01 = static_cast<int>(s);
  }
  EXPECT_EQ(reward(2, 1, s10), options.reward.null_reward + 0.75);
  EXPECT_EQ(reward(1, 2, s01), options.reward.null_reward - 0.25);
}

}  // namespace
}  // namespace driftalign::align
