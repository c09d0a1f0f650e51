// Speed of the aligner (search + scores), without the model: synthetic
// documents of n source and about n target sentences with dim-100 vectors
// (blocks from prefix sums, as embed::DocumentVectors computes them).
// Sweeps n = 10k .. 200k to show linear growth; model load and embedding are
// timed end-to-end by scripts/bench_align.sh.
//
// Why the input is realistic-hard: 90% 1-1 beads, the rest 1-2, 2-1, 1-0 and
// 0-1 in random places, so the coarse-to-fine path has to bend everywhere;
// sentences have 5..30 random words, so similarities are noisy.
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "segment/sentence.h"

namespace {

using driftalign::align::Aligner;
using driftalign::align::AlignerOptions;
using driftalign::align::Side;

constexpr int kDim = 100;

struct SyntheticSide {
  std::vector<driftalign::segment::Sentence> sentences;
  std::vector<double> prefix;  // (n + 1) x kDim

  void Add(const std::vector<float>& sum, int chars) {
    const size_t base = prefix.size() - kDim;
    for (int d = 0; d < kDim; ++d) prefix.push_back(prefix[base + d] + sum[d]);
    driftalign::segment::Sentence s;
    s.id = static_cast<int>(sentences.size());
    s.text.assign(static_cast<size_t>(chars), 'a');
    sentences.push_back(std::move(s));
  }
  Side side() const {
    return Side{&sentences, kDim, [this](int b, int e, float* out) {
                  double norm = 0;
                  for (int d = 0; d < kDim; ++d) {
                    const double v = prefix[size_t(e) * kDim + d] - prefix[size_t(b) * kDim + d];
                    norm += v * v;
                  }
                  norm = norm > 0 ? 1.0 / std::sqrt(norm) : 0.0;
                  for (int d = 0; d < kDim; ++d) {
                    out[d] = static_cast<float>((prefix[size_t(e) * kDim + d] - prefix[size_t(b) * kDim + d]) * norm);
                  }
                }};
  }
};

void MakePair(int n, SyntheticSide* src, SyntheticSide* tgt) {
  std::mt19937_64 rng(42);
  std::normal_distribution<float> g(0.0f, 1.0f), noise(0.0f, 0.3f);
  std::uniform_int_distribution<int> words(5, 30);
  std::discrete_distribution<int> shape({90, 3, 3, 2, 2});
  src->prefix.assign(kDim, 0.0);
  tgt->prefix.assign(kDim, 0.0);
  std::vector<float> a(kDim), b(kDim), w(kDim);
  auto sentence = [&](std::vector<float>* src_sum, std::vector<float>* tgt_sum, int* len) {
    *len = words(rng);
    std::fill(src_sum->begin(), src_sum->end(), 0.0f);
    std::fill(tgt_sum->begin(), tgt_sum->end(), 0.0f);
    for (int k = 0; k < *len; ++k) {
      for (int d = 0; d < kDim; ++d) {
        w[d] = g(rng);
        (*src_sum)[d] += w[d];
        (*tgt_sum)[d] += w[d] + noise(rng);
      }
    }
  };
  int len = 0, len2 = 0;
  std::vector<float> a2(kDim), b2(kDim);
  while (static_cast<int>(src->sentences.size()) < n) {
    switch (shape(rng)) {
      case 0: sentence(&a, &b, &len); src->Add(a, len * 6); tgt->Add(b, len * 7); break;
      case 1: sentence(&a, &b, &len); sentence(&a2, &b2, &len2);
              for (int d = 0; d < kDim; ++d) a[d] += a2[d];
              src->Add(a, (len + len2) * 6); tgt->Add(b, len * 7); tgt->Add(b2, len2 * 7); break;
      case 2: sentence(&a, &b, &len); sentence(&a2, &b2, &len2);
              for (int d = 0; d < kDim; ++d) b[d] += b2[d];
              src->Add(a, len * 6); src->Add(a2, len2 * 6); tgt->Add(b, (len + len2) * 7); break;
      case 3: sentence(&a, &b, &len); src->Add(a, len * 6); break;
      default: sentence(&a, &b, &len); tgt->Add(b, len * 7); break;
    }
  }
}

void BM_Align(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  SyntheticSide src, tgt;
  MakePair(n, &src, &tgt);
  const Side s = src.side(), t = tgt.side();
  Aligner aligner((AlignerOptions()));
  for (auto _ : state) {
    std::vector<driftalign::align::Bead> beads = aligner.Align(s, t);
    benchmark::DoNotOptimize(beads.data());
  }
  state.SetItemsProcessed(state.iterations() * (src.sentences.size() + tgt.sentences.size()));
  state.counters["src_sentences"] = static_cast<double>(src.sentences.size());
  state.counters["tgt_sentences"] = static_cast<double>(tgt.sentences.size());
}
BENCHMARK(BM_Align)->Arg(30)->Arg(1000)->Arg(10000)->Arg(25000)->Arg(50000)->Arg(100000)->Arg(200000)
    ->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
