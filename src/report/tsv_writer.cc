#include "report/tsv_writer.h"

namespace driftalign::report {
namespace {

std::string Ids(const std::vector<int>& ids) {
  std::string s;
  for (size_t k = 0; k < ids.size(); ++k) {
    if (k > 0) s += ',';
    s += std::to_string(ids[k]);
  }
  return s;
}

}  // namespace

std::string EscapeTsv(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out;
}

void WriteTsv(const AlignmentReport& report, std::ostream& out) {
  out << "src_ids\ttgt_ids\tscore\tsrc_text\ttgt_text\n";
  for (const align::Bead& b : report.beads) {
    out << Ids(b.src) << '\t' << Ids(b.tgt) << '\t' << ScoreText(b.score) << '\t'
        << EscapeTsv(SideText(report.src, b.src)) << '\t' << EscapeTsv(SideText(report.tgt, b.tgt)) << '\n';
  }
}

}  // namespace driftalign::report
