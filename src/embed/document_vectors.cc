#include "embed/document_vectors.h"

#include <cassert>
#include <algorithm>
#include <cmath>

namespace driftalign::embed {

DocumentVectors DocumentVectors::Build(const Model& model, const std::string& lang,
                                       const std::vector<std::string_view>& sentences) {
  DocumentVectors dv;
  dv.model_ = &model;
  dv.lang_ = lang;
  dv.dim_ = model.dim();
  const int n = static_cast<int>(sentences.size());
  dv.weights_.resize(n);
  dv.StartPrefix(n);
  // Each sentence sum goes straight into the prefix sums: no n x dim temporary.
  std::vector<float> sum(dv.dim_);
  for (int i = 0; i < n; ++i) {
    std::fill(sum.begin(), sum.end(), 0.0f);
    dv.weights_[i] = model.AddSentence(lang, sentences[i], sum.data());
    dv.AppendPrefix(i, sum.data());
  }
  dv.ComputeSentences();
  return dv;
}

DocumentVectors DocumentVectors::FromSums(RowMatrix sums, std::vector<float> weights) {
  assert(static_cast<size_t>(sums.rows()) == weights.size());
  DocumentVectors dv;
  dv.dim_ = static_cast<int>(sums.cols());
  dv.weights_ = std::move(weights);
  dv.StartPrefix(dv.size());
  for (int i = 0; i < dv.size(); ++i) dv.AppendPrefix(i, sums.row(i).data());
  dv.ComputeSentences();
  return dv;
}

void DocumentVectors::StartPrefix(int n) {
  prefix_.resize(n + 1, dim_);
  prefix_.row(0).setZero();
  prefix_weight_.assign(n + 1, 0.0);
}

void DocumentVectors::AppendPrefix(int i, const float* sum) {
  prefix_.row(i + 1) = prefix_.row(i) + Eigen::Map<const Eigen::RowVectorXf>(sum, dim_).cast<double>();
  prefix_weight_[i + 1] = prefix_weight_[i] + weights_[i];
}

void DocumentVectors::ComputeSentences() {
  const int n = size();
  sentences_.resize(n, dim_);
  for (int i = 0; i < n; ++i) Block(i, i + 1, sentences_.row(i).data());
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
