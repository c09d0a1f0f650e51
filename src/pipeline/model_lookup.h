// Which model file a run uses, and whether it needs one at all.
//
// The model file is, in this order: the --model flag (options.model_path),
// $DRIFTALIGN_MODEL, else the first readable <dir>/<kDefaultModelFile> of the
// default search (DefaultModelCandidates):
//   1. next to the binary, as in a build tree: <exe dir>/../models, <exe dir>/models
//   2. the install prefix: <exe dir>/../share/driftalign/models (where the
//      binary is installed), <CMAKE_INSTALL_FULL_DATADIR>/driftalign/models
//      (the prefix it was built for; what a program linking the library finds)
//   3. $XDG_DATA_HOME/driftalign/models (default ~/.local/share/driftalign/models)
// When none holds the file, the error lists every place looked at.
//
//   ASSIGN_OR_RETURN(std::unique_ptr<embed::Model> model,
//                    pipeline::LoadModelFor(options, ", or align with --method gale-church"));
//   // model is null when the run needs none (Gale-Church without coverage checks)
#ifndef DRIFTALIGN_PIPELINE_MODEL_LOOKUP_H_
#define DRIFTALIGN_PIPELINE_MODEL_LOOKUP_H_

#include <memory>
#include <string>
#include <vector>

#include "embed/model.h"
#include "pipeline/options.h"
#include "text/status.h"

namespace driftalign::pipeline {

// What the default search depends on; FromProcess() reads this process's
// values, tests fill it by hand.
struct ModelSearchPaths {
  // $DRIFTALIGN_MODEL; empty: unset (the default search runs). Default empty.
  std::string env_model;
  // Directory of the running executable; empty: unknown (its places are
  // skipped). Default empty.
  std::string exe_dir;
  // The data directory of the install prefix the library was built for
  // (CMAKE_INSTALL_FULL_DATADIR, e.g. /usr/local/share). Default empty: skipped.
  std::string install_datadir;
  // $XDG_DATA_HOME; empty or relative: $HOME/.local/share (XDG base
  // directory spec). Default empty.
  std::string xdg_data_home;
  // $HOME; with xdg_data_home empty and this empty, the XDG place is skipped. Default empty.
  std::string home;

  // $DRIFTALIGN_MODEL, /proc/self/exe's directory, the compiled-in install
  // data directory, $XDG_DATA_HOME and $HOME.
  static ModelSearchPaths FromProcess();
};

// One file the default search looks at.
struct ModelCandidate {
  std::string path;   // <dir>/<kDefaultModelFile>
  std::string place;  // "next to the binary", "install prefix" or "$XDG_DATA_HOME"
};

// The files of the default search, in search order (list above), each path
// once (the first place naming it wins).
std::vector<ModelCandidate> DefaultModelCandidates(const ModelSearchPaths& paths);

// The model file of a run and how it was chosen.
struct ModelLocation {
  // The file; empty when the default search found none.
  std::string path;
  // "--model", "$DRIFTALIGN_MODEL" or the ModelCandidate::place of the file found.
  std::string chosen_by;
  // The default search's files, in order, when it ran (no flag, no variable).
  std::vector<ModelCandidate> searched;
};

// The model file for the --model value `flag` (empty: none given): the flag,
// else paths.env_model, else the first readable DefaultModelCandidates file.
// A flag or variable naming a missing file is returned as is (LoadModel
// reports it).
ModelLocation LocateModel(const std::string& flag, const ModelSearchPaths& paths);
// LocateModel with ModelSearchPaths::FromProcess().
ModelLocation LocateModel(const std::string& flag);

// The model file a --model flag selects: LocateModel(flag).path (empty when
// no flag, no $DRIFTALIGN_MODEL and no file found).
std::string ModelPath(const std::string& flag);

// The ModelError for a located file that does not exist. With a flag or
// variable: "<path>: model file not found; pass --model PATH or set
// DRIFTALIGN_MODEL" (the variable's case says so); after the default search:
// "model file <name> not found; looked in <path> (<place>), ...; pass ...".
// `hint` is appended.
Status ModelNotFound(const ModelLocation& location, const std::string& hint);

// Loads the model of LocateModel(flag); a missing file is ModelNotFound(..., hint).
StatusOr<std::unique_ptr<embed::Model>> LoadModel(const std::string& flag, const std::string& hint);

// Whether the drift check of `drift` needs the model when the model file at
// `model_path` may or may not exist (auto: only when it exists).
bool DriftNeedsModel(const DriftOptions& drift, const std::string& model_path);

// Whether a run with `options` needs the model: to align (Method::kEmbedding)
// or for the coverage checks of its drift check (options.check and
// DriftNeedsModel for ModelPath(options.model_path)).
bool NeedsModel(const PipelineOptions& options);

// The model of a run: null when !NeedsModel(options), else LoadModel of
// options.model_path with `hint`. With options.record_model_sha256 the file
// starts being hashed on a second thread (embed::Model::PrefetchSha256).
StatusOr<std::unique_ptr<embed::Model>> LoadModelFor(const PipelineOptions& options, const std::string& hint);

}  // namespace driftalign::pipeline

#endif  // DRIFTALIGN_PIPELINE_MODEL_LOOKUP_H_
