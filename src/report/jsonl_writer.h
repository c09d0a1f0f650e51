// The alignment as JSON lines: a header line, then one line per bead with
// the sentence texts inline, for streaming tools (docs/alignment-json.md):
//   {"schema": "driftalign/alignment-jsonl/1", "tool": ..., "model": ..., "params": ...,
//    "src": {"lang", "path", "sha256", "sentences": n}, "tgt": {...}}
//   {"src": [0], "tgt": [0, 1], "score": 0.93, "flags": [], "src_text": "...", "tgt_text": "..."}
// src_text/tgt_text are the bead's sentences joined by one space.
#ifndef DRIFTALIGN_REPORT_JSONL_WRITER_H_
#define DRIFTALIGN_REPORT_JSONL_WRITER_H_

#include <ostream>

#include "report/alignment_report.h"

namespace driftalign::report {

inline constexpr const char* kAlignmentJsonlSchema = "driftalign/alignment-jsonl/1";

void WriteJsonl(const AlignmentReport& report, std::ostream& out);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_JSONL_WRITER_H_
