// The name check of a bead (issue 16, part 1): every person, place and
// organisation name of one side should have a counterpart on the other.
//
// A name is a run of capitalised words inside a sentence ("Angela Merkel",
// "Banque de France": lower-case connectors such as de, of, von join two
// capitalised words). Not names: the first word of a sentence or of a
// quotation, words after . ! ? :, articles and pronouns (facts::
// IsCommonCapital), titles (President, Minister, Mme), weekdays and months,
// acronyms (the acronym check, entities.h), words the document also writes
// in lower case (a capitalised common noun), and every word of a headline
// (no lower-case letter, or title case with a capitalised function word:
// "Police Arrest Man In Downtown Shooting").
//
// A name has a counterpart when its last word (the surname of a person, the
// head of most names: Angela Merkel / Angela Schröder has none) has one
// among the other side's words — NameCovered (the same word, accents folded,
// the same first 5 letters, one edit per 3 letters, an exonym of NamePairs),
// an acronym it goes by (Etats-Unis / U.S.), or, with word vectors, a word
// of the other side the model puts at min_cosine or above (a capitalised
// common noun or nationality: Health / santé, French / français) — or when
// its initials (with up to 4 more words of its clause, for French: "Banque
// centrale européenne" = BCE) are an acronym of the other side (European
// Union / UE).
//
// Names left without counterpart on both sides are entity_mismatch (a name
// replaced by another), paired in text order; the rest are entity_missing (a
// name on one side only; only with word vectors, which tell a capitalised
// common noun from a name). Their severities are options
// (CheckerOptions::name_mismatch_severity, name_missing_severity).
//
//   std::vector<NameRun> names = FindNames(sentence_text, lower_words);
//   AddNameFlags(&view);
#ifndef DRIFTALIGN_DRIFT_CHECKS_NAMES_H_
#define DRIFTALIGN_DRIFT_CHECKS_NAMES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "drift/checks/bead_view.h"

namespace driftalign::drift {

// One name of a sentence: its capitalised words (byte spans in the sentence,
// keys lower case with accents folded) and the initials of the name with the
// lower-case words that follow it ("Banque centrale européenne" -> "bce";
// "of", "de", "la" and other connectors skipped), for matching acronyms.
struct NameRun {
  size_t begin = 0, end = 0;  // bytes of the whole run in the sentence
  std::vector<std::pair<size_t, size_t>> word_spans;
  std::vector<std::string> keys;
  // Candidate acronyms (shortest first, lower case), each with the end of
  // the last word it spans (bytes in the sentence).
  std::vector<std::pair<std::string, size_t>> initials;
};

// The names of `text`. `lower` holds the words the document writes in lower
// case (PreparedPair::lower; accents folded); a capitalised word found there
// is no name. Empty when the sentence is a headline in title case or capitals.
std::vector<NameRun> FindNames(std::string_view text, const std::unordered_set<std::string>& lower);

// Appends the entity_mismatch and entity_missing flags of names to
// view->flags (when ComparesNames, entities.h).
void AddNameFlags(BeadView* view);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_NAMES_H_
