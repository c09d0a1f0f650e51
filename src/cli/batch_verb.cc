// driftalign batch: align and check many document pairs listed in a manifest
// and write one JSON line per pair, in manifest order, whatever the number of
// threads. A pair that fails (missing file, invalid UTF-8, ...) becomes an
// error record for its id; the run goes on. Reads the manifest from a file or
// stdin and writes to stdout or a file, line by line, so it also runs as a
// streaming mapper (Hadoop Streaming, Spark RDD.pipe; docs/batch.md).
//
// Per pair it does what `driftalign check --format json` does with default
// options: read + segment both sides, align (embedding aligner, or the
// Gale-Church baseline), check every bead (with the word-vector coverage
// checks when a model is loaded). The model is loaded once and shared
// read-only (pipeline/batch_runner.h runs the pairs).
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>

#include "cli/common.h"
#include "cli/verbs.h"
#include "embed/model.h"
#include "pipeline/batch_runner.h"
#include "pipeline/model_lookup.h"
#include "pipeline/options.h"

namespace driftalign::cli {
namespace {

// "I/N" with 0 <= I < N (both decimal, N <= 1,000,000) into *index and *count (when not null).
bool ParseShard(const std::string& s, int* index, int* count) {
  const size_t slash = s.find('/');
  auto number = [](const std::string& d, int* out) {
    if (d.empty() || d.size() > 7 || d.find_first_not_of("0123456789") != std::string::npos) return false;
    *out = std::stoi(d);
    return true;
  };
  int i = 0, n = 0;
  if (slash == std::string::npos || !number(s.substr(0, slash), &i) || !number(s.substr(slash + 1), &n)) return false;
  if (n < 1 || n > 1000000 || i >= n) return false;
  if (index != nullptr) *index = i;
  if (count != nullptr) *count = n;
  return true;
}

VerbRunner RegisterBatch(CLI::App* app) {
  struct Flags {
    std::string manifest = "-";
    std::string output = "-";
    std::string model;
    std::string method = "embedding";
    int threads = 0;
    int max_block = 4;
    bool resume = false;
    bool no_coverage = false;
    bool strict = false;
    std::string progress = "auto";
    std::string shard;
    std::string html_dir;
    InputFlags in;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app->add_subcommand(
      "batch",
      "Align and check every document pair of MANIFEST; one JSON line per pair, in manifest order\n"
      "(identical bytes for any --threads).\n"
      "  MANIFEST lines: id<TAB>src<TAB>tgt[<TAB>src_lang<TAB>tgt_lang] or\n"
      "                  {\"id\": .., \"src\": .., \"tgt\": .., \"src_lang\": .., \"tgt_lang\": ..};\n"
      "                  blank lines and lines starting with # are skipped; languages default en/fr.\n"
      "  Output lines:   {\"id\", \"status\": \"ok\", \"summary\": {src_sentences, tgt_sentences, beads,\n"
      "                   null_beads, flags: {error, warning, info}}, \"alignment\": <alignment JSON\n"
      "                   with flags, docs/alignment-json.md>}\n"
      "                  or {\"id\", \"status\": \"error\", \"error\": {exit_code, message}, \"src\", \"tgt\", \"tool\"}.\n"
      "A failing pair is an error record, never the end of the run. Exit 0 (with --strict: 2 when\n"
      "some pair failed), 2 when the manifest, output or model cannot be opened, 1 on usage errors.");
  cmd->add_option("manifest", flags->manifest, "Manifest file ('-' = stdin)")->capture_default_str();
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->capture_default_str();
  cmd->add_option("--threads", flags->threads, "Worker threads (0 = one per core)")
      ->check(CLI::Range(0, 256))->capture_default_str();
  cmd->add_flag("--resume", flags->resume,
                "Skip ids already in the --output file and append the others (needs -o FILE)");
  cmd->add_option("--model", flags->model, kModelFlagHelp);
  cmd->add_option("--method", flags->method,
                  "Alignment: embedding (the aligner) or gale-church (length-only baseline, no model)")
      ->check(CLI::IsMember({"embedding", "gale-church"}))->capture_default_str();
  cmd->add_option("--max-block", flags->max_block, "Largest bead, sentences on both sides together (2..8)")
      ->check(CLI::Range(2, 8))->capture_default_str();
  cmd->add_flag("--strict", flags->strict, "Exit 2 when some pair failed (default: exit 0, the error "
                "records are the result; a streaming mapper must not fail its task)");
  cmd->add_flag("--no-coverage", flags->no_coverage,
                "Skip the word-vector checks (partial_omission/addition, quote_mismatch)");
  cmd->add_option("--progress", flags->progress,
                  "Progress bar with rate and ETA on stderr: auto (when stderr is a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))->capture_default_str();
  cmd->add_option("--shard", flags->shard,
                  "I/N: only the I-th (0-based) of N contiguous slices of the manifest's pairs; the N outputs\n"
                  "concatenated in order are the bytes of one run over the whole manifest (workflow/)")
      ->check([](const std::string& s) { return ParseShard(s, nullptr, nullptr) ? "" : "expected I/N with 0 <= I < N"; });
  cmd->add_option("--html-dir", flags->html_dir,
                  "Also write each ok pair's HTML report (as check --format html) to DIR/<id, %-escaped>.html");
  flags->in.Register(cmd);

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    if (flags->resume && flags->output == "-") {
      std::cerr << "driftalign batch: --resume needs -o FILE (the output of the earlier run)\n";
      return kExitUsage;
    }
    pipeline::PipelineOptions options;
    options.input = flags->in;
    options.method = flags->method == "gale-church" ? pipeline::Method::kGaleChurch : pipeline::Method::kEmbedding;
    options.aligner.search.max_block = flags->max_block;
    options.drift.coverage_mode = flags->no_coverage ? pipeline::CoverageMode::kOff : pipeline::CoverageMode::kAuto;
    options.use_second_thread = false;  // the workers keep every core busy
    options.model_path = flags->model;
    options.tool_version = kToolVersion;
    options.report_params["method"] = flags->method;
    options.report_params["max_block"] = flags->max_block;
    options.report_params["presegmented"] = flags->in.presegmented;

    // The model, loaded once: needed to align (embedding) and for the coverage checks.
    StatusOr<std::unique_ptr<embed::Model>> model =
        pipeline::LoadModelFor(options, ", or align with --method gale-church");
    if (!model.ok()) return Fail(model.status());

    pipeline::BatchOptions batch;
    batch.manifest = flags->manifest;
    batch.output = flags->output;
    batch.threads = flags->threads;
    batch.resume = flags->resume;
    if (!flags->shard.empty()) ParseShard(flags->shard, &batch.shard_index, &batch.shard_count);
    batch.html_dir = flags->html_dir;
    batch.show_progress = flags->progress == "always" || (flags->progress == "auto" && isatty(fileno(stderr)));
    batch.tool_version = kToolVersion;
    batch.git_commit = kGitCommit;
    batch.exit_code = &ExitCode;
    StatusOr<pipeline::BatchSummary> summary = pipeline::RunBatch(batch, options, model->get());
    if (!summary.ok()) return Fail(summary.status());
    if (summary->errors > 0) {
      std::cerr << "driftalign batch: " << summary->errors << " of " << summary->records
                << " pair(s) failed (status \"error\")\n";
      if (flags->strict) return kExitInput;
    }
    return kExitOk;
  };
}

const VerbRegistration kRegistered("batch", &RegisterBatch);

}  // namespace
}  // namespace driftalign::cli
