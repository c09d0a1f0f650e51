#include "report/moses_writer.h"

#include "report/manifest.h"

namespace driftalign::report {
namespace {

bool Written(const nlohmann::ordered_json& bead, const MosesOptions& options) {
  bool null = !bead.contains("src") || bead["src"].empty() || !bead.contains("tgt") || bead["tgt"].empty();
  return options.keep_null_beads || !null;
}

std::string Side(const nlohmann::ordered_json& doc, const nlohmann::ordered_json& bead, const char* side) {
  return bead.contains(side) ? MosesLine(SideText(doc, side, bead[side])) : std::string();
}

}  // namespace

std::string MosesLine(std::string_view text) {
  std::string line(text);
  for (char& c : line)
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
  return line;
}

Status WriteMoses(const nlohmann::ordered_json& doc, const MosesOptions& options,
                  std::ostream& src_out, std::ostream& tgt_out) {
  RETURN_IF_ERROR(CheckAlignment(doc));
  for (const auto& bead : doc["beads"]) {
    if (!Written(bead, options)) continue;
    src_out << Side(doc, bead, "src") << '\n';
    tgt_out << Side(doc, bead, "tgt") << '\n';
  }
  return Status::Ok();
}

Status WriteMosesTsv(const nlohmann::ordered_json& doc, const MosesOptions& options, std::ostream& out) {
  RETURN_IF_ERROR(CheckAlignment(doc));
  for (const auto& bead : doc["beads"]) {
    if (!Written(bead, options)) continue;
    out << Side(doc, bead, "src") << '\t' << Side(doc, bead, "tgt") << '\t' << ScoreText(bead) << '\n';
  }
  return Status::Ok();
}

}  // namespace driftalign::report
