#include "drift/checks/untranslated.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "drift/checks/plain_words.h"

namespace driftalign::drift {

namespace {

using WordSet = std::unordered_set<std::string_view>;

// Frequent words of one language that are no word of the other (so not "a",
// "on", "or", "but", "son", "pour", "plus", "en", "an").
const WordSet& OnlyEnglish() {
  static const WordSet s = {
      "the",   "of",    "and",   "to",    "is",    "in",     "at",    "with",  "was",    "has",
      "for",   "by",    "it",    "be",    "he",    "we",     "they",  "not",   "have",   "had",
      "from",  "this",  "that",  "which", "their", "will",   "would", "been",  "were",   "its",
      "more",  "said",  "about", "after", "who",   "what",   "when",  "there", "also",   "than",
      "into",  "some",  "other", "could", "should", "these", "those", "them",  "his",    "her",
      "she",   "our",   "you",   "your",  "my",    "are",    "do",    "does",  "did",    "can",
      "only",  "over",  "while", "where", "how",   "because", "being", "each", "any",    "just",
      "very",  "most",  "many",  "much",  "such",  "between", "against", "under", "without", "people",
      "then",  "now",   "why",   "all",   "out",   "up",     "off",   "him",   "us",
      "yet",   "whose", "though", "through", "during", "before", "since", "until", "among", "within",
      "every", "again", "still", "never", "always", "often", "already", "around", "however", "whether",
      "two",   "three", "four",  "five",  "seven", "eight", "nine"};
  return s;
}
const WordSet& OnlyFrench() {
  static const WordSet s = {
      "le",    "la",    "les",   "des",   "du",     "de",    "et",    "est",   "une",   "dans",
      "avec",  "qui",   "que",   "sont",  "au",     "aux",   "cette", "ces",   "il",    "elle",
      "ils",   "elles", "nous",  "vous",  "leur",   "leurs", "sur",   "par",   "pas",   "ne",
      "mais",  "ou",    "sa",    "ses",   "ont",    "avait", "se",    "lui",   "comme", "aussi",
      "tout",  "tous",  "toute", "toutes", "quand", "dont",  "sans",  "sous",  "chez",  "depuis",
      "entre", "selon", "encore", "alors", "notre", "nos",   "votre", "vos",   "mon",   "mes",
      "ceux",  "celle", "cela",  "peut",  "avoir",  "faire", "fait",  "dit",   "ans",   "aujourd",
      "un",    "lors",  "ainsi", "donc",  "puis",   "chaque", "autre", "autres", "celui", "ceci",
      "quelque", "plusieurs", "beaucoup", "moins", "peu", "trop", "bien", "toujours", "jamais", "rien",
      "avant", "contre", "vers", "parmi", "nouveau", "nouvelle", "sera", "serait", "pourrait", "doit",
      "vont",  "cependant", "lorsque", "si", "cet", "certains", "certaines", "pourquoi", "quelques",
      "deux",  "trois", "quatre", "cinq", "huit", "neuf", "dix"};
  return s;
}

bool HasFrenchAccent(std::string_view w) {
  for (std::string_view a : {"é", "è", "ê", "à", "ç", "ù", "â", "î", "ô", "û", "ë", "ï"}) {
    if (w.find(a) != std::string_view::npos) return true;
  }
  return false;
}

bool EndsWith(std::string_view w, std::string_view end) {
  return w.size() >= end.size() && w.substr(w.size() - end.size()) == end;
}

// The other side's words in order, lower case, for finding a copied run
// (views into the side's PlainWords, which must outlive it).
struct Copyable {
  std::vector<std::string_view> words;
  std::vector<std::pair<std::string_view, std::string_view>> pairs;  // each two neighbours, sorted
  std::unordered_set<std::string_view> set;                           // the words

