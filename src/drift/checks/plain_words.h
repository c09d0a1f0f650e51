// PlainWords: the words of one sentence as the meaning checks (negation.h,
// untranslated.h, repeated_words.h) read them — letter runs split at
// apostrophes and hyphens ("n’a" -> "n", "a"; "non-violent" -> "non",
// "violent"), lower-cased (ASCII), with their byte span, whether a hyphen or
// an apostrophe joins them to the next word, and their clause (a new clause
// starts after , ; : ( ) [ ] — – and quotation marks, and after . ! ?).
//
//   for (const PlainWord& w : PlainWords("Il n’a pas dit « non »."))
//     if (w.lower == "pas") ...
#ifndef DRIFTALIGN_DRIFT_CHECKS_PLAIN_WORDS_H_
#define DRIFTALIGN_DRIFT_CHECKS_PLAIN_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace driftalign::drift {

struct PlainWord {
  size_t begin = 0, end = 0;  // bytes in the text
  std::string lower;          // ASCII letters lower-cased, other bytes as written
  bool capital = false;       // starts with an upper-case letter (ASCII or accented)
  bool hyphen_after = false;  // "non" of "non-violent"
  bool elided = false;        // followed by an apostrophe: "n" of "n’a", "l" of "l'Etat"
  int clause = 0;             // clause index inside the text
};

std::vector<PlainWord> PlainWords(std::string_view text);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_PLAIN_WORDS_H_
