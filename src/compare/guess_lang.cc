#include "compare/guess_lang.h"

#include <algorithm>

#include "compare/claim.h"

namespace driftalign::compare {

text::Lang GuessLang(std::string_view text) {
  static constexpr std::string_view kEn[] = {"the", "and", "of", "to", "is", "was", "that", "with", "for", "on"};
  static constexpr std::string_view kFr[] = {"le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour"};
  int en = 0, fr = 0;
  for (const Token& t : Tokenize(text.substr(0, std::min<size_t>(text.size(), 20000)))) {
    if (t.kind != Token::kWord) continue;
    if (std::find(std::begin(kEn), std::end(kEn), t.lower) != std::end(kEn)) ++en;
    if (std::find(std::begin(kFr), std::end(kFr), t.lower) != std::end(kFr)) ++fr;
  }
  return fr > en ? text::Lang::kFr : text::Lang::kEn;
}

}  // namespace driftalign::compare
