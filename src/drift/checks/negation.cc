#include "drift/checks/negation.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "drift/checks/plain_words.h"
#include "drift/coverage.h"

namespace driftalign::drift {

namespace {

using Words = std::vector<PlainWord>;
using WordSet = std::unordered_set<std::string_view>;

// The word `k` places after i in the same clause, or "" when there is none.
std::string_view After(const Words& w, size_t i, size_t k) {
  const size_t j = i + k;
  return j < w.size() && w[j].clause == w[i].clause ? std::string_view(w[j].lower) : std::string_view();
}
// The word `k` places before i in the same clause, or "".
std::string_view Before(const Words& w, size_t i, size_t k) {
  return i >= k && w[i - k].clause == w[i].clause ? std::string_view(w[i - k].lower) : std::string_view();
}

bool Is(std::string_view word, const WordSet& set) { return set.count(word) > 0; }

const WordSet& OnlyWords() {  // not only, pas seulement
  static const WordSet s = {"only", "just", "merely", "simply", "seulement", "uniquement"};
  return s;
}

// "more than" / "plus de": the comparative after a negation ("no more than
// 10", "pas plus de 10" = at most), which states a figure, not a negation.
bool Comparative(const Words& w, size_t i) {
  static const WordSet more = {"more", "less", "fewer", "plus", "moins"};
  static const WordSet than = {"than", "de", "d", "que", "qu"};
  return Is(After(w, i, 1), more) && Is(After(w, i, 2), than);
}

std::vector<Negation> EnglishNegations(std::string_view text, const Words& w) {
  static const WordSet always = {"never", "none", "nobody", "nothing", "nowhere", "neither", "cannot", "unable"};
  static const WordSet fail = {"fail", "fails", "failed", "failing"};
  std::vector<Negation> out;
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& x = w[i].lower;
    size_t begin = w[i].begin;
    bool neg = false;
    if (x == "not" || (x == "t" && i > 0 && w[i - 1].elided && w[i - 1].end + 4 >= w[i].begin &&
                       w[i - 1].lower.size() >= 2 && w[i - 1].lower.back() == 'n')) {
      if (x == "t") begin = w[i - 1].begin;  // don't, isn't, can't, won't
      const bool whether_or_not = Before(w, i, 1) == "or" && (Before(w, i, 2) == "whether" || After(w, i, 1).empty());
      neg = !Is(After(w, i, 1), OnlyWords()) && After(w, i, 1) != "least" && !Comparative(w, i) &&
            !whether_or_not && !(After(w, i, 1) == "to" && After(w, i, 2) == "mention") &&
            !(x == "t" && After(w, i, 1) == "help" && After(w, i, 2) == "but");  // can't help but
    } else if (x == "no") {
      // "No. 10", "no doubt", "no matter", "no more than 10".
      const bool number = text.substr(w[i].end, 1) == "." && w[i].capital;
      neg = !number && After(w, i, 1) != "doubt" && After(w, i, 1) != "matter" && !Comparative(w, i);
    } else if (x == "without") {
      neg = After(w, i, 1) != "doubt" && !(After(w, i, 1) == "any" && After(w, i, 2) == "doubt");
    } else if (x == "far") {
      neg = After(w, i, 1) == "from";  // far from over
    } else if (Is(x, fail)) {
      neg = After(w, i, 1) == "to";
    } else if (Is(x, always)) {
      neg = !(x == "nothing" && (After(w, i, 1) == "but" || Comparative(w, i))) &&
            !(x == "cannot" && After(w, i, 1) == "help");
    }
    if (neg) out.push_back({begin, w[i].end});
  }
  return out;
}

// Forms of savoir, pouvoir, oser and cesser, which ne negates alone (literary).
bool Literary(std::string_view word) {
  static const WordSet s = {"sais",     "sait",   "savais",   "savait",    "savaient", "savent",    "sache",
                            "peux",     "peut",   "puis",     "pouvait",   "pouvaient", "peuvent",  "pourrait",
                            "puisse",   "puissent", "ose",    "osait",     "osent",    "cesse",     "cessait",
                            "cessent"};
  return s.count(word) > 0;
}

std::vector<Negation> FrenchNegations(const Words& w) {
  static const WordSet partners = {"pas",   "plus",      "jamais", "rien", "personne", "aucun", "aucune",
                                   "guère", "nullement", "nul",    "nulle", "ni"};
  static const WordSet leading = {"rien", "personne", "aucun", "aucune", "nul", "nulle", "jamais", "ni"};
  static const WordSet alone = {"pas", "jamais", "rien", "aucun", "aucune", "guère", "nullement"};
  static const WordSet fail = {"échoué", "échoue", "échouer", "échouent", "échouait", "échouera", "échouaient",
                               "incapable", "incapables"};
  std::vector<bool> used(w.size(), false);
  std::vector<Negation> out;
  bool ni_done = false;  // ni … ni is one negation per sentence
  auto mark_ni = [&] {
    ni_done = true;
    for (size_t k = 0; k < w.size(); ++k) {
      if (w[k].lower == "ni") used[k] = true;
    }
  };
  // ne / n' with its partner.
  for (size_t i = 0; i < w.size(); ++i) {
    if (!(w[i].lower == "ne" || (w[i].lower == "n" && w[i].elided))) continue;
    size_t j = i + 1;
    while (j < w.size() && j <= i + 8 && w[j].clause == w[i].clause &&
           !Is(w[j].lower, partners) && w[j].lower != "que" && w[j].lower != "qu") {
      ++j;
    }
    // "Personne n'est venu et rien n'a changé": a partner that leads the next ne
    // belongs to that one.
    const bool leads_next = j + 1 < w.size() && (w[j + 1].lower == "ne" || w[j + 1].lower == "n");
    if (j < w.size() && j <= i + 8 && w[j].clause == w[i].clause && !leads_next) {
      used[j] = true;
      const std::string& p = w[j].lower;
      // ne … que = only, unless ne governs savoir / pouvoir (elle ne puisse suivre … que).
      if ((p == "que" || p == "qu") && !Literary(After(w, i, 1)) && !Literary(After(w, i, 2))) continue;
      if (p == "que" || p == "qu") {
        out.push_back({w[i].begin, w[i + 1].end});
        continue;
      }
      if (p == "ni") mark_ni();
      // ne … pas que / pas (ainsi) seulement = not only; pas plus de = at most; aucun doute = no doubt.
      if (p == "pas" && (Is(After(w, j, 1), OnlyWords()) || Is(After(w, j, 2), OnlyWords()) || Comparative(w, j))) {
        continue;
      }
      if (p.substr(0, 5) == "aucun" && After(w, j, 1) == "doute") continue;
      if (p == "plus" && (After(w, j, 1) == "que" || After(w, j, 1) == "qu")) continue;  // ne … plus que = only now
      out.push_back({w[i].begin, w[j].end});
      continue;
    }
    // A partner before it: "rien n'a changé", "personne ne sait", "jamais il n'a".
    for (size_t k = 1; k <= 4 && k <= i; ++k) {
      const size_t b = i - k;
      if (w[b].clause != w[i].clause) break;
      if (!used[b] && Is(w[b].lower, leading)) {
        used[b] = true;
        if (w[b].lower == "ni") mark_ni();
        out.push_back({w[b].begin, w[i].end});
        break;
      }
    }
    // "je ne sais quels": ne alone with savoir, pouvoir, oser or cesser is a negation.
    bool counted = !out.empty() && out.back().end >= w[i].end;
    for (size_t k = 1; k <= 3 && !counted && !After(w, i, k).empty(); ++k) {
      if (Literary(After(w, i, k))) {
        out.push_back({w[i].begin, w[i + k].end});
        counted = true;
      }
    }
    // Otherwise an expletive ne (avant qu'il ne parte) or n'importe: none.
  }
  // Negation words without ne.
  for (size_t i = 0; i < w.size(); ++i) {
    if (used[i]) continue;
    const std::string& x = w[i].lower;
    const std::string_view next = After(w, i, 1), prev = Before(w, i, 1);
    bool neg = false;
    if (x == "pas") {
      static const WordSet noun = {"un", "le", "ce", "son", "premier", "mon", "du", "grand", "petit", "au"};
      neg = !Is(prev, noun) && !Is(next, OnlyWords()) && next != "mal" && next != "que" && !Comparative(w, i);
    } else if (x == "jamais") {
      // plus que jamais, à jamais, si jamais; "le plus grand jamais construit" (= ever).
      static const WordSet superlative = {"plus", "moins", "pire", "meilleur", "meilleure", "premier",
                                          "première", "seul", "seule", "dernier", "dernière"};
      neg = prev != "que" && prev != "à" && prev != "si";
      for (size_t k = 1; k <= 5 && neg && !Before(w, i, k).empty(); ++k) neg = !Is(Before(w, i, k), superlative);
    } else if (x == "rien") {
      neg = next != "que" && prev != "un" && prev != "de";  // rien que = just; un rien; de rien
    } else if (Is(x, alone)) {
      neg = !(x.substr(0, 5) == "aucun" && next == "doute");
    } else if (x == "loin") {
      neg = next == "de" || next == "d";  // loin d'être = far from being
    } else if (x == "sans") {
      neg = next != "doute" && next != "cesse" && next != "compter" && next != "dire" &&
            !(next.substr(0, 5) == "aucun" && After(w, i, 2) == "doute");  // sans aucun doute = undoubtedly
      if (next.substr(0, 5) == "aucun") used[i + 1] = true;            // sans aucun X: one negation
    } else if (x == "non") {
      // Alone ("non", "ou non" excluded), "non pas", "non plus", "non loin"; before
      // another word it is a prefix: organisations non gouvernementales.
      neg = !w[i].hyphen_after && prev != "ou" && prev != "que" && !Is(next, OnlyWords()) &&
            (next.empty() || prev.empty() || prev == "et" || prev == "mais" || next == "pas" || next == "plus" ||
             next == "loin");
      if (next == "pas" && Is(After(w, i, 2), OnlyWords())) neg = false;  // non pas seulement
      if (neg && next == "pas") used[i + 1] = true;                        // non pas X mais Y
    } else if (x == "ni" && !ni_done) {
      mark_ni();
      neg = true;
    } else if (Is(x, fail)) {
      // échouer à = fail to (not "échoué sur la côte" = run aground)
      neg = x.substr(0, 4) == "inca" || next == "à" || next == "au" || next == "aux" || next == "dans";
    }
    if (neg) out.push_back({w[i].begin, w[i].end});
  }
  std::sort(out.begin(), out.end(), [](const Negation& a, const Negation& b) { return a.begin < b.begin; });
  return out;
}

// Whether `w` says "not" in a word ("unclear", "homeless", "refused", "sans
// réponse" / "rarement", "loin", "jusqu'à", "seulement"), or is a word that
// lives with a negation elsewhere (any, ever, yet): a side that has one may
// carry the other side's negation without a negation word.
bool NegativeWord(const std::string& w, Lang lang) {
  // Only words whose negative sense does not depend on the sentence (not
  // "only", "less", "against", "encore", "moins": too common to soften a flag).
  static const WordSet en_words = {"lost", "lose", "miss", "missed", "missing", "ban", "banned", "ruled",
                                   "hardly", "barely", "scarcely", "rarely", "seldom", "unable", "doubt",
                                   "instead", "unless", "blocked"};
  static const WordSet fr_words = {"rarement", "quiconque", "faute", "nie", "nié", "nier", "niait", "peine"};
  static const std::vector<std::string_view> en = {
      "refus", "reject", "denie", "denial", "lack", "fail", "avoid", "prevent", "exclud", "forbid", "ceas",
      "neglect", "ignor", "absen", "impossib", "difficult", "opposit", "warn", "abstain", "uncertain",
      "inappropriate", "inadequate", "incapable"};
  static const std::vector<std::string_view> fr = {
      "refus", "rejet", "manqu", "échou", "évit", "empêch", "exclu", "interdi", "cesse", "ignor", "absen",
      "impossib", "difficil", "contrair", "bloqu", "incapab", "inconnu", "incertain", "dout", "incontourn",
      "inutile", "insuffis", "inadapt", "inattendu", "inexact", "improbab", "illégal"};
  if ((lang == Lang::kEn ? en_words : fr_words).count(w) > 0) return true;
  for (std::string_view p : lang == Lang::kEn ? en : fr) {
    if (w.compare(0, p.size(), p) == 0) return true;
  }
  if (lang == Lang::kEn) {
    static const WordSet not_un = {"under", "unit", "union", "univers", "uniq", "unif", "unanim"};
    bool un = w.size() >= 6 && w.compare(0, 2, "un") == 0;
    for (std::string_view p : not_un) un = un && w.compare(0, p.size(), p) != 0;
    const bool less = w.size() >= 7 && (w.find("less") != std::string::npos || w.compare(w.size() - 4, 4, "free") == 0);
    return un || less;
  }
  return false;
}

// Words that carry no content of their own next to a negation (auxiliaries,
// clitics, adverbs of degree): the negated word is the next one.
bool ScopeSkip(const std::string& w) {
  static const WordSet skip = {
      "be",  "been", "being", "is",  "are",  "was",   "were",  "have", "has",   "had",    "do",   "does", "did",
      "will", "would", "can", "could", "should", "may", "might", "must", "to",  "a",      "an",   "the",  "only",
      "even", "yet", "so",   "as",  "any",  "anymore", "longer", "more", "one", "at",     "all",  "very", "quite",
      "really", "get", "it", "he",  "she",  "they",  "we",    "you",  "i",     "that",   "this", "there",
      "ne",  "n",    "pas",  "plus", "jamais", "rien", "a",     "ai",   "as",    "ont",    "avait", "avaient",
      "est", "sont", "était", "étaient", "été", "être", "avoir", "se",  "s",     "y",      "en",   "le",   "la",
      "les", "l",    "lui",  "leur", "me",  "m",     "te",    "t",    "nous",  "vous",   "peut", "peuvent",
      "doit", "doivent", "va", "vont", "fait", "de",  "d",     "du",   "des",   "un",     "une",  "encore",
      "toujours", "vraiment", "toutefois", "même", "sans", "aucun", "aucune", "never", "not", "no", "without"};
  return skip.count(w) > 0 || w.size() < 3;
}

// The negations of one side of the bead, each with its sentence.
struct SideNegations {
  std::vector<std::pair<const segment::Sentence*, Negation>> found;
  std::string words;  // "not, never": for the message
};

SideNegations Collect(const BeadSide& side, const BeadSide& other) {
  std::string other_text;
  for (int id : *other.ids) other_text += other.sentence(id).text + "\n";
  SideNegations out;
  for (int id : *side.ids) {
    const segment::Sentence& s = side.sentence(id);
    for (const Negation& n : FindNegations(s.text, side.lang)) {
      // Written as is on the other side: a title or a quotation left in its
      // language ("Don't Go Breaking My Heart"), counted by neither reader.
      const std::string_view t = std::string_view(s.text).substr(n.begin, n.end - n.begin);
      if (t.size() >= 3 && other_text.find(t) != std::string::npos) continue;
      if (!out.words.empty()) out.words += ", ";
      out.words += "“" + s.text.substr(n.begin, n.end - n.begin) + "”";
      out.found.push_back({&s, n});
    }
  }
  return out;
}

// The span of the side's negations inside the sentence of its first one.
Span NegationSpan(const SideNegations& n) {
  const segment::Sentence* s = n.found.front().first;
  size_t b = n.found.front().second.begin, e = n.found.front().second.end;
  for (const auto& [sent, neg] : n.found) {
    if (sent == s) e = std::max(e, neg.end);
  }
  Span span;
  span.sentence = s->id;
  span.begin = s->begin + b;
  span.end = s->begin + e;
  span.text = s->text.substr(b, e - b);
  return span;
}

}  // namespace

