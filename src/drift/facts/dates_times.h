// Dates and times in the fact reader's tokens: weekdays, month + day (+
// year) ("January 6, 2022", "1er janvier"), years and decades ("the 1930s",
// "les années trente"), and clock times in digits or words (3:30 p.m.,
// 15h30, "five o'clock", "huit heures du soir"). The token tests below are
// pure; SentenceReader's Try* methods (reader.h, defined in
// dates_times.cc) turn them into facts.
//
//   size_t last;
//   int month = facts::MonthAt(t, k, Lang::kEn, &last);  // "Jan." -> 1, last = k + 1
#ifndef DRIFTALIGN_DRIFT_FACTS_DATES_TIMES_H_
#define DRIFTALIGN_DRIFT_FACTS_DATES_TIMES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "drift/facts/fact.h"
#include "drift/facts/tokens.h"

namespace driftalign::drift::facts {

// The month (1..12) named at token k, full or abbreviated before a '.';
// *last = its last token. English "may"/"march" only capitalised, "May"
// not first in the sentence; English abbreviations only capitalised. 0: none.
int MonthAt(const std::vector<Tok>& t, size_t k, Lang lang, size_t* last);

// A day of month (1..31) in digits at token k, with an optional glued
// ordinal suffix (1er, 6th); *last = its last token. 0: none.
int DayAt(const std::vector<Tok>& t, size_t k, size_t* last);

// A year 1800..2100 written as 4 plain digits at token k; 0: none.
int YearAt(const std::vector<Tok>& t, size_t k);

// Words that join two days of a range or list: "16 to 20", "du 16 au 20", "5 et 7".
bool IsDayLink(const Tok& x);

// English "in the morning" (1), "in the afternoon" / "in the evening" / "at
// night" (2) starting at token q; *end = its last token. 0: none.
int PartOfDayAt(const std::vector<Tok>& t, size_t q, size_t* end);

// "o'clock" (o ' clock, with ' or ’) starting at token q.
bool OClockAt(const std::vector<Tok>& t, size_t q);

// What follows the hour of a clock time at token q: "o'clock" and English
// parts of the day (with `english_words`), "pm"/"am" (with `bare`), "p.m."
// / "a.m." (and a glued final '.').
struct ClockSuffix {
  int ampm = 0;         // 0 none, 1 morning, 2 afternoon/evening
  size_t last = 0;      // its last token
  bool oclock = false;  // "o'clock" (the minutes are 0)
};
bool ClockSuffixAt(const std::vector<Tok>& t, size_t q, bool english_words, bool bare,
                   ClockSuffix* out);

// French "à 15 heures", "vers 6 heures du soir", "à 1 heure 20": the hour in
// tokens k..hk, then "heure(s)", optional minutes, optional du matin / du
// soir / de l'après-midi. A clock time with such a part of the day, or (hour
// in digits, `words` false) after à / vers / dès / avant; other "N heures"
// are durations ("après 2 heures de débat", "réduit à 2 heures 40 minutes",
// "dix à douze heures"). Returns its last token (0: no clock time); sets
// *minutes and *ampm (1 morning, 2 afternoon/evening; 0 when none).
size_t FrenchClockAt(const std::vector<Tok>& t, size_t k, size_t hk, bool words, int* minutes,
                     int* ampm);

// Minutes since midnight of hour h (0..24) and `minutes` with `ampm` (0
// none, 1 a.m., 2 p.m.). *alt = the afternoon reading of a 1..11 o'clock
// hour without am/pm, else -1.
int ClockMinutes(int h, int minutes, int ampm, double* alt);

// Whether a lower-case, accent-folded word names a weekday or a month
// (full name) in English or French: "monday", "dimanche", "fevrier", "aout".
// The same answers as the drift checker's date-word test on name keys.
bool IsDateWord(std::string_view folded_lower);

}  // namespace driftalign::drift::facts

#endif  // DRIFTALIGN_DRIFT_FACTS_DATES_TIMES_H_
