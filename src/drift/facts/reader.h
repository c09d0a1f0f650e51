// Internal to the fact reader: the state of reading one sentence (its text,
// tokens, language, the tokens already read and the facts found), with one
// method per construct, in the manner of RE2's ParseState. The driver
// (Read, in extractor.cc) walks the tokens left to right and tries the
// constructs in a fixed order; a construct that reads a token marks it used.
// The construct methods live with their concept: dates_times.cc (dates,
// weekdays, decades, clock times) and numbers.cc (figures, number words,
// approximate quantities, ordinals).
//
//   std::vector<Fact> f = facts::SentenceReader(sentence, Lang::kEn, number_words).Read();
#ifndef DRIFTALIGN_DRIFT_FACTS_READER_H_
#define DRIFTALIGN_DRIFT_FACTS_READER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "drift/facts/fact.h"
#include "drift/facts/number_words.h"
#include "drift/facts/tokens.h"

namespace driftalign::drift::facts {

class SentenceReader {
 public:
  // `words` must outlive the reader.
  SentenceReader(std::string_view sentence, Lang lang, const NumberWords& words);

  // All facts of the sentence, ordered by begin offset, then kind.
  std::vector<Fact> Read();

 private:
  // Up to `max` word tokens from `start`, over glued hyphens
  // ("quatre-vingt-dix"): their lower-case text and token indices.
  struct WordRun {
    std::vector<std::string_view> words;
    std::vector<size_t> idx;
  };
  // A figure being read: its value, other reading (-1: none), last token.
  struct Figure {
    double v;
    double alt;
    size_t last;
  };

  // extractor.cc: the driver and the output.
  void ReadWord(size_t k);
  void ReadDigits(size_t k);
  Fact& Add(FactKind kind, size_t kb, size_t ke, double v);  // marks kb..ke used
  void MarkUsed(size_t kb, size_t ke);
  WordRun WordsFrom(size_t start, size_t max) const;
  // The scale word at last + 1 (not glued), or after a glued hyphen there
  // ("eight-thousand"); 0: none. Sets *end to its token when there is one.
  double ScaleAfter(size_t last, size_t* end = nullptr) const;

  // dates_times.cc
  bool TryMonthDate(size_t k);
  int DayBeforeMonth(size_t k, size_t* first) const;
  void TrySecondDay(size_t last, int month);
  bool TryFrenchDecade(size_t k);
  bool TryDecadeInWords(size_t k);
  bool TryWeekday(size_t k);
  double NightAlt(size_t k, int weekday) const;
  bool TryClockTime(size_t k);
  bool TryDottedClockTime(size_t k);
  bool TryTimeInWords(size_t k, size_t last, double hour);
  Fact& AddTime(size_t kb, size_t ke, int hour, int minutes, int ampm);
  bool TryDayBeforeMonthDigits(size_t k);
  bool TryYearRangeEnd(size_t k);
  bool TryDecadeInDigits(size_t k);

  // numbers.cc
  void OfThousandsAfter(size_t* last, double* value) const;
  bool TryApprox(size_t k);
  bool TryTensOf(size_t k);
  bool TryVague(size_t k);
  bool TryNumberWords(size_t k);
  bool TryCardinalWords(size_t k, const WordRun& run, int m, double v, bool article);
  void AddCardinalWords(size_t k, const WordRun& run, int m, double v, size_t last, bool article);
  bool TryOrdinalWords(size_t k, const WordRun& run);
  bool TryDigitOrdinal(size_t k);
  bool TryRomanOrdinal(size_t k);
  void ReadFigure(size_t k);
  void ApplyFigureScale(size_t k, Figure* fig) const;
  // French figures continued after their scale word: "6 mille 74" = 6,074,
  // "5 millions 143 mille 312" = 5,143,312 (adds to fig and moves fig->last).
  void ReadFrenchFigureTail(Figure* fig) const;
  // Whether a hedge follows the figure ending at token `last`: "50-odd",
  // "50-plus" (English).
  bool HedgedAfter(size_t last) const;

  const std::string_view s_;
  const Lang lang_;
  const bool en_;
  const NumberWords& words_;
  const std::vector<Tok> t_;
  const size_t n_;
  std::vector<bool> used_;  // tokens already read into a fact (or skipped as none)
  std::vector<Fact> facts_;
};

}  // namespace driftalign::drift::facts

#endif  // DRIFTALIGN_DRIFT_FACTS_READER_H_
