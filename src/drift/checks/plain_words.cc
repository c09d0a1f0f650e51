#include "drift/checks/plain_words.h"

#include "text/lexer.h"

namespace driftalign::drift {

namespace {

constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // ’

// Whether the code point starting at t[i] ends a clause.
bool ClauseBreak(std::string_view t, size_t i) {
  const char c = t[i];
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' ||
      c == '.' || c == '!' || c == '?') {
    return true;
  }
  if (c != '\xC2' && c != '\xE2') return false;  // the first byte of every mark below
  for (std::string_view mark : {"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94",
                                "\xE2\x80\x93"}) {  // « » “ ” — –
    if (t.substr(i, mark.size()) == mark) return true;
  }
  return false;
}

}  // namespace

std::vector<PlainWord> PlainWords(std::string_view text) {
  std::vector<PlainWord> out;
  out.reserve(text.size() / 6 + 4);  // about one word per 6 bytes: one allocation for most texts
  int clause = 0;
  size_t last = 0;  // end of the previous letter run
  auto add = [&](size_t b, size_t e) {
    PlainWord w;
    w.begin = b;
    w.end = e;
    w.lower.assign(text.substr(b, e - b));
    for (char& c : w.lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    size_t next;
    w.capital = text::IsUpper(text::PeekCodePoint(text, b, &next));
    w.clause = clause;
    out.push_back(std::move(w));
  };
  // Letters and combining marks (ICU): apostrophes, hyphens, NBSP and quote
  // marks separate words.
  auto letter = [](UChar32 c) { return c >= 0 && (text::IsAlpha(c) || text::IsMark(c)); };
  text::ForEachRun(text, letter, [&](size_t b, size_t e) {
    for (size_t i = last; i < b; ++i) {
      if (ClauseBreak(text, i)) {
        ++clause;
        break;
      }
    }
    if (!out.empty() && out.back().end == last) {
      const std::string_view gap = text.substr(last, b - last);
      out.back().hyphen_after = gap == "-";
      out.back().elided = gap == "'" || gap == kRightQuote;
    }
    last = e;
    add(b, e);
  });
  return out;
}

}  // namespace driftalign::drift
