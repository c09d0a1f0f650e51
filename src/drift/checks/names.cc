#include "drift/checks/names.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "drift/checks/entities.h"
#include "drift/checks/plain_words.h"
#include "drift/coverage.h"
#include "drift/facts/dates_times.h"
#include "drift/facts/entities.h"
#include "drift/text_util.h"

namespace driftalign::drift {

namespace {

using StringSet = std::unordered_set<std::string_view>;

// Titles and forms of address written with a capital before a name in one
// language and in lower case in the other (President Obama / le président
// Obama): never a name word of their own.
bool IsTitle(std::string_view key) {
  static const StringSet s = {
      "president", "presidente", "prime", "premier", "minister", "ministre", "chancellor", "chancelier",
      "chanceliere", "king", "queen", "roi", "reine", "pope", "pape", "senator", "senateur", "governor",
      "gouverneur", "general", "mayor", "maire", "judge", "juge", "professor", "professeur", "sir",
      "lord", "lady", "prince", "princess", "princesse", "mister", "madame", "monsieur", "mademoiselle",
      "messrs", "secretary", "secretaire", "director", "directeur", "directrice", "chairman", "coach",
      "captain", "capitaine", "sheikh", "cheikh", "cardinal", "archbishop", "bishop", "eveque", "rev",
      "reverend", "father", "pere", "brother", "sister", "soeur", "dame", "mgr", "monseigneur", "vice",
      "deputy", "former", "ex", "mme", "mlle", "mm", "mrs", "mr", "ms", "dr", "prof", "st", "gen",
      "col", "lt", "sgt", "sen", "rep", "gov", "melle", "brig", "lieutenant", "colonel", "sergeant",
      "commander", "admiral", "amiral"};
  return s.count(key) > 0;
}

// Lower-case words that may join two capitalised words of one name
// ("Banque de France", "Bank of England", "Ursula von der Leyen") and that
// the initials of a name skip.
bool IsConnector(std::string_view low) {
  static const StringSet s = {"de", "du", "des", "la", "le", "les", "l", "d", "of", "the", "for",
                              "and", "et", "von", "van", "der", "den", "al", "el", "bin", "ben",
                              "y", "da", "di", "dos", "do", "pour", "sur", "on", "in", "en", "à",
                              "au", "aux"};
  return s.count(low) > 0;
}

// Particles inside a name: "Banque de France", "Bank of England", "Ursula
// von der Leyen", "Bin Laden".
bool JoinsName(std::string_view low) {
  static const StringSet s = {"de", "du", "des", "d", "of", "von", "van", "der", "den", "al", "el",
                              "bin", "ben", "da", "di", "dos", "do", "y"};
  return s.count(low) > 0;
}

// Whether only a space, a hyphen or an apostrophe separates two words.
bool JoinedToPrevious(std::string_view text, const PlainWord& prev, const PlainWord& w) {
  const std::string_view gap = text.substr(prev.end, w.begin - prev.end);
  return gap == " " || gap == "-" || gap == "'" || gap == "\xE2\x80\x99" || gap == "\xC2\xA0";
}

// A Roman numeral, maybe with a French ordinal ending (XXe, XIXème, IIIe).
bool IsRomanWord(std::string_view key) {
  for (std::string_view end : {"eme", "e", "er"}) {
    if (key.size() > end.size() && key.substr(key.size() - end.size()) == end &&
        facts::IsRoman(key.substr(0, key.size() - end.size()))) {
      return true;
    }
  }
  return facts::IsRoman(key);
}

// Abbreviated months and weekdays (Oct., Sept, Mon).
bool IsDateAbbreviation(std::string_view key) {
  static const StringSet s = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                              "dec", "janv", "fev", "avr", "juil", "déc", "mon", "tue", "tues", "wed",
                              "thu", "thur", "thurs", "fri", "sat", "sun"};
  return s.count(key) > 0;
}

bool IsArticle(std::string_view low) {
  static const StringSet s = {"la", "le", "les", "l", "the"};
  return s.count(low) > 0;
}

// Whether the bytes between two words start a sentence or a quotation: a
// full stop, colon, question or exclamation mark, or an opening quotation
// mark, bracket or dash right before the word.
bool StartsAnew(std::string_view gap) {
  if (gap.find_first_of(".!?:") != std::string_view::npos) return true;
  if (gap == "-") return false;  // a hyphenated compound: Jean-Marc, Bade-Wurtemberg
  while (!gap.empty() && (gap.back() == ' ')) gap.remove_suffix(1);
  for (std::string_view mark : {"\xC2\xAB", "\xC2\xAB\xC2\xA0", "\xC2\xAB\xE2\x80\xAF", "\xE2\x80\x9C",
                                "\"", "(", "[", "\xE2\x80\x98", "'", "\xE2\x80\x94", "\xE2\x80\x93", "-"}) {
    if (gap.size() >= mark.size() && gap.substr(gap.size() - mark.size()) == mark) return true;
  }
  return false;
}

bool HasAsciiLower(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Function words that a headline in title case capitalises and running text
// does not.
bool IsHeadlineFunctionWord(std::string_view low) {
  static const StringSet s = {"of", "in", "for", "with", "to", "on", "at", "by", "from", "and", "the", "a",
                              "an", "after", "over", "as", "is", "are", "into", "de", "la", "le", "les",
                              "du", "des", "en", "et", "au", "aux", "pour", "sur", "dans", "par", "un",
                              "une", "avec"};
  return s.count(low) > 0;
}

// A headline: no lower-case letter at all, or title case — at least 3 words
// of 4 letters or more, 60% of them capitalised and a function word
// capitalised after the first word ("Police Arrest Man In Downtown Shooting"),
// or half of them capitalised and no final punctuation.
bool IsHeadline(std::string_view text, const std::vector<PlainWord>& words) {
  if (!HasAsciiLower(text) && !words.empty()) return true;
  int long_words = 0, capitals = 0;
  bool function_capital = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const PlainWord& w = words[i];
    function_capital |= i > 0 && w.capital && !words[i - 1].elided && IsHeadlineFunctionWord(w.lower);
    if (w.end - w.begin < 4) continue;
    ++long_words;
    capitals += w.capital;
  }
  if (long_words < 3) return false;
  // A line without final punctuation is a title when half its long words are
  // capitalised ("British Bankers Plead Guilty in Enron Case").
  size_t end = text.find_last_not_of(" \t\"'\xC2\xA0");
  const bool final_mark = end != std::string_view::npos && std::strchr(".!?;:)\x9D\xBB", text[end]) != nullptr;
  return (function_capital && capitals * 10 >= long_words * 6) || (!final_mark && capitals * 2 >= long_words);
}

// The candidate acronyms of the run words[first, last] followed by up to 4
// more words of its clause ("Organisation du traité de l'Atlantique Nord"):
// the initials of its words other than connectors, at each length of 2
// letters or more.
std::vector<std::pair<std::string, size_t>> Initials(const std::vector<PlainWord>& words, size_t first,
                                                     size_t last) {
  std::vector<std::pair<std::string, size_t>> out;
  std::string ini;
  int extra = 0;
  for (size_t i = first; i < words.size(); ++i) {
    if (words[i].clause != words[first].clause) break;
    if (i > last && !IsConnector(words[i].lower) && ++extra > 4) break;
    const std::string low = FoldAccents(LowerUtf8(words[i].lower));
    if (IsConnector(low) || low.empty()) continue;
    ini += low[0];
    if (ini.size() >= 2) out.push_back({CanonicalEntityKey(ini), words[i].end});
  }
  return out;
}

// The words of 3 letters or more of side `side`, lower case (for the
// word-vector test of a capitalised common noun).
std::vector<std::string> LowerCasedWords(const BeadSide& side) {
  std::vector<std::string> out;
  for (int id : *side.ids) {
    for (const PlainWord& w : PlainWords(side.sentence(id).text)) {
      if (w.end - w.begin >= 3) out.push_back(LowerUtf8(w.lower));
    }
  }
  return out;
}

// The acronym a name word also goes by in dotted or plain form ("unis" of
// Etats-Unis -> "us", as in U.S.), or "".
std::string_view AcronymOfNameWord(std::string_view key) {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"unis", "us"},        {"etats", "us"},      {"america", "us"},      {"american", "us"},
      {"americain", "us"},   {"americaine", "us"}, {"americains", "us"},   {"royaume", "uk"},
      {"britain", "uk"},     {"british", "uk"},    {"britannique", "uk"},  {"unies", "un"},
      {"nations", "un"},     {"europeenne", "eu"}, {"european", "eu"},     {"europe", "eu"},
      {"union", "eu"},       {"soviet", "ussr"},   {"sovietique", "ussr"}, {"emirats", "uae"},
      {"emirates", "uae"}};
  auto it = m.find(key);
  return it == m.end() ? std::string_view() : it->second;
}

