// The alignment step shared by the align, check and batch verbs, so the three
// give the same beads for the same input and options.
#ifndef DRIFTALIGN_CLI_PIPELINE_H_
#define DRIFTALIGN_CLI_PIPELINE_H_

#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "align/aligner.h"
#include "align/bead.h"
#include "cli/common.h"
#include "drift/checker.h"
#include "drift/coverage.h"
#include "drift/flag.h"
#include "embed/model.h"
#include "report/alignment_report.h"
#include "report/format_registry.h"
#include "segment/sentence.h"
#include "text/status.h"

namespace driftalign::cli {

// The flags of the verbs that read a document pair (align, check): SRC, TGT,
// their languages, the output file, the model and the render options.
struct PairFlags {
  std::string src = "-", tgt;
  std::string src_lang = "en", tgt_lang = "fr";
  std::string output = "-";
  std::string model;             // empty: ModelPath("") (the shipped model)
  report::RenderOptions render;  // html, tmx, xliff, moses (docs/formats.md)
  void RegisterPair(CLI::App* cmd);
};

// Reads and segments both sides of `pair` into *src and *tgt.
Status ReadPair(const PairFlags& pair, const InputFlags& in, SegmentedInput* src, SegmentedInput* tgt);

// A report with the tool version and the src/tgt descriptions (language, path,
// sha256, sentences); it points into `src` and `tgt`, which must outlive it.
report::AlignmentReport NewReport(const PairFlags& pair, const std::string& tool_version,
                                  const SegmentedInput& src, const SegmentedInput& tgt);

// The model file a --model flag selects: the flag, else embed::DefaultModelPath().
std::string ModelPath(const std::string& flag);

// Loads the model at `path`; a missing file is a ModelError ("<path>: model
// file not found; pass --model PATH or set DRIFTALIGN_MODEL" + `hint`).
StatusOr<std::unique_ptr<embed::Model>> LoadModel(const std::string& path, const std::string& hint);

// The sentence texts, in order (views into `sentences`).
std::vector<std::string_view> Texts(const std::vector<segment::Sentence>& sentences);

// Aligns two segmented documents with the embedding aligner: block vectors
// from `model`, plus the word-coverage evidence when options.coverage_weight
// is non-zero and the longer side has at most options.coverage_max_sentences.
StatusOr<std::vector<align::Bead>> AlignSentences(const embed::Model& model,
                                                  const align::AlignerOptions& options,
                                                  const std::string& src_lang,
                                                  const std::vector<segment::Sentence>& src,
                                                  const std::string& tgt_lang,
                                                  const std::vector<segment::Sentence>& tgt);

// The drift-check flags shared by check and align (docs/drift.md): clause
// coverage mode and the thresholds that trade precision for recall.
struct DriftFlags {
  std::string coverage_mode = "auto";  // auto, model, lexical, off
  drift::CheckerOptions check;
  drift::CoverageOptions coverage;
  void Register(CLI::App* cmd);
};

// Whether `flags` needs the model for its coverage checks when the model file
// at `model_path` may or may not exist (auto: only when it exists).
bool DriftNeedsModel(const DriftFlags& flags, const std::string& model_path);

// Checks every bead for drift (drift/checker.h) with the languages of `pair`:
// the flags per bead, in bead order. `model` (may be null) gives the word
// vectors of the clause coverage; *coverage_used is set to "model", "lexical"
// or "off" (for the report's params).
StatusOr<std::vector<std::vector<drift::Flag>>> CheckDrift(const DriftFlags& flags, const PairFlags& pair,
                                                           const embed::Model* model,
                                                           const std::vector<segment::Sentence>& src,
                                                           const std::vector<segment::Sentence>& tgt,
                                                           const std::vector<align::Bead>& beads,
                                                           std::string* coverage_used);

// The model's word vectors as the drift coverage asks for them.
drift::WordVectorFn ModelWordVectors(const embed::Model* model);

// Whether an output format names the model by its sha256 (json, jsonl, html,
// tmx, xliff, ...: every format except the bare vecalign, tsv, moses and the
// check's text report), i.e. whether the model file must be hashed.
bool FormatNamesModel(const std::string& format);

// A drift check begun before the beads are known. Start does the work that
// needs no beads (facts, content words and their vectors: Checker::Prepare)
// on a second thread, so it runs while the caller aligns on this one; Finish
// waits for it and checks the beads. The flags are those of CheckDrift.
//
//   ASSIGN_OR_RETURN(auto check, DriftCheck::Start(flags, pair, model, src, tgt));
//   report.beads = ...;  // align
//   RETURN_IF_ERROR(check->Finish(&report));
class DriftCheck {
 public:
  // `model` (may be null), `src` and `tgt` must outlive the DriftCheck.
  static StatusOr<std::unique_ptr<DriftCheck>> Start(const DriftFlags& flags, const PairFlags& pair,
                                                     const embed::Model* model,
                                                     const std::vector<segment::Sentence>& src,
                                                     const std::vector<segment::Sentence>& tgt);
  ~DriftCheck();  // waits for the second thread
  // Checks report->beads; fills report->flags and params["coverage_checks"].
  Status Finish(report::AlignmentReport* report);

 private:
  DriftCheck(drift::Checker checker, const std::vector<segment::Sentence>& src,
             const std::vector<segment::Sentence>& tgt)
      : checker_(std::move(checker)), src_(src), tgt_(tgt) {}
  drift::Checker checker_;
  std::unique_ptr<drift::CoverageScorer> coverage_;
  std::string coverage_used_;
  const std::vector<segment::Sentence>& src_;
  const std::vector<segment::Sentence>& tgt_;
  std::future<drift::PreparedPair> prepared_;
};

}  // namespace driftalign::cli

#endif  // DRIFTALIGN_CLI_PIPELINE_H_
