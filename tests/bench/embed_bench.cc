// Speed of the embedding stage with the shipped model (models/driftalign-enfr-v2.dam):
//  - BM_ModelLoad: mmap + header/section checks + self-tests (a fresh Model each time;
//    the file is in the page cache after the first iteration, as in a real run);
//  - BM_ModelLoadVerified: the same plus the payload checksum;
//  - BM_Tokenize: the ICU tokenizer alone;
//  - BM_EmbedSentences: DocumentVectors::Build (tokenise, look up, SIF sum, prefix
//    sums, per-sentence post-processing) over n news sentences, reported as
//    sentences/s and bytes/s; model load is outside the timed loop;
//    (the out-of-vocabulary subword cache is warm after the first pass);
//  - BM_EmbedSentencesCold: the same with a cold cache (fresh Model per iteration);
//  - BM_Block: one block vector from prefix sums (O(dim), independent of length).
// Input: the English and French sentences of the WMT newstest dev sets from
// ../shared (real news: names, figures, OOV words hit the subword path); without
// ../shared, the sample stories in corpus/ (much smaller, repeated).
// Why it is hard enough: news sentences average ~25 words with ~3% of them out
// of the vocabulary, each OOV word costs ~20 subword bucket rows.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "embed/document_vectors.h"
#include "embed/model.h"
#include "embed/tokenizer.h"

namespace {

using driftalign::embed::DocumentVectors;
using driftalign::embed::Model;

std::string ModelPath() { return std::string(DRIFTALIGN_SOURCE_DIR) + "/models/" + driftalign::embed::kDefaultModelFile; }

const std::vector<std::string>& Sentences(const std::string& lang) {
  static std::vector<std::string> cache[2];
  std::vector<std::string>& out = cache[lang == "fr"];
  if (!out.empty()) return out;
  const std::string dir = std::string(DRIFTALIGN_SHARED_DATA) + "/dev/newstest-fr-en/";
  const char* sets[] = {"newstest2009", "newstest2010", "newstest2011", "newstest2012"};
  const std::regex seg("<seg id=\"?[0-9]+\"?>(.*)</seg>");
  for (const char* s : sets) {
    std::ifstream in(dir + s + "-src." + lang + ".sgm");
    std::string line;
    std::smatch m;
    while (std::getline(in, line)) {
      if (std::regex_search(line, m, seg)) out.push_back(m[1]);
    }
  }
  if (out.empty()) {  // no ../shared: the committed sample stories, one line = one text
    for (const auto& e : std::filesystem::directory_iterator(std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus")) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path());
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty()) out.push_back(line);
      }
    }
  }
  return out;
}

const Model* SharedModel() {
  static std::unique_ptr<Model> model = [] {
    auto m = Model::Load(ModelPath());
    return m.ok() ? std::move(m).value() : nullptr;
  }();
  return model.get();
}

void BM_ModelLoad(benchmark::State& state) {
  if (!SharedModel()) {
    state.SkipWithError("no model in models/");
    return;
  }
  for (auto _ : state) {
    auto m = Model::Load(ModelPath());
    benchmark::DoNotOptimize(m.ok());
  }
}
BENCHMARK(BM_ModelLoad)->Unit(benchmark::kMillisecond);

// The same load with the payload checksum (XXH3 over every byte of the mapped
// file) verified, as every verb does since issue 20: the difference with
// BM_ModelLoad is the cost of the check at start-up.
void BM_ModelLoadVerified(benchmark::State& state) {
  if (!SharedModel()) {
    state.SkipWithError("no model in models/");
    return;
  }
  driftalign::embed::LoadOptions options;
  options.verify_checksum = true;
  for (auto _ : state) {
    auto m = Model::Load(ModelPath(), options);
    benchmark::DoNotOptimize(m.ok());
  }
}
BENCHMARK(BM_ModelLoadVerified)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const auto& s = Sentences("en");
  auto tok = driftalign::embed::Tokenizer::Create("en");
  std::vector<std::string> out;
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    out.clear();
    tok->Tokenize(s[i], &out);
    bytes += s[i].size();
    i = (i + 1) % s.size();
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Tokenize);

void BM_EmbedSentences(benchmark::State& state, const char* lang) {
  const Model* model = SharedModel();
  if (!model) {
    state.SkipWithError("no model in models/");
    return;
  }
  const auto& all = Sentences(lang);
  const size_t n = static_cast<size_t>(state.range(0));
  std::vector<std::string_view> doc;
  size_t bytes = 0;
  for (size_t i = 0; i < n; ++i) {
    doc.push_back(all[i % all.size()]);
    bytes += doc.back().size();
  }
  DocumentVectors::Build(*model, lang, doc);  // warm up: pages, tokenizer
  for (auto _ : state) {
    DocumentVectors dv = DocumentVectors::Build(*model, lang, doc);
    benchmark::DoNotOptimize(dv.Sentences().data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
}
BENCHMARK_CAPTURE(BM_EmbedSentences, en, "en")->Arg(30)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_EmbedSentences, fr, "fr")->Arg(30)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// As above but with a cold out-of-vocabulary cache: a fresh Model (load not
// timed) for every iteration, like a process that embeds one document.
void BM_EmbedSentencesCold(benchmark::State& state, const char* lang) {
  if (!SharedModel()) {
    state.SkipWithError("no model in models/");
    return;
  }
  const auto& all = Sentences(lang);
  const size_t n = static_cast<size_t>(state.range(0));
  std::vector<std::string_view> doc;
  for (size_t i = 0; i < n; ++i) doc.push_back(all[i % all.size()]);
  for (auto _ : state) {
    state.PauseTiming();
    auto model = Model::Load(ModelPath());
    state.ResumeTiming();
    DocumentVectors dv = DocumentVectors::Build(**model, lang, doc);
    benchmark::DoNotOptimize(dv.Sentences().data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
}
BENCHMARK_CAPTURE(BM_EmbedSentencesCold, en, "en")->Arg(30)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_EmbedSentencesCold, fr, "fr")->Arg(30)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_Block(benchmark::State& state) {
  const Model* model = SharedModel();
  if (!model) {
    state.SkipWithError("no model in models/");
    return;
  }
  const auto& all = Sentences("en");
  std::vector<std::string_view> doc(all.begin(), all.begin() + std::min<size_t>(all.size(), 1000));
  DocumentVectors dv = DocumentVectors::Build(*model, "en", doc);
  std::vector<float> out(dv.dim());
  int i = 0;
  for (auto _ : state) {
    dv.Block(i, i + 3, out.data());
    benchmark::DoNotOptimize(out.data());
    i = (i + 1) % (dv.size() - 3);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Block);

}  // namespace

BENCHMARK_MAIN();
