#include "text/lexer.h"

namespace driftalign::text {

int64_t CountCodePoints(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size(); i = NextCodePoint(s, i)) ++n;
  return n;
}

bool IsSpace(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F ||
         c == 0x2009 || c == 0x2007 || u_isUWhiteSpace(c);
}

}  // namespace driftalign::text
