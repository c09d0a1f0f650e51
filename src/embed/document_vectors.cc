#include "embed/document_vectors.h"

#include <cassert>
#include <cmath>

namespace driftalign::embed {

DocumentVectors DocumentVectors::Build(const Model& model, const std::string& lang,
                                       const std::vector<std::string_view>& sentences) {
  DocumentVectors dv;
  dv.model_ = &model;
  dv.lang_ = lang;
  dv.dim_ = model.dim();
  const int n = static_cast<int>(sentences.size());
  RowMatrix sums = RowMatrix::Zero(n, dv.dim_);
  dv.weights_.resize(n);
  for (int i = 0; i < n; ++i) dv.weights_[i] = model.AddSentence(lang, sentences[i], sums.row(i).data());
  dv.Finalize(std::move(sums));
  return dv;
}

DocumentVectors DocumentVectors::FromSums(RowMatrix sums, std::vector<float> weights) {
  assert(static_cast<size_t>(sums.rows()) == weights.size());
  DocumentVectors dv;
  dv.dim_ = static_cast<int>(sums.cols());
  dv.weights_ = std::move(weights);
  dv.Finalize(std::move(sums));
  return dv;
}

void DocumentVectors::Finalize(RowMatrix sums) {
  const int n = static_cast<int>(weights_.size());
  prefix_.setZero(n + 1, dim_);
  prefix_weight_.assign(n + 1, 0.0);
  for (int i = 0; i < n; ++i) {
    prefix_.row(i + 1) = prefix_.row(i) + sums.row(i).cast<double>();
    prefix_weight_[i + 1] = prefix_weight_[i] + weights_[i];
  }
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
