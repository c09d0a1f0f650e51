// The parsers of pipeline/options.h: languages, coverage modes, method names.
#include "pipeline/options.h"

#include <gtest/gtest.h>

#include <cmath>

namespace driftalign::pipeline {
namespace {

TEST(ParseLanguageTest, EnAndFrOnly) {
  struct {
    const char* code;
    bool ok;
    drift::Lang lang;
  } cases[] = {{"en", true, drift::Lang::kEn}, {"fr", true, drift::Lang::kFr}, {"de", false, drift::Lang::kEn},
               {"EN", false, drift::Lang::kEn}, {"", false, drift::Lang::kEn}, {"english", false, drift::Lang::kEn}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.code);
    StatusOr<drift::Lang> lang = ParseLanguage(c.code);
    ASSERT_EQ(lang.ok(), c.ok);
    if (c.ok) {
      EXPECT_EQ(*lang, c.lang);
    } else {
      EXPECT_EQ(lang.status().code(), StatusCode::kInvalidArgument);
      EXPECT_EQ(lang.status().message(), "unknown language '" + std::string(c.code) + "': expected en or fr");
    }
  }
}

TEST(ParseCoverageModeTest, FourNames) {
  EXPECT_EQ(*ParseCoverageMode("auto"), CoverageMode::kAuto);
  EXPECT_EQ(*ParseCoverageMode("model"), CoverageMode::kModel);
  EXPECT_EQ(*ParseCoverageMode("lexical"), CoverageMode::kLexical);
  EXPECT_EQ(*ParseCoverageMode("off"), CoverageMode::kOff);
  EXPECT_EQ(ParseCoverageMode("on").status().code(), StatusCode::kInvalidArgument);
}

TEST(ValidateDriftOptionsTest, TheVerbsFlagRanges) {
  EXPECT_TRUE(ValidateDriftOptions(DriftOptions()).ok());
  struct {
    void (*set)(DriftOptions*);
    const char* message;  // empty: valid
  } cases[] = {
      {[](DriftOptions* o) { o->check.quote_position_slack = 1.0; }, ""},
      {[](DriftOptions* o) { o->check.quote_position_slack = 1.5; }, "quote_position_slack must be in [0, 1], got 1.5"},
      {[](DriftOptions* o) { o->check.partial_min_words = 100; }, ""},
      {[](DriftOptions* o) { o->check.partial_min_words = 0; }, "partial_min_words must be in 1..100, got 0"},
      {[](DriftOptions* o) { o->check.partial_max_coverage = -0.1; }, "partial_max_coverage must be in [0, 1], got -0.1"},
      {[](DriftOptions* o) { o->check.partial_soft_cosine = 1.5; }, "partial_soft_cosine must be in [0, 1], got 1.5"},
      {[](DriftOptions* o) { o->coverage.min_cosine = -1; }, ""},
      {[](DriftOptions* o) { o->coverage.min_cosine = 2; }, "min_cosine must be in [-1, 1], got 2"},
      {[](DriftOptions* o) { o->coverage.link_min_cosine = std::nan(""); }, "link_min_cosine must be in [-1, 1], got nan"},
  };
  for (const auto& c : cases) {
    DriftOptions options;
    c.set(&options);
    Status st = ValidateDriftOptions(options);
    SCOPED_TRACE(c.message);
    if (*c.message == '\0') {
      EXPECT_TRUE(st.ok()) << st.message();
    } else {
      EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
      EXPECT_EQ(st.message(), c.message);
    }
  }
}

TEST(MethodNameTest, AsTheReportsWriteIt) {
  EXPECT_EQ(MethodName(Method::kEmbedding), "embedding");
  EXPECT_EQ(MethodName(Method::kGaleChurch), "gale-church");
  EXPECT_EQ(MethodName(Method::kParallel), "parallel");
  EXPECT_EQ(MethodName(Method::kBeadsFile), "beads-file");
}

TEST(InputOptionsTest, MapsToReaderAndSegmenter) {
  InputOptions in;
  EXPECT_FALSE(in.input_options().replace_invalid);
  EXPECT_FALSE(in.segmenter_options().presegmented);
  EXPECT_TRUE(in.segmenter_options().detect_structure);
  in.presegmented = in.replace_invalid = in.no_structure = true;
  EXPECT_TRUE(in.input_options().replace_invalid);
  EXPECT_TRUE(in.segmenter_options().presegmented);
  EXPECT_FALSE(in.segmenter_options().detect_structure);
}

}  // namespace
}  // namespace driftalign::pipeline
