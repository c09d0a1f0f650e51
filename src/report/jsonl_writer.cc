#include "report/jsonl_writer.h"

#include "report/json_writer.h"

namespace driftalign::report {

void WriteJsonl(const AlignmentReport& report, std::ostream& out) {
  out << ReportHead(report, kAlignmentJsonlSchema, /*sentence_count_only=*/true).dump() << '\n';
  for (size_t i = 0; i < report.beads.size(); ++i) {
    const align::Bead& b = report.beads[i];
    nlohmann::ordered_json j = BeadToJson(b, BeadFlags(report, i), BeadDivergenceOf(report, i));
    j["src_text"] = SideText(report.src, b.src);
    j["tgt_text"] = SideText(report.tgt, b.tgt);
    out << j.dump() << '\n';
  }
}

}  // namespace driftalign::report
