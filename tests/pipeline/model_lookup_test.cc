// Which model file a run uses and whether it needs one (pipeline/model_lookup.h).
#include "pipeline/model_lookup.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "../report/test_util.h"

namespace driftalign::pipeline {
namespace {

using report::testing_util::ScratchDir;
using report::testing_util::WriteFile;

// Sets $DRIFTALIGN_MODEL for the scope of the object (unset: nullptr).
class ScopedModelEnv {
 public:
  explicit ScopedModelEnv(const char* value) {
    if (const char* old = std::getenv("DRIFTALIGN_MODEL")) old_ = old, had_ = true;
    if (value != nullptr) setenv("DRIFTALIGN_MODEL", value, 1);
    else unsetenv("DRIFTALIGN_MODEL");
  }
  ~ScopedModelEnv() {
    if (had_) setenv("DRIFTALIGN_MODEL", old_.c_str(), 1);
    else unsetenv("DRIFTALIGN_MODEL");
  }

 private:
  std::string old_;
  bool had_ = false;
};

TEST(ModelPathTest, FlagThenEnvironmentThenDefault) {
  ScopedModelEnv env("/from/env.dam");
  EXPECT_EQ(ModelPath("/from/flag.dam"), "/from/flag.dam");
  EXPECT_EQ(ModelPath(""), "/from/env.dam");
  ScopedModelEnv empty("");
  EXPECT_EQ(ModelPath(""), embed::DefaultModelPath());
  EXPECT_NE(ModelPath("").find(embed::kDefaultModelFile), std::string::npos);
  ScopedModelEnv unset(nullptr);
  EXPECT_NE(ModelPath("").find(embed::kDefaultModelFile), std::string::npos);
}

TEST(LoadModelTest, MissingFileNamesTheFlagAndTheHint) {
  StatusOr<std::unique_ptr<embed::Model>> model = LoadModel("/no/such/model.dam", ", or use gale-church");
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().code(), StatusCode::kModelError);
  EXPECT_EQ(model.status().message(),
            "/no/such/model.dam: model file not found; pass --model PATH or set DRIFTALIGN_MODEL, or use gale-church");
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