  bool HasPair(std::string_view a, std::string_view b) const {
    return std::binary_search(pairs.begin(), pairs.end(), std::make_pair(a, b));
  }
};

Copyable CopyableWords(const std::vector<std::vector<PlainWord>>& side_words) {
  Copyable c;
  for (const std::vector<PlainWord>& w : side_words) {
    for (size_t i = 0; i < w.size(); ++i) {
      c.words.push_back(w[i].lower);
      c.set.insert(w[i].lower);
      if (i + 1 < w.size()) c.pairs.emplace_back(w[i].lower, w[i + 1].lower);
    }
  }
  std::sort(c.pairs.begin(), c.pairs.end());
  return c;
}

// Whether the words [b, e) of `w` appear in this order, one after another, in `c`.
bool Copied(const std::vector<PlainWord>& w, size_t b, size_t e, const Copyable& c) {
  for (size_t i = 0; i + (e - b) <= c.words.size(); ++i) {
    size_t k = 0;
    while (k < e - b && c.words[i + k] == w[b + k].lower) ++k;
    if (k == e - b) return true;
  }
  return false;
}

// Latin words that are no English or French word: a run holding one is a
// Latin phrase both languages keep ("Et cum spiritu tuo", "Ite, missa est",
// "et al."), not text left untranslated.
bool Latin(std::string_view w) {
  static const WordSet s = {"cum",   "enim",  "meum",    "tuo",    "tuum",  "vobiscum", "spiritu", "dominus",
                            "domine", "deus", "dei",     "ite",    "missa", "hoc",      "sanctus", "amen",
                            "pax",   "nobis", "al",      "alia",   "ergo",  "qua",      "omnipotens", "pater",
                            "noster", "gratia", "ora",   "urbi",   "orbi",  "vice",     "versa",   "bona",
                            "fide",  "facto", "jure",    "situ",   "vitro", "vivo",     "priori",  "posteriori"};
  return s.count(w) > 0;
}

// A capitalised word is taken for a name unless it is a function word ("The")
// or the English pronoun "I".
bool Name(const PlainWord& w) {
  return w.capital && w.lower != "i" && OnlyEnglish().count(w.lower) == 0 && OnlyFrench().count(w.lower) == 0;
}

// Words that join the parts of a name ("Banque de France", "Car of the
// Century", "Ludwig van Beethoven").
bool Particle(std::string_view w) {
  static const WordSet s = {"de", "la", "le", "les", "du", "des", "d", "l", "of", "the", "von", "van", "der",
                            "den", "di", "da", "del", "della", "dos", "das", "los", "las", "y", "al", "el", "and", "et"};
  return s.count(w) > 0;
}

// Whether the run [i, e) of `w`, with the name word before it, is a name
// whose acronym follows in brackets: their initials (particles aside) spell
// it, "Union fédérale autonome pénitentiaire (UFAP/UNSA)".
bool SpelledByAcronym(std::string_view text, const std::vector<PlainWord>& w, size_t i, size_t e) {
  if (i == 0 || !w[i - 1].capital) return false;
  size_t at = w[e - 1].end;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || text[at] != '(') return false;
  std::string acronym;
  for (++at; at < text.size() && std::isupper(static_cast<unsigned char>(text[at])); ++at) acronym += text[at];
  std::string initials;
  for (size_t j = i - 1; j < e; ++j) {
    if (j >= i && Particle(w[j].lower)) continue;
    const unsigned char c = static_cast<unsigned char>(w[j].lower[0]);
    if (c >= 0x80) return false;  // an accented initial: not compared
    initials += static_cast<char>(std::toupper(c));
  }
  return initials.size() >= 2 && acronym == initials;
}

// Whether the run of words [i, e) of `w` (in `text`) is part of a quoted
// original: inside quotation marks whose words (names aside) are mostly, at
// least 60%, words of the other side. A run inside a quotation of the
// sentence's own language is a fragment left untranslated.
bool QuotedOriginal(std::string_view text, const std::vector<PlainWord>& w, size_t i, size_t e, const Copyable& copy) {
  const size_t b = w[i].begin;
  int open = 0;
  bool straight = false;
  size_t opened = 0, straight_opened = 0;
  for (size_t j = 0; j < b; ++j) {
    if (text.substr(j, 2) == "«" || text.substr(j, 3) == "“") {
      if (open++ == 0) opened = j;
    }
    if ((text.substr(j, 2) == "»" || text.substr(j, 3) == "”") && open > 0) --open;
    if (text[j] == '"') {
      straight = !straight;
      straight_opened = j;
    }
  }
  if (open == 0 && !straight) return false;
  const size_t from = open > 0 ? opened : straight_opened;
  // The closing mark after the run (or the end of the sentence).
  size_t to = text.size();
  for (size_t j = w[e - 1].end; j < text.size(); ++j) {
    if (open > 0 ? (text.substr(j, 2) == "»" || text.substr(j, 3) == "”") : text[j] == '"') {
      to = j;
      break;
    }
  }
  // Name words do not count: a title in quotation marks ("Zelda: Ocarine of
  // time") is a name, whatever words of another language it keeps.
  size_t inside = 0, copied = 0;
  for (const PlainWord& x : w) {
    if (x.begin <= from || x.end > to || Name(x)) continue;
    ++inside;
    copied += copy.set.count(x.lower) > 0;
  }
  return inside > 0 && static_cast<double>(copied) >= 0.6 * static_cast<double>(inside);
}

// Phrases English and French both borrow, as written (lower case, in part).
bool LoanPhrase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::vector<std::string_view> loans = {
      "coup de", "crème de la", "raison d", "fait accompli", "savoir faire", "joie de vivre", "tour de force",
      "carte blanche", "enfant terrible", "force majeure", "mise en scène", "par excellence", "je ne sais quoi",
      "cause célèbre", "pièce de résistance", "esprit de corps", "à la carte", "à la mode", "de facto",
      "de rigueur", "en route", "en masse", "nom de guerre", "objet d", "c'est la vie", "femme fatale",
      "haute couture", "art nouveau", "film noir", "belle époque", "fin de siècle", "hors d", "laissez",
      "made in", "fast food", "happy end", "best of", "fair play", "low cost", "prime time", "one man show",
      "self made", "must have", "the end", "talk show", "happy hour", "stock option", "best seller",
      "nouveaux riches", "nouveau riche", "idée fixe", "idées fixes", "off road", "oh là là"};
  for (std::string_view l : loans) {
    if (text.find(l) != std::string::npos || std::string_view(l).find(text) != std::string_view::npos) return true;
  }
  return false;
}

