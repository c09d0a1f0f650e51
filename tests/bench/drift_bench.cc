// Speed of the drift checker against the alignment it follows (issue 6:
// checking must add at most 20% to alignment time on a long document).
//
// Input: the seed story pair corpus/000 (EN) <-> 001 (FR) with its gold beads,
// repeated k times (k = 1 .. 256, up to ~6,600 + 5,900 sentences) as one long
// document. Why it is realistic: real news sentences with many figures, dates,
// quotations and acronyms (the extractor's work per sentence is what a news
// story costs), and null beads and a 2-1 bead in every copy.
//
//  BM_CheckFacts            fact extraction + comparison of every bead (no word vectors)
//  BM_CheckLexicalCoverage  + clause coverage by same words / cognates
//  BM_AlignGaleChurch       the length-only baseline aligner on the same input (reference)
//  (only when a model file is found: pipeline::ModelPath(""), else models/driftalign-enfr-v2.dam)
//  BM_CheckModelCoverage    the checker with word-vector coverage (the default), on
//                           one thread, after the alignment: its CPU cost
//  BM_AlignEmbedding        what `driftalign align --no-check` runs: embedding +
//                           aligner (pipeline::AlignSentences)
//  BM_AlignAndCheck         what `driftalign align` / `check` run: the same, with
//                           the check's sentence-level work on a second thread
//                           meanwhile (pipeline::DriftCheck), then the bead checks
//  BM_Prepare               the sentence-level work of that second thread alone
//  BM_CheckBeads            the bead checks alone (the sentence-level work done)
// BM_News*: the same stages on newstest2009 (../shared, skipped when absent):
// 2,525 real EN/FR sentence pairs of 111 stories, no repetition, so the
// checker's per-document word-vector cache hits only on real repeats.
// Segmentation and model load are outside the timed loops. Align* report wall
// time (UseRealTime: the second thread counts as the time a user waits).
// Reports sentences/s (source + target sentences).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "align/gale_church.h"
#include "drift/checker.h"
#include "drift/coverage.h"
#include "embed/model.h"
#include "pipeline/model_lookup.h"
#include "pipeline/options.h"
#include "pipeline/pipeline.h"
#include "segment/segmenter.h"
#include "text/lang.h"

