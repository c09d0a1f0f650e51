#include "drift/facts/dates_times.h"

#include <cctype>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "drift/facts/numbers.h"
#include "drift/facts/reader.h"
#include "drift/facts/word_tables.h"

namespace driftalign::drift::facts {

// ---------------------------------------------------------------- token tests

int MonthAt(const std::vector<Tok>& t, size_t k, Lang lang, size_t* last) {
  const size_t n = t.size();
  const bool en = lang == Lang::kEn;
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
  // English abbreviations without their dot before a day: "Sept 11", "Nov 21"
  // (issue 15; French "sept" is seven).
  size_t dl;
  if (abbrev && en && t[k].cap && DayAt(t, k + 1, &dl)) {
    *last = k;
    return abbrev;
  }
  return 0;
}

int DayAt(const std::vector<Tok>& t, size_t k, size_t* last) {
  const size_t n = t.size();
  if (k >= n || t[k].type != Tok::kNum || !t[k].plain || t[k].v < 1 || t[k].v > 31) return 0;
  *last = k;
  if (k + 1 < n && t[k + 1].type == Tok::kWord && t[k + 1].glued) {
    static const std::unordered_set<std::string> suf = {"st", "nd", "rd", "th", "er", "re",
                                                        "e", "ème", "eme"};
    if (suf.count(t[k + 1].low)) *last = k + 1;
    else return 0;
  }
  return static_cast<int>(t[k].v);
}

int YearAt(const std::vector<Tok>& t, size_t k) {
  if (k < t.size() && t[k].type == Tok::kNum && t[k].plain && t[k].int_digits == 4 && t[k].v >= 1800 &&
      t[k].v <= 2100) return static_cast<int>(t[k].v);
  return 0;
}

bool IsDayLink(const Tok& x) {
  return IsWord(x, "to") || IsWord(x, "and") || IsWord(x, "through") || IsWord(x, "au") ||
         IsWord(x, "et") || IsPunct(x, "-") || IsPunct(x, "–");
}

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

bool OClockAt(const std::vector<Tok>& t, size_t q) {
  return q + 2 < t.size() && IsWord(t[q], "o") && (IsPunct(t[q + 1], "'") || IsPunct(t[q + 1], "’")) &&
         IsWord(t[q + 2], "clock");
}

bool ClockSuffixAt(const std::vector<Tok>& t, size_t q, bool english_words, bool bare,
                   ClockSuffix* out) {
  const size_t n = t.size();
  size_t pe = 0;
  if (english_words && OClockAt(t, q)) {  // "five o'clock (in the afternoon)"
    out->oclock = true;
    out->ampm = 0;
    out->last = q + 2;
    if (int pd = PartOfDayAt(t, out->last + 1, &pe)) {
      out->ampm = pd;
      out->last = pe;
    }
    return true;
  }
  if (english_words) {
    if (int pd = PartOfDayAt(t, q, &pe)) {  // "three in the morning"
      out->ampm = pd;
      out->last = pe;
      return true;
    }
  }
  if (bare && q < n && (IsWord(t[q], "pm") || IsWord(t[q], "am"))) {
    out->ampm = t[q].low == "pm" ? 2 : 1;
    out->last = q;
    return true;
  }
  if (q + 2 < n && (IsWord(t[q], "p") || IsWord(t[q], "a")) && IsPunct(t[q + 1], ".") &&
      IsWord(t[q + 2], "m")) {
    out->ampm = t[q].low == "p" ? 2 : 1;
    out->last = q + 2;
    if (out->last + 1 < n && IsPunct(t[out->last + 1], ".") && t[out->last + 1].glued) out->last += 1;
    return true;
  }
  return false;
}

namespace {

// The minutes said in words after "heure(s)" at token j: "et quart" (15),
// "moins le quart" (-15), "moins vingt" / "moins 10" (-20, -10). Returns the
// tokens used (0: none) and sets *minutes.
size_t MinutesAfterHour(const std::vector<Tok>& t, size_t j, int* minutes) {
  const size_t n = t.size();
  if (j + 1 < n && IsWord(t[j], "et") && IsWord(t[j + 1], "quart")) {
    *minutes = 15;
    return 2;
  }
  if (!(j + 1 < n && IsWord(t[j], "moins"))) return 0;
  if (j + 2 < n && IsWord(t[j + 1], "le") && IsWord(t[j + 2], "quart")) {
    *minutes = -15;
    return 3;
  }
  const Tok& m = t[j + 1];
  if (m.type == Tok::kNum && m.plain && m.v >= 1 && m.v <= 30) {
    *minutes = -static_cast<int>(m.v);
    return 2;
  }
  if (j + 3 < n && IsWord(m, "vingt") && IsPunct(t[j + 2], "-") && IsWord(t[j + 3], "cinq")) {
    *minutes = -25;
    return 4;
  }
  static const std::pair<std::string_view, int> kWords[] = {{"cinq", 5}, {"dix", 10}, {"vingt", 20}};
  for (const auto& [word, v] : kWords) {
    if (IsWord(m, word)) {
      *minutes = -v;
      return 2;
    }
  }
  return 0;
}

}  // namespace

size_t FrenchClockAt(const std::vector<Tok>& t, size_t k, size_t hk, bool words, int* minutes,
                     int* ampm) {
  const size_t n = t.size();
  size_t e = hk + 1;
  if (e >= n || !(IsWord(t[e], "heures") || IsWord(t[e], "heure"))) return 0;
  *minutes = 0;
  *ampm = 0;
  bool minutes_said = false;
  if (e + 1 < n && t[e + 1].type == Tok::kNum && t[e + 1].plain && t[e + 1].int_digits == 2 && t[e + 1].v < 60) {
    *minutes = static_cast<int>(t[e + 1].v);
    e += 1;
    minutes_said = true;
  } else if (size_t used = MinutesAfterHour(t, e + 1, minutes)) {
    e += used;
    minutes_said = true;
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
  // "1 heure 20", "neuf heures moins vingt": minutes after the hour make a
  // clock time (a duration so written is matched as hours too).
  if ((after_prep || *ampm != 0 || minutes_said) && !duration) return e;
  *ampm = 0;
  return 0;
}

int ClockMinutes(int h, int minutes, int ampm, double* alt) {
  int hh = h;
  if (ampm == 2 && h < 12) hh = h + 12;
  if (ampm == 1 && h == 12) hh = 0;
  *alt = (ampm == 0 && h >= 1 && h < 12) ? (h + 12) * 60 + minutes : -1;
  return hh * 60 + minutes;
}

bool IsDateWord(std::string_view folded_lower) {
  for (char c : folded_lower) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;  // the tables' accented spellings
  }
  return WeekdayOf(folded_lower, Lang::kEn) >= 0 || WeekdayOf(folded_lower, Lang::kFr) >= 0 ||
         MonthOf(folded_lower, Lang::kEn) != 0 || MonthOf(folded_lower, Lang::kFr) != 0;
}

// ---------------------------------------------------------------- dates

// Dates led by a month: "January 6, 2022", "6 janvier", "janvier 2022".
bool SentenceReader::TryMonthDate(size_t k) {
  size_t mlast;
  const int month = MonthAt(t_, k, lang_, &mlast);
  if (month == 0) return false;
  size_t last = mlast, dl;
  size_t first = k;
  int day = DayBeforeMonth(k, &first);
  // Day after: "January 6" (not "January 6 million").
  if (day == 0 && DayAt(t_, mlast + 1, &dl) && !(mlast + 2 < n_ && ScaleWord(t_[mlast + 2].low, lang_, false) > 0)) {
    day = static_cast<int>(t_[mlast + 1].v);
    last = dl;
  }
  size_t yk = last + 1;
  if (yk < n_ && IsPunct(t_[yk], ",")) ++yk;
  // "janvier de 2007", "the 10th of January of 2011" (issue 15).
  if (yk + 1 < n_ && (IsWord(t_[yk], "de") || IsWord(t_[yk], "of")) && YearAt(t_, yk + 1)) ++yk;
  const int year = YearAt(t_, yk);
  if (year) last = yk;
  // A capitalised month word with neither day nor year, next to another
  // capitalised word (April Ryan, Theresa May, May Day) is part of a name
  // (issue 15); after "last", "in", "en"... ("In June Smith resigned") it is
  // still a month, and so after a capitalised first word ("So February
  // isn't", though also "Theresa May said"). The word
  // is consumed, so it is not read as a name either.
  // French writes months in lower case, but a capitalised one inside the
  // sentence is most often still a month ("les vacances de Janvier", "la
  // mi-Octobre"); only "Mars" so written is the planet ("la vie sur Mars").
  const bool led = k >= 1 && t_[k - 1].type == Tok::kWord && LeadsMonth(t_[k - 1].low);
  if (day == 0 && year == 0 && t_[k].cap && mlast == k && !led &&
      ((k >= 2 && t_[k - 1].type == Tok::kWord && t_[k - 1].cap) ||
       (k + 1 < n_ && t_[k + 1].type == Tok::kWord && t_[k + 1].cap) || (!en_ && k >= 1 && !t_[k].upper && t_[k].low == "mars"))) {
    used_[k] = true;
    return true;
  }
  Fact& f = Add(FactKind::kDate, first, last, month);
  f.day = day;
  f.year = year;
  if (day != 0 && year == 0) TrySecondDay(last, month);
  return true;
}

// The day before the month at k: "6 janvier", "1er janvier", "6th of
// January"; *first = its first token. 0: none.
int SentenceReader::DayBeforeMonth(size_t k, size_t* first) const {
  if (k < 1) return 0;
  size_t dl;
  // "6e janvier" (a glued suffix), "18. décembre" (a day with the dot of the
  // German-style ordinal, frequent in translated news).
  const bool dot = k >= 2 && t_[k - 1].glued && IsPunct(t_[k - 1], ".");
  const bool skip = k >= 2 && t_[k - 1].glued && (t_[k - 1].type == Tok::kWord || dot);
  size_t dk = skip ? k - 2 : k - 1;
  if (!used_[dk] && DayAt(t_, dk, &dl) && (dl == k - 1 || (dot && dl == k - 2))) {
    *first = dk;
    return static_cast<int>(t_[dk].v);
  }
  if (k >= 2 && IsWord(t_[k - 1], "of") && !used_[k - 2] && DayAt(t_, k - 2, &dl)) {
    *first = k - 2;
    return static_cast<int>(t_[k - 2].v);
  }
  return 0;
}

// "November 16 to 20", "December 5th and 7th": the second day of a range or
// list after the date ending at `last` shares the month (unless a month of
// its own follows).
void SentenceReader::TrySecondDay(size_t last, int month) {
  size_t d2 = last + 2, d2l, m2l;
  if (d2 < n_ && IsDayLink(t_[last + 1]) && !used_[d2] && DayAt(t_, d2, &d2l) &&
      !MonthAt(t_, d2l + 1, lang_, &m2l)) {
    Fact& f2 = Add(FactKind::kDate, d2, d2l, month);
    f2.day = static_cast<int>(t_[d2].v);
  }
}

// A day in digits at k before a month is read with the month (skipped here);
// "du 16 au 20 novembre", "les 5 et 7 décembre": the first day of a range or
// list takes the month of the date that follows. (English: "the 8th to the
// 10th August", "the 15th and 16th of April".)
bool SentenceReader::TryDayBeforeMonthDigits(size_t k) {
  size_t dl;
  if (!DayAt(t_, k, &dl)) return false;
  size_t mk = dl + 1, ml;
  if (mk < n_ && IsPunct(t_[mk], ".") && t_[mk].glued) ++mk;  // "le 18. décembre"
  if (MonthAt(t_, mk, lang_, &ml) || (mk + 1 < n_ && IsWord(t_[mk], "of") && MonthAt(t_, mk + 1, lang_, &ml))) {
    return true;
  }
  size_t d2 = mk + 1, d2l;
  if (d2 < n_ && IsWord(t_[d2], "the")) ++d2;
  if (mk + 1 < n_ && IsDayLink(t_[mk]) && DayAt(t_, d2, &d2l)) {
    size_t m2 = d2l + 1;
    if (m2 + 1 < n_ && IsWord(t_[m2], "of")) ++m2;
    if (int month = MonthAt(t_, m2, lang_, &ml)) {
      Fact& f = Add(FactKind::kDate, k, dl, month);
      f.day = static_cast<int>(t_[k].v);
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- years and decades

// French decades: "les années trente", "les années 1930", "années 90".
bool SentenceReader::TryFrenchDecade(size_t k) {
  const Tok& tk = t_[k];
  if (en_ || !(tk.low == "années" || tk.low == "annees") || k + 1 >= n_) return false;
  const Tok& d = t_[k + 1];
  double v = 0;
  size_t last = k + 1;
  if (d.type == Tok::kNum && d.plain && (d.int_digits == 2 || d.int_digits == 4)) {
    v = d.v;
  } else if (d.type == Tok::kWord) {
    const WordRun run = WordsFrom(k + 1, 4);
    const int m = words_.Match(run.words, lang_, false, &v);
    if (m > 0) last = run.idx[m - 1];
    else v = 0;
  }
  const long iv = std::lround(v);
  if (!(v == iv && iv % 10 == 0 && ((iv >= 10 && iv <= 90) || (iv >= 1800 && iv <= 2090)))) return false;
  Fact& f = Add(FactKind::kYear, k, last, v);
  f.decade = true;
  return true;
}

// English decades in words: "the seventies", "the early nineties", "the 'sixties".
bool SentenceReader::TryDecadeInWords(size_t k) {
  if (!en_) {
    const int age = FrAgeDecadeOf(t_[k].low);
    if (age == 0) return false;
    Fact& f = Add(FactKind::kYear, k, k, age);
    f.decade = true;
    f.from_words = true;
    return true;
  }
  if (k == 0) return false;
  const Tok& tk = t_[k];
  const Tok& p = t_[k - 1];
  int dec = 0;
  if (tk.low.size() >= 7 && tk.low.back() == 's' &&
      (IsWord(p, "the") || IsWord(p, "early") || IsWord(p, "late") || IsWord(p, "mid") ||
       // "in their sixties", "in his fifties": an age by decade.
       IsWord(p, "their") || IsWord(p, "his") || IsWord(p, "her") || IsWord(p, "our") ||
       IsPunct(p, "'") || IsPunct(p, "’") || IsPunct(p, "-"))) {
    dec = EnDecadeWordOf(tk.low);
  }
  if (dec == 0) return false;
  Fact& f = Add(FactKind::kYear, k, k, dec);
  f.decade = true;
  f.from_words = true;
  return true;
}

// "2000-08": the second year of a range written with two digits.
bool SentenceReader::TryYearRangeEnd(size_t k) {
  const Tok& tk = t_[k];
  if (!(tk.plain && tk.int_digits == 2 && tk.glued && k >= 2 &&
        (IsPunct(t_[k - 1], "-") || IsPunct(t_[k - 1], "/")) && t_[k - 1].glued && YearAt(t_, k - 2))) {
    return false;
  }
  const int from = YearAt(t_, k - 2);
  int to = from / 100 * 100 + static_cast<int>(tk.v);
  if (to < from) to += 100;
  Fact& f = Add(FactKind::kYear, k, k, to);
  f.context = ContextAfter(s_, t_, k);
  return true;
}

// English decades in digits: "the 1930s", "the '90s", "the 90s".
bool SentenceReader::TryDecadeInDigits(size_t k) {
  const Tok& tk = t_[k];
  if (!(en_ && tk.plain && (tk.int_digits == 4 || tk.int_digits == 2) &&
        static_cast<long>(tk.v) % 10 == 0 && k + 1 < n_ && t_[k + 1].glued && IsWord(t_[k + 1], "s") &&
        (tk.int_digits == 2 || YearAt(t_, k)))) {
    return false;
  }
  Fact& f = Add(FactKind::kYear, k, k + 1, tk.v);
  f.decade = true;
  return true;
}

// ---------------------------------------------------------------- weekdays

bool SentenceReader::TryWeekday(size_t k) {
  const int wd = WeekdayOf(t_[k].low, lang_);
  if (wd < 0) return false;
  Fact& f = Add(FactKind::kWeekday, k, k, wd);
  // Not when the night is named by both days ("the night of Tuesday to
  // Wednesday", "dans la nuit de samedi à dimanche").
  const bool range_after = k + 1 < n_ && (IsWord(t_[k + 1], "to") || IsWord(t_[k + 1], "à") ||
                                          IsWord(t_[k + 1], "au") || IsPunct(t_[k + 1], "-"));
  const bool range_before = k >= 2 && (IsWord(t_[k - 1], "to") || IsWord(t_[k - 1], "à") ||
                                       IsWord(t_[k - 1], "au") || IsPunct(t_[k - 1], "-")) &&
                            WeekdayOf(t_[k - 2].low, lang_) >= 0;
  if (!range_after && !range_before) f.alt = NightAlt(k, wd);
  return true;
}

// A night is named after its evening in English ("Saturday night") and
// often after its morning in French ("dans la nuit de dimanche", "dans les
// premières heures de dimanche"): the other day of the weekday at k, or -1.
double SentenceReader::NightAlt(size_t k, int weekday) const {
  double alt = -1;
  if (en_) {
    const bool night_after = k + 1 < n_ && IsWord(t_[k + 1], "night");
    const bool night_of = k >= 2 && IsWord(t_[k - 1], "of") && IsWord(t_[k - 2], "night");
    if (night_after || night_of) alt = (weekday + 1) % 7;
  } else {
    for (size_t j = k >= 4 ? k - 4 : 0; j < k; ++j) {
      if (IsWord(t_[j], "nuit") || (IsWord(t_[j], "premières") && j + 1 < k && IsWord(t_[j + 1], "heures"))) {
        alt = (weekday + 6) % 7;
      }
    }
  }
  return alt;
}

// ---------------------------------------------------------------- clock times

// Clock times in digits: 3:30 p.m., 15:30, 15h30, 15 h 30, 3 p.m., "à 15
// heures", "7 o'clock".
bool SentenceReader::TryClockTime(size_t k) {
  const Tok& tk = t_[k];
  if (TryDottedClockTime(k)) return true;
  if (!(tk.plain && tk.v <= 24 && tk.int_digits <= 2)) return false;
  const int h = static_cast<int>(tk.v);
  int mi = -1;
  size_t last = k;
  // French typography puts a space before the colon: "2 :03 :59".
  if (k + 2 < n_ && IsPunct(t_[k + 1], ":") && (t_[k + 1].glued || !en_) && t_[k + 2].type == Tok::kNum &&
      t_[k + 2].glued && t_[k + 2].int_digits == 2 && t_[k + 2].v < 60) {
    mi = static_cast<int>(t_[k + 2].v);
    last = k + 2;
  } else if (k + 1 < n_ && IsWord(t_[k + 1], "h")) {
    mi = 0;
    last = k + 1;
    if (k + 2 < n_ && t_[k + 2].type == Tok::kNum && t_[k + 2].plain && t_[k + 2].int_digits == 2 &&
        t_[k + 2].v < 60) {
      mi = static_cast<int>(t_[k + 2].v);
      last = k + 2;
    }
  }
  int ampm = 0;
  if (!en_ && mi < 0) {
    int m2 = 0;
    if (size_t e = FrenchClockAt(t_, k, k, /*words=*/false, &m2, &ampm)) {
      mi = m2;
      last = e;
    }
  }
  ClockSuffix suffix;
  if (ampm == 0 && ClockSuffixAt(t_, last + 1, /*english_words=*/en_ && mi < 0, /*bare=*/true, &suffix)) {
    if (suffix.oclock) mi = 0;
    ampm = suffix.ampm;
    last = suffix.last;
  }
  // "from 7 to 9 a.m.", "between 2 and 4pm": the first hour of a range
  // takes the am/pm written once after the second.
  if (en_ && mi < 0 && ampm == 0 && h >= 1 && h <= 12 && k + 2 < n_ &&
      (IsWord(t_[k + 1], "to") || IsWord(t_[k + 1], "and") || IsWord(t_[k + 1], "till") ||
       IsWord(t_[k + 1], "until") || IsPunct(t_[k + 1], "-"))) {
    const Tok& h2 = t_[k + 2];
    ClockSuffix s2;
    if (h2.type == Tok::kNum && h2.plain && h2.v >= 1 && h2.v <= 12 &&
        ClockSuffixAt(t_, k + 3, /*english_words=*/false, /*bare=*/true, &s2) && s2.ampm != 0) {
      ampm = s2.ampm;
    }
  }
  if (!(mi >= 0 || (ampm && h <= 12))) return false;
  if (mi < 0) mi = 0;
  if (h == 24 && mi > 0) return false;  // 24h00 ends a day; 24h30 is no clock time
  AddTime(k, last, h, mi, ampm);
  return true;
}

// English hours and minutes with a dot, 4.30pm, 5.30 p.m. (issue 15): read
// as a time only before am/pm, since 4.30 alone is a decimal.
bool SentenceReader::TryDottedClockTime(size_t k) {
  const Tok& tk = t_[k];
  if (!en_ || tk.type != Tok::kNum || tk.plain || tk.int_digits < 1 || tk.int_digits > 2) return false;
  const std::string& d = tk.low;  // "4.30"
  const size_t dot = static_cast<size_t>(tk.int_digits);
  if (d.size() != dot + 3 || d[dot] != '.' || !std::isdigit(static_cast<unsigned char>(d[dot + 1])) ||
      !std::isdigit(static_cast<unsigned char>(d[dot + 2]))) {
    return false;
  }
  const int h = std::stoi(d.substr(0, dot)), mi = std::stoi(d.substr(dot + 1));
  ClockSuffix suffix;
  if (h < 1 || h > 12 || mi >= 60 || !ClockSuffixAt(t_, k + 1, /*english_words=*/false, /*bare=*/true, &suffix) ||
      suffix.ampm == 0) {
    return false;
  }
  AddTime(k, suffix.last, h, mi, suffix.ampm);
  return true;
}

// "five o'clock", "nine a.m.", "three in the morning", "huit heures du
// soir": a clock time in words, the hour read in tokens k..last.
bool SentenceReader::TryTimeInWords(size_t k, size_t last, double hour) {
  if (!(hour >= 1 && hour <= (en_ ? 12 : 24) && hour == std::floor(hour))) return false;
  size_t tl = 0;
  int ampm = 0, minutes = 0;
  ClockSuffix suffix;
  if (!en_) {
    tl = FrenchClockAt(t_, k, last, /*words=*/true, &minutes, &ampm);
  } else if (ClockSuffixAt(t_, last + 1, /*english_words=*/true, /*bare=*/false, &suffix)) {
    ampm = suffix.ampm;
    tl = suffix.last;
  }
  if (tl == 0 || (hour == 24 && minutes > 0)) return false;  // as TryClockTime
  AddTime(k, tl, static_cast<int>(hour), minutes, ampm).from_words = true;
  return true;
}

Fact& SentenceReader::AddTime(size_t kb, size_t ke, int hour, int minutes, int ampm) {
  double alt;
  const int v = ClockMinutes(hour, minutes, ampm, &alt);
  Fact& f = Add(FactKind::kTime, kb, ke, v);
  f.alt = alt;
  return f;
}

}  // namespace driftalign::drift::facts
