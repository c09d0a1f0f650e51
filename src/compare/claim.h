// Claims: the facts of one sentence with what they count or date. A claim is
// a figure, quantity word, weekday or date of the fact reader (drift/facts)
// with its bound ("au moins huit" is at least 8), its predicate (the event
// word next to it: killed, blessés, déclenchées), its subject (the content
// words of the noun phrase it counts, "members of the security forces"; for a
// weekday or date, the content words of its clause) and the source the
// sentence names ("according to television", "selon le ministère").
//
//   ASSIGN_OR_RETURN(ClaimReader reader, ClaimReader::Create());
//   std::vector<Claim> claims = reader.Read(
//       "Treize membres des forces de l'ordre ont été tués et 353 blessés.", text::Lang::kFr);
//   // claims[0]: 13 exact, predicate "tués" (class killed), subject {membres, forces, ordre}
//   // claims[1]: 353 exact, predicate "blessés" (class wounded), the same subject (inherited)
#ifndef DRIFTALIGN_COMPARE_CLAIM_H_
#define DRIFTALIGN_COMPARE_CLAIM_H_

#include <string>
#include <string_view>
#include <vector>

#include "compare/value.h"
#include "drift/facts/extractor.h"
#include "text/lang.h"
#include "text/status.h"

namespace driftalign::compare {

// A word, number or punctuation mark of a sentence, with byte offsets into it.
struct Token {
  enum Kind { kWord, kNumber, kPunct };
  Kind kind = kWord;
  size_t begin = 0, end = 0;
  std::string lower;  // lower-case text
};
// The tokens of a sentence: runs of letters (hyphens and marks inside a word
// kept), runs of digits, and every other non-space code point alone
// (apostrophes split "l'ordre" into l, ', ordre).
std::vector<Token> Tokenize(std::string_view sentence);

// A byte span into the sentence text; empty when begin == end.
struct Span {
  size_t begin = 0, end = 0;
  bool empty() const { return begin >= end; }
};

// What a weekday or date marks in its clause: the day something happened
// ("on Sunday", "jeudi"), the start of a span ("since Tuesday", "depuis mardi",
// "between Tuesday and ...", "de mercredi à ...") or its end ("until Thursday
// morning", "d'ici jeudi", "... and Wednesday evening", "... à jeudi"). Only
// dates of one role are compared.
enum class TimeRole { kAt, kFrom, kUntil };

struct Claim {
  Value value;
  TimeRole time_role = TimeRole::kAt;  // weekdays and dates
  Span span;             // the figure or date, with its bound words ("au moins huit")
  int predicate_class = -1;  // lexicon.h class, -1: none found
  std::string predicate;     // the predicate word in lower case ("" none)
  Span predicate_span;
  std::vector<std::string> subject;  // lower-case content words
  Span subject_span;                 // where they are (or the inherited subject's span)
  bool subject_inherited = false;    // "and 353 wounded" counts the subject of the figure before
  // The content words of the clause around the figure (up to
  // ClaimOptions::context_window either side): what the sentence says about it.
  std::vector<std::string> context;
  // The capitalised words of that context (not the sentence's first word):
  // the names that say whose figure it is ("Teletovic ... eight three-pointers").
  std::vector<std::string> context_names;
  std::vector<std::string> sentence_names;  // those of the whole sentence
  std::string attribution;           // "according to television", "" when none
  Span attribution_span;
};

// Options of the claim reader.
struct ClaimOptions {
  // How many words from the figure the predicate may be (either side, within
  // the clause; a comma counts as comma_cost words). Defaults 10 and 3.
  int predicate_window = 10;
  int comma_cost = 3;
  // Content words of the subject phrase after a figure, at most. Default 4.
  int max_subject_words = 4;
  // Content words either side of a figure, weekday or date (within its
  // clause) that make its context (for a weekday or date also its subject). Default 6.
  int context_window = 6;
  // Tokens between two figures for the second to inherit the subject of the
  // first ("13 killed and 353 wounded"). Default 8.
  int inherit_gap = 8;
};

class ClaimReader {
 public:
  static StatusOr<ClaimReader> Create(ClaimOptions options = {});
  // The claims of `sentence` (valid UTF-8) in `lang`, in text order:
  // counts, percentages, weekdays and dates (years, times, ordinals, quotes
  // and names are no claims). With `names`, also the sorted keys of its
  // names and acronyms (drift facts kName/kAcronym), the evidence that two
  // sentences speak of the same thing. Thread-safe.
  std::vector<Claim> Read(std::string_view sentence, text::Lang lang,
                          std::vector<std::string>* names = nullptr) const;

 private:
  ClaimReader(drift::FactExtractor facts, ClaimOptions options)
      : facts_(std::move(facts)), options_(options) {}
  drift::FactExtractor facts_;
  ClaimOptions options_;
};

}  // namespace driftalign::compare

#endif  // DRIFTALIGN_COMPARE_CLAIM_H_
