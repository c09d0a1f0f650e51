// Reading beads in vecalign's format (the writer is report/vecalign_writer.h):
// one bead per line, 0-based sentence ids, an optional score after the lists,
//   [0]:[0, 1]:0.931000
//   [1, 2]:[2]
//   [3]:[]
// Blank lines and lines starting with '#' are skipped.
//
//   ASSIGN_OR_RETURN(std::vector<align::Bead> beads,
//                    align::ReadBeadsFile("gold.vecalign", src.size(), tgt.size()));
#ifndef DRIFTALIGN_ALIGN_BEAD_IO_H_
#define DRIFTALIGN_ALIGN_BEAD_IO_H_

#include <cstddef>
#include <string>
#include <vector>

#include "align/bead.h"
#include "text/status.h"

namespace driftalign::align {

// The beads of the file at `path`, each with score 1.0 (a score in the file is
// ignored). An InputError when the file cannot be opened, a line has no two
// [..] lists ("<path>:<line>: expected a bead like [0, 1]:[2], ...") or an id
// is not below `n_src` (source) / `n_tgt` (target).
StatusOr<std::vector<Bead>> ReadBeadsFile(const std::string& path, size_t n_src, size_t n_tgt);

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_BEAD_IO_H_
