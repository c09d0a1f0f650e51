// Each verb of the driftalign binary lives in its own <verb>_verb.cc and
// registers itself at static-initialisation time:
//
//   static const VerbRegistration kRegistered("segment", &RegisterSegment);
//
// RegisterX adds its subcommand to the app and returns the function that runs
// it after parsing; that function returns -1 when its subcommand was not the
// one parsed, otherwise the process exit code.
#ifndef DRIFTALIGN_CLI_VERBS_H_
#define DRIFTALIGN_CLI_VERBS_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <map>
#include <string>

// The build's version and git commit (compiled into the driftalign binary
// only; the verbs pass them on to the pipeline as plain strings).
#ifndef DRIFTALIGN_VERSION
#define DRIFTALIGN_VERSION "0.0.0"
#endif
#ifndef DRIFTALIGN_GIT_COMMIT
#define DRIFTALIGN_GIT_COMMIT ""
#endif

namespace driftalign::cli {

inline constexpr const char* kToolVersion = DRIFTALIGN_VERSION;
inline constexpr const char* kGitCommit = DRIFTALIGN_GIT_COMMIT;

using VerbRunner = std::function<int()>;
using VerbFactory = VerbRunner (*)(CLI::App* app);

// All registered verbs, ordered by name (so --help lists them alphabetically).
std::map<std::string, VerbFactory>& VerbRegistry();

struct VerbRegistration {
  VerbRegistration(const std::string& name, VerbFactory factory) { VerbRegistry()[name] = factory; }
};

}  // namespace driftalign::cli

#endif  // DRIFTALIGN_CLI_VERBS_H_
