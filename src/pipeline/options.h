// pipeline/: what a run of driftalign does with one document pair, as a
// library (the align, check and batch verbs of cli/ only fill these options):
// read + segment both sides, find the beads (the embedding aligner, the
// Gale-Church baseline, a sentence-parallel pairing or a beads file), check
// every bead for drift, and return the report the writers of report/ print.
//
//   pipeline::PipelineOptions options;           // en -> fr, embedding aligner, drift check
//   ASSIGN_OR_RETURN(auto model, pipeline::LoadModelFor(options, ""));
//   ASSIGN_OR_RETURN(auto pair, pipeline::ReadPair(options, "a.en.txt", "a.fr.txt"));
//   ASSIGN_OR_RETURN(report::AlignmentReport report,
//                    pipeline::AlignAndCheck(options, model.get(), *pair));
//   report::WriteJson(report, std::cout);
#ifndef DRIFTALIGN_PIPELINE_OPTIONS_H_
#define DRIFTALIGN_PIPELINE_OPTIONS_H_

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "align/aligner.h"
#include "drift/checker.h"
#include "drift/coverage.h"
#include "drift/facts.h"
#include "segment/segmenter.h"
#include "text/input.h"
#include "text/lang.h"
#include "text/status.h"

namespace driftalign::pipeline {

// How the text of each side is read and cut into sentences.
struct InputOptions {
  // The input has one sentence per line (blank lines end paragraphs). Default off.
  bool presegmented = false;
  // Replace each invalid UTF-8 byte by '?' (offsets unchanged) and warn,
  // instead of failing. Default off.
  bool replace_invalid = false;
  // Do not mark headlines and meta lines; every sentence is "body". Default off.
  bool no_structure = false;
  // Refuse (InputError, exit 2) a side of more than this many sentences,
  // naming the file and the byte offset where the limit was passed; the
  // segmenter stops there, so the cost is bounded by the limit. Far above
  // real documents (a 50 MB side of Europarl has ~340,000 sentences); what
  // it bounds is memory, ~1.7 KB a sentence through align
  // (docs/reliability-cost.md). 0: no limit. Default kDefaultMaxSentences.
  static constexpr size_t kDefaultMaxSentences = 500000;
  size_t max_sentences = kDefaultMaxSentences;

  text::InputOptions input_options() const;
  segment::SegmenterOptions segmenter_options() const;
};

// Where the beads come from.
enum class Method {
  kEmbedding,   // the aligner (align/aligner.h); needs the model. The default.
  kGaleChurch,  // the length-only baseline (align/gale_church.h); no model
  kParallel,    // line i <-> line i, an extra line on one side a null bead
  kBeadsFile,   // read from PipelineOptions::beads_path (align/bead_io.h)
};

// "embedding", "gale-church", "parallel", "beads-file" (as the reports write it).
std::string_view MethodName(Method method);

// Where the drift check's clause coverage (partial_omission/addition,
// quote_mismatch) takes its word similarities from.
enum class CoverageMode {
  kAuto,     // the model's word vectors when the model file exists, else off. The default.
  kModel,    // the model's word vectors (the model must load)
  kLexical,  // same words, figures and 5-letter cognates only: a baseline
  kOff,      // no clause checks
};

// "auto", "model", "lexical", "off" -> the mode; an InvalidArgument otherwise.
StatusOr<CoverageMode> ParseCoverageMode(std::string_view name);

// The drift check (docs/drift.md).
struct DriftOptions {
  CoverageMode coverage_mode = CoverageMode::kAuto;  // default auto
  drift::CheckerOptions check;       // thresholds; the languages are set from PipelineOptions
  drift::CoverageOptions coverage;   // word similarity of the clause coverage
};

// The ranges the check and align verbs' flags accept (docs/drift.md):
// quote_position_slack and partial_max_coverage in [0, 1], partial_min_words
// in 1..100, min_cosine and link_min_cosine in [-1, 1], divergence_threshold
// in [0, 1]; an InvalidArgument
// naming the first option out of range, e.g. "partial_min_words must be in
// 1..100, got 0". For callers without the verbs' flag parser (the Python module).
Status ValidateDriftOptions(const DriftOptions& options);

// "en" or "fr" -> the language; an InvalidArgument "unknown language 'xx':
// expected en or fr" otherwise. The one language parser of the pipeline.
StatusOr<text::Lang> ParseLanguage(std::string_view code);

struct PipelineOptions {
  InputOptions input;
  std::string src_lang = "en";  // language of the source side, en or fr. Default en.
  std::string tgt_lang = "fr";  // language of the target side, en or fr. Default fr.
  Method method = Method::kEmbedding;
  std::string beads_path;        // the beads file of Method::kBeadsFile
  align::AlignerOptions aligner;  // for Method::kEmbedding (defaults: align/aligner.h)
  DriftOptions drift;
  // Check every bead for drift; without, the report has no flags and its
  // params say coverage_checks "not run". Default on.
  bool check = true;
  // Run the drift check's sentence-level work on a second thread while this
  // one aligns, and check long documents on every core. Off for callers that
  // already keep every core busy (batch workers): everything then runs on the
  // calling thread. The flags are the same either way. Default on.
  bool use_second_thread = true;
  // Threads for one document pair when use_second_thread is on: embedding in
  // chunks, the drift check's second thread and its bead checks; 1 runs
  // everything on the calling thread. 0: one per core. The beads and flags are
  // byte-identical for any value. Default 0.
  int threads = 0;
  // The model file; empty: ModelPath("") ($DRIFTALIGN_MODEL, else the shipped
  // model found by the default search of model_lookup.h). Default empty.
  std::string model_path;
  // Write the model's sha256 into the report (hashing the file, on a second
  // thread while aligning). Default on.
  bool record_model_sha256 = true;
  // The report's tool version ("0.1.0"). Default empty.
  std::string tool_version;
  // The report's params before "coverage_checks": the options that shaped the
  // result, as the caller records them (each verb has its own set and order,
  // kept for byte-identical outputs). Default none.
  nlohmann::ordered_json report_params = nlohmann::ordered_json::object();
};

}  // namespace driftalign::pipeline

#endif  // DRIFTALIGN_PIPELINE_OPTIONS_H_
