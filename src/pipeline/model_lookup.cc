#include "pipeline/model_lookup.h"

#include <filesystem>
#include <system_error>

namespace driftalign::pipeline {

std::string ModelPath(const std::string& flag) { return flag.empty() ? embed::DefaultModelPath() : flag; }

StatusOr<std::unique_ptr<embed::Model>> LoadModel(const std::string& path, const std::string& hint) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return ModelError(path + ": model file not found; pass --model PATH or set DRIFTALIGN_MODEL" + hint);
  }
  return embed::Model::Load(path);
}

bool DriftNeedsModel(const DriftOptions& drift, const std::string& model_path) {
  std::error_code ec;
  return drift.coverage_mode == CoverageMode::kModel ||
         (drift.coverage_mode == CoverageMode::kAuto && std::filesystem::exists(model_path, ec));
}

bool NeedsModel(const PipelineOptions& options) {
  return options.method == Method::kEmbedding ||
         (options.check && DriftNeedsModel(options.drift, ModelPath(options.model_path)));
}

StatusOr<std::unique_ptr<embed::Model>> LoadModelFor(const PipelineOptions& options, const std::string& hint) {
  if (!NeedsModel(options)) return std::unique_ptr<embed::Model>();
  ASSIGN_OR_RETURN(std::unique_ptr<embed::Model> model, LoadModel(ModelPath(options.model_path), hint));
  // Most outputs name the model by its sha256: hash the file on the second
  // core while this one aligns (the report takes it last).
  if (options.record_model_sha256) model->PrefetchSha256();
  return model;
}

}  // namespace driftalign::pipeline
