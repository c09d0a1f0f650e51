// Table tests of the figure token tests of the fact reader.
#include "drift/facts/numbers.h"

#include <gtest/gtest.h>

#include <string>

namespace driftalign::drift::facts {
namespace {

struct HalfCase {
  const char* text;
  size_t j;     // token where the half may start
  size_t want;  // its length in tokens
};

TEST(NumbersTest, HalfAt) {
  // clang-format off
  const HalfCase kCases[] = {
    {"two and a half", 1, 3},
    {"three-and-a-half", 1, 6},   // - and - a - half
    {"sept et demi", 1, 2},
    {"deux heures et demie", 2, 2},
    {"deux heures et demie", 1, 0},
    {"two and a quarter", 1, 0},
    {"et", 0, 0},
  };
  // clang-format on
  for (const HalfCase& c : kCases) {
    const std::vector<Tok> t = Tokenize(c.text, Lang::kEn);
    EXPECT_EQ(HalfAt(t, c.j), c.want) << c.text;
  }
  EXPECT_TRUE(FrenchHalfAfterUnit(Tokenize("2 heures et demie", Lang::kFr), 1));
  EXPECT_FALSE(FrenchHalfAfterUnit(Tokenize("3 millions et demi", Lang::kFr), 1));  // the scale's half
}

struct PercentCase {
  const char* text;  // a figure, then maybe a percentage
  bool want;
  size_t last;
};

TEST(NumbersTest, PercentAfter) {
  // clang-format off
  const PercentCase kCases[] = {
    {"5%", true, 1},
    {"5 ％", true, 1},
    {"5 percent", true, 1},
    {"5 pct", true, 1},
    {"5 per cent", true, 2},
    {"5 pour cent", true, 2},
    {"2 percentage points", true, 2},
    {"0,5 point de pourcentage", true, 3},
    {"5 per person", false, 0},
    {"5", false, 0},
  };
  // clang-format on
  for (const PercentCase& c : kCases) {
    const std::vector<Tok> t = Tokenize(c.text, Lang::kFr);
    size_t last = 0;
    EXPECT_EQ(PercentAfter(t, &last), c.want) << c.text;
    EXPECT_EQ(last, c.last) << c.text;
  }
}

TEST(NumbersTest, HedgesDecadesAndContext) {
  const std::string s = "about 10 wounded, some ' 20 of the dead and 3 decades";
  const std::vector<Tok> t = Tokenize(s, Lang::kEn);
  EXPECT_TRUE(HedgedBefore(t, 1));    // about 10
  EXPECT_TRUE(HedgedBefore(t, 6));    // some ' 20: over an apostrophe
  EXPECT_FALSE(HedgedBefore(t, 0));
  EXPECT_EQ(ContextAfter(s, t, 1), "wounded");
  EXPECT_EQ(ContextAfter(s, t, 6), "the");  // over "of"
  EXPECT_EQ(ContextAfter(s, t, 2), "");     // punctuation first
  EXPECT_TRUE(DecadesAfter(t, 11));   // 3 decades
  EXPECT_FALSE(DecadesAfter(t, 12));  // the last token
}

TEST(NumbersTest, NeufAndOrdinalSuffixes) {
  const std::vector<Tok> t = Tokenize("les neuf le neuf , neuf", Lang::kFr);
  EXPECT_TRUE(NeufIsNumber(t, 1));
  EXPECT_FALSE(NeufIsNumber(t, 3));   // le neuf: the adjective
  EXPECT_TRUE(NeufIsNumber(t, 5));    // after punctuation
  EXPECT_TRUE(NeufIsNumber(t, 0));
  for (const char* w : {"st", "nd", "rd", "th"}) EXPECT_TRUE(IsOrdinalSuffix(w, Lang::kEn)) << w;
  for (const char* w : {"er", "re", "ère", "e", "ème", "eme", "è", "nd", "nde", "d"}) {
    EXPECT_TRUE(IsOrdinalSuffix(w, Lang::kFr)) << w;
  }
  EXPECT_FALSE(IsOrdinalSuffix("e", Lang::kEn));
  EXPECT_FALSE(IsOrdinalSuffix("th", Lang::kFr));
}

}  // namespace
}  // namespace driftalign::drift::facts
