#include "report/json_writer.h"

#include <cmath>

namespace driftalign::report {

nlohmann::ordered_json SentenceToJson(const segment::Sentence& s) {
  nlohmann::ordered_json o;
  o["id"] = s.id;
  o["text"] = s.text;
  o["begin"] = s.begin;
  o["end"] = s.end;
  o["paragraph"] = s.paragraph;
  o["kind"] = std::string(segment::KindName(s.kind));
  return o;
}

namespace {

nlohmann::ordered_json DocumentToJson(const DocumentInfo& doc, bool sentence_count_only) {
  nlohmann::ordered_json j;
  j["lang"] = doc.lang;
  j["path"] = doc.path;
  j["sha256"] = doc.sha256;
  if (sentence_count_only) {
    j["sentences"] = Sentences(doc).size();
    return j;
  }
  nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
  for (const segment::Sentence& s : Sentences(doc)) sentences.push_back(SentenceToJson(s));
  j["sentences"] = std::move(sentences);
  return j;
}

}  // namespace

nlohmann::ordered_json ReportHead(const AlignmentReport& report, std::string_view schema, bool sentence_count_only) {
  nlohmann::ordered_json j;
  j["schema"] = std::string(schema);
  j["tool"] = {{"name", report.tool_name}, {"version", report.tool_version}};
  j["model"] = {{"name", report.model_name}, {"sha256", report.model_sha256}};
  j["params"] = report.params;
  j["src"] = DocumentToJson(report.src, sentence_count_only);
  j["tgt"] = DocumentToJson(report.tgt, sentence_count_only);
  return j;
}

nlohmann::ordered_json FlagToJson(const drift::Flag& flag) {
  nlohmann::ordered_json j;
  j["kind"] = std::string(drift::FlagKindName(flag.kind));
  j["severity"] = std::string(drift::SeverityName(flag.severity));
  j["message"] = flag.message;
  j["score"] = RoundScore(flag.score);
  for (const auto& [key, span] : {std::pair{"src", &flag.src}, std::pair{"tgt", &flag.tgt}}) {
    if (span->empty()) continue;
    j[key] = {{"sentence", span->sentence}, {"begin", span->begin}, {"end", span->end},
              {"text", span->text}};
  }
  return j;
}

nlohmann::ordered_json BeadToJson(const align::Bead& bead, const std::vector<drift::Flag>& flags,
                                  const drift::BeadDivergence* divergence) {
  nlohmann::ordered_json j;
  j["src"] = bead.src;
  j["tgt"] = bead.tgt;
  j["score"] = RoundScore(bead.score);
  j["flags"] = nlohmann::ordered_json::array();
  for (const drift::Flag& f : flags) j["flags"].push_back(FlagToJson(f));
  if (divergence != nullptr) {
    // 3 decimals: the score is a ranking signal, and fewer digits keep the
    // output stable across compilers' floating-point differences.
    j["divergence"] = std::round(divergence->score * 1000.0) / 1000.0;
    j["divergent"] = divergence->divergent;
    if (!divergence->features.empty()) {
      nlohmann::ordered_json features = nlohmann::ordered_json::object();
      const auto& names = drift::DivergenceFeatureNames();
      for (size_t k = 0; k < names.size() && k < divergence->features.size(); ++k) {
        features[std::string(names[k])] = RoundScore(divergence->features[k]);
      }
      j["divergence_features"] = std::move(features);
    }
  }
  return j;
}

nlohmann::ordered_json AlignmentToJson(const AlignmentReport& report) {
  nlohmann::ordered_json j = ReportHead(report, kAlignmentSchema, /*sentence_count_only=*/false);
  nlohmann::ordered_json beads = nlohmann::ordered_json::array();
  for (size_t i = 0; i < report.beads.size(); ++i) {
    beads.push_back(BeadToJson(report.beads[i], BeadFlags(report, i), BeadDivergenceOf(report, i)));
  }
  j["beads"] = std::move(beads);
  return j;
}

void WriteJson(const AlignmentReport& report, std::ostream& out) {
  out << AlignmentToJson(report).dump(2) << '\n';
}

}  // namespace driftalign::report
