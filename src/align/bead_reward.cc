#include "align/bead_reward.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <functional>

namespace driftalign::align {
namespace {

// The cache rings are powers of two, so that a slot is a mask, not a division.
int PowerOfTwoAtLeast(int n) {
  int p = 1;
  while (p < n) p *= 2;
  return p;
}

}  // namespace

BeadReward::BeadReward(const RewardOptions& options, const std::vector<Shape>& shapes,
                       const Side& src, const Side& tgt, const TextFeatures& src_text,
                       const TextFeatures& tgt_text, std::vector<int> src_bounds,
                       std::vector<int> tgt_bounds, bool fine, int ring)
    : options_(options), shapes_(shapes), src_(src), tgt_(tgt), src_text_(src_text),
      tgt_text_(tgt_text), fine_(fine), dim_(src.dim), ring_(PowerOfTwoAtLeast(std::clamp(ring, 1, kMaxRing))) {
  auto shared = std::make_shared<Shared>();
  shared->src_bounds = std::move(src_bounds);
  shared->tgt_bounds = std::move(tgt_bounds);
  src_bounds_ = &shared->src_bounds;
  tgt_bounds_ = &shared->tgt_bounds;
  for (const Shape& s : shapes_) {
    max_a_ = std::max(max_a_, s.src);
    max_b_ = std::max(max_b_, s.tgt);
  }
  const double src_chars = static_cast<double>(src_text_.Chars(0, src_text_.size()));
  const double tgt_chars = static_cast<double>(tgt_text_.Chars(0, tgt_text_.size()));
  // Clamped: documents of very different content (1 vs 10,000 sentences) must
  // not turn the ratio into nonsense; translations stay within [2/3, 3/2].
  if (options_.length_ratio > 0) {
    length_ratio_ = std::clamp(options_.length_ratio, 2.0 / 3.0, 1.5);
  } else if (src_chars > 0 && tgt_chars > 0) {
    length_ratio_ = std::clamp(tgt_chars / src_chars, 2.0 / 3.0, 1.5);
  }

  // Mean unit sentence vector of each side: x . mean = mean cosine of x with
  // every sentence of that side, the "hubness" the similarity is corrected by.
  std::vector<float> v(dim_);
  auto mean_of = [&](const Side& side, std::vector<float>* mean) {
    mean->assign(dim_, 0.0f);
    const int n = static_cast<int>(side.sentences->size());
    for (int k = 0; k < n; ++k) {
      const float* row = side.sentence_vectors + static_cast<size_t>(k) * dim_;
      if (side.sentence_vectors == nullptr) {
        side.block(k, k + 1, v.data());
        row = v.data();
      }
      for (int d = 0; d < dim_; ++d) (*mean)[d] += row[d];
    }
    if (n > 0) for (float& x : *mean) x /= static_cast<float>(n);
  };
  mean_of(src_, &shared->src_mean);
  mean_of(tgt_, &shared->tgt_mean);
  const std::vector<float>& src_mean = shared->src_mean;
  const std::vector<float>& tgt_mean = shared->tgt_mean;

  // Fine level: each unit's vector, for the parts of a merge (part_weight)
  // and the margin hub (margin_k), with its hub: the dot with the other
  // side's mean, or (margin) the mean cosine of its k nearest units on the
  // other side; a block's margin hub is the mean over its units. The margin
  // is exact, so only for lattices of at most 2^24 unit pairs; larger ones
  // keep the mean-vector hub.
  const int64_t nu = static_cast<int64_t>(src_bounds_->size()) - 1, mu = static_cast<int64_t>(tgt_bounds_->size()) - 1;
  parts_ = fine_ && options_.part_weight != 0.0;
  const bool margin = fine_ && options_.margin_k > 0 && nu > 0 && mu > 0 && nu * mu <= (int64_t{1} << 24);
  if (parts_ || margin) {
    auto units = [&](const Side& side, const std::vector<int>& bounds, const std::vector<float>& own_mean,
                     const std::vector<float>& other_mean, const float** vecs, std::vector<float>* own,
                     std::vector<double>* hub, std::vector<double>* self) {
      const int n = static_cast<int>(bounds.size()) - 1;
      const bool sentences = side.sentence_vectors != nullptr && n == static_cast<int>(side.sentences->size());
      if (sentences) {
        *vecs = side.sentence_vectors;  // n + 1 bounds from 0 to n: unit k is sentence k
      } else {
        own->assign(static_cast<size_t>(n) * dim_, 0.0f);
        for (int k = 0; k < n; ++k) Block(side, bounds, k, k + 1, own->data() + static_cast<size_t>(k) * dim_);
        *vecs = own->data();
      }
      hub->assign(n, 0.0);
      self->assign(n, 0.0);
      for (int k = 0; k < n; ++k) {
        const float* u = *vecs + static_cast<size_t>(k) * dim_;
        (*hub)[k] = Dot(u, other_mean.data());
        (*self)[k] = Dot(u, own_mean.data());
      }
    };
    units(src_, *src_bounds_, src_mean, tgt_mean, &shared->src_units, &shared->src_own_units,
          &shared->src_unit_hub, &shared->src_unit_self);
    units(tgt_, *tgt_bounds_, tgt_mean, src_mean, &shared->tgt_units, &shared->tgt_own_units,
          &shared->tgt_unit_hub, &shared->tgt_unit_self);
  }
  if (margin) {
    using Units = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>;
    const Eigen::MatrixXf sims =
        Units(shared->src_units, nu, dim_) * Units(shared->tgt_units, mu, dim_).transpose();
    auto knn_prefix = [&](bool rows, std::vector<double>* prefix, std::vector<double>* hub) {
      const int64_t n = rows ? nu : mu, m = rows ? mu : nu;
      const int64_t k = std::min<int64_t>(static_cast<int64_t>(options_.margin_k), m);
      prefix->assign(n + 1, 0.0);
      std::vector<float> v(m);
      for (int64_t i = 0; i < n; ++i) {
        for (int64_t j = 0; j < m; ++j) v[j] = rows ? sims(i, j) : sims(j, i);
        std::partial_sort(v.begin(), v.begin() + k, v.end(), std::greater<float>());
        double sum = 0.0;
        for (int64_t t = 0; t < k; ++t) sum += v[t];
        (*prefix)[i + 1] = (*prefix)[i] + sum / static_cast<double>(k);
        (*hub)[i] = (*prefix)[i + 1] - (*prefix)[i];
      }
    };
    knn_prefix(true, &shared->src_knn_prefix, &shared->src_unit_hub);
    knn_prefix(false, &shared->tgt_knn_prefix, &shared->tgt_unit_hub);
    margin_ = true;
  }
  shared_ = std::move(shared);
  // Centered similarity (RewardOptions::center_weight); the margin hub keeps
  // the plain one.
  centered_ = options_.center_weight > 0 && !margin_;
  if (centered_) {
    // n / (n + 1): a side of one sentence must not be centred onto itself
    // (x - 1.1 x would turn it around); long documents get the full weight.
    const double ns = static_cast<double>(src_.sentences->size()), nt = static_cast<double>(tgt_.sentences->size());
    src_center_ = options_.center_weight * ns / (ns + 1.0);
    tgt_center_ = options_.center_weight * nt / (nt + 1.0);
    means_term_ = src_center_ * tgt_center_ * Dot(src_mean.data(), tgt_mean.data());
    src_norm_term_ = 1.0 + src_center_ * src_center_ * Dot(src_mean.data(), src_mean.data());
    tgt_norm_term_ = 1.0 + tgt_center_ * tgt_center_ * Dot(tgt_mean.data(), tgt_mean.data());
  }

  row_blocks_.assign(static_cast<size_t>(max_a_) * dim_, 0.0f);
  row_hub_.assign(max_a_, 0.0);
  row_self_.assign(max_a_, 0.0);
  ring_tag_.assign(ring_, -1);
  ring_blocks_.assign(static_cast<size_t>(ring_) * max_b_ * dim_, 0.0f);
  ring_hub_.assign(static_cast<size_t>(ring_) * max_b_, 0.0);
  ring_self_.assign(static_cast<size_t>(ring_) * max_b_, 0.0);
  if (fine_) {
    row_anchors_.resize(max_a_);
    ring_anchors_.resize(static_cast<size_t>(ring_) * max_b_);
  }
  if (parts_) {
    part_ring_ = PowerOfTwoAtLeast(ring_ + max_b_);
    part_rows_ = PowerOfTwoAtLeast(max_a_);
    tgt_part_.assign(static_cast<size_t>(max_a_) * part_ring_, 0.0);
    tgt_part_tag_.assign(static_cast<size_t>(max_a_) * part_ring_, -1);
    src_part_.assign(static_cast<size_t>(part_rows_) * max_b_ * part_ring_, 0.0);
    src_part_tag_.assign(static_cast<size_t>(part_rows_) * max_b_ * part_ring_, -1);
  }
}

void BeadReward::Block(const Side& side, const std::vector<int>& bounds, int u0, int u1,
                       float* out) const {
  side.block(bounds[u0], bounds[u1], out);
}

double BeadReward::SrcHub(int u0, int u1, const float* x) const {
  if (margin_) return (shared_->src_knn_prefix[u1] - shared_->src_knn_prefix[u0]) / (u1 - u0);
  return Dot(x, shared_->tgt_mean.data());
}

double BeadReward::TgtHub(int u0, int u1, const float* y) const {
  if (margin_) return (shared_->tgt_knn_prefix[u1] - shared_->tgt_knn_prefix[u0]) / (u1 - u0);
  return Dot(y, shared_->src_mean.data());
}

double BeadReward::Sim(double cosine, double x_hub, double y_hub, double x_self, double y_self) const {
  if (!centered_) return cosine - options_.hub_weight * (x_hub + y_hub);
  // Cosine of x - c mean_src and y - c mean_tgt, from dot products only.
  const double num = cosine - tgt_center_ * x_hub - src_center_ * y_hub + means_term_;
  const double x_norm2 = src_norm_term_ - 2.0 * src_center_ * x_self;
  const double y_norm2 = tgt_norm_term_ - 2.0 * tgt_center_ * y_self;
  return num / std::sqrt(std::max(x_norm2, 1e-6) * std::max(y_norm2, 1e-6));
}

double BeadReward::Dot(const float* x, const float* y) const {
  return Eigen::Map<const Eigen::VectorXf>(x, dim_).dot(Eigen::Map<const Eigen::VectorXf>(y, dim_));
}

double BeadReward::Prior(int a, int b) const {
  const int total = a + b;
  if (a == 0 || b == 0) return NullReward(a);
  if (total == 2) return 0.0;
  if (total == 3) return options_.merge3_reward;
  if (total == 4) return (a == 2) ? options_.merge22_reward : options_.merge4_reward;
  return options_.merge4_reward + (total - 4) * options_.merge_extra_reward;
}

double BeadReward::RewardOf(int a, int b, const BeadEvidence& e) const {
  if (a == 0 || b == 0) return NullReward(a);
  // The threshold is charged per sentence (half per side), so that it moves
  // the balance between a bead and null beads only, never between a merge
  // and its split (two 1-1 beads pay it twice, a 2-2 bead twice too).
  double r = Prior(a, b) + options_.sim_weight * (e.sim - options_.sim_threshold * (a + b) / 2.0) +
             options_.length_weight * e.length_logp;
  if (fine_) {
    r += options_.figure_shared_reward * std::min(e.anchors.figures_shared, 3) +
         options_.figure_unmatched_reward * std::min(e.anchors.figures_unmatched, 4) +
         options_.name_shared_reward * std::min(e.anchors.names_shared, 3) +
         options_.name_unmatched_reward * std::min(e.anchors.names_unmatched, 4) +
         options_.paragraph_break_reward * e.paragraph_breaks + options_.meta_reward * e.meta;
    if (e.coverage >= 0) r += options_.coverage_weight * (e.coverage - options_.coverage_threshold);
    if (e.part_sim != BeadEvidence::kNoParts) {
      r += options_.part_weight * std::min(0.0, e.part_sim - options_.part_threshold);
    }
  }
  return r;
}

double BeadReward::SrcPartSim(int k, const float* y, double y_hub, double y_self) const {
  const Shared& d = *shared_;
  const float* u = d.src_units + static_cast<size_t>(k) * dim_;
  return Sim(Dot(u, y), d.src_unit_hub[k], y_hub, d.src_unit_self[k], y_self);
}

double BeadReward::TgtPartSim(int k, const float* x, double x_hub, double x_self) const {
  const Shared& d = *shared_;
  const float* u = d.tgt_units + static_cast<size_t>(k) * dim_;
  return Sim(Dot(x, u), x_hub, d.tgt_unit_hub[k], x_self, d.tgt_unit_self[k]);
}

double BeadReward::PartSim(int i0, int i1, int j0, int j1, const float* x, double x_hub, double x_self,
                           const float* y, double y_hub, double y_self) const {
  // x_hub = x . tgt_mean, y_hub = y . src_mean (the blocks' own hubness).
  double low = BeadEvidence::kNoParts;
  if (!parts_) return low;
  if (i1 - i0 >= 2) {
    for (int k = i0; k < i1; ++k) low = std::min(low, SrcPartSim(k, y, y_hub, y_self));
  }
  if (j1 - j0 >= 2) {
    for (int k = j0; k < j1; ++k) low = std::min(low, TgtPartSim(k, x, x_hub, x_self));
  }
  return low;
}

// PartSim, with each part looked up first: a source unit against the target
// block [j - b, j) recurs in the rows after this one (beads of other shapes
// ending there), a target unit against the source block [i - a, i) in the
// other columns of this row. Same parts in the same order, same minimum.
double BeadReward::CachedPartSim(int i, int j, int a, int b, const float* x, double x_hub, double x_self,
                                 const float* y, double y_hub, double y_self) {
  double low = BeadEvidence::kNoParts;
  if (a >= 2) {
    for (int k = i - a; k < i; ++k) {
      const size_t slot =
          (static_cast<size_t>(k & (part_rows_ - 1)) * max_b_ + (b - 1)) * part_ring_ + (j & (part_ring_ - 1));
      const int64_t key = (static_cast<int64_t>(j) << 32) | k;
      if (src_part_tag_[slot] != key) {
        src_part_tag_[slot] = key;
        src_part_[slot] = SrcPartSim(k, y, y_hub, y_self);
      }
      low = std::min(low, src_part_[slot]);
    }
  }
  if (b >= 2) {
    for (int k = j - b; k < j; ++k) {
      const size_t slot = static_cast<size_t>(a - 1) * part_ring_ + (k & (part_ring_ - 1));
      const int64_t key = (static_cast<int64_t>(i) << 32) | k;
      if (tgt_part_tag_[slot] != key) {
        tgt_part_tag_[slot] = key;
        tgt_part_[slot] = TgtPartSim(k, x, x_hub, x_self);
      }
      low = std::min(low, tgt_part_[slot]);
    }
  }
  return low;
}

// The result is floored at -30; erfc(x) < exp(-x^2) / (x sqrt(pi)), so from
// x = 6 on, log P < -38: far enough below the floor that no rounding of erfc
// or log can reach it, and the floor is returned without computing them (the
// same double as the full formula; a NaN delta fails the test and takes the
// full path, as before).
namespace {
constexpr double kLengthLogPFloor = -30.0;
constexpr double kFloorFromX = 6.0;
}  // namespace

double LengthLogP(double ls, double lt, double ratio, double variance) {
  const double mean = (ratio * ls + lt) / 2.0;
  const double delta = (lt - ratio * ls) / std::sqrt(variance * std::max(mean, 1.0));
  const double x = std::abs(delta) / std::sqrt(2.0);
  if (x >= kFloorFromX) return kLengthLogPFloor;
  const double p = std::erfc(x);
  return std::max(std::log(std::max(p, 1e-300)), kLengthLogPFloor);
}

BeadEvidence BeadReward::Evidence(int i0, int i1, int j0, int j1) const {
  BeadEvidence e;
  std::vector<float> x(dim_), y(dim_);
  Block(src_, *src_bounds_, i0, i1, x.data());
  Block(tgt_, *tgt_bounds_, j0, j1, y.data());
  e.cosine = Dot(x.data(), y.data());
  const double x_hub = SrcHub(i0, i1, x.data()), y_hub = TgtHub(j0, j1, y.data());
  const double x_self = centered_ ? Dot(x.data(), shared_->src_mean.data()) : 0.0;
  const double y_self = centered_ ? Dot(y.data(), shared_->tgt_mean.data()) : 0.0;
  e.sim = Sim(e.cosine, x_hub, y_hub, x_self, y_self);
  const int s0 = (*src_bounds_)[i0], s1 = (*src_bounds_)[i1], t0 = (*tgt_bounds_)[j0], t1 = (*tgt_bounds_)[j1];
  e.length_logp = LengthLogP(static_cast<double>(src_text_.Chars(s0, s1)),
                             static_cast<double>(tgt_text_.Chars(t0, t1)), length_ratio_,
                             options_.length_variance);
  if (fine_) {
    BlockAnchors a, b;
    src_text_.BlockAnchorsOf(s0, s1, &a);
    tgt_text_.BlockAnchorsOf(t0, t1, &b);
    e.anchors = Overlap(a, b);
    e.paragraph_breaks = src_text_.ParagraphBreaks(s0, s1) + tgt_text_.ParagraphBreaks(t0, t1);
    e.meta = src_text_.Meta(s0, s1) + tgt_text_.Meta(t0, t1);
    if (coverage_ != nullptr) e.coverage = coverage_->Coverage(s0, s1, t0, t1);
    e.part_sim = PartSim(i0, i1, j0, j1, x.data(), x_hub, x_self, y.data(), y_hub, y_self);
  }
  return e;
}

double BeadReward::Reward(int i0, int i1, int j0, int j1) const {
  if (i0 == i1 || j0 == j1) return NullReward(i1 - i0);
  return RewardOf(i1 - i0, j1 - j0, Evidence(i0, i1, j0, j1));
}

double BeadReward::UnitSim(int i, int j) const { return Evidence(i, i + 1, j, j + 1).sim; }

size_t BeadReward::CacheBytes() const {
  auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
  return bytes(row_blocks_) + bytes(row_hub_) + bytes(row_self_) + bytes(ring_tag_) + bytes(ring_blocks_) +
         bytes(ring_hub_) + bytes(ring_self_) + bytes(row_anchors_) + bytes(ring_anchors_) + bytes(tgt_part_) +
         bytes(tgt_part_tag_) + bytes(src_part_) + bytes(src_part_tag_);
}

void BeadReward::FillRow(int i) {
  row_ = i;
  for (int a = 1; a <= max_a_ && a <= i; ++a) {
    float* out = row_blocks_.data() + static_cast<size_t>(a - 1) * dim_;
    Block(src_, *src_bounds_, i - a, i, out);
    row_hub_[a - 1] = SrcHub(i - a, i, out);
    if (centered_) row_self_[a - 1] = Dot(out, shared_->src_mean.data());
    if (fine_) src_text_.BlockAnchorsOf((*src_bounds_)[i - a], (*src_bounds_)[i], &row_anchors_[a - 1]);
  }
}

const float* BeadReward::TgtBlock(int j, int b, double* hub, double* self, const BlockAnchors** anchors) {
  const int slot = j & (ring_ - 1);
  float* base = ring_blocks_.data() + static_cast<size_t>(slot) * max_b_ * dim_;
  if (ring_tag_[slot] != j) {
    ring_tag_[slot] = j;
    for (int k = 1; k <= max_b_ && k <= j; ++k) {
      float* out = base + static_cast<size_t>(k - 1) * dim_;
      Block(tgt_, *tgt_bounds_, j - k, j, out);
      ring_hub_[static_cast<size_t>(slot) * max_b_ + (k - 1)] = TgtHub(j - k, j, out);
      if (centered_) ring_self_[static_cast<size_t>(slot) * max_b_ + (k - 1)] = Dot(out, shared_->tgt_mean.data());
      if (fine_) {
        tgt_text_.BlockAnchorsOf((*tgt_bounds_)[j - k], (*tgt_bounds_)[j],
                                 &ring_anchors_[static_cast<size_t>(slot) * max_b_ + (k - 1)]);
      }
    }
  }
  *anchors = fine_ ? &ring_anchors_[static_cast<size_t>(slot) * max_b_ + (b - 1)] : nullptr;
  *hub = ring_hub_[static_cast<size_t>(slot) * max_b_ + (b - 1)];
  *self = ring_self_[static_cast<size_t>(slot) * max_b_ + (b - 1)];
  return base + static_cast<size_t>(b - 1) * dim_;
}

double BeadReward::operator()(int i, int j, int s) {
  const int a = shapes_[s].src, b = shapes_[s].tgt;
  if (a == 0 || b == 0) return NullReward(a);
  if (row_ != i) FillRow(i);
  double tgt_hub = 0.0, tgt_self = 0.0;
  const BlockAnchors* tgt_anchors = nullptr;
  const float* y = TgtBlock(j, b, &tgt_hub, &tgt_self, &tgt_anchors);
  const float* x = row_blocks_.data() + static_cast<size_t>(a - 1) * dim_;
  BeadEvidence e;
  e.cosine = Dot(x, y);
  e.sim = Sim(e.cosine, row_hub_[a - 1], tgt_hub, row_self_[a - 1], tgt_self);
  const int s0 = (*src_bounds_)[i - a], s1 = (*src_bounds_)[i], t0 = (*tgt_bounds_)[j - b], t1 = (*tgt_bounds_)[j];
  e.length_logp = LengthLogP(static_cast<double>(src_text_.Chars(s0, s1)),
                             static_cast<double>(tgt_text_.Chars(t0, t1)), length_ratio_,
                             options_.length_variance);
  if (fine_) {
    e.anchors = Overlap(row_anchors_[a - 1], *tgt_anchors);
    e.paragraph_breaks = src_text_.ParagraphBreaks(s0, s1) + tgt_text_.ParagraphBreaks(t0, t1);
    e.meta = src_text_.Meta(s0, s1) + tgt_text_.Meta(t0, t1);
    if (coverage_ != nullptr) e.coverage = coverage_->Coverage(s0, s1, t0, t1);
    if (parts_ && (a >= 2 || b >= 2)) {
      e.part_sim = CachedPartSim(i, j, a, b, x, row_hub_[a - 1], row_self_[a - 1], y, tgt_hub, tgt_self);
    }
  }
  return RewardOf(a, b, e);
}

}  // namespace driftalign::align
