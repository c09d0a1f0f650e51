// The low-level scanning every text scanner of driftalign repeats: stepping
// over UTF-8 code points with ICU, classifying a code point (letter, mark,
// digit, space) and finding runs of one class. The scanners themselves
// (embed::Tokenizer, drift::facts::Tokenize, drift::CoverageScorer::Tokens,
// align::FindAnchors) keep their own rules on top — which separators join a
// figure, what a word may contain — because those rules differ on purpose
// (each is part of a model contract or a tuned score).
//
//   size_t next;
//   for (size_t i = 0; i < s.size(); i = next) {
//     const UChar32 c = text::PeekCodePoint(s, i, &next);
//     if (text::IsAsciiDigit(c)) { next = text::SkipDigits(s, i); ... }
//   }
//   text::ForEachLetterRun(s, [&](size_t b, size_t e) { words.insert(s.substr(b, e - b)); });
//
// Byte offsets everywhere; the input is UTF-8 (text::MakeDocument checked
// it), and every function here also steps safely over ill-formed bytes.
#ifndef DRIFTALIGN_TEXT_LEXER_H_
#define DRIFTALIGN_TEXT_LEXER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace driftalign::text {

// ---- Stepping over code points ------------------------------------------

// The code point at s[i] (ICU U8_NEXT); *next = the byte after it. Returns a
// negative value on an ill-formed sequence (then *next skips its maximal
// well-formed prefix, at least one byte) and -1 with *next = i at or past
// the end.
inline UChar32 PeekCodePoint(std::string_view s, size_t i, size_t* next) {
  if (i >= s.size()) {
    *next = i;
    return -1;
  }
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
  *next = static_cast<size_t>(j);
  return c;
}

// The byte offset after the code point starting at s[i] (ICU U8_FWD_1: the
// same step as PeekCodePoint without decoding; never beyond s.size()).
inline size_t NextCodePoint(std::string_view s, size_t i) {
  int32_t j = static_cast<int32_t>(i);
  U8_FWD_1(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()));
  return static_cast<size_t>(j);
}

// The number of code points of `s`, counted in NextCodePoint steps (an
// ill-formed sequence counts as one).
int64_t CountCodePoints(std::string_view s);

// ---- Classes of code points ---------------------------------------------

inline bool IsAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// ICU's letter tests with an ASCII fast path (most letters of English and
// French text are ASCII); the same answers as u_isalpha, u_isupper and
// u_charType == U_NON_SPACING_MARK / U_COMBINING_SPACING_MARK. A negative c
// (ill-formed UTF-8) is none of them.
inline bool IsAlpha(UChar32 c) {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c) != 0;
}
inline bool IsUpper(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c) != 0; }
inline bool IsMark(UChar32 c) { return c >= 0x80 && u_charType(c) == U_NON_SPACING_MARK; }
inline bool IsSpacingMark(UChar32 c) { return c >= 0x80 && u_charType(c) == U_COMBINING_SPACING_MARK; }

// White space: ASCII space, tab, CR, LF, NBSP, narrow NBSP (U+202F), thin
// space (U+2009), figure space (U+2007) and the rest of Unicode White_Space
// (u_isUWhiteSpace).
bool IsSpace(UChar32 c);

// ---- Runs ----------------------------------------------------------------

// Whether s[i] is an ASCII digit (false at or past the end).
inline bool IsDigitAt(std::string_view s, size_t i) { return i < s.size() && IsAsciiDigit(s[i]); }

// The end of the run of ASCII digits starting at s[i] (i itself when s[i] is
// not a digit). Digits only: which separators continue a figure is each
// scanner's own rule.
inline size_t SkipDigits(std::string_view s, size_t i) {
  while (IsDigitAt(s, i)) ++i;
  return i;
}

// Calls fn(begin, end) for each maximal run of code points c of `t` with
// in_run(c) true, in order (c is negative for an ill-formed sequence).
template <typename Pred, typename Fn>
void ForEachRun(std::string_view t, Pred in_run, Fn fn) {
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t run = kNone;
  size_t i = 0;
  while (i < t.size()) {
    size_t next;
    const bool in = in_run(PeekCodePoint(t, i, &next));
    if (in && run == kNone) run = i;
    if (!in && run != kNone) {
      fn(run, i);
      run = kNone;
    }
    i = next;
  }
  if (run != kNone) fn(run, t.size());
}

// The letters of ForEachLetterRun: ASCII letters and every non-ASCII code
// point (so accented letters stay inside their word, and so do NBSP, « and
// ’: a coarse rule the drift checks rely on), and ill-formed bytes.
inline bool IsAsciiLetterOrNonAscii(UChar32 c) { return c < 0 || c >= 0x80 || IsAsciiAlpha(c); }

// Calls fn(begin, end) for each run of IsAsciiLetterOrNonAscii code points.
// The same runs as a byte loop over "ASCII letter or byte >= 0x80".
template <typename Fn>
void ForEachLetterRun(std::string_view t, Fn fn) {
  ForEachRun(t, IsAsciiLetterOrNonAscii, fn);
}

}  // namespace driftalign::text

#endif  // DRIFTALIGN_TEXT_LEXER_H_
