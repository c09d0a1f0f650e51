// Table tests of the fact reader's word tables: every entry is found by its
// lookup, and words outside the tables are not.
#include "drift/facts/word_tables.h"

#include <gtest/gtest.h>

#include <iterator>

namespace driftalign::drift::facts {
namespace {

TEST(WordTablesTest, EveryEntryIsFound) {
  for (const WordInt& e : kEnWeekdays) EXPECT_EQ(WeekdayOf(e.word, Lang::kEn), e.value) << e.word;
  for (const WordInt& e : kFrWeekdays) EXPECT_EQ(WeekdayOf(e.word, Lang::kFr), e.value) << e.word;
  for (const WordInt& e : kEnMonths) EXPECT_EQ(MonthOf(e.word, Lang::kEn), e.value) << e.word;
  for (const WordInt& e : kFrMonths) EXPECT_EQ(MonthOf(e.word, Lang::kFr), e.value) << e.word;
  for (const WordInt& e : kEnMonthAbbrevs) EXPECT_EQ(MonthAbbrevOf(e.word, Lang::kEn), e.value) << e.word;
  for (const WordInt& e : kFrMonthAbbrevs) EXPECT_EQ(MonthAbbrevOf(e.word, Lang::kFr), e.value) << e.word;
  for (const WordInt& e : kEnDecadeWords) EXPECT_EQ(EnDecadeWordOf(e.word), e.value) << e.word;
  for (const WordScale& e : kEnScales) EXPECT_EQ(ScaleWord(e.word, Lang::kEn, false), e.scale) << e.word;
  for (const WordScale& e : kFrScales) EXPECT_EQ(ScaleWord(e.word, Lang::kFr, false), e.scale) << e.word;
  for (const WordScale& e : kGluedScales) {
    EXPECT_EQ(ScaleWord(e.word, Lang::kEn, true), e.scale) << e.word;
    EXPECT_EQ(ScaleWord(e.word, Lang::kEn, false), 0) << e.word;
  }
  for (std::string_view w : kHedgeWords) EXPECT_TRUE(IsHedge(w)) << w;
  for (const ApproxWord& e : kEnApprox) EXPECT_EQ(FindApprox(e.word, Lang::kEn), &e) << e.word;
  for (const ApproxWord& e : kFrApprox) EXPECT_EQ(FindApprox(e.word, Lang::kFr), &e) << e.word;
}

// Every value of a table (0..6 weekdays, 1..12 months) has an entry.
template <size_t N>
void ExpectCovers(const WordInt (&table)[N], int from, int to, const char* name) {
  for (int v = from; v <= to; ++v) {
    int found = 0;
    for (const WordInt& e : table) found += e.value == v;
    EXPECT_GE(found, 1) << name << " " << v;
  }
  for (const WordInt& e : table) {
    EXPECT_GE(e.value, from) << e.word;
    EXPECT_LE(e.value, to) << e.word;
  }
}

TEST(WordTablesTest, WeekdaysAndMonthsCoverTheirRange) {
  ExpectCovers(kEnWeekdays, 0, 6, "kEnWeekdays");
  ExpectCovers(kFrWeekdays, 0, 6, "kFrWeekdays");
  ExpectCovers(kEnMonths, 1, 12, "kEnMonths");
  ExpectCovers(kFrMonths, 1, 12, "kFrMonths");
}

struct LookupCase {
  const char* word;
  Lang lang;
  int weekday, month, abbrev;
  double scale, glued_scale;
};

TEST(WordTablesTest, Lookups) {
  // clang-format off
  const LookupCase kCases[] = {
    {"samedi", Lang::kFr, 5, 0, 0, 0, 0},
    {"samedi", Lang::kEn, -1, 0, 0, 0, 0},   // the language's own table only
    {"février", Lang::kFr, -1, 2, 0, 0, 0},
    {"fevrier", Lang::kFr, -1, 2, 0, 0, 0},
    {"may", Lang::kEn, -1, 5, 0, 0, 0},
    {"sept", Lang::kEn, -1, 0, 9, 0, 0},
    {"sept", Lang::kFr, -1, 0, 9, 0, 0},
    {"billion", Lang::kEn, -1, 0, 0, 1e9, 1e9},
    {"billion", Lang::kFr, -1, 0, 0, 1e12, 1e12},
    {"milliard", Lang::kEn, -1, 0, 0, 1e9, 1e9},
    {"m", Lang::kFr, -1, 0, 0, 0, 1e6},
    {"bn", Lang::kEn, -1, 0, 0, 0, 1e9},
    {"Monday", Lang::kEn, -1, 0, 0, 0, 0},   // lower case only
  };
  // clang-format on
  for (const LookupCase& c : kCases) {
    EXPECT_EQ(WeekdayOf(c.word, c.lang), c.weekday) << c.word;
    EXPECT_EQ(MonthOf(c.word, c.lang), c.month) << c.word;
    EXPECT_EQ(MonthAbbrevOf(c.word, c.lang), c.abbrev) << c.word;
    EXPECT_EQ(ScaleWord(c.word, c.lang, false), c.scale) << c.word;
    EXPECT_EQ(ScaleWord(c.word, c.lang, true), c.glued_scale) << c.word;
  }
  EXPECT_FALSE(IsHedge("exactly"));
  EXPECT_EQ(FindApprox("dozen", Lang::kEn), nullptr);
  ASSERT_NE(FindApprox("dizaine", Lang::kFr), nullptr);
  EXPECT_FALSE(FindApprox("dizaine", Lang::kFr)->plural);
  EXPECT_EQ(EnDecadeWordOf("tens"), 0);
}

}  // namespace
}  // namespace driftalign::drift::facts
