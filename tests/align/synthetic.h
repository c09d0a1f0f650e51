// Synthetic bilingual documents for the aligner tests: no model, just random
// "word" vectors. A source sentence is a bag of random words; its translation
// is the same words (each vector slightly perturbed, as a bilingual space
// would give) plus a little noise. Block vectors come from prefix sums of the
// word-vector sums, as embed::DocumentVectors computes them.
#ifndef DRIFTALIGN_TESTS_ALIGN_SYNTHETIC_H_
#define DRIFTALIGN_TESTS_ALIGN_SYNTHETIC_H_

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "segment/sentence.h"

namespace driftalign::align::testing {

// Word-vector sums of one side, with prefix sums for O(dim) blocks.
class SyntheticSide {
 public:
  explicit SyntheticSide(int dim) : dim_(dim), prefix_(1, std::vector<double>(dim, 0.0)) {}

  // Appends a sentence whose word-vector sum is `sum` and text is `text`;
  // `words` (optional) are its word vectors, for the coverage evidence.
  void Add(const std::vector<double>& sum, const std::string& text,
           const std::vector<std::vector<double>>& words = {}) {
    std::vector<float> flat, weights;
    for (const auto& w : words) {
      double norm = 0.0;
      for (double x : w) norm += x * x;
      norm = norm > 0 ? 1.0 / std::sqrt(norm) : 0.0;
      for (double x : w) flat.push_back(static_cast<float>(x * norm));
      weights.push_back(1.0f);
    }
    words_.dim = dim_;
    words_.AddSentence(flat, weights);
    std::vector<double> next = prefix_.back();
    for (int d = 0; d < dim_; ++d) next[d] += sum[d];
    prefix_.push_back(std::move(next));
    segment::Sentence s;
    s.id = static_cast<int>(sentences_.size());
    s.text = text;
    sentences_.push_back(s);
  }

  Side side() const {
    return Side{&sentences_, dim_, [this](int b, int e, float* out) { Block(b, e, out); }, &words_};
  }
  void Block(int b, int e, float* out) const {
    double norm = 0.0;
    for (int d = 0; d < dim_; ++d) {
      const double v = prefix_[e][d] - prefix_[b][d];
      norm += v * v;
    }
    norm = std::sqrt(norm);
    for (int d = 0; d < dim_; ++d) {
      out[d] = norm > 0 ? static_cast<float>((prefix_[e][d] - prefix_[b][d]) / norm) : 0.0f;
    }
  }
  int size() const { return static_cast<int>(sentences_.size()); }
  std::vector<segment::Sentence>& sentences() { return sentences_; }

 private:
  int dim_;
  std::vector<std::vector<double>> prefix_;
  std::vector<segment::Sentence> sentences_;
  SentenceWords words_;
};

// Generates parallel documents from a list of gold beads.
class SyntheticPair {
 public:
  SyntheticPair(int dim, uint64_t seed) : dim_(dim), rng_(seed), src_(dim), tgt_(dim) {}

  // A random source sentence of `words` words: returns its word vectors.
  std::vector<std::vector<double>> Words(int words) {
    std::normal_distribution<double> g(0.0, 1.0);
    std::vector<std::vector<double>> out(words, std::vector<double>(dim_));
    for (auto& w : out) for (double& x : w) x = g(rng_);
    return out;
  }
  // Translation of words: each vector perturbed by noise of relative size `noise`.
  std::vector<double> Translate(const std::vector<std::vector<double>>& words, double noise) {
    std::normal_distribution<double> g(0.0, noise);
    std::vector<double> sum(dim_, 0.0);
    for (const auto& w : words) for (int d = 0; d < dim_; ++d) sum[d] += w[d] + g(rng_);
    return sum;
  }
  // Each word vector perturbed by noise of relative size `noise`.
  std::vector<std::vector<double>> TranslateWords(const std::vector<std::vector<double>>& words, double noise) {
    std::normal_distribution<double> g(0.0, noise);
    std::vector<std::vector<double>> out = words;
    for (auto& w : out) for (double& x : w) x += g(rng_);
    return out;
  }
  static std::vector<double> Sum(const std::vector<std::vector<double>>& words, int dim) {
    std::vector<double> sum(dim, 0.0);
    for (const auto& w : words) for (int d = 0; d < dim; ++d) sum[d] += w[d];
    return sum;
  }
  // Text of `words` characters-ish (the length term sees it), word count = length / 6.
  static std::string Text(int words) { return std::string(static_cast<size_t>(words) * 6, 'a'); }

  // Adds a bead of shape a-b: each source sentence and each target sentence
  // is a random share of the bead's words (so halves do not match alone).
  void AddBead(int a, int b, int words_per_sentence = 12, double noise = 0.3) {
    std::uniform_int_distribution<int> len(words_per_sentence / 2, words_per_sentence * 3 / 2);
    const int total = a * len(rng_) + (a == 0 ? b * len(rng_) : 0);
    auto words = Words(std::max(total, 1));
    if (a > 0) {
      // Source sentences: consecutive slices of the words.
      for (int k = 0; k < a; ++k) {
        const size_t lo = words.size() * k / a, hi = words.size() * (k + 1) / a;
        std::vector<std::vector<double>> part(words.begin() + lo, words.begin() + hi);
        src_.Add(Sum(part, dim_), Text(static_cast<int>(part.size())), part);
      }
    }
    if (b > 0) {
      // Target sentences: other slices of the same words, translated.
      for (int k = 0; k < b; ++k) {
        const size_t lo = words.size() * k / b, hi = words.size() * (k + 1) / b;
        std::vector<std::vector<double>> part(words.begin() + lo, words.begin() + hi);
        std::vector<std::vector<double>> translated = a > 0 ? TranslateWords(part, noise)
                                                            : Words(static_cast<int>(part.size()));
        tgt_.Add(Sum(translated, dim_), Text(static_cast<int>(part.size()) * 11 / 10), translated);
      }
    }
    gold_.push_back(MakeBead(src_.size() - a, src_.size(), tgt_.size() - b, tgt_.size()));
  }

  SyntheticSide& src() { return src_; }
  SyntheticSide& tgt() { return tgt_; }
  const std::vector<Bead>& gold() const { return gold_; }
  std::mt19937_64& rng() { return rng_; }

 private:
  int dim_;
  std::mt19937_64 rng_;
  SyntheticSide src_, tgt_;
  std::vector<Bead> gold_;
};

}  // namespace driftalign::align::testing

#endif  // DRIFTALIGN_TESTS_ALIGN_SYNTHETIC_H_
