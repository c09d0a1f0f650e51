// French elided words: the words an apostrophe follows (l'État, qu'il,
// jusqu'ici). Shared by the tokenizer (which splits them off) and the drift
// checker (which tells an apostrophe typed as " from a quotation mark).
#ifndef DRIFTALIGN_TEXT_FRENCH_H_
#define DRIFTALIGN_TEXT_FRENCH_H_

#include <array>
#include <string_view>

namespace driftalign::text {

// `word` in lower case, without the apostrophe: "l", "qu", "jusqu", ...
inline bool IsFrenchElision(std::string_view word) {
  static constexpr std::array<std::string_view, 15> kElisions = {
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu"};
  for (std::string_view e : kElisions) {
    if (word == e) return true;
  }
  return false;
}

}  // namespace driftalign::text

#endif  // DRIFTALIGN_TEXT_FRENCH_H_
