// Unit tests of the bead divergence score (divergence.h, checks/bead_divergence.h)
// on hand-made 4-dimensional word vectors: the features of the word links, the
// direction of the fitted model, and the score the checker attaches to beads.
#include "drift/divergence.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "drift/checker.h"

namespace driftalign::drift {
namespace {

// Hand-made unit vectors: cat/chat, house/maison, red/rouge and garden/jardin
// on one axis each; "dog" (English) halfway between cat and garden, with no
// French counterpart. Other words have no vector (all zeros).
WordVectorFn TinyVectors() {
  struct Entry {
    std::string_view word;
    float v[4];
  };
  static constexpr float kHalf = 0.70710678f;
  static const Entry kTable[] = {
      {"cat", {1, 0, 0, 0}},    {"chat", {1, 0, 0, 0}},  {"house", {0, 1, 0, 0}},  {"maison", {0, 1, 0, 0}},
      {"red", {0, 0, 1, 0}},    {"rouge", {0, 0, 1, 0}}, {"garden", {0, 0, 0, 1}}, {"jardin", {0, 0, 0, 1}},
      {"dog", {kHalf, 0, 0, kHalf}},
  };
  return [](Lang, std::string_view w, float* out) {
    std::fill(out, out + 4, 0.0f);
    for (const Entry& e : kTable) {
      if (e.word == w) std::copy(e.v, e.v + 4, out);
    }
  };
}

double Feature(const DivergenceFeatures& f, std::string_view name) {
  const auto& names = DivergenceFeatureNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return f[i];
  }
  ADD_FAILURE() << "no feature " << name;
  return 0.0;
}

DivergenceFeatures FeaturesOf(const CoverageScorer& scorer, std::string_view en, std::string_view fr) {
  WordVectorCache cache;
  ContentWords a = scorer.Words(en, Lang::kEn, &cache), b = scorer.Words(fr, Lang::kFr, &cache);
  return MeasureDivergence(a, b, scorer.Link(a, b));
}

TEST(DivergenceTest, FeatureNamesAreDistinctAndComplete) {
  const auto& names = DivergenceFeatureNames();
  for (size_t i = 0; i < names.size(); ++i) {
    EXPECT_FALSE(names[i].empty());
    for (size_t j = i + 1; j < names.size(); ++j) EXPECT_NE(names[i], names[j]);
  }
}

TEST(DivergenceTest, FeaturesOfLinkedAndUnlinkedWords) {
  CoverageScorer scorer(4, TinyVectors(), {});
  // Every word linked (vectors, a cognate, a figure).
  DivergenceFeatures same = FeaturesOf(scorer, "cat house presidency 2000", "chat maison présidence 2000");
  EXPECT_DOUBLE_EQ(Feature(same, "uncovered_src"), 0.0);
  EXPECT_DOUBLE_EQ(Feature(same, "uncovered_tgt"), 0.0);
  EXPECT_DOUBLE_EQ(Feature(same, "figures_unlinked"), 0.0);
  EXPECT_NEAR(Feature(same, "bag_distance"), 0.0, 1e-6);
  EXPECT_NEAR(Feature(same, "weak_links"), 0.0, 1e-6);
  // "red garden" has no counterpart: 9 of the 17 bytes of the source's words
  // (cat 3 + house 5 + red 3 + garden 6) are unlinked; the target is fully linked.
  DivergenceFeatures added = FeaturesOf(scorer, "cat house red garden", "chat maison");
  EXPECT_NEAR(Feature(added, "uncovered_src"), 9.0 / 17.0, 1e-9);
  EXPECT_DOUBLE_EQ(Feature(added, "uncovered_tgt"), 0.0);
  EXPECT_NEAR(Feature(added, "uncovered_max"), 9.0 / 17.0, 1e-9);
  EXPECT_DOUBLE_EQ(Feature(added, "uncovered_min"), 0.0);
  EXPECT_GT(Feature(added, "bag_distance"), 0.2);
  // A figure on one side only.
  DivergenceFeatures figure = FeaturesOf(scorer, "cat 2000", "chat 3000");
  EXPECT_NEAR(Feature(figure, "figures_unlinked"), 2.0 / 3.0, 1e-9);
  // A link at cosine 0.707 (dog/chat) is weaker than the same word.
  DivergenceFeatures weak = FeaturesOf(scorer, "dog", "chat");
  EXPECT_NEAR(Feature(weak, "weak_links"), 1.0 - 0.70710678, 1e-6);
  // Nothing linked: the weakest linking.
  EXPECT_DOUBLE_EQ(Feature(FeaturesOf(scorer, "cat house", "rouge jardin"), "weak_links"), 1.0);
}

TEST(DivergenceTest, ScoreRisesWithUnlinkedWords) {
  CoverageScorer scorer(4, TinyVectors(), {});
  const double same = DivergenceScore(FeaturesOf(scorer, "cat house red garden", "chat maison rouge jardin"));
  const double half = DivergenceScore(FeaturesOf(scorer, "cat house red garden", "chat maison"));
  const double none = DivergenceScore(FeaturesOf(scorer, "cat house", "rouge jardin"));
  EXPECT_GT(same, 0.0);
  EXPECT_LT(same, half);
  EXPECT_LT(half, none);
  EXPECT_LT(none, 1.0);
}

TEST(DivergenceTest, CheckerScoresEveryBead) {
  CoverageScorer scorer(4, TinyVectors(), {});
  CheckerOptions options;
  options.divergence_features = true;
  StatusOr<Checker> checker = Checker::Create(options);
  ASSERT_TRUE(checker.ok());
  checker->SetCoverageScorer(&scorer);
  auto sentences = [](std::vector<std::string> texts) {
    std::vector<segment::Sentence> out;
    size_t at = 0;
    for (std::string& t : texts) {
      segment::Sentence s;
      s.id = static_cast<int>(out.size());
      s.begin = at;
      s.end = at + t.size();
      at = s.end + 1;
      s.text = std::move(t);
      out.push_back(std::move(s));
    }
    return out;
  };
  const auto src = sentences({"The cat and the house.", "The red garden of the dog.", "The cat."});
  const auto tgt = sentences({"Le chat et la maison.", "Le chat."});
  std::vector<align::Bead> beads(3);
  beads[0].src = {0};
  beads[0].tgt = {0};
  beads[1].src = {1};  // a null bead: divergent by definition
  beads[2].src = {2};
  beads[2].tgt = {1};
  PreparedPair prepared = checker->Prepare(src, tgt);
  std::vector<BeadDivergence> divergence;
  checker->Check(src, tgt, beads, &prepared, 1, &divergence);
  ASSERT_EQ(divergence.size(), 3u);
  for (const BeadDivergence& d : divergence) EXPECT_TRUE(d.measured);
  EXPECT_LT(divergence[0].score, options.divergence_threshold);
  EXPECT_FALSE(divergence[0].divergent);
  EXPECT_EQ(divergence[0].features.size(), static_cast<size_t>(kDivergenceFeatureCount));
  EXPECT_DOUBLE_EQ(divergence[1].score, 1.0);
  EXPECT_TRUE(divergence[1].divergent);
  EXPECT_NEAR(divergence[2].score, divergence[0].score, 1e-6);  // both fully linked, bags alike

  // Without word vectors there is no score.
  CoverageScorer lexical(0, WordVectorFn(), {});
  checker->SetCoverageScorer(&lexical);
  PreparedPair lexical_prepared = checker->Prepare(src, tgt);
  checker->Check(src, tgt, beads, &lexical_prepared, 1, &divergence);
  for (const BeadDivergence& d : divergence) EXPECT_FALSE(d.measured);
}

}  // namespace
}  // namespace driftalign::drift
