#include "golden.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <fstream>
#include <stdexcept>

namespace driftalign::segment {
namespace {

constexpr std::string_view kBullet = "\xE2\x80\xA2";

std::string TrimUnicode(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  int32_t b = 0, e = u.length();
  while (b < e && u_isUWhiteSpace(u.char32At(b))) b = u.moveIndex32(b, 1);
  while (e > b && u_isUWhiteSpace(u.char32At(u.moveIndex32(e, -1)))) e = u.moveIndex32(e, -1);
  std::string out;
  u.tempSubStringBetween(b, e).toUTF8String(out);
  return out;
}

}  // namespace

std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    if (c == 'n') out += '\n';
    else if (c == 'r') out += '\r';
    else if (c == 't') out += '\t';
    else if (c == 'u' && i + 4 < s.size()) {
      UChar32 cp = static_cast<UChar32>(std::stoul(s.substr(i + 1, 4), nullptr, 16));
      icu::UnicodeString(cp).toUTF8String(out);
      i += 4;
    } else {
      out += '\\';
      out += c;
    }
  }
  return out;
}

std::vector<std::string> SplitAtBullets(const std::string& marked) {
  std::vector<std::string> out;
  size_t from = 0;
  for (;;) {
    size_t at = marked.find(kBullet, from);
    std::string piece = TrimUnicode(marked.substr(from, at == std::string::npos ? std::string::npos : at - from));
    if (!piece.empty()) out.push_back(piece);
    if (at == std::string::npos) break;
    from = at + kBullet.size();
  }
  return out;
}

std::vector<GoldenCase> ReadGoldenFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open golden file " + path);
  std::vector<GoldenCase> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    GoldenCase c;
    c.line = number;
    std::string marked = Unescape(line);
    c.sentences = SplitAtBullets(marked);
    for (size_t at; (at = marked.find(kBullet)) != std::string::npos;) marked.erase(at, kBullet.size());
    c.input = marked;
    cases.push_back(std::move(c));
  }
  return cases;
}

}  // namespace driftalign::segment