std::vector<Negation> FindNegations(std::string_view text, Lang lang) {
  const Words w = PlainWords(text);
  return lang == Lang::kEn ? EnglishNegations(text, w) : FrenchNegations(w);
}

namespace {

// The lower-case words of the bead's sentences of one side.
std::vector<std::string> SideWords(const BeadSide& side) {
  std::vector<std::string> out;
  for (int id : *side.ids) {
    for (PlainWord& w : PlainWords(side.sentence(id).text)) out.push_back(std::move(w.lower));
  }
  return out;
}

// Whether the word a negation of `n` bears on (the verb inside ne … pas, else
// the first content word after the negation) has a translation among `other`
// (cosine >= min_cosine): then the other side says the same thing without
// the negation. Paraphrases (stood by and watched / sans réagir) fail it.
bool NegatedWordTranslated(const SideNegations& n, Lang lang, const std::vector<std::string>& other,
                           Lang other_lang, double min_cosine, const CoverageScorer& scorer, WordVectorCache* cache) {
  for (const auto& [s, neg] : n.found) {
    const std::vector<PlainWord> w = PlainWords(s->text);
    std::string scope;
    for (size_t i = 0; i < w.size() && scope.empty(); ++i) {
      if (w[i].begin > neg.begin && w[i].begin < neg.end && !ScopeSkip(w[i].lower)) scope = w[i].lower;
    }
    for (size_t i = 0, seen = 0; i < w.size() && scope.empty() && seen < 4; ++i) {
      if (w[i].begin < neg.end) continue;
      ++seen;
      if (!ScopeSkip(w[i].lower)) scope = w[i].lower;
    }
    if (!scope.empty() && scorer.BestCosine(lang, scope, other_lang, other, cache) >= min_cosine) return true;
  }
  return false;
}

}  // namespace

