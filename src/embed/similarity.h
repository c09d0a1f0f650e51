// Similarity matrices between two sets of unit sentence vectors, for retrieval
// and for aligners that want a hubness-corrected score.
//
//   RowMatrix s = CosineMatrix(en.Sentences(), fr.Sentences());   // n x m
//   RowMatrix c = CslsMatrix(en.Sentences(), fr.Sentences(), 4);
//
// CSLS (Conneau et al. 2018, "Word translation without parallel data"):
//   csls(x, y) = 2 cos(x, y) - r_T(x) - r_S(y),
// r_T(x) = mean cosine of x to its k nearest rows of `b`, r_S(y) likewise in `a`.
// It lowers the score of "hub" vectors that are close to everything.
#ifndef DRIFTALIGN_EMBED_SIMILARITY_H_
#define DRIFTALIGN_EMBED_SIMILARITY_H_

#include "embed/model.h"

namespace driftalign::embed {

// a (n x d) times b (m x d) transposed: one matrix product.
RowMatrix CosineMatrix(const RowMatrix& a, const RowMatrix& b);

// CSLS scores with neighbourhood size k (clamped to the number of rows).
RowMatrix CslsMatrix(const RowMatrix& a, const RowMatrix& b, int k = 4);

// Mean of the k largest values of each row of `s` (k clamped to the row length).
Eigen::VectorXf TopKMean(const RowMatrix& s, int k);

}  // namespace driftalign::embed

#endif  // DRIFTALIGN_EMBED_SIMILARITY_H_
