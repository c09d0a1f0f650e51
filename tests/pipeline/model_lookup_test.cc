// Which model file a run uses and whether it needs one (pipeline/model_lookup.h):
// the search order with scratch directories standing for the binary's
// directory, the install prefix and $XDG_DATA_HOME.
#include "pipeline/model_lookup.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "../report/test_util.h"

namespace driftalign::pipeline {
namespace {

using report::testing_util::ScratchDir;
using report::testing_util::WriteFile;

// Sets the environment variable `name` for the scope of the object (unset: nullptr).
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    if (value != nullptr) setenv(name, value, 1);
    else unsetenv(name);
  }
  ~ScopedEnv() {
    if (had_) setenv(name_.c_str(), old_.c_str(), 1);
    else unsetenv(name_.c_str());
  }

 private:
  std::string name_, old_;
  bool had_ = false;
};

// A prefix-like tree in a scratch directory: bin/ (the binary's directory),
// models/ (next to it, as in a build tree), share/ (an install prefix's data
// directory), xdg/ ($XDG_DATA_HOME) and home/ ($HOME); Put writes the model
// file into one of the places.
class SearchTree {
 public:
  SearchTree() : dir_("model_search"), root_(std::filesystem::path(dir_.path()).lexically_normal().string()) {
    std::filesystem::create_directories(root_ + "/bin");
    paths_.exe_dir = root_ + "/bin";
    paths_.install_datadir = root_ + "/prefix/share";
    paths_.xdg_data_home = root_ + "/xdg";
    paths_.home = root_ + "/home";
  }
  // The model file under `dir` (relative to the tree), created.
  std::string Put(const std::string& dir) {
    const std::string path = Path(dir);
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    WriteFile(path, "model");
    return path;
  }
  std::string Path(const std::string& dir) const { return root_ + "/" + dir + "/" + embed::kDefaultModelFile; }
  ModelSearchPaths& paths() { return paths_; }

 private:
  ScratchDir dir_;
  std::string root_;  // dir_'s path without a doubled slash (as the search writes paths)
  ModelSearchPaths paths_;
};

TEST(DefaultModelCandidatesTest, BuildTreeThenPrefixThenXdg) {
  SearchTree tree;
  std::vector<std::string> got, places;
  for (const ModelCandidate& c : DefaultModelCandidates(tree.paths())) {
    got.push_back(c.path);
    places.push_back(c.place);
  }
  EXPECT_EQ(got, (std::vector<std::string>{tree.Path("models"), tree.Path("bin/models"),
                                           tree.Path("share/driftalign/models"),
                                           tree.Path("prefix/share/driftalign/models"),
                                           tree.Path("xdg/driftalign/models")}));
  EXPECT_EQ(places, (std::vector<std::string>{"next to the binary", "next to the binary", "install prefix",
                                              "install prefix", "$XDG_DATA_HOME"}));
}

TEST(DefaultModelCandidatesTest, XdgDefaultsToHomeAndDuplicatesGo) {
  SearchTree tree;
  tree.paths().xdg_data_home = "";
  EXPECT_EQ(DefaultModelCandidates(tree.paths()).back().path, tree.Path("home/.local/share/driftalign/models"));
  tree.paths().xdg_data_home = "relative/dir";  // not absolute: ignored, as the XDG spec says
  EXPECT_EQ(DefaultModelCandidates(tree.paths()).back().path, tree.Path("home/.local/share/driftalign/models"));
  tree.paths().home = "";
  EXPECT_EQ(DefaultModelCandidates(tree.paths()).size(), 4u);  // no XDG place at all
  // The binary installed in the prefix it was built for: bin/../share is the data directory.
  tree.paths().install_datadir = tree.paths().exe_dir + "/../share";
  EXPECT_EQ(DefaultModelCandidates(tree.paths()).size(), 3u);
  tree.paths().exe_dir = "";
  ASSERT_EQ(DefaultModelCandidates(tree.paths()).size(), 1u);
  EXPECT_EQ(DefaultModelCandidates(tree.paths())[0].place, "install prefix");
}

