// The entity checks of a bead: acronyms ("l'Otan" / "NATO" through
// CanonicalEntityKey), and the word tests the name check (names.h) uses: a
// name's counterpart among the other side's words (the same word, the same
// first 5 letters, one edit per 3 letters, or a French/English exonym of
// NamePairs) and the words a document writes in lower case.
//
//   AddAcronymFlags(&view);
//   if (NameCovered("moscou", FoldedWords(ids, sentences))) ...
#ifndef DRIFTALIGN_DRIFT_CHECKS_ENTITIES_H_
#define DRIFTALIGN_DRIFT_CHECKS_ENTITIES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "drift/checks/bead_view.h"
#include "drift/text_util.h"  // EditDistance
#include "segment/sentence.h"

namespace driftalign::drift {

// French exonyms and nationality words whose English form shares no 5-letter
// prefix (folded, lower case): French -> English.
const std::unordered_map<std::string, std::string>& NamePairs();

// The words of the sentences `ids`, lower case, accents folded; hyphenated
// words both whole and by part.
std::vector<std::string> FoldedWords(const std::vector<int>& ids, const std::vector<segment::Sentence>& sents);

// Whether the name `key` (folded lower case) has a counterpart among `words`.
bool NameCovered(const std::string& key, const std::vector<std::string>& words);

// Words a document writes in lower case somewhere (3 letters at least,
// accents folded): a capitalised word of that document whose lower-case form
// is among them is a common word in a title or at a sentence start
// ("Council", "Stadium"), not a name. For PreparedPair::lower.
std::unordered_set<std::string> LowerWords(const std::vector<segment::Sentence>& sents);

// Whether names are compared with these options and this scorer (the
// PreparedPair needs its lower-case words then).
bool ComparesNames(const CheckerOptions& options, bool has_vectors);

// Appends the entity_mismatch flags of acronyms to view->flags.
void AddAcronymFlags(BeadView* view);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_ENTITIES_H_
