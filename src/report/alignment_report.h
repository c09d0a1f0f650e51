// report/: writes the result of an alignment and of the drift checks
// in the formats users read: json (the versioned contract of
// docs/alignment-json.md), jsonl, vecalign, tsv, html, tmx, xliff and moses;
// one writer per file, all over the typed AlignmentReport below, reached by
// format name through format_registry.h.
//
//   AlignmentReport r;
//   r.src = {"en", "story.en.txt", sha256, &en_sentences};  ...
//   r.beads = aligner.Align(src, tgt);
//   WriteJson(r, std::cout);
//
// The functions after the types read a report the way every writer does
// (side text, score text, flag evidence), so that the writers agree.
#ifndef DRIFTALIGN_REPORT_ALIGNMENT_REPORT_H_
#define DRIFTALIGN_REPORT_ALIGNMENT_REPORT_H_

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "align/bead.h"
#include "drift/divergence.h"
#include "drift/flag.h"
#include "segment/sentence.h"
#include "text/status.h"

namespace driftalign::report {

// Identifies the schema of the json output; bump the number on any
// incompatible change (docs/alignment-json.md).
inline constexpr const char* kAlignmentSchema = "driftalign/alignment/1";

struct DocumentInfo {
  std::string lang;    // "en", "fr"
  std::string path;    // as given on the command line ("-" = stdin)
  std::string sha256;  // hex SHA-256 of the input bytes
  const std::vector<segment::Sentence>* sentences = nullptr;  // nullptr reads as no sentences
};

struct AlignmentReport {
  std::string tool_name = "driftalign";
  std::string tool_version;
  std::string model_name;    // empty for the Gale-Church baseline (no model)
  std::string model_sha256;
  nlohmann::ordered_json params = nlohmann::ordered_json::object();  // options that shaped the result
  DocumentInfo src, tgt;
  std::vector<align::Bead> beads;
  // Drift flags of each bead (drift/), same order as beads; empty when not checked.
  std::vector<std::vector<drift::Flag>> flags;
  // Divergence score of each bead (drift/divergence.h), same order as beads;
  // empty when not checked.
  std::vector<drift::BeadDivergence> divergence;
};

// Scores are written rounded to 6 decimals, so output bytes are stable.
double RoundScore(double score);

// A bead score as the writers print it: RoundScore(score) with 6 decimals,
// e.g. "0.874512".
std::string ScoreText(double score);

// The sentences of `doc` (empty when doc.sentences is nullptr).
const std::vector<segment::Sentence>& Sentences(const DocumentInfo& doc);

// The flags of bead `i` of `report` (empty when the report was not checked).
const std::vector<drift::Flag>& BeadFlags(const AlignmentReport& report, size_t i);

// The divergence of bead `i` of `report`, or null when it has none (not
// checked, or checked without word vectors).
const drift::BeadDivergence* BeadDivergenceOf(const AlignmentReport& report, size_t i);

// The texts of sentences `ids` of `doc` joined by one space ("" for no ids).
std::string SideText(const DocumentInfo& doc, const std::vector<int>& ids);

// "<severity> <kind>: <message>", e.g. "error number_mismatch: 353 wounded →
// 335 blessés" (the notes of the tmx and xliff writers).
std::string FlagLine(const drift::Flag& flag);

// The evidence `span` of a flag on side `doc` as the writers place it, or
// nullopt when there is none: an empty span (no sentence), end < begin, an
// empty range without text, or a span no sentence holds. A sentence id out of
// range is replaced by the first sentence whose byte range holds the span.
std::optional<drift::Span> Evidence(const DocumentInfo& doc, const drift::Span& span);

// Where `span` lies inside the text of sentence `span.sentence` of `doc`:
// [first, second) relative to the sentence's first byte. Uses the byte
// offsets when they fall inside the sentence, on UTF-8 boundaries, and agree
// with span.text; otherwise the first occurrence of span.text in the
// sentence; nullopt when neither works.
std::optional<std::pair<size_t, size_t>> LocateSpan(const DocumentInfo& doc, const drift::Span& span);

// Checks that every sentence id of every bead is a sentence of its side.
// InvalidArgument names the first bad id, e.g. "alignment report:
// beads[3].tgt[0]: id 17 out of range (target has 12 sentences)".
Status CheckReport(const AlignmentReport& report);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_ALIGNMENT_REPORT_H_
