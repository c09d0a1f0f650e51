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

}  // namespace
}  // namespace driftalign::align
