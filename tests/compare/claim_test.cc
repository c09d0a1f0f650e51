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

// The claim `c.index` of `c.sentence` has the case's value, bound, predicate class and subject.
void ExpectClaim(const ClaimReader& reader, const SubjectCase& c) {
  SCOPED_TRACE(c.sentence);
  const std::vector<Claim> claims = reader.Read(c.sentence, c.lang);
  ASSERT_GT(claims.size(), c.index);
  const Claim& claim = claims[c.index];
  EXPECT_EQ(claim.value.number, c.value);
  EXPECT_EQ(claim.value.bound, c.bound);
  EXPECT_EQ(PredicateClassName(claim.predicate_class), c.predicate);
  std::string subject;
  for (const std::string& w : claim.subject) subject += (subject.empty() ? "" : " ") + w;
  EXPECT_EQ(subject, c.subject);
  EXPECT_EQ(claim.subject_inherited, c.inherited);
}

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
  for (const SubjectCase& c : cases) ExpectClaim(*reader_, c);
}

// Session 9 readings, each from a dev-set miss written in other words:
// percentages with their noun, "neuf" as nine, ages, figures that name the
// thing counted, scores, an event noun as the subject.
TEST_F(ClaimTest, SubjectsOfPercentagesAndFiguresThatNameTheThing) {
  const SubjectCase cases[] = {
      {"Airlines must cancel 30% of their flights to Nice.", Lang::kEn, 0, 30, Bound::kExact, "cancelled",
       "flights", false},
      {"Les compagnies devront annuler 15% de leurs vols vers Lyon.", Lang::kFr, 0, 15, Bound::kExact,
       "cancelled", "vols", false},
      {"The club bought six 747 Jumbos last year.", Lang::kEn, 0, 6, Bound::kExact, "", "jumbos", false},
      {"He sank nine three-pointers in the game.", Lang::kEn, 0, 9, Bound::kExact, "", "three-pointers", false},
      {"The army built a 12,000-strong border force.", Lang::kEn, 0, 12000, Bound::kExact, "built",
       "border force", false},
      {"Elle a marqué 31 points en finale.", Lang::kFr, 0, 31, Bound::kExact, "scored", "points", false},
      // "several hundred" is vague hundreds, as "des centaines".
      {"Several hundred farmers marched through the town.", Lang::kEn, 0, 100, Bound::kVague, "protested",
       "farmers", false},
      // A reporting verb says who states the figure, not what it counts.
      {"The deal is worth $3 billion, the company announced.", Lang::kEn, 0, 3e9, Bound::kExact, "", "dollars",
       false},
  };
  for (const SubjectCase& c : cases) ExpectClaim(*reader_, c);
}

TEST_F(ClaimTest, ModifierFiguresAndScoresAreNoClaims) {
  // "three" in "three-pointers", "747" after "six", "trois" in "paniers à trois points", "102-98".
  EXPECT_EQ(Read("He sank nine three-pointers in the game.", Lang::kEn).size(), 1u);
  EXPECT_EQ(Read("The club bought six 747 Jumbos last year.", Lang::kEn).size(), 1u);
  EXPECT_EQ(Read("Il a réussi cinq paniers à trois points.", Lang::kFr).size(), 1u);
  EXPECT_TRUE(Read("Lyon won 102-98 at home.", Lang::kEn).empty());
}

TEST_F(ClaimTest, NeufIsNineBeforeAPluralNoun) {
  const std::vector<Claim> nine = Read("Il a avoué neuf vols de voitures.", Lang::kFr);
  ASSERT_EQ(nine.size(), 1u);
  EXPECT_EQ(nine[0].value.number, 9);
  EXPECT_EQ(Subject(nine[0]), "vols voitures");
  EXPECT_TRUE(Read("Ils ont acheté un bateau neuf pour la saison.", Lang::kFr).empty());
  EXPECT_TRUE(Read("Les bateaux neufs sont arrivés.", Lang::kFr).empty());
}

TEST_F(ClaimTest, Ages) {
  struct AgeCase {
    const char* sentence;
    Lang lang;
    double age;
  };
  const AgeCase cases[] = {
      {"Paul Martin, 48, of Leeds, was fined.", Lang::kEn, 48},
      {"The 71-year-old actor was taken to hospital.", Lang::kEn, 71},
      {"She died at home, aged 29.", Lang::kEn, 29},
      {"Paul Martin, 48 ans, a été condamné.", Lang::kFr, 48},
      {"Une femme âgée de 29 ans est morte.", Lang::kFr, 29},
      {"Le chanteur de 71 ans a été hospitalisé.", Lang::kFr, 71},
  };
  for (const AgeCase& c : cases) {
    SCOPED_TRACE(c.sentence);
    const std::vector<Claim> claims = Read(c.sentence, c.lang);
    ASSERT_FALSE(claims.empty());
    EXPECT_EQ(claims[0].value.number, c.age);
    EXPECT_EQ(PredicateClassName(claims[0].predicate_class), "aged");
    EXPECT_TRUE(claims[0].subject.empty());
  }
  // A term in years is no age.
  const std::vector<Claim> term = Read("Il purge une peine de 20 ans de prison.", Lang::kFr);
  ASSERT_EQ(term.size(), 1u);
  EXPECT_NE(PredicateClassName(term[0].predicate_class), "aged");
}

TEST_F(ClaimTest, TimeRoles) {
  struct RoleCase {
    const char* sentence;
    Lang lang;
    std::vector<TimeRole> roles;
  };
  const RoleCase cases[] = {
      {"Heavy rain fell between Monday and Tuesday evening.", Lang::kEn, {TimeRole::kFrom, TimeRole::kUntil}},
      {"De lundi à mardi soir, il a plu.", Lang::kFr, {TimeRole::kFrom, TimeRole::kUntil}},
      {"The road has been closed since Friday.", Lang::kEn, {TimeRole::kFrom}},
      {"Le pont restera fermé jusqu'à samedi matin.", Lang::kFr, {TimeRole::kUntil}},
      {"More snow is expected between now and Sunday.", Lang::kEn, {TimeRole::kUntil}},
      {"Encore 10 cm sont attendus d'ici vendredi.", Lang::kFr, {TimeRole::kUntil}},
      {"The bridge collapsed on Monday.", Lang::kEn, {TimeRole::kAt}},
  };
  for (const RoleCase& c : cases) {
    SCOPED_TRACE(c.sentence);
    std::vector<TimeRole> roles;
    for (const Claim& claim : Read(c.sentence, c.lang)) {
      if (claim.value.kind == ValueKind::kWeekday) roles.push_back(claim.time_role);
    }
    EXPECT_EQ(roles, c.roles);
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
