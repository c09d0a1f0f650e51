// AlignAndCheck (pipeline/pipeline.h) gives the report of `driftalign check
// --format json` on the seed pair (corpus/000 + 001) for the same options.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../report/test_util.h"
#include "pipeline/model_lookup.h"
#include "report/json_writer.h"

namespace driftalign::pipeline {
namespace {

using Json = nlohmann::ordered_json;
using report::testing_util::RunCommand;

const std::string kCorpus = std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/";
const std::string kSrc = kCorpus + "000_cade94ca1d686b93.txt";
const std::string kTgt = kCorpus + "001_b5b62dc4b4f44fa5.txt";
const std::string kModel = std::string(DRIFTALIGN_SOURCE_DIR) + "/models/" + embed::kDefaultModelFile;

// The check verb's JSON for `args`, without its "tool" (version, build).
Json CheckVerbJson(const std::string& args) {
  int status = -1;
  std::string out = RunCommand("SOURCE_DATE_EPOCH= " + std::string(DRIFTALIGN_BINARY) + " check --format json --model " +
                                   kModel + " " + args + " " + kSrc + " " + kTgt + " 2>/dev/null",
                               &status);
  EXPECT_EQ(status, 0) << args;
  Json j = Json::parse(out);
  j.erase("tool");
  return j;
}

// The report of AlignAndCheck with `options` set as the check verb sets them.
Json PipelineJson(PipelineOptions options) {
  options.model_path = kModel;
  options.report_params["method"] = MethodName(options.method);
  options.report_params["presegmented"] = options.input.presegmented;
  StatusOr<std::unique_ptr<PairRun>> run = RunPair(options, kSrc, kTgt, "");
  EXPECT_TRUE(run.ok()) << run.status().message();
  if (!run.ok()) return Json();
  Json j = report::AlignmentToJson((*run)->report);
  j.erase("tool");
  return j;
}

TEST(AlignAndCheckTest, SameReportAsTheCheckVerb) {
  if (!std::filesystem::exists(kModel)) GTEST_SKIP() << "no model file " << kModel;
  PipelineOptions options;  // embedding aligner, coverage auto (the model)
  EXPECT_EQ(PipelineJson(options), CheckVerbJson(""));
}

TEST(AlignAndCheckTest, SameReportAsTheCheckVerbWithoutModel) {
  PipelineOptions gale_church;
  gale_church.method = Method::kGaleChurch;
  gale_church.drift.coverage_mode = CoverageMode::kOff;
  EXPECT_EQ(PipelineJson(gale_church), CheckVerbJson("--method gale-church --coverage off"));

  PipelineOptions parallel;
  parallel.method = Method::kParallel;
  parallel.input.presegmented = true;
  parallel.drift.coverage_mode = CoverageMode::kLexical;
  EXPECT_EQ(PipelineJson(parallel), CheckVerbJson("--parallel --coverage lexical"));
}

TEST(AlignAndCheckTest, BeadsFileAndNoCheck) {
  PipelineOptions options;
  options.method = Method::kBeadsFile;
  options.beads_path = kCorpus + "gold/000_001.vecalign";
  options.drift.coverage_mode = CoverageMode::kOff;
  EXPECT_EQ(PipelineJson(options), CheckVerbJson("--beads " + options.beads_path + " --coverage off"));

  options.check = false;
  StatusOr<SegmentedPair> pair = ReadPair(options, kSrc, kTgt);
  ASSERT_TRUE(pair.ok());
  StatusOr<report::AlignmentReport> report = AlignAndCheck(options, nullptr, *pair);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->flags.empty());
  EXPECT_EQ(report->params["coverage_checks"], "not run");
  EXPECT_FALSE(report->beads.empty());
}

TEST(ReadPairTest, InputErrorForAMissingFile) {
  PipelineOptions options;
  StatusOr<SegmentedPair> pair = ReadPair(options, kSrc, kCorpus + "none.txt");
  ASSERT_FALSE(pair.ok());
  EXPECT_NE(pair.status().message().find("none.txt"), std::string::npos);
}

// Reading the two sides at once (threads > 1) gives the same pair, the same
// warnings in the same order (source first) and the same first error.
TEST(ReadPairTest, TwoThreadsReadTheSameAsOne) {
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "read_pair_threads";
  std::filesystem::create_directories(dir);
  const std::string bad_src = (dir / "bad.en").string(), bad_tgt = (dir / "bad.fr").string();
  {
    std::ofstream(bad_src) << "One \xff bad byte.\nTwo lines.\n";
    std::ofstream(bad_tgt) << "Un \xfe mauvais octet.\n";
  }
  struct Case {
    std::string src, tgt;
    bool replace_invalid;
  };
  const std::string missing = (dir / "none.txt").string();
  const Case cases[] = {
      {kSrc, kTgt, false},          {bad_src, bad_tgt, true}, {bad_src, bad_tgt, false},
      {missing, bad_tgt, false},    {kSrc, missing, false},   {missing, missing + "2", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.src + " " + c.tgt);
    std::string stderr_of[2], status_of[2];
    std::vector<size_t> sentences_of[2];
    for (int threads : {1, 2}) {
      PipelineOptions options;
      options.threads = threads;
      options.input.replace_invalid = c.replace_invalid;
      ::testing::internal::CaptureStderr();
      StatusOr<SegmentedPair> pair = ReadPair(options, c.src, c.tgt);
      stderr_of[threads - 1] = ::testing::internal::GetCapturedStderr();
      status_of[threads - 1] = pair.ok() ? "ok" : pair.status().message();
      if (pair.ok()) {
        sentences_of[threads - 1] = {pair->src.sentences.size(), pair->tgt.sentences.size()};
        EXPECT_EQ(pair->src_path, c.src);
        EXPECT_EQ(pair->tgt_path, c.tgt);
      }
    }
    EXPECT_EQ(stderr_of[1], stderr_of[0]);
    EXPECT_EQ(status_of[1], status_of[0]);
    EXPECT_EQ(sentences_of[1], sentences_of[0]);
    if (c.replace_invalid) {
      EXPECT_LT(stderr_of[1].find("bad.en"), stderr_of[1].find("bad.fr")) << stderr_of[1];
    }
  }
}

TEST(SegmentTextTest, SameAsReadAndSegmentOfTheFile) {
  InputOptions options;
  StatusOr<SegmentedInput> read = ReadAndSegment(kSrc, "en", options);
  ASSERT_TRUE(read.ok()) << read.status().message();
  StatusOr<SegmentedInput> made = SegmentText("story.en", read->doc.bytes, "en", options);
  ASSERT_TRUE(made.ok()) << made.status().message();
  EXPECT_EQ(made->doc.path, "story.en");
  EXPECT_EQ(made->doc.sha256, read->doc.sha256);
  ASSERT_EQ(made->sentences.size(), read->sentences.size());
  for (size_t i = 0; i < made->sentences.size(); ++i) {
    EXPECT_EQ(report::SentenceToJson(made->sentences[i]), report::SentenceToJson(read->sentences[i])) << i;
  }
}

TEST(SegmentTextTest, ErrorsNameTheTextInReadAndSegmentOrder) {
  InputOptions options;
  struct Case {
    std::string bytes, lang, message;
  };
  const Case cases[] = {
      {"ok.", "en", ""},
      {"bad \xff byte.", "fr", "story: byte offset 4: invalid UTF-8 (byte 0xFF)"},
      {"ok.", "de", "unsupported language 'de'"},
      {"bad \xff byte and bad language.", "de", "unsupported language 'de'"},  // language first
  };
  for (const Case& c : cases) {
    StatusOr<SegmentedInput> in = SegmentText("story", c.bytes, c.lang, options);
    if (c.message.empty()) {
      EXPECT_TRUE(in.ok()) << c.bytes;
      continue;
    }
    ASSERT_FALSE(in.ok()) << c.bytes;
    EXPECT_NE(in.status().message().find(c.message), std::string::npos) << in.status().message();
  }
  options.replace_invalid = true;
  StatusOr<SegmentedInput> repaired = SegmentText("story", "bad \xff byte.", "fr", options);
  ASSERT_TRUE(repaired.ok());
  EXPECT_EQ(repaired->doc.bytes, "bad ? byte.");
  EXPECT_EQ(repaired->doc.replaced_offsets, std::vector<size_t>{4});
}

}  // namespace
}  // namespace driftalign::pipeline
