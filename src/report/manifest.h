// What every output says about how it was made: the reproducibility
// manifest of an AlignmentReport (tool, git commit, model, ICU, params,
// inputs), which the html page shows, the tmx/xliff headers carry and moses
// writes beside its corpus.
//
//   BuildInfo build{DRIFTALIGN_GIT_COMMIT};
//   nlohmann::ordered_json m = Manifest(report, build);
//   std::cout << m.dump(2) << '\n';
//
// Time stamps come only from SOURCE_DATE_EPOCH (seconds since 1970, UTC):
// without it no output carries a time, so the same inputs give the same bytes.
#ifndef DRIFTALIGN_REPORT_MANIFEST_H_
#define DRIFTALIGN_REPORT_MANIFEST_H_

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "report/alignment_report.h"

namespace driftalign::report {

// What only the binary knows about itself.
struct BuildInfo {
  // The build's git commit (DRIFTALIGN_GIT_COMMIT in src/cli). Default empty
  // (unknown, e.g. in library tests).
  std::string git_commit;
};

// The reproducibility manifest of `report`:
//   {"tool": {"name", "version", "git_commit"}, "model": {"name", "sha256"},
//    "icu_version", "params": {...},
//    "inputs": [{"role": "src", "lang", "path", "sha256"}, {"role": "tgt", ...}],
//    "created": "2024-01-02T03:04:05Z"}   <- only when SOURCE_DATE_EPOCH is set
// An empty tool name reads as "driftalign"; the model is empty for the
// Gale-Church baseline.
nlohmann::ordered_json Manifest(const AlignmentReport& report, const BuildInfo& build);

// Adds what only the binary knows to doc["tool"] of an alignment JSON
// document (json_writer.h): "git_commit" and "icu_version" (batch records).
void StampBuild(nlohmann::ordered_json* doc, std::string_view git_commit);

// SOURCE_DATE_EPOCH as a UTC time: ISO 8601 ("2024-01-02T03:04:05Z") or, with
// `compact`, the TMX form "20240102T030405Z". nullopt when unset or not a
// non-negative integer.
std::optional<std::string> SourceDateEpoch(bool compact = false);

// The ICU version this binary was built with, e.g. "74.2".
std::string IcuVersion();

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_MANIFEST_H_
