// The word lists of the compare module, as data: what a figure counts or
// dates is read from the words around it, and these tables say which words
// name an event (the predicate: killed, blessés, arrested, déclenchées), which
// put a bound on a figure (at least, plus de), which introduce a source
// (according to, selon) and which carry no content (the, de, ont). Entries
// are lower case; an entry ending in '*' matches every word it begins.
//
//   int c = compare::PredicateClass("blessés");   // same class as "wounded"
//   compare::PredicateClassName(c);               // "wounded"
//   compare::IsFunctionWord("les");               // true
#ifndef DRIFTALIGN_COMPARE_LEXICON_H_
#define DRIFTALIGN_COMPARE_LEXICON_H_

#include <string_view>

namespace driftalign::compare {

// The predicate class of a lower-case word (both languages share the
// classes: "killed", "tués" and "morts" are one class), or -1.
int PredicateClass(std::string_view word);
// The English name of a class ("killed"); "" for -1.
std::string_view PredicateClassName(int cls);

// Function words of English and French (articles, prepositions, pronouns,
// auxiliaries, conjunctions): never a subject word.
bool IsFunctionWord(std::string_view word);
// Auxiliaries and copulas ("were", "ont", "été"): they end the noun phrase
// after a figure.
bool IsAuxiliary(std::string_view word);
// Words that may sit inside a noun phrase after a figure without ending it
// ("members OF THE security forces", "membres DES forces DE L'ordre").
bool IsPhraseLink(std::string_view word);
// Relative words that make the figure after them count the subject of the
// figure before ("two OF WHOM", "DONT deux").
bool IsRelative(std::string_view word);
// Words that join two figures of the same subject ("13 killed AND 353 wounded").
bool IsCoordination(std::string_view word);
// Event words that are nouns ("points", "voix", "deaths", "arrestations"):
// right after a figure they are what it counts, not a verb ("29 points").
bool IsNounPredicate(std::string_view word);

}  // namespace driftalign::compare

#endif  // DRIFTALIGN_COMPARE_LEXICON_H_
