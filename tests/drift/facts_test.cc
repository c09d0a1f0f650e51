// Table tests of fact extraction: figures, dates, times, quotations, entities.
#include <gtest/gtest.h>

#include <string>

#include "drift/facts.h"

namespace driftalign::drift {
namespace {

struct FigureCase {
  Lang lang;
  const char* text;
  const char* kind;   // FactKindName of the first numeric/date fact
  const char* span;   // its text
  double value;
};

// clang-format off
const FigureCase kFigures[] = {
  {Lang::kEn, "about 2,000 people", "number", "2,000", 2000},
  {Lang::kFr, "environ 2.000 personnes", "number", "2.000", 2000},
  {Lang::kFr, "environ 2 000 personnes", "number", "2 000", 2000},
  {Lang::kFr, "environ 2\u00a0000 personnes", "number", "2\u00a0000", 2000},
  {Lang::kFr, "environ 2\u202f000,5 euros", "number", "2\u202f000,5", 2000.5},
  {Lang::kEn, "2,000.5 euros", "number", "2,000.5", 2000.5},
  {Lang::kFr, "1,8 million", "number", "1,8 million", 1.8e6},
  {Lang::kFr, "3 milliards", "number", "3 milliards", 3e9},
  {Lang::kFr, "3 billions", "number", "3 billions", 3e12},
  {Lang::kEn, "3 billion", "number", "3 billion", 3e9},
  {Lang::kEn, "$5m", "number", "5m", 5e6},
  {Lang::kEn, "5bn", "number", "5bn", 5e9},
  {Lang::kEn, "25%", "percent", "25%", 25},
  {Lang::kFr, "25 %", "percent", "25 %", 25},
  {Lang::kEn, "2.6 per cent", "percent", "2.6 per cent", 2.6},
  {Lang::kFr, "2,6 pour cent", "percent", "2,6 pour cent", 2.6},
  {Lang::kEn, "the 21st century", "ordinal", "21st", 21},
  {Lang::kFr, "le 21e siècle", "ordinal", "21e", 21},
  {Lang::kFr, "la première fois", "ordinal", "première", 1},
  {Lang::kFr, "les premières manifestations", "ordinal", "premières", 1},
  {Lang::kFr, "la vingt-septième minute", "ordinal", "vingt-septième", 27},
  {Lang::kEn, "the one hundred fiftieth anniversary", "ordinal", "one hundred fiftieth", 150},
  {Lang::kEn, "the two hundred and first day", "ordinal", "two hundred and first", 201},
  {Lang::kEn, "the three hundredth visitor", "ordinal", "three hundredth", 300},
  {Lang::kFr, "le deux cent cinquantième anniversaire", "ordinal", "deux cent cinquantième", 250},
  {Lang::kFr, "le trois centième visiteur", "ordinal", "trois centième", 300},
  {Lang::kEn, "Thirteen members", "number", "Thirteen", 13},
  {Lang::kFr, "Treize membres", "number", "Treize", 13},
  {Lang::kFr, "quatre-vingt-dix-neuf ans", "number", "quatre-vingt-dix-neuf", 99},
  {Lang::kFr, "vingt et un morts", "number", "vingt et un", 21},
  {Lang::kEn, "twenty-one dead", "number", "twenty-one", 21},
  {Lang::kEn, "two hundred thousand", "number", "two hundred thousand", 200000},
  {Lang::kFr, "deux cent mille", "number", "deux cent mille", 200000},
  {Lang::kEn, "a dozen eggs", "number", "a dozen", 12},
  {Lang::kFr, "une douzaine d'œufs", "number", "une douzaine", 12},
  {Lang::kEn, "dozens dead", "approx", "dozens", 10},
  {Lang::kFr, "des dizaines de morts", "approx", "dizaines", 10},
  {Lang::kFr, "un millier de blessés", "approx", "millier", 1000},
  {Lang::kFr, "des dizaines de milliers", "approx", "dizaines de milliers", 10000},
  {Lang::kEn, "several republics", "vague", "several", 3},
  {Lang::kEn, "in 2008", "year", "2008", 2008},
  {Lang::kEn, "on Thursday", "weekday", "Thursday", 3},
  {Lang::kFr, "mercredi soir", "weekday", "mercredi", 2},
  {Lang::kEn, "January 6, 2022", "date", "January 6, 2022", 1},
  {Lang::kFr, "le 1er janvier", "date", "1er janvier", 1},
  {Lang::kEn, "3:30 p.m.", "time", "3:30 p.m.", 15 * 60 + 30},
  {Lang::kFr, "15h30", "time", "15h30", 15 * 60 + 30},
  {Lang::kFr, "15 h 30", "time", "15 h 30", 15 * 60 + 30},
  {Lang::kEn, "9 a.m.", "time", "9 a.m.", 9 * 60},
  // Session 10 (issue 15): compounds, vague scales, misspelt scale words, times in words.
  {Lang::kEn, "ten-thousand-crown fines", "number", "ten-thousand", 10000},
  {Lang::kEn, "the two-hundred-thousand army", "number", "two-hundred-thousand", 200000},
  {Lang::kFr, "qui déboursera neuf milliards de dollars", "number", "neuf milliards", 9e9},
  {Lang::kFr, "des demandes de plusieurs milliards", "approx", "plusieurs milliards", 1e9},
  {Lang::kEn, "several hundred soldiers", "approx", "several hundred", 100},
  {Lang::kFr, "quelques centaines de milliers de personnes", "approx", "quelques centaines de milliers", 1e5},
  {Lang::kFr, "une valeur de 440$ millions", "number", "440$ millions", 440e6},
  {Lang::kEn, "42,000 euros million in three years", "number", "42,000 euros million", 42e9},
  {Lang::kEn, "450 milion worth of contracts", "number", "450 milion", 450e6},
  {Lang::kEn, "a contribution of 4 thousans million", "number", "4 thousans million", 4e9},
  {Lang::kFr, "dans les environs de 1 heure 20", "time", "1 heure 20", 80},
  {Lang::kFr, "à neuf heures moins vingt", "time", "neuf heures moins vingt", 8 * 60 + 40},
  {Lang::kFr, "à huit heures et quart", "time", "huit heures et quart", 8 * 60 + 15},
  {Lang::kFr, "Une heure du matin était propice", "time", "Une heure du matin", 60},
  {Lang::kEn, "from 7 to 9 a.m.", "time", "7", 7 * 60},
  {Lang::kEn, "since the nineteen seventies", "year", "nineteen seventies", 1970},
  {Lang::kEn, "nearly half a million people", "number", "half a million", 5e5},
  {Lang::kEn, "a half dozen times", "number", "a half dozen", 6},
  {Lang::kFr, "une demi-douzaine d'entre eux", "number", "une demi-douzaine", 6},
  {Lang::kFr, "un demi-million de voitures", "number", "un demi-million", 5e5},
  {Lang::kFr, "un octogénaire a été tué", "year", "octogénaire", 80},
  {Lang::kEn, "men up to their sixties", "year", "sixties", 60},
};
// clang-format on

class FactsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto ex = FactExtractor::Create();
    ASSERT_TRUE(ex.ok()) << ex.status().message();
    ex_ = new FactExtractor(std::move(ex).value());
  }
  static void TearDownTestSuite() { delete ex_; }
  // The quoted words of each quotation found in s, in order.
  static std::vector<std::string> Quotes(const std::string& s, Lang lang) {
    std::vector<std::string> out;
    for (const Fact& x : ex_->Extract(s, lang)) if (x.kind == FactKind::kQuote) out.push_back(x.key);
    return out;
  }
  static FactExtractor* ex_;
};
FactExtractor* FactsTest::ex_ = nullptr;

