// Figures in the fact reader's tokens: digits with scale words ("1,8
// million", "$5m"), halves ("trois millions et demi", "two and a half"),
// percentages, ordinals (1st, 2e, first, première), number words (thirteen,
// quatre-vingt-dix), approximate and vague quantities (dozens, des
// centaines, plusieurs) and "N decades" (= 10 N years). The token tests
// below are pure; SentenceReader's Try* methods (reader.h, defined in
// numbers.cc) turn them into facts.
//
//   size_t last = k;  // a figure ending at token k
//   bool percent = facts::PercentAfter(t, &last);  // "5 per cent": last = k + 2
#ifndef DRIFTALIGN_DRIFT_FACTS_NUMBERS_H_
#define DRIFTALIGN_DRIFT_FACTS_NUMBERS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "drift/facts/fact.h"
#include "drift/facts/tokens.h"

namespace driftalign::drift::facts {

// "et demi(e)" / "and a half" starting at token j: its length in tokens, or
// 0. Hyphens glued between the words are skipped ("three-and-a-half").
size_t HalfAt(const std::vector<Tok>& t, size_t j);

// French puts the half after the unit: "sept ans et demi", "deux heures et
// demie" (never after a scale word: "millions et demi" is the scale's half).
// Whether token j is such a unit, followed by the half.
bool FrenchHalfAfterUnit(const std::vector<Tok>& t, size_t j);

// Whether French "neuf" at token k is the number nine (after les, des, de,
// à, ...; first in the sentence; after punctuation), not the adjective "new".
bool NeufIsNumber(const std::vector<Tok>& t, size_t k);

// Percentages after a figure ending at *last: %, ％, percent, pourcent, pct,
// per cent, pour cent, percentage point(s), point(s) de pourcentage.
// Advances *last over them.
bool PercentAfter(const std::vector<Tok>& t, size_t* last);

// A currency sign ($ € £) or word (euros, dollars, pesos, couronnes...).
bool IsCurrencyToken(const Tok& t);

// "decades" / "décennies" after the figure ending at token l: ten years each.
bool DecadesAfter(const std::vector<Tok>& t, size_t l);

// Whether a hedge word (about, environ, plus de; kHedgeWords) comes within
// the 3 tokens before k, with no punctuation but apostrophes between.
bool HedgedBefore(const std::vector<Tok>& t, size_t k);

// The next word after token k (within 3 tokens, over de / d' / of / des),
// as written in s, for messages; "" when punctuation comes first.
std::string ContextAfter(std::string_view s, const std::vector<Tok>& t, size_t k);

// Whether a word glued to digits is an ordinal suffix: en 1st 2nd 3rd 4th;
// fr 1er 1re 1ère 2e 2ème 2eme 2è 2nd 2nde 2d.
bool IsOrdinalSuffix(std::string_view low, Lang lang);

}  // namespace driftalign::drift::facts

#endif  // DRIFTALIGN_DRIFT_FACTS_NUMBERS_H_
