// The claim reader: which figure counts what (subject and predicate), its
// bound, the subject a coordinated figure inherits, weekdays with their
// clause, and attribution (issue 17).
#include "compare/claim.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compare/lexicon.h"

namespace driftalign::compare {
namespace {

using text::Lang;

class ClaimTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = ClaimReader::Create();
    ASSERT_TRUE(r.ok()) << r.status().message();
    reader_ = new ClaimReader(std::move(*r));
  }
  static void TearDownTestSuite() { delete reader_; }
  static std::vector<Claim> Read(const std::string& s, Lang lang) { return reader_->Read(s, lang); }
  static std::string Subject(const Claim& c) {
    std::string out;
    for (const std::string& w : c.subject) out += (out.empty() ? "" : " ") + w;
    return out;
  }
  static ClaimReader* reader_;
};
ClaimReader* ClaimTest::reader_ = nullptr;

struct SubjectCase {
  const char* sentence;
  Lang lang;
  size_t index;            // which claim of the sentence
  double value;
  Bound bound;
  const char* predicate;   // class name
  const char* subject;     // content words, space-separated
  bool inherited;
};

TEST_F(ClaimTest, FigureWithSubjectAndPredicate) {
  const SubjectCase cases[] = {
      {"Thirteen members of the security forces were killed, two of whom were found beheaded, and 353 "
       "wounded, according to television.",
       Lang::kEn, 0, 13, Bound::kExact, "killed", "members security forces", false},
      {"Thirteen members of the security forces were killed, two of whom were found beheaded, and 353 "
       "wounded, according to television.",
       Lang::kEn, 2, 353, Bound::kExact, "wounded", "members security forces", true},
      {"Treize membres des forces de l'ordre ont été tués, dont deux ont été retrouvés décapités, et 353 "
       "blessés, selon la télévision.",
       Lang::kFr, 0, 13, Bound::kExact, "killed", "membres forces ordre", false},
      {"Treize membres des forces de l'ordre ont été tués, dont deux ont été retrouvés décapités, et 353 "
       "blessés, selon la télévision.",
       Lang::kFr, 2, 353, Bound::kExact, "wounded", "membres forces ordre", true},
      {"Selon le ministère, au moins huit membres des forces de sécurité ont été tués et 317 blessés.",
       Lang::kFr, 0, 8, Bound::kAtLeast, "killed", "membres forces sécurité", false},
      {"Selon le ministère, au moins huit membres des forces de sécurité ont été tués et 317 blessés.",
       Lang::kFr, 1, 317, Bound::kExact, "wounded", "membres forces sécurité", true},
      {"The Ministry of Health has identified more than a thousand injured.", Lang::kEn, 0, 1000,
       Bound::kAtLeast, "wounded", "", false},
      {"La police a annoncé avoir arrêté environ 2 000 personnes dans les rues d'Almaty.", Lang::kFr, 0,
       2000, Bound::kApprox, "arrested", "personnes", false},
      {"Riots left dozens dead and a thousand injured.", Lang::kEn, 1, 1000, Bound::kApprox, "wounded", "",
       false},
  };
  for (const SubjectCase& c : cases) {
    SCOPED_TRACE(c.sentence);
    const std::vector<Claim> claims = Read(c.sentence, c.lang);
    ASSERT_GT(claims.size(), c.index);
    const Claim& claim = claims[c.index];
    EXPECT_EQ(claim.value.number, c.value);
    EXPECT_EQ(claim.value.bound, c.bound);
    EXPECT_EQ(PredicateClassName(claim.predicate_class), c.predicate);
    EXPECT_EQ(Subject(claim), c.subject);
    EXPECT_EQ(claim.subject_inherited, c.inherited);
  }
}

TEST_F(ClaimTest, StrictBoundForMoreThan) {
  const std::vector<Claim> claims = Read("Plus de 300 personnes ont été blessées.", Lang::kFr);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value.bound, Bound::kAtLeast);
  EXPECT_TRUE(claims[0].value.strict);
  EXPECT_EQ(std::string("Plus de 300"), std::string("Plus de 300 personnes").substr(claims[0].span.begin,
                                                                                    claims[0].span.end - claims[0].span.begin));
}

TEST_F(ClaimTest, WeekdayWithItsPredicateAndClause) {
  const std::string s = "Russia sent troops to deal with riots sparked by rising gas prices on Sunday.";
  const std::vector<Claim> claims = Read(s, Lang::kEn);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value.kind, ValueKind::kWeekday);
  EXPECT_EQ(claims[0].value.number, 6);
  EXPECT_EQ(PredicateClassName(claims[0].predicate_class), "began");
  EXPECT_NE(Subject(claims[0]).find("riots"), std::string::npos) << Subject(claims[0]);
  EXPECT_NE(Subject(claims[0]).find("gas"), std::string::npos) << Subject(claims[0]);
}

TEST_F(ClaimTest, Attribution) {
  const std::vector<Claim> en = Read("Thirteen were killed, according to television.", Lang::kEn);
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].attribution, "according to television");
  const std::vector<Claim> fr =
      Read("Selon le ministère de l'Intérieur kazakh, au moins huit policiers ont été tués.", Lang::kFr);
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].attribution, "Selon le ministère de l'Intérieur kazakh");
  const std::vector<Claim> none = Read("Thirteen were killed.", Lang::kEn);
  ASSERT_EQ(none.size(), 1u);
  EXPECT_TRUE(none[0].attribution.empty());
}

TEST_F(ClaimTest, YearsAndNamesAreNoClaims) {
  std::vector<std::string> names;
  const std::vector<Claim> claims = reader_->Read("In 2019 Tokayev met Putin in Moscow.", Lang::kEn, &names);
  EXPECT_TRUE(claims.empty());
  EXPECT_FALSE(names.empty());
}

TEST(TokenizeTest, SplitsApostrophesKeepsHyphens) {
  std::vector<std::string> words;
  for (const Token& t : Tokenize("Dix-huit membres de l'ordre, 700 blessés.")) words.push_back(t.lower);
  const std::vector<std::string> want = {"dix-huit", "membres", "de", "l", "'", "ordre", ",", "700", "blessés", "."};
  EXPECT_EQ(words, want);
}

}  // namespace
}  // namespace driftalign::compare
