// The alignment as tab-separated values, one bead per line after a header:
//   src_ids <TAB> tgt_ids <TAB> score <TAB> src_text <TAB> tgt_text
// ids are comma-separated (empty for the empty side of a null bead); the
// texts are the bead's sentences joined by one space, with backslash, tab,
// CR and LF escaped as \\, \t, \r, \n.
#ifndef DRIFTALIGN_REPORT_TSV_WRITER_H_
#define DRIFTALIGN_REPORT_TSV_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "report/alignment_report.h"

namespace driftalign::report {

std::string EscapeTsv(std::string_view text);

void WriteTsv(const AlignmentReport& report, std::ostream& out);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_TSV_WRITER_H_
