// The hand-made sample report of the report tests (tests/data/report/sample.json).
#ifndef DRIFTALIGN_TESTS_REPORT_SAMPLE_REPORT_H_
#define DRIFTALIGN_TESTS_REPORT_SAMPLE_REPORT_H_

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "drift/flag.h"
#include "report/alignment_report.h"
#include "segment/sentence.h"
#include "test_util.h"

namespace driftalign::report::testing_util {

// tests/data/report/sample.json (an alignment JSON document, schema
// driftalign/alignment/1) as a typed report: 6 beads (one 2-2, one 0-1 null
// bead), 5 flags of 5 kinds, and "<script>" and quotes in texts, messages and
// params. Owns the sentences `report` points into (hence not copyable); a
// test may edit them.
class Sample {
 public:
  using Json = nlohmann::ordered_json;

  Sample() {
    const Json doc = Json::parse(ReadFile(std::string(DRIFTALIGN_TEST_DATA) + "/report/sample.json"));
    report.tool_name = doc["tool"]["name"];
    report.tool_version = doc["tool"]["version"];
    report.model_name = doc["model"]["name"];
    report.model_sha256 = doc["model"]["sha256"];
    report.params = doc["params"];
    ReadSide(doc["src"], &src, &report.src);
    ReadSide(doc["tgt"], &tgt, &report.tgt);
    for (const Json& b : doc["beads"]) {
      align::Bead bead;
      bead.src = b["src"].get<std::vector<int>>();
      bead.tgt = b["tgt"].get<std::vector<int>>();
      bead.score = b["score"];
      report.beads.push_back(bead);
      std::vector<drift::Flag> flags;
      for (const Json& f : b["flags"]) flags.push_back(ReadFlag(f));
      report.flags.push_back(flags);
    }
  }
  Sample(const Sample&) = delete;
  Sample& operator=(const Sample&) = delete;

  std::vector<segment::Sentence> src, tgt;
  AlignmentReport report;

 private:
  static void ReadSide(const Json& j, std::vector<segment::Sentence>* sentences, DocumentInfo* doc) {
    for (const Json& s : j["sentences"]) {
      segment::Sentence sentence;
      sentence.id = s["id"];
      sentence.text = s["text"];
      sentence.begin = s["begin"];
      sentence.end = s["end"];
      sentence.paragraph = s["paragraph"];
      sentence.kind = s["kind"] == "headline" ? segment::SentenceKind::kHeadline
                      : s["kind"] == "meta"   ? segment::SentenceKind::kMeta
                                              : segment::SentenceKind::kBody;
      sentences->push_back(sentence);
    }
    *doc = {j["lang"], j["path"], j["sha256"], sentences};
  }
  // A flag with at most one evidence span per side ("src_spans"/"tgt_spans").
  static drift::Flag ReadFlag(const Json& j) {
    drift::Flag flag;
    EXPECT_TRUE(drift::ParseFlagKind(j["kind"].get<std::string>(), &flag.kind)) << j["kind"];
    flag.severity = j["severity"] == "error"     ? drift::Severity::kError
                    : j["severity"] == "warning" ? drift::Severity::kWarning
                                                 : drift::Severity::kInfo;
    flag.message = j["message"];
    for (const auto& [key, span] : {std::pair{"src_spans", &flag.src}, std::pair{"tgt_spans", &flag.tgt}}) {
      EXPECT_LE(j[key].size(), 1u) << "a flag has at most one span per side";
      if (j[key].empty()) continue;
      const Json& s = j[key][0];
      *span = {s["sentence"], s["begin"], s["end"], s["text"]};
    }
    return flag;
  }
};

}  // namespace driftalign::report::testing_util

#endif  // DRIFTALIGN_TESTS_REPORT_SAMPLE_REPORT_H_
