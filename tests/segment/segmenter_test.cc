// Segmenter behaviour beyond the goldens: kinds, paragraphs, offsets,
// presegmented input, and a random round-trip property. Related to issue #3.
#include <gtest/gtest.h>

#include <random>

#include "golden.h"
#include "segment/segmenter.h"

namespace driftalign::segment {
namespace {

std::vector<Sentence> SegmentText(const std::string& lang, const std::string& text, SegmenterOptions opts = {}) {
  StatusOr<Segmenter> seg = Segmenter::Create(lang, opts);
  EXPECT_TRUE(seg.ok());
  return seg->Segment(text);
}

TEST(SegmenterTest, RejectsUnknownLanguage) {
  StatusOr<Segmenter> seg = Segmenter::Create("de", {});
  ASSERT_FALSE(seg.ok());
  EXPECT_EQ(seg.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(seg.status().message().find("de"), std::string::npos);
}

struct KindCase {
  const char* lang;
  const char* text;
  std::vector<SentenceKind> kinds;
};

TEST(SegmenterTest, MarksHeadlinesAndMetaLines) {
  using K = SentenceKind;
  const std::vector<KindCase> cases = {
      {"en", "Europe 1 with AFP 3:30 p.m., January 6, 2022\n\nPolice arrested 2,000 people.", {K::kMeta, K::kBody}},
      {"en", "Riots triggered by the rise in gas prices\n\nRussia sent troops.", {K::kHeadline, K::kBody}},
      {"en", "France condemns \"the violence that took place\"\n\nHe spoke.", {K::kHeadline, K::kBody}},
      {"en", "ALMATY (AFP) - Police said 2,000 people were held.", {K::kMeta, K::kBody}},
      {"en", "By John Smith\nThe talks collapsed.", {K::kMeta, K::kBody}},
      {"en", "Updated 10:45 GMT\nThe talks collapsed.", {K::kMeta, K::kBody}},
      {"fr", " date 2022-01 La crise est majeure. La police a arrêté 2.000 personnes.", {K::kMeta, K::kBody, K::kBody}},
      {"fr", "Des émeutes déclenchées par la hausse du prix du gaz\n\nLa Russie a envoyé des troupes.", {K::kHeadline, K::kBody}},
      {"fr", "Publié le 6 janvier 2022 à 15h30\nLa Russie a envoyé des troupes.", {K::kMeta, K::kBody}},
      {"fr", "Moscou en renfort\n\nMoscou a envoyé des troupes.", {K::kHeadline, K::kBody}},
      // Body text that merely lacks a final stop at the end of a paragraph of several sentences stays body.
      {"en", "Police arrested 2,000 people. More arrests followed", {K::kBody, K::kBody}},
  };
  for (const KindCase& c : cases) {
    std::vector<Sentence> got = SegmentText(c.lang, c.text);
    ASSERT_EQ(got.size(), c.kinds.size()) << c.text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(KindName(got[i].kind), KindName(c.kinds[i])) << c.text << " sentence " << i;
    }
  }
}

TEST(SegmenterTest, NoStructureMakesEverythingBody) {
  SegmenterOptions opts;
  opts.detect_structure = false;
  std::vector<Sentence> got = SegmentText("en", "Riots in Almaty\n\nEurope 1 with AFP 3:30 p.m.\n\nPolice arrested 2,000 people.", opts);
  ASSERT_EQ(got.size(), 3u);
  for (const Sentence& s : got) EXPECT_EQ(s.kind, SentenceKind::kBody);
}

TEST(SegmenterTest, BlankLinesEndParagraphs) {
  std::vector<Sentence> got = SegmentText("en", "One. Two.\n\n\n  \nThree.\r\n\r\nFour.\nFive.");
  ASSERT_EQ(got.size(), 5u);
  const int expected[] = {0, 0, 1, 2, 2};
  for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i].paragraph, expected[i]) << got[i].text;
  for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i].id, static_cast<int>(i));
}

