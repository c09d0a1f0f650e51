#include "report/manifest.h"

#include <unicode/uvernum.h>

#include <cerrno>
#include <cstdlib>
#include <ctime>

namespace driftalign::report {

using Json = nlohmann::ordered_json;

std::optional<std::string> SourceDateEpoch(bool compact) {
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (env == nullptr || *env == '\0') return std::nullopt;
  errno = 0;
  char* end = nullptr;
  long long secs = std::strtoll(env, &end, 10);
  if (errno != 0 || *end != '\0' || secs < 0) return std::nullopt;
  std::time_t t = static_cast<std::time_t>(secs);
  std::tm tm{};
  if (gmtime_r(&t, &tm) == nullptr) return std::nullopt;
  char buf[32];
  std::strftime(buf, sizeof buf, compact ? "%Y%m%dT%H%M%SZ" : "%Y-%m-%dT%H:%M:%SZ", &tm);
  return std::string(buf);
}

std::string IcuVersion() { return U_ICU_VERSION; }

void StampBuild(Json* doc, std::string_view git_commit) {
  Json& tool = (*doc)["tool"];
  if (!tool.is_object()) tool = Json::object();
  tool["git_commit"] = std::string(git_commit);
  tool["icu_version"] = IcuVersion();
}

Json Manifest(const AlignmentReport& report, const BuildInfo& build) {
  Json m;
  m["tool"] = {{"name", report.tool_name.empty() ? "driftalign" : report.tool_name},
               {"version", report.tool_version},
               {"git_commit", build.git_commit}};
  m["model"] = {{"name", report.model_name}, {"sha256", report.model_sha256}};
  m["icu_version"] = IcuVersion();
  m["params"] = report.params;
  Json inputs = Json::array();
  for (const auto& [role, d] : {std::pair{"src", &report.src}, std::pair{"tgt", &report.tgt}}) {
    inputs.push_back({{"role", role}, {"lang", d->lang}, {"path", d->path}, {"sha256", d->sha256}});
  }
  m["inputs"] = std::move(inputs);
  if (std::optional<std::string> created = SourceDateEpoch()) m["created"] = *created;
  return m;
}

}  // namespace driftalign::report
