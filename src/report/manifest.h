// What every output of issue 7 says about how it was made (the
// reproducibility manifest), and the reading of the alignment JSON that the
// html, tmx, xliff and moses writers share.
//
// The writers render the alignment JSON document (schema
// "driftalign/alignment/1", docs/alignment-json.md), never the aligner's
// internals:
//
//   nlohmann::ordered_json doc = ...;             // from AlignmentToJson() or a file
//   RETURN_IF_ERROR(CheckAlignment(doc));
//   nlohmann::ordered_json m = Manifest(doc);     // tool, model, ICU, params, inputs
//   for (const auto& bead : doc["beads"])
//     for (const FlagView& f : BeadFlags(doc, bead)) ...
//
// Time stamps come only from SOURCE_DATE_EPOCH (seconds since 1970, UTC):
// without it no output carries a time, so the same inputs give the same bytes.
#ifndef DRIFTALIGN_REPORT_MANIFEST_H_
#define DRIFTALIGN_REPORT_MANIFEST_H_

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/status.h"

namespace driftalign::report {

// Checks the parts of an alignment document the writers read: "src"/"tgt"
// with "lang" and "sentences" (each with "id" == its position and "text"),
// and "beads" whose ids are in range. InvalidArgument names the JSON path of
// the first problem, e.g. "alignment JSON: beads[3].tgt[0]: id 17 out of range
// (target has 12 sentences)".
Status CheckAlignment(const nlohmann::ordered_json& doc);

// The reproducibility manifest of `doc`:
//   {"tool": {"name", "version", "git_commit"}, "model": {"name", "sha256"},
//    "icu_version", "params": {...},
//    "inputs": [{"role": "src", "lang", "path", "sha256"}, {"role": "tgt", ...}],
//    "created": "2024-01-02T03:04:05Z"}   <- only when SOURCE_DATE_EPOCH is set
// Values the document does not carry are taken from this build (ICU version)
// or left empty (git commit unless StampBuild() added it; model for the
// Gale-Church baseline).
nlohmann::ordered_json Manifest(const nlohmann::ordered_json& doc);

// Adds what only the binary knows to doc["tool"]: "git_commit" (the build's
// commit, DRIFTALIGN_GIT_COMMIT in src/cli) and "icu_version", so that
// Manifest() and every writer record them.
void StampBuild(nlohmann::ordered_json* doc, std::string_view git_commit);

// SOURCE_DATE_EPOCH as a UTC time: ISO 8601 ("2024-01-02T03:04:05Z") or, with
// `compact`, the TMX form "20240102T030405Z". nullopt when unset or not a
// non-negative integer.
std::optional<std::string> SourceDateEpoch(bool compact = false);

// The ICU version this binary was built with, e.g. "74.2".
std::string IcuVersion();

// One piece of evidence of a flag on one side.
struct EvidenceSpan {
  int sentence = -1;  // sentence id holding it (-1: none of the side's sentences)
  size_t begin = 0;   // byte offsets into the ORIGINAL input of that side
  size_t end = 0;
  std::string text;
};

// A drift flag as the writers use it.
struct FlagView {
  std::string kind;      // "number_mismatch", "omission", ...
  std::string severity;  // "error", "warning" or "info"
  std::string message;
  std::vector<EvidenceSpan> src, tgt;
};

// The flags of `bead`. Spans are read from "src_spans"/"tgt_spans" (arrays)
// or "src_span"/"tgt_span" / "src"/"tgt" (one object each, as `check`
// writes them), each with "begin", "end", "text" and optionally "sentence";
// a missing sentence id is found from the offsets; sentence -1 or an empty
// span means no evidence on that side. Missing severity reads as "warning".
std::vector<FlagView> BeadFlags(const nlohmann::ordered_json& doc,
                                const nlohmann::ordered_json& bead);

// Where `span` lies inside the text of sentence `span.sentence` of side
// `side`: [first, second) relative to the sentence's first byte. Uses the
// byte offsets when they fall inside the sentence, on UTF-8 boundaries, and
// agree with span.text; otherwise the first occurrence of span.text in the
// sentence; nullopt when neither works.
std::optional<std::pair<size_t, size_t>> LocateSpan(const nlohmann::ordered_json& doc,
                                                    std::string_view side, const EvidenceSpan& span);

// The texts of sentences `ids` of side `side` ("src" or "tgt") of `doc`,
// joined by one space (as the jsonl and tsv writers do).
std::string SideText(const nlohmann::ordered_json& doc, std::string_view side,
                     const nlohmann::ordered_json& ids);

// Bead score as written by the writers: fixed 6 decimals, or "" when absent.
std::string ScoreText(const nlohmann::ordered_json& bead);

// --- The issue-7 formats behind one call, for the verbs (align, check). ---

struct RenderOptions {
  // XLIFF: 1 writes 1.2, 2 writes 2.1. Default 1.
  int xliff_version = 1;
  // tmx and moses: also write null beads (empty other side). Default false.
  bool keep_null_beads = false;
  // Stamped into the document's "tool" (StampBuild). Default empty.
  std::string git_commit;
};

// True for "html", "tmx", "xliff" and "moses".
bool IsRenderFormat(std::string_view format);

// Writes `doc` (the alignment JSON) in `format` to `out`. For "moses", `out`
// gets the TSV (src_text, tgt_text, score); when `output_path` is a file
// (not "-") the two line-aligned files <output_path>.<src lang> and
// <output_path>.<tgt lang> and <output_path>.manifest.json are written too.
// InvalidArgument for an unknown format or a malformed document, InputError
// when a side file cannot be written.
Status Render(std::string_view format, nlohmann::ordered_json doc, const RenderOptions& options,
              const std::string& output_path, std::ostream& out);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_MANIFEST_H_
