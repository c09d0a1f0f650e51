// The sentence aligner: groups the sentences of a source and a target text
// into monotone beads (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, ... and the null beads
// 1-0 and 0-1) so that every sentence is in exactly one bead.
//
// The reward of a bead (what the search adds up) is built from
//  - the cosine of the block vectors of its two sides after each document's
//    mean sentence vector is subtracted (what the whole story shares is no
//    evidence, so generic sentences do not win everywhere; comparable across
//    documents);
//  - a length term (Gale & Church 1993: difference of character lengths
//    relative to the document's own length ratio);
//  - shared figures and names (weighted; a shared number alone cannot make a
//    bead) and paragraph breaks inside a block (soft anchor);
//  - a prior per shape. Each bead earns its reward on its own, so merging two
//    good 1-1 beads into a 2-2 loses one reward: a merge must pay for itself,
//    and a sentence without counterpart gets a null bead at a fixed cost.
// Search (band_dp.h): exact when the lattice has at most
// SearchOptions::exact_max_nodes nodes; otherwise coarse-to-fine: the
// documents are downsampled by 2 until small, aligned exactly there, and each
// finer level searches only a band around the path of the level above
// (memory O(n * band), time linear). The rewards of a band are computed on
// SearchOptions::threads threads, tiles of rows ahead of the DP's sweep
// (BandDpParallel); the beads and scores do not depend on the thread count.
//
// The knobs of the search, the reward and the calibration are in
// aligner_options.h.
//
//   AlignerOptions options;                 // defaults tuned on the dev sets
//   Side src{&en_sentences, model_dim, [&](int b, int e, float* out) { en_vecs.Block(b, e, out); }};
//   Side tgt{...};
//   std::vector<Bead> beads = Aligner(options).Align(src, tgt);
#ifndef DRIFTALIGN_ALIGN_ALIGNER_H_
#define DRIFTALIGN_ALIGN_ALIGNER_H_

#include <functional>
#include <vector>

#include "align/aligner_options.h"
#include "align/bead.h"
#include "align/word_coverage.h"
#include "segment/sentence.h"

namespace driftalign::align {

// Writes the unit-norm vector of sentences [begin, end) taken as one text into
// out[0, dim) (all zeros for an empty range). Must be O(dim) (prefix sums),
// and safe to call from several threads at once (SearchOptions::threads).
using BlockFn = std::function<void(int begin, int end, float* out)>;

// One side of the alignment: its sentences and their block vectors.
struct Side {
  const std::vector<segment::Sentence>* sentences = nullptr;
  int dim = 0;
  BlockFn block;
  // Word vectors of the sentences, for the coverage evidence (word_coverage.h);
  // null = no coverage evidence.
  const SentenceWords* words = nullptr;
  // Optional: the vectors of the single sentences, n rows of dim floats, row
  // k equal to what block(k, k + 1) writes (embed::DocumentVectors::
  // Sentences); null = the aligner computes them once with block.
  const float* sentence_vectors = nullptr;
};

class TextFeatures;

class Aligner {
 public:
  explicit Aligner(AlignerOptions options) : options_(options) {}

  // Aligns src with tgt. Deterministic: same sides, same beads and scores.
  // Each sentence of both sides is in exactly one bead; beads are in order.
  std::vector<Bead> Align(const Side& src, const Side& tgt) const;

  // The search only, without scores (for tests): `force_banded` uses the
  // coarse-to-fine path even for small documents.
  // `effective` (may be null) receives the options the last search used
  // (sim_threshold adapted to the document).
  std::vector<Bead> Search(const Side& src, const Side& tgt, bool force_banded, double* total,
                           AlignerOptions* effective = nullptr) const;

  const AlignerOptions& options() const { return options_; }

 private:
  bool UseCoverage(const Side& src, const Side& tgt) const;
  // Search, with the text features of both sides given.
  std::vector<Bead> SearchWith(const Side& src, const Side& tgt, const TextFeatures& src_text,
                               const TextFeatures& tgt_text, bool force_banded, double* total,
                               AlignerOptions* effective) const;

  AlignerOptions options_;
};

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_ALIGNER_H_
