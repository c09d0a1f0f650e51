// Fact extraction: the figures, dates, times, quotations and named entities
// of one English or French sentence, with byte offsets into that sentence.
//
// Figures are read in each language's formats (en 2,000 / 2,000.5; fr 2 000
// with space, NBSP or narrow NBSP, 2.000, 2 000,5, 1,8 million), with scale
// words (million, billion <-> milliard; French "billion" = 10^12; $5m),
// percentages, ordinals (1st, 1er, first, premier) and number words
// (thirteen <-> treize, quatre-vingt-dix; tables generated with ICU's
// spell-out rules). Approximate quantities (dozens, des dizaines, a thousand,
// un millier, several, plusieurs) are their own kind. Dates are weekdays,
// month + day (+ year), years and clock times (3:30 p.m. <-> 15h30).
//
//   StatusOr<FactExtractor> ex = FactExtractor::Create();
//   std::vector<Fact> facts = ex->Extract("Treize membres ...", Lang::kFr);
#ifndef DRIFTALIGN_DRIFT_FACTS_H_
#define DRIFTALIGN_DRIFT_FACTS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "drift/facts/entities.h"
#include "drift/facts/fact.h"
#include "text/status.h"

namespace driftalign::drift {

namespace facts {
class NumberWords;
}  // namespace facts

class FactExtractor {
 public:
  // Builds the number-word tables from ICU's spell-out rules.
  static StatusOr<FactExtractor> Create();
  FactExtractor(FactExtractor&&) noexcept;
  FactExtractor& operator=(FactExtractor&&) noexcept;
  ~FactExtractor();

  // All facts of `sentence` (valid UTF-8), ordered by begin offset.
  // Thread-safe (const, no shared mutable state).
  std::vector<Fact> Extract(std::string_view sentence, Lang lang) const;

 private:
  explicit FactExtractor(std::unique_ptr<facts::NumberWords> words);
  std::unique_ptr<facts::NumberWords> words_;
};

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_FACTS_H_
