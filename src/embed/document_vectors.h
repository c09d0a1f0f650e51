// Sentence and block vectors of one document, for the aligner.
//
// Each sentence is tokenised and embedded once: its row in the sums matrix is
// the SIF-weighted sum of its word vectors, sum_w a/(a + p(w)) v(w), and its
// weight the sum of those weights (Arora et al. 2017, "A simple but
// tough-to-beat baseline for sentence embeddings"). A block of consecutive
// sentences [begin, end) is embedded as if it were one text: from prefix sums
//   v = (S[end] - S[begin]) / (W[end] - W[begin]),
// then the model's post-processing (mean removal, common-component removal,
// optional language map; see Model::Finish) and unit normalisation, so a
// block costs O(dim) whatever its length.
//
//   auto doc = DocumentVectors::Build(*model, "fr", sentences);
//   std::vector<float> v(doc.dim());
//   doc.Block(2, 4, v.data());          // sentences 2 and 3 as one text
//   const RowMatrix& s = doc.Sentences();  // n x dim, unit rows
#ifndef DRIFTALIGN_EMBED_DOCUMENT_VECTORS_H_
#define DRIFTALIGN_EMBED_DOCUMENT_VECTORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "embed/model.h"

namespace driftalign::embed {

class DocumentVectors {
 public:
  // Tokenises and embeds each sentence once (SIF-weighted sum of word vectors)
  // and keeps prefix sums. `lang` is "en" or "fr". The model must outlive the
  // result (its mean, components and map are read by Block). The sentences are
  // embedded in contiguous chunks on up to `threads` threads (0: one per core;
  // default 1); the prefix sums are added in sentence order afterwards, so the
  // result is bit-identical for any thread count.
  static DocumentVectors Build(const Model& model, const std::string& lang,
                               const std::vector<std::string_view>& sentences, int threads = 1);
  // For tests without a model: row i = the (already weighted) word-vector sum
  // of sentence i, weight[i] = its total weight. No post-processing.
  static DocumentVectors FromSums(RowMatrix sums, std::vector<float> weights);

  int size() const { return static_cast<int>(weights_.size()); }
  int dim() const { return dim_; }

  // Unit-norm vector of the block of sentences [begin, end) embedded as one
  // text (common component removed), computed from prefix sums in O(dim).
  // Writes dim() floats to `out`: zeros if the block is empty or has no known
  // word. Requires 0 <= begin <= end <= size().
  void Block(int begin, int end, float* out) const;
  // n x dim, row i = Block(i, i+1).
  const RowMatrix& Sentences() const { return sentences_; }
  // Raw weighted sums (n x dim) and weights, as given to FromSums.
  const std::vector<float>& weights() const { return weights_; }

 private:
  DocumentVectors() = default;
  void StartPrefix(int n);                     // prefix row 0 = 0, weights 0
  void AppendPrefix(int i, const float* sum);  // prefix row i+1 from row i, sum and weights_[i]
  void ComputeSentences(int threads);          // sentences_ = Block(i, i+1) for all i

  const Model* model_ = nullptr;
  std::string lang_;
  int dim_ = 0;
  std::vector<float> weights_;
  // (n+1) x dim prefix sums in double, so long documents keep precision.
  Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> prefix_;
  std::vector<double> prefix_weight_;
  RowMatrix sentences_;
};

}  // namespace driftalign::embed

#endif  // DRIFTALIGN_EMBED_DOCUMENT_VECTORS_H_
