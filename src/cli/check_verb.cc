// driftalign check: align SRC and TGT (or take the beads from --beads /
// --parallel), compare the facts of every bead (drift/checker.h) and report
// the drift: text for people (grouped by severity, evidence marked, colour on
// a terminal, one-line summary) or the alignment JSON with each bead's flags.
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>

#include "align/aligner.h"
#include "align/gale_church.h"
#include "cli/common.h"
#include "cli/pipeline.h"
#include "cli/verbs.h"
#include "drift/checker.h"
#include "drift/coverage.h"
#include "embed/document_vectors.h"
#include "embed/model.h"
#include "report/format_registry.h"
#include "report/json_writer.h"

#ifndef DRIFTALIGN_VERSION
#define DRIFTALIGN_VERSION "0.0.0"
#endif

namespace driftalign::cli {
namespace {

// Reads beads in vecalign's format, one per line: "[0, 1]:[2]" (an optional
// ":score" after the second list is ignored). Ids are checked against the sides.
StatusOr<std::vector<align::Bead>> ReadBeads(const std::string& path, size_t n_src, size_t n_tgt) {
  std::ifstream in(path);
  if (!in) return InputError(path + ": cannot open the beads file");
  std::vector<align::Bead> beads;
  std::string line;
  int lineno = 0;
  auto parse_list = [](std::string_view s, std::vector<int>* out) {
    std::string num;
    for (char c : s) {
      if (c >= '0' && c <= '9') num += c;
      else if (!num.empty()) { out->push_back(std::stoi(num)); num.clear(); }
    }
    if (!num.empty()) out->push_back(std::stoi(num));
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    size_t a0 = line.find('['), a1 = line.find(']'), b0 = line.find('[', a1 + 1),
           b1 = line.find(']', b0 == std::string::npos ? a1 : b0);
    if (a0 == std::string::npos || a1 == std::string::npos || b0 == std::string::npos ||
        b1 == std::string::npos) {
      return InputError(path + ":" + std::to_string(lineno) + ": expected a bead like [0, 1]:[2], got \"" +
                        line + "\"");
    }
    align::Bead b;
    parse_list(std::string_view(line).substr(a0 + 1, a1 - a0 - 1), &b.src);
    parse_list(std::string_view(line).substr(b0 + 1, b1 - b0 - 1), &b.tgt);
    for (int id : b.src) {
      if (id < 0 || static_cast<size_t>(id) >= n_src) {
        return InputError(path + ":" + std::to_string(lineno) + ": source id " + std::to_string(id) +
                          " out of range (the source has " + std::to_string(n_src) + " sentences)");
      }
    }
    for (int id : b.tgt) {
      if (id < 0 || static_cast<size_t>(id) >= n_tgt) {
        return InputError(path + ":" + std::to_string(lineno) + ": target id " + std::to_string(id) +
                          " out of range (the target has " + std::to_string(n_tgt) + " sentences)");
      }
    }
    b.score = 1.0;
    beads.push_back(std::move(b));
  }
  return beads;
}


// The sentence with the evidence marked: [353] or in colour.
std::string Marked(const segment::Sentence& s, const drift::Span& span, bool colour,
                   const char* colour_code) {
  if (span.empty() || span.sentence != s.id || span.begin < s.begin || span.end > s.end ||
      (span.begin == s.begin && span.end == s.end)) {
    return s.text;
  }
  size_t b = span.begin - s.begin, e = span.end - s.begin;
  std::string open = colour ? std::string("\033[1;") + colour_code + "m" : "⟦";
  std::string close = colour ? "\033[0m" : "⟧";
  return s.text.substr(0, b) + open + s.text.substr(b, e - b) + close + s.text.substr(e);
}

std::string Ids(const std::vector<int>& ids) {
  std::string out = "[";
  for (size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + std::to_string(ids[i]);
  return out + "]";
}

void WriteText(const std::vector<segment::Sentence>& src, const std::vector<segment::Sentence>& tgt,
               const std::string& src_lang, const std::string& tgt_lang,
               const std::vector<align::Bead>& beads,
               const std::vector<std::vector<drift::Flag>>& flags, drift::Severity min_severity,
               bool colour, std::ostream& os) {
  const drift::Severity order[] = {drift::Severity::kError, drift::Severity::kWarning,
                                   drift::Severity::kInfo};
  const char* titles[] = {"ERRORS", "WARNINGS", "INFO"};
  const char* colours[] = {"31", "33", "36"};
  int counts[3] = {0, 0, 0};
  for (const auto& fl : flags)
    for (const drift::Flag& f : fl) counts[static_cast<int>(f.severity)]++;
  for (int sv = 0; sv < 3; ++sv) {
    if (order[sv] > min_severity || counts[sv] == 0) continue;
    os << (colour ? std::string("\033[1m") : "") << titles[sv] << " (" << counts[sv] << ")"
       << (colour ? "\033[0m" : "") << "\n";
    for (size_t i = 0; i < beads.size(); ++i) {
      for (const drift::Flag& f : flags[i]) {
        if (f.severity != order[sv]) continue;
        os << "  " << drift::FlagKindName(f.kind) << "  bead " << i << " " << Ids(beads[i].src) << ":"
           << Ids(beads[i].tgt) << "  " << f.message << "\n";
        for (int side = 0; side < 2; ++side) {
          const auto& ids = side == 0 ? beads[i].src : beads[i].tgt;
          const auto& sents = side == 0 ? src : tgt;
          const drift::Span& span = side == 0 ? f.src : f.tgt;
          for (int id : ids) {
            // Show the sentence holding the evidence; for a side without
            // evidence, the first sentence of the bead on that side.
            const bool shown = span.empty() ? id == ids.front() : span.sentence == id;
            if (!shown) continue;
            os << "      " << (side == 0 ? src_lang : tgt_lang) << " " << id << ": "
               << Marked(sents[id], span, colour, colours[sv]) << "\n";
          }
        }
      }
    }
    os << "\n";
  }
  size_t null_beads = 0;
  for (const align::Bead& b : beads) null_beads += b.is_null();
  os << "driftalign check: " << counts[0] << " error(s), " << counts[1] << " warning(s), " << counts[2]
     << " info in " << beads.size() << " beads (" << null_beads << " null; " << src.size() << " "
     << src_lang << " / " << tgt.size() << " " << tgt_lang << " sentences)\n";
}

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
      "  quote_mismatch entity_mismatch omission addition partial_omission partial_addition;\n"
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
                  "Take the beads from this file (vecalign format \"[0, 1]:[2]\") instead of aligning");
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
    SegmentedInput src, tgt;
    if (Status st = ReadPair(*flags, flags->in, &src, &tgt); !st.ok()) return Fail(st);
    report::AlignmentReport report = NewReport(*flags, DRIFTALIGN_VERSION, src, tgt);
    const std::string how = flags->parallel ? "parallel" : !flags->beads.empty() ? "beads-file" : flags->method;
    report.params["method"] = how;
    report.params["presegmented"] = flags->in.presegmented;

