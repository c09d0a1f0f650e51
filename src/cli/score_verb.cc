// driftalign score: strict/lax precision, recall and F1 of predicted beads
// against gold beads (vecalign format), with vecalign's score.py definitions
// (align/alignment_metrics.h), a breakdown by bead shape and the precision
// and recall of null beads.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>

#include "align/alignment_metrics.h"
#include "align/bead_io.h"
#include "cli/common.h"
#include "cli/verbs.h"

namespace driftalign::cli {
namespace {

std::string Fixed(double x) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.4f", x);
  return buf;
}

VerbRunner RegisterScore(CLI::App* app) {
  struct Flags {
    std::vector<std::string> gold, pred;
    std::string format = "text";
    std::string output = "-";
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app->add_subcommand(
      "score",
      "Score predicted beads against gold beads (both in vecalign format, e.g. \"[0, 1]:[2]\").\n"
      "Several --gold/--pred pairs are summed before dividing (micro average), as vecalign's score.py.\n"
      "  strict: a predicted bead is right only if gold has the same bead; lax: if it shares a\n"
      "          source-target link with gold. Precision counts every predicted bead (null beads\n"
      "          too), recall only non-null gold beads against non-null predicted beads.\n"
      "  null:   per sentence; precision/recall of the sentences put in null beads (1-0, 0-1, n-0).\n"
      "  text output: the three P/R/F1 rows, then per shape: gold count, recall, predicted count,\n"
      "          precision. json output: the same as one object.");
  cmd->add_option("-g,--gold", flags->gold, "Gold alignment file(s), vecalign format")->required();
  cmd->add_option("-p,--pred", flags->pred, "Predicted alignment file(s), same order as --gold")->required();
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->capture_default_str();

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    if (flags->gold.size() != flags->pred.size()) {
      std::cerr << "driftalign score: got " << flags->gold.size() << " --gold but "
                << flags->pred.size() << " --pred files; give them in pairs\n";
      return kExitUsage;
    }
    align::AlignmentCounts counts;
    for (size_t k = 0; k < flags->gold.size(); ++k) {
      StatusOr<std::vector<align::Bead>> gold = align::ReadBeadsFile(flags->gold[k], std::nullopt);
      if (!gold.ok()) return Fail(gold.status());
      StatusOr<std::vector<align::Bead>> pred = align::ReadBeadsFile(flags->pred[k], std::nullopt);
      if (!pred.ok()) return Fail(pred.status());
      counts.Add(*gold, *pred);
    }
    const align::AlignmentScores s = counts.Scores();
    StatusOr<std::unique_ptr<Output>> out = Output::Open(flags->output);
    if (!out.ok()) return Fail(out.status());
    std::ostream& os = (*out)->stream();
    if (flags->format == "json") {
      nlohmann::ordered_json j;
      auto prf = [](const align::PrfScores& p) {
        return nlohmann::ordered_json{{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1}};
      };
      j["strict"] = prf(s.strict);
      j["lax"] = prf(s.lax);
      j["null"] = prf(s.null_beads);
      j["null"]["gold_sentences"] = s.gold_null_sentences;
      j["null"]["predicted_sentences"] = s.predicted_null_sentences;
      nlohmann::ordered_json shapes = nlohmann::ordered_json::object();
      for (const auto& [shape, c] : s.shapes) {
        shapes[shape] = {{"gold", c.gold}, {"gold_found", c.gold_found},
                         {"predicted", c.predicted}, {"predicted_right", c.predicted_right}};
      }
      j["shapes"] = std::move(shapes);
      os << j.dump(2) << '\n';
    } else {
      os << "         precision  recall  f1\n";
      auto row = [&os](const char* name, const align::PrfScores& p) {
        os << name << "   " << Fixed(p.precision) << "  " << Fixed(p.recall) << "  " << Fixed(p.f1) << '\n';
      };
      row("strict", s.strict);
      row("lax   ", s.lax);
      row("null  ", s.null_beads);
      os << "(null: " << s.gold_null_sentences << " gold / " << s.predicted_null_sentences
         << " predicted sentences in null beads)\n";
      os << "shape  gold  recall  predicted  precision\n";
      for (const auto& [shape, c] : s.shapes) {
        os << shape << "\t" << c.gold << "\t" << (c.gold ? Fixed(double(c.gold_found) / c.gold) : "-")
           << "\t" << c.predicted << "\t"
           << (c.predicted ? Fixed(double(c.predicted_right) / c.predicted) : "-") << '\n';
      }
    }
    Status st = (*out)->Close();
    return st.ok() ? kExitOk : Fail(st);
  };
}

const VerbRegistration kRegistered("score", &RegisterScore);

}  // namespace
}  // namespace driftalign::cli