// Acronyms written with dots ("U.S.", "U.N.", "U.K."): their letters, lower case.
void AddDottedAcronyms(std::string_view t, std::unordered_set<std::string>* out) {
  std::string cur;
  size_t i = 0;
  while (i + 1 < t.size()) {
    const bool letter = t[i] >= 'A' && t[i] <= 'Z' && t[i + 1] == '.' && (i == 0 || !std::isalpha(static_cast<unsigned char>(t[i - 1])));
    if (letter) {
      cur += static_cast<char>(t[i] - 'A' + 'a');
      i += 2;
      continue;
    }
    if (cur.size() >= 2) out->insert(CanonicalEntityKey(cur));
    cur.clear();
    ++i;
  }
  if (cur.size() >= 2) out->insert(CanonicalEntityKey(cur));
}

// A name of one side of a bead, with its sentence.
struct BeadName {
  NameRun run;
  const segment::Sentence* s;
};

std::vector<BeadName> SideNames(const BeadView& view, int k) {
  std::vector<BeadName> out;
  const BeadSide& side = view.side[k];
  for (int id : *side.ids) {
    const segment::Sentence& s = side.sentence(id);
    for (NameRun& r : FindNames(s.text, view.prepared->lower[k])) out.push_back({std::move(r), &s});
  }
  return out;
}

