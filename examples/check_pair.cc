// check_pair: aligns an English story with its French version and prints
// every bead with its drift flags, through the pipeline API of driftalign
// (pipeline/pipeline.h) as an installed library.
//
//   check_pair                 # a built-in three-sentence story whose French changed a figure
//   check_pair EN.txt FR.txt   # any pair
//
// Prints "beads N flags M" first, then one line per bead ("0-0 1-1 score") and
// one per flag ("  error number_mismatch: ..."). Exit 0, 2 on an input or
// model error (message on stderr).
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "pipeline/model_lookup.h"
#include "pipeline/pipeline.h"
#include "report/alignment_report.h"

namespace {

constexpr const char kEnglish[] =
    "Floods hit the north of the country on Monday.\n\n"
    "Rescue teams said 353 people were wounded and 12 were missing.\n\n"
    "The government promised aid to the region.\n";
constexpr const char kFrench[] =
    "Des inondations ont frappé le nord du pays lundi.\n\n"
    "Selon les secours, 335 personnes ont été blessées et 12 sont portées disparues.\n\n"
    "Le gouvernement a promis une aide à la région.\n";

// "0-2" for sentences 0..2, "1" for one, "-" for none.
std::string Ids(const std::vector<int>& ids) {
  if (ids.empty()) return "-";
  if (ids.size() == 1) return std::to_string(ids.front());
  return std::to_string(ids.front()) + "-" + std::to_string(ids.back());
}

}  // namespace

int main(int argc, char** argv) {
  namespace pipeline = driftalign::pipeline;
  std::string en_path, fr_path;
  if (argc == 3) {
    en_path = argv[1];
    fr_path = argv[2];
  } else if (argc == 1) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path();
    const std::string stem = "check_pair." + std::to_string(getpid());
    en_path = (dir / (stem + ".en.txt")).string();
    fr_path = (dir / (stem + ".fr.txt")).string();
    std::ofstream(en_path, std::ios::binary) << kEnglish;
    std::ofstream(fr_path, std::ios::binary) << kFrench;
  } else {
    std::cerr << "usage: check_pair [EN.txt FR.txt]\n";
    return 1;
  }

  pipeline::PipelineOptions options;  // en -> fr, embedding aligner, drift check
  options.model_path = pipeline::ModelPath("");  // --model-less lookup: $DRIFTALIGN_MODEL, ...
  if (options.model_path.empty()) options.model_path = DRIFTALIGN_MODEL_FILE;  // ... else the installed one
  driftalign::StatusOr<std::unique_ptr<pipeline::PairRun>> run = pipeline::RunPair(options, en_path, fr_path, "");
  if (argc == 1) {
    std::remove(en_path.c_str());
    std::remove(fr_path.c_str());
  }
  if (!run.ok()) {
    std::cerr << "check_pair: " << run.status().message() << "\n";
    return 2;
  }
  const driftalign::report::AlignmentReport& report = (*run)->report;
  size_t flags = 0;
  for (const auto& bead_flags : report.flags) flags += bead_flags.size();
  std::cout << "beads " << report.beads.size() << " flags " << flags << "\n";
  for (size_t i = 0; i < report.beads.size(); ++i) {
    const driftalign::align::Bead& bead = report.beads[i];
    std::cout << Ids(bead.src) << " " << Ids(bead.tgt) << " " << driftalign::report::ScoreText(bead.score) << "\n";
    for (const driftalign::drift::Flag& flag : driftalign::report::BeadFlags(report, i)) {
      std::cout << "  " << driftalign::report::FlagLine(flag) << "\n";
    }
  }
  return 0;
}
