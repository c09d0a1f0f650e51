#include "report/moses_writer.h"

namespace driftalign::report {

std::string MosesLine(std::string_view text) {
  std::string line(text);
  for (char& c : line)
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
  return line;
}

Status WriteMoses(const AlignmentReport& report, const MosesOptions& options, std::ostream& src_out,
                  std::ostream& tgt_out) {
  RETURN_IF_ERROR(CheckReport(report));
  for (const align::Bead& bead : report.beads) {
    if (bead.is_null() && !options.keep_null_beads) continue;
    src_out << MosesLine(SideText(report.src, bead.src)) << '\n';
    tgt_out << MosesLine(SideText(report.tgt, bead.tgt)) << '\n';
  }
  return Status::Ok();
}

Status WriteMosesTsv(const AlignmentReport& report, const MosesOptions& options, std::ostream& out) {
  RETURN_IF_ERROR(CheckReport(report));
  for (const align::Bead& bead : report.beads) {
    if (bead.is_null() && !options.keep_null_beads) continue;
    out << MosesLine(SideText(report.src, bead.src)) << '\t' << MosesLine(SideText(report.tgt, bead.tgt)) << '\t'
        << ScoreText(bead.score) << '\n';
  }
  return Status::Ok();
}

}  // namespace driftalign::report
