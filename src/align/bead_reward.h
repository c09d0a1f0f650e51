// The reward of a bead (see aligner.h for the model), with the block vectors
// the DP asks for cached: the source blocks ending at the current row, the
// target blocks ending at the columns of a ring as wide as the band.
//
// A BeadReward works at one level of the coarse-to-fine search: a "unit" is
// one sentence at the finest level and 2^k consecutive sentences above it;
// src_bounds[u] is the first sentence of unit u (src_bounds.back() == n).
#ifndef DRIFTALIGN_ALIGN_BEAD_REWARD_H_
#define DRIFTALIGN_ALIGN_BEAD_REWARD_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "align/aligner.h"
#include "align/band_dp.h"
#include "align/text_features.h"
#include "align/word_coverage.h"

namespace driftalign::align {

// What the reward of a non-null bead is made of (for tests and calibration).
// log P(delta) of Gale & Church (1993), floored at -30: delta = (lt - c ls) /
// sqrt(s2 max((c ls + lt) / 2, 1)), P = 2 (1 - Phi(|delta|)) = erfc(|delta| / sqrt 2);
// ls, lt: characters of the two sides, c: `ratio`, s2: `variance`.
double LengthLogP(double ls, double lt, double ratio, double variance);

struct BeadEvidence {
  double cosine = 0.0;      // cosine of the two block vectors
  double sim = 0.0;         // normalised similarity: centered cosine (or cosine minus the hubs)
  double length_logp = 0.0; // log P(length difference), Gale & Church
  AnchorOverlap anchors;
  int paragraph_breaks = 0;
  int meta = 0;             // meta sentences in the bead
  double coverage = -1.0;   // word coverage in [0, 1]; -1 when not computed
  // Lowest normalised similarity of one sentence of a multi-sentence side with
  // the whole other block (RewardOptions::part_weight); kNoParts when the
  // bead has one sentence per side or the term is off.
  static constexpr double kNoParts = 1e9;
  double part_sim = kNoParts;
};

// Copies are cheap (the per-document tables are shared, read only) and give
// the same rewards: BandDpParallel uses one copy per thread.
class BeadReward {
 public:
  // `fine` enables figures, names and paragraphs (units are sentences).
  // `ring`: the widest band row + 1, the columns whose target blocks the
  // cache keeps (so that the next row finds them); at most kMaxRing are kept.
  // A wider band (one short side against a very long one) recomputes the
  // blocks it does not find: the same rewards, and caches whose size does not
  // grow with the band.
  BeadReward(const RewardOptions& options, const std::vector<Shape>& shapes, const Side& src,
             const Side& tgt, const TextFeatures& src_text, const TextFeatures& tgt_text,
             std::vector<int> src_bounds, std::vector<int> tgt_bounds, bool fine, int ring);

  // The reward of the bead of shape shapes[s] ending at node (i, j) (units).
  double operator()(int i, int j, int s);

  // Uncached: evidence and reward of the bead of units [i0, i1) x [j0, j1).
  BeadEvidence Evidence(int i0, int i1, int j0, int j1) const;
  double Reward(int i0, int i1, int j0, int j1) const;
  double RewardOf(int a, int b, const BeadEvidence& e) const;

  // Adds the coverage evidence (fine level only); `table` must outlive this.
  // A copy keeps the table; give each copy used on its own thread its own.
  void SetCoverage(CoverageTable* table) { coverage_ = table; }

  // Normalised similarity of single units i and j (for null-bead calibration).
  double UnitSim(int i, int j) const;

  // Most columns the cache of target blocks keeps (the `ring` of the constructor).
  static constexpr int kMaxRing = 4096;
  // Bytes held by the caches of operator() (for tests: bounded by kMaxRing,
  // whatever the band width).
  size_t CacheBytes() const;

 private:
  // What every copy of an evaluator reads and nobody changes after the
  // constructor: copies (one per thread of BandDpParallel) share it.
  struct Shared {
    std::vector<int> src_bounds, tgt_bounds;
    std::vector<float> src_mean, tgt_mean;  // mean sentence vector of each side
    // Margin hub (RewardOptions::margin_k): prefix sums of each unit's mean
    // cosine with its k nearest units on the other side.
    std::vector<double> src_knn_prefix, tgt_knn_prefix;
    // Fine level with part_weight or margin_k: each unit's vector (n x dim
    // per side: the side's sentence_vectors when a unit is a sentence, else
    // the *_own_units), its hub and its dot with its own side's mean.
    const float* src_units = nullptr;
    const float* tgt_units = nullptr;
    std::vector<float> src_own_units, tgt_own_units;
    std::vector<double> src_unit_hub, tgt_unit_hub;
    std::vector<double> src_unit_self, tgt_unit_self;
  };

