#include "drift/facts.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "drift/facts/entities.h"
#include "drift/facts/number_words.h"
#include "drift/facts/quotes.h"
#include "drift/facts/tokens.h"
#include "drift/facts/word_tables.h"
#include "drift/text_util.h"
#include "text/french.h"

namespace driftalign::drift {

namespace {

using namespace facts;  // NOLINT: the fact reader's internals

// French words that make "neuf" the adjective "new" rather than nine.
bool NeufIsNumber(const std::vector<Tok>& t, size_t k) {
  if (k == 0) return true;
  const Tok& p = t[k - 1];
  if (p.type != Tok::kWord) return true;
  static const std::unordered_set<std::string> ok = {
      "les", "des", "de", "à", "et", "sur", "ses", "ces", "nos", "vos", "leurs", "dont",
      "environ", "les", "aux", "pour", "par", "avec", "sans", "entre", "ou", "plus", "moins"};
  return ok.count(p.low) > 0;
}

std::string_view Slice(std::string_view s, size_t b, size_t e) { return s.substr(b, e - b); }

// The next word token after k (skipping nothing), for message context.
std::string ContextAfter(std::string_view s, const std::vector<Tok>& t, size_t k) {
  static const std::unordered_set<std::string> skip = {"de", "d", "of", "'", "’", "des"};
  for (size_t j = k + 1; j < t.size() && j <= k + 3; ++j) {
    if (t[j].type == Tok::kWord && !skip.count(t[j].low)) return std::string(Slice(s, t[j].b, t[j].e));
    if (t[j].type == Tok::kPunct && !skip.count(t[j].low)) return "";
  }
  return "";
}

// "et demi(e)" / "and a half" starting at token j: its length in tokens, or 0.
// Hyphens glued between the words are skipped ("three-and-a-half").
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
  return 0;
}
// French puts the half after the unit: "sept ans et demi", "deux heures et
// demie" (never after a scale word: "millions et demi" is the scale's half).
// Whether token j is such a unit, followed by the half.
bool FrenchHalfAfterUnit(const std::vector<Tok>& t, size_t j) {
  return j < t.size() && t[j].type == Tok::kWord && HalfAt(t, j + 1) > 0 &&
         ScaleWord(t[j].low, Lang::kFr, t[j].glued) == 0;
}
// English "in the morning" (1), "in the afternoon" / "in the evening" / "at
// night" (2) starting at token q; *end = its last token. 0: none.
int PartOfDayAt(const std::vector<Tok>& t, size_t q, size_t* end) {
  if (q + 2 < t.size() && IsWord(t[q], "in") && IsWord(t[q + 1], "the")) {
    const Tok& w = t[q + 2];
    if (IsWord(w, "morning") || IsWord(w, "afternoon") || IsWord(w, "evening")) {
      *end = q + 2;
      return IsWord(w, "morning") ? 1 : 2;
    }
  }
  if (q + 1 < t.size() && IsWord(t[q], "at") && IsWord(t[q + 1], "night")) {
    *end = q + 1;
    return 2;
  }
  return 0;
}

// "o'clock" (o ' clock, with ' or ’) starting at token q.
bool OClockAt(const std::vector<Tok>& t, size_t q) {
  return q + 2 < t.size() && IsWord(t[q], "o") && (IsPunct(t[q + 1], "'") || IsPunct(t[q + 1], "’")) &&
         IsWord(t[q + 2], "clock");
}

}  // namespace

// ---------------------------------------------------------------- extractor

FactExtractor::FactExtractor(std::unique_ptr<facts::NumberWords> words) : words_(std::move(words)) {}
FactExtractor::FactExtractor(FactExtractor&&) noexcept = default;
FactExtractor& FactExtractor::operator=(FactExtractor&&) noexcept = default;
FactExtractor::~FactExtractor() = default;

StatusOr<FactExtractor> FactExtractor::Create() {
  ASSIGN_OR_RETURN(std::unique_ptr<facts::NumberWords> w, facts::NumberWords::Create());
  return FactExtractor(std::move(w));
}

