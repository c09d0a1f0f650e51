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
//
// Shards (workflow/Snakefile): with shard_count N, shard I writes the records
// of the manifest's jobs [J*I/N, J*(I+1)/N) (J jobs in all); the N outputs
// concatenated in order are the bytes of one run over the whole manifest
// (line numbers, "line:N" ids and duplicate ids count over the whole file).
#ifndef DRIFTALIGN_PIPELINE_BATCH_RUNNER_H_
#define DRIFTALIGN_PIPELINE_BATCH_RUNNER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <utility>

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
  // Process only shard `shard_index` (0-based) of `shard_count` contiguous
  // slices of the manifest's jobs; needs a manifest file. Default 0 of 1: all.
  int shard_index = 0;
  int shard_count = 1;
  // When set, each ok pair's HTML report (report/html_writer.h) is also
  // written to html_dir/ReportFileName(id); the records do not change.
  // Default empty: no reports.
  std::string html_dir;
  std::string tool_version;    // "tool" of the error records. Default empty.
  std::string git_commit;      // stamped into every record. Default empty.
  // The "exit_code" of an error record for its status (the CLI's exit codes).
  std::function<int(const Status&)> exit_code = [](const Status& s) { return s.ok() ? 0 : 2; };
};

// The output line of one job (without the newline).
struct BatchRecord {
  std::string line;
  bool ok = false;  // false for an error record
  std::string html_error;  // why the job's HTML report could not be written, if so
};

// The record of `job`: its pair read (with job's languages), aligned and
// checked with `options` and `model` (may be null when !NeedsModel(options)),
// or the error record of a malformed line or a failing pair.
BatchRecord RecordOf(const Job& job, const PipelineOptions& options, const embed::Model* model,
                     const BatchOptions& batch);

struct BatchSummary {
  size_t records = 0;  // lines written
  size_t errors = 0;   // error records among them
  std::string html_error;  // the first HTML report that could not be written
};

// The file name of the HTML report of the pair `id` (BatchOptions::html_dir):
// the id's bytes with A-Z a-z 0-9 - _ and (but as first byte) . kept and any
// other byte written %XX (upper-case hex), then ".html": "a/b c" ->
// "a%2Fb%20c.html". Distinct ids give distinct names. An id whose name would
// pass 200 bytes keeps its first 180 and adds "~" and 16 hex digits of the
// SHA-256 of the id.
std::string ReportFileName(const std::string& id);

// The [begin, end) slice of `jobs` jobs that shard `index` of `count` covers.
std::pair<size_t, size_t> ShardRange(size_t jobs, int index, int count);

// Runs the batch. An InputError when the output cannot be read for --resume,
// the manifest or the output cannot be opened, a write fails (an HTML report
// included: after the run, naming the first), or shards are asked of stdin;
// failing pairs are error records, not errors.
StatusOr<BatchSummary> RunBatch(const BatchOptions& batch, const PipelineOptions& options,
                                const embed::Model* model);

}  // namespace driftalign::pipeline

#endif  // DRIFTALIGN_PIPELINE_BATCH_RUNNER_H_
