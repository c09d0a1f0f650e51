// The banded DP against a slow, obviously correct reference: a memoised
// recursion over EVERY node of the lattice (no band, no rolling rows), on
// random reward tables and random bands; then the coarse-to-fine search of
// the Aligner against its exact search on random synthetic documents.
#include "align/band_dp.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>
#include <map>
#include <random>

#include "align/aligner.h"
#include "align/bead_reward.h"
#include "synthetic.h"

namespace driftalign::align {
namespace {

constexpr double kNone = -std::numeric_limits<double>::infinity();

// Reference: best(i, j) = max over shapes s of best(i - a, j - b) + reward(i, j, s),
// with best(0, 0) = 0, over the nodes `keep` allows. Returns total and beads.
struct Reference {
  int n, m;
  const std::vector<Shape>& shapes;
  std::function<double(int, int, int)> reward;
  std::function<bool(int, int)> keep;
  std::map<std::pair<int, int>, std::pair<double, int>> memo;

  std::pair<double, int> Best(int i, int j) {
    if (i == 0 && j == 0) return {0.0, -1};
    auto it = memo.find({i, j});
    if (it != memo.end()) return it->second;
    std::pair<double, int> best = {kNone, -1};
    for (size_t s = 0; s < shapes.size(); ++s) {
      const int pi = i - shapes[s].src, pj = j - shapes[s].tgt;
      if (pi < 0 || pj < 0 || !keep(pi, pj)) continue;
      const double prev = Best(pi, pj).first;
      if (prev == kNone) continue;
      const double v = prev + reward(i, j, static_cast<int>(s));
      if (v > best.first) best = {v, static_cast<int>(s)};
    }
    memo[{i, j}] = best;
    return best;
  }

