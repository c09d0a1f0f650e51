#include "report/tsv_writer.h"

#include <cstdio>

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

std::string Text(const std::vector<int>& ids, const DocumentInfo& doc) {
  std::string text;
  for (int id : ids) {
    if (!text.empty()) text += ' ';
    text += (*doc.sentences)[id].text;
  }
  return EscapeTsv(text);
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
    char score[32];
    std::snprintf(score, sizeof(score), "%.6f", RoundScore(b.score));
    out << Ids(b.src) << '\t' << Ids(b.tgt) << '\t' << score << '\t' << Text(b.src, report.src)
        << '\t' << Text(b.tgt, report.tgt) << '\n';
  }
}

}  // namespace driftalign::report
