// The banded DP against a slow, obviously correct reference: a memoised
// recursion over EVERY node of the lattice (no band, no rolling rows), on
// random reward tables and random bands; then the coarse-to-fine search of
// the Aligner against its exact search on random synthetic documents.
#include "align/band_dp.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <random>
#include <tuple>

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

// A random band of `radius` columns on each side of the diagonal, shifted
// by up to 2 columns per row, made valid.
Band RandomBand(int n, int m, int radius, std::mt19937_64* rng) {
  Band band;
  for (int i = 0; i <= n; ++i) {
    const int c = i * m / n + std::uniform_int_distribution<int>(-2, 2)(*rng);
    band.lo.push_back(std::clamp(c - radius, 0, m));
    band.hi.push_back(std::clamp(c + radius, 0, m));
  }
  for (int i = n - 1; i >= 0; --i) band.lo[i] = std::min(band.lo[i], band.lo[i + 1]);
  for (int i = 1; i <= n; ++i) band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
  band.lo[0] = 0;
  band.hi[n] = m;
  for (int i = n; i >= 1; --i) band.hi[i - 1] = std::max(band.hi[i - 1], band.lo[i]);
  return band;
}

TEST(BandDpTest, RandomBandMatchesReferenceRestrictedToTheBand) {
  const std::vector<Shape> shapes = ShapesUpTo(4);
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    std::mt19937_64 rng(seed);
    const int n = std::uniform_int_distribution<int>(1, 30)(rng);
    const int m = std::uniform_int_distribution<int>(1, 30)(rng);
    const int radius = std::uniform_int_distribution<int>(1, 6)(rng);
    const Band band = RandomBand(n, m, radius, &rng);
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

// A reward evaluator as BandDpParallel takes them (one per thread), counting
// its calls.
struct CountingReward {
  std::function<double(int, int, int)> reward;
  int calls = 0;
  double operator()(int i, int j, int s) {
    ++calls;
    return reward(i, j, s);
  }
};

TEST(BandDpTest, ParallelGivesTheSameResultForAnyThreadsAndTiles) {
  const std::vector<Shape> shapes = ShapesUpTo(4);
  for (uint64_t seed = 1; seed <= 12; ++seed) {
    std::mt19937_64 rng(seed);
    const int n = std::uniform_int_distribution<int>(1, 400)(rng);
    const int m = std::uniform_int_distribution<int>(1, 400)(rng);
    const Band band = RandomBand(n, m, 5, &rng);
    ASSERT_TRUE(band.Valid(n, m));
    // A cheap hash of (i, j, s) in [-2, 1) (RandomRewards seeds a generator per call).
    std::function<double(int, int, int)> reward = [seed](int i, int j, int s) {
      uint64_t z = seed * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(i) * 1000003u +
                   static_cast<uint64_t>(j) * 7919u + static_cast<uint64_t>(s);
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      return -2.0 + 3.0 * static_cast<double>((z ^ (z >> 31)) >> 11) / 9007199254740992.0;
    };
    CountingReward sequential{reward};
    const DpResult one = BandDp(n, m, band, shapes, sequential);
    for (int workers : {1, 2, 3}) {
      for (int tile_rows : {1, 3, 64, 1000}) {
        std::vector<CountingReward> rewards(workers, CountingReward{reward});
        const DpResult par = BandDpParallel(n, m, band, shapes, &rewards, tile_rows);
        SCOPED_TRACE("seed=" + std::to_string(seed) + " workers=" + std::to_string(workers) +
                     " tile_rows=" + std::to_string(tile_rows));
        EXPECT_EQ(par.total, one.total);  // the same additions in the same order: the same double
        EXPECT_EQ(Path(par.beads), Path(one.beads));
        EXPECT_EQ(par.shape_of_bead, one.shape_of_bead);
        // Each reward asked once, by exactly one thread (no tile computed twice or skipped).
        int calls = 0;
        for (const CountingReward& r : rewards) calls += r.calls;
        EXPECT_EQ(calls, sequential.calls);
      }
    }
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

// Beads and scores of Aligner::Align, scores as exact doubles.
std::vector<std::tuple<std::vector<int>, std::vector<int>, double>> Scored(const std::vector<Bead>& beads) {
  std::vector<std::tuple<std::vector<int>, std::vector<int>, double>> out;
  for (const Bead& b : beads) out.emplace_back(b.src, b.tgt, b.score);
  return out;
}

// Gives some sentences figures and names, so the anchors take part.
void AddAnchors(testing::SyntheticPair* pair) {
  const char* names[] = {"Paris", "Berlin", "Commission", "Lisbonne"};
  int k = 0;
  for (std::vector<segment::Sentence>* side : {&pair->src().sentences(), &pair->tgt().sentences()}) {
    for (size_t i = 0; i < side->size(); ++i) {
      if (i % 3 == 0) (*side)[i].text += " in " + std::to_string(1990 + i % 7);
      if (i % 5 == 1) (*side)[i].text += std::string(" to ") + names[(i + k) % 4];
    }
    ++k;
  }
}

TEST(AlignerSearchTest, SameBeadsAndScoresForAnyThreadCountAndTileSize) {
  struct Case {
    int beads;
    bool coverage;  // the coverage search (each thread with its own table)
  };
  for (const Case& c : {Case{1500, false}, Case{700, true}}) {
    testing::SyntheticPair pair = RandomPair(c.beads, c.beads);
    AddAnchors(&pair);
    AlignerOptions base;
    base.search.exact_max_nodes = 1 << 14;  // coarse-to-fine even for the smaller pair
    if (!c.coverage) base.reward.coverage_weight = 0.0;
    const Side src = pair.src().side(), tgt = pair.tgt().side();
    const std::vector<Bead> one = Aligner(base).Align(src, tgt);
    ASSERT_FALSE(one.empty());
    for (int threads : {1, 2, 3}) {
      for (int tile_rows : {16, 256}) {
        AlignerOptions options = base;
        options.search.threads = threads;
        options.search.tile_rows = tile_rows;
        SCOPED_TRACE("beads=" + std::to_string(c.beads) + " threads=" + std::to_string(threads) +
                     " tile_rows=" + std::to_string(tile_rows));
        EXPECT_EQ(Scored(Aligner(options).Align(src, tgt)), Scored(one));
      }
    }
    // The sentence vectors given by the caller instead of computed from block.
    std::vector<float> src_vecs(static_cast<size_t>(pair.src().size()) * src.dim);
    std::vector<float> tgt_vecs(static_cast<size_t>(pair.tgt().size()) * tgt.dim);
    for (int i = 0; i < pair.src().size(); ++i) src.block(i, i + 1, src_vecs.data() + static_cast<size_t>(i) * src.dim);
    for (int j = 0; j < pair.tgt().size(); ++j) tgt.block(j, j + 1, tgt_vecs.data() + static_cast<size_t>(j) * tgt.dim);
    Side src_given = src, tgt_given = tgt;
    src_given.sentence_vectors = src_vecs.data();
    tgt_given.sentence_vectors = tgt_vecs.data();
    AlignerOptions two = base;
    two.search.threads = 2;
    EXPECT_EQ(Scored(Aligner(two).Align(src_given, tgt_given)), Scored(one));
  }
}

// The calibrated scores of a document of more than 2 x 4096 beads are
// computed in chunks of beads on several threads: the same doubles.
TEST(AlignerSearchTest, ScoresOfALongDocumentInChunksAreTheSame) {
  testing::SyntheticPair pair = RandomPair(9000, 9000);
  AddAnchors(&pair);
  AlignerOptions base;
  base.reward.coverage_weight = 0.0;
  const Side src = pair.src().side(), tgt = pair.tgt().side();
  const std::vector<Bead> one = Aligner(base).Align(src, tgt);
  ASSERT_GT(one.size(), 8192u);
  AlignerOptions three = base;
  three.search.threads = 3;
  EXPECT_EQ(Scored(Aligner(three).Align(src, tgt)), Scored(one));
}

}  // namespace
}  // namespace driftalign::align

namespace driftalign::align {
namespace {

// An exception of produce on a worker thread or on the calling thread, or of
// consume, stops the sweep and reaches the caller: no std::terminate (a
// plain thread's exception), no thread left waiting for a tile (a hang).
TEST(ProduceAndConsumeTilesTest, AnExceptionOfAnyThreadReachesTheCaller) {
  for (int thrower : {0, 1, 2}) {
    for (int bad_tile : {0, 7, 49}) {
      std::vector<int> consumed;
      const auto produce = [&](int tile, int worker) {
        if (tile == bad_tile && (thrower == 2 || worker == thrower)) throw std::bad_alloc();
      };
      const auto consume = [&](int tile) { consumed.push_back(tile); };
      // With thrower 0 or 1 the bad tile may be produced by the other
      // thread: then the sweep ends normally; otherwise it throws.
      try {
        ProduceAndConsumeTiles(50, 2, 4, produce, consume);
        EXPECT_NE(thrower, 2);
        EXPECT_EQ(consumed.size(), 50u);
      } catch (const std::bad_alloc&) {
        EXPECT_LE(consumed.size(), static_cast<size_t>(bad_tile));
      }
    }
  }
  int calls = 0;
  EXPECT_THROW(ProduceAndConsumeTiles(
                   20, 3, 4, [](int, int) {},
                   [&](int tile) {
                     ++calls;
                     if (tile == 3) throw std::runtime_error("consume failed");
                   }),
               std::runtime_error);
  EXPECT_EQ(calls, 4);
}

}  // namespace
}  // namespace driftalign::align
