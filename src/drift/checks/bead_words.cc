#include "drift/checks/bead_words.h"

#include <algorithm>

#include "drift/coverage.h"

namespace driftalign::drift {

BeadWords::BeadWords(BeadView* view, int dim) : dim_(dim) {
  for (int k = 0; k < 2; ++k) {
    for (int id : *view->side[k].ids) parts[k].push_back(&view->prepared->words[k][static_cast<size_t>(id)]);
  }
  Restack();
}

BeadWords::~BeadWords() {
  for (auto& side : parts)
    for (ContentWords* w : side) CoverageScorer::DropVectors(w);
}

void BeadWords::Restack() {
  for (int k = 0; k < 2; ++k) {
    if (parts[k].size() > 1) stack_[k] = Stack(parts[k], dim_);
  }
}

ContentWords Stack(const std::vector<ContentWords*>& parts, int dim) {
  ContentWords all;
  size_t n = 0;
  bool vectors = true;
  for (const ContentWords* p : parts) {
    n += p->word.size();
    vectors &= p->has_vectors;
  }
  all.has_vectors = vectors;
  if (vectors) all.vecs.resize(static_cast<Eigen::Index>(n), dim);
  size_t r = 0;
  for (const ContentWords* part : parts) {
    const ContentWords& p = *part;
    for (size_t i = 0; i < p.word.size(); ++i, ++r) {
      if (vectors) all.vecs.row(static_cast<Eigen::Index>(r)) = p.vecs.row(static_cast<Eigen::Index>(i));
      all.word.push_back(p.word[i]);
      all.prefix.push_back(p.prefix[i]);
      all.exact_only.push_back(p.exact_only[i]);
      all.begin.push_back(p.begin[i]);
      all.end.push_back(p.end[i]);
      all.clause.push_back(p.clause[i]);
    }
  }
  return all;
}

ContentWords Subset(const ContentWords& w, size_t b, size_t e) {
  ContentWords out;
  std::vector<Eigen::Index> rows;
  for (size_t i = 0; i < w.word.size(); ++i) {
    if (w.begin[i] >= b && w.end[i] <= e) rows.push_back(static_cast<Eigen::Index>(i));
  }
  out.has_vectors = w.has_vectors;
  if (w.has_vectors) out.vecs.resize(static_cast<Eigen::Index>(rows.size()), w.vecs.cols());
  for (size_t k = 0; k < rows.size(); ++k) {
    if (w.has_vectors) out.vecs.row(static_cast<Eigen::Index>(k)) = w.vecs.row(rows[k]);
    out.word.push_back(w.word[rows[k]]);
    out.prefix.push_back(w.prefix[rows[k]]);
    out.exact_only.push_back(w.exact_only[rows[k]]);
    out.begin.push_back(w.begin[rows[k]]);
    out.end.push_back(w.end[rows[k]]);
    out.clause.push_back(0);
  }
  return out;
}

double Share(const std::vector<bool>& covered) {
  if (covered.empty()) return 1.0;
  return static_cast<double>(std::count(covered.begin(), covered.end(), true)) / covered.size();
}

}  // namespace driftalign::drift
