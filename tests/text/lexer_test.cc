// text/lexer.h: code point stepping, classes, digit runs and letter runs
// (issue 14: the primitives the five text scanners share).
#include "text/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace driftalign::text {
namespace {

TEST(LexerTest, PeekAndNextCodePoint) {
  struct {
    const char* name;
    std::string s;
    UChar32 cp;   // code point at byte 0
    size_t next;  // byte after it
  } cases[] = {
      {"ascii", "a", 'a', 1},
      {"2-byte e acute", "\xC3\xA9t\xC3\xA9", 0xE9, 2},
      {"2-byte NBSP", "\xC2\xA0" "2", 0xA0, 2},
      {"3-byte narrow NBSP", "\xE2\x80\xAF" "000", 0x202F, 3},
      {"3-byte euro", "\xE2\x82\xAC", 0x20AC, 3},
      {"4-byte emoji", "\xF0\x9F\x98\x80!", 0x1F600, 4},
      {"lone continuation", "\x80" "a", -1, 1},
      {"truncated 3-byte", "\xE2\x80", -1, 2},
      {"latin-1 byte before ascii", "\xE9t", -1, 1},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    size_t next = 99;
    EXPECT_EQ(PeekCodePoint(c.s, 0, &next), c.cp);
    EXPECT_EQ(next, c.next);
    EXPECT_EQ(NextCodePoint(c.s, 0), c.next);  // the same step without decoding
  }
  size_t next = 99;
  EXPECT_EQ(PeekCodePoint("ab", 2, &next), -1);  // at the end
  EXPECT_EQ(next, 2u);
}

TEST(LexerTest, CountCodePoints) {
  struct {
    std::string s;
    int64_t n;
  } cases[] = {
      {"", 0},
      {"abc", 3},
      {"\xC3\xA9t\xC3\xA9", 3},                  // été
      {"2\xE2\x80\xAF" "000", 5},                // 2 000 with a narrow NBSP
      {"e\xCC\x81", 2},                          // e + combining acute: two code points
      {"\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 2},   // two 4-byte emoji
      {"a\xFF" "b", 3},                          // an invalid byte counts as one
  };
  for (const auto& c : cases) EXPECT_EQ(CountCodePoints(c.s), c.n) << c.s;
}

TEST(LexerTest, Classes) {
  struct {
    const char* name;
    UChar32 c;
    bool alpha, upper, mark, spacing_mark, space, digit;
  } cases[] = {
      {"a", 'a', true, false, false, false, false, false},
      {"Z", 'Z', true, true, false, false, false, false},
      {"7", '7', false, false, false, false, false, true},
      {"hyphen", '-', false, false, false, false, false, false},
      {"apostrophe", '\'', false, false, false, false, false, false},
      {"right single quote", 0x2019, false, false, false, false, false, false},
      {"space", ' ', false, false, false, false, true, false},
      {"tab", '\t', false, false, false, false, true, false},
      {"NBSP", 0xA0, false, false, false, false, true, false},
      {"narrow NBSP", 0x202F, false, false, false, false, true, false},
      {"thin space", 0x2009, false, false, false, false, true, false},
      {"figure space", 0x2007, false, false, false, false, true, false},
      {"e acute", 0xE9, true, false, false, false, false, false},
      {"E acute", 0xC9, true, true, false, false, false, false},
      {"C caron", 0x10C, true, true, false, false, false, false},
      {"oe ligature", 0x153, true, false, false, false, false, false},
      {"multiplication sign", 0xD7, false, false, false, false, false, false},
      {"combining acute", 0x301, false, false, true, false, false, false},
      {"devanagari vowel sign aa", 0x93E, false, false, false, true, false, false},
      {"CJK ideograph", 0x4E2D, true, false, false, false, false, false},
      {"emoji", 0x1F600, false, false, false, false, false, false},
      {"arabic-indic digit", 0x663, false, false, false, false, false, false},
      {"ill-formed", -1, false, false, false, false, false, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(IsAlpha(c.c), c.alpha);
    EXPECT_EQ(IsUpper(c.c), c.upper);
    EXPECT_EQ(IsMark(c.c), c.mark);
    EXPECT_EQ(IsSpacingMark(c.c), c.spacing_mark);
    if (c.c >= 0) EXPECT_EQ(IsSpace(c.c), c.space);
    EXPECT_EQ(IsAsciiDigit(c.c), c.digit);
    // The ASCII fast paths give ICU's answers.
    if (c.c >= 0) {
      EXPECT_EQ(IsAlpha(c.c), u_isalpha(c.c) != 0);
      EXPECT_EQ(IsUpper(c.c), u_isupper(c.c) != 0);
    }
  }
}

TEST(LexerTest, SkipDigitsStopsAtAnySeparator) {
  struct {
    std::string s;
    size_t from, end;
  } cases[] = {
      {"2024", 0, 4},
      {"2,000", 0, 1},
      {"2,000", 2, 5},
      {"2\xC2\xA0" "000", 0, 1},      // NBSP: not a digit
      {"2\xE2\x80\xAF" "000", 0, 1},  // narrow NBSP
      {"x12", 0, 0},
      {"12", 2, 2},                   // at the end
      {"\xD9\xA3" "1", 0, 0},         // an Arabic-Indic digit is not ASCII
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SkipDigits(c.s, c.from), c.end) << c.s << " from " << c.from;
    EXPECT_EQ(IsDigitAt(c.s, c.from), c.end > c.from) << c.s << " from " << c.from;
  }
}

std::vector<std::string> LetterRuns(std::string_view t) {
  std::vector<std::string> out;
  ForEachLetterRun(t, [&](size_t b, size_t e) { out.emplace_back(t.substr(b, e - b)); });
  return out;
}

// The reference: the byte loop drift's ForEachLetterRun had before it used
// text::ForEachLetterRun.
std::vector<std::string> ByteLetterRuns(std::string_view t) {
  std::vector<std::string> out;
  auto letter = [&](size_t i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  size_t i = 0;
  while (i < t.size()) {
    if (!letter(i)) { ++i; continue; }
    size_t e = i;
    while (e < t.size() && letter(e)) ++e;
    out.emplace_back(t.substr(i, e - i));
    i = e;
  }
  return out;
}

TEST(LexerTest, LetterRuns) {
  struct {
    const char* name;
    std::string t;
    std::vector<std::string> runs;
  } cases[] = {
      {"ascii", "The cat, 2 dogs.", {"The", "cat", "dogs"}},
      {"accented", "L'\xC3\x89tat \xC3\xA0 Paris", {"L", "\xC3\x89tat", "\xC3\xA0", "Paris"}},
      {"hyphen splits", "Jean-Yves", {"Jean", "Yves"}},
      {"ascii apostrophe splits", "aujourd'hui", {"aujourd", "hui"}},
      {"typographic apostrophe joins", "l\xE2\x80\x99" "eau", {"l\xE2\x80\x99" "eau"}},
      {"NBSP joins (non-ASCII)", "Mr\xC2\xA0Smith", {"Mr\xC2\xA0Smith"}},
      {"combining mark", "Me\xCC\x81xico", {"Me\xCC\x81xico"}},
      {"3-byte and 4-byte", "\xE4\xB8\xAD 1 \xF0\x9F\x98\x80x", {"\xE4\xB8\xAD", "\xF0\x9F\x98\x80x"}},
      {"digits split", "abc123def", {"abc", "def"}},
      {"ill-formed bytes join", "a\xFF" "b \x80", {"a\xFF" "b", "\x80"}},
      {"truncated at the end", "ab\xE2\x80", {"ab\xE2\x80"}},
      {"empty", "", {}},
      {"no letters", "12, 34.", {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(LetterRuns(c.t), c.runs);
    EXPECT_EQ(ByteLetterRuns(c.t), c.runs);
  }
}

TEST(LexerTest, ForEachRunWithAnyClass) {
  const std::string t = "2\xC2\xA0" "000 et 15";
  std::vector<std::pair<size_t, size_t>> runs;
  ForEachRun(t, IsAsciiDigit, [&](size_t b, size_t e) { runs.emplace_back(b, e); });
  const std::vector<std::pair<size_t, size_t>> want = {{0, 1}, {3, 6}, {10, 12}};
  EXPECT_EQ(runs, want);
}

}  // namespace
}  // namespace driftalign::text