// The acronym keys of side `side` (canonical, lower case), dotted ones too.
std::unordered_set<std::string> AcronymKeys(const BeadSide& side) {
  std::unordered_set<std::string> out;
  for (const BeadFact& x : side.facts) {
    if (x.f->kind == FactKind::kAcronym) out.insert(x.f->key);
  }
  for (int id : *side.ids) AddDottedAcronyms(side.sentence(id).text, &out);
  return out;
}

// What the other side of a bead offers a name as counterpart.
struct OtherSide {
  std::vector<std::string> folded;  // every word, folded lower case (FoldedWords)
  std::vector<std::string> lower;   // every word, lower case (for the word vectors)
  std::unordered_set<std::string> acronyms;
  bool lower_read = false;
};

// Whether the name word `key` (folded lower case; its text `low`, lower
// case) of side `k` has a counterpart on the other side.
bool WordHasCounterpart(const BeadView& view, int k, const std::string& key, std::string_view low,
                        OtherSide* other) {
  if (NameCovered(key, other->folded)) return true;
  const std::string_view acronym = AcronymOfNameWord(key);
  if (!acronym.empty() && other->acronyms.count(std::string(acronym))) return true;
  if (!view.has_vectors()) return false;
  const BeadSide& o = view.side[1 - k];
  if (!other->lower_read) {
    other->lower = LowerCasedWords(o);
    other->lower_read = true;
  }
  return view.coverage->BestCosine(view.side[k].lang, low, o.lang, other->lower, view.cache) >=
         view.options.name_min_cosine;
}

// Whether `name` of side `k` has a counterpart on the other side: its last
// word has one (the surname of a person, the head of most names: Angela
// Merkel / Angela Schröder has none), or its initials are an acronym there
// (then *covered_to = the end of the words they span in the sentence, which
// may hold more names: "Organisation du traité de l'Atlantique Nord").
bool HasCounterpart(const BeadView& view, int k, const BeadName& name, OtherSide* other, size_t* covered_to) {
  for (const auto& [ini, end] : name.run.initials) {
    if (other->acronyms.count(ini)) {
      *covered_to = end;
      return true;
    }
  }
  // The last word with the words hyphens join to it (Bade-Wurtemberg,
  // Tri-Veneto): any of them, or the compound written without hyphens.
  const std::string_view text = name.s->text;
  size_t first = name.run.word_spans.size() - 1;
  while (first > 0 && name.run.word_spans[first].first == name.run.word_spans[first - 1].second + 1 &&
         text[name.run.word_spans[first - 1].second] == '-') {
    --first;
  }
  std::string joined;
  for (size_t i = first; i < name.run.word_spans.size(); ++i) {
    const auto& [b, e] = name.run.word_spans[i];
    const std::string low = LowerUtf8(text.substr(b, e - b));
    if (WordHasCounterpart(view, k, name.run.keys[i], low, other)) return true;
    joined += name.run.keys[i];
  }
  return first + 1 < name.run.word_spans.size() && NameCovered(joined, other->folded);
}

Span RunSpan(const BeadName& n) {
  Span sp;
  sp.sentence = n.s->id;
  sp.begin = n.s->begin + n.run.begin;
  sp.end = n.s->begin + n.run.end;
  sp.text = n.s->text.substr(n.run.begin, n.run.end - n.run.begin);
  return sp;
}

}  // namespace

