// Which model file a run uses, and whether it needs one at all.
//
// The model file is, in this order: the --model flag (options.model_path),
// $DRIFTALIGN_MODEL, models/<kDefaultModelFile> next to the binary's
// directory (embed::DefaultModelPath()).
//
//   ASSIGN_OR_RETURN(std::unique_ptr<embed::Model> model,
//                    pipeline::LoadModelFor(options, ", or align with --method gale-church"));
//   // model is null when the run needs none (Gale-Church without coverage checks)
#ifndef DRIFTALIGN_PIPELINE_MODEL_LOOKUP_H_
#define DRIFTALIGN_PIPELINE_MODEL_LOOKUP_H_

#include <memory>
#include <string>

#include "embed/model.h"
#include "pipeline/options.h"
#include "text/status.h"

namespace driftalign::pipeline {

// The model file a --model flag selects: the flag, else embed::DefaultModelPath().
std::string ModelPath(const std::string& flag);

// Loads the model at `path`; a missing file is a ModelError ("<path>: model
// file not found; pass --model PATH or set DRIFTALIGN_MODEL" + `hint`).
StatusOr<std::unique_ptr<embed::Model>> LoadModel(const std::string& path, const std::string& hint);

// Whether the drift check of `drift` needs the model when the model file at
// `model_path` may or may not exist (auto: only when it exists).
bool DriftNeedsModel(const DriftOptions& drift, const std::string& model_path);

// Whether a run with `options` needs the model: to align (Method::kEmbedding)
// or for the coverage checks of its drift check (options.check and
// DriftNeedsModel for ModelPath(options.model_path)).
bool NeedsModel(const PipelineOptions& options);

// The model of a run: null when !NeedsModel(options), else LoadModel of
// ModelPath(options.model_path) with `hint`. With options.record_model_sha256
// the file starts being hashed on a second thread (embed::Model::PrefetchSha256).
StatusOr<std::unique_ptr<embed::Model>> LoadModelFor(const PipelineOptions& options, const std::string& hint);

}  // namespace driftalign::pipeline

#endif  // DRIFTALIGN_PIPELINE_MODEL_LOOKUP_H_
