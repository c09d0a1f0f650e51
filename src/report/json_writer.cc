#include "report/json_writer.h"

#include <cmath>
#include <functional>
#include <string>
#include <vector>

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

namespace {

// Writes a JSON array of `count` elements, element(k) for k in order, as
// dump(2) of the whole document would lay it out when the array's key sits at
// `indent` spaces: elements at indent + 2, the closing bracket at indent.
// Each element is dumped on its own, so the document never exists as one tree.
void WriteArray(std::ostream& out, size_t count, int indent,
                const std::function<nlohmann::ordered_json(size_t)>& element) {
  if (count == 0) {
    out << "[]";
    return;
  }
  const std::string pad(static_cast<size_t>(indent) + 2, ' ');
  out << "[\n";
  std::string text;
  for (size_t k = 0; k < count; ++k) {
    text = element(k).dump(2);
    // A dumped value has no raw newline inside its strings (they are
    // escaped), so every newline starts a line to indent.
    out << pad;
    size_t from = 0;
    for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
      out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
      out << pad;
      from = nl + 1;
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
    out << (k + 1 < count ? ",\n" : "\n");
  }
  out << std::string(static_cast<size_t>(indent), ' ') << ']';
}

}  // namespace

void WriteJson(const AlignmentReport& report, std::ostream& out) {
  // The document of AlignmentToJson with its three long arrays (the two
  // sides' sentences, the beads) left empty, dumped, and the arrays written
  // element by element where their "[]" stands: the same bytes as
  // AlignmentToJson(report).dump(2), without the whole tree in memory.
  nlohmann::ordered_json j = ReportHead(report, kAlignmentSchema, /*sentence_count_only=*/true);
  j["src"]["sentences"] = nlohmann::ordered_json::array();
  j["tgt"]["sentences"] = nlohmann::ordered_json::array();
  j["beads"] = nlohmann::ordered_json::array();
  const std::string head = j.dump(2);
  // The three empty arrays, in document order: "sentences": [] at 4 spaces
  // inside "src", then inside "tgt", and "beads": [] at 2, the last key.
  // (No string of the dump holds a raw newline, so these lines are keys.)
  const std::string sentences_key = "\n    \"sentences\": []", beads_key = "\n  \"beads\": []";
  const size_t src_at = head.find(sentences_key, head.find("\n  \"src\": {"));
  const size_t tgt_at = head.find(sentences_key, head.find("\n  \"tgt\": {"));
  const size_t beads_at = head.rfind(beads_key);
  const size_t cut = sentences_key.size() - 2;  // up to the "[]"
  const std::vector<segment::Sentence>& src = Sentences(report.src);
  const std::vector<segment::Sentence>& tgt = Sentences(report.tgt);
  out.write(head.data(), static_cast<std::streamsize>(src_at + cut));
  WriteArray(out, src.size(), 4, [&src](size_t k) { return SentenceToJson(src[k]); });
  out.write(head.data() + src_at + cut + 2, static_cast<std::streamsize>(tgt_at + cut - (src_at + cut + 2)));
  WriteArray(out, tgt.size(), 4, [&tgt](size_t k) { return SentenceToJson(tgt[k]); });
  const size_t beads_cut = beads_key.size() - 2;
  out.write(head.data() + tgt_at + cut + 2,
            static_cast<std::streamsize>(beads_at + beads_cut - (tgt_at + cut + 2)));
  WriteArray(out, report.beads.size(), 2, [&report](size_t k) {
    return BeadToJson(report.beads[k], BeadFlags(report, k), BeadDivergenceOf(report, k));
  });
  out.write(head.data() + beads_at + beads_cut + 2,
            static_cast<std::streamsize>(head.size() - (beads_at + beads_cut + 2)));
  out << '\n';
}

}  // namespace driftalign::report
