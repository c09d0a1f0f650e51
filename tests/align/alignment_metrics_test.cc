// vecalign score.py's strict/lax definitions and our null-bead and per-shape
// counts, on hand-computed cases.
#include "align/alignment_metrics.h"
#include "align/bead_io.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

namespace driftalign::align {
namespace {

std::vector<Bead> Parse(const std::string& text) {
  StatusOr<std::vector<Bead>> beads = ParseBeads(text, "test", std::nullopt);
  EXPECT_TRUE(beads.ok()) << beads.status().message();
  return beads.ok() ? *beads : std::vector<Bead>{};
}

struct Case {
  const char* name;
  const char* gold;
  const char* pred;
  double p_strict, r_strict, p_lax, r_lax, null_p, null_r;
};

// Each expected value is worked out by hand in the comment beside it.
const Case kCases[] = {
    {"identical", "[0]:[0]\n[1]:[1]\n", "[0]:[0]\n[1]:[1]\n", 1, 1, 1, 1, 0, 0},
    // pred [0]:[0] not in gold, src 0 has no gold target -> fp lax; [1]:[1] lax (1-1 inside 2-1);
    // [2]:[] fp; [3]:[2] strict. P strict 1/4, lax 2/4. Recall over non-null gold
    // {[1,2]:[1], [3]:[2]}: the first is lax (src 1 -> 1), the second strict: 1/2, 2/2.
    // Null: gold {src0, tgt0}, pred {src2}: none shared -> 0, 0.
    {"mixed", "[0]:[]\n[]:[0]\n[1, 2]:[1]\n[3]:[2]\n", "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]:0.5\n",
     0.25, 0.5, 0.5, 1.0, 0, 0},
    // Merge of two true 1-1s: pred 2-2 is lax but not strict. P 0/1 strict, 1/1 lax;
    // recall: gold [0]:[0] and [1]:[1] both lax vs pred -> 0/2 strict, 2/2 lax.
    {"needless merge", "[0]:[0]\n[1]:[1]\n", "[0, 1]:[0, 1]\n", 0, 0, 1, 1, 0, 0},
    // A found deletion: pred null bead equals gold -> strict; null P = R = 1 (one sentence).
    // Recall counts only [0]:[0] and [2]:[1] (both found).
    {"deletion found", "[0]:[0]\n[1]:[]\n[2]:[1]\n", "[0]:[0]\n[1]:[]\n[2]:[1]\n", 1, 1, 1, 1, 1, 1},
    // A missed deletion glued to its neighbour: pred [1, 2]:[1] is lax (src 2 -> 1);
    // P strict 1/2, lax 2/2; recall: gold [2]:[1] lax against [1,2]:[1] -> strict 1/2, lax 2/2.
    // Null: gold has src 1, pred none -> P 0 (nothing predicted), R 0.
    {"deletion glued", "[0]:[0]\n[1]:[]\n[2]:[1]\n", "[0]:[0]\n[1, 2]:[1]\n", 0.5, 0.5, 1, 1, 0, 0},
};

TEST(AlignmentMetricsTest, HandComputedCases) {
  for (const Case& c : kCases) {
    AlignmentCounts counts;
    counts.Add(Parse(c.gold), Parse(c.pred));
    AlignmentScores s = counts.Scores();
    SCOPED_TRACE(c.name);
    EXPECT_NEAR(s.strict.precision, c.p_strict, 1e-12);
    EXPECT_NEAR(s.strict.recall, c.r_strict, 1e-12);
    EXPECT_NEAR(s.lax.precision, c.p_lax, 1e-12);
    EXPECT_NEAR(s.lax.recall, c.r_lax, 1e-12);
    EXPECT_NEAR(s.null_beads.precision, c.null_p, 1e-12);
    EXPECT_NEAR(s.null_beads.recall, c.null_r, 1e-12);
    const double pr = c.p_strict + c.r_strict;
    EXPECT_NEAR(s.strict.f1, pr == 0 ? 0 : 2 * c.p_strict * c.r_strict / pr, 1e-12);
  }
}

// The bead reader refuses duplicate and empty beads; AlignmentCounts, given
// them directly, counts a duplicate once (sets) and ignores an empty bead.
TEST(AlignmentMetricsTest, DuplicatesCountOnceAndEmptyBeadsAreIgnored) {
  AlignmentCounts counts;
  counts.Add({Bead{{0}, {0}}}, {Bead{{0}, {0}}, Bead{{0}, {0}}, Bead{{}, {}}});
  AlignmentScores s = counts.Scores();
  EXPECT_NEAR(s.strict.precision, 1.0, 1e-12);
  EXPECT_NEAR(s.strict.recall, 1.0, 1e-12);
  EXPECT_EQ(s.shapes["1-1"].predicted, 1);
}

TEST(AlignmentMetricsTest, CountsAreSummedOverDocuments) {
  // Doc 1: 1 strict of 1; doc 2: 0 strict of 1 (lax). Micro P strict = 1/2.
  AlignmentCounts counts;
  counts.Add(Parse("[0]:[0]\n"), Parse("[0]:[0]\n"));
  counts.Add(Parse("[0]:[0]\n[1]:[1]\n"), Parse("[0, 1]:[0, 1]\n"));
  AlignmentScores s = counts.Scores();
  EXPECT_NEAR(s.strict.precision, 0.5, 1e-12);
  EXPECT_NEAR(s.strict.recall, 1.0 / 3.0, 1e-12);
}

TEST(AlignmentMetricsTest, ShapeBreakdown) {
  AlignmentCounts counts;
  counts.Add(Parse("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n"), Parse("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n"));
  AlignmentScores s = counts.Scores();
  EXPECT_EQ(s.shapes["1-1"].gold, 1);
  EXPECT_EQ(s.shapes["1-1"].gold_found, 1);
  EXPECT_EQ(s.shapes["1-1"].predicted, 2);
  EXPECT_EQ(s.shapes["1-1"].predicted_right, 1);
  EXPECT_EQ(s.shapes["2-1"].gold, 1);
  EXPECT_EQ(s.shapes["2-1"].gold_found, 0);
  EXPECT_EQ(s.shapes["1-0"].gold, 1);
  EXPECT_EQ(s.shapes["1-0"].predicted, 2);
  EXPECT_EQ(s.shapes["1-0"].predicted_right, 1);
  EXPECT_NEAR(s.null_beads.precision, 0.5, 1e-12);
  EXPECT_NEAR(s.null_beads.recall, 1.0, 1e-12);
}

TEST(AlignmentMetricsTest, ParseKeepsScoresAndRejectsGarbage) {
  std::vector<Bead> beads = Parse("[0, 1]:[2]:0.25\n\n[]:[3]\r\n");
  ASSERT_EQ(beads.size(), 2u);
  EXPECT_EQ(beads[0].src, (std::vector<int>{0, 1}));
  EXPECT_EQ(beads[0].score, 0.25);
  EXPECT_TRUE(beads[1].src.empty());
  for (const char* bad : {"[0]:[x]\n", "[0]\n", "[0]:[1]:zz\n", "0:1\n"}) {
    StatusOr<std::vector<Bead>> r = ParseBeads(bad, "bad.txt", std::nullopt);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.status().message().find("bad.txt:1"), std::string::npos);
  }
  StatusOr<std::vector<Bead>> r = ParseBeads("[0]:[0]\n[1]:]\n", "g", std::nullopt);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("g:2 (byte offset 8)"), std::string::npos) << r.status().message();
}

