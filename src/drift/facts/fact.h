// A fact of one sentence: a figure, date, time, quotation or named entity,
// with byte offsets into that sentence (the value type FactExtractor returns
// and the drift checks compare across languages).
//
//   Fact f;                       // from FactExtractor::Extract(sentence, Lang::kFr)
//   if (f.kind == FactKind::kTime) minutes = f.value;
#ifndef DRIFTALIGN_DRIFT_FACTS_FACT_H_
#define DRIFTALIGN_DRIFT_FACTS_FACT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "text/lang.h"
#include "text/status.h"

namespace driftalign::drift {

// The language type of text/lang.h, under the name drift code uses
// (drift::Lang::kEn, drift::ParseLang, drift::LangName).
using Lang = text::Lang;
using text::LangName;
using text::ParseLang;

enum class FactKind {
  kNumber,    // an exact figure: 2,000; 1,8 million; treize; a dozen
  kApprox,    // an approximate quantity: dozens, des centaines, un millier
  kVague,     // several, a few, plusieurs, quelques
  kPercent,   // 5%, 2.6 per cent, 3 points de pourcentage
  kOrdinal,   // 1st, 2e, first, première
  kYear,      // a bare year 1800..2100 written without separators
  kWeekday,   // value 0 (Monday) .. 6 (Sunday)
  kDate,      // a month, with day and year when given
  kTime,      // a clock time; value = minutes since midnight
  kQuote,     // a quotation, marks included
  kAcronym,   // EU, OTAN, CSTO (key = canonical cross-language form)
  kName,      // a capitalised name not at the start of the sentence
};
std::string_view FactKindName(FactKind kind);

struct Fact {
  FactKind kind = FactKind::kNumber;
  size_t begin = 0;  // byte offsets into the sentence text
  size_t end = 0;
  double value = 0;  // see FactKind; kDate: month 1..12
  double alt = -1;   // another reading (ambiguous 2,000 in French; 12-hour clock); -1: none
  int day = 0;       // kDate: day of month, 0 when absent
  int year = 0;      // kDate: year, 0 when absent
  bool plural = false;      // kApprox: "dozens" (true) vs "une dizaine" (false)
  bool hedged = false;      // kNumber: "about 10", "a thousand" may equal a singular approx
  bool from_words = false;  // written in words (thirteen, a dozen)
  bool decade = false;      // kYear: a decade, "the 1930s", "les années trente" (value 30: century unsaid)
  int depth = 0;            // kQuote: 0 = outermost
  size_t inner_begin = 0;   // kQuote: the quoted words, marks excluded
  size_t inner_end = 0;
  // kNumber/kPercent/kYear written as a bare whole number in digits (no scale
  // word, no decimal, one reading): its exact decimal digits (Tok::digits).
  // Figures beyond 2^53 differ where their doubles do not; the figure check
  // compares these strings when both sides have them. Empty otherwise.
  std::string digits;
  std::string key;          // kAcronym/kName: normalised key; kQuote: inner text
  // kQuote: the quotation is longer than facts::kMaxQuoteBytes and was not
  // read (key empty, inner span = the bytes between the marks); the checks
  // compare no such quotation and say so with a not_checked info flag.
  bool too_long = false;
  std::string context;      // the word after a figure ("wounded"), for messages
};

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_FACTS_FACT_H_
