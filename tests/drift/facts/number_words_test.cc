// Table tests of the number-word tables built from ICU's spell-out rules.
#include "drift/facts/number_words.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace driftalign::drift::facts {
namespace {

struct MatchCase {
  Lang lang;
  std::vector<std::string_view> words;  // lower case, hyphens as separate words dropped
  bool ordinal;
  int used;  // words matched; 0: none
  double value;
};

TEST(NumberWordsTest, Match) {
  auto nw = NumberWords::Create();
  ASSERT_TRUE(nw.ok()) << nw.status().message();
  // clang-format off
  const MatchCase kCases[] = {
    {Lang::kEn, {"thirteen", "members"}, false, 1, 13},
    {Lang::kEn, {"twenty", "one", "dead"}, false, 2, 21},
    {Lang::kEn, {"one", "hundred", "and", "twenty"}, false, 4, 120},
    {Lang::kEn, {"dozen"}, false, 1, 12},
    {Lang::kEn, {"twice"}, false, 1, 2},
    {Lang::kEn, {"two", "hundred", "and", "first"}, true, 4, 201},
    {Lang::kEn, {"three", "hundredth"}, true, 2, 300},
    {Lang::kEn, {"second"}, true, 0, 0},            // a unit of time as often
    {Lang::kEn, {"firstly"}, true, 1, 1},
    {Lang::kFr, {"quatre", "vingt", "dix", "neuf"}, false, 4, 99},
    {Lang::kFr, {"vingt", "et", "un"}, false, 3, 21},
    {Lang::kFr, {"deux", "cent", "mille"}, false, 2, 200},  // "mille" is a scale word
    {Lang::kFr, {"cent", "quatre", "vingt"}, false, 3, 180},
    {Lang::kFr, {"douzaine"}, false, 1, 12},
    {Lang::kFr, {"premières"}, true, 1, 1},
    {Lang::kFr, {"premiere"}, true, 1, 1},
    {Lang::kFr, {"seconde"}, true, 0, 0},
    {Lang::kFr, {"deux", "cent", "cinquantième"}, true, 3, 250},
    {Lang::kFr, {"troisièmement"}, true, 1, 3},
  };
  // clang-format on
  for (const MatchCase& c : kCases) {
    double v = 0;
    const int used = (*nw)->Match(c.words, c.lang, c.ordinal, &v);
    EXPECT_EQ(used, c.used) << c.words[0];
    if (c.used) {
      EXPECT_EQ(v, c.value) << c.words[0];
      EXPECT_TRUE((*nw)->MayStart(c.words[0], c.lang)) << c.words[0];
    }
  }
  EXPECT_FALSE((*nw)->MayStart("members", Lang::kEn));
  EXPECT_FALSE((*nw)->MayStart("treize", Lang::kEn));
}

}  // namespace
}  // namespace driftalign::drift::facts