std::vector<NameRun> FindNames(std::string_view text, const std::unordered_set<std::string>& lower) {
  std::vector<NameRun> out;
  const std::vector<PlainWord> words = PlainWords(text);
  if (IsHeadline(text, words)) return out;
  // Per word: is it a name word; may it join two name words (connector).
  std::vector<char> name(words.size(), 0);
  std::vector<std::string> keys(words.size());
  size_t prev_end = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const PlainWord& w = words[i];
    const std::string_view gap = text.substr(prev_end, w.begin - prev_end);
    // After an elided word (L'Allemagne) the apostrophe opens nothing.
    const bool start = i == 0 || (!words[i - 1].elided && StartsAnew(gap));
    prev_end = w.end;
    if (!w.capital || start || w.elided) continue;
    const std::string_view surface = text.substr(w.begin, w.end - w.begin);
    if (!HasAsciiLower(surface) && surface.size() >= 2) continue;  // an acronym: entities.h
    keys[i] = FoldAccents(LowerUtf8(surface));
    const std::string& key = keys[i];
    if (key.size() < 3 || IsTitle(key) || facts::IsCommonCapital(key) || facts::IsDateWord(key) ||
        IsDateAbbreviation(key) || IsRomanWord(key) || lower.count(key)) {
      continue;
    }
    name[i] = 1;
  }
  for (size_t i = 0; i < words.size();) {
    if (!name[i]) {
      ++i;
      continue;
    }
    NameRun r;
    size_t last = i;
    for (size_t j = i; j < words.size(); ++j) {
      if (j > i && !JoinedToPrevious(text, words[j - 1], words[j])) break;
      if (name[j]) {
        last = j;
        continue;
      }
      // A title, or a particle (de, of, von; with one article after it: de la,
      // of the) between two name words keeps the run going; punctuation or a
      // figure ends it.
      if (!JoinedToPrevious(text, words[j - 1], words[j])) break;
      if (words[j].capital || JoinsName(words[j].lower)) continue;
      if (j > i && JoinsName(words[j - 1].lower) && IsArticle(words[j].lower)) continue;
      break;
    }
    for (size_t j = i; j <= last; ++j) {
      if (!name[j]) continue;
      r.word_spans.push_back({words[j].begin, words[j].end});
      r.keys.push_back(CanonicalEntityKey(keys[j]));
    }
    r.begin = words[i].begin;
    r.end = words[last].end;
    r.initials = Initials(words, i, last);
    out.push_back(std::move(r));
    i = last + 1;
  }
  return out;
}

void AddNameFlags(BeadView* view) {
  if (!ComparesNames(view->options, view->has_vectors())) return;
  std::vector<BeadName> names[2] = {SideNames(*view, 0), SideNames(*view, 1)};
  if (names[0].empty() && names[1].empty()) return;
  std::vector<const BeadName*> left[2];
  for (int k = 0; k < 2; ++k) {
    if (names[k].empty()) continue;
    const BeadSide& o = view->side[1 - k];
    OtherSide other;
    other.folded = FoldedWords(*o.ids, *o.sents);
    other.acronyms = AcronymKeys(o);
    const segment::Sentence* covered_in = nullptr;
    size_t covered_to = 0;
    for (const BeadName& n : names[k]) {
      if (n.s == covered_in && n.run.begin < covered_to) continue;
      size_t to = 0;
      if (HasCounterpart(*view, k, n, &other, &to)) {
        if (to > 0) {
          covered_in = n.s;
          covered_to = to;
        }
        continue;
      }
      left[k].push_back(&n);
    }
  }
  // A name on one side only is told from a capitalised common word by the
  // word vectors: without them, only swapped names are reported.
  const size_t pairs = std::min(left[0].size(), left[1].size());
  for (size_t i = 0; i < pairs; ++i) {
    Flag f;
    f.kind = FlagKind::kEntityMismatch;
    f.severity = view->options.name_mismatch_severity;
    f.src = RunSpan(*left[0][i]);
    f.tgt = RunSpan(*left[1][i]);
    f.message = f.src.text + " → " + f.tgt.text;
    view->flags.push_back(std::move(f));
  }
  for (int k = 0; k < 2 && view->has_vectors(); ++k) {
    for (size_t i = pairs; i < left[k].size(); ++i) {
      Flag f;
      f.kind = FlagKind::kEntityMissing;
      f.severity = view->options.name_missing_severity;
      Span& sp = k == 0 ? f.src : f.tgt;
      sp = RunSpan(*left[k][i]);
      f.message = sp.text + ": no counterpart in the " + view->side[1 - k].name;
      view->flags.push_back(std::move(f));
    }
  }
}

}  // namespace driftalign::drift
