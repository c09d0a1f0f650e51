// Tells English from French by their commonest function words, for the
// compare verb when a file's language is not given.
//
//   text::Lang lang = compare::GuessLang(doc.content());  // kFr for "La police a ..."
#ifndef DRIFTALIGN_COMPARE_GUESS_LANG_H_
#define DRIFTALIGN_COMPARE_GUESS_LANG_H_

#include <string_view>

#include "text/lang.h"

namespace driftalign::compare {

// Counts, over the first 20,000 bytes, the words of two short lists (en: the,
// and, of, to, is, was, that, with, for, on; fr: le, la, les, des, et, est,
// une, du, dans, pour) and returns the language with more; English on a tie
// (an empty text included).
text::Lang GuessLang(std::string_view text);

}  // namespace driftalign::compare

#endif  // DRIFTALIGN_COMPARE_GUESS_LANG_H_
