// Quotations of one sentence: « … », “ … ”, „ … “, ‘ … ’, straight "…" and
// '…', `…', nested, with marks missing on one side (a quotation that began
// in an earlier sentence or runs on into the next one). An apostrophe
// (l’aide, d"électricité, countries' leaders, rock 'n' roll) is no mark.
//
//   std::vector<Fact> q;
//   facts::ExtractQuotes("Il a dit : « non ».", &q);  // q[0].key == "non"
#ifndef DRIFTALIGN_DRIFT_FACTS_QUOTES_H_
#define DRIFTALIGN_DRIFT_FACTS_QUOTES_H_

#include <string_view>
#include <vector>

#include "drift/facts/fact.h"

namespace driftalign::drift::facts {

// Quotations with more bytes than this between their marks are not read:
// each unclosed opener runs to the end of the sentence, so reading them all
// would cost the square of the sentence length. The first such quotation of
// a sentence is kept as a Fact with too_long set (no key); the others are
// dropped. No quotation of real news comes near it (the longest sentence of
// the dev sets has 3,201 bytes).
inline constexpr size_t kMaxQuoteBytes = 8192;

// Appends the kQuote facts of `s` (valid UTF-8) to *out and sorts *out by
// begin offset. A closing mark without an opener counts as the end of a
// quotation from the sentence start only while *out is empty.
void ExtractQuotes(std::string_view s, std::vector<Fact>* out);

// Whether the letters just before byte `at` form a French elided word (d, l,
// qu, jusqu, ...: what an apostrophe follows).
bool ElisionBefore(std::string_view s, size_t at);

}  // namespace driftalign::drift::facts

#endif  // DRIFTALIGN_DRIFT_FACTS_QUOTES_H_
