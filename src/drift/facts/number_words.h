// Number-word tables for English and French, generated at start-up from ICU's
// RuleBasedNumberFormat spell-out rules (so "vingt-et-un", "quatre-vingt-dix",
// "twenty-one" come from CLDR, not from a hand list), plus the words the
// rules do not produce (dozen/douzaine, hyphen-less and "and"/"et" variants).
// Internal to drift/ (used by FactExtractor).
#ifndef DRIFTALIGN_DRIFT_FACTS_NUMBER_WORDS_H_
#define DRIFTALIGN_DRIFT_FACTS_NUMBER_WORDS_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "drift/facts/fact.h"
#include "text/status.h"

namespace driftalign::drift::facts {

class NumberWords {
 public:
  // Builds cardinals and ordinals 0..999 for both languages (French ordinals
  // also in the plural: "premiers", "troisièmes").
  static StatusOr<std::unique_ptr<NumberWords>> Create();

  // Longest phrase of lower-cased words starting at words[0] (at most 6)
  // that is a cardinal (`ordinal` false) or an ordinal. Returns the number of
  // words used (0: none) and sets *value.
  int Match(const std::vector<std::string_view>& words, Lang lang, bool ordinal,
            double* value) const;

  // Whether some phrase (cardinal or ordinal) starts with `word`: a cheap
  // test before Match.
  bool MayStart(std::string_view word, Lang lang) const {
    return first_[static_cast<int>(lang)].count(std::string(word)) > 0;
  }

 private:
  std::unordered_map<std::string, double> cardinal_[2];
  std::unordered_map<std::string, double> ordinal_[2];
  std::unordered_set<std::string> first_[2];  // first words of all phrases
};

}  // namespace driftalign::drift::facts

#endif  // DRIFTALIGN_DRIFT_FACTS_NUMBER_WORDS_H_