  // Reward of a null bead with `a` source sentences (a > 0: 1-0, else 0-1).
  double NullReward(int a) const {
    return options_.null_reward + (a > 0 ? options_.null_src_offset : options_.null_tgt_offset);
  }
  double Prior(int a, int b) const;
  void Block(const Side& side, const std::vector<int>& bounds, int u0, int u1, float* out) const;
  double Dot(const float* x, const float* y) const;
  // Hubness of the block of units [u0, u1) with vector x (y): its dot with the
  // other side's mean vector, or with margin_k its mean k-nearest cosine.
  double SrcHub(int u0, int u1, const float* x) const;
  double TgtHub(int u0, int u1, const float* y) const;
  // Normalised similarity of blocks x and y from their cosine, their hubs
  // (x . tgt mean, y . src mean) and their dots with their own side's mean
  // (RewardOptions::center_weight, hub_weight).
  double Sim(double cosine, double x_hub, double y_hub, double x_self, double y_self) const;
  // Similarity of source unit k with target block y / of source block x
  // with target unit k (the parts of PartSim).
  double SrcPartSim(int k, const float* y, double y_hub, double y_self) const;
  double TgtPartSim(int k, const float* x, double x_hub, double x_self) const;
  double PartSim(int s0, int s1, int t0, int t1, const float* x, double x_hub, double x_self,
                 const float* y, double y_hub, double y_self) const;
  // PartSim of the bead of a x b units ending at (i, j), through the caches
  // of the current row (operator()).
  double CachedPartSim(int i, int j, int a, int b, const float* x, double x_hub, double x_self,
                       const float* y, double y_hub, double y_self);
  void FillRow(int i);
  // Target block [j - b, j) from the ring, with its hub, its dot with the
  // target mean and (fine level) its anchors.
  const float* TgtBlock(int j, int b, double* hub, double* self, const BlockAnchors** anchors);

  const RewardOptions& options_;
  const std::vector<Shape>& shapes_;
  const Side& src_;
  const Side& tgt_;
  const TextFeatures& src_text_;
  const TextFeatures& tgt_text_;
  std::shared_ptr<const Shared> shared_;
  const std::vector<int>* src_bounds_ = nullptr;  // &shared_->src_bounds
  const std::vector<int>* tgt_bounds_ = nullptr;
  bool fine_;
  int dim_;
  int max_a_ = 0, max_b_ = 0;
  double length_ratio_ = 1.0;      // target chars per source char in the whole documents
  bool centered_ = false;          // center_weight > 0 (and no margin hub)
  double src_center_ = 0.0, tgt_center_ = 0.0;  // cs, ct: center_weight * n / (n + 1) per side
  double means_term_ = 0.0;        // cs * ct * (mean_src . mean_tgt)
  double src_norm_term_ = 0.0;     // 1 + cs^2 |mean_src|^2
  double tgt_norm_term_ = 0.0;     // 1 + ct^2 |mean_tgt|^2
  bool margin_ = false;            // the margin hub is on (src_knn_prefix filled)
  bool parts_ = false;             // part_weight on at the fine level (units filled)

  // Caches of operator() (each copy has its own).
  int row_ = -1;                   // row whose source blocks are in row_blocks_
  std::vector<float> row_blocks_;  // max_a_ x dim: blocks [i - a, i), a = 1..max_a_
  std::vector<double> row_hub_;    // their dot with tgt_mean_
  std::vector<double> row_self_;   // their dot with src_mean_ (centered_ only)
  int ring_;                       // a power of two, >= the constructor's `ring`
  std::vector<int> ring_tag_;      // column held by each ring slot (-1: none)
  std::vector<float> ring_blocks_; // ring x max_b_ x dim
  std::vector<double> ring_hub_;   // ring x max_b_
  std::vector<double> ring_self_;  // ring x max_b_, dot with tgt_mean_ (centered_ only)
  std::vector<BlockAnchors> row_anchors_;   // fine level: anchors of the row's blocks
  std::vector<BlockAnchors> ring_anchors_;  // fine level: ring x max_b_, anchors of the ring's blocks
  // TgtPartSim(k, block [i - a, i)) of row i, slot (a - 1, k mod
  // part_ring_), tagged with (i, k); SrcPartSim(k, block [j - b, j)), slot
  // (k mod part_rows_, b - 1, j mod part_ring_), tagged with (k, j). Both
  // sizes are powers of two (part_rows_ >= max_a_, part_ring_ >= ring_ + max_b_).
  int part_ring_ = 0, part_rows_ = 0;
  std::vector<double> tgt_part_;
  std::vector<int64_t> tgt_part_tag_;
  std::vector<double> src_part_;
  std::vector<int64_t> src_part_tag_;
  CoverageTable* coverage_ = nullptr;
};

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_BEAD_REWARD_H_