// Lax precision as vecalign's score.py computes it: the set of all gold
// links (s, t), then whether a test bead has one of its links.
double NaiveLaxPrecision(const std::vector<Bead>& gold, const std::vector<Bead>& test) {
  std::set<std::pair<int, int>> links;
  std::set<std::pair<std::vector<int>, std::vector<int>>> gold_set, test_set;
  for (const Bead& b : gold) {
    if (b.src.empty() && b.tgt.empty()) continue;
    gold_set.insert({b.src, b.tgt});
    for (int s : b.src) for (int t : b.tgt) links.insert({s, t});
  }
  for (const Bead& b : test) if (!b.src.empty() || !b.tgt.empty()) test_set.insert({b.src, b.tgt});
  long tp = 0;
  for (const auto& t : test_set) {
    bool lax = gold_set.count(t) > 0;
    for (int s : t.first) for (int g : t.second) lax = lax || links.count({s, g}) > 0;
    tp += lax;
  }
  return test_set.empty() ? 0.0 : static_cast<double>(tp) / test_set.size();
}

// The lax test goes through the gold beads of each sentence id (linear in
// the ids; a 6000 x 6000 bead no longer builds 36 million links): the same
// precision as the set of links on random alignments, overlapping beads and
// repeated ids included.
TEST(AlignmentMetricsTest, LaxPrecisionMatchesTheSetOfLinks) {
  std::mt19937 rng(7);
  auto random_beads = [&rng](int count) {
    std::vector<Bead> beads;
    for (int k = 0; k < count; ++k) {
      Bead b;
      for (int n = static_cast<int>(rng() % 4); n > 0; --n) b.src.push_back(static_cast<int>(rng() % 12));
      for (int n = static_cast<int>(rng() % 4); n > 0; --n) b.tgt.push_back(static_cast<int>(rng() % 12));
      std::sort(b.src.begin(), b.src.end());
      std::sort(b.tgt.begin(), b.tgt.end());
      beads.push_back(b);
    }
    return beads;
  };
  for (int trial = 0; trial < 300; ++trial) {
    const std::vector<Bead> gold = random_beads(1 + trial % 9), pred = random_beads(1 + trial % 7);
    AlignmentCounts counts;
    counts.Add(gold, pred);
    EXPECT_NEAR(counts.Scores().lax.precision, NaiveLaxPrecision(gold, pred), 1e-12) << "trial " << trial;
  }
  // One huge bead against itself and against its 1-1 split.
  Bead big;
  for (int k = 0; k < 6000; ++k) {
    big.src.push_back(k);
    big.tgt.push_back(k);
  }
  std::vector<Bead> ones;
  for (int k = 0; k < 6000; ++k) ones.push_back(MakeBead(k, k + 1, k, k + 1));
  AlignmentCounts counts;
  counts.Add({big}, ones);
  EXPECT_NEAR(counts.Scores().lax.precision, 1.0, 1e-12);
  EXPECT_NEAR(counts.Scores().strict.precision, 0.0, 1e-12);
}

}  // namespace
}  // namespace driftalign::align
