// The thread count of one pair changes nothing in the output: a generated
// document of a few thousand sentences per side is embedded and aligned, with
// the drift check, on 1, 2 and 4 threads and the JSON reports compared byte
// for byte (skipped without the shipped model). No timing here: speed is
// measured by scripts/bench_align.py.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "drift/checker.h"
#include "drift/coverage.h"
#include "embed/document_vectors.h"
#include "pipeline/model_lookup.h"
#include "pipeline/pipeline.h"
#include "report/json_writer.h"

namespace driftalign::pipeline {
namespace {

const std::string kCorpus = std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/";
const std::string kModel = std::string(DRIFTALIGN_SOURCE_DIR) + "/models/" + embed::kDefaultModelFile;

// The sentences of a corpus story, as the segmenter cuts them.
std::vector<std::string> StorySentences(const std::string& file, const std::string& lang) {
  StatusOr<SegmentedInput> in = ReadAndSegment(kCorpus + file, lang, InputOptions());
  EXPECT_TRUE(in.ok()) << file;
  std::vector<std::string> out;
  if (in.ok()) {
    for (const segment::Sentence& s : in->sentences) out.push_back(s.text);
  }
  return out;
}

// A long presegmented pair: the seed pair's sentences `copies` times, each
// copy numbered so no two lines are equal; every 37th French line is dropped
// and every 53rd merged with the next, so the path leaves the diagonal.
std::pair<std::string, std::string> LongPair(int copies) {
  const std::vector<std::string> en = StorySentences("000_cade94ca1d686b93.txt", "en");
  const std::vector<std::string> fr = StorySentences("001_b5b62dc4b4f44fa5.txt", "fr");
  std::string en_text, fr_text;
  std::vector<std::string> fr_lines;
  for (int c = 0; c < copies; ++c) {
    for (const std::string& s : en) en_text += s + " (" + std::to_string(c) + ")\n";
    for (const std::string& s : fr) fr_lines.push_back(s + " (" + std::to_string(c) + ")");
  }
  for (size_t k = 0; k < fr_lines.size(); ++k) {
    if (k % 37 == 36) continue;
    if (k % 53 == 52 && k + 1 < fr_lines.size()) {
      fr_text += fr_lines[k] + " " + fr_lines[k + 1] + "\n";
      ++k;
      continue;
    }
    fr_text += fr_lines[k] + "\n";
  }
  return {en_text, fr_text};
}

class ThreadsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kModel)) GTEST_SKIP() << "no model file " << kModel;
    StatusOr<std::unique_ptr<embed::Model>> model = embed::Model::Load(kModel);
    ASSERT_TRUE(model.ok()) << model.status().message();
    model_ = std::move(model).value();
  }
  std::unique_ptr<embed::Model> model_;
};

TEST_F(ThreadsTest, SameJsonReportForOneTwoAndFourThreads) {
  const auto [en, fr] = LongPair(120);
  PipelineOptions options;
  options.input.presegmented = true;
  options.model_path = kModel;
  StatusOr<SegmentedInput> src = SegmentText("long.en", en, "en", options.input);
  StatusOr<SegmentedInput> tgt = SegmentText("long.fr", fr, "fr", options.input);
  ASSERT_TRUE(src.ok() && tgt.ok());
  ASSERT_GT(src->sentences.size(), 2000u);
  ASSERT_GT(tgt->sentences.size(), 2000u);
  SegmentedPair pair{"long.en", "long.fr", std::move(src).value(), std::move(tgt).value()};

  std::vector<std::string> reports;
  for (int threads : {1, 2, 4}) {
    options.threads = threads;
    StatusOr<report::AlignmentReport> report = AlignAndCheck(options, model_.get(), pair);
    ASSERT_TRUE(report.ok()) << report.status().message();
    EXPECT_GT(report->beads.size(), 1900u);
    reports.push_back(report::AlignmentToJson(*report).dump());
  }
  EXPECT_EQ(reports[0], reports[1]) << "2 threads differ from 1";
  EXPECT_EQ(reports[0], reports[2]) << "4 threads differ from 1";
}

