// Segmentation throughput (bytes/s) per language.
//
// Inputs: the seed stories of corpus/ repeated to the swept size. They are
// typical news text: many abbreviations-free sentences of 20-40 words, figures,
// quotes and guillemets, so every news rule of the segmenter is exercised.
// A line without any punctuation is the easy case (one ICU pass, no rule fires).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "segment/segmenter.h"

namespace {

using driftalign::segment::Segmenter;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Repeat(const std::string& s, size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += s + "\n\n";
  return out;
}

void SegmentStory(benchmark::State& state, const char* lang, const char* file) {
  const std::string story = ReadAll(std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/" + file);
  const std::string text = Repeat(story, static_cast<size_t>(state.range(0)));
  auto seg = Segmenter::Create(lang, {});
  size_t sentences = 0;
  for (auto _ : state) {
    auto out = seg->Segment(text);
    sentences += out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}

void BM_SegmentEnglish(benchmark::State& state) { SegmentStory(state, "en", "000_cade94ca1d686b93.txt"); }
void BM_SegmentFrench(benchmark::State& state) { SegmentStory(state, "fr", "001_b5b62dc4b4f44fa5.txt"); }
BENCHMARK(BM_SegmentEnglish)->RangeMultiplier(8)->Range(4 << 10, 1 << 20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentFrench)->RangeMultiplier(8)->Range(4 << 10, 1 << 20)->Unit(benchmark::kMillisecond);

// Easy case: one long line of words without punctuation.
void BM_SegmentNoPunctuation(benchmark::State& state) {
  std::string text;
  while (text.size() < static_cast<size_t>(state.range(0))) text += "police arrested people in almaty ";
  auto seg = Segmenter::Create("en", {});
  for (auto _ : state) benchmark::DoNotOptimize(seg->Segment(text).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SegmentNoPunctuation)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
