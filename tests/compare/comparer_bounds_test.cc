// The cost of Comparer::Compare grows linearly with its input (issue 20):
// the number of claim pairs it tests (CompareResult::pair_tests) stays put
// when a report's figures double past the bounds of CompareOptions, and each
// bound says what it left out (CompareResult::notes). Counted, not timed.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "compare/comparer.h"
#include "embed/model.h"
#include "segment/segmenter.h"

namespace driftalign::compare {
namespace {

const std::string kModel = DRIFTALIGN_SOURCE_DIR "/models/driftalign-enfr-v2.dam";

class ComparerBoundsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto model = embed::Model::Load(kModel);
    ASSERT_TRUE(model.ok()) << model.status().message();
    model_ = std::move(*model).release();
  }
  static void TearDownTestSuite() {
    delete model_;
    model_ = nullptr;
  }

  static CompareDoc Doc(const std::string& path, text::Lang lang, const std::string& text) {
    auto segmenter = segment::Segmenter::Create(std::string(text::LangCode(lang)), {});
    EXPECT_TRUE(segmenter.ok());
    CompareDoc doc;
    doc.path = path;
    doc.lang = lang;
    doc.sentences = segmenter->Segment(text);
    return doc;
  }

  static CompareResult Run(const std::vector<CompareDoc>& docs, const CompareOptions& options) {
    auto comparer = Comparer::Create(model_, options);
    EXPECT_TRUE(comparer.ok());
    auto result = comparer->Compare(docs);
    EXPECT_TRUE(result.ok()) << result.status().message();
    return *result;
  }

  // One sentence stating 4 * units figures (as the hostile_inputs figures kinds).
  static std::vector<CompareDoc> FiguresInOneSentence(int units) {
    std::string en = "They counted ", fr = "Ils ont compté ";
    for (int i = 0; i < units; ++i) {
      en += "12 wounded, 3,500 people, 7% and 2.6 million, ";
      fr += "12 blessés, 3.500 personnes, 7 % et 2,6 millions, ";
    }
    return {Doc("en.txt", text::Lang::kEn, en + "in all.\n"), Doc("fr.txt", text::Lang::kFr, fr + "au total.\n")};
  }

  // `n` sentences, each stating two figures of one kind and event.
  static std::vector<CompareDoc> FiguresInManySentences(int n) {
    std::string en, fr;
    for (int i = 0; i < n; ++i) {
      en += "Police said " + std::to_string(10 + i) + " people were killed and " + std::to_string(20 + i) +
            " wounded.\n";
      fr += "La police a dit que " + std::to_string(10 + i) + " personnes ont été tuées et " +
            std::to_string(20 + i) + " blessées.\n";
    }
    return {Doc("en.txt", text::Lang::kEn, en), Doc("fr.txt", text::Lang::kFr, fr)};
  }

  static inline embed::Model* model_ = nullptr;
};

TEST_F(ComparerBoundsTest, PairTestsStayPutWhenOneSentenceDoublesItsFigures) {
  CompareOptions options;
  options.max_sentence_bytes = 0;  // the per-sentence bound alone
  const CompareResult small = Run(FiguresInOneSentence(40), options);    // 160 figures a side
  const CompareResult large = Run(FiguresInOneSentence(80), options);    // 320
  EXPECT_EQ(small.claims, 2 * options.max_claims_per_sentence);
  EXPECT_EQ(large.claims, 2 * options.max_claims_per_sentence);
  // All pairs of 2 x 320 claims would be ~4x the pairs of 2 x 160.
  EXPECT_GT(small.pair_tests, 0);
  EXPECT_LE(large.pair_tests, small.pair_tests);
  ASSERT_EQ(large.notes.size(), 2u);
  EXPECT_EQ(large.notes[0],
            "en.txt: 1 sentence(s) state more than 64 values: only their first 64 are compared "
            "(the first such sentence at byte offset 0)");
}

TEST_F(ComparerBoundsTest, PairTestsGrowAtMostLinearlyWithTheSentences) {
  CompareOptions options;
  options.max_claims = 300;
  const CompareResult a = Run(FiguresInManySentences(100), options);  // 200 figures a side
  const CompareResult b = Run(FiguresInManySentences(200), options);  // 400: over the bound
  const CompareResult c = Run(FiguresInManySentences(400), options);  // 800
  EXPECT_EQ(a.claims, 400);
  EXPECT_EQ(b.claims, 600);
  EXPECT_EQ(c.claims, 600);
  EXPECT_TRUE(a.notes.empty());
  EXPECT_LE(b.pair_tests, 4 * a.pair_tests);  // 1.5x the claims
  EXPECT_EQ(c.pair_tests, b.pair_tests);      // doubling past the bound adds nothing
  ASSERT_EQ(c.notes.size(), 2u);
  EXPECT_NE(c.notes[1].find("fr.txt: more than 300 values: those from byte offset "), std::string::npos)
      << c.notes[1];
}

TEST_F(ComparerBoundsTest, OnlyClaimsOfOneBucketArePaired) {
  // Killed vs wounded (two predicate classes), percent vs count: of the 3
  // claims a side (15 pairs), only the pairs of one kind and class are tested.
  const std::vector<CompareDoc> docs = {
      Doc("en.txt", text::Lang::kEn, "Police said 12 people were killed and 20 wounded, 7% of the town.\n"),
      Doc("fr.txt", text::Lang::kFr, "La police a dit que 12 personnes ont été tuées et 20 blessées, 7 % de la ville.\n")};
  const CompareResult r = Run(docs, {});
  ASSERT_EQ(r.claims, 6);
  EXPECT_LT(r.pair_tests, 6 * 5 / 2);
  EXPECT_GE(r.Count(Relation::kAgreement), 2);
}

TEST_F(ComparerBoundsTest, ASentenceLongerThanTheBoundStatesNoClaim) {
  CompareOptions options;
  options.max_sentence_bytes = 1000;
  std::vector<CompareDoc> docs = FiguresInOneSentence(40);  // about 1.9 KB a sentence
  docs[1] = Doc("fr.txt", text::Lang::kFr, "Deux blessés.\n" + std::string(docs[1].sentences[0].text));
  const CompareResult r = Run(docs, options);
  EXPECT_EQ(r.claims, 1);  // "Deux blessés"
  ASSERT_EQ(r.notes.size(), 2u);
  EXPECT_EQ(r.notes[0],
            "en.txt: 1 sentence(s) longer than 1000 bytes: their values are not compared (the first at byte "
            "offset 0)");
  EXPECT_EQ(r.notes[1],
            "fr.txt: 1 sentence(s) longer than 1000 bytes: their values are not compared (the first at byte "
            "offset 15)");
}

TEST_F(ComparerBoundsTest, NoNoteWithinTheBounds) {
  const CompareResult r = Run(FiguresInManySentences(5), {});
  EXPECT_EQ(r.claims, 20);
  EXPECT_TRUE(r.notes.empty());
}

}  // namespace
}  // namespace driftalign::compare
