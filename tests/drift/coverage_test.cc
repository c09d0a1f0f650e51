// Unit tests of CoverageScorer (coverage.h) on hand-made 4-dimensional word
// vectors: which words are content words, how a text splits into clauses,
// which words the other side covers (same word, cognate, vector, nothing).
#include "drift/coverage.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace driftalign::drift {
namespace {

// Axis 0: cat/chat, axis 1: house/maison, axis 2: red/rouge,
// axis 3: dog (no French word); every other word has no vector (all zeros).
// "blue" sits at 45 degrees between axes 1 and 2.
WordVectorFn TinyVectors() {
  return [](Lang, std::string_view w, float* out) {
    for (int d = 0; d < 4; ++d) out[d] = 0.0f;
    if (w == "cat" || w == "chat") out[0] = 1.0f;
    if (w == "house" || w == "maison") out[1] = 1.0f;
    if (w == "red" || w == "rouge") out[2] = 1.0f;
    if (w == "blue") out[1] = out[2] = 0.70710678f;
    if (w == "dog") out[3] = 1.0f;
  };
}

std::vector<std::string> WordTexts(const ContentWords& w, std::string_view text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < w.word.size(); ++i) out.emplace_back(text.substr(w.begin[i], w.end[i] - w.begin[i]));
  return out;
}

TEST(CoverageScorerTest, StopWordsAreNoContentWords) {
  CoverageScorer scorer(4, TinyVectors(), {});
  const std::string text = "The cat and the red house";
  ContentWords w = scorer.Words(text, Lang::kEn);
  EXPECT_EQ(WordTexts(w, text), (std::vector<std::string>{"cat", "red", "house"}));
  EXPECT_TRUE(w.has_vectors);
  EXPECT_EQ(w.vecs.rows(), 3);
}

TEST(CoverageScorerTest, ClausesSplitAtPunctuationAndQuotes) {
  const struct {
    const char* text;
    std::vector<int> clause_of_word;  // clause index of each content word
    size_t clauses;
  } kCases[] = {
      {"cat house", {0, 0}, 1},
      {"cat, house; red", {0, 1, 2}, 3},
      {"cat (house) red", {0, 1, 2}, 3},
      {"cat \u201chouse\u201d red", {0, 1, 2}, 3},
      {"cat 3,5 house", {0, 0, 0}, 1},  // a comma inside a figure ends no clause
      {"cat. House", {0, 1}, 2},
      {", , cat", {0}, 1},  // empty clauses are not counted
  };
  CoverageScorer scorer(4, TinyVectors(), {});
  for (const auto& c : kCases) {
    WordVectorCache cache;
    ContentWords w = scorer.Tokens(c.text, Lang::kEn, &cache);
    EXPECT_EQ(w.clause, c.clause_of_word) << c.text;
    EXPECT_EQ(w.clauses.size(), c.clauses) << c.text;
    EXPECT_FALSE(w.has_vectors);
  }
}

TEST(CoverageScorerTest, CoveredBySameWordCognateOrVector) {
  CoverageScorer scorer(4, TinyVectors(), {});
  WordVectorCache cache;
  // cat -> chat (vector), house -> maison (vector), presidency -> présidence
  // (5-letter cognate), 2000 -> 2.000 (figure), dog: nothing.
  ContentWords en = scorer.Words("cat house presidency 2000 dog", Lang::kEn, &cache);
  ContentWords fr = scorer.Words("chat maison présidence 2.000", Lang::kFr, &cache);
  EXPECT_EQ(scorer.Covered(en, fr), (std::vector<bool>{true, true, true, true, false}));
  EXPECT_EQ(scorer.LexicallyCovered(en, fr), (std::vector<bool>{false, false, true, true, false}));
  EXPECT_DOUBLE_EQ(scorer.Coverage(en, fr), 0.8);
  EXPECT_DOUBLE_EQ(scorer.Coverage(fr, en), 1.0);
}

