// The typo check of repeated words (repeated_words, info), as translators'
// QA tools run it: a word written twice in a row ("the the", "de de") or a
// phrase of 2 to 4 words typed twice ("in the in the"), on either side of a
// bead. Repeats that are language are left alone: capitalised words (Bora
// Bora, Baden Baden), "that that", "had had", "nous nous", "vous vous",
// "very very" / "so so" style intensifiers, "bye bye", and words joined by a
// hyphen or an apostrophe.
//
//   AddRepeatedWordFlags(&view);
#ifndef DRIFTALIGN_DRIFT_CHECKS_REPEATED_WORDS_H_
#define DRIFTALIGN_DRIFT_CHECKS_REPEATED_WORDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "drift/checks/bead_view.h"

namespace driftalign::drift {

// One repeat in a text: bytes of the second copy.
struct Repeat {
  size_t begin = 0, end = 0;
};

// The repeats of `text`, in text order.
std::vector<Repeat> FindRepeats(std::string_view text);

// Appends one repeated_words flag (info) per repeat of either side.
void AddRepeatedWordFlags(BeadView* view);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_REPEATED_WORDS_H_