    // The model: needed to align (embedding) and for the coverage checks.
    std::unique_ptr<embed::Model> model;
    const bool need_model_to_align = how == "embedding";
    const std::string model_path = ModelPath(flags->model);
    if (need_model_to_align || DriftNeedsModel(flags->drift, model_path)) {
      StatusOr<std::unique_ptr<embed::Model>> m = LoadModel(
          model_path, ", or give the beads with --beads / --parallel, or align with --method gale-church");
      if (!m.ok()) return Fail(m.status());
      model = std::move(m).value();
      report.model_name = model->name();
      // Most outputs name the model by its sha256: hash the file on the
      // second core while this one aligns (report.model_sha256 is set last).
      if (FormatNamesModel(flags->format)) model->PrefetchSha256();
    }

    // The sentence-level part of the check runs on a second thread while this
    // one finds the beads.
    StatusOr<std::unique_ptr<DriftCheck>> drift_check =
        DriftCheck::Start(flags->drift, *flags, model.get(), src.sentences, tgt.sentences);
    if (!drift_check.ok()) return Fail(drift_check.status());
    if (flags->parallel) {
      const size_t n = std::max(src.sentences.size(), tgt.sentences.size());
      for (size_t i = 0; i < n; ++i) {
        align::Bead b;
        if (i < src.sentences.size()) b.src = {static_cast<int>(i)};
        if (i < tgt.sentences.size()) b.tgt = {static_cast<int>(i)};
        b.score = 1.0;
        report.beads.push_back(std::move(b));
      }
    } else if (!flags->beads.empty()) {
      StatusOr<std::vector<align::Bead>> beads =
          ReadBeads(flags->beads, src.sentences.size(), tgt.sentences.size());
      if (!beads.ok()) return Fail(beads.status());
      report.beads = std::move(beads).value();
    } else if (flags->method == "gale-church") {
      report.beads = align::GaleChurchAlign(src.sentences, tgt.sentences, {});
    } else {
      StatusOr<std::vector<align::Bead>> beads = AlignSentences(
          *model, align::AlignerOptions{}, flags->src_lang, src.sentences, flags->tgt_lang, tgt.sentences);
      if (!beads.ok()) return Fail(beads.status());
      report.beads = std::move(beads).value();
    }

    if (Status st = (*drift_check)->Finish(&report); !st.ok()) return Fail(st);

    if (model && FormatNamesModel(flags->format)) report.model_sha256 = model->sha256();
    StatusOr<std::unique_ptr<Output>> out = Output::Open(flags->output);
    if (!out.ok()) return Fail(out.status());
    std::ostream& os = (*out)->stream();
    if (report::IsKnownFormat(flags->format)) {  // docs/formats.md (all but text)
      flags->render.git_commit = DRIFTALIGN_GIT_COMMIT;
      if (Status r = report::WriteReport(flags->format, report, flags->render, flags->output, os);
          !r.ok()) return Fail(r);
    } else {
      bool colour = flags->colour == "always" ||
                    (flags->colour == "auto" && flags->output == "-" && isatty(fileno(stdout)));
      drift::Severity min = flags->min_severity == "error" ? drift::Severity::kError
                            : flags->min_severity == "warning" ? drift::Severity::kWarning
                                                               : drift::Severity::kInfo;
      WriteText(src.sentences, tgt.sentences, flags->src_lang, flags->tgt_lang, report.beads,
                report.flags, min, colour, os);
    }
    Status st = (*out)->Close();
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
