// The alignment as one self-contained HTML page for a reader (editor,
// translator, fact-checker): no network access, CSS and JS inline.
//  - a summary on top: the two inputs, bead shapes, null beads, flags by
//    severity and kind, and the reproducibility manifest (manifest.h);
//  - filters by flag severity and kind, and "only beads with drift"; the
//    page also reads them from the URL fragment, e.g.
//    report.html#severity=error&kind=number_mismatch,date_mismatch&flagged=1
//  - one table row per bead, in document order: source and target sentences
//    side by side (each with its id), the bead score, and its flags with
//    their messages. The evidence of each flag is highlighted at its byte
//    span (<mark data-flags="b3f0" title="message">); unaligned sentences
//    (null beads) stay in place with "no counterpart" on the other side.
// Every string from the input (texts, paths, messages, parameters) is
// HTML-escaped; the only <script> element is the page's own.
//
//   HtmlOptions options;  options.build.git_commit = DRIFTALIGN_GIT_COMMIT;
//   RETURN_IF_ERROR(WriteHtml(report, options, out));
#ifndef DRIFTALIGN_REPORT_HTML_WRITER_H_
#define DRIFTALIGN_REPORT_HTML_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "report/alignment_report.h"
#include "report/manifest.h"
#include "text/status.h"

namespace driftalign::report {

struct HtmlOptions {
  // Page title; empty: "driftalign: <src path> ↔ <tgt path>". Default empty.
  std::string title;
  // Recorded in the manifest. Default empty commit.
  BuildInfo build;
};

// `text` with & < > " ' replaced by character references (safe in element
// content and in double- or single-quoted attribute values).
std::string EscapeHtml(std::string_view text);

// Writes the page. InvalidArgument when a bead names a sentence `report`
// does not have (CheckReport).
Status WriteHtml(const AlignmentReport& report, const HtmlOptions& options, std::ostream& out);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_HTML_WRITER_H_
