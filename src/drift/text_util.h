// Small UTF-8 helpers for drift/: lower-casing and accent folding of words.
#ifndef DRIFTALIGN_DRIFT_TEXT_UTIL_H_
#define DRIFTALIGN_DRIFT_TEXT_UTIL_H_

#include <string>
#include <string_view>

namespace driftalign::drift {

// Lower-cases UTF-8 (ASCII fast path, ICU full case mapping otherwise).
std::string LowerUtf8(std::string_view s);

// Removes the accents of Latin letters in lower-case UTF-8: "tokaïev" -> "tokaiev",
// "œ" -> "oe". Other characters are kept.
std::string FoldAccents(std::string_view s);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_TEXT_UTIL_H_
