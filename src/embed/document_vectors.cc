#include "embed/document_vectors.h"

#include <cassert>
#include <algorithm>
#include <cmath>

#include "text/huge_pages.h"
#include "text/parallel.h"

namespace driftalign::embed {

namespace {

// Fewer sentences than this per thread are not worth a thread's start and its
// tokenizers (ICU iterators are created once per thread).
constexpr int kMinSentencesPerThread = 512;

}  // namespace

DocumentVectors DocumentVectors::Build(const Model& model, const std::string& lang,
                                       const std::vector<std::string_view>& sentences, int threads) {
  DocumentVectors dv;
  dv.model_ = &model;
  dv.lang_ = lang;
  dv.dim_ = model.dim();
  const int n = static_cast<int>(sentences.size());
  dv.weights_.resize(n);
  dv.StartPrefix(n);
  // Each sentence's float sum is stored (exactly, as double) in prefix row
  // i+1, then the rows are accumulated in order: the same additions as one
  // sentence at a time, and no n x dim temporary.
  text::ParallelChunks(n, text::ResolveThreads(threads), [&dv, &model, &lang, &sentences](int begin, int end) {
    std::vector<float> sum(dv.dim_);
    for (int i = begin; i < end; ++i) {
      std::fill(sum.begin(), sum.end(), 0.0f);
      dv.weights_[i] = model.AddSentence(lang, sentences[i], sum.data());
      dv.prefix_.row(i + 1) = Eigen::Map<const Eigen::RowVectorXf>(sum.data(), dv.dim_).cast<double>();
    }
  }, kMinSentencesPerThread);
  for (int i = 0; i < n; ++i) {
    dv.prefix_.row(i + 1) += dv.prefix_.row(i);
    dv.prefix_weight_[i + 1] = dv.prefix_weight_[i] + dv.weights_[i];
  }
  dv.ComputeSentences(threads);
  return dv;
}

DocumentVectors DocumentVectors::FromSums(RowMatrix sums, std::vector<float> weights) {
  assert(static_cast<size_t>(sums.rows()) == weights.size());
  DocumentVectors dv;
  dv.dim_ = static_cast<int>(sums.cols());
  dv.weights_ = std::move(weights);
  dv.StartPrefix(dv.size());
  for (int i = 0; i < dv.size(); ++i) dv.AppendPrefix(i, sums.row(i).data());
  dv.ComputeSentences(1);
  return dv;
}

void DocumentVectors::StartPrefix(int n) {
  prefix_.resize(n + 1, dim_);
  text::AdviseHugePages(prefix_.data(), static_cast<size_t>(prefix_.size()) * sizeof(double));
  prefix_.row(0).setZero();
  prefix_weight_.assign(n + 1, 0.0);
}

void DocumentVectors::AppendPrefix(int i, const float* sum) {
  prefix_.row(i + 1) = prefix_.row(i) + Eigen::Map<const Eigen::RowVectorXf>(sum, dim_).cast<double>();
  prefix_weight_[i + 1] = prefix_weight_[i] + weights_[i];
}

void DocumentVectors::ComputeSentences(int threads) {
  const int n = size();
  sentences_.resize(n, dim_);
  text::AdviseHugePages(sentences_.data(), static_cast<size_t>(sentences_.size()) * sizeof(float));
  text::ParallelChunks(n, text::ResolveThreads(threads), [this](int begin, int end) {
    for (int i = begin; i < end; ++i) Block(i, i + 1, sentences_.row(i).data());
  }, kMinSentencesPerThread);
}

void DocumentVectors::Block(int begin, int end, float* out) const {
  assert(0 <= begin && begin <= end && end <= size());
  Eigen::Map<Eigen::VectorXf> v(out, dim_);
  const double w = prefix_weight_[end] - prefix_weight_[begin];
  if (end <= begin || !(w > 0.0)) {
    v.setZero();
    return;
  }
  v = ((prefix_.row(end) - prefix_.row(begin)) / w).transpose().cast<float>();
  if (model_ != nullptr) model_->Finish(lang_, out);
  const float norm = v.norm();
  if (norm > 0.0f && std::isfinite(norm)) {
    v /= norm;
  } else {
    v.setZero();
  }
}

}  // namespace driftalign::embed
