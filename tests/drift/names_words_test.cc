// Table tests of the name check (entity_mismatch / entity_missing,
// drift/checks/names.h) and of the dropped / added word check (word_omission
// / word_addition, drift/checks/word_gaps.h), issue 16 parts 1, 4 and 5: hand-made
// EN/FR pairs checked in both directions with toy bilingual word vectors.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "drift/checker.h"
#include "drift/checks/names.h"
#include "drift/checks/word_gaps.h"
#include "drift/coverage.h"

namespace driftalign::drift {
namespace {

constexpr int kDim = 96;

// Toy bilingual word vectors: a word and its translations share one axis;
// every other word gets an axis of its own (so no two unknown words are
// close).
void ToyVector(Lang, std::string_view word, float* out) {
  static const std::vector<std::vector<std::string>> kConcepts = {
      {"minister", "ministre"}, {"met", "rencontré"}, {"press", "presse"}, {"flew", "rendu"},
      {"plant", "centrale"}, {"closed", "fermée"}, {"nuclear", "nucléaire"}, {"troops", "troupes"},
      {"french", "françaises", "français", "française"}, {"spoke", "parlé"}, {"resigned", "démissionné"},
      {"criticised", "critiqué"}, {"army", "armée"}, {"bank", "banque"}, {"central", "centrale"},
      {"european", "européenne"}, {"interior", "intérieur"}, {"ministry", "ministère"},
      {"yesterday", "hier"}, {"police", "police"}, {"arrest", "arrête", "arrested", "arrêté"},
      {"man", "homme"}, {"monday", "lundi"}, {"urgently", "urgence"}, {"quickly", "vite"},
      {"health", "santé"}, {"council", "conseil"}, {"security", "sécurité"}, {"sent", "envoyé"}};
  static std::map<std::string, int, std::less<>> others;
  std::fill(out, out + kDim, 0.0f);
  for (size_t c = 0; c < kConcepts.size(); ++c) {
    for (const std::string& w : kConcepts[c]) {
      if (w == word) {
        out[c] = 1.0f;
        return;
      }
    }
  }
  auto it = others.find(word);
  if (it == others.end()) it = others.emplace(std::string(word), static_cast<int>(others.size())).first;
  out[kConcepts.size() + static_cast<size_t>(it->second) % (kDim - kConcepts.size())] = 1.0f;
}

std::string Kinds(const std::vector<Flag>& flags, const std::unordered_set<FlagKind>& only) {
  std::vector<std::string> k;
  for (const Flag& f : flags) {
    if (only.count(f.kind)) k.emplace_back(FlagKindName(f.kind));
  }
  std::sort(k.begin(), k.end());
  std::string out;
  for (const std::string& s : k) out += (out.empty() ? "" : " ") + s;
  return out;
}

std::string Describe(const std::vector<Flag>& flags) {
  std::string out;
  for (const Flag& f : flags) out += "  " + std::string(FlagKindName(f.kind)) + ": " + f.message + "\n";
  return out;
}

struct Case {
  const char* en;
  const char* fr;
  const char* kinds;  // EN -> FR; FR -> EN mirrors word_omission / word_addition
};

std::string Mirror(const std::string& kinds) {
  std::vector<std::string> k;
  size_t i = 0;
  while (i < kinds.size()) {
    size_t j = kinds.find(' ', i);
    if (j == std::string::npos) j = kinds.size();
    std::string w = kinds.substr(i, j - i);
    if (w == "word_omission") w = "word_addition";
    else if (w == "word_addition") w = "word_omission";
    k.push_back(w);
    i = j + 1;
  }
  std::sort(k.begin(), k.end());
  std::string out;
  for (const std::string& s : k) out += (out.empty() ? "" : " ") + s;
  return out;
}

void RunBothDirections(const std::vector<Case>& cases, const std::unordered_set<FlagKind>& only) {
  CoverageScorer scorer(kDim, &ToyVector, {});
  for (int dir = 0; dir < 2; ++dir) {
    CheckerOptions o;
    if (dir == 1) {
      o.src_lang = Lang::kFr;
      o.tgt_lang = Lang::kEn;
    }
    auto c = Checker::Create(o);
    ASSERT_TRUE(c.ok());
    c->SetCoverageScorer(&scorer);
    for (const Case& k : cases) {
      const std::vector<Flag> flags = dir == 0 ? c->CheckPair(k.en, k.fr) : c->CheckPair(k.fr, k.en);
      const std::string want = dir == 0 ? std::string(k.kinds) : Mirror(k.kinds);
      EXPECT_EQ(Kinds(flags, only), want) << (dir ? "FR->EN " : "EN->FR ") << k.en << " | " << k.fr << "\n"
                                          << Describe(flags);
    }
  }
}

// clang-format off
const std::vector<Case> kNameCases = {
  // a name replaced by another, or on one side only
  {"The minister met Kori Schulman.", "Le ministre a rencontré Thomas Nadal.", "entity_mismatch"},
  {"Chancellor Angela Merkel met the press.", "La chancelière Angela Schröder a rencontré la presse.", "entity_mismatch"},
  {"The minister met the press in Berlin.", "Le ministre a rencontré la presse.", "entity_missing"},
  {"The minister met Kori Schulman in Berlin.", "Le ministre a rencontré Thomas Nadal.", "entity_mismatch entity_missing"},
  // the same name in another form: silent
  {"The minister flew to London.", "Le ministre s'est rendu à Londres.", ""},
  {"The minister met Kassym-Jomart Tokayev.", "Le ministre a rencontré Kassym-Jomart Tokaïev.", ""},
  {"Chancellor Merkel met the press.", "Mme Merkel a rencontré la presse.", ""},
  {"The minister criticised the European Central Bank.", "Le ministre a critiqué la BCE.", ""},
  {"The minister criticised the ECB.", "Le ministre a critiqué la Banque centrale européenne.", ""},
  {"NATO sent troops.", "L'Organisation du traité de l'Atlantique Nord a envoyé des troupes.", ""},
  {"The U.S. army met the press.", "L'armée des Etats-Unis a rencontré la presse.", ""},
  {"The minister met the Ministry of the Interior.", "Le ministre a rencontré le ministère de l'Intérieur.", ""},
  {"The minister met the Security Council.", "Le ministre a rencontré le Conseil de sécurité.", ""},
  {"The minister flew to Württemberg.", "Le ministre s'est rendu dans le Bade-Wurtemberg.", ""},
  // capitalised words that are no names: silent
  {"The French troops met the press.", "Les troupes françaises ont rencontré la presse.", ""},
  {"Yesterday the minister resigned.", "Le ministre a démissionné.", ""},
  {"President Obama spoke.", "Le président Obama a parlé.", ""},
  {"Police Arrest Man In Downtown Shooting", "La police arrête un homme", ""},
  {"THE MINISTER RESIGNED IN PARIS", "Le ministre a démissionné", ""},
  {"The minister said: Nobody resigned.", "Le ministre a dit : personne n'a démissionné.", ""},
  {"The minister met the press on Monday.", "Le ministre a rencontré la presse.", ""},
};
// clang-format on

TEST(NamesTest, BothDirections) {
  RunBothDirections(kNameCases, {FlagKind::kEntityMismatch, FlagKind::kEntityMissing});
}

TEST(NamesTest, FindNamesSkipsStartsQuotesAndLowerCaseWords) {
  auto names = [](std::string_view text, std::unordered_set<std::string> lower) {
    std::string out;
    for (const NameRun& r : FindNames(text, lower)) {
      out += (out.empty() ? "" : "|") + std::string(text.substr(r.begin, r.end - r.begin));
    }
    return out;
  };
  EXPECT_EQ(names("The Council met Angela Merkel in Paris.", {"council"}), "Angela Merkel|Paris");
  EXPECT_EQ(names("The Council met Angela Merkel in Paris.", {}), "Council|Angela Merkel|Paris");
  EXPECT_EQ(names("Il a dit : « Nous partons » à Jean-Marc Ayrault.", {}), "Jean-Marc Ayrault");
  EXPECT_EQ(names("L'Allemagne et la Banque de France.", {}), "Allemagne|Banque de France");
  std::vector<NameRun> bw = FindNames("Il vit dans le Bade-Wurtemberg depuis 2001.", {});
  ASSERT_EQ(bw.size(), 1u);
  EXPECT_EQ(bw[0].keys.size(), 2u);  // both parts of the compound are name words
  EXPECT_EQ(names("President Barack Obama met Mr Cameron in March.", {}), "Barack Obama|Cameron");
  EXPECT_EQ(names("Police Arrest Man In Downtown Shooting", {}), "");
  EXPECT_EQ(names("THE NATO SUMMIT IN RIGA", {}), "");
  std::vector<NameRun> r = FindNames("He criticised the European Central Bank today.", {});
  ASSERT_EQ(r.size(), 1u);
  bool ecb = false;
  for (const auto& [ini, end] : r[0].initials) ecb |= ini == "ecb" && end == std::string("He criticised the European Central Bank").size();
  EXPECT_TRUE(ecb);
}

TEST(NamesTest, SpansAndDefaultSeverity) {
  CoverageScorer scorer(kDim, &ToyVector, {});
  auto c = Checker::Create({});
  ASSERT_TRUE(c.ok());
  c->SetCoverageScorer(&scorer);
  std::vector<Flag> f = c->CheckPair("The minister met the press in Berlin.", "Le ministre a rencontré la presse.");
  ASSERT_EQ(f.size(), 1u) << Describe(f);
  EXPECT_EQ(f[0].kind, FlagKind::kEntityMissing);
  EXPECT_EQ(f[0].severity, Severity::kInfo);
  EXPECT_EQ(f[0].src.text, "Berlin");
  EXPECT_EQ(f[0].src.begin, 30u);
  EXPECT_TRUE(f[0].tgt.empty());
  EXPECT_EQ(f[0].message, "Berlin: no counterpart in the French");
  CheckerOptions o;
  o.name_missing_severity = Severity::kWarning;
  auto w = Checker::Create(o);
  ASSERT_TRUE(w.ok());
  w->SetCoverageScorer(&scorer);
  f = w->CheckPair("The minister met the press in Berlin.", "Le ministre a rencontré la presse.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kWarning);
}

// clang-format off
const std::vector<Case> kWordCases = {
  {"The nuclear plant was closed.", "La centrale a été fermée.", "word_omission"},
  {"The plant was closed.", "La centrale nucléaire a été fermée.", "word_addition"},
  {"The nuclear plant was closed.", "La centrale nucléaire a été fermée.", ""},
  // both sides keep a word of their own: a paraphrase, not a gap
  {"The plant was quickly closed.", "La centrale a été fermée d'urgence.", ""},
  // a light word a translation often leaves implicit
  {"The plant was also closed.", "La centrale a été fermée.", ""},
  // names and figures are the other checks' business
  {"The plant in Dresden was closed.", "La centrale a été fermée.", ""},
};
// clang-format on

TEST(WordGapsTest, BothDirections) {
  RunBothDirections(kWordCases, {FlagKind::kWordOmission, FlagKind::kWordAddition});
}

TEST(WordGapsTest, SpanAndDefaultSeverity) {
  CoverageScorer scorer(kDim, &ToyVector, {});
  auto c = Checker::Create({});
  ASSERT_TRUE(c.ok());
  c->SetCoverageScorer(&scorer);
  std::vector<Flag> f = c->CheckPair("The nuclear plant was closed.", "La centrale a été fermée.");
  ASSERT_EQ(f.size(), 1u) << Describe(f);
  EXPECT_EQ(f[0].kind, FlagKind::kWordOmission);
  EXPECT_EQ(f[0].severity, Severity::kInfo);
  EXPECT_EQ(f[0].src.text, "nuclear");
  EXPECT_EQ(f[0].src.begin, 4u);
  EXPECT_EQ(f[0].message, "“nuclear” has no counterpart in the French");
  CheckerOptions off;
  off.check_word_gaps = false;
  auto d = Checker::Create(off);
  ASSERT_TRUE(d.ok());
  d->SetCoverageScorer(&scorer);
  EXPECT_TRUE(d->CheckPair("The nuclear plant was closed.", "La centrale a été fermée.").empty());
}

TEST(WordGapsTest, LightWords) {
  EXPECT_TRUE(IsLightWord("also", Lang::kEn));
  EXPECT_TRUE(IsLightWord("déjà", Lang::kFr));
  EXPECT_FALSE(IsLightWord("nuclear", Lang::kEn));
  EXPECT_FALSE(IsLightWord("also", Lang::kFr));
}

}  // namespace
}  // namespace driftalign::drift
