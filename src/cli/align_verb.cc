// driftalign align: pair the sentences of a source and a target text into
// beads (align/aligner.h) and write them in any format of the registry
// (report/format_registry.h: json, jsonl, vecalign, tsv, html, tmx, xliff, moses). `--method gale-church` runs the length-only BASELINE instead
// (no model needed), for comparisons.
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

#include "align/aligner.h"
#include "align/aligner_options.h"
#include "cli/common.h"
#include "cli/flags.h"
#include "cli/verbs.h"
#include "pipeline/pipeline.h"

namespace driftalign::cli {
namespace {

VerbRunner RegisterAlign(CLI::App* app) {
  struct Flags : PairFlags {
    std::string format = "json";
    std::string method = "embedding";
    int max_block = 4;
    std::vector<std::string> params;
    bool no_check = false;
    DriftFlags drift;
    InputFlags in;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app->add_subcommand(
      "align",
      "Align the sentences of SRC and TGT into beads (1-1, 1-2, 2-1, ..., and null beads 1-0 / 0-1\n"
      "for sentences without counterpart). Every sentence is in exactly one bead; ids are 0-based.\n"
      "  json:     schema driftalign/alignment/1 (docs/alignment-json.md): tool, model, params,\n"
      "            src/tgt sentences with byte offsets, beads {src, tgt, score, flags}.\n"
      "  jsonl:    a header line, then one bead per line with src_text/tgt_text.\n"
      "  vecalign: one bead per line, \"[i, j]:[k]:score\".\n"
      "  tsv:      src_ids, tgt_ids, score, src_text, tgt_text (header line first).\n"
      "score: calibrated probability in [0, 1] that the bead is exactly right (for a null bead:\n"
      "that its sentence really has no counterpart).\n"
      "json and jsonl carry each bead's drift flags, the same as `driftalign check --format json`\n"
      "with the same options (docs/drift.md); --no-check leaves them empty.");
  flags->RegisterPair(cmd);
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"json", "jsonl", "vecalign", "tsv", "html", "tmx", "xliff", "moses"}))->capture_default_str();
  cmd->add_option("--method", flags->method,
                  "embedding (the aligner) or gale-church (length-only BASELINE, no model)")
      ->check(CLI::IsMember({"embedding", "gale-church"}))->capture_default_str();
  cmd->add_option("--max-block", flags->max_block,
                  "Largest bead, sentences on both sides together (2..8)")
      ->check(CLI::Range(2, 8))->capture_default_str();
  cmd->add_option("--param", flags->params,
                  "Override a reward/calibration parameter, NAME=VALUE (for experiments; the names "
                  "are the fields of align::AlignerOptions, e.g. null_reward=-1.5)")
      ->allow_extra_args(false);
  cmd->add_flag("--no-check", flags->no_check,
                "json, jsonl: do not run the drift check (every bead's flags list stays empty)");
  flags->drift.Register(cmd);
  flags->in.Register(cmd);

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    if (flags->src == "-" && flags->tgt == "-") {
      std::cerr << "driftalign align: SRC and TGT cannot both be stdin\n";
      return kExitUsage;
    }
    pipeline::PipelineOptions options = flags->ToOptions(flags->in);
    options.aligner.search.max_block = flags->max_block;
    for (const std::string& p : flags->params) {
      if (Status st = align::SetParam(&options.aligner, p); !st.ok()) {
        std::cerr << "driftalign align: " << st.message() << "\n";
        return kExitUsage;
      }
    }
    if (Status st = align::ValidateOptions(options.aligner); !st.ok()) return Fail(st);

    const bool gale_church = flags->method == "gale-church";
    options.method = gale_church ? pipeline::Method::kGaleChurch : pipeline::Method::kEmbedding;
    // json and jsonl carry the flags of the same check as `driftalign check --format json`.
    options.check = !flags->no_check && (flags->format == "json" || flags->format == "jsonl");
    options.drift = flags->drift.ToOptions();
    options.record_model_sha256 = FormatNamesModel(flags->format);
    options.tool_version = kToolVersion;
    options.report_params["method"] = flags->method;
    options.report_params["max_block"] = gale_church ? 4 : flags->max_block;  // Gale-Church's own limit
    options.report_params["presegmented"] = flags->in.presegmented;
    for (const std::string& p : flags->params) options.report_params["overrides"].push_back(p);

    StatusOr<std::unique_ptr<pipeline::PairRun>> run = pipeline::RunPair(
        options, flags->src, flags->tgt, " (the default model ships in models/, see models/MODEL.md)");
    if (!run.ok()) return Fail(run.status());
    const report::AlignmentReport& report = (*run)->report;
    Status st = WriteReport(flags->format, report, flags->render, kGitCommit, flags->output);
    return st.ok() ? kExitOk : Fail(st);
  };
}

const VerbRegistration kRegistered("align", &RegisterAlign);

}  // namespace
}  // namespace driftalign::cli
