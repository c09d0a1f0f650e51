// Each verb of the driftalign binary registers its subcommand and returns the
// function that runs it after parsing (one file per verb: <verb>_verb.cc).
#ifndef DRIFTALIGN_CLI_VERBS_H_
#define DRIFTALIGN_CLI_VERBS_H_

#include <CLI/CLI.hpp>

#include <functional>

namespace driftalign::cli {

using VerbRunner = std::function<int()>;

VerbRunner RegisterSegment(CLI::App* app);

}  // namespace driftalign::cli

#endif  // DRIFTALIGN_CLI_VERBS_H_
