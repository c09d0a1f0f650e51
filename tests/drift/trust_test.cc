// Issue 15 (drift flags a reviewer can trust): readings and severities that
// the judged dev set showed wrong. Each row fails without its fix.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "drift/checker.h"
#include "drift/coverage.h"

namespace driftalign::drift {
namespace {

struct Case {
  const char* en;
  const char* fr;
  const char* flags;  // "kind:severity" of every flag, in order, space separated; "" = silent
};

std::string Describe(const std::vector<Flag>& flags) {
  std::string out;
  for (const Flag& f : flags) {
    if (!out.empty()) out += ' ';
    out += std::string(FlagKindName(f.kind)) + ":" + std::string(SeverityName(f.severity));
  }
  return out;
}

// clang-format off
const Case kCases[] = {
  // English clock times with a dot before am/pm are times (4.30pm = 16h30).
  {"The meeting starts at 4.30pm.", "La réunion commence à 16h30.", ""},
  {"The train left at 5.30 p.m.", "Le train est parti à 17h30.", ""},
  {"The train left at 5.30 p.m.", "Le train est parti à 18h30.", "date_mismatch:error"},
  {"Growth was 4.30 percent.", "La croissance a été de 4,30 %.", ""},  // a decimal, not a time
  // A figure glued to a lower-case word is a missing space, not a code (G20).
  {"He has lived there since 1993.", "Il y vit depuis1993.", ""},
  {"He had 30 reporters.", "Il avait30 journalistes.", ""},
  {"The G20 met in Rome.", "Le G20 s'est réuni à Rome.", ""},
  // A year range written short: 1991/92 = 1991/1992.
  {"The 1991/92 season was hard.", "La saison 1991/1992 a été dure.", ""},
  // A month word inside a name is no date.
  {"April Ryan asked a question.", "April Ryan a posé une question.", ""},
  {"Prime Minister Theresa May said no.", "La Première ministre Theresa May a dit non.", ""},
  {"In June Smith resigned.", "En juillet, Smith a démissionné.", "date_mismatch:error"},
  // Acronyms: one letter apart is a changed name, otherwise each language's own abbreviation.
  {"The CDU won the vote.", "La CSU a gagné le vote.", "entity_mismatch:warning"},
  {"FDI rose sharply.", "Les IED ont fortement augmenté.", "entity_mismatch:info"},
  // A quantity said in words with no counterpart is info; in digits a warning.
  {"Two riders fell.", "Les coureurs sont tombés.", "number_missing:info"},
  {"12 riders fell.", "Les coureurs sont tombés.", "number_missing:warning"},
  // An exact figure against a vague one must be seen.
  {"Six people died.", "Plusieurs personnes sont mortes.", "number_mismatch:warning"},
  // number_mismatch is an error only for an unambiguous pair of exact figures in digits.
  {"It cost 330 euros.", "Cela a coûté 300 euros.", "number_mismatch:error"},
  {"He paid 330 and 41 euros.", "Il a payé 300 et 45 euros.", "number_mismatch:warning number_mismatch:warning"},
  // A quotation without its closing mark in the sentence is info; with both marks a warning.
  {"He said: \"we will win the election next year.", "Il a dit que nous gagnerions l'élection l'an prochain.", "quote_missing:info"},
  {"He said: \"we will win the election next year.\"", "Il a dit que nous gagnerions l'élection l'an prochain.", "quote_missing:warning"},
};
// clang-format on

TEST(TrustTest, ReadingsAndSeverities) {
  StatusOr<Checker> checker = Checker::Create({});
  ASSERT_TRUE(checker.ok()) << checker.status().message();
  for (const Case& c : kCases) {
    std::vector<Flag> flags = checker->CheckPair(c.en, c.fr);
    EXPECT_EQ(Describe(flags), c.flags) << c.en << " | " << c.fr;
  }
}

// Word vectors for the split-sentence test: a word and its translation share
// a unit vector; every other word has one of its own.
WordVectorFn PairVectors() {
  return [](Lang, std::string_view w, float* out) {
    static const char* kPairs[][2] = {{"cat", "chat"}, {"house", "maison"}, {"red", "rouge"},
                                      {"dog", "chien"}, {"bird", "oiseau"}, {"fish", "poisson"},
                                      {"horse", "cheval"}, {"tree", "arbre"}};
    for (int d = 0; d < 16; ++d) out[d] = 0.0f;
    for (int i = 0; i < 8; ++i) {
      if (w == kPairs[i][0] || w == kPairs[i][1]) out[i] = 1.0f;
    }
    // Words of the unrelated sentence, each on its own axis.
    if (w == "soleil") out[8] = 1.0f;
    if (w == "lune") out[9] = 1.0f;
    if (w == "étoiles") out[10] = 1.0f;
    if (w == "brillent") out[11] = 1.0f;
  };
}

segment::Sentence MakeSentence(int id, const std::string& text) {
  segment::Sentence s;
  s.id = id;
  s.text = text;
  s.begin = 0;
  s.end = text.size();
  return s;
}

// Issue 15, cause 4: a sentence only shortened in translation, which the
// aligner left as [0]:[] next to []:[0], is checked as one bead: a partial
// omission instead of two "no counterpart" errors.
TEST(TrustTest, ShortenedSentenceSplitIntoNullBeadsIsCheckedAsOne) {
  StatusOr<Checker> checker = Checker::Create({});
  ASSERT_TRUE(checker.ok());
  CoverageScorer scorer(16, PairVectors(), {});
  checker->SetCoverageScorer(&scorer);
  std::vector<segment::Sentence> en = {MakeSentence(0, "The cat saw the house, the red dog, bird, fish and horse.")};
  std::vector<segment::Sentence> fr = {MakeSentence(0, "Le chat a vu la maison rouge.")};
  std::vector<align::Bead> beads(2);
  beads[0].src = {0};
  beads[1].tgt = {0};
  std::vector<std::vector<Flag>> flags = checker->Check(en, fr, beads);
  EXPECT_EQ(Describe(flags[0]), "omission:info partial_omission:warning");
  EXPECT_EQ(Describe(flags[1]), "addition:info");

  // Unrelated neighbours stay an omission and an addition.
  std::vector<segment::Sentence> other = {MakeSentence(0, "Le soleil, la lune et les étoiles brillent.")};
  flags = checker->Check(en, other, beads);
  EXPECT_EQ(Describe(flags[0]), "omission:error");
  EXPECT_EQ(Describe(flags[1]), "addition:error");
}

}  // namespace
}  // namespace driftalign::drift
