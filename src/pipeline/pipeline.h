// The align + check pipeline of one document pair, shared by the align,
// check and batch verbs so the three give the same beads and flags for the
// same input and options (pipeline/options.h has the overview).
//
//   ASSIGN_OR_RETURN(SegmentedPair pair, ReadPair(options, "a.en.txt", "a.fr.txt"));
//   ASSIGN_OR_RETURN(std::unique_ptr<embed::Model> model, LoadModelFor(options, ""));
//   ASSIGN_OR_RETURN(report::AlignmentReport report, AlignAndCheck(options, model.get(), pair));
#ifndef DRIFTALIGN_PIPELINE_PIPELINE_H_
#define DRIFTALIGN_PIPELINE_PIPELINE_H_

#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "align/aligner.h"
#include "align/bead.h"
#include "drift/checker.h"
#include "drift/coverage.h"
#include "embed/model.h"
#include "pipeline/options.h"
#include "report/alignment_report.h"
#include "segment/sentence.h"
#include "text/input.h"
#include "text/status.h"

namespace driftalign::pipeline {

// One side read and segmented.
struct SegmentedInput {
  text::Document doc;
  std::vector<segment::Sentence> sentences;
};

// Reads `path` ("-" = stdin) and segments it in `lang`; warns on stderr about
// replaced bytes and about inputs without any sentence.
StatusOr<SegmentedInput> ReadAndSegment(const std::string& path, const std::string& lang,
                                        const InputOptions& options);

// ReadAndSegment for text already in memory: `bytes` checked as text::MakeDocument
// does, under `name` (messages and the report's path), then segmented in `lang`.
// The same checks, warnings and errors, in the same order, as ReadAndSegment.
StatusOr<SegmentedInput> SegmentText(const std::string& name, std::string bytes, const std::string& lang,
                                     const InputOptions& options);

// Both sides of a pair, with the paths they were read from.
struct SegmentedPair {
  std::string src_path, tgt_path;
  SegmentedInput src, tgt;
};

// Reads and segments the source, then the target, in the languages of `options`.
StatusOr<SegmentedPair> ReadPair(const PipelineOptions& options, const std::string& src_path,
                                 const std::string& tgt_path);

// The sentence texts, in order (views into `sentences`).
std::vector<std::string_view> Texts(const std::vector<segment::Sentence>& sentences);

// Aligns two segmented documents with the embedding aligner: block vectors
// from `model` (each side embedded, and the band DP's rewards computed, on
// up to `threads` threads, 0: one per core; the beads do not depend on it), plus the word-coverage evidence when options.reward.coverage_weight
// is non-zero and the longer side has at most options.search.coverage_max_sentences.
StatusOr<std::vector<align::Bead>> AlignSentences(const embed::Model& model,
                                                  const align::AlignerOptions& options,
                                                  const std::string& src_lang,
                                                  const std::vector<segment::Sentence>& src,
                                                  const std::string& tgt_lang,
                                                  const std::vector<segment::Sentence>& tgt,
                                                  int threads = 1);

// The model's word vectors as the drift coverage asks for them.
drift::WordVectorFn ModelWordVectors(const embed::Model* model);
// The model's sentence vectors, unit length, as the aligner computes them
// (embed::DocumentVectors): the drift coverage's sentence-level evidence.
drift::SentenceVectorFn ModelSentenceVectors(const embed::Model* model);

// A drift check begun before the beads are known. Start does the work that
// needs no beads (facts, content words and their vectors: Checker::Prepare);
// with `second_thread` on a second thread, so it runs while the caller aligns
// on this one, else in Finish. Finish checks the beads (with `second_thread`,
// on `threads` threads, 0: one per core; the flags do not depend on it).
//
//   ASSIGN_OR_RETURN(auto check, DriftCheck::Start(drift, "en", "fr", model, src, tgt, true));
//   report.beads = ...;  // align
//   RETURN_IF_ERROR(check->Finish(&report));
class DriftCheck {
 public:
  // `model` (may be null: no model coverage), `src` and `tgt` must outlive
  // the DriftCheck. An InvalidArgument for a language other than en or fr.
  static StatusOr<std::unique_ptr<DriftCheck>> Start(const DriftOptions& options, const std::string& src_lang,
                                                     const std::string& tgt_lang, const embed::Model* model,
                                                     const std::vector<segment::Sentence>& src,
                                                     const std::vector<segment::Sentence>& tgt,
                                                     bool second_thread, int threads = 0);
  ~DriftCheck();  // waits for the second thread
  // Checks report->beads; fills report->flags and params["coverage_checks"]
  // ("model", "lexical" or "off").
  Status Finish(report::AlignmentReport* report);

 private:
  DriftCheck(drift::Checker checker, const std::vector<segment::Sentence>& src,
             const std::vector<segment::Sentence>& tgt)
      : checker_(std::move(checker)), src_(src), tgt_(tgt) {}
  drift::Checker checker_;
  std::unique_ptr<drift::CoverageScorer> coverage_;
  std::string coverage_used_;
  int threads_ = 1;
  const std::vector<segment::Sentence>& src_;
  const std::vector<segment::Sentence>& tgt_;
  std::future<drift::PreparedPair> prepared_;
};

// The beads of `pair` by options.method (the model is needed for
// Method::kEmbedding only).
StatusOr<std::vector<align::Bead>> FindBeads(const PipelineOptions& options, const embed::Model* model,
                                             const SegmentedPair& pair);

// Aligns and checks `pair`: the report with tool version, model (name; sha256
// with options.record_model_sha256), src/tgt, params (options.report_params,
// then "coverage_checks"), beads and, with options.check, the flags of every
// bead. `model` (null when !NeedsModel(options)) and `pair` must outlive the
// report, which points into `pair`.
StatusOr<report::AlignmentReport> AlignAndCheck(const PipelineOptions& options, const embed::Model* model,
                                                const SegmentedPair& pair);

// A pair read, aligned and checked (RunPair); `report` points into `pair`.
struct PairRun {
  SegmentedPair pair;
  std::unique_ptr<embed::Model> model;  // null when the run needed none
  report::AlignmentReport report;
};

// ReadPair, then LoadModelFor(options, model_hint) (model_lookup.h), then
// AlignAndCheck, in this order (an input error is reported before a model error).
StatusOr<std::unique_ptr<PairRun>> RunPair(const PipelineOptions& options, const std::string& src_path,
                                           const std::string& tgt_path, const std::string& model_hint);

}  // namespace driftalign::pipeline

#endif  // DRIFTALIGN_PIPELINE_PIPELINE_H_
