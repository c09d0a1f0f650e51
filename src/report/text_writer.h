// The drift report for people (`driftalign check --format text`): the flags
// grouped by severity (errors, warnings, info), each with its bead, message
// and the sentences holding the evidence, the evidence marked ⟦…⟧ (or in
// colour on a terminal); a one-line summary last.
//
//   report::WriteText(src, tgt, "en", "fr", beads, flags, drift::Severity::kInfo,
//                     /*colour=*/false, std::cout);
#ifndef DRIFTALIGN_REPORT_TEXT_WRITER_H_
#define DRIFTALIGN_REPORT_TEXT_WRITER_H_

#include <ostream>
#include <string>
#include <vector>

#include "align/bead.h"
#include "drift/flag.h"
#include "segment/sentence.h"

namespace driftalign::report {

// The text of `s` with `span` marked: ⟦evidence⟧, or with `colour` the ANSI
// colour `colour_code` ("31" = red). The text unchanged when the span is
// empty, not in `s` or the whole sentence.
std::string Marked(const segment::Sentence& s, const drift::Span& span, bool colour, const char* colour_code);

// "[0, 1]" (an empty list: "[]").
std::string Ids(const std::vector<int>& ids);

// Writes the flags of every bead (`flags` in bead order) at `min_severity` or
// above, then the summary line "driftalign check: N error(s), ...".
void WriteText(const std::vector<segment::Sentence>& src, const std::vector<segment::Sentence>& tgt,
               const std::string& src_lang, const std::string& tgt_lang, const std::vector<align::Bead>& beads,
               const std::vector<std::vector<drift::Flag>>& flags, drift::Severity min_severity, bool colour,
               std::ostream& os);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_TEXT_WRITER_H_
