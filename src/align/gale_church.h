// BASELINE ONLY: the length-based aligner of Gale & Church (1993), "A program
// for aligning sentences in bilingual corpora", Computational Linguistics
// 19(1). Our own implementation, kept to measure what the embedding aligner
// gains (scripts/eval_align.py prints both). It looks only at character
// lengths: shapes 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 with the paper's priors
// (.89, .0099, .089, .011), c = 1 and s^2 = 6.8.
//
//   std::vector<Bead> beads = GaleChurchAlign(src_sentences, tgt_sentences, {});
#ifndef DRIFTALIGN_ALIGN_GALE_CHURCH_H_
#define DRIFTALIGN_ALIGN_GALE_CHURCH_H_

#include <cstdint>
#include <vector>

#include "align/bead.h"
#include "segment/sentence.h"

namespace driftalign::align {

struct GaleChurchOptions {
  // Lattices larger than this ((n+1)*(m+1) nodes) are searched in a band
  // around the diagonal instead of exactly. Default 2^24.
  int64_t exact_max_nodes = int64_t{1} << 24;
  // Half-width of that diagonal band, in sentences. Default 400.
  int band_radius = 400;
};

// Aligns by character length only. Bead scores are the posterior-free
// P(length difference) of the paper, in [0, 1] (1 for a perfect length match).
std::vector<Bead> GaleChurchAlign(const std::vector<segment::Sentence>& src,
                                  const std::vector<segment::Sentence>& tgt,
                                  const GaleChurchOptions& options);

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_GALE_CHURCH_H_
