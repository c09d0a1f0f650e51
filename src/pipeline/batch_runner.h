// Aligns and checks every document pair of a batch manifest
// (manifest_io.h) and writes one JSON line per pair, in manifest order,
// whatever the number of threads (docs/batch.md):
//   {"id", "status": "ok", "summary": {...}, "alignment": <alignment JSON>}
//   {"id", "status": "error", "error": {exit_code, message}, "src", "tgt", "tool"}
// A pair that fails is an error record; the run goes on.
//
// Reader thread -> bounded queue -> worker threads -> results by sequence
// number -> the calling thread, which writes them in order as they complete
// (and flushes each, for streaming consumers). The model is shared read-only.
//
//   BatchOptions batch;                 // stdin -> stdout
//   batch.exit_code = &cli::ExitCode;
//   ASSIGN_OR_RETURN(BatchSummary summary, RunBatch(batch, options, model.get()));
#ifndef DRIFTALIGN_PIPELINE_BATCH_RUNNER_H_
#define DRIFTALIGN_PIPELINE_BATCH_RUNNER_H_

#include <cstddef>
#include <functional>
#include <string>

#include "embed/model.h"
#include "pipeline/manifest_io.h"
#include "pipeline/options.h"
#include "text/status.h"

namespace driftalign::pipeline {

struct BatchOptions {
  std::string manifest = "-";  // manifest file ("-" = stdin). Default stdin.
  std::string output = "-";    // output file ("-" = stdout). Default stdout.
  int threads = 0;             // worker threads; 0 = one per core. Default 0.
  // Skip the ids already in `output` (DoneIds) and append the others; needs
  // an output file. Default off.
  bool resume = false;
  bool show_progress = false;  // the progress bar on stderr (progress.h). Default off.
  std::string tool_version;    // "tool" of the error records. Default empty.
  std::string git_commit;      // stamped into every record. Default empty.
  // The "exit_code" of an error record for its status (the CLI's exit codes).
  std::function<int(const Status&)> exit_code = [](const Status& s) { return s.ok() ? 0 : 2; };
};

// The output line of one job (without the newline).
struct BatchRecord {
  std::string line;
  bool ok = false;  // false for an error record
};

// The record of `job`: its pair read (with job's languages), aligned and
// checked with `options` and `model` (may be null when !NeedsModel(options)),
// or the error record of a malformed line or a failing pair.
BatchRecord RecordOf(const Job& job, const PipelineOptions& options, const embed::Model* model,
                     const BatchOptions& batch);

struct BatchSummary {
  size_t records = 0;  // lines written
  size_t errors = 0;   // error records among them
};

// Runs the batch. An InputError when the output cannot be read for --resume,
// the manifest or the output cannot be opened, or a write fails; failing
// pairs are error records, not errors.
StatusOr<BatchSummary> RunBatch(const BatchOptions& batch, const PipelineOptions& options,
                                const embed::Model* model);

}  // namespace driftalign::pipeline

#endif  // DRIFTALIGN_PIPELINE_BATCH_RUNNER_H_
