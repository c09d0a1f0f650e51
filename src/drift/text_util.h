// Small UTF-8 helpers for drift/: lower-casing and accent folding of words,
// and the letter tests of text/lexer.h under their drift/ names.
#ifndef DRIFTALIGN_DRIFT_TEXT_UTIL_H_
#define DRIFTALIGN_DRIFT_TEXT_UTIL_H_

#include <string>
#include <string_view>

#include "text/lexer.h"

namespace driftalign::drift {

using text::IsAlpha;
using text::IsMark;
using text::IsSpacingMark;
using text::IsUpper;

// Lower-cases UTF-8 (ASCII fast path, ICU full case mapping otherwise).
std::string LowerUtf8(std::string_view s);

// Removes the accents of Latin letters in lower-case UTF-8: "tokaïev" -> "tokaiev",
// "œ" -> "oe", "čtk" -> "ctk" (beyond Latin-1: ICU NFD without the combining
// marks). Other characters are kept.
std::string FoldAccents(std::string_view s);

// Levenshtein distance of two byte strings, capped at `cap` + 1 (no
// allocation; strings of 64 bytes or more are only equal or not).
int EditDistance(std::string_view a, std::string_view b, int cap);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_TEXT_UTIL_H_
