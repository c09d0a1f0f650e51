// Helpers shared by the verbs of the driftalign binary: exit codes, output
// streams, and the input flags every verb that reads text accepts.
#ifndef DRIFTALIGN_CLI_COMMON_H_
#define DRIFTALIGN_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "segment/segmenter.h"
#include "text/input.h"
#include "text/status.h"

namespace driftalign::cli {

// Documented exit codes (README.md, docs/cli.md).
constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitInput = 2;  // input or model error
constexpr int kExitDrift = 3;  // drift found with --fail-on-drift

// Prints "driftalign: <message>" on stderr and returns the exit code for it.
int Fail(const Status& status);

// Flags shared by every verb that reads and segments text.
struct InputFlags {
  bool presegmented = false;
  bool replace_invalid = false;
  bool no_structure = false;
  void Register(CLI::App* app);
  text::InputOptions input_options() const;
  segment::SegmenterOptions segmenter_options() const;
};

// Reads `path` and segments it in `lang`; warns on stderr about replaced bytes
// and about inputs without any sentence.
struct SegmentedInput {
  text::Document doc;
  std::vector<segment::Sentence> sentences;
};
StatusOr<SegmentedInput> ReadAndSegment(const std::string& path, const std::string& lang,
                                        const InputFlags& flags);

// An output stream for `path` ("-" = stdout).
class Output {
 public:
  static StatusOr<std::unique_ptr<Output>> Open(const std::string& path);
  std::ostream& stream() { return file_.is_open() ? file_ : std::cout; }
  Status Close();

 private:
  std::string path_;
  std::ofstream file_;
};

}  // namespace driftalign::cli

#endif  // DRIFTALIGN_CLI_COMMON_H_