TEST_F(FactsTest, Figures) {
  for (const FigureCase& c : kFigures) {
    std::string text = c.text;
    std::vector<Fact> facts = ex_->Extract(text, c.lang);
    const Fact* first = nullptr;
    for (const Fact& f : facts) {
      if (f.kind != FactKind::kName && f.kind != FactKind::kAcronym && f.kind != FactKind::kQuote) {
        first = &f;
        break;
      }
    }
    ASSERT_NE(first, nullptr) << text;
    EXPECT_EQ(FactKindName(first->kind), c.kind) << text;
    EXPECT_EQ(text.substr(first->begin, first->end - first->begin), c.span) << text;
    EXPECT_NEAR(first->value, c.value, 1e-9 * c.value + 1e-9) << text;
  }
}

// Clock times stay within one day: 24h00 (the end of a day) is the last one;
// "24h30" gave 1,470 minutes before facts_fuzzer found it ("à 24h30").
TEST_F(FactsTest, NoClockTimePastTheEndOfTheDay) {
  struct Case { Lang lang; const char* text; int times; double value; };
  const Case cases[] = {
      {Lang::kFr, "Ils sont rentrés à 24h30.", 0, 0},
      {Lang::kFr, "Ils sont rentrés à 24 h 15.", 0, 0},
      {Lang::kFr, "Ils sont rentrés à vingt-quatre heures trente.", 0, 0},
      {Lang::kEn, "They left at 24:30.", 0, 0},
      {Lang::kFr, "Ils sont rentrés à 24h00.", 1, 24 * 60},
      {Lang::kFr, "Ils sont rentrés à 23h59.", 1, 23 * 60 + 59},
  };
  for (const Case& c : cases) {
    int times = 0;
    for (const Fact& f : ex_->Extract(c.text, c.lang)) {
      if (f.kind != FactKind::kTime) continue;
      ++times;
      EXPECT_EQ(f.value, c.value) << c.text;
      EXPECT_LE(f.value, 24 * 60) << c.text;
    }
    EXPECT_EQ(times, c.times) << c.text;
  }
}

