// Named entities of the fact reader: acronyms (EU, OTAN, CSTO) with their
// cross-language key, and capitalised names not at the start of a clause.
//
//   CanonicalEntityKey("otan");      // "nato"
//   facts::IsRoman("xiv");           // true: a Roman numeral, no acronym
#ifndef DRIFTALIGN_DRIFT_FACTS_ENTITIES_H_
#define DRIFTALIGN_DRIFT_FACTS_ENTITIES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "drift/facts/fact.h"

namespace driftalign::drift {

// The cross-language key of an entity word (lower-cased, accents folded):
// French acronyms map to the English ones ("otan" -> "nato", "ue" -> "eu").
std::string CanonicalEntityKey(std::string_view folded_lower);

namespace facts {

struct Tok;

// Whether a lower-case word of up to 5 letters is made of Roman numeral
// letters (i v x l c): "II", "XIV" are no acronyms.
bool IsRoman(std::string_view low);

// Capitalised words that are not names at the start of a clause (articles,
// pronouns, titles: "The", "Selon", "Mr").
bool IsCommonCapital(std::string_view low);

// The acronym or name fact of word token t[k], if it is one: an acronym is
// 2..8 bytes of upper-case letters and no Roman numeral; a name is
// capitalised, no common capital, after some word or figure and not after
// '.' or ':'.
std::optional<Fact> EntityAt(const std::vector<Tok>& t, size_t k);

}  // namespace facts
}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_FACTS_ENTITIES_H_
