#include "drift/text_util.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace driftalign::drift {

std::string LowerUtf8(std::string_view s) {
  // Fast path: ASCII and Latin-1 letters (U+00C0..U+00DE -> +0x20), the
  // letters of English and French text; ICU for anything else.
  bool simple = true;
  for (size_t i = 0; i < s.size() && simple; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) continue;
    simple = c == 0xC3 && i + 1 < s.size();
    ++i;
  }
  if (simple) {
    std::string out(s);
    for (size_t i = 0; i < out.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(out[i]);
      if (c >= 'A' && c <= 'Z') {
        out[i] = static_cast<char>(c - 'A' + 'a');
      } else if (c == 0xC3) {
        unsigned char d = static_cast<unsigned char>(out[i + 1]);
        if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
        ++i;
      }
    }
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower();
  std::string out;
  u.toUTF8String(out);
  return out;
}

namespace {
// Letters outside Latin-1 (Č, ř, ę, ș): NFD, then the combining marks dropped.
std::string FoldWithIcu(std::string_view s) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  if (U_FAILURE(st)) return std::string(s);
  const icu::UnicodeString d =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))), st);
  if (U_FAILURE(st)) return std::string(s);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length();) {
    const UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0xE6) kept.append(icu::UnicodeString("ae"));
    else if (c == 0x153) kept.append(icu::UnicodeString("oe"));
    else kept.append(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}
}  // namespace

std::string FoldAccents(std::string_view s) {
  // Fast path: ASCII and lower-case Latin-1 (and œ) below; ICU for the rest.
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) continue;
    const bool latin1 = c == 0xC3 && i + 1 < s.size();
    const bool oe = c == 0xC5 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x93;
    if (!latin1 && !oe) return FoldWithIcu(s);
    ++i;
  }
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      const char* rep = nullptr;
      if (d >= 0xA0 && d <= 0xA5) rep = "a";
      else if (d == 0xA6) rep = "ae";
      else if (d == 0xA7) rep = "c";
      else if (d >= 0xA8 && d <= 0xAB) rep = "e";
      else if (d >= 0xAC && d <= 0xAF) rep = "i";
      else if (d == 0xB1) rep = "n";
      else if ((d >= 0xB2 && d <= 0xB6) || d == 0xB8) rep = "o";
      else if (d >= 0xB9 && d <= 0xBC) rep = "u";
      else if (d == 0xBD || d == 0xBF) rep = "y";
      if (rep) { out += rep; ++i; continue; }
    }
    if (c == 0xC5 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x93) {
      out += "oe"; ++i; continue;
    }
    out += s[i];
  }
  return out;
}

int EditDistance(std::string_view a, std::string_view b, int cap) {
  if (static_cast<int>(a.size()) - static_cast<int>(b.size()) > cap ||
      static_cast<int>(b.size()) - static_cast<int>(a.size()) > cap) return cap + 1;
  if (b.size() >= 64) return a == b ? 0 : cap + 1;
  int prev[64], cur[64];
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    int row_min = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    std::copy(cur, cur + b.size() + 1, prev);
  }
  return prev[b.size()];
}

}  // namespace driftalign::drift