  std::pair<double, std::vector<Bead>> Solve() {
    const double total = Best(n, m).first;
    std::vector<Bead> beads;
    int i = n, j = m;
    while (i > 0 || j > 0) {
      const Shape& s = shapes[Best(i, j).second];
      beads.insert(beads.begin(), MakeBead(i - s.src, i, j - s.tgt, j));
      i -= s.src;
      j -= s.tgt;
    }
    return {total, beads};
  }
};

// A deterministic random reward for every (i, j, shape).
std::function<double(int, int, int)> RandomRewards(uint64_t seed) {
  return [seed](int i, int j, int s) {
    std::mt19937_64 rng(seed ^ (static_cast<uint64_t>(i) * 1000003u + static_cast<uint64_t>(j) * 7919u +
                                static_cast<uint64_t>(s)));
    return std::uniform_real_distribution<double>(-2.0, 1.0)(rng);
  };
}

std::vector<std::pair<int, int>> Path(const std::vector<Bead>& beads) {
  std::vector<std::pair<int, int>> p;
  for (const Bead& b : beads) p.push_back({static_cast<int>(b.src.size()), static_cast<int>(b.tgt.size())});
  return p;
}

TEST(BandDpTest, FullBandMatchesReferenceOnRandomRewards) {
  for (int max_block : {2, 4, 6, 8}) {
    const std::vector<Shape> shapes = ShapesUpTo(max_block);
    for (uint64_t seed = 1; seed <= 25; ++seed) {
      std::mt19937_64 rng(seed);
      const int n = std::uniform_int_distribution<int>(0, 14)(rng);
      const int m = std::uniform_int_distribution<int>(0, 14)(rng);
      auto reward = RandomRewards(seed * 31 + max_block);
      Reference ref{n, m, shapes, reward, [](int, int) { return true; }, {}};
      auto [total, beads] = ref.Solve();
      DpResult fast = BandDp(n, m, Band::Full(n, m), shapes, reward);
      SCOPED_TRACE("n=" + std::to_string(n) + " m=" + std::to_string(m) + " max_block=" +
                   std::to_string(max_block) + " seed=" + std::to_string(seed));
      EXPECT_NEAR(fast.total, total, 1e-9);
      EXPECT_EQ(Path(fast.beads), Path(beads));
    }
  }
}

TEST(BandDpTest, RandomBandMatchesReferenceRestrictedToTheBand) {
  const std::vector<Shape> shapes = ShapesUpTo(4);
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    std::mt19937_64 rng(seed);
    const int n = std::uniform_int_distribution<int>(1, 30)(rng);
    const int m = std::uniform_int_distribution<int>(1, 30)(rng);
    // A random band around the diagonal, made valid.
    const int radius = std::uniform_int_distribution<int>(1, 6)(rng);
    Band band;
    for (int i = 0; i <= n; ++i) {
      const int c = i * m / n + std::uniform_int_distribution<int>(-2, 2)(rng);
      band.lo.push_back(std::clamp(c - radius, 0, m));
      band.hi.push_back(std::clamp(c + radius, 0, m));
    }
    for (int i = n - 1; i >= 0; --i) band.lo[i] = std::min(band.lo[i], band.lo[i + 1]);
    for (int i = 1; i <= n; ++i) band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
    band.lo[0] = 0;
    band.hi[n] = m;
    for (int i = n; i >= 1; --i) band.hi[i - 1] = std::max(band.hi[i - 1], band.lo[i]);
    ASSERT_TRUE(band.Valid(n, m));
    auto reward = RandomRewards(seed);
    Reference ref{n, m, shapes, reward,
                  [&band](int i, int j) { return j >= band.lo[i] && j <= band.hi[i]; }, {}};
    auto [total, beads] = ref.Solve();
    DpResult fast = BandDp(n, m, band, shapes, reward);
    SCOPED_TRACE("seed=" + std::to_string(seed));
    EXPECT_NEAR(fast.total, total, 1e-9);
    EXPECT_EQ(Path(fast.beads), Path(beads));
  }
}

TEST(BandDpTest, ShapesUpToListsEveryShapeOnce) {
  struct Case { int max_block; size_t shapes; };
  const Case cases[] = {{2, 3}, {3, 5}, {4, 8}, {8, 30}};  // sum over t=2..k of (t-1), + 2 null
  for (const Case& c : cases) EXPECT_EQ(ShapesUpTo(c.max_block).size(), c.shapes) << c.max_block;
}

TEST(BandDpTest, OrderNullRunsPutsDeletionsFirst) {
  std::vector<Bead> beads = {MakeBead(0, 0, 0, 1), MakeBead(0, 1, 1, 1), MakeBead(1, 2, 1, 2),
                             MakeBead(2, 2, 2, 3), MakeBead(2, 3, 3, 3)};
  OrderNullRuns(&beads);
  EXPECT_EQ(beads[0].shape(), "1-0");
  EXPECT_EQ(beads[1].shape(), "0-1");
  EXPECT_EQ(beads[3].shape(), "1-0");
  EXPECT_EQ(beads[4].shape(), "0-1");
}

// Random synthetic document pair of about `beads` beads of mixed shapes.
testing::SyntheticPair RandomPair(uint64_t seed, int beads) {
  testing::SyntheticPair pair(24, seed);
  std::discrete_distribution<int> shape({80, 6, 6, 2, 1, 1, 2, 2});
  const std::pair<int, int> shapes[] = {{1, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}, {1, 0}, {0, 1}};
  for (int k = 0; k < beads; ++k) {
    auto [a, b] = shapes[shape(pair.rng())];
    pair.AddBead(a, b);
  }
  return pair;
}

TEST(AlignerSearchTest, CachedRewardsAndExactSearchMatchReferenceDp) {
  AlignerOptions options;
  options.reward.coverage_weight = 0.0;      // the second (coverage) search is banded, not exact
  options.reward.sim_threshold_adapt = 0.0;  // so is the search with the document's own threshold,
  options.reward.null_merge_slope = 0.0;     // null cost
  options.reward.length_ratio_adapt = 0.0;   // and length ratio
  const std::vector<Shape> shapes = ShapesUpTo(options.search.max_block);
  for (uint64_t seed = 1; seed <= 10; ++seed) {
    testing::SyntheticPair pair = RandomPair(seed, 12);
    Side src = pair.src().side(), tgt = pair.tgt().side();
    const int n = pair.src().size(), m = pair.tgt().size();
    const TextFeatures fs = TextFeatures::Extract(pair.src().sentences());
    const TextFeatures ft = TextFeatures::Extract(pair.tgt().sentences());
    std::vector<int> sb(n + 1), tb(m + 1);
    for (int i = 0; i <= n; ++i) sb[i] = i;
    for (int j = 0; j <= m; ++j) tb[j] = j;
    BeadReward uncached(options.reward, shapes, src, tgt, fs, ft, sb, tb, true, 1);
    Reference ref{n, m, shapes,
                  [&](int i, int j, int s) {
                    return uncached.Reward(i - shapes[s].src, i, j - shapes[s].tgt, j);
                  },
                  [](int, int) { return true; }, {}};
    auto [total, beads] = ref.Solve();
    double fast_total = 0.0;
    std::vector<Bead> fast = Aligner(options).Search(src, tgt, false, &fast_total);
    SCOPED_TRACE("seed=" + std::to_string(seed));
    EXPECT_NEAR(fast_total, total, 1e-6);
    EXPECT_EQ(Path(fast), Path(beads));
  }
}

TEST(AlignerSearchTest, CoarseToFineMatchesExactOnRandomDocuments) {
  AlignerOptions options;
  for (uint64_t seed = 1; seed <= 30; ++seed) {
    const int beads = 5 + static_cast<int>(seed * 7 % 90);
    testing::SyntheticPair pair = RandomPair(seed + 100, beads);
    Side src = pair.src().side(), tgt = pair.tgt().side();
    double exact_total = 0.0, banded_total = 0.0;
    std::vector<Bead> exact = Aligner(options).Search(src, tgt, false, &exact_total);
    std::vector<Bead> banded = Aligner(options).Search(src, tgt, true, &banded_total);
    SCOPED_TRACE("seed=" + std::to_string(seed) + " beads=" + std::to_string(beads));
    EXPECT_NEAR(banded_total, exact_total, 1e-6);
    EXPECT_EQ(Path(banded), Path(exact));
  }
}

}  // namespace
}  // namespace driftalign::align
