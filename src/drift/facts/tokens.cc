#include "drift/facts/tokens.h"

#include <cstdlib>

#include "drift/text_util.h"
#include "text/lexer.h"

namespace driftalign::drift::facts {

namespace {

using text::IsDigitAt;
using text::PeekCodePoint;
using text::SkipDigits;

// The spaces that group digits in a figure (besides ' '): NBSP, narrow NBSP,
// thin space, figure space. Not the tokenizer's set (no figure space there,
// part of the model contract) nor the aligner's (tabs and line breaks too).
bool IsGroupSpace(UChar32 c) { return c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007; }

double ToDouble(const std::string& digits) { return std::strtod(digits.c_str(), nullptr); }

// A figure as written: the first digit run, then (separator, digit run)
// parts; separators are ',' '.' or ' ' (any group space).
struct Written {
  struct Part { UChar32 sep; std::string digits; size_t end; };
  std::string first;
  std::vector<Part> parts;
  size_t end = 0;  // after the last part

  // parts[0..n) are 3-digit groups with one separator kind.
  bool GroupedPrefix(size_t n) const {
    if (n == 0) return true;
    if (first.size() > 3) return false;
    for (size_t p = 0; p < n; ++p) {
      if (parts[p].digits.size() != 3 || parts[p].sep != parts[0].sep) return false;
    }
    return true;
  }
  // The digits of first and parts[0..n), separators dropped.
  std::string Concat(size_t n) const {
    std::string d = first;
    for (size_t p = 0; p < n; ++p) d += parts[p].digits;
    return d;
  }
};

Written ScanWritten(std::string_view s, size_t i) {
  Written w;
  size_t j = SkipDigits(s, i);
  w.first = std::string(s.substr(i, j - i));
  while (true) {
    size_t after;
    UChar32 c = PeekCodePoint(s, j, &after);
    if (!(c == ',' || c == '.' || c == ' ' || IsGroupSpace(c)) || !IsDigitAt(s, after)) break;
    size_t k = SkipDigits(s, after);
    std::string d(s.substr(after, k - after));
    bool space = c == ' ' || IsGroupSpace(c);
    if (space) {
      // Space grouping: exactly 3 digits, first group of 1..3 digits, all
      // separators spaces so far (English translated from other languages
      // writes "132 000" too).
      if (d.size() != 3 || w.first.size() > 3) break;
      bool all_space = true;
      for (const Written::Part& p : w.parts) all_space &= (p.sep == ' ' || IsGroupSpace(p.sep));
      if (!all_space) break;
      c = ' ';
    }
    w.parts.push_back({c, d, k});
    j = k;
  }
  w.end = j;
  return w;
}

}  // namespace

namespace {

// `d` (decimal digits) without its leading zeros ("0" stays "0").
std::string WithoutLeadingZeros(const std::string& d) {
  const size_t first = d.find_first_not_of('0');
  return first == std::string::npos ? "0" : d.substr(first);
}

}  // namespace

void ScanNumber(std::string_view s, size_t i, Lang lang, Tok* tok) {
  const Written w = ScanWritten(s, i);
  const std::string& first = w.first;
  const auto& parts = w.parts;
  tok->int_digits = static_cast<int>(first.size());
  tok->plain = parts.empty();
  tok->e = w.end;
  if (parts.empty()) {
    tok->v = ToDouble(first);
    tok->digits = WithoutLeadingZeros(first);
    return;
  }
  const UChar32 decimal = lang == Lang::kEn ? '.' : ',';
  size_t n = parts.size();
  if (w.GroupedPrefix(n)) {
    std::string g = w.Concat(n);
    if (n == 1 && parts[0].sep == decimal) {
      // "2.000" in English, "2,000" in French: the locale says decimal,
      // the other locale says thousands. Keep both readings.
      tok->v = ToDouble(first + "." + parts[0].digits);
      tok->alt = ToDouble(g);
    } else {
      tok->v = ToDouble(g);
      if (n == 1 && (parts[0].sep == '.' || parts[0].sep == ',')) {
        tok->alt = ToDouble(first + "." + parts[0].digits);
      } else {
        tok->digits = WithoutLeadingZeros(g);
      }
    }
    return;
  }
  // Grouping followed by a different decimal separator: 2,000.5 / 2 000,5 / 2.000,5.
  if (n >= 2 && w.GroupedPrefix(n - 1) && parts[n - 1].sep != parts[0].sep &&
      (parts[n - 1].sep == '.' || parts[n - 1].sep == ',')) {
    tok->v = ToDouble(w.Concat(n - 1) + "." + parts[n - 1].digits);
    return;
  }
  // A single decimal mark: 2.6, 2,6.
  if ((parts[0].sep == '.' || parts[0].sep == ',')) {
    tok->v = ToDouble(first + "." + parts[0].digits);
    tok->e = parts[0].end;
    tok->plain = false;
    return;
  }
  tok->v = ToDouble(first);
  tok->digits = WithoutLeadingZeros(first);
  tok->e = i + first.size();
  tok->plain = true;
}

namespace {

// A word at s[i] (first code point c): letters and combining marks.
void ScanWord(std::string_view s, size_t i, UChar32 c, Tok* t) {
  t->type = Tok::kWord;
  size_t j = i;
  bool all_upper = true;
  int letters = 0;
  t->cap = IsUpper(c) || (c >= 0x80 && u_istitle(c));
  while (j < s.size()) {
    size_t n2;
    UChar32 d = PeekCodePoint(s, j, &n2);
    const bool alpha = IsAlpha(d);
    if (!(alpha || IsMark(d) || IsSpacingMark(d))) break;
    if (alpha) { ++letters; if (!IsUpper(d)) all_upper = false; }
    j = n2;
  }
  t->e = j;
  t->upper = all_upper && letters >= 2;
  t->low = LowerUtf8(s.substr(i, j - i));
}

}  // namespace

std::vector<Tok> Tokenize(std::string_view s, Lang lang) {
  std::vector<Tok> toks;
  size_t i = 0;
  bool space_before = true;
  while (i < s.size()) {
    size_t next;
    UChar32 c = PeekCodePoint(s, i, &next);
    if (c < 0) { i = next > i ? next : i + 1; continue; }
    if (text::IsSpace(c)) { space_before = true; i = next; continue; }
    Tok t;
    t.b = i;
    t.glued = !space_before && !toks.empty();
    if (text::IsAsciiDigit(c)) {
      t.type = Tok::kNum;
      ScanNumber(s, i, lang, &t);
      t.low = std::string(s.substr(t.b, t.e - t.b));
    } else if (IsAlpha(c) || IsMark(c)) {
      ScanWord(s, i, c, &t);
    } else {
      t.type = Tok::kPunct;
      t.e = next;
      t.low = std::string(s.substr(i, next - i));
    }
    space_before = false;
    i = t.e;
    toks.push_back(std::move(t));
  }
  return toks;
}

}  // namespace driftalign::drift::facts