// Each row puts the model in some places; the first in search order wins.
TEST(LocateModelTest, FirstPlaceHoldingTheFileWins) {
  struct {
    std::vector<std::string> present;
    std::string want;  // directory of the file found ("" = none)
    std::string chosen_by;
  } cases[] = {
      {{"models", "share/driftalign/models", "xdg/driftalign/models"}, "models", "next to the binary"},
      {{"bin/models", "prefix/share/driftalign/models"}, "bin/models", "next to the binary"},
      {{"share/driftalign/models", "prefix/share/driftalign/models"}, "share/driftalign/models", "install prefix"},
      {{"prefix/share/driftalign/models", "xdg/driftalign/models"}, "prefix/share/driftalign/models",
       "install prefix"},
      {{"xdg/driftalign/models"}, "xdg/driftalign/models", "$XDG_DATA_HOME"},
      {{"home/.local/share/driftalign/models"}, "", ""},  // $XDG_DATA_HOME is set: ~/.local/share is not looked at
      {{}, "", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.want);
    SearchTree tree;
    for (const std::string& dir : c.present) tree.Put(dir);
    const ModelLocation found = LocateModel("", tree.paths());
    EXPECT_EQ(found.path, c.want.empty() ? "" : tree.Path(c.want));
    EXPECT_EQ(found.chosen_by, c.chosen_by);
    EXPECT_EQ(found.searched.size(), 5u);
  }
}

TEST(LocateModelTest, FlagThenVariableBeforeAnySearch) {
  SearchTree tree;
  tree.Put("models");
  tree.paths().env_model = "/from/env.dam";  // need not exist: LoadModel says so
  EXPECT_EQ(LocateModel("/from/flag.dam", tree.paths()).path, "/from/flag.dam");
  EXPECT_EQ(LocateModel("/from/flag.dam", tree.paths()).chosen_by, "--model");
  EXPECT_EQ(LocateModel("", tree.paths()).path, "/from/env.dam");
  EXPECT_EQ(LocateModel("", tree.paths()).chosen_by, "$DRIFTALIGN_MODEL");
  EXPECT_TRUE(LocateModel("", tree.paths()).searched.empty());
  tree.paths().env_model = "";
  EXPECT_EQ(LocateModel("", tree.paths()).path, tree.Path("models"));
}

// FromProcess reads the variables; the XDG place then holds the only model.
TEST(LocateModelTest, ReadsTheEnvironment) {
  SearchTree tree;
  const std::string xdg_model = tree.Put("xdg/driftalign/models");
  ScopedEnv model_env("DRIFTALIGN_MODEL", "/from/env.dam");
  ScopedEnv xdg_env("XDG_DATA_HOME", tree.paths().xdg_data_home.c_str());
  EXPECT_EQ(ModelPath("/from/flag.dam"), "/from/flag.dam");
  EXPECT_EQ(ModelPath(""), "/from/env.dam");
  ScopedEnv empty("DRIFTALIGN_MODEL", "");  // empty counts as unset
  const ModelSearchPaths process = ModelSearchPaths::FromProcess();
  EXPECT_EQ(process.env_model, "");
  EXPECT_EQ(process.xdg_data_home, tree.paths().xdg_data_home);
  EXPECT_EQ(process.exe_dir, std::filesystem::weakly_canonical(DRIFTALIGN_TEST_BINARY_DIR).string());
  const std::vector<ModelCandidate> searched = DefaultModelCandidates(process);
  ASSERT_FALSE(searched.empty());
  EXPECT_EQ(searched.back().path, xdg_model);
  // The test binary's directory (build/tests/pipeline) has no models/: the
  // first hit is the install prefix (if installed there) or the XDG place.
  const std::string found = ModelPath("");
  EXPECT_TRUE(found == xdg_model || LocateModel("").chosen_by == "install prefix") << found;
}

