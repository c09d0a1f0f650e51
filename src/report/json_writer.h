// The alignment as one JSON document, schema "driftalign/alignment/1"
// (every field is described in docs/alignment-json.md).
#ifndef DRIFTALIGN_REPORT_JSON_WRITER_H_
#define DRIFTALIGN_REPORT_JSON_WRITER_H_

#include <nlohmann/json.hpp>

#include <ostream>
#include <string_view>

#include "report/alignment_report.h"

namespace driftalign::report {

// The whole document as a JSON value (keys in contract order).
nlohmann::ordered_json AlignmentToJson(const AlignmentReport& report);

// Writes AlignmentToJson(report), indented by 2, and a final newline.
void WriteJson(const AlignmentReport& report, std::ostream& out);

// The head of the json document and of the jsonl header line: {"schema",
// "tool", "model", "params", "src", "tgt"}, the sides as {"lang", "path",
// "sha256", "sentences"} with the sentence objects, or only their count when
// `sentence_count_only`.
nlohmann::ordered_json ReportHead(const AlignmentReport& report, std::string_view schema,
                                  bool sentence_count_only);

// One bead as {"src": [...], "tgt": [...], "score": s, "flags": [...]}, then
// with a `divergence`: "divergence" (its score rounded to 3 decimals),
// "divergent" and, when it holds them, "divergence_features" {name: value}.
nlohmann::ordered_json BeadToJson(const align::Bead& bead, const std::vector<drift::Flag>& flags = {},
                                  const drift::BeadDivergence* divergence = nullptr);

// One drift flag: {"kind", "severity", "message", "score", "src", "tgt"}; "src"/"tgt"
// are {"sentence", "begin", "end", "text"} (absent when the side has no evidence).
nlohmann::ordered_json FlagToJson(const drift::Flag& flag);

// One sentence as in the "sentences" lists and in `segment --format jsonl`:
// {"id", "text", "begin", "end", "paragraph", "kind"}.
nlohmann::ordered_json SentenceToJson(const segment::Sentence& sentence);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_JSON_WRITER_H_
