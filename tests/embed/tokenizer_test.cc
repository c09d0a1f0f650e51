#include "embed/tokenizer.h"

#include <gtest/gtest.h>

namespace driftalign::embed {
namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? "|" : "") + v[i];
  return s;
}

struct Case {
  const char* lang;
  const char* text;
  const char* tokens;  // joined by |
};

// Each row is part of the model contract: changing one means bumping
// kTokenizerVersion and retraining (models/MODEL.md).
const Case kCases[] = {
    {"en", "The President spoke.", "the|president|spoke"},
    {"fr", "L’État d'aujourd'hui", "l'|état|d'|aujourd'hui"},
    {"fr", "Qu'il vienne jusqu'à lundi", "qu'|il|vienne|jusqu'|à|lundi"},
    {"en", "Obama's plan", "obama|'s|plan"},
    {"en", "Don't stop", "don't|stop"},
    // Numbers: the same normalised token in both languages.
    {"en", "1,000.5 dollars", "1000.5|dollars"},
    {"fr", "1 000,5 dollars", "1000.5|dollars"},
    {"fr", "2\u00a0000\u00a0000 personnes", "2000000|personnes"},
    {"en", "2.6 percent", "2.6|percent"},
    {"fr", "2,6 pour cent", "2.6|pour|cent"},
    {"en", "in 2010 500 people", "in|2010|500|people"},  // a year is not a digit group
    {"fr", "le 1.000e", "le|1.000e"},
    // Punctuation and spaces are dropped; non-Latin scripts survive.
    {"en", "« Hello » — (world)!", "hello|world"},
    {"fr", "ÉCOLE Ça", "école|ça"},
    {"en", "Москва и Київ", "москва|и|київ"},
    {"en", "", ""},
    {"en", "...", ""},
};

TEST(TokenizerTest, Table) {
  for (const Case& c : kCases) {
    auto tok = Tokenizer::Create(c.lang);
    ASSERT_TRUE(tok.ok());
    std::vector<std::string> out;
    tok->Tokenize(c.text, &out);
    EXPECT_EQ(Join(out), c.tokens) << c.lang << ": " << c.text;
  }
}

TEST(TokenizerTest, RejectsOtherLanguages) {
  EXPECT_FALSE(Tokenizer::Create("de").ok());
}

TEST(TokenizerTest, InvalidUtf8DoesNotCrash) {
  auto tok = Tokenizer::Create("fr");
  ASSERT_TRUE(tok.ok());
  std::vector<std::string> out;
  tok->Tokenize(std::string("caf\xc3 \xff\xfe ok"), &out);
  EXPECT_FALSE(out.empty());
}

}  // namespace
}  // namespace driftalign::embed
