// Table tests of the fact reader's token scanner: figures in each
// language's formats and the word/figure/punctuation split.
#include "drift/facts/tokens.h"

#include <gtest/gtest.h>

#include <string>

#include "text/lexer.h"

namespace driftalign::drift::facts {
namespace {

struct NumberCase {
  Lang lang;
  const char* text;     // starts with a digit
  const char* scanned;  // the bytes read as the figure
  double v;
  double alt;
  int int_digits;
  bool plain;
};

// clang-format off
const NumberCase kNumbers[] = {
  {Lang::kEn, "2008 was", "2008", 2008, -1, 4, true},
  {Lang::kEn, "2,000 people", "2,000", 2000, 2, 1, false},
  {Lang::kFr, "2,000 personnes", "2,000", 2, 2000, 1, false},
  {Lang::kEn, "2.000 people", "2.000", 2, 2000, 1, false},
  {Lang::kFr, "2.000 personnes", "2.000", 2000, 2, 1, false},
  {Lang::kFr, "2 000 personnes", "2 000", 2000, -1, 1, false},
  {Lang::kFr, "2\u00a0000 personnes", "2\u00a0000", 2000, -1, 1, false},
  {Lang::kFr, "2\u202f000,5 euros", "2\u202f000,5", 2000.5, -1, 1, false},
  {Lang::kEn, "132 000 people", "132 000", 132000, -1, 3, false},
  {Lang::kEn, "2,000.5 euros", "2,000.5", 2000.5, -1, 1, false},
  {Lang::kFr, "2.000,5 euros", "2.000,5", 2000.5, -1, 1, false},
  {Lang::kEn, "1,000,000 dollars", "1,000,000", 1e6, -1, 1, false},
  {Lang::kEn, "2.6 per cent", "2.6", 2.6, -1, 1, false},
  {Lang::kFr, "2,6 pour cent", "2,6", 2.6, -1, 1, false},
  {Lang::kEn, "2.65 per cent", "2.65", 2.65, -1, 1, false},
  {Lang::kEn, "1234 567", "1234", 1234, -1, 4, true},   // no space group after 4 digits
  {Lang::kFr, "12 34", "12", 12, -1, 2, true},          // a space group has 3 digits
  {Lang::kEn, "3.", "3", 3, -1, 1, true},
};
// clang-format on

TEST(TokensTest, ScanNumber) {
  for (const NumberCase& c : kNumbers) {
    std::string s = c.text;
    Tok t;
    ScanNumber(s, 0, c.lang, &t);
    EXPECT_EQ(s.substr(0, t.e), c.scanned) << s;
    EXPECT_DOUBLE_EQ(t.v, c.v) << s;
    EXPECT_DOUBLE_EQ(t.alt, c.alt) << s;
    EXPECT_EQ(t.int_digits, c.int_digits) << s;
    EXPECT_EQ(t.plain, c.plain) << s;
  }
}

struct TokenCase {
  const char* text;
  Tok::Type type;
  const char* low;
  bool glued, cap, upper;
};

TEST(TokensTest, Tokenize) {
  const std::string s = "L’OTAN a dit «\u00a0Non\u00a0» à 15h30 ; Élysée G20.";
  // clang-format off
  const TokenCase kWant[] = {
    {"L", Tok::kWord, "l", false, true, false},
    {"’", Tok::kPunct, "’", true, false, false},
    {"OTAN", Tok::kWord, "otan", true, true, true},
    {"a", Tok::kWord, "a", false, false, false},
    {"dit", Tok::kWord, "dit", false, false, false},
    {"«", Tok::kPunct, "«", false, false, false},
    {"Non", Tok::kWord, "non", false, true, false},
    {"»", Tok::kPunct, "»", false, false, false},
    {"à", Tok::kWord, "à", false, false, false},
    {"15", Tok::kNum, "15", false, false, false},
    {"h", Tok::kWord, "h", true, false, false},
    {"30", Tok::kNum, "30", true, false, false},
    {";", Tok::kPunct, ";", false, false, false},
    {"Élysée", Tok::kWord, "élysée", false, true, false},
    {"G", Tok::kWord, "g", false, true, false},
    {"20", Tok::kNum, "20", true, false, false},
    {".", Tok::kPunct, ".", true, false, false},
  };
  // clang-format on
  const std::vector<Tok> t = Tokenize(s, Lang::kFr);
  ASSERT_EQ(t.size(), std::size(kWant));
  for (size_t i = 0; i < t.size(); ++i) {
    const TokenCase& w = kWant[i];
    EXPECT_EQ(s.substr(t[i].b, t[i].e - t[i].b), w.text) << i;
    EXPECT_EQ(t[i].type, w.type) << w.text;
    EXPECT_EQ(t[i].low, w.low) << w.text;
    EXPECT_EQ(t[i].glued, w.glued) << w.text;
    EXPECT_EQ(t[i].cap, w.cap) << w.text;
    EXPECT_EQ(t[i].upper, w.upper) << w.text;
  }
}

TEST(TokensTest, SpacesAndInvalidBytesSeparateTokens) {
  const std::string s = "a\u202fb\tc\xff" "d";
  const std::vector<Tok> t = Tokenize(s, Lang::kEn);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_FALSE(t[1].glued);
  EXPECT_FALSE(t[2].glued);
  EXPECT_TRUE(t[3].glued);  // an invalid byte is skipped, no space
  EXPECT_TRUE(text::IsSpace(0x2009));
  EXPECT_FALSE(text::IsSpace('x'));
}

}  // namespace
}  // namespace driftalign::drift::facts
