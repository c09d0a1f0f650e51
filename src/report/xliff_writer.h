// The alignment as XLIFF for CAT tools, with the drift flags as W3C ITS 2.0
// Localization Quality Issue (LQI) annotations:
//  - version 1.2 (default; OmegaT, Okapi, translate-toolkit read it): one
//    <trans-unit id="b<i>"> per bead (null beads included: an empty <source>
//    or <target>), <source>/<target> with the bead's sentences joined by a
//    space; each flag is
//      <mrk mtype="x-its" its:locQualityIssueType="numbers"
//           its:locQualityIssueComment="353 wounded → 335 blessés"
//           its:locQualityIssueSeverity="100">335</mrk>
//    around its evidence (the target span, else the source span; the whole
//    target, else the whole source, when the span cannot be placed without
//    overlapping another), plus <note from="driftalign" priority="1">error
//    number_mismatch: ...</note> for tools that ignore ITS.
//  - version 2 (XLIFF 2.1, urn:oasis:names:tc:xliff:document:2.0): <unit>
//    with <notes> and one <segment>; the same annotations as
//    <mrk id="m1" type="its:generic" its:locQualityIssueType=...>
//    (type its:generic as the XLIFF 2.1 ITS module requires).
// The manifest (manifest.h) is a <note> of the file header (1.2) / file (2).
// Flag kinds map to LQI types by ItsIssueType(); severity error/warning/info
// is LQI severity 100/50/10 and note priority 1/3/5.
//
//   XliffOptions options;  options.version = 2;
//   RETURN_IF_ERROR(WriteXliff(report, options, out));
#ifndef DRIFTALIGN_REPORT_XLIFF_WRITER_H_
#define DRIFTALIGN_REPORT_XLIFF_WRITER_H_

#include <ostream>
#include <string_view>

#include "report/alignment_report.h"
#include "report/manifest.h"
#include "text/status.h"

namespace driftalign::report {

inline constexpr const char* kItsNamespace = "http://www.w3.org/2005/11/its";
inline constexpr const char* kXliff12Namespace = "urn:oasis:names:tc:xliff:document:1.2";
inline constexpr const char* kXliff2Namespace = "urn:oasis:names:tc:xliff:document:2.0";

struct XliffOptions {
  // 1 writes XLIFF 1.2, 2 writes XLIFF 2.1. Default 1 (read most widely).
  int version = 1;
  // Recorded in the manifest note. Default empty commit.
  BuildInfo build;
};

// The ITS 2.0 locQualityIssueType for a flag kind:
//   number_mismatch, number_missing, number_added -> numbers
//   date_mismatch, quote_mismatch                 -> mistranslation
//   quote_missing                                 -> inconsistency
//   entity_mismatch                               -> inconsistent-entities
//   omission, partial_omission                    -> omission
//   addition, partial_addition                    -> addition
//   negation_mismatch                             -> mistranslation
//   untranslated                                  -> untranslated
//   repeated_words                                -> duplication
//   anything else                                 -> other
std::string_view ItsIssueType(std::string_view flag_kind);

// ITS locQualityIssueSeverity (0..100) for "error", "warning", "info".
int ItsSeverity(std::string_view severity);

// Writes the XLIFF document. InvalidArgument for an unsupported version or
// when a bead names a sentence `report` does not have (CheckReport).
Status WriteXliff(const AlignmentReport& report, const XliffOptions& options, std::ostream& out);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_XLIFF_WRITER_H_
