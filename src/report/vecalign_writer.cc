#include "report/vecalign_writer.h"

#include "report/alignment_report.h"

namespace driftalign::report {
namespace {

std::string List(const std::vector<int>& ids) {
  std::string s = "[";
  for (size_t k = 0; k < ids.size(); ++k) {
    if (k > 0) s += ", ";
    s += std::to_string(ids[k]);
  }
  return s + "]";
}

}  // namespace

std::string VecalignLine(const align::Bead& bead) {
  return List(bead.src) + ":" + List(bead.tgt) + ":" + ScoreText(bead.score);
}

void WriteVecalign(const std::vector<align::Bead>& beads, std::ostream& out) {
  for (const align::Bead& b : beads) out << VecalignLine(b) << '\n';
}

}  // namespace driftalign::report
