// Flag: one drift found in a bead, as a plain value type that report/ writes.
//
// Glossary (as in align/bead.h; used with these meanings everywhere in drift/):
//   bead       a group of consecutive source sentences aligned with a group of
//              consecutive target sentences (1-1, 2-1, ...).
//   null bead  a bead with one empty side (1-0: omission, 0-1: addition).
//   figure     a number in the text, with its unit/scale when present.
//   fact       a figure, date, quotation or named entity extracted from a sentence.
//   drift      a difference in content between the two sides of a bead.
//   flag       one reported drift: kind, severity, evidence spans, message.
// A flag is a RESULT of the check, never an error: errors are Status.
#ifndef DRIFTALIGN_DRIFT_FLAG_H_
#define DRIFTALIGN_DRIFT_FLAG_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace driftalign::drift {

// The kinds are fixed names: reports, filters and tests depend on them.
enum class FlagKind {
  kNumberMismatch,    // same slot, different value: 353 -> 335
  kNumberMissing,     // a figure in the source with no counterpart in the target
  kNumberAdded,       // a figure in the target with no counterpart in the source
  kDateMismatch,      // weekday, month, day, year or time disagree (or one side has none)
  kQuoteMissing,      // quoted in one language, not in the other
  kQuoteMismatch,     // quoted words diverge in meaning (word-vector coverage)
  kEntityMismatch,    // an acronym / name with no counterpart, or a different one
  kOmission,          // a source sentence with no counterpart (null bead 1-0)
  kAddition,          // a target sentence with no counterpart (null bead 0-1)
  kPartialOmission,   // a source clause inside an aligned bead with no counterpart
  kPartialAddition,   // a target clause inside an aligned bead with no counterpart
  kNegationMismatch,  // one side negated, the other not (checks/negation.h)
  kUntranslated,      // words of the other side's language copied as written (checks/untranslated.h)
  kRepeatedWords,     // a word or phrase typed twice in a row (checks/repeated_words.h)
  kNotChecked,        // info: a bead (or quotation) too large to compare at linear cost, skipped
  kEntityMissing,     // a name of one side with no counterpart on the other (checks/names.h)
  kWordOmission,      // a source content word with no counterpart in the target (checks/word_gaps.h)
  kWordAddition,      // a target content word with no counterpart in the source (checks/word_gaps.h)
};
inline constexpr int kNumFlagKinds = 18;

enum class Severity { kError, kWarning, kInfo };

std::string_view FlagKindName(FlagKind kind);  // "number_mismatch", ...
std::string_view SeverityName(Severity s);     // "error", "warning", "info"
// Parses a name written by FlagKindName; false when unknown.
bool ParseFlagKind(std::string_view name, FlagKind* kind);

// A byte span into the ORIGINAL input of one side, with its text. Empty
// (begin == end, sentence == -1) when the flag has no evidence on that side.
struct Span {
  int sentence = -1;   // 0-based sentence id holding the evidence, -1 if none
  size_t begin = 0;    // byte offset into the original input
  size_t end = 0;      // one past the last byte
  std::string text;    // exactly input[begin, end)

  bool empty() const { return sentence < 0; }
};

struct Flag {
  FlagKind kind = FlagKind::kNumberMismatch;
  Severity severity = Severity::kWarning;
  Span src;             // evidence in the source document
  Span tgt;             // evidence in the target document
  std::string message;  // for a translator: "353 wounded → 335 blessés"
  double score = 1.0;   // strength in [0, 1] (1 for exact fact checks)
};

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_FLAG_H_
