// report/: writes the result of an alignment (and later of the drift checks)
// in the formats users read: json (the versioned contract of
// docs/alignment-json.md), jsonl, vecalign and tsv; one writer per file.
//
//   AlignmentReport r;
//   r.src = {"en", "story.en.txt", sha256, &en_sentences};  ...
//   r.beads = aligner.Align(src, tgt);
//   WriteJson(r, std::cout);
#ifndef DRIFTALIGN_REPORT_ALIGNMENT_REPORT_H_
#define DRIFTALIGN_REPORT_ALIGNMENT_REPORT_H_

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "align/bead.h"
#include "drift/flag.h"
#include "segment/sentence.h"

namespace driftalign::report {

// Identifies the schema of the json output; bump the number on any
// incompatible change (docs/alignment-json.md).
inline constexpr const char* kAlignmentSchema = "driftalign/alignment/1";

struct DocumentInfo {
  std::string lang;    // "en", "fr"
  std::string path;    // as given on the command line ("-" = stdin)
  std::string sha256;  // hex SHA-256 of the input bytes
  const std::vector<segment::Sentence>* sentences = nullptr;
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
};

// Scores are written rounded to 6 decimals, so output bytes are stable.
double RoundScore(double score);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_ALIGNMENT_REPORT_H_
