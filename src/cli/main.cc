// driftalign: align English and French versions of a news story sentence by
// sentence and flag translation drift. See README.md and docs/cli.md.
#include <CLI/CLI.hpp>

#include <iostream>
#include <new>
#include <vector>

#include "cli/common.h"
#include "cli/verbs.h"
#include "text/input.h"

namespace driftalign::cli {
std::map<std::string, VerbFactory>& VerbRegistry() {
  static std::map<std::string, VerbFactory> registry;
  return registry;
}
}  // namespace driftalign::cli

int main(int argc, char** argv) {
  using namespace driftalign::cli;
  driftalign::text::HoldClosedStdin();  // before any file is opened
  CLI::App app(
      "driftalign " DRIFTALIGN_VERSION
      ": sentence alignment and translation drift checks for EN-FR news.\n"
      "Exit codes: 0 ok, 1 usage error, 2 input or model error, 3 drift found (--fail-on-drift).");
  app.set_version_flag("--version", DRIFTALIGN_VERSION);
  app.require_subcommand(1);
  std::vector<VerbRunner> verbs;
  for (const auto& [name, factory] : VerbRegistry()) verbs.push_back(factory(&app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (const VerbRunner& run : verbs) {
    int code = kExitUsage;
    try {
      code = run();
    } catch (const std::bad_alloc&) {
      // No crash (exit 134) when an input needs more memory than there is:
      // a message and the input-error exit code (docs/reliability-cost.md).
      std::cerr << "driftalign: out of memory: the input needs more memory than this process may use "
                   "(docs/reliability-cost.md gives the cost per input byte); split it into smaller files\n";
      return kExitInput;
    }
    if (code >= 0) return code;
  }
  return kExitUsage;
}