void AddNegationFlags(BeadView* view) {
  if (!view->options.check_negation) return;
  const SideNegations n[2] = {Collect(view->side[0], view->side[1]), Collect(view->side[1], view->side[0])};
  const size_t c[2] = {n[0].found.size(), n[1].found.size()};
  if (c[0] == c[1]) return;
  const int more = c[0] > c[1] ? 0 : 1;
  const std::vector<std::string> other_words = SideWords(view->side[1 - more]);
  bool softened = false;
  std::string why;
  for (const std::string& w : other_words) {
    if (NegativeWord(w, view->side[1 - more].lang)) {
      softened = true;
      why = " (the " + view->side[1 - more].name + " has “" + w + "”)";
      break;
    }
  }
  if (!softened && view->coverage != nullptr && view->has_vectors() &&
      !NegatedWordTranslated(n[more], view->side[more].lang, other_words, view->side[1 - more].lang,
                             view->options.negation_min_cosine, *view->coverage, view->cache)) {
    softened = true;
    why = " (the negated words are said differently)";
  }
  Flag f;
  f.kind = FlagKind::kNegationMismatch;
  (more == 0 ? f.src : f.tgt) = NegationSpan(n[more]);
  const std::string& mine = view->side[more].name;
  const std::string& other = view->side[1 - more].name;
  if (c[1 - more] == 0) {
    f.severity = softened || !view->options.negation_warnings ? Severity::kInfo : Severity::kWarning;
    f.message = "negation in the " + mine + " (" + n[more].words + ") with none in the " + other + why;
  } else {
    f.severity = Severity::kInfo;
    f.message = std::to_string(c[more]) + " negations in the " + mine + " (" + n[more].words + "), " +
                std::to_string(c[1 - more]) + " in the " + other + " (" + n[1 - more].words + ")";
  }
  view->flags.push_back(std::move(f));
}

}  // namespace driftalign::drift