TEST(SegmenterTest, OffsetsSkipBomAndIndexOriginalBytes) {
  const std::string text = "\xEF\xBB\xBFLa crise.\r\nElle dure.";
  StatusOr<Segmenter> seg = Segmenter::Create("fr", {});
  ASSERT_TRUE(seg.ok());
  std::vector<Sentence> got = seg->Segment(text, 3);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].begin, 3u);
  EXPECT_EQ(got[0].text, "La crise.");
  EXPECT_EQ(got[1].begin, 14u);
  EXPECT_EQ(text.substr(got[1].begin, got[1].end - got[1].begin), "Elle dure.");
}

TEST(SegmenterTest, PresegmentedKeepsOneSentencePerLine) {
  SegmenterOptions opts;
  opts.presegmented = true;
  const std::string text = "Mr. Smith left. He came back.\n  Second line  \r\n\r\nThird line after a blank\n";
  std::vector<Sentence> got = SegmentText("en", text, opts);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].text, "Mr. Smith left. He came back.");
  EXPECT_EQ(got[1].text, "Second line");
  EXPECT_EQ(got[1].paragraph, 0);
  EXPECT_EQ(got[2].paragraph, 1);
  for (const Sentence& s : got) EXPECT_EQ(text.substr(s.begin, s.end - s.begin), s.text);
}

TEST(SegmenterTest, WhitespaceOnlyAndEmptyGiveNoSentences) {
  EXPECT_TRUE(SegmentText("en", "").empty());
  EXPECT_TRUE(SegmentText("en", " \n\r\n\t \xC2\xA0 \n").empty());
}

TEST(SegmenterTest, VeryLongLineWithoutPunctuationIsOneSentence) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "word ";
  std::vector<Sentence> got = SegmentText("en", text);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].end - got[0].begin, text.size() - 1);
  // Too long to be a headline: body text that lost its full stop.
  EXPECT_EQ(got[0].kind, SentenceKind::kBody);
}

// Property: on random text built from news-like pieces, sentences are
// non-empty, trimmed, in order, non-overlapping, exactly input[begin:end],
// and every non-space byte of the input lies in some sentence.
TEST(SegmenterTest, RandomInputsRoundTripOffsets) {
  const std::vector<std::string> pieces = {
      "Police", "arrested", "2,000", "2.000", "2\xC2\xA0" "000", "people", ".", "?", "!", "...", "\xE2\x80\xA6",
      "(...)", "\"", "\xC2\xAB\xC2\xA0", "\xC2\xA0\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "M.", "Mme", "U.S.",
      "p.m.", "3:30", "15 h 30", "Thursday", "jeudi", "\n", "\n\n", "\r\n", "\r", " ", "  ", "\t", "La", "crise",
      "\xC3\xA9meutes", "St.", "Dr", "J.", "e.g.", ",", ";", ":", "'", "\xE2\x80\x99", "date 2022-01", "(AFP) -"};
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) {
      text += pieces[rng() % pieces.size()];
      if (rng() % 3) text += ' ';
    }
    for (const char* lang : {"en", "fr"}) {
      std::vector<Sentence> got = SegmentText(lang, text);
      size_t covered_until = 0;
      std::vector<bool> covered(text.size(), false);
      for (size_t i = 0; i < got.size(); ++i) {
        const Sentence& s = got[i];
        ASSERT_LT(s.begin, s.end) << text;
        ASSERT_LE(s.end, text.size());
        ASSERT_GE(s.begin, covered_until) << text;
        EXPECT_EQ(text.substr(s.begin, s.end - s.begin), s.text);
        EXPECT_EQ(s.id, static_cast<int>(i));
        EXPECT_NE(s.text.front(), ' ');
        EXPECT_NE(s.text.back(), ' ');
        for (size_t k = s.begin; k < s.end; ++k) covered[k] = true;
        covered_until = s.end;
      }
      for (size_t k = 0; k < text.size(); ++k) {
        const unsigned char c = text[k];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (c == 0xC2 && k + 1 < text.size() && static_cast<unsigned char>(text[k + 1]) == 0xA0) { ++k; continue; }
        EXPECT_TRUE(covered[k]) << "byte " << k << " lost in: " << text;
      }
    }
  }
}

}  // namespace
}  // namespace driftalign::segment
