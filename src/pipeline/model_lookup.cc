#include "pipeline/model_lookup.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

#ifndef DRIFTALIGN_INSTALL_DATADIR
#define DRIFTALIGN_INSTALL_DATADIR ""
#endif

namespace driftalign::pipeline {
namespace {

std::string Getenv(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

// The directory of the running executable; empty when /proc/self/exe cannot be read.
std::string ExeDir() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

constexpr const char kPassModel[] = "pass --model PATH or set DRIFTALIGN_MODEL";

}  // namespace

ModelSearchPaths ModelSearchPaths::FromProcess() {
  ModelSearchPaths paths;
  paths.env_model = Getenv("DRIFTALIGN_MODEL");
  paths.exe_dir = ExeDir();
  paths.install_datadir = DRIFTALIGN_INSTALL_DATADIR;
  paths.xdg_data_home = Getenv("XDG_DATA_HOME");
  paths.home = Getenv("HOME");
  return paths;
}

std::vector<ModelCandidate> DefaultModelCandidates(const ModelSearchPaths& paths) {
  std::vector<ModelCandidate> candidates;
  auto add = [&candidates](const std::filesystem::path& dir, const char* place) {
    const std::string path = (dir / embed::kDefaultModelFile).lexically_normal().string();
    for (const ModelCandidate& c : candidates) {
      if (c.path == path) return;
    }
    candidates.push_back({path, place});
  };
  if (!paths.exe_dir.empty()) {
    const std::filesystem::path exe_dir(paths.exe_dir);
    add(exe_dir / ".." / "models", "next to the binary");
    add(exe_dir / "models", "next to the binary");
    add(exe_dir / ".." / "share" / "driftalign" / "models", "install prefix");
  }
  if (!paths.install_datadir.empty()) {
    add(std::filesystem::path(paths.install_datadir) / "driftalign" / "models", "install prefix");
  }
  std::filesystem::path data_home(paths.xdg_data_home);
  if (data_home.empty() || data_home.is_relative()) {
    data_home = paths.home.empty() ? std::filesystem::path() : std::filesystem::path(paths.home) / ".local" / "share";
  }
  if (!data_home.empty()) add(data_home / "driftalign" / "models", "$XDG_DATA_HOME");
  return candidates;
}

ModelLocation LocateModel(const std::string& flag, const ModelSearchPaths& paths) {
  if (!flag.empty()) return {flag, "--model", {}};
  if (!paths.env_model.empty()) return {paths.env_model, "$DRIFTALIGN_MODEL", {}};
  ModelLocation location;
  location.searched = DefaultModelCandidates(paths);
  for (const ModelCandidate& c : location.searched) {
    if (access(c.path.c_str(), R_OK) == 0) {
      location.path = c.path;
      location.chosen_by = c.place;
      break;
    }
  }
  return location;
}

ModelLocation LocateModel(const std::string& flag) { return LocateModel(flag, ModelSearchPaths::FromProcess()); }

std::string ModelPath(const std::string& flag) { return LocateModel(flag).path; }

Status ModelNotFound(const ModelLocation& location, const std::string& hint) {
  if (!location.path.empty()) {
    const std::string from = location.chosen_by == "$DRIFTALIGN_MODEL" ? " (from $DRIFTALIGN_MODEL)" : "";
    return ModelError(location.path + ": model file not found" + from + "; " + kPassModel + hint);
  }
  std::string message = std::string("model file ") + embed::kDefaultModelFile + " not found; looked in ";
  for (size_t i = 0; i < location.searched.size(); ++i) {
    if (i > 0) message += ", ";
    message += location.searched[i].path + " (" + location.searched[i].place + ")";
  }
  if (location.searched.empty()) message += "no place (no binary directory, prefix or home)";
  return ModelError(message + "; " + kPassModel + hint);
}

StatusOr<std::unique_ptr<embed::Model>> LoadModel(const std::string& flag, const std::string& hint) {
  const ModelLocation location = LocateModel(flag);
  std::error_code ec;
  if (location.path.empty() || !std::filesystem::exists(location.path, ec)) return ModelNotFound(location, hint);
  return embed::Model::Load(location.path);
}

bool DriftNeedsModel(const DriftOptions& drift, const std::string& model_path) {
  std::error_code ec;
  return drift.coverage_mode == CoverageMode::kModel ||
         (drift.coverage_mode == CoverageMode::kAuto && !model_path.empty() &&
          std::filesystem::exists(model_path, ec));
}

bool NeedsModel(const PipelineOptions& options) {
  return options.method == Method::kEmbedding ||
         (options.check && DriftNeedsModel(options.drift, ModelPath(options.model_path)));
}

StatusOr<std::unique_ptr<embed::Model>> LoadModelFor(const PipelineOptions& options, const std::string& hint) {
  if (!NeedsModel(options)) return std::unique_ptr<embed::Model>();
  ASSIGN_OR_RETURN(std::unique_ptr<embed::Model> model, LoadModel(options.model_path, hint));
  // Most outputs name the model by its sha256: hash the file on the second
  // core while this one aligns (the report takes it last).
  if (options.record_model_sha256) model->PrefetchSha256();
  return model;
}

}  // namespace driftalign::pipeline
