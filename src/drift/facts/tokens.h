// The fact reader's token scanner: a sentence as words (lower-cased, with
// their capitalisation), figures written with digits (read in the
// language's formats: en 2,000.5; fr 2 000,5 with space, NBSP or narrow
// NBSP) and single punctuation characters, with byte offsets.
//
//   std::vector<facts::Tok> t = facts::Tokenize("Il y a 2 000 morts.", Lang::kFr);
//   // t[3]: kNum "2 000", v = 2000
#ifndef DRIFTALIGN_DRIFT_FACTS_TOKENS_H_
#define DRIFTALIGN_DRIFT_FACTS_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>

#include "drift/facts/fact.h"

namespace driftalign::drift::facts {

struct Tok {
  enum Type { kWord, kNum, kPunct } type = kPunct;
  size_t b = 0, e = 0;  // byte offsets into the sentence
  std::string low;      // word: lower-cased; num: its text; punct: the character
  bool glued = false;   // no space between the previous token and this one
  bool cap = false;     // word starts with an upper-case letter
  bool upper = false;   // word: every letter upper case (2 letters or more)
  // kNum
  double v = 0, alt = -1;  // the value; another reading (2,000 in French), -1: none
  int int_digits = 0;   // digits before any separator
  bool plain = false;   // digits only
  // The exact whole number written, as decimal digits without separators or
  // leading zeros ("2 000 000" -> "2000000"), when the figure has that one
  // reading; empty for a decimal or an ambiguous figure (2,000 in French).
  std::string digits;
};

// Scans a figure written with digits at s[i] (a digit) in `lang`'s formats.
// Sets tok->e, v, alt, int_digits, plain, digits.
void ScanNumber(std::string_view s, size_t i, Lang lang, Tok* tok);

// The tokens of `s` (valid UTF-8) in order; spaces (text::IsSpace) separate
// tokens and set `glued` on the next one.
std::vector<Tok> Tokenize(std::string_view s, Lang lang);

inline bool IsPunct(const Tok& t, std::string_view p) { return t.type == Tok::kPunct && t.low == p; }
inline bool IsWord(const Tok& t, std::string_view w) { return t.type == Tok::kWord && t.low == w; }

}  // namespace driftalign::drift::facts

#endif  // DRIFTALIGN_DRIFT_FACTS_TOKENS_H_