TEST(LoadModelTest, MissingFlagFileNamesTheFlagAndTheHint) {
  StatusOr<std::unique_ptr<embed::Model>> model = LoadModel("/no/such/model.dam", ", or use gale-church");
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().code(), StatusCode::kModelError);
  EXPECT_EQ(model.status().message(),
            "/no/such/model.dam: model file not found; pass --model PATH or set DRIFTALIGN_MODEL, or use gale-church");
}

TEST(LoadModelTest, MissingVariableFileSaysWhereThePathCameFrom) {
  ScopedEnv env("DRIFTALIGN_MODEL", "/no/such/env.dam");
  StatusOr<std::unique_ptr<embed::Model>> model = LoadModel("", "");
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().message(),
            "/no/such/env.dam: model file not found (from $DRIFTALIGN_MODEL); pass --model PATH or set "
            "DRIFTALIGN_MODEL");
}

TEST(ModelNotFoundTest, ListsEveryPlaceLookedAt) {
  SearchTree tree;
  const ModelLocation none = LocateModel("", tree.paths());
  ASSERT_TRUE(none.path.empty());
  const Status status = ModelNotFound(none, ", or use gale-church");
  EXPECT_EQ(status.code(), StatusCode::kModelError);
  EXPECT_EQ(status.message(),
            std::string("model file driftalign-enfr-v2.dam not found; looked in ") + tree.Path("models") +
                " (next to the binary), " + tree.Path("bin/models") + " (next to the binary), " +
                tree.Path("share/driftalign/models") + " (install prefix), " +
                tree.Path("prefix/share/driftalign/models") + " (install prefix), " +
                tree.Path("xdg/driftalign/models") +
                " ($XDG_DATA_HOME); pass --model PATH or set DRIFTALIGN_MODEL, or use gale-church");
}

TEST(NeedsModelTest, Table) {
  ScratchDir dir("needs_model");
  const std::string present = dir.path() + "/model.dam";
  WriteFile(present, "not really a model");
  const std::string absent = dir.path() + "/absent.dam";
  struct {
    Method method;
    bool check;
    CoverageMode coverage;
    bool model_exists;
    bool needs;
  } cases[] = {
      {Method::kEmbedding, false, CoverageMode::kOff, false, true},  // to align
      {Method::kEmbedding, true, CoverageMode::kAuto, false, true},
      {Method::kGaleChurch, true, CoverageMode::kAuto, true, true},   // auto, file found
      {Method::kGaleChurch, true, CoverageMode::kAuto, false, false},  // auto, no file
      {Method::kGaleChurch, true, CoverageMode::kModel, false, true},  // must load (and fail)
      {Method::kGaleChurch, true, CoverageMode::kLexical, true, false},
      {Method::kGaleChurch, true, CoverageMode::kOff, true, false},
      {Method::kGaleChurch, false, CoverageMode::kModel, true, false},  // no check
      {Method::kParallel, true, CoverageMode::kAuto, true, true},
      {Method::kParallel, true, CoverageMode::kOff, true, false},
      {Method::kBeadsFile, true, CoverageMode::kAuto, false, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(MethodName(c.method)) + " check=" + std::to_string(c.check) +
                 " coverage=" + std::to_string(static_cast<int>(c.coverage)) + " exists=" + std::to_string(c.model_exists));
    PipelineOptions options;
    options.method = c.method;
    options.check = c.check;
    options.drift.coverage_mode = c.coverage;
    options.model_path = c.model_exists ? present : absent;
    EXPECT_EQ(NeedsModel(options), c.needs);
    if (!c.needs) {
      StatusOr<std::unique_ptr<embed::Model>> model = LoadModelFor(options, "");
      ASSERT_TRUE(model.ok());
      EXPECT_EQ(model->get(), nullptr);
    }
  }
}

}  // namespace
}  // namespace driftalign::pipeline
