// driftalign align: pair the sentences of a source and a target text into
// beads (align/aligner.h) and write them as json, jsonl, vecalign or tsv
// (report/). `--method gale-church` runs the length-only BASELINE instead
// (no model needed), for comparisons.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <string_view>

#include "align/aligner.h"
#include "align/gale_church.h"
#include "cli/common.h"
#include "cli/pipeline.h"
#include "cli/verbs.h"
#include "embed/document_vectors.h"
#include "embed/model.h"
#include "embed/tokenizer.h"
#include "report/format_registry.h"
#include "report/json_writer.h"
#include "report/jsonl_writer.h"
#include "report/tsv_writer.h"
#include "report/vecalign_writer.h"

#ifndef DRIFTALIGN_VERSION
#define DRIFTALIGN_VERSION "0.0.0"
#endif

namespace driftalign::cli {
namespace {

// The reward and calibration knobs settable with --param NAME=VALUE.
std::map<std::string, double*> TunableParams(align::AlignerOptions* o) {
  return {{"sim_weight", &o->sim_weight},
          {"hub_weight", &o->hub_weight},
          {"center_weight", &o->center_weight},
          {"sim_threshold", &o->sim_threshold},
          {"merge3_reward", &o->merge3_reward},
          {"merge22_reward", &o->merge22_reward},
          {"merge4_reward", &o->merge4_reward},
          {"merge_extra_reward", &o->merge_extra_reward},
          {"null_reward", &o->null_reward},
          {"length_weight", &o->length_weight},
          {"length_variance", &o->length_variance},
          {"figure_shared_reward", &o->figure_shared_reward},
          {"figure_unmatched_reward", &o->figure_unmatched_reward},
          {"name_shared_reward", &o->name_shared_reward},
          {"name_unmatched_reward", &o->name_unmatched_reward},
          {"paragraph_break_reward", &o->paragraph_break_reward},
          {"meta_reward", &o->meta_reward},
          {"coverage_weight", &o->coverage_weight},
          {"coverage_threshold", &o->coverage_threshold},
          {"part_weight", &o->part_weight},
          {"part_threshold", &o->part_threshold},
          {"sim_threshold_adapt", &o->sim_threshold_adapt},
          {"sim_reference", &o->sim_reference},
          {"null_merge_slope", &o->null_merge_slope},
          {"null_merge_reference", &o->null_merge_reference},
          {"null_merge_prior", &o->null_merge_prior},
          {"length_ratio_adapt", &o->length_ratio_adapt},
          {"null_abridged_weight", &o->null_abridged_weight},
          {"margin_k", &o->margin_k},
          {"calib_slope", &o->calib_slope},
          {"calib_offset", &o->calib_offset},
          {"null_calib_slope", &o->null_calib_slope},
          {"null_calib_sim", &o->null_calib_sim}};
}

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
    align::AlignerOptions options;
    options.max_block = flags->max_block;
    auto tunable = TunableParams(&options);
    for (const std::string& p : flags->params) {
      const size_t eq = p.find('=');
      auto it = eq == std::string::npos ? tunable.end() : tunable.find(p.substr(0, eq));
      if (it == tunable.end()) {
        std::cerr << "driftalign align: --param expects NAME=VALUE with a known NAME, got \"" << p << "\"\n";
        return kExitUsage;
      }
      try {
        *it->second = std::stod(p.substr(eq + 1));
      } catch (...) {
        std::cerr << "driftalign align: --param " << p << ": not a number\n";
        return kExitUsage;
      }
    }
    if (Status st = align::ValidateOptions(options); !st.ok()) return Fail(st);

    SegmentedInput src, tgt;
    if (Status st = ReadPair(*flags, flags->in, &src, &tgt); !st.ok()) return Fail(st);
    report::AlignmentReport report = NewReport(*flags, DRIFTALIGN_VERSION, src, tgt);
    report.params["method"] = flags->method;
    report.params["max_block"] = flags->max_block;
    report.params["presegmented"] = flags->in.presegmented;
    for (const std::string& p : flags->params) report.params["overrides"].push_back(p);

    const bool check = !flags->no_check && (flags->format == "json" || flags->format == "jsonl");
    const std::string model_path = ModelPath(flags->model);
    std::unique_ptr<embed::Model> model;
    if (flags->method != "gale-church" || (check && DriftNeedsModel(flags->drift, model_path))) {
      StatusOr<std::unique_ptr<embed::Model>> m =
          LoadModel(model_path, " (the default model ships in models/, see models/MODEL.md)");
      if (!m.ok()) return Fail(m.status());
      model = std::move(m).value();
      report.model_name = model->name();
      // Most outputs name the model by its sha256: hash the file on the
      // second core while this one aligns (report.model_sha256 is set last).
      if (FormatNamesModel(flags->format)) model->PrefetchSha256();
    }
    // The drift check's sentence-level work runs on a second thread while
    // this one aligns (the same flags as `driftalign check --format json`).
    std::unique_ptr<DriftCheck> drift_check;
    if (check) {
      StatusOr<std::unique_ptr<DriftCheck>> started =
          DriftCheck::Start(flags->drift, *flags, model.get(), src.sentences, tgt.sentences);
      if (!started.ok()) return Fail(started.status());
      drift_check = std::move(started).value();
    }
    if (flags->method == "gale-church") {
      report.params["max_block"] = 4;
      report.beads = align::GaleChurchAlign(src.sentences, tgt.sentences, {});
    } else {
      StatusOr<std::vector<align::Bead>> beads =
          AlignSentences(*model, options, flags->src_lang, src.sentences, flags->tgt_lang, tgt.sentences);
      if (!beads.ok()) return Fail(beads.status());
      report.beads = std::move(beads).value();
    }
    if (drift_check) {
      if (Status st = drift_check->Finish(&report); !st.ok()) return Fail(st);
    } else {
      report.params["coverage_checks"] = "not run";
    }

    if (model && FormatNamesModel(flags->format)) report.model_sha256 = model->sha256();
    StatusOr<std::unique_ptr<Output>> out = Output::Open(flags->output);
    if (!out.ok()) return Fail(out.status());
    std::ostream& os = (*out)->stream();
    flags->render.git_commit = DRIFTALIGN_GIT_COMMIT;
    if (Status r = report::WriteReport(flags->format, report, flags->render, flags->output, os);  // docs/formats.md
        !r.ok()) return Fail(r);
    Status st = (*out)->Close();
    return st.ok() ? kExitOk : Fail(st);
  };
}

const VerbRegistration kRegistered("align", &RegisterAlign);

}  // namespace
}  // namespace driftalign::cli
