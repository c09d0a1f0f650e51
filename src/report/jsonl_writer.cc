#include "report/jsonl_writer.h"

#include "report/json_writer.h"

namespace driftalign::report {
namespace {

nlohmann::ordered_json Header(const DocumentInfo& doc) {
  nlohmann::ordered_json j;
  j["lang"] = doc.lang;
  j["path"] = doc.path;
  j["sha256"] = doc.sha256;
  j["sentences"] = Sentences(doc).size();
  return j;
}

}  // namespace

void WriteJsonl(const AlignmentReport& report, std::ostream& out) {
  nlohmann::ordered_json head;
  head["schema"] = kAlignmentJsonlSchema;
  head["tool"] = {{"name", report.tool_name}, {"version", report.tool_version}};
  head["model"] = {{"name", report.model_name}, {"sha256", report.model_sha256}};
  head["params"] = report.params;
  head["src"] = Header(report.src);
  head["tgt"] = Header(report.tgt);
  out << head.dump() << '\n';
  for (size_t i = 0; i < report.beads.size(); ++i) {
    const align::Bead& b = report.beads[i];
    nlohmann::ordered_json j = BeadToJson(b, BeadFlags(report, i));
    j["src_text"] = SideText(report.src, b.src);
    j["tgt_text"] = SideText(report.tgt, b.tgt);
    out << j.dump() << '\n';
  }
}

}  // namespace driftalign::report
