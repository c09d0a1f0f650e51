// The alignment as a TMX 1.4b translation memory, the format CAT tools
// (OmegaT, Trados, memoQ, translate-toolkit) import:
//
//   <!DOCTYPE tmx SYSTEM "tmx14.dtd">
//   <tmx version="1.4">
//     <header creationtool="driftalign" ... srclang="en" datatype="plaintext">
//       <prop type="x-driftalign-model">...</prop> ... (the manifest, manifest.h)
//     </header>
//     <body>
//       <tu tuid="b2" srclang="en">
//         <prop type="x-driftalign-bead">2</prop>          (0-based index in "beads")
//         <prop type="x-driftalign-shape">2-2</prop>
//         <prop type="x-driftalign-score">0.874512</prop>
//         <prop type="x-driftalign-flag">error number_mismatch: 353 wounded → 335 blessés</prop>
//         <note>error number_mismatch: 353 wounded → 335 blessés</note>
//         <tuv xml:lang="en"><seg>...</seg></tuv>
//         <tuv xml:lang="fr"><seg>...</seg></tuv>
//       </tu>
// One <tu> per aligned bead (both sides non-empty); null beads have no
// translation and are left out unless `keep_null_beads`. The DTD is
// tests/data/report/tmx14.dtd, written from the TMX 1.4b specification
// (docs/formats.md). Characters XML 1.0 cannot carry (C0 controls other than
// tab, LF, CR) are written as U+FFFD.
//
//   RETURN_IF_ERROR(WriteTmx(report, TmxOptions(), out));
#ifndef DRIFTALIGN_REPORT_TMX_WRITER_H_
#define DRIFTALIGN_REPORT_TMX_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "report/alignment_report.h"
#include "report/manifest.h"
#include "text/status.h"

namespace driftalign::report {

struct TmxOptions {
  // Also write null beads, with an empty <seg> on the empty side. Default
  // false (a translation memory holds translations).
  bool keep_null_beads = false;
  // Written in the DOCTYPE declaration; empty writes none. Default "tmx14.dtd".
  std::string dtd_system_id = "tmx14.dtd";
  // Recorded in the header props. Default empty commit.
  BuildInfo build;
};

// `text` with every character XML 1.0 forbids replaced by U+FFFD.
std::string XmlSafe(std::string_view text);

// Writes the TMX document. InvalidArgument when a bead names a sentence
// `report` does not have (CheckReport).
Status WriteTmx(const AlignmentReport& report, const TmxOptions& options, std::ostream& out);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_TMX_WRITER_H_
