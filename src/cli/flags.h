// The flags of the verbs that align and check a document pair (align, check)
// and their translation into pipeline options (pipeline/options.h), plus the
// writing of the resulting report.
#ifndef DRIFTALIGN_CLI_FLAGS_H_
#define DRIFTALIGN_CLI_FLAGS_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <ostream>
#include <string>

#include "cli/common.h"
#include "pipeline/options.h"
#include "report/alignment_report.h"
#include "report/format_registry.h"

namespace driftalign::cli {

// The flags of the verbs that read a document pair (align, check): SRC, TGT,
// their languages, the output file, the model and the render options.
struct PairFlags {
  std::string src = "-", tgt;
  std::string src_lang = "en", tgt_lang = "fr";
  std::string output = "-";
  std::string model;             // empty: pipeline::ModelPath("") (the shipped model)
  report::RenderOptions render;  // html, tmx, xliff, moses (docs/formats.md)
  int threads = 0;               // --threads; 0: one per core
  void RegisterPair(CLI::App* cmd);
  // Pipeline options with these languages, this model and `input`.
  pipeline::PipelineOptions ToOptions(const pipeline::InputOptions& input) const;
};

// The drift-check flags shared by check and align (docs/drift.md): clause
// coverage mode and the thresholds that trade precision for recall.
struct DriftFlags {
  std::string coverage_mode = "auto";  // auto, model, lexical, off
  pipeline::DriftOptions options;      // all but coverage_mode (see ToOptions)
  void Register(CLI::App* cmd);
  pipeline::DriftOptions ToOptions() const;
};

// Whether an output format names the model by its sha256 (json, jsonl, html,
// tmx, xliff, ...: every format except the bare vecalign, tsv, moses and the
// check's text report), i.e. whether the model file must be hashed.
bool FormatNamesModel(const std::string& format);

// Writes `report` in `format` to `output` ("-" = stdout): a format of the
// registry (report/format_registry.h; html, tmx and xliff stamped with
// `git_commit`), or, for a name the registry does not know (check's "text"),
// through `write_text`.
Status WriteReport(const std::string& format, const report::AlignmentReport& report,
                   report::RenderOptions render, const std::string& git_commit, const std::string& output,
                   const std::function<void(std::ostream&)>& write_text = nullptr);

}  // namespace driftalign::cli

#endif  // DRIFTALIGN_CLI_FLAGS_H_
