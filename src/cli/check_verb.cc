// driftalign check: align SRC and TGT (or take the beads from --beads /
// --parallel), compare the facts of every bead (drift/checker.h) and report
// the drift: text for people (grouped by severity, evidence marked, colour on
// a terminal, one-line summary) or the alignment JSON with each bead's flags.
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>

#include "cli/common.h"
#include "cli/flags.h"
#include "cli/verbs.h"
#include "drift/flag.h"
#include "pipeline/pipeline.h"
#include "report/text_writer.h"

namespace driftalign::cli {
namespace {

VerbRunner RegisterCheck(CLI::App* app) {
  struct Flags : PairFlags {
    std::string format = "text";
    std::string method = "embedding";
    std::string beads;
    std::string min_severity = "info";
    std::string colour = "auto";
    bool parallel = false;
    bool fail_on_drift = false;
    DriftFlags drift;
    InputFlags in;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app->add_subcommand(
      "check",
      "Align SRC and TGT, then flag drift in each bead: figures, dates, quotations and\n"
      "acronyms that differ, sentences and clauses without counterpart.\n"
      "Flag kinds: number_mismatch number_missing number_added date_mismatch quote_missing\n"
      "  quote_mismatch entity_mismatch omission addition partial_omission partial_addition\n"
      "  negation_mismatch untranslated repeated_words entity_missing word_omission word_addition\n"
      "  not_checked (info: a bead or quotation too large to compare, docs/reliability-cost.md);\n"
      "  severity error, warning or info (docs/drift.md).\n"
      "  text: flags grouped by severity, each with its bead, message and both sentences with\n"
      "        the evidence marked (colour on a terminal, ⟦…⟧ otherwise); a summary line last.\n"
      "  json: the alignment JSON (docs/alignment-json.md) with each bead's \"flags\":\n"
      "        {kind, severity, message, score, src/tgt: {sentence, begin, end, text}}.\n"
      "Exit 3 with --fail-on-drift when an error-level flag is found.");
  flags->RegisterPair(cmd);
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "html", "tmx", "xliff", "moses"}))->capture_default_str();
  cmd->add_option("--method", flags->method,
                  "Alignment: embedding (the aligner) or gale-church (length-only baseline, no model)")
      ->check(CLI::IsMember({"embedding", "gale-church"}))->capture_default_str();
  cmd->add_option("--beads", flags->beads,
                  "Take the beads from this file (vecalign format \"[0, 1]:[2]\") instead of aligning; they "
                  "must cover every sentence of both texts once, in order");
  cmd->add_flag("--parallel", flags->parallel,
                "Inputs are sentence-parallel, one sentence per line: line i <-> line i (1-1 beads; "
                "implies --presegmented; an extra line on one side is a null bead)");
  cmd->add_flag("--fail-on-drift", flags->fail_on_drift, "Exit 3 when an error-level flag is found");
  cmd->add_option("--min-severity", flags->min_severity, "Text output: lowest severity shown")
      ->check(CLI::IsMember({"error", "warning", "info"}))->capture_default_str();
  cmd->add_option("--color", flags->colour, "Colour the text output: auto (on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))->capture_default_str();
  flags->drift.Register(cmd);
  flags->in.Register(cmd);

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    if (flags->src == "-" && flags->tgt == "-") {
      std::cerr << "driftalign check: SRC and TGT cannot both be stdin\n";
      return kExitUsage;
    }
    if (flags->parallel && !flags->beads.empty()) {
      std::cerr << "driftalign check: --parallel and --beads exclude each other\n";
      return kExitUsage;
    }
    if (flags->parallel) flags->in.presegmented = true;
    pipeline::PipelineOptions options = flags->ToOptions(flags->in);
    options.method = flags->parallel         ? pipeline::Method::kParallel
                     : !flags->beads.empty() ? pipeline::Method::kBeadsFile
                     : flags->method == "gale-church" ? pipeline::Method::kGaleChurch
                                                      : pipeline::Method::kEmbedding;
    options.beads_path = flags->beads;
    options.drift = flags->drift.ToOptions();
    options.record_model_sha256 = FormatNamesModel(flags->format);
    options.tool_version = kToolVersion;
    options.report_params["method"] = pipeline::MethodName(options.method);
    options.report_params["presegmented"] = flags->in.presegmented;

    StatusOr<std::unique_ptr<pipeline::PairRun>> run = pipeline::RunPair(
        options, flags->src, flags->tgt,
        ", or give the beads with --beads / --parallel, or align with --method gale-church");
    if (!run.ok()) return Fail(run.status());
    const report::AlignmentReport& report = (*run)->report;
    Status st = WriteReport(flags->format, report, flags->render, kGitCommit, flags->output,
                            [&](std::ostream& os) {
                              bool colour = flags->colour == "always" ||
                                            (flags->colour == "auto" && flags->output == "-" && isatty(fileno(stdout)));
                              drift::Severity min = flags->min_severity == "error"     ? drift::Severity::kError
                                                    : flags->min_severity == "warning" ? drift::Severity::kWarning
                                                                                       : drift::Severity::kInfo;
                              report::WriteText(*report.src.sentences, *report.tgt.sentences, flags->src_lang,
                                                flags->tgt_lang, report.beads, report.flags, min, colour, os);
                            });
    if (!st.ok()) return Fail(st);
    if (flags->fail_on_drift) {
      for (const auto& fl : report.flags)
        for (const drift::Flag& f : fl)
          if (f.severity == drift::Severity::kError) return kExitDrift;
    }
    return kExitOk;
  };
}

const VerbRegistration kRegistered("check", &RegisterCheck);

}  // namespace
}  // namespace driftalign::cli
