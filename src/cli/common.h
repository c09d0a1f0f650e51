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

#include "pipeline/options.h"
#include "pipeline/pipeline.h"
#include "text/status.h"

namespace driftalign::cli {

// Documented exit codes (README.md, docs/cli.md).
constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitInput = 2;  // input or model error
constexpr int kExitDrift = 3;  // drift found with --fail-on-drift

// The help line of every verb's --model flag (the search order: pipeline/model_lookup.h).
inline constexpr const char kModelFlagHelp[] =
    "Model file (default: $DRIFTALIGN_MODEL, else driftalign-enfr-v2.dam in models/ next to the binary, "
    "in PREFIX/share/driftalign/models or in $XDG_DATA_HOME/driftalign/models; `man driftalign`)";

// The exit code of a failure: kExitUsage for an InvalidArgument, else kExitInput (kExitOk for ok).
int ExitCode(const Status& status);

// Prints "driftalign: <message>" on stderr and returns ExitCode(status).
int Fail(const Status& status);

// Flags shared by every verb that reads and segments text: they set the
// fields of pipeline::InputOptions.
struct InputFlags : pipeline::InputOptions {
  void Register(CLI::App* app);
};

using pipeline::ReadAndSegment;  // (path, lang, InputOptions) -> SegmentedInput
using pipeline::SegmentedInput;

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