// `words` holds the PlainWords of each sentence of the bead, per side.
void CheckSide(BeadView* view, int k, const std::vector<std::vector<PlainWord>> (&words)[2]) {
  const BeadSide& mine = view->side[k];
  const BeadSide& other = view->side[1 - k];
  const Copyable copy = CopyableWords(words[1 - k]);
  if (copy.pairs.empty()) return;
  for (size_t part = 0; part < mine.ids->size(); ++part) {
    const segment::Sentence& s = mine.sentence((*mine.ids)[part]);
    const std::vector<PlainWord>& w = words[k][part];
    size_t i = 0;
    while (i + 1 < w.size()) {
      // The longest run from i found word for word on the other side.
      size_t e = i + 1;
      while (!Name(w[i]) && e < w.size() && !Name(w[e]) && w[e].clause == w[e - 1].clause &&
             copy.HasPair(w[e - 1].lower, w[e].lower) && Copied(w, i, e + 1, copy)) {
        ++e;
      }
      if (e - i < 2) {
        ++i;
        continue;
      }
      // Part of a name — only particles next to a name word ("Ixtapan de la
      // Sal", "Car of the Century"; the first word of a sentence is no name
      // word) —, a hyphenated compound (after-show) or a loan phrase both
      // languages write (coup de grâce). A run of other words next to a name
      // is not part of it: "Several analystes ont suggéré Huawei is best placed".
      bool hyphenated = true, particles = true;
      for (size_t j = i; j + 1 < e; ++j) hyphenated = hyphenated && w[j].hyphen_after;
      for (size_t j = i; j < e; ++j) particles = particles && Particle(w[j].lower);
      // A name word right before the run (name_before: not the sentence's first word).
      const bool name_left = i > 0 && Name(w[i - 1]) && w[i - 1].clause == w[i].clause;
      const bool name_before = i > 1 && name_left;
      const bool name_after = e < w.size() && Name(w[e]) && w[e].clause == w[e - 1].clause;
      // A title in title case ("Bat Out Of Hell", "the Just a little Healthier
      // restaurant"): a capitalised word in the run, not first in its sentence.
      bool title = false;
      for (size_t j = std::max<size_t>(i, 1); j < e; ++j) title = title || w[j].capital;
      // Two words between name words: "Shake Hands with the Devil", "the
      // Alliance for the Future of Austria".
      const bool between = name_before && name_after && e - i <= 2;
      // A name that goes on after a particle in lower case, written alike on
      // both sides ("Sangre de mayo", "la Société d'énergie de la Baie James").
      const bool name_goes_on = name_left && Particle(w[i].lower) && Copied(w, i - 1, e, copy);
      const bool by_name = ((name_before || name_after) && particles) || between || title || name_goes_on ||
                           SpelledByAcronym(s.text, w, i, e);
      bool latin = false;
      for (size_t j = i; j < e; ++j) latin = latin || Latin(w[j].lower);
      if (hyphenated || by_name || latin || LoanPhrase(s.text.substr(w[i].begin, w[e - 1].end - w[i].begin))) {
        i = e;
        continue;
      }
      int foreign = 0, own = 0;
      for (size_t j = i; j < e; ++j) {
        Lang lang;
        if (!LanguageMark(w[j].lower, &lang)) continue;
        (lang == other.lang ? foreign : own) += 1;
      }
      // Mostly the other language: "the money" (2 marks) in French, not "la crème de la crème".
      if (foreign > 0 && foreign > own) {
        Flag f;
        f.kind = FlagKind::kUntranslated;
        f.severity = QuotedOriginal(s.text, w, i, e, copy) ? Severity::kInfo : Severity::kWarning;
        Span span;
        span.sentence = s.id;
        span.begin = s.begin + w[i].begin;
        span.end = s.begin + w[e - 1].end;
        span.text = s.text.substr(w[i].begin, w[e - 1].end - w[i].begin);
        f.message = other.name + " words left in the " + mine.name + ": “" + span.text + "”";
        (k == 0 ? f.src : f.tgt) = std::move(span);
        view->flags.push_back(std::move(f));
      }
      i = e;
    }
  }
}

}  // namespace

