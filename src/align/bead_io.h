// Reading beads in vecalign's format (the writer is report/vecalign_writer.h),
// the one reader of `check --beads` and `score`: one bead per line, 0-based
// sentence ids, an optional score after the lists,
//   [0]:[0, 1]:0.931000
//   [1, 2]:[2]
//   [3]:[]
// Blank lines and lines starting with '#' are skipped; a trailing '\r' is
// ignored. Every bead is checked:
//  - syntax: ids are plain decimal digits (no sign, no other character),
//    below kMaxBeadId; a score, when present, is a finite number;
//  - a bead holds at least one sentence;
//  - order: the ids of each side ascend strictly through the file (a
//    sentence in two beads, or a bead before the one it follows, is an error);
//  - with SentenceCounts (check --beads: the texts are known): the ids inside
//    a bead are consecutive and the beads cover every sentence of each side
//    exactly once, in order. Without them (score: only the bead files are
//    known) gaps are allowed, since a prediction mapped from another
//    segmentation may skip a sentence.
// Errors say "<name>:<line> (byte offset <n>): <what is wrong>", the offset
// pointing at the offending id (or the line); exit code 2 in the CLI.
//
//   ASSIGN_OR_RETURN(std::vector<align::Bead> beads,
//                    align::ReadBeadsFile("gold.vecalign", align::SentenceCounts{src.size(), tgt.size()}));
#ifndef DRIFTALIGN_ALIGN_BEAD_IO_H_
#define DRIFTALIGN_ALIGN_BEAD_IO_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "align/bead.h"
#include "text/status.h"

namespace driftalign::align {

// The largest sentence id a bead file may name.
constexpr long kMaxBeadId = 1000000000;

// The number of sentences of each side, when the texts are known.
struct SentenceCounts {
  size_t src = 0;
  size_t tgt = 0;
};

// The beads of `text` (the bytes of a file named `name` in messages, starting
// at byte offset `base` of that file: 3 after a BOM). A bead without a score
// keeps Bead::score's default. `counts`: see the header comment.
StatusOr<std::vector<Bead>> ParseBeads(std::string_view text, const std::string& name,
                                       const std::optional<SentenceCounts>& counts, size_t base = 0);

// ParseBeads on the file at `path`, read with text::ReadInput (so a missing
// file, a directory, invalid UTF-8 or binary bytes are errors too).
StatusOr<std::vector<Bead>> ReadBeadsFile(const std::string& path, const std::optional<SentenceCounts>& counts);

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_BEAD_IO_H_
