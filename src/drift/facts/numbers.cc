#include "drift/facts/numbers.h"

#include <algorithm>
#include <unordered_set>

#include "drift/facts/dates_times.h"
#include "drift/facts/reader.h"
#include "drift/facts/word_tables.h"

namespace driftalign::drift::facts {

// ---------------------------------------------------------------- token tests

size_t HalfAt(const std::vector<Tok>& t, size_t j) {
  std::vector<size_t> w;  // indices of the next words, over glued hyphens
  for (size_t q = j; q < t.size() && w.size() < 3; ++q) {
    if (t[q].type == Tok::kWord) w.push_back(q);
    else if (!(IsPunct(t[q], "-") && t[q].glued)) break;
  }
  if (w.size() >= 2 && IsWord(t[w[0]], "et") && (IsWord(t[w[1]], "demi") || IsWord(t[w[1]], "demie"))) {
    return w[1] - j + 1;
  }
  if (w.size() >= 3 && IsWord(t[w[0]], "and") && IsWord(t[w[1]], "a") && IsWord(t[w[2]], "half")) return w[2] - j + 1;
  // "two and half million": the article is often dropped.
  if (w.size() >= 2 && IsWord(t[w[0]], "and") && IsWord(t[w[1]], "half")) return w[1] - j + 1;
  return 0;
}

bool FrenchHalfAfterUnit(const std::vector<Tok>& t, size_t j) {
  return j < t.size() && t[j].type == Tok::kWord && HalfAt(t, j + 1) > 0 &&
         ScaleWord(t[j].low, Lang::kFr, t[j].glued) == 0;
}

bool NeufIsNumber(const std::vector<Tok>& t, size_t k) {
  if (k == 0) return true;
  const Tok& p = t[k - 1];
  if (p.type != Tok::kWord) return true;
  static const std::unordered_set<std::string> ok = {
      "les", "des", "de", "à", "et", "sur", "ses", "ces", "nos", "vos", "leurs", "dont",
      "environ", "les", "aux", "pour", "par", "avec", "sans", "entre", "ou", "plus", "moins"};
  return ok.count(p.low) > 0;
}

bool PercentAfter(const std::vector<Tok>& t, size_t* last) {
  const size_t n = t.size();
  size_t l = *last;
  if (l + 1 >= n) return false;
  const Tok& a = t[l + 1];
  if (IsPunct(a, "%") || IsPunct(a, "％")) { *last = l + 1; return true; }
  if (IsWord(a, "percent") || IsWord(a, "pourcent") || IsWord(a, "pct")) { *last = l + 1; return true; }
  if (l + 2 < n && ((IsWord(a, "per") && IsWord(t[l + 2], "cent")) ||
                    (IsWord(a, "pour") && IsWord(t[l + 2], "cent")))) {
    *last = l + 2;
    return true;
  }
  if (l + 2 < n && IsWord(a, "percentage") && (IsWord(t[l + 2], "point") || IsWord(t[l + 2], "points"))) {
    *last = l + 2;
    return true;
  }
  if (l + 3 < n && (IsWord(a, "point") || IsWord(a, "points")) && IsWord(t[l + 2], "de") &&
      IsWord(t[l + 3], "pourcentage")) {
    *last = l + 3;
    return true;
  }
  return false;
}

// A currency sign or a currency word in the plural or singular ("$", "€",
// "euros", "dollars", "pesos", "couronnes").
bool IsCurrencyToken(const Tok& t) {
  static const std::unordered_set<std::string> words = {
      "euro", "euros", "dollar", "dollars", "pound", "pounds", "livre", "livres", "peso", "pesos",
      "crown", "crowns", "couronne", "couronnes", "yen", "yuan", "francs", "franc", "usd", "eur"};
  if (t.type == Tok::kPunct) return t.low == "$" || t.low == "€" || t.low == "£";
  return t.type == Tok::kWord && words.count(t.low) > 0;
}

bool DecadesAfter(const std::vector<Tok>& t, size_t l) {
  return l + 1 < t.size() && (IsWord(t[l + 1], "decades") || IsWord(t[l + 1], "décennies") ||
                              IsWord(t[l + 1], "decennies") || IsWord(t[l + 1], "décades"));
}

bool HedgedBefore(const std::vector<Tok>& t, size_t k) {
  for (size_t j = k; j > 0 && j + 3 > k; --j) {
    const Tok& p = t[j - 1];
    if (p.type == Tok::kPunct && p.low != "'" && p.low != "’") return false;
    if (p.type == Tok::kWord && IsHedge(p.low)) return true;
  }
  return false;
}

std::string ContextAfter(std::string_view s, const std::vector<Tok>& t, size_t k) {
  // "1,700-mile pipeline": the unit after a hyphen.
  static const std::unordered_set<std::string> skip = {"de", "d", "of", "'", "’", "des", "-"};
  for (size_t j = k + 1; j < t.size() && j <= k + 3; ++j) {
    if (t[j].type == Tok::kWord && !skip.count(t[j].low)) return std::string(s.substr(t[j].b, t[j].e - t[j].b));
    if (t[j].type == Tok::kPunct && !skip.count(t[j].low)) return "";
  }
  return "";
}

bool IsOrdinalSuffix(std::string_view low, Lang lang) {
  static const std::unordered_set<std::string_view> en_suf = {"st", "nd", "rd", "th"};
  static const std::unordered_set<std::string_view> fr_suf = {"er", "re", "ère", "e", "ème", "eme",
                                                              "è", "nd", "nde", "d"};
  return (lang == Lang::kEn ? en_suf : fr_suf).count(low) > 0;
}

// ---------------------------------------------------------------- quantities in words

// "... of thousands" / "... de milliers" after the quantity ending at
// *last multiplies it (*value) and moves *last past it.
void SentenceReader::OfThousandsAfter(size_t* last, double* value) const {
  const size_t l = *last;
  if (!(l + 2 < n_ && (IsWord(t_[l + 1], "of") || IsWord(t_[l + 1], "de")))) return;
  const ApproxWord* ap2 = FindApprox(t_[l + 2].low, lang_);
  if (ap2 != nullptr && ap2->plural && ap2->value >= 1000) {
    *value *= ap2->value;
    *last = l + 2;
  }
}

// Approximate quantities: "dozens", "des centaines de milliers", "un millier".
bool SentenceReader::TryApprox(size_t k) {
  const Tok& tk = t_[k];
  const ApproxWord* ap = FindApprox(tk.low, lang_);
  if (ap == nullptr) return false;
  // "2 millions" is a scale, read with the figure.
  const bool after_number = k > 0 && (t_[k - 1].type == Tok::kNum || used_[k - 1]);
  if (after_number && (tk.low == "millions" || tk.low == "milliards" || tk.low == "billions" ||
                       tk.low == "thousands")) {
    return false;
  }
  double v = ap->value;
  size_t last = k;
  OfThousandsAfter(&last, &v);
  const bool quarantine = tk.low == "quarantaine" && !(k > 0 && (IsWord(t_[k - 1], "une")));
  if (quarantine) return false;
  Fact& f = Add(FactKind::kApprox, k, last, v);
  f.plural = ap->plural;
  f.from_words = true;
  f.context = ContextAfter(s_, t_, last);
  return true;
}

// "tens of thousands"
bool SentenceReader::TryTensOf(size_t k) {
  if (!(en_ && t_[k].low == "tens" && k + 2 < n_ && IsWord(t_[k + 1], "of"))) return false;
  const ApproxWord* ap2 = FindApprox(t_[k + 2].low, lang_);
  if (!(ap2 != nullptr && ap2->value >= 1000)) return false;
  Fact& f = Add(FactKind::kApprox, k, k + 2, 10 * ap2->value);
  f.plural = true;
  f.from_words = true;
  return true;
}

// Vague quantities: several, a few, plusieurs, quelques.
bool SentenceReader::TryVague(size_t k) {
  const Tok& tk = t_[k];
  if (!(tk.low == "several" || tk.low == "plusieurs" || tk.low == "quelques" ||
        (en_ && tk.low == "few" && k > 0 && IsWord(t_[k - 1], "a")))) {
    return false;
  }
  const size_t first = (tk.low == "few") ? k - 1 : k;
  // "plusieurs milliards", "several hundred", "quelques centaines de
  // milliers", "a few thousand": the vague word sizes a scale, an
  // approximate quantity of that magnitude ("billions", "hundreds").
  if (k + 1 < n_ && t_[k + 1].type == Tok::kWord) {
    const Tok& w = t_[k + 1];
    double mag = ScaleWord(w.low, lang_, false);
    if (w.low == "hundred" || w.low == "cent" || w.low == "cents") mag = 100;
    if (const ApproxWord* ap = FindApprox(w.low, lang_); mag == 0 && ap != nullptr && ap->plural) mag = ap->value;
    if (mag >= 100) {
      size_t last = k + 1;
      OfThousandsAfter(&last, &mag);
      Fact& f = Add(FactKind::kApprox, first, last, mag);
      f.plural = true;
      f.from_words = true;
      f.context = ContextAfter(s_, t_, last);
      return true;
    }
  }
  Fact& f = Add(FactKind::kVague, first, k, 3);
  f.plural = true;
  f.from_words = true;
  return true;
}

// ---------------------------------------------------------------- number words

// Number words at k: cardinals ("treize", "a dozen", "two and a half
// million", clock times in words), then ordinals.
bool SentenceReader::TryNumberWords(size_t k) {
  const Tok& tk = t_[k];
  const bool article_word = tk.low == "a" || tk.low == "an" || tk.low == "un" || tk.low == "une";
  if (!article_word && !words_.MayStart(tk.low, lang_)) return false;
  const WordRun run = WordsFrom(k, 6);
  double v = 0;
  int m = words_.Match(run.words, lang_, false, &v);
  // "vingt-septième", "one hundred fiftieth": a longer ordinal wins over the
  // cardinal it starts with.
  double ordinal_value = 0;
  if (words_.Match(run.words, lang_, true, &ordinal_value) > m) m = 0;
  bool article = false;
  if (m == 0 && article_word && run.idx.size() >= 2) {
    // "a dozen", "une douzaine", "a hundred", "a thousand", "a million"
    const std::string& w2 = t_[run.idx[1]].low;
    if (w2 == "dozen" || w2 == "douzaine") { m = 2; v = 12; article = true; }
    else if (w2 == "hundred") { m = 2; v = 100; article = true; }
    else if (w2 == "thousand") { m = 2; v = 1000; article = true; }
    else if (ScaleWord(w2, lang_, false) >= 1e6) { m = 1; v = 1; article = true; }
  }
  if (article_word && run.idx.size() >= 3 && t_[run.idx[1]].low == (en_ ? "half" : "demi")) {
    // "une demi-douzaine", "un demi-million", "a half dozen": half of it.
    const std::string& w3 = t_[run.idx[2]].low;
    const double scale = ScaleWord(w3, lang_, false);
    if (w3 == "douzaine" || w3 == "dozen") { m = 3; v = 6; article = true; }
    else if (scale >= 1e3) { m = 3; v = 0.5 * scale; article = true; }
  }
  // "une heure du matin": the French article as the hour one.
  if (m == 0 && !en_ && (tk.low == "une" || tk.low == "un") && TryTimeInWords(k, k, 1)) return true;
  // "half a million", "half a dozen": half the quantity, from "half" on.
  if (m > 0 && article && en_ && k > 0 && IsWord(t_[k - 1], "half") && !used_[k - 1]) {
    return TryCardinalWords(k - 1, WordsFrom(k - 1, 6), m + 1, v * 0.5, article);
  }
  if (m > 0 && TryCardinalWords(k, run, m, v, article)) return true;
  return TryOrdinalWords(k, run);
}

// The cardinal of the first m words of run (value v), with halves and scale
// words after it; not "one" alone, the adjective "neuf" or zero.
bool SentenceReader::TryCardinalWords(size_t k, const WordRun& run, int m, double v, bool article) {
  size_t last = run.idx[m - 1];
  size_t scale_end = last;
  double scale = ScaleAfter(last, &scale_end);
  // "two and a half (million)": the half before any scale word.
  if (size_t h = HalfAt(t_, last + 1); h > 0 && scale == 0) {
    v += 0.5;
    last += h;
    scale = ScaleAfter(last, &scale_end);
  }
  // "une heure du matin", "one a.m.": a clock time, even for one.
  if (scale == 0 && last == run.idx[m - 1] && TryTimeInWords(k, last, v)) return true;
  // "the nineteen seventies": a decade with its century.
  if (en_ && m == 1 && (v == 18 || v == 19) && last + 1 < n_ && EnDecadeWordOf(t_[last + 1].low) != 0) {
    Fact& f = Add(FactKind::kYear, k, last + 1, v * 100 + EnDecadeWordOf(t_[last + 1].low));
    f.decade = true;
    f.from_words = true;
    return true;
  }
  const bool is_one = v == 1 && m == 1;
  // "neuf" is also "new", but not before a scale word ("neuf milliards").
  const bool neuf_adj = !en_ && t_[k].low == "neuf" && scale == 0 && !NeufIsNumber(t_, k);
  const bool zero = v == 0;  // "zéro tolérance", "zero" are rarely figures
  if ((is_one && scale == 0) || neuf_adj || zero) return false;
  double applied = 0;
  while (scale > 0) {
    v *= scale;
    applied = scale;
    last = scale_end;
    scale = ScaleAfter(last, &scale_end);
  }
  // "trois millions et demi": the half after the scale word.
  if (size_t h = applied > 0 ? HalfAt(t_, last + 1) : 0) {
    v += 0.5 * applied;
    last += h;
  }
  AddCardinalWords(k, run, m, v, last, article);
  return true;
}

void SentenceReader::AddCardinalWords(size_t k, const WordRun& run, int m, double v, size_t last,
                                      bool article) {
  // "deux heures et demie", "sept ans et demi": 2.5 hours, 7.5 years
  // (a time in hours then matches 2:30).
  if (!en_ && FrenchHalfAfterUnit(t_, last + 1)) v += 0.5;
  double decade_alt = -1;  // "seven decades" = 70 (years), or 7 ("sept dernières décennies")
  if (DecadesAfter(t_, last)) {
    decade_alt = v;
    v *= 10;
    last += 1;
  }
  FactKind kind = PercentAfter(t_, &last) ? FactKind::kPercent : FactKind::kNumber;
  Fact& f = Add(kind, k, last, v);
  f.alt = decade_alt;
  // "sept milles": miles, or a misspelt "sept mille" (as for figures).
  if (!en_ && f.alt < 0 && last + 1 < n_ && IsWord(t_[last + 1], "milles")) f.alt = v * 1e3;
  f.from_words = true;
  f.hedged = article || HedgedBefore(t_, k) || (m == 1 && (run.words[0] == "mille" || run.words[0] == "cent"));
  if (article && v == 1000) f.hedged = true;
  f.context = ContextAfter(s_, t_, last);
}

// Ordinals in words ("first", "vingt-septième"), but not "huitièmes de
// finale", "first of all" or "matières premières" (their words are read as
// no fact).
bool SentenceReader::TryOrdinalWords(size_t k, const WordRun& run) {
  double v = 0;
  const int m = words_.Match(run.words, lang_, true, &v);
  if (m == 0) return false;
  const size_t e = run.idx[m - 1];
  // "huitièmes de finale" is a round (the last sixteen), not an ordinal.
  if (!en_ && e + 2 < n_ && IsWord(t_[e + 1], "de") && (IsWord(t_[e + 2], "finale") || IsWord(t_[e + 2], "finales"))) {
    MarkUsed(k, e + 2);
    return true;
  }
  // "first of all", "at first", "in the first place": discourse markers,
  // not a count.
  if (en_ && v == 1 && m == 1 &&
      ((e + 2 < n_ && IsWord(t_[e + 1], "of") && IsWord(t_[e + 2], "all")) || (k > 0 && IsWord(t_[k - 1], "at")) ||
       (k >= 2 && IsWord(t_[k - 1], "the") && IsWord(t_[k - 2], "in") && e + 1 < n_ && IsWord(t_[e + 1], "place")))) {
    MarkUsed(k, e);
    return true;
  }
  // "matières premières" are raw materials or commodities, not firsts.
  if (!en_ && v == 1 && k > 0 && (IsWord(t_[k - 1], "matières") || IsWord(t_[k - 1], "matieres"))) {
    MarkUsed(k, e);
    return true;
  }
  Add(FactKind::kOrdinal, k, e, v).from_words = true;
  return true;
}

// ---------------------------------------------------------------- figures in digits

// Ordinals with digits: 1st, 21st, 1er, 2e, 3ème.
bool SentenceReader::TryDigitOrdinal(size_t k) {
  if (!(k + 1 < n_ && t_[k + 1].type == Tok::kWord && t_[k + 1].glued && t_[k].plain)) return false;
  if (!IsOrdinalSuffix(t_[k + 1].low, lang_)) return false;
  Add(FactKind::kOrdinal, k, k + 1, t_[k].v);
  return true;
}

namespace {

// The value of the upper-case Roman numeral `r` (II, XIX, XXI), 0 when it
// is not one written the usual way.
int RomanValue(std::string_view r) {
  static const std::string_view kTens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
  static const std::string_view kUnits[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  for (int tens = 9; tens >= 0; --tens) {
    if (r.substr(0, kTens[tens].size()) != kTens[tens]) continue;
    const std::string_view rest = r.substr(kTens[tens].size());
    for (int units = 9; units >= 0; --units) {
      if (rest == kUnits[units]) return tens * 10 + units;
    }
  }
  return 0;
}

}  // namespace

// French centuries and ranks in Roman numerals glued to an ordinal suffix:
// "XIXe siècle", "XXème", "IIIe Reich" (issue 15: "the 20th century" /
// "le XXe siècle"). Upper-case numerals from 2 on ("Ier", "Ire" are too often
// a monarch's name the English writes "I"). Read as an ordinal in words: a
// lone one is info, like any figure in words.
bool SentenceReader::TryRomanOrdinal(size_t k) {
  const Tok& w = t_[k];
  if (en_ || !w.cap) return false;
  const std::string_view text = s_.substr(w.b, w.e - w.b);
  size_t r = 0;
  while (r < text.size() && std::string_view("IVXL").find(text[r]) != std::string_view::npos) ++r;
  if (r == 0 || r == text.size() || !IsOrdinalSuffix(text.substr(r), lang_)) return false;
  const int v = RomanValue(text.substr(0, r));
  if (v < 2 || v == 50) return false;  // "Le" is the article
  Add(FactKind::kOrdinal, k, k, v).from_words = true;
  return true;
}

// A figure in digits at k with its halves, scale words, "N decades",
// percentages; a bare year; or a two-digit year or decade.
void SentenceReader::ReadFigure(size_t k) {
  const Tok& tk = t_[k];
  Figure fig{tk.v, tk.alt, k};
  // "7 millions et demi", "2 and a half million"
  if (size_t h = HalfAt(t_, fig.last + 1)) {
    fig.v += 0.5;
    if (fig.alt >= 0) fig.alt += 0.5;
    fig.last += h;
  } else if (!en_ && FrenchHalfAfterUnit(t_, fig.last + 1)) {
    // "2 heures et demie", "7 ans et demi": the half after the unit, as in words.
    fig.v += 0.5;
  }
  // "$500-million": the scale word after a hyphen.
  if (fig.last + 2 < n_ && IsPunct(t_[fig.last + 1], "-") && t_[fig.last + 1].glued && t_[fig.last + 2].glued &&
      t_[fig.last + 2].type == Tok::kWord && ScaleWord(t_[fig.last + 2].low, lang_, false) > 0) {
    fig.last += 1;
  }
  if (fig.last == k && TryYearRangeEnd(k)) return;
  // French "60 milles" is miles, or a misspelt "60 mille" (60,000): both readings.
  if (!en_ && fig.alt < 0 && fig.last + 1 < n_ && IsWord(t_[fig.last + 1], "milles")) fig.alt = fig.v * 1e3;
  ApplyFigureScale(k, &fig);
  // "three decades" = 30 (years), or 3 ("trois dernières décennies")
  if (fig.alt < 0 && DecadesAfter(t_, fig.last)) {
    fig.alt = fig.v;
    fig.v *= 10;
    fig.last += 1;
  }
  if (fig.last == k && TryDecadeInDigits(k)) return;
  // "7 mille 375", "6 mille 74", "5 millions 143 mille 312" (French for
  // 7,375, 6,074, 5,143,312): after a scale word, a smaller figure with its
  // own smaller scale word adds to the figure.
  if (!en_) ReadFrenchFigureTail(&fig);
  // The figure as written, with nothing added by the words after it.
  const bool bare = fig.last == k && fig.v == tk.v && fig.alt < 0;
  FactKind kind = FactKind::kNumber;
  if (PercentAfter(t_, &fig.last)) kind = FactKind::kPercent;
  if (kind == FactKind::kNumber && fig.last == k && YearAt(t_, k)) kind = FactKind::kYear;
  Fact& f = Add(kind, k, fig.last, fig.v);
  f.alt = fig.alt;
  if (bare) f.digits = tk.digits;
  // "about 50", and "50-odd", "50-plus" (a hedge after the figure).
  f.hedged = HedgedBefore(t_, k) || HedgedAfter(fig.last);
  f.context = ContextAfter(s_, t_, fig.last);
}

bool SentenceReader::HedgedAfter(size_t last) const {
  return en_ && last + 2 < n_ && IsPunct(t_[last + 1], "-") && t_[last + 1].glued && t_[last + 2].glued &&
         (IsWord(t_[last + 2], "odd") || IsWord(t_[last + 2], "plus") || IsWord(t_[last + 2], "something"));
}

void SentenceReader::ReadFrenchFigureTail(Figure* fig) const {
  double scale = t_[fig->last].type == Tok::kWord ? ScaleWord(t_[fig->last].low, lang_, false) : 0;
  // Only after a scale word written out (mille, millions, milliards), with
  // one reading of the figure.
  while (scale >= 1000 && fig->alt < 0 && fig->last + 1 < n_) {
    const Tok& next = t_[fig->last + 1];
    // A group of at most three digits ("5 millions 2008" is no such tail).
    if (next.type != Tok::kNum || !next.plain || next.glued || next.int_digits > 3 || next.v >= scale) return;
    const double next_scale = fig->last + 2 < n_ && t_[fig->last + 2].type == Tok::kWord
                                  ? ScaleWord(t_[fig->last + 2].low, lang_, false)
                                  : 0;
    if (next_scale >= scale || next.v * std::max(1.0, next_scale) >= scale) return;
    fig->v += next.v * std::max(1.0, next_scale);
    fig->last += next_scale > 0 ? 2 : 1;
    scale = next_scale;
  }
}

// Scale words after the figure (k is its first token): "2 million", "$5m",
// "1,8 milliard", "2 million et demi", "5 hundred thousand".
void SentenceReader::ApplyFigureScale(size_t k, Figure* fig) const {
  size_t& last = fig->last;
  // "100 autres milliards" (100 billion more): the adjective before the scale word.
  if (!en_ && last + 2 < n_ && IsWord(t_[last + 1], "autres") && t_[last + 2].type == Tok::kWord &&
      ScaleWord(t_[last + 2].low, lang_, false) >= 1e6) {
    last += 1;
  }
  // "440$ millions", "42,000 euros million": the currency between the figure
  // and its scale word.
  if (last + 2 < n_ && IsCurrencyToken(t_[last + 1]) && t_[last + 2].type == Tok::kWord &&
      ScaleWord(t_[last + 2].low, lang_, false) >= 1e6) {
    last += 1;
  }
  if (!(last + 1 < n_ && t_[last + 1].type == Tok::kWord)) return;
  const double scale = ScaleWord(t_[last + 1].low, lang_, t_[last + 1].glued);
  if (!(scale > 0)) return;  // (never after "autres": its scale word was checked)
  // "400m freestyle": a glued m without a currency sign may be metres (or
  // minutes): the plain figure is the other reading.
  const bool currency = k > 0 && (IsPunct(t_[k - 1], "$") || IsPunct(t_[k - 1], "£") || IsPunct(t_[k - 1], "€"));
  if (t_[last + 1].glued && t_[last + 1].low == "m" && !currency && fig->alt < 0) fig->alt = fig->v;
  fig->v *= scale;
  if (fig->alt >= 0 && !(t_[last + 1].low == "m" && !currency)) fig->alt *= scale;
  last += 1;
  if (size_t h2 = HalfAt(t_, last + 1)) {
    fig->v += 0.5 * scale;
    if (fig->alt >= 0) fig->alt += 0.5 * scale;
    last += h2;
  }
  if (last + 1 < n_ && t_[last + 1].type == Tok::kWord) {
    const double scale2 = ScaleWord(t_[last + 1].low, lang_, false);
    if (scale2 > scale) {
      fig->v *= scale2;
      if (fig->alt >= 0) fig->alt *= scale2;
      last += 1;
    }
  }
}

}  // namespace driftalign::drift::facts
