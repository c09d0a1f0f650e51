#include "align/text_features.h"

#include <gtest/gtest.h>

namespace driftalign::align {
namespace {

AnchorOverlap OverlapOf(const char* a, const char* b) {
  std::vector<Anchor> x = FindAnchors(a), y = FindAnchors(b);
  return Overlap(&x, &y);
}

TEST(TextFeaturesTest, FiguresMatchAcrossNumberConventions) {
  struct Case { const char* en; const char* fr; int shared; int unmatched; };
  const Case cases[] = {
      {"around 2,000 people", "environ 2.000 personnes", 1, 0},
      {"around 2,000 people", "environ 2 000 personnes", 1, 0},
      {"around 2,000 people", "environ 2\u00a0000 personnes", 1, 0},
      {"2.6 percent", "2,6 pour cent", 1, 0},
      {"353 wounded", "353 blessés", 1, 0},
      {"January 6, 2022", "6 janvier 2022", 2, 0},
      {"Book 1", "Livre 2", 0, 2},
      {"no figure", "pas de chiffre", 0, 0},
  };
  for (const Case& c : cases) {
    AnchorOverlap o = OverlapOf(c.en, c.fr);
    EXPECT_EQ(o.figures_shared, c.shared) << c.en << " | " << c.fr;
    EXPECT_EQ(o.figures_unmatched, c.unmatched) << c.en << " | " << c.fr;
  }
}

TEST(TextFeaturesTest, NamesAreCapitalisedWordsAfterTheFirst) {
  AnchorOverlap o = OverlapOf("Police in Almaty arrested Tokayev's allies.",
                              "La police d'Almaty a arrêté des alliés de Kassym-Jomart Tokayev.");
  EXPECT_EQ(o.names_shared, 2);  // Almaty (after "d'") and Tokayev (before "'s")
  EXPECT_EQ(o.names_unmatched, 1);  // Kassym-Jomart (one word); "Police" and "La" start sentences
  AnchorOverlap e = OverlapOf("Élysée said so", "L'Élysée l'a dit");
  EXPECT_EQ(e.names_shared, 0);  // the English "Élysée" starts its sentence, so is not a name
}

TEST(TextFeaturesTest, CharsCountCodePointsAndParagraphBreaks) {
  std::vector<std::string_view> texts = {"été", "abc", "x"};
  TextFeatures f = TextFeatures::Extract(texts, {0, 0, 1});
  EXPECT_EQ(f.Chars(0, 1), 3);
  EXPECT_EQ(f.Chars(0, 3), 7);
  EXPECT_EQ(f.ParagraphBreaks(0, 2), 0);
  EXPECT_EQ(f.ParagraphBreaks(1, 3), 1);
  EXPECT_EQ(f.ParagraphBreaks(2, 3), 0);
}

TEST(TextFeaturesTest, CharsCountCodePointsOfEveryLength) {
  struct Case { const char* text; int64_t chars; };
  const Case cases[] = {
      {"", 0},
      {"abc", 3},
      {"\u00e9t\u00e9", 3},                      // 2-byte é
      {"2\u202f000 \u20ac", 7},                  // 3-byte narrow no-break space and €
      {"\U0001D11E clef", 6},                    // 4-byte musical G clef
      {"\u00ab\u00a0Oui\u00a0\u00bb", 7},
  };
  for (const Case& c : cases) {
    std::vector<std::string_view> texts = {c.text};
    EXPECT_EQ(TextFeatures::Extract(texts, {0}).Chars(0, 1), c.chars) << c.text;
  }
}

TEST(TextFeaturesTest, NamesSpanMultiByteLetters) {
  // Words run over 2-, 3- and 4-byte letters; punctuation of U+2000..U+207F
  // (the ’ of Zola’s) ends a word.
  AnchorOverlap o = OverlapOf("Le pr\u00e9sident \u00c9mile Zola\u2019s \u00c5ngstr\u00f6m",
                              "Vu par \u00c9mile Zola et \u00c5ngstr\u00f6m");
  EXPECT_EQ(o.names_shared, 3);
  EXPECT_EQ(o.names_unmatched, 0);
  // A truncated sequence at the end (validated input has none) ends the text
  // without reading past it.
  EXPECT_TRUE(FindAnchors("Une fin \xC3").empty());
  EXPECT_EQ(FindAnchors("Une Fin\xE2\x80").size(), 1u);
}

}  // namespace
}  // namespace driftalign::align