std::vector<Fact> FactExtractor::Extract(std::string_view s, Lang lang) const {
  std::vector<Fact> facts;
  ExtractQuotes(s, &facts);
  const std::vector<Tok> t = Tokenize(s, lang);
  const size_t n = t.size();
  std::vector<bool> used(n, false);
  const bool en = lang == Lang::kEn;

  auto hedged_before = [&](size_t k) {
    for (size_t j = k; j > 0 && j + 3 > k; --j) {
      const Tok& p = t[j - 1];
      if (p.type == Tok::kPunct && p.low != "'" && p.low != "’") return false;
      if (p.type == Tok::kWord && IsHedge(p.low)) return true;
    }
    return false;
  };
  auto add = [&](FactKind kind, size_t kb, size_t ke, double v) -> Fact& {
    Fact f;
    f.kind = kind;
    f.begin = t[kb].b;
    f.end = t[ke].e;
    f.value = v;
    for (size_t j = kb; j <= ke; ++j) used[j] = true;
    facts.push_back(std::move(f));
    return facts.back();
  };
  auto month_at = [&](size_t k, size_t* last) -> int {
    if (k >= n || t[k].type != Tok::kWord) return 0;
    if (const int month = MonthOf(t[k].low, lang)) {
      // English "may"/"march" are verbs unless capitalised.
      if (en && (month == 5 || month == 3) && !t[k].cap) return 0;
      if (en && month == 5 && k == 0) return 0;
      *last = k;
      return month;
    }
    const int abbrev = MonthAbbrevOf(t[k].low, lang);
    if (abbrev && k + 1 < n && IsPunct(t[k + 1], ".") && (!en || t[k].cap)) {
      *last = k + 1;
      return abbrev;
    }
    return 0;
  };
  // A day-of-month number at k, with an optional ordinal suffix (1er, 6th).
  auto day_at = [&](size_t k, size_t* last) -> int {
    if (k >= n || t[k].type != Tok::kNum || !t[k].plain || t[k].v < 1 || t[k].v > 31) return 0;
    *last = k;
    if (k + 1 < n && t[k + 1].type == Tok::kWord && t[k + 1].glued) {
      static const std::unordered_set<std::string> suf = {"st", "nd", "rd", "th", "er", "re",
                                                          "e", "ème", "eme"};
      if (suf.count(t[k + 1].low)) *last = k + 1;
      else return 0;
    }
    return static_cast<int>(t[k].v);
  };
  auto year_at = [&](size_t k) -> int {
    if (k < n && t[k].type == Tok::kNum && t[k].plain && t[k].int_digits == 4 && t[k].v >= 1800 &&
        t[k].v <= 2100) return static_cast<int>(t[k].v);
    return 0;
  };

  // Percentages after a figure: 5%, 5 %, 5 per cent, 5 percent, 5 pour cent,
  // 0,5 point de pourcentage, 2 percentage points. Advances *last.
  auto percent_after = [&](size_t* last) {
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
  };

  // "decades" / "décennies" after the figure ending at token l: ten years each.
  auto decades_after = [&](size_t l) {
    return l + 1 < n && (IsWord(t[l + 1], "decades") || IsWord(t[l + 1], "décennies") ||
                         IsWord(t[l + 1], "decennies") || IsWord(t[l + 1], "décades"));
  };

  // Words that join two days of a range or list: "16 to 20", "du 16 au 20", "5 et 7".
  auto is_day_link = [](const Tok& x) {
    return IsWord(x, "to") || IsWord(x, "and") || IsWord(x, "through") || IsWord(x, "au") ||
           IsWord(x, "et") || IsPunct(x, "-") || IsPunct(x, "–");
  };

  // French "à 15 heures", "vers 6 heures du soir", "à 1 heure 20": the hour in
  // tokens k..hk, then "heure(s)", optional minutes, optional du matin / du
  // soir / de l'après-midi. A clock time with such a part of the day, or (hour
  // in digits) after à / vers / dès / avant; other "N heures" are durations
  // ("après 2 heures de débat", "réduit à 2 heures 40 minutes", "dix à douze
  // heures"). Returns its last token (0: no clock time); sets *minutes and
  // *ampm (1 morning, 2 afternoon/evening).
  auto fr_clock = [&](size_t k, size_t hk, bool words, int* minutes, int* ampm) -> size_t {
    size_t e = hk + 1;
    if (e >= n || !(IsWord(t[e], "heures") || IsWord(t[e], "heure"))) return 0;
    *minutes = 0;
    *ampm = 0;
    if (e + 1 < n && t[e + 1].type == Tok::kNum && t[e + 1].plain && t[e + 1].int_digits == 2 && t[e + 1].v < 60) {
      *minutes = static_cast<int>(t[e + 1].v);
      e += 1;
    }
    if (e + 2 < n && IsWord(t[e + 1], "du") && (IsWord(t[e + 2], "matin") || IsWord(t[e + 2], "soir"))) {
      *ampm = IsWord(t[e + 2], "soir") ? 2 : 1;
      e += 2;
    } else if (e + 6 < n && IsWord(t[e + 1], "de") && IsWord(t[e + 2], "l") && IsWord(t[e + 4], "après") &&
               IsWord(t[e + 6], "midi")) {
      *ampm = 2;
      e += 6;
    }
    // "de 10 à 12 heures" is a range of durations as often as of times.
    const bool range = k >= 2 && t[k - 2].type == Tok::kNum;
    const bool after_prep = !words && !range && k > 0 &&
                            (IsWord(t[k - 1], "à") || IsWord(t[k - 1], "vers") || IsWord(t[k - 1], "dès") ||
                             IsWord(t[k - 1], "avant"));
    const bool duration = e + 1 < n && (IsWord(t[e + 1], "minutes") || IsWord(t[e + 1], "min"));
    if ((after_prep || *ampm != 0) && !duration) return e;
    *ampm = 0;
    return 0;
  };

  for (size_t k = 0; k < n; ++k) {
    if (used[k]) continue;
    const Tok& tk = t[k];

    // ---- dates led by a month: "January 6, 2022", "janvier 2022"
    size_t mlast;
    if (int month = month_at(k, &mlast)) {
      size_t last = mlast, dl;
      int day = 0, year = 0;
      // Day before: "6 janvier", "1er janvier", "6 January".
      size_t first = k;
      if (k >= 1) {
        size_t dk = (k >= 2 && t[k - 1].type == Tok::kWord && t[k - 1].glued) ? k - 2 : k - 1;
        if (!used[dk] && day_at(dk, &dl) && dl == k - 1) { day = static_cast<int>(t[dk].v); first = dk; }
        else if (k >= 2 && IsWord(t[k - 1], "of") && !used[k - 2] && day_at(k - 2, &dl)) {
          day = static_cast<int>(t[k - 2].v); first = k - 2;  // "6th of January"
        }
      }
      if (day == 0 && day_at(mlast + 1, &dl) && !(mlast + 2 < n && ScaleWord(t[mlast + 2].low, lang, false) > 0)) {
        day = static_cast<int>(t[mlast + 1].v);
        last = dl;
      }
      size_t yk = last + 1;
      if (yk < n && IsPunct(t[yk], ",")) ++yk;
      if ((year = year_at(yk))) last = yk;
      {
        Fact& f = add(FactKind::kDate, first, last, month);
        f.day = day;
        f.year = year;
      }
      // "November 16 to 20", "December 5th and 7th": the second day of a
      // range or list shares the month (unless a month of its own follows).
      size_t d2 = last + 2, d2l, m2l;
      if (day != 0 && year == 0 && d2 < n && is_day_link(t[last + 1]) && !used[d2] && day_at(d2, &d2l) &&
          !month_at(d2l + 1, &m2l)) {
        Fact& f2 = add(FactKind::kDate, d2, d2l, month);
        f2.day = static_cast<int>(t[d2].v);
      }
      continue;
    }
    if (tk.type == Tok::kWord) {
      // ---- decades: "les années trente", "les années 1930", "années 90"
      if (!en && (tk.low == "années" || tk.low == "annees") && k + 1 < n) {
        const Tok& d = t[k + 1];
        double v = 0;
        size_t last = k + 1;
        if (d.type == Tok::kNum && d.plain && (d.int_digits == 2 || d.int_digits == 4)) {
          v = d.v;
        } else if (d.type == Tok::kWord) {
          std::vector<std::string_view> words;
          std::vector<size_t> idx;
          for (size_t j = k + 1; j < n && words.size() < 4; ++j) {
            if (t[j].type == Tok::kWord) { words.push_back(t[j].low); idx.push_back(j); }
            else if (IsPunct(t[j], "-") && t[j].glued) continue;
            else break;
          }
          const int m = words_->Match(words, lang, false, &v);
          if (m > 0) last = idx[m - 1];
          else v = 0;
        }
        const long iv = std::lround(v);
        if (v == iv && iv % 10 == 0 && ((iv >= 10 && iv <= 90) || (iv >= 1800 && iv <= 2090))) {
          Fact& f = add(FactKind::kYear, k, last, v);
          f.decade = true;
          continue;
        }
      }
      // ---- decades in English words: "the seventies", "the early nineties", "the 'sixties"
      if (en && k > 0) {
        const Tok& p = t[k - 1];
        int dec = 0;
        if (tk.low.size() >= 7 && tk.low.back() == 's' &&
            (IsWord(p, "the") || IsWord(p, "early") || IsWord(p, "late") || IsWord(p, "mid") ||
             IsPunct(p, "'") || IsPunct(p, "’") || IsPunct(p, "-"))) {
          dec = EnDecadeWordOf(tk.low);
        }
        if (dec != 0) {
          Fact& f = add(FactKind::kYear, k, k, dec);
          f.decade = true;
          f.from_words = true;
          continue;
        }
      }
      // ---- weekdays
      const int wd = WeekdayOf(tk.low, lang);
      if (wd >= 0) {
        Fact& f = add(FactKind::kWeekday, k, k, wd);
        // A night is named after its evening in English ("Saturday night")
        // and often after its morning in French ("dans la nuit de dimanche",
        // "dans les premières heures de dimanche"): the other day is an alt.
        // Not when the night is named by both days ("the night of Tuesday to
        // Wednesday", "dans la nuit de samedi à dimanche").
        const bool range_after = k + 1 < n && (IsWord(t[k + 1], "to") || IsWord(t[k + 1], "à") ||
                                               IsWord(t[k + 1], "au") || IsPunct(t[k + 1], "-"));
        const bool range_before = k >= 2 && (IsWord(t[k - 1], "to") || IsWord(t[k - 1], "à") ||
                                             IsWord(t[k - 1], "au") || IsPunct(t[k - 1], "-")) &&
                                  WeekdayOf(t[k - 2].low, lang) >= 0;
        if (range_after || range_before) continue;
        if (en) {
          const bool night_after = k + 1 < n && IsWord(t[k + 1], "night");
          const bool night_of = k >= 2 && IsWord(t[k - 1], "of") && IsWord(t[k - 2], "night");
          if (night_after || night_of) f.alt = (wd + 1) % 7;
        } else {
          for (size_t j = k >= 4 ? k - 4 : 0; j < k; ++j) {
            if (IsWord(t[j], "nuit") || (IsWord(t[j], "premières") && j + 1 < k && IsWord(t[j + 1], "heures"))) {
              f.alt = (wd + 6) % 7;
            }
          }
        }
        continue;
      }
      // ---- approximate quantities: "dozens", "des centaines de milliers", "un millier"
      const ApproxWord* ap = FindApprox(tk.low, lang);
      if (ap != nullptr) {
        bool after_number = k > 0 && (t[k - 1].type == Tok::kNum || used[k - 1]);
        if (!(after_number && (tk.low == "millions" || tk.low == "milliards" || tk.low == "billions" ||
                               tk.low == "thousands"))) {
          double v = ap->value;
          size_t last = k;
          // "... of thousands" / "... de milliers" multiplies.
          if (k + 2 < n && (IsWord(t[k + 1], "of") || IsWord(t[k + 1], "de"))) {
            const ApproxWord* ap2 = FindApprox(t[k + 2].low, lang);
            if (ap2 != nullptr && ap2->plural && ap2->value >= 1000) {
              v *= ap2->value;
              last = k + 2;
            }
          }
          bool quarantine = tk.low == "quarantaine" && !(k > 0 && (IsWord(t[k - 1], "une")));
          if (!quarantine) {
            Fact& f = add(FactKind::kApprox, k, last, v);
            f.plural = ap->plural;
            f.from_words = true;
            f.context = ContextAfter(s, t, last);
            continue;
          }
        }
      }
      // "tens of thousands"
      if (en && tk.low == "tens" && k + 2 < n && IsWord(t[k + 1], "of")) {
        const ApproxWord* ap2 = FindApprox(t[k + 2].low, lang);
        if (ap2 != nullptr && ap2->value >= 1000) {
          Fact& f = add(FactKind::kApprox, k, k + 2, 10 * ap2->value);
          f.plural = true;
          f.from_words = true;
          continue;
        }
      }
      // ---- vague quantities
      if (tk.low == "several" || tk.low == "plusieurs" || tk.low == "quelques" ||
          (en && tk.low == "few" && k > 0 && IsWord(t[k - 1], "a"))) {
        Fact& f = add(FactKind::kVague, (tk.low == "few") ? k - 1 : k, k, 3);
        f.plural = true;
        f.from_words = true;
        continue;
      }
      // ---- number words (cardinals, then ordinals)
      const bool article_word = tk.low == "a" || tk.low == "an" || tk.low == "un" || tk.low == "une";
      if (!article_word && !words_->MayStart(tk.low, lang)) goto entities;
      {
      std::vector<std::string_view> words;
      std::vector<size_t> idx;
      for (size_t j = k; j < n && words.size() < 6; ++j) {
        if (t[j].type == Tok::kWord) { words.push_back(t[j].low); idx.push_back(j); }
        else if (IsPunct(t[j], "-") && t[j].glued) continue;
        else break;
      }
      double v = 0;
      int m = words_->Match(words, lang, false, &v);
      {
        // "vingt-septième", "one hundred fiftieth": a longer ordinal wins
        // over the cardinal it starts with.
        double ordinal_value = 0;
        if (words_->Match(words, lang, true, &ordinal_value) > m) m = 0;
      }
      bool article = false;
      if (m == 0 && (tk.low == "a" || tk.low == "an" || tk.low == "un" || tk.low == "une") &&
          idx.size() >= 2) {
        // "a dozen", "une douzaine", "a hundred", "a thousand", "a million"
        const std::string& w2 = t[idx[1]].low;
        if (w2 == "dozen" || w2 == "douzaine") { m = 2; v = 12; article = true; }
        else if (w2 == "hundred") { m = 2; v = 100; article = true; }
        else if (w2 == "thousand") { m = 2; v = 1000; article = true; }
        else if (ScaleWord(w2, lang, false) >= 1e6) { m = 1; v = 1; article = true; }
      }
      if (m > 0) {
        size_t last = idx[m - 1];
        double scale = (last + 1 < n) ? ScaleWord(t[last + 1].low, lang, false) : 0;
        // "two and a half (million)": the half before any scale word.
        if (size_t h = HalfAt(t, last + 1); h > 0 && scale == 0) {
          v += 0.5;
          last += h;
          scale = last + 1 < n ? ScaleWord(t[last + 1].low, lang, false) : 0;
        }
        bool is_one = (v == 1 && m == 1);
        bool neuf_adj = !en && tk.low == "neuf" && !NeufIsNumber(t, k);
        bool zero = v == 0;  // "zéro tolérance", "zero" are rarely figures
        if (!(is_one && scale == 0) && !neuf_adj && !zero) {
          double applied = 0;
          while (scale > 0) {
            v *= scale;
            applied = scale;
            last += 1;
            scale = (last + 1 < n) ? ScaleWord(t[last + 1].low, lang, false) : 0;
          }
          // "trois millions et demi": the half after the scale word.
          if (size_t h = applied > 0 ? HalfAt(t, last + 1) : 0) {
            v += 0.5 * applied;
            last += h;
          }
          // "five o'clock", "nine a.m.", "three in the morning", "huit heures du
          // soir": a clock time in words.
          if (last == idx[m - 1] && v >= 1 && v <= (en ? 12 : 24) && v == std::floor(v)) {
            size_t q = last + 1, tl = 0;
            int ampm = 0, minutes = 0;
            size_t pe = 0;
            if (!en) {
              tl = fr_clock(k, last, /*words=*/true, &minutes, &ampm);
            } else if (OClockAt(t, q)) {  // "five o'clock (in the afternoon)"
              tl = q + 2;
              if (int pd = PartOfDayAt(t, tl + 1, &pe)) { ampm = pd; tl = pe; }
            } else if (int pd = PartOfDayAt(t, q, &pe)) {  // "three in the morning"
              ampm = pd;
              tl = pe;
            }
            else if (q + 2 < n && (IsWord(t[q], "p") || IsWord(t[q], "a")) && IsPunct(t[q + 1], ".") &&
                     IsWord(t[q + 2], "m")) {
              ampm = t[q].low == "p" ? 2 : 1;
              tl = q + 2;
              if (tl + 1 < n && IsPunct(t[tl + 1], ".") && t[tl + 1].glued) tl += 1;
            }
            if (tl > 0) {
              const int h = static_cast<int>(v);
              int hh = h;
              if (ampm == 2 && h < 12) hh = h + 12;
              if (ampm == 1 && h == 12) hh = 0;
              Fact& f = add(FactKind::kTime, k, tl, hh * 60 + minutes);
              if (ampm == 0 && h >= 1 && h < 12) f.alt = (h + 12) * 60 + minutes;
              f.from_words = true;
              continue;
            }
          }
          // "deux heures et demie", "sept ans et demi": 2.5 hours, 7.5 years
          // (a time in hours then matches 2:30).
          if (!en && FrenchHalfAfterUnit(t, last + 1)) v += 0.5;
          double decade_alt = -1;  // "seven decades" = 70 (years), or 7 ("sept dernières décennies")
          if (decades_after(last)) {
            decade_alt = v;
            v *= 10;
            last += 1;
          }
          FactKind kind = percent_after(&last) ? FactKind::kPercent : FactKind::kNumber;
          Fact& f = add(kind, k, last, v);
          f.alt = decade_alt;
          // "sept milles": miles, or a misspelt "sept mille" (as for figures).
          if (!en && f.alt < 0 && last + 1 < n && IsWord(t[last + 1], "milles")) f.alt = v * 1e3;
          f.from_words = true;
          f.hedged = article || hedged_before(k) || (m == 1 && (words[0] == "mille" || words[0] == "cent"));
          if (article && v == 1000) f.hedged = true;
          f.context = ContextAfter(s, t, last);
          continue;
        }
      }
      m = words_->Match(words, lang, true, &v);
      if (m > 0) {
        // "huitièmes de finale" is a round (the last sixteen), not an ordinal.
        const size_t e = idx[m - 1];
        if (!en && e + 2 < n && IsWord(t[e + 1], "de") && (IsWord(t[e + 2], "finale") || IsWord(t[e + 2], "finales"))) {
          for (size_t j = k; j <= e + 2; ++j) used[j] = true;
          continue;
        }
        // "first of all", "at first", "in the first place": discourse markers,
        // not a count.
        if (en && v == 1 && m == 1 &&
            ((e + 2 < n && IsWord(t[e + 1], "of") && IsWord(t[e + 2], "all")) || (k > 0 && IsWord(t[k - 1], "at")) ||
             (k >= 2 && IsWord(t[k - 1], "the") && IsWord(t[k - 2], "in") && e + 1 < n && IsWord(t[e + 1], "place")))) {
          for (size_t j = k; j <= e; ++j) used[j] = true;
          continue;
        }
        // "matières premières" are raw materials or commodities, not firsts.
        if (!en && v == 1 && k > 0 && (IsWord(t[k - 1], "matières") || IsWord(t[k - 1], "matieres"))) {
          for (size_t j = k; j <= e; ++j) used[j] = true;
          continue;
        }
        add(FactKind::kOrdinal, k, e, v).from_words = true;
        continue;
      }
      }
    entities:
      // ---- acronyms and names
      if (std::optional<Fact> f = EntityAt(t, k)) {
        facts.push_back(std::move(*f));
        used[k] = true;
      }
      continue;
    }
    if (tk.type != Tok::kNum) continue;

    // ---- digits glued to a letter code: G20, A380 (an entity, not a figure)
    if (tk.glued && k > 0 && t[k - 1].type == Tok::kWord && t[k - 1].low != "h") continue;

    // ---- clock times: 3:30 p.m., 15:30, 15h30, 15 h 30, 3 p.m.
    if (tk.plain && tk.v <= 24 && tk.int_digits <= 2) {
      int h = static_cast<int>(tk.v), mi = -1;
      size_t last = k;
      if (k + 2 < n && IsPunct(t[k + 1], ":") && t[k + 1].glued && t[k + 2].type == Tok::kNum &&
          t[k + 2].glued && t[k + 2].int_digits == 2 && t[k + 2].v < 60) {
        mi = static_cast<int>(t[k + 2].v);
        last = k + 2;
      } else if (k + 1 < n && IsWord(t[k + 1], "h")) {
        mi = 0;
        last = k + 1;
        if (k + 2 < n && t[k + 2].type == Tok::kNum && t[k + 2].plain && t[k + 2].int_digits == 2 &&
            t[k + 2].v < 60) {
          mi = static_cast<int>(t[k + 2].v);
          last = k + 2;
        }
      }
      int fr_ampm = 0;
      if (!en && mi < 0) {
        int m2 = 0;
        if (size_t e = fr_clock(k, k, /*words=*/false, &m2, &fr_ampm)) {
          mi = m2;
          last = e;
        } else {
          fr_ampm = 0;
        }
      }
      // am/pm: "p.m.", "pm", "a.m."
      int ampm = fr_ampm;
      size_t q = last + 1;
      if (ampm != 0) {
        // French "du matin" / "du soir" already read
      } else if (en && mi < 0 && OClockAt(t, q)) {  // "7 o'clock (in the evening)"
        mi = 0;
        last = q + 2;
        size_t pe = 0;
        if (int pd = PartOfDayAt(t, last + 1, &pe)) { ampm = pd; last = pe; }
      } else if (size_t pe = 0; en && mi < 0 && PartOfDayAt(t, q, &pe)) {  // "5 in the morning"
        ampm = PartOfDayAt(t, q, &pe);
        last = pe;
      } else if (q < n && (IsWord(t[q], "pm") || IsWord(t[q], "am"))) {
        ampm = t[q].low == "pm" ? 2 : 1;
        last = q;
      } else if (q + 2 < n && (IsWord(t[q], "p") || IsWord(t[q], "a")) && IsPunct(t[q + 1], ".") &&
                 IsWord(t[q + 2], "m")) {
        ampm = t[q].low == "p" ? 2 : 1;
        last = q + 2;
        if (last + 1 < n && IsPunct(t[last + 1], ".") && t[last + 1].glued) last += 1;
      }
      if (mi >= 0 || (ampm && h <= 12)) {
        if (mi < 0) mi = 0;
        int hh = h;
        double alt = -1;
        if (ampm == 2 && h < 12) hh = h + 12;
        if (ampm == 1 && h == 12) hh = 0;
        if (ampm == 0 && h >= 1 && h < 12) alt = (h + 12) * 60 + mi;
        Fact& f = add(FactKind::kTime, k, last, hh * 60 + mi);
        f.alt = alt;
        continue;
      }
    }

    // ---- day + month handled when the month is reached; skip here
    {
      size_t dl;
      if (day_at(k, &dl)) {
        size_t mk = dl + 1, ml;
        if (month_at(mk, &ml) || (mk + 1 < n && IsWord(t[mk], "of") && month_at(mk + 1, &ml))) continue;
        // "du 16 au 20 novembre", "les 5 et 7 décembre": the first day of a
        // range or list takes the month of the date that follows.
        // (English: "the 8th to the 10th August", "the 15th and 16th of April".)
        size_t d2 = mk + 1, d2l;
        if (d2 < n && IsWord(t[d2], "the")) ++d2;
        if (mk + 1 < n && is_day_link(t[mk]) && day_at(d2, &d2l)) {
          size_t m2 = d2l + 1;
          if (m2 + 1 < n && IsWord(t[m2], "of")) ++m2;
          if (int month = month_at(m2, &ml)) {
            Fact& f = add(FactKind::kDate, k, dl, month);
            f.day = static_cast<int>(tk.v);
            continue;
          }
        }
      }
    }

    // ---- ordinals with digits: 1st, 21st, 1er, 2e, 3ème
    if (k + 1 < n && t[k + 1].type == Tok::kWord && t[k + 1].glued && tk.plain) {
      static const std::unordered_set<std::string> en_suf = {"st", "nd", "rd", "th"};
      static const std::unordered_set<std::string> fr_suf = {"er", "re", "ère", "e", "ème", "eme",
                                                             "è", "nd", "nde", "d"};
      if ((en ? en_suf : fr_suf).count(t[k + 1].low)) {
        add(FactKind::kOrdinal, k, k + 1, tk.v);
        continue;
      }
    }

    // ---- figures
    double v = tk.v, alt = tk.alt;
    size_t last = k;
    // "7 millions et demi", "2 and a half million"
    if (size_t h = HalfAt(t, last + 1)) { v += 0.5; if (alt >= 0) alt += 0.5; last += h; }
    // "2 heures et demie", "7 ans et demi": the half after the unit, as in words.
    else if (!en && FrenchHalfAfterUnit(t, last + 1)) v += 0.5;
    // "$500-million": the scale word after a hyphen.
    if (last + 2 < n && IsPunct(t[last + 1], "-") && t[last + 1].glued && t[last + 2].glued &&
        t[last + 2].type == Tok::kWord && ScaleWord(t[last + 2].low, lang, false) > 0) {
      last += 1;
    }
    // "2000-08": the second year of a range written with two digits.
    if (last == k && tk.plain && tk.int_digits == 2 && tk.glued && k >= 2 && IsPunct(t[k - 1], "-") &&
        t[k - 1].glued && year_at(k - 2)) {
      const int from = year_at(k - 2);
      int to = from / 100 * 100 + static_cast<int>(tk.v);
      if (to < from) to += 100;
      Fact& f = add(FactKind::kYear, k, k, to);
      f.context = ContextAfter(s, t, k);
      continue;
    }
    // French "60 milles" is miles, or a misspelt "60 mille" (60,000): both readings.
    if (!en && alt < 0 && last + 1 < n && IsWord(t[last + 1], "milles")) alt = v * 1e3;
    if (last + 1 < n && t[last + 1].type == Tok::kWord) {
      double scale = ScaleWord(t[last + 1].low, lang, t[last + 1].glued);
      if (scale > 0) {
        // "400m freestyle": a glued m without a currency sign may be metres
        // (or minutes): the plain figure is the other reading.
        const bool currency = k > 0 && (IsPunct(t[k - 1], "$") || IsPunct(t[k - 1], "£") || IsPunct(t[k - 1], "€"));
        if (t[last + 1].glued && t[last + 1].low == "m" && !currency && alt < 0) alt = v;
        v *= scale;
        if (alt >= 0 && !(t[last + 1].low == "m" && !currency)) alt *= scale;
        last += 1;
        if (size_t h2 = HalfAt(t, last + 1)) { v += 0.5 * scale; if (alt >= 0) alt += 0.5 * scale; last += h2; }
        if (last + 1 < n && t[last + 1].type == Tok::kWord) {
          double scale2 = ScaleWord(t[last + 1].low, lang, false);
          if (scale2 > scale) { v *= scale2; if (alt >= 0) alt *= scale2; last += 1; }
        }
      }
    }
    // "three decades" = 30 (years), or 3 ("trois dernières décennies")
    if (alt < 0 && decades_after(last)) {
      alt = v;
      v *= 10;
      last += 1;
    }
    // ---- decades: "the 1930s", "the '90s", "the 90s"
    if (en && last == k && tk.plain && (tk.int_digits == 4 || tk.int_digits == 2) &&
        static_cast<long>(tk.v) % 10 == 0 && k + 1 < n && t[k + 1].glued && IsWord(t[k + 1], "s") &&
        (tk.int_digits == 2 || year_at(k))) {
      Fact& f = add(FactKind::kYear, k, k + 1, tk.v);
      f.decade = true;
      continue;
    }
    // "7 mille 375" (French for 7,375)
    if (!en && last == k + 1 && v == tk.v * 1000 && IsWord(t[k + 1], "mille") && k + 2 < n &&
        t[k + 2].type == Tok::kNum && t[k + 2].plain && t[k + 2].int_digits == 3 && !t[k + 2].glued) {
      v += t[k + 2].v;
      last = k + 2;
    }
    FactKind kind = FactKind::kNumber;
    if (percent_after(&last)) kind = FactKind::kPercent;
    if (kind == FactKind::kNumber && last == k && year_at(k)) kind = FactKind::kYear;
    Fact& f = add(kind, k, last, v);
    f.alt = alt;
    f.hedged = hedged_before(k);
    f.context = ContextAfter(s, t, last);
  }
  std::sort(facts.begin(), facts.end(), [](const Fact& a, const Fact& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.kind < b.kind;
  });
  return facts;
}

}  // namespace driftalign::drift