namespace {

using namespace driftalign;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string FindCorpus(const std::string& prefix) {
  for (const auto& e : std::filesystem::directory_iterator(std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path().string();
  }
  return "";
}

struct Input {
  std::vector<segment::Sentence> src, tgt;
  std::vector<align::Bead> beads;
};

// The seed pair repeated `k` times (texts joined by a blank line).
const Input& MakeInput(int k) {
  static std::map<int, Input> cache;
  auto it = cache.find(k);
  if (it != cache.end()) return it->second;
  std::string en = ReadFile(FindCorpus("000_")), fr = ReadFile(FindCorpus("001_"));
  std::string en_all, fr_all;
  for (int i = 0; i < k; ++i) {
    en_all += en + "\n\n";
    fr_all += fr + "\n\n";
  }
  Input in;
  in.src = segment::Segmenter::Create("en", {}).value().Segment(en_all);
  in.tgt = segment::Segmenter::Create("fr", {}).value().Segment(fr_all);
  // Gold beads of one copy, shifted per copy.
  std::ifstream g(std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/gold/000_001.vecalign");
  std::vector<align::Bead> one;
  std::string line;
  while (std::getline(g, line)) {
    align::Bead b;
    std::vector<int>* side = &b.src;
    std::string num;
    for (char c : line) {
      if (c >= '0' && c <= '9') num += c;
      else {
        if (!num.empty()) { side->push_back(std::stoi(num)); num.clear(); }
        if (c == ':') side = &b.tgt;
      }
    }
    one.push_back(b);
  }
  const int ns = static_cast<int>(in.src.size()) / k, nt = static_cast<int>(in.tgt.size()) / k;
  for (int i = 0; i < k; ++i) {
    for (align::Bead b : one) {
      for (int& id : b.src) id += i * ns;
      for (int& id : b.tgt) id += i * nt;
      in.beads.push_back(b);
    }
  }
  return cache.emplace(k, std::move(in)).first->second;
}

const embed::Model* TheModel() {
  static std::unique_ptr<embed::Model> model = [] {
    std::string path = pipeline::ModelPath("");
    if (path.empty()) path = std::string(DRIFTALIGN_SOURCE_DIR) + "/models/" + embed::kDefaultModelFile;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::unique_ptr<embed::Model>();
    auto m = embed::Model::Load(path);
    return m.ok() ? std::move(m).value() : std::unique_ptr<embed::Model>();
  }();
  return model.get();
}

void SetRate(benchmark::State& state, const Input& in) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(in.src.size() + in.tgt.size()));
  state.counters["sentences"] = static_cast<double>(in.src.size() + in.tgt.size());
}

// The model, or null after marking the benchmark skipped.
const embed::Model* ModelOrSkip(benchmark::State& state) {
  const embed::Model* m = TheModel();
  if (m == nullptr) state.SkipWithError("no model file (set DRIFTALIGN_MODEL)");
  return m;
}

const Input* NewsInput();

// The model and newstest2009, or false after marking the benchmark skipped.
bool NewsAndModelOrSkip(benchmark::State& state, const embed::Model** m, const Input** in) {
  *m = TheModel();
  *in = NewsInput();
  if (*m != nullptr && *in != nullptr) return true;
  state.SkipWithError("needs a model file and ../shared/data/dev/newstest-fr-en");
  return false;
}

void BM_CheckFacts(benchmark::State& state) {
  const Input& in = MakeInput(static_cast<int>(state.range(0)));
  drift::Checker checker = drift::Checker::Create({}).value();
  for (auto _ : state) benchmark::DoNotOptimize(checker.Check(in.src, in.tgt, in.beads));
  SetRate(state, in);
}
BENCHMARK(BM_CheckFacts)->RangeMultiplier(4)->Range(1, 256)->Unit(benchmark::kMillisecond);

void BM_CheckLexicalCoverage(benchmark::State& state) {
  const Input& in = MakeInput(static_cast<int>(state.range(0)));
  drift::Checker checker = drift::Checker::Create({}).value();
  drift::CoverageScorer lexical(0, drift::WordVectorFn(), {});
  checker.SetCoverageScorer(&lexical);
  for (auto _ : state) benchmark::DoNotOptimize(checker.Check(in.src, in.tgt, in.beads));
  SetRate(state, in);
}
BENCHMARK(BM_CheckLexicalCoverage)->RangeMultiplier(4)->Range(1, 256)->Unit(benchmark::kMillisecond);

void BM_AlignGaleChurch(benchmark::State& state) {
  const Input& in = MakeInput(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(align::GaleChurchAlign(in.src, in.tgt, {}));
  SetRate(state, in);
}
BENCHMARK(BM_AlignGaleChurch)->RangeMultiplier(4)->Range(1, 256)->Unit(benchmark::kMillisecond);

// The seed pair copies or newstest through the CLI's own steps: alignment
// only, or alignment with the drift check started alongside (the default of
// `driftalign align` with a json output and of `driftalign check`).
std::vector<align::Bead> AlignCli(const embed::Model& m, const Input& in) {
  return pipeline::AlignSentences(m, align::AlignerOptions{}, "en", in.src, "fr", in.tgt).value();
}

std::vector<std::vector<drift::Flag>> AlignAndCheckCli(const embed::Model& m, const Input& in) {
  static const pipeline::DriftOptions drift_options;
  std::unique_ptr<pipeline::DriftCheck> check =
      pipeline::DriftCheck::Start(drift_options, "en", "fr", &m, in.src, in.tgt, /*second_thread=*/true).value();
  report::AlignmentReport report;
  report.beads = AlignCli(m, in);
  if (!check->Finish(&report).ok()) std::abort();
  return report.flags;
}

void BM_AlignEmbedding(benchmark::State& state) {
  const embed::Model* m = ModelOrSkip(state);
  if (m == nullptr) return;
  const Input& in = MakeInput(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(AlignCli(*m, in));
  SetRate(state, in);
}
BENCHMARK(BM_AlignEmbedding)->RangeMultiplier(4)->Range(1, 256)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_AlignAndCheck(benchmark::State& state) {
  const embed::Model* m = ModelOrSkip(state);
  if (m == nullptr) return;
  const Input& in = MakeInput(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(AlignAndCheckCli(*m, in));
  SetRate(state, in);
}
BENCHMARK(BM_AlignAndCheck)->RangeMultiplier(4)->Range(1, 256)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CheckModelCoverage(benchmark::State& state) {
  const embed::Model* m = ModelOrSkip(state);
  if (m == nullptr) return;
  const Input& in = MakeInput(static_cast<int>(state.range(0)));
  drift::Checker checker = drift::Checker::Create({}).value();
  drift::CoverageScorer cov(m->dim(), [m](drift::Lang l, std::string_view w, float* out) {
    m->WordVector(text::LangCode(l), w, out);
  }, {});
  checker.SetCoverageScorer(&cov);
  for (auto _ : state) benchmark::DoNotOptimize(checker.Check(in.src, in.tgt, in.beads));
  SetRate(state, in);
}
BENCHMARK(BM_CheckModelCoverage)->RangeMultiplier(4)->Range(1, 256)->Unit(benchmark::kMillisecond);

// The part of BM_AlignAndCheck left after the alignment: the bead checks,
// with the sentence-level work (Prepare, all word vectors looked up) done
// outside the timed loop. Check only reads `prepared` here (the vectors are
// in its cache already), so every iteration does the same work.
void CheckBeads(benchmark::State& state, const embed::Model* m, const Input& in) {
  drift::Checker checker = drift::Checker::Create({}).value();
  drift::CoverageScorer cov(m->dim(), pipeline::ModelWordVectors(m), {});
  checker.SetCoverageScorer(&cov);
  drift::PreparedPair prepared = checker.Prepare(in.src, in.tgt, /*load_vectors=*/true);
  for (auto _ : state) benchmark::DoNotOptimize(checker.Check(in.src, in.tgt, in.beads, &prepared));
  SetRate(state, in);
}

// The sentence-level work BM_AlignAndCheck runs on its second thread.
void PrepareAll(benchmark::State& state, const embed::Model* m, const Input& in) {
  drift::Checker checker = drift::Checker::Create({}).value();
  drift::CoverageScorer cov(m->dim(), pipeline::ModelWordVectors(m), {});
  checker.SetCoverageScorer(&cov);
  for (auto _ : state) benchmark::DoNotOptimize(checker.Prepare(in.src, in.tgt, /*load_vectors=*/true));
  SetRate(state, in);
}

void BM_Prepare(benchmark::State& state) {
  const embed::Model* m = ModelOrSkip(state);
  if (m == nullptr) return;
  PrepareAll(state, m, MakeInput(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_Prepare)->RangeMultiplier(4)->Range(1, 256)->Unit(benchmark::kMillisecond);

void BM_CheckBeads(benchmark::State& state) {
  const embed::Model* m = ModelOrSkip(state);
  if (m == nullptr) return;
  CheckBeads(state, m, MakeInput(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_CheckBeads)->RangeMultiplier(4)->Range(1, 256)->Unit(benchmark::kMillisecond);

// newstest2009 as one long document, one sentence per segment, 1-1 beads.
const Input* NewsInput() {
  static std::unique_ptr<Input> in = [] {
    const std::string dir = std::string(DRIFTALIGN_SHARED_DATA) + "/dev/newstest-fr-en/";
    auto read = [](const std::string& path, std::vector<segment::Sentence>* out) {
      std::ifstream f(path);
      std::string line;
      size_t offset = 0;
      while (std::getline(f, line)) {
        size_t a = line.find("<seg id="), b = line.find("</seg>");
        if (a == std::string::npos || b == std::string::npos) continue;
        a = line.find('>', a) + 1;
        segment::Sentence s;
        s.id = static_cast<int>(out->size());
        s.text = line.substr(a, b - a);
        s.begin = offset;
        s.end = offset + s.text.size();
        offset = s.end + 1;
        out->push_back(std::move(s));
      }
    };
    auto input = std::make_unique<Input>();
    read(dir + "newstest2009-src.en.sgm", &input->src);
    read(dir + "newstest2009-src.fr.sgm", &input->tgt);
    if (input->src.empty() || input->src.size() != input->tgt.size()) return std::unique_ptr<Input>();
    for (size_t i = 0; i < input->src.size(); ++i) {
      align::Bead b;
      b.src = {static_cast<int>(i)};
      b.tgt = {static_cast<int>(i)};
      input->beads.push_back(b);
    }
    return input;
  }();
  return in.get();
}

void BM_NewsAlignEmbedding(benchmark::State& state) {
  const embed::Model* m = nullptr;
  const Input* in = nullptr;
  if (!NewsAndModelOrSkip(state, &m, &in)) return;
  for (auto _ : state) benchmark::DoNotOptimize(AlignCli(*m, *in));
  SetRate(state, *in);
}
BENCHMARK(BM_NewsAlignEmbedding)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_NewsAlignAndCheck(benchmark::State& state) {
  const embed::Model* m = nullptr;
  const Input* in = nullptr;
  if (!NewsAndModelOrSkip(state, &m, &in)) return;
  for (auto _ : state) benchmark::DoNotOptimize(AlignAndCheckCli(*m, *in));
  SetRate(state, *in);
}
BENCHMARK(BM_NewsAlignAndCheck)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_NewsCheckFacts(benchmark::State& state) {
  const Input* in = NewsInput();
  if (in == nullptr) {
    state.SkipWithError("needs ../shared/data/dev/newstest-fr-en");
    return;
  }
  drift::Checker checker = drift::Checker::Create({}).value();
  for (auto _ : state) benchmark::DoNotOptimize(checker.Check(in->src, in->tgt, in->beads));
  SetRate(state, *in);
}
BENCHMARK(BM_NewsCheckFacts)->Unit(benchmark::kMillisecond);

void BM_NewsCheckModelCoverage(benchmark::State& state) {
  const embed::Model* m = nullptr;
  const Input* in = nullptr;
  if (!NewsAndModelOrSkip(state, &m, &in)) return;
  drift::Checker checker = drift::Checker::Create({}).value();
  drift::CoverageScorer cov(m->dim(), [m](drift::Lang l, std::string_view w, float* out) {
    m->WordVector(text::LangCode(l), w, out);
  }, {});
  checker.SetCoverageScorer(&cov);
  for (auto _ : state) benchmark::DoNotOptimize(checker.Check(in->src, in->tgt, in->beads));
  SetRate(state, *in);
}
BENCHMARK(BM_NewsCheckModelCoverage)->Unit(benchmark::kMillisecond);

void BM_NewsPrepare(benchmark::State& state) {
  const embed::Model* m = nullptr;
  const Input* in = nullptr;
  if (!NewsAndModelOrSkip(state, &m, &in)) return;
  PrepareAll(state, m, *in);
}
BENCHMARK(BM_NewsPrepare)->Unit(benchmark::kMillisecond);

void BM_NewsCheckBeads(benchmark::State& state) {
  const embed::Model* m = nullptr;
  const Input* in = nullptr;
  if (!NewsAndModelOrSkip(state, &m, &in)) return;
  CheckBeads(state, m, *in);
}
BENCHMARK(BM_NewsCheckBeads)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