TEST_F(FactsTest, DateParts) {
  std::vector<Fact> f = ex_->Extract("Europe 1 with AFP 3:30 p.m., January 6, 2022", Lang::kEn);
  int dates = 0;
  for (const Fact& x : f) {
    if (x.kind == FactKind::kDate) {
      ++dates;
      EXPECT_EQ(x.day, 6);
      EXPECT_EQ(x.year, 2022);
    }
  }
  EXPECT_EQ(dates, 1);
}

TEST_F(FactsTest, QuotesWithOffsetsAndNesting) {
  std::string s = "Il a dit : «\u00a0Il m'a dit “non” deux fois\u00a0», puis \"rien\".";
  std::vector<Fact> f = ex_->Extract(s, Lang::kFr);
  std::vector<const Fact*> q;
  for (const Fact& x : f) if (x.kind == FactKind::kQuote) q.push_back(&x);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0]->key, "Il m'a dit “non” deux fois");
  EXPECT_EQ(q[0]->depth, 0);
  EXPECT_EQ(s.substr(q[0]->begin, 2), "«");
  EXPECT_EQ(q[1]->key, "non");
  EXPECT_EQ(q[1]->depth, 1);
  EXPECT_EQ(q[2]->key, "rien");
  EXPECT_EQ(s.substr(q[2]->inner_begin, q[2]->inner_end - q[2]->inner_begin), "rien");
}

TEST_F(FactsTest, ApostropheIsNotAQuote) {
  std::vector<Fact> f = ex_->Extract("L’OTSC a envoyé l’aide d’urgence.", Lang::kFr);
  for (const Fact& x : f) EXPECT_NE(x.kind, FactKind::kQuote);
}

TEST_F(FactsTest, StraightSingleQuotesAndBacktick) {
  EXPECT_EQ(Quotes("' Nous ne voulons pas faire concurrence à nos clients ', remarque Rivero.", Lang::kFr),
            std::vector<std::string>{"Nous ne voulons pas faire concurrence à nos clients"});
  EXPECT_EQ(Quotes("Il affirmait : 'ce n'est pas le fait que nous ayons plus augmenté', dit-il.", Lang::kFr),
            std::vector<std::string>{"ce n'est pas le fait que nous ayons plus augmenté"});
  EXPECT_EQ(Quotes("The daily `El Masri El Jom' reported it.", Lang::kEn),
            std::vector<std::string>{"El Masri El Jom"});
  // Apostrophes, possessives, elisions and one-word pairs are no quotation.
  EXPECT_TRUE(Quotes("L'arrêt de l'usine n'est pas prévu.", Lang::kFr).empty());
  EXPECT_TRUE(Quotes("The countries' leaders met in the '90s.", Lang::kEn).empty());
  EXPECT_TRUE(Quotes("They played rock 'n' roll all night.", Lang::kEn).empty());
  // One word of 3 letters or more is a quotation ('butin'); ' after sentence
  // punctuation closes a quotation opened in an earlier sentence.
  EXPECT_EQ(Quotes("Le Congrès est devenu un 'butin' entre deux partis.", Lang::kFr),
            std::vector<std::string>{"butin"});
  EXPECT_EQ(Quotes("I have a wonderful family that is doing well.'", Lang::kEn),
            std::vector<std::string>{"I have a wonderful family that is doing well."});
  // A NUL byte before ' is no sentence punctuation.
  EXPECT_TRUE(Quotes(std::string("well\0' done", 11), Lang::kEn).empty());
}

TEST_F(FactsTest, StraightDoubleQuoteGluedToAWord) {
  // A space missing before or after a quotation mark...
  EXPECT_EQ(Quotes("Connecting \"Sweden\"and \"wooden box\"makes one think of Ikea.", Lang::kEn),
            (std::vector<std::string>{"Sweden", "wooden box"}));
  // ...an odd one glued between words closes a quotation of an earlier sentence...
  EXPECT_EQ(Quotes("Nous atteindrons encore plus\"a déclaré le directeur.", Lang::kFr),
            std::vector<std::string>{"Nous atteindrons encore plus"});
  // ...but after an elided word it is an apostrophe.
  EXPECT_TRUE(Quotes("La demande d\"électricité et l\"équation jusqu\"à demain, dit quelqu\"un.", Lang::kFr).empty());
}

TEST_F(FactsTest, AcronymsMapAcrossLanguages) {
  EXPECT_EQ(CanonicalEntityKey("otan"), "nato");
  EXPECT_EQ(CanonicalEntityKey("ue"), "eu");
  EXPECT_EQ(CanonicalEntityKey("otsc"), "csto");
  EXPECT_EQ(CanonicalEntityKey("tass"), "tass");
}

}  // namespace
}  // namespace driftalign::drift
