// Small UTF-8 helpers for drift/: lower-casing and accent folding of words.
#ifndef DRIFTALIGN_DRIFT_TEXT_UTIL_H_
#define DRIFTALIGN_DRIFT_TEXT_UTIL_H_

#include <string>
#include <string_view>

#include <unicode/uchar.h>

namespace driftalign::drift {

// ICU's letter tests with an ASCII fast path (most letters of English and
// French text are ASCII); the same answers as u_isalpha, u_isupper and
// u_charType == U_NON_SPACING_MARK / U_COMBINING_SPACING_MARK.
inline bool IsAlpha(UChar32 c) {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c) != 0;
}
inline bool IsUpper(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c) != 0; }
inline bool IsMark(UChar32 c) { return c >= 0x80 && u_charType(c) == U_NON_SPACING_MARK; }
inline bool IsSpacingMark(UChar32 c) { return c >= 0x80 && u_charType(c) == U_COMBINING_SPACING_MARK; }

// Lower-cases UTF-8 (ASCII fast path, ICU full case mapping otherwise).
std::string LowerUtf8(std::string_view s);

// Removes the accents of Latin letters in lower-case UTF-8: "tokaïev" -> "tokaiev",
// "œ" -> "oe", "čtk" -> "ctk" (beyond Latin-1: ICU NFD without the combining
// marks). Other characters are kept.
std::string FoldAccents(std::string_view s);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_TEXT_UTIL_H_
