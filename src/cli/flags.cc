#include "cli/flags.h"

#include "report/json_writer.h"

namespace driftalign::cli {

void PairFlags::RegisterPair(CLI::App* cmd) {
  cmd->add_option("src", src, "Source text ('-' = stdin)")->required();
  cmd->add_option("tgt", tgt, "Target text ('-' = stdin)")->required();
  cmd->add_option("--src-lang", src_lang, "Language of SRC")->check(CLI::IsMember({"en", "fr"}))->capture_default_str();
  cmd->add_option("--tgt-lang", tgt_lang, "Language of TGT")->check(CLI::IsMember({"en", "fr"}))->capture_default_str();
  cmd->add_option("--xliff-version", render.xliff_version, "xliff: 1 (XLIFF 1.2) or 2 (XLIFF 2.1)")
      ->check(CLI::IsMember({1, 2}))->capture_default_str();
  cmd->add_flag("--keep-null", render.keep_null_beads, "tmx, moses: also write null beads (empty side)");
  cmd->add_option("-o,--output", output, "Output file ('-' = stdout)")->capture_default_str();
  cmd->add_option("--model", model, kModelFlagHelp);
  cmd->add_option("--threads", threads,
                  "Threads for this pair (embedding, drift check); 0 = one per core. The output is "
                  "the same for any value")
      ->check(CLI::Range(0, 1024))->capture_default_str();
}

pipeline::PipelineOptions PairFlags::ToOptions(const pipeline::InputOptions& input) const {
  pipeline::PipelineOptions options;
  options.input = input;
  options.src_lang = src_lang;
  options.tgt_lang = tgt_lang;
  options.model_path = model;
  options.threads = threads;
  return options;
}

void DriftFlags::Register(CLI::App* cmd) {
  cmd->add_option("--coverage", coverage_mode,
                  "Clause checks (partial_omission/addition, quote_mismatch): model (word vectors), "
                  "lexical (same words, figures and 5-letter cognates only: a baseline), off, or auto "
                  "(model when a model file is found, else off)")
      ->check(CLI::IsMember({"auto", "model", "lexical", "off"}))->capture_default_str();
  cmd->add_option("--quote-slack", options.check.quote_position_slack,
                  "Quotations further apart than this (relative position in the bead, 0..1) do not "
                  "pair; larger = fewer quote_missing flags")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  cmd->add_option("--figure-pair-cost", options.check.figure_pair_max_cost,
                  "Leftover figures closer than this pair as number_mismatch, else missing + added")
      ->capture_default_str();
  cmd->add_option("--partial-min-words", options.check.partial_min_words,
                  "Smallest clause (content words) reported as partial omission/addition")
      ->check(CLI::Range(1, 100))->capture_default_str();
  cmd->add_option("--partial-max-coverage", options.check.partial_max_coverage,
                  "A clause whose covered share of words is below this is a partial omission/addition; "
                  "larger = more flags")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  cmd->add_option("--min-cosine", options.coverage.min_cosine,
                  "Lexical coverage (--coverage lexical) aside: a quotation's word is covered at this cosine or above")
      ->check(CLI::Range(-1.0, 1.0))->capture_default_str();
  cmd->add_option("--link-min-cosine", options.coverage.link_min_cosine,
                  "Words of the two sides are linked one to one, best pairs first, down to this cosine; "
                  "a clause whose words are mostly unlinked is a partial omission/addition")
      ->check(CLI::Range(-1.0, 1.0))->capture_default_str();
  cmd->add_option("--partial-min-gain", options.check.partial_min_gain,
                  "A partial omission/addition is a warning when removing the clause brings its sentence "
                  "at least this much closer to the other side (sentence-vector cosine), else info")
      ->capture_default_str();
  cmd->add_option("--partial-soft-cosine", options.check.partial_soft_cosine,
                  "A partial omission/addition is info when half of its words have a word of the other "
                  "side at this cosine or above, linked or not (0: off)")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  cmd->add_flag("--partial-additions", options.check.partial_addition_warning,
                "Grade a clause of the translation with no counterpart (partial_addition) like a partial "
                "omission; by default it is info, since most are rewordings (docs/drift.md)");
  cmd->add_flag_function(
      "--name-warnings",
      [this](std::int64_t) {
        options.check.name_mismatch_severity = drift::Severity::kWarning;
        options.check.name_missing_severity = drift::Severity::kWarning;
      },
      "Grade names with no counterpart (entity_mismatch between names, entity_missing) as warnings; "
      "by default they are info (docs/drift.md, issue 16)");
  cmd->add_option("--name-min-cosine", options.check.name_min_cosine,
                  "A name word has a counterpart when a word of the other side is at this cosine or above "
                  "(word vectors)")
      ->check(CLI::Range(-1.0, 1.0))->capture_default_str();
  cmd->add_flag_function(
      "--word-gap-warnings",
      [this](std::int64_t) { options.check.word_gap_severity = drift::Severity::kWarning; },
      "Grade single content words with no counterpart (word_omission, word_addition) as warnings; "
      "by default they are info (docs/drift.md, issue 16)");
  cmd->add_option("--divergence-threshold", options.check.divergence_threshold,
                  "A bead whose divergence score (json/jsonl \"divergence\", 0..1, with word vectors) "
                  "reaches this is \"divergent\"; no flag is raised")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  cmd->add_flag("--divergence-features", options.check.divergence_features,
                "Also write the features behind each bead's divergence score (json/jsonl "
                "\"divergence_features\"; for scripts/fit_divergence.py)");
}

pipeline::DriftOptions DriftFlags::ToOptions() const {
  pipeline::DriftOptions o = options;
  // CLI11 accepts only the four names (Register).
  StatusOr<pipeline::CoverageMode> mode = pipeline::ParseCoverageMode(coverage_mode);
  o.coverage_mode = mode.ok() ? *mode : pipeline::CoverageMode::kAuto;
  return o;
}

bool FormatNamesModel(const std::string& format) {
  return format != "vecalign" && format != "tsv" && format != "moses" && format != "text";
}

Status WriteReport(const std::string& format, const report::AlignmentReport& report,
                   report::RenderOptions render, const std::string& git_commit, const std::string& output,
                   const std::function<void(std::ostream&)>& write_text) {
  ASSIGN_OR_RETURN(std::unique_ptr<Output> out, Output::Open(output));
  std::ostream& os = out->stream();
  if (report::IsKnownFormat(format) || !write_text) {  // docs/formats.md
    render.git_commit = git_commit;
    RETURN_IF_ERROR(report::WriteReport(format, report, render, output, os));
  } else {
    write_text(os);
  }
  return out->Close();
}

}  // namespace driftalign::cli
