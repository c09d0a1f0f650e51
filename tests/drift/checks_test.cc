// Unit tests of the pieces of the drift checks (checks/*.h) that the checker
// table tests reach only through whole sentences: the bead view helpers, the
// unit table, edit distance and name matching, figure equality.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "drift/checks/bead_view.h"
#include "drift/checks/entities.h"
#include "drift/checks/figures.h"
#include "drift/checks/omissions.h"
#include "drift/checks/units.h"

namespace driftalign::drift {
namespace {

segment::Sentence MakeSentence(int id, size_t begin, const std::string& text,
                               segment::SentenceKind kind = segment::SentenceKind::kBody) {
  segment::Sentence s;
  s.id = id;
  s.begin = begin;
  s.end = begin + text.size();
  s.text = text;
  s.kind = kind;
  return s;
}

Fact MakeFact(FactKind kind, double value, const std::string& context = "") {
  Fact f;
  f.kind = kind;
  f.value = value;
  f.context = context;
  return f;
}

// ---- bead view helpers

TEST(BeadViewTest, ShortenCutsAtACharacterBoundary) {
  const struct { const char* in; size_t max; const char* want; } kCases[] = {
      {"short", 80, "short"},
      {"abcdef", 6, "abcdef"},
      {"abcdef", 3, "abc…"},
      {"aé", 2, "a…"},  // é is 2 bytes: not cut in its middle
      {"éé", 3, "é…"},
      {"", 0, ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(Shorten(c.in, c.max), c.want) << c.in << " " << c.max;
}

TEST(BeadViewTest, CountWords) {
  const struct { const char* in; int want; } kCases[] = {
      {"", 0}, {"one", 1}, {"two words", 2}, {"l'été 2022, déjà", 4}, {"  --  ", 0}, {"a-b", 2},
  };
  for (const auto& c : kCases) EXPECT_EQ(CountWords(c.in), c.want) << c.in;
}

TEST(BeadViewTest, SpansPointIntoTheOriginalInput) {
  const segment::Sentence s = MakeSentence(3, 100, "They arrested 2,000 people.");
  Fact f = MakeFact(FactKind::kNumber, 2000, "people");
  f.begin = 14;
  f.end = 19;
  const Span fs = FactSpan(f, s);
  EXPECT_EQ(fs.sentence, 3);
  EXPECT_EQ(fs.begin, 114u);
  EXPECT_EQ(fs.end, 119u);
  EXPECT_EQ(fs.text, "2,000");
  const Span ss = SentenceSpan(s);
  EXPECT_EQ(ss.begin, 100u);
  EXPECT_EQ(ss.end, s.end);
  EXPECT_EQ(ss.text, s.text);
  const BeadFact x{&f, &s, 0, 0.5};
  EXPECT_EQ(FactText(x), "2,000");
  EXPECT_EQ(FactWithContext(x), "2,000 people");
}

TEST(BeadViewTest, GathersFactsWithRelativePositions) {
  // Source: two sentences of 10 bytes, a fact in the middle of the second.
  std::vector<segment::Sentence> src = {MakeSentence(0, 0, "0123456789"), MakeSentence(1, 11, "0123456789")};
  std::vector<segment::Sentence> tgt = {MakeSentence(0, 0, "01234")};
  PreparedPair prepared;
  prepared.facts[0].resize(2);
  prepared.facts[1].resize(1);
  Fact f = MakeFact(FactKind::kNumber, 7);
  f.begin = 4;
  f.end = 6;
  prepared.facts[0][1].push_back(f);
  align::Bead bead{{0, 1}, {0}, 0.0};
  CheckerOptions options;
  BeadView view(bead, src, tgt, options, &prepared, &prepared.cache, nullptr);
  ASSERT_EQ(view.side[0].facts.size(), 1u);
  EXPECT_TRUE(view.side[1].facts.empty());
  const BeadFact& x = view.side[0].facts[0];
  EXPECT_EQ(x.part, 1u);
  EXPECT_EQ(x.s, &src[1]);
  EXPECT_DOUBLE_EQ(x.rel, 15.0 / 20.0);
  EXPECT_EQ(view.side[0].TextBytes(), 20u);
  EXPECT_EQ(view.side[0].name, "English");
  EXPECT_EQ(view.side[1].name, "French");
  EXPECT_FALSE(view.has_vectors());
}

TEST(BeadViewTest, SortFlagsBySeverityThenPosition) {
  auto flag = [](Severity sev, size_t src_begin, size_t tgt_begin, const char* msg) {
    Flag f;
    f.severity = sev;
    if (src_begin != std::string::npos) {
      f.src.sentence = 0;
      f.src.begin = src_begin;
    }
    f.tgt.sentence = 0;
    f.tgt.begin = tgt_begin;
    f.message = msg;
    return f;
  };
  std::vector<Flag> flags = {flag(Severity::kInfo, 1, 0, "a"), flag(Severity::kError, 9, 0, "b"),
                             flag(Severity::kError, std::string::npos, 5, "c"),
                             flag(Severity::kError, 5, 0, "d")};
  SortFlags(&flags);
  std::string order;
  for (const Flag& f : flags) order += f.message;
  EXPECT_EQ(order, "cdba");  // c and d tie at 5: stable
}

TEST(BeadViewTest, AllMeta) {
  std::vector<segment::Sentence> s = {MakeSentence(0, 0, "PARIS (AFP)", segment::SentenceKind::kMeta),
                                      MakeSentence(1, 12, "Body.")};
  EXPECT_TRUE(AllMeta({0}, s));
  EXPECT_FALSE(AllMeta({0, 1}, s));
  EXPECT_TRUE(AllMeta({}, s));
}

TEST(OmissionTest, Severity) {
  CheckerOptions o;  // omission_error_min_words 4
  EXPECT_EQ(OmissionSeverity(MakeSentence(0, 0, "PARIS (AFP)", segment::SentenceKind::kMeta), o), Severity::kInfo);
  EXPECT_EQ(OmissionSeverity(MakeSentence(0, 0, "A long headline of many words",
                                          segment::SentenceKind::kHeadline), o),
            Severity::kWarning);
  EXPECT_EQ(OmissionSeverity(MakeSentence(0, 0, "Three short words."), o), Severity::kWarning);
  EXPECT_EQ(OmissionSeverity(MakeSentence(0, 0, "Four words are enough."), o), Severity::kError);
}

// ---- units

TEST(UnitsTest, TableIsConsistent) {
  for (const UnitPair& p : UnitPairs()) {
    EXPECT_FALSE(p.imperial.empty());
    EXPECT_FALSE(p.metric.empty());
    EXPECT_GT(p.factor, 0.0);
    for (const std::string& u : p.imperial) EXPECT_EQ(p.metric.count(u), 0u) << u;
  }
}

TEST(UnitsTest, Converted) {
  const struct { double a; const char* ua; double b; const char* ub; bool want; } kCases[] = {
      {100, "miles", 160, "km", true},   // rounded conversion, within 5%
      {160, "km", 100, "miles", true},   // either order
      {140, "mph", 225, "km/h", true},
      {6, "feet", 1.83, "m", true},
      {58, "miles", 93, "kilomètres", true},
      {10, "pounds", 4.5, "kg", true},
      {100, "miles", 100, "km", false},  // not converted
      {100, "miles", 200, "km", false},  // beyond 5%
      {100, "km", 160, "km", false},     // same unit
      {100, "Miles", 161, "KM", true},   // case does not matter
      {100, "miles", 160, "", false},    // no unit on one side
      {0, "miles", 0, "km", false},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(UnitConverted(MakeFact(FactKind::kNumber, c.a, c.ua), MakeFact(FactKind::kNumber, c.b, c.ub)), c.want)
        << c.a << " " << c.ua << " / " << c.b << " " << c.ub;
  }
  EXPECT_FALSE(UnitConverted(MakeFact(FactKind::kPercent, 100, "miles"), MakeFact(FactKind::kNumber, 160, "km")));
}

// ---- names

TEST(EditDistanceTest, Table) {
  const struct { const char* a; const char* b; int cap; int want; } kCases[] = {
      {"", "", 3, 0},
      {"tokayev", "tokaiev", 2, 1},
      {"pilsen", "plzen", 2, 2},
      {"kitten", "sitting", 3, 3},
      {"kitten", "sitting", 2, 3},  // above the cap: cap + 1
      {"abc", "abcdefgh", 2, 3},    // length difference alone exceeds the cap
      {"abc", "", 5, 3},
  };
  for (const auto& c : kCases) EXPECT_EQ(EditDistance(c.a, c.b, c.cap), c.want) << c.a << " / " << c.b;
  const std::string long_a(70, 'x');
  EXPECT_EQ(EditDistance(long_a, long_a, 2), 0);
  EXPECT_EQ(EditDistance(long_a, std::string(69, 'x') + "y", 2), 3);  // 64+ bytes: equal or not
}

TEST(EntitiesTest, Covered) {
  const std::vector<std::string> words = {"le", "president", "tokaiev", "a", "londres", "moscou"};
  EXPECT_TRUE(NameCovered("tokaiev", words));     // the same word
  EXPECT_TRUE(NameCovered("tokayev", words));     // one edit
  EXPECT_TRUE(NameCovered("london", words));      // NamePairs: londres -> london
  EXPECT_TRUE(NameCovered("moscow", words));      // same first 5 letters
  EXPECT_FALSE(NameCovered("sarkozy", words));
  EXPECT_EQ(NamePairs().at("londres"), "london");
}

TEST(EntitiesTest, FoldedWordsSplitHyphens) {
  std::vector<segment::Sentence> s = {MakeSentence(0, 0, "Les Etats-Unis et l'Élysée.")};
  EXPECT_EQ(FoldedWords({0}, s),
            (std::vector<std::string>{"les", "etats", "unis", "etats-unis", "et", "l", "elysee"}));
}

TEST(EntitiesTest, LowerWordsKeepsLowerCaseWordsOfThreeLetters) {
  std::vector<segment::Sentence> s = {MakeSentence(0, 0, "The Council met the council of été.")};
  const std::unordered_set<std::string> lower = LowerWords(s);
  EXPECT_TRUE(lower.count("council"));
  EXPECT_TRUE(lower.count("the"));
  EXPECT_TRUE(lower.count("ete"));
  EXPECT_FALSE(lower.count("of"));
  EXPECT_FALSE(lower.count("Council"));
}

// ---- figures

TEST(FiguresTest, Equality) {
  EXPECT_TRUE(ValEq(2000, 2000.0000000001));
  EXPECT_FALSE(ValEq(-1, -1));  // unset
  EXPECT_TRUE(StrictEq(MakeFact(FactKind::kNumber, 13), MakeFact(FactKind::kNumber, 13)));
  EXPECT_FALSE(StrictEq(MakeFact(FactKind::kNumber, 13), MakeFact(FactKind::kYear, 13)));
  EXPECT_TRUE(LooseEq(MakeFact(FactKind::kNumber, 2000), MakeFact(FactKind::kYear, 2000)));
  EXPECT_TRUE(LooseEq(MakeFact(FactKind::kNumber, 100, "miles"), MakeFact(FactKind::kNumber, 161, "km")));
  EXPECT_FALSE(LooseEq(MakeFact(FactKind::kNumber, 5), MakeFact(FactKind::kWeekday, 5)));
  EXPECT_EQ(SlotGroup(FactKind::kOrdinal), SlotGroup(FactKind::kNumber));
  EXPECT_EQ(SlotGroup(FactKind::kQuote), 0);
}

}  // namespace
}  // namespace driftalign::drift
