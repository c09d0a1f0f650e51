// Table tests of the date and clock-time token tests of the fact reader.
#include "drift/facts/dates_times.h"

#include <gtest/gtest.h>

#include <string>

namespace driftalign::drift::facts {
namespace {

// The text of tokens [b, e] of s.
std::string Span(const std::string& s, const std::vector<Tok>& t, size_t b, size_t e) {
  return s.substr(t[b].b, t[e].e - t[b].b);
}

struct MonthCase {
  Lang lang;
  const char* text;
  size_t k;         // token to read
  int month;        // 0: none
  const char* span;
};

TEST(DatesTimesTest, MonthAt) {
  // clang-format off
  const MonthCase kCases[] = {
    {Lang::kEn, "on January 6", 1, 1, "January"},
    {Lang::kEn, "in Jan. 2020", 1, 1, "Jan."},
    {Lang::kEn, "in jan. 2020", 1, 0, ""},        // English abbreviations capitalised
    {Lang::kEn, "we may go", 1, 0, ""},           // the verb
    {Lang::kEn, "in May", 1, 5, "May"},
    {Lang::kEn, "May 5", 0, 0, ""},               // first word: the verb
    {Lang::kEn, "forward march", 1, 0, ""},
    {Lang::kFr, "le 6 février", 2, 2, "février"},
    {Lang::kFr, "en févr. 2020", 1, 2, "févr."},
    {Lang::kFr, "en janv 2020", 1, 0, ""},        // an abbreviation needs its '.'
  };
  // clang-format on
  for (const MonthCase& c : kCases) {
    const std::string s = c.text;
    const std::vector<Tok> t = Tokenize(s, c.lang);
    size_t last = 0;
    EXPECT_EQ(MonthAt(t, c.k, c.lang, &last), c.month) << s;
    if (c.month) {
      EXPECT_EQ(Span(s, t, c.k, last), c.span) << s;
    }
  }
}

TEST(DatesTimesTest, DayAndYearAt) {
  const std::string s = "1er 6th 32 7x 2022 1799 20";
  const std::vector<Tok> t = Tokenize(s, Lang::kFr);
  size_t last = 0;
  EXPECT_EQ(DayAt(t, 0, &last), 1);
  EXPECT_EQ(last, 1u);
  EXPECT_EQ(DayAt(t, 2, &last), 6);
  EXPECT_EQ(last, 3u);
  EXPECT_EQ(DayAt(t, 4, &last), 0);  // 32
  EXPECT_EQ(DayAt(t, 5, &last), 0);  // 7x: no ordinal suffix
  EXPECT_EQ(YearAt(t, 7), 2022);
  EXPECT_EQ(YearAt(t, 8), 0);        // before 1800
  EXPECT_EQ(YearAt(t, 9), 0);        // two digits
  EXPECT_EQ(YearAt(t, 10), 0);       // past the end
}

struct SuffixCase {
  const char* text;  // an hour, then the suffix
  bool english_words, bare;
  bool found;
  int ampm;
  const char* span;  // hour to suffix end
  bool oclock;
};

TEST(DatesTimesTest, ClockSuffixAt) {
  // clang-format off
  const SuffixCase kCases[] = {
    {"3 p.m. today", true, true, true, 2, "3 p.m.", false},
    {"3 a.m today", true, true, true, 1, "3 a.m", false},
    {"3 pm", true, true, true, 2, "3 pm", false},
    {"3 pm", true, false, false, 0, "", false},   // bare am/pm not after words
    {"3 o'clock", true, true, true, 0, "3 o'clock", true},
    {"3 o’clock in the afternoon", true, true, true, 2, "3 o’clock in the afternoon", true},
    {"3 in the morning", true, true, true, 1, "3 in the morning", false},
    {"3 at night", true, true, true, 2, "3 at night", false},
    {"3 at night", false, true, false, 0, "", false},
    {"3 in the end", true, true, false, 0, "", false},
  };
  // clang-format on
  for (const SuffixCase& c : kCases) {
    const std::string s = c.text;
    const std::vector<Tok> t = Tokenize(s, Lang::kEn);
    ClockSuffix suffix;
    ASSERT_EQ(ClockSuffixAt(t, 1, c.english_words, c.bare, &suffix), c.found) << s;
    if (!c.found) continue;
    EXPECT_EQ(suffix.ampm, c.ampm) << s;
    EXPECT_EQ(Span(s, t, 0, suffix.last), c.span) << s;
    EXPECT_EQ(suffix.oclock, c.oclock) << s;
  }
}

struct FrenchClockCase {
  const char* text;
  size_t k;      // the hour token
  bool words;    // hour in words
  const char* span;  // "" when no clock time
  int minutes, ampm;
};

TEST(DatesTimesTest, FrenchClockAt) {
  // clang-format off
  const FrenchClockCase kCases[] = {
    {"à 15 heures", 1, false, "15 heures", 0, 0},
    {"à 1 heure 20", 1, false, "1 heure 20", 20, 0},
    {"vers 6 heures du soir", 1, false, "6 heures du soir", 0, 2},
    {"huit heures du matin", 0, true, "huit heures du matin", 0, 1},
    {"3 heures de l'après-midi", 0, false, "3 heures de l'après-midi", 0, 2},
    {"après 2 heures de débat", 1, false, "", 0, 0},           // a duration
    {"réduit à 2 heures 40 minutes", 2, false, "", 0, 0},      // a duration
    {"de 10 à 12 heures", 3, false, "", 0, 0},                 // a range
    {"huit heures", 0, true, "", 0, 0},                        // words need a part of the day
  };
  // clang-format on
  for (const FrenchClockCase& c : kCases) {
    const std::string s = c.text;
    const std::vector<Tok> t = Tokenize(s, Lang::kFr);
    int minutes = -1, ampm = -1;
    const size_t last = FrenchClockAt(t, c.k, c.k, c.words, &minutes, &ampm);
    if (*c.span == '\0') {
      EXPECT_EQ(last, 0u) << s;
      continue;
    }
    ASSERT_GT(last, 0u) << s;
    EXPECT_EQ(Span(s, t, c.k, last), c.span) << s;
    EXPECT_EQ(minutes, c.minutes) << s;
    EXPECT_EQ(ampm, c.ampm) << s;
  }
}

TEST(DatesTimesTest, ClockMinutes) {
  struct Case { int h, minutes, ampm, want; double alt; };
  // clang-format off
  const Case kCases[] = {
    {3, 30, 2, 15 * 60 + 30, -1},
    {12, 0, 2, 12 * 60, -1},        // noon
    {12, 5, 1, 5, -1},              // 12:05 a.m.
    {9, 0, 1, 9 * 60, -1},
    {9, 15, 0, 9 * 60 + 15, 21 * 60 + 15},  // no am/pm: the afternoon too
    {15, 30, 0, 15 * 60 + 30, -1},
    {0, 10, 0, 10, -1},
  };
  // clang-format on
  for (const Case& c : kCases) {
    double alt = 0;
    EXPECT_EQ(ClockMinutes(c.h, c.minutes, c.ampm, &alt), c.want) << c.h << ":" << c.minutes;
    EXPECT_EQ(alt, c.alt) << c.h << ":" << c.minutes;
  }
}

TEST(DatesTimesTest, DayLinksAndParts) {
  const std::vector<Tok> t = Tokenize("to au – , in the evening", Lang::kEn);
  EXPECT_TRUE(IsDayLink(t[0]));
  EXPECT_TRUE(IsDayLink(t[1]));
  EXPECT_TRUE(IsDayLink(t[2]));
  EXPECT_FALSE(IsDayLink(t[3]));
  size_t end = 0;
  EXPECT_EQ(PartOfDayAt(t, 4, &end), 2);
  EXPECT_EQ(end, 6u);
  EXPECT_FALSE(OClockAt(t, 4));
}

// IsDateWord answers as the drift checker's list of folded weekday and
// month names (name keys are folded, so accented spellings never reach it).
TEST(DatesTimesTest, IsDateWord) {
  const char* const kDateWords[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
      "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
      "septembre", "octobre", "novembre", "decembre"};
  for (const char* w : kDateWords) EXPECT_TRUE(IsDateWord(w)) << w;
  for (const char* w : {"février", "août", "décembre", "jan", "sept", "Monday", "today", ""}) {
    EXPECT_FALSE(IsDateWord(w)) << w;
  }
}

}  // namespace
}  // namespace driftalign::drift::facts