bool LanguageMark(std::string_view w, Lang* lang) {
  const bool en = OnlyEnglish().count(w) > 0 ||
                  (w.size() >= 6 && EndsWith(w, "ing")) || (w.size() >= 6 && EndsWith(w, "ly")) ||
                  (w.size() >= 7 && EndsWith(w, "ness"));
  const bool fr = OnlyFrench().count(w) > 0 || HasFrenchAccent(w) || (w.size() >= 5 && EndsWith(w, "eux")) ||
                  (w.size() >= 6 && EndsWith(w, "euse")) || (w.size() >= 6 && EndsWith(w, "aient")) ||
                  (w.size() >= 4 && EndsWith(w, "ez")) || (w.size() >= 5 && EndsWith(w, "aux")) ||
                  (w.size() >= 7 && (EndsWith(w, "erait") || EndsWith(w, "irait")));
  if (en == fr) return false;
  *lang = en ? Lang::kEn : Lang::kFr;
  return true;
}

void AddUntranslatedFlags(BeadView* view) {
  if (!view->options.check_untranslated) return;
  std::vector<std::vector<PlainWord>> words[2];
  for (int k = 0; k < 2; ++k) {
    for (int id : *view->side[k].ids) words[k].push_back(PlainWords(view->side[k].sentence(id).text));
  }
  for (int k = 0; k < 2; ++k) CheckSide(view, k, words);
}

}  // namespace driftalign::drift
