// Coverage evidence of a bead: how much of each side's words find a
// translation among the other side's words. For every word w of the source
// block, its best cosine with any word of the target block; the source
// recall is the weighted mean of these best cosines (weights: the model's
// SIF weights, so "the" counts little), the target recall likewise, and the
// coverage their harmonic mean (as BERTScore does with contextual vectors;
// here with bilingual word vectors). A sentence glued to a bead without its
// translation adds words nobody covers, so the coverage drops where a mean
// block vector barely moves: this is what punishes needless merges.
//
//   CoverageTable table(src_words, tgt_words);
//   double f = table.Coverage(3, 5, 4, 5);   // source 3..4 vs target 4
//
// Best cosines are computed per pair of sentences (one small matrix product)
// on first use and cached, so a search in a band touches O(n * band) pairs.
#ifndef DRIFTALIGN_ALIGN_WORD_COVERAGE_H_
#define DRIFTALIGN_ALIGN_WORD_COVERAGE_H_

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace driftalign::align {

// The word vectors of every sentence of one side, sentence after sentence.
struct SentenceWords {
  int dim = 0;
  std::vector<float> vectors;    // one unit-length row of dim floats per word
  std::vector<float> weights;    // one weight per word (>= 0)
  std::vector<int64_t> offsets;  // size n + 1: words of sentence i are rows [offsets[i], offsets[i+1])

  int size() const { return offsets.empty() ? 0 : static_cast<int>(offsets.size()) - 1; }
  // Appends a sentence of `words` rows (vectors: words x dim).
  void AddSentence(const std::vector<float>& vectors, const std::vector<float>& weights);
};

class CoverageTable {
 public:
  CoverageTable(const SentenceWords& src, const SentenceWords& tgt) : src_(src), tgt_(tgt) {}

  // Coverage in [0, 1] (0 when a side has no word) of source sentences
  // [i0, i1) against target sentences [j0, j1).
  double Coverage(int i0, int i1, int j0, int j1);

  size_t cached_pairs() const { return cache_.size(); }

 private:
  struct PairBest {
    std::vector<float> src_best;  // per word of source sentence i: best cosine in target sentence j
    std::vector<float> tgt_best;  // per word of target sentence j: best cosine in source sentence i
  };
  const PairBest& Pair(int i, int j);

  const SentenceWords& src_;
  const SentenceWords& tgt_;
  std::unordered_map<int64_t, PairBest> cache_;
  std::vector<float> src_acc_, tgt_acc_;
};

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_WORD_COVERAGE_H_