TEST_F(ThreadsTest, DocumentVectorsBitIdenticalForAnyThreadCount) {
  const std::vector<std::string> fr = StorySentences("001_b5b62dc4b4f44fa5.txt", "fr");
  std::vector<std::string> lines;
  for (int c = 0; c < 200; ++c) {
    for (const std::string& s : fr) lines.push_back(s + " " + std::to_string(c * 7919 % 1000));
  }
  const std::vector<std::string_view> views(lines.begin(), lines.end());
  const embed::DocumentVectors one = embed::DocumentVectors::Build(*model_, "fr", views, 1);
  const int n = one.size();
  std::vector<float> a(one.dim()), b(one.dim());
  for (int threads : {2, 3, 4}) {
    const embed::DocumentVectors many = embed::DocumentVectors::Build(*model_, "fr", views, threads);
    ASSERT_EQ(many.size(), n);
    EXPECT_EQ(std::memcmp(one.weights().data(), many.weights().data(), n * sizeof(float)), 0) << threads;
    EXPECT_EQ(std::memcmp(one.Sentences().data(), many.Sentences().data(),
                          sizeof(float) * one.Sentences().size()), 0) << threads;
    // Blocks come from the prefix sums: check long and short ones across chunk edges.
    for (const auto& [begin, end] : {std::pair{0, n}, std::pair{n / 2 - 1, n / 2 + 2}, std::pair{17, n - 5}}) {
      one.Block(begin, end, a.data());
      many.Block(begin, end, b.data());
      EXPECT_EQ(std::memcmp(a.data(), b.data(), sizeof(float) * a.size()), 0) << threads << " " << begin;
    }
  }
}

// Checker::Prepare reads the words and facts of a long document in chunks of
// sentences on several threads, each chunk with a word cache of its own that
// is merged into one: every sentence's facts, content words and word keys
// (the key numbers too) are those of one thread.
TEST_F(ThreadsTest, PreparedPairSameForAnyThreadCount) {
  const auto [en, fr] = LongPair(40);
  InputOptions input;
  input.presegmented = true;
  StatusOr<SegmentedInput> src = SegmentText("long.en", en, "en", input);
  StatusOr<SegmentedInput> tgt = SegmentText("long.fr", fr, "fr", input);
  ASSERT_TRUE(src.ok() && tgt.ok());
  ASSERT_GT(src->sentences.size() + tgt->sentences.size(), 4u * 256);  // enough for 4 chunks
  drift::CheckerOptions options;
  options.src_lang = drift::Lang::kEn;
  options.tgt_lang = drift::Lang::kFr;
  StatusOr<drift::Checker> checker = drift::Checker::Create(options);
  ASSERT_TRUE(checker.ok());
  drift::CoverageScorer scorer(model_->dim(), ModelWordVectors(model_.get()), {});
  checker->SetCoverageScorer(&scorer);
  const drift::PreparedPair one = checker->Prepare(src->sentences, tgt->sentences, true, 1);
  for (int threads : {2, 3, 4}) {
    const drift::PreparedPair many = checker->Prepare(src->sentences, tgt->sentences, true, threads);
    ASSERT_EQ(many.cache.key_count(), one.cache.key_count()) << threads;
    for (size_t id = 0; id < one.cache.key_count(); ++id) {
      ASSERT_EQ(many.cache.KeyText(static_cast<int>(id)), one.cache.KeyText(static_cast<int>(id))) << threads;
    }
    for (int k = 0; k < 2; ++k) {
      EXPECT_EQ(many.lower[k], one.lower[k]) << threads;
      ASSERT_EQ(many.words[k].size(), one.words[k].size());
      ASSERT_EQ(many.facts[k].size(), one.facts[k].size());
      for (size_t i = 0; i < one.words[k].size(); ++i) {
        const drift::ContentWords& a = one.words[k][i];
        const drift::ContentWords& b = many.words[k][i];
        EXPECT_TRUE(a.word == b.word && a.prefix == b.prefix && a.begin == b.begin && a.end == b.end &&
                    a.clause == b.clause && a.clauses == b.clauses && a.exact_only == b.exact_only)
            << "side " << k << " sentence " << i << ", " << threads << " threads";
        ASSERT_EQ(many.facts[k][i].size(), one.facts[k][i].size()) << "side " << k << " sentence " << i;
        for (size_t f = 0; f < one.facts[k][i].size(); ++f) {
          const drift::Fact& x = one.facts[k][i][f];
          const drift::Fact& y = many.facts[k][i][f];
          EXPECT_TRUE(x.kind == y.kind && x.begin == y.begin && x.end == y.end && x.value == y.value &&
                      x.key == y.key && x.digits == y.digits)
              << "side " << k << " sentence " << i << " fact " << f;
        }
      }
    }
  }
}

}  // namespace
}  // namespace driftalign::pipeline