TEST(CoverageScorerTest, LinkMinCosineDecides) {
  // Issue 15: with vectors, words are linked one to one down to
  // link_min_cosine (min_cosine no longer decides Covered()).
  WordVectorCache cache;
  CoverageOptions strict;
  strict.link_min_cosine = 0.8;
  CoverageOptions loose;
  loose.link_min_cosine = 0.6;
  // cos(blue, rouge) = 0.707.
  CoverageScorer strict_scorer(4, TinyVectors(), strict), loose_scorer(4, TinyVectors(), loose);
  ContentWords en = strict_scorer.Words("blue", Lang::kEn, &cache);
  ContentWords fr = strict_scorer.Words("rouge", Lang::kFr, &cache);
  EXPECT_EQ(strict_scorer.Covered(en, fr), std::vector<bool>{false});
  EXPECT_EQ(loose_scorer.Covered(en, fr), std::vector<bool>{true});
}

TEST(CoverageScorerTest, WordsAreLinkedOneToOne) {
  // Issue 15: one French word covers one English word. "cat" and "chat" are
  // the same word twice against one: only the first is linked; the cognate
  // "presidency" takes "présidence" before any cosine pair.
  CoverageScorer scorer(4, TinyVectors(), {});
  WordVectorCache cache;
  ContentWords en = scorer.Words("cat presidency cat", Lang::kEn, &cache);
  ContentWords fr = scorer.Words("chat présidence", Lang::kFr, &cache);
  EXPECT_EQ(scorer.Covered(en, fr), (std::vector<bool>{true, true, false}));
  EXPECT_EQ(scorer.Covered(fr, en), (std::vector<bool>{true, true}));
}

TEST(CoverageScorerTest, WordWithoutVectorCountsAsCovered) {
  // A word the model does not know (all-zero vector) gives no evidence of an
  // omission.
  CoverageScorer scorer(4, TinyVectors(), {});
  WordVectorCache cache;
  ContentWords en = scorer.Words("zebra", Lang::kEn, &cache);
  ContentWords fr = scorer.Words("chat", Lang::kFr, &cache);
  EXPECT_EQ(scorer.Covered(en, fr), std::vector<bool>{true});
}

TEST(CoverageScorerTest, CoverRowsMeasuresOnlyTheRowsAsked) {
  CoverageScorer scorer(4, TinyVectors(), {});
  WordVectorCache cache;
  ContentWords en = scorer.Tokens("cat house dog", Lang::kEn, &cache);
  ContentWords fr = scorer.Words("chat maison", Lang::kFr, &cache);
  std::vector<bool> covered(3, false);
  scorer.CoverRows(en, Lang::kEn, fr, {1}, &cache, &covered);
  EXPECT_EQ(covered, (std::vector<bool>{false, true, false}));
}

TEST(CoverageScorerTest, HasTranslation) {
  CoverageScorer scorer(4, TinyVectors(), {});
  WordVectorCache cache;
  EXPECT_TRUE(scorer.HasTranslation(Lang::kEn, "house", Lang::kFr, {"la", "maison"}, &cache));
  EXPECT_FALSE(scorer.HasTranslation(Lang::kEn, "house", Lang::kFr, {"chat"}, &cache));
  EXPECT_FALSE(scorer.HasTranslation(Lang::kEn, "zebra", Lang::kFr, {"chat"}, &cache));
}

TEST(CoverageScorerTest, DivergenceIsOneMinusTheSmallerCoverage) {
  CoverageScorer scorer(4, TinyVectors(), {});
  EXPECT_DOUBLE_EQ(scorer.Divergence("cat house", Lang::kEn, "chat maison", Lang::kFr), 0.0);
  EXPECT_DOUBLE_EQ(scorer.Divergence("cat house red dog", Lang::kEn, "chat maison", Lang::kFr), 0.5);
}

}  // namespace
}  // namespace driftalign::drift
