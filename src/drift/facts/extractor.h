// FactExtractor: the facts of one English or French sentence (figures,
// dates, times, quotations, named entities; see drift/facts.h), built once
// with the number-word tables and shared by all threads.
//
//   StatusOr<FactExtractor> ex = FactExtractor::Create();
//   std::vector<Fact> facts = ex->Extract("Treize membres ...", Lang::kFr);
#ifndef DRIFTALIGN_DRIFT_FACTS_EXTRACTOR_H_
#define DRIFTALIGN_DRIFT_FACTS_EXTRACTOR_H_

#include <memory>
#include <string_view>
#include <vector>

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

#endif  // DRIFTALIGN_DRIFT_FACTS_EXTRACTOR_H_
