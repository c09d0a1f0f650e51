// The alignment as a parallel corpus for researchers (Moses / fairseq style):
//  - two line-aligned files, line i of the source file and line i of the
//    target file being the two sides of the i-th written bead; or
//  - TSV, one bead per line: src_text <TAB> tgt_text <TAB> score.
// A side of a bead is its sentences joined by one space. Null beads (an
// empty side) are left out unless `keep_null_beads` (then the empty side is an
// empty line / empty field). Tabs, CR and LF inside a sentence become one
// space (a line is a bead). Nothing else is escaped: the files are plain text.
//
//   MosesOptions options;
//   RETURN_IF_ERROR(WriteMoses(report, options, en_file, fr_file));
//   RETURN_IF_ERROR(WriteMosesTsv(report, options, std::cout));
// (format_registry.h writes both, with the manifest, for `--format moses`.)
#ifndef DRIFTALIGN_REPORT_MOSES_WRITER_H_
#define DRIFTALIGN_REPORT_MOSES_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "report/alignment_report.h"
#include "text/status.h"

namespace driftalign::report {

struct MosesOptions {
  // Write null beads (1-0, 0-1) with an empty other side. Default false:
  // a parallel corpus wants pairs only.
  bool keep_null_beads = false;
};

// One line of text: tabs, CR and LF replaced by a space.
std::string MosesLine(std::string_view text);

// Writes the two line-aligned sides. InvalidArgument when a bead names a
// sentence `report` does not have (CheckReport).
Status WriteMoses(const AlignmentReport& report, const MosesOptions& options,
                  std::ostream& src_out, std::ostream& tgt_out);

// Writes src_text <TAB> tgt_text <TAB> score (6 decimals), no header.
Status WriteMosesTsv(const AlignmentReport& report, const MosesOptions& options,
                     std::ostream& out);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_MOSES_WRITER_H_
