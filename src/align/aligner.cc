#include "align/aligner.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <memory>
#include <string>
#include <thread>

#include "align/band_dp.h"
#include "align/bead_reward.h"
#include "align/text_features.h"
#include "text/parallel.h"

namespace driftalign::align {
namespace {

// Shapes searched at the coarse levels, where a unit is 2^k sentences.
const std::vector<Shape>& CoarseShapes() {
  static const std::vector<Shape> shapes = {{1, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 0}, {0, 1}};
  return shapes;
}

// Fewer beads than this per thread are scored on one thread.
constexpr int kMinBeadsPerThread = 4096;

int64_t Nodes(int n, int m) { return (static_cast<int64_t>(n) + 1) * (static_cast<int64_t>(m) + 1); }

// Unit boundaries of a side of n sentences at factor f: 0, f, 2f, ..., n.
std::vector<int> Bounds(int n, int f) {
  std::vector<int> b;
  for (int64_t u = 0; u * f < n; ++u) b.push_back(static_cast<int>(u * f));
  b.push_back(n);
  return b;
}

int MaxWidth(const Band& band) {
  int w = 1;
  for (size_t i = 0; i < band.lo.size(); ++i) w = std::max(w, band.hi[i] - band.lo[i] + 1);
  return w;
}

// The band (n x m units) around the path of `beads` of the level above, whose
// units are `scale` of these (the last may be fewer); scale 1 = same level.
Band BandAround(const std::vector<Bead>& coarse, int n, int m, int radius, int scale) {
  Band band;
  band.lo.assign(n + 1, m);
  band.hi.assign(n + 1, 0);
  int ci = 0, cj = 0;
  auto fine = [scale](int c, int limit) { return std::min(scale * c, limit); };
  auto cover = [&](int i0, int i1, int j0, int j1) {
    for (int i = i0; i <= i1; ++i) {
      band.lo[i] = std::min(band.lo[i], j0);
      band.hi[i] = std::max(band.hi[i], j1);
    }
  };
  cover(0, 0, 0, 0);
  for (const Bead& b : coarse) {
    const int ni = ci + static_cast<int>(b.src.size()), nj = cj + static_cast<int>(b.tgt.size());
    cover(fine(ci, n), fine(ni, n), fine(cj, m), fine(nj, m));
    ci = ni;
    cj = nj;
  }
  for (int i = 0; i <= n; ++i) {
    band.lo[i] = std::max(0, band.lo[i] - radius);
    band.hi[i] = std::min(m, band.hi[i] + radius);
  }
  for (int i = n - 1; i >= 0; --i) band.lo[i] = std::min(band.lo[i], band.lo[i + 1]);
  for (int i = 1; i <= n; ++i) band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
  band.lo[0] = 0;
  band.hi[n] = m;
  assert(band.Valid(n, m));
  return band;
}

double Sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

// `side`, with its sentence vectors: its own, or computed here into *storage
// (contiguous chunks of sentences on up to `threads` threads).
Side WithSentenceVectors(const Side& side, int threads, std::vector<float>* storage) {
  if (side.sentence_vectors != nullptr) return side;
  const int n = static_cast<int>(side.sentences->size());
  storage->resize(static_cast<size_t>(n) * side.dim);
  text::ParallelChunks(n, threads, [&side, storage](int begin, int end) {
    for (int k = begin; k < end; ++k) side.block(k, k + 1, storage->data() + static_cast<size_t>(k) * side.dim);
  }, 1024);
  Side out = side;
  out.sentence_vectors = storage->data();
  return out;
}

// The text features of both sides, the target's on a second thread when
// `threads` > 1.
void ExtractBoth(const Side& src, const Side& tgt, int threads, TextFeatures* src_text, TextFeatures* tgt_text) {
  if (threads < 2) {
    *src_text = TextFeatures::Extract(*src.sentences);
    *tgt_text = TextFeatures::Extract(*tgt.sentences);
    return;
  }
  text::ThreadGroup second;
  second.Run([&tgt, tgt_text] { *tgt_text = TextFeatures::Extract(*tgt.sentences); });
  *src_text = TextFeatures::Extract(*src.sentences);
  second.Join();
}

// BandDp over `band` with the rewards of `reward`, computed on up to
// search.threads threads (one copy of `reward` each, with its own coverage
// table when `coverage` is set): the same beads for any thread count.
DpResult SearchBand(int n, int m, const Band& band, const std::vector<Shape>& shapes, const BeadReward& reward,
                    const SearchOptions& search, const Side& src, const Side& tgt, bool coverage) {
  const int tiles = n / search.tile_rows + 1;
  const int threads = std::min(text::ResolveThreads(search.threads), tiles);
  std::vector<BeadReward> rewards(threads, reward);
  std::vector<std::unique_ptr<CoverageTable>> tables;
  if (coverage) {
    for (BeadReward& r : rewards) {
      tables.push_back(std::make_unique<CoverageTable>(*src.words, *tgt.words));
      r.SetCoverage(tables.back().get());
    }
  }
  return BandDpParallel(n, m, band, shapes, &rewards, search.tile_rows);
}

}  // namespace

std::vector<Bead> Aligner::Search(const Side& src, const Side& tgt, bool force_banded,
                                  double* total, AlignerOptions* effective) const {
  const TextFeatures src_text = TextFeatures::Extract(*src.sentences);
  const TextFeatures tgt_text = TextFeatures::Extract(*tgt.sentences);
  return SearchWith(src, tgt, src_text, tgt_text, force_banded, total, effective);
}

std::vector<Bead> Aligner::SearchWith(const Side& src_in, const Side& tgt_in, const TextFeatures& src_text,
                                      const TextFeatures& tgt_text, bool force_banded, double* total,
                                      AlignerOptions* effective) const {
  const int n = static_cast<int>(src_in.sentences->size());
  const int m = static_cast<int>(tgt_in.sentences->size());
  const int threads = text::ResolveThreads(options_.search.threads);
  std::vector<float> src_storage, tgt_storage;
  const Side src = WithSentenceVectors(src_in, threads, &src_storage);
  const Side tgt = WithSentenceVectors(tgt_in, threads, &tgt_storage);
  const std::vector<Shape> shapes = ShapesUpTo(options_.search.max_block);

  // Factor of the coarsest level: double until the lattice is small enough.
  int levels = 0;
  if (force_banded) {
    levels = 1;
  }
  while (Nodes((n + (1 << levels) - 1) >> levels, (m + (1 << levels) - 1) >> levels) >
             options_.search.exact_max_nodes &&
         (1 << levels) < std::max(n, m)) {
    ++levels;
  }

  std::vector<Bead> beads;
  for (int level = levels; level >= 0; --level) {
    const int f = 1 << level;
    std::vector<int> sb = Bounds(n, f), tb = Bounds(m, f);
    const int nu = static_cast<int>(sb.size()) - 1, mu = static_cast<int>(tb.size()) - 1;
    Band band = (level == levels) ? Band::Full(nu, mu)
                                  : BandAround(beads, nu, mu, options_.search.band_radius, 2);
    const std::vector<Shape>& level_shapes = level == 0 ? shapes : CoarseShapes();
    BeadReward reward(options_.reward, level_shapes, src, tgt, src_text, tgt_text, std::move(sb),
                      std::move(tb), level == 0, MaxWidth(band) + 1);
    DpResult r = SearchBand(nu, mu, band, level_shapes, reward, options_.search, src, tgt, false);
    beads = std::move(r.beads);
    if (level == 0 && total != nullptr) *total = r.total;
  }

  // The threshold of this document (RewardOptions::sim_threshold_adapt).
  AlignerOptions second = options_;
  const RewardOptions& first = options_.reward;
  RewardOptions& adapted = second.reward;
  if (first.sim_threshold_adapt != 0) {
    BeadReward reward(first, shapes, src, tgt, src_text, tgt_text, Bounds(n, 1), Bounds(m, 1), false, 1);
    std::vector<double> sims;
    int i = 0, j = 0;
    for (const Bead& b : beads) {
      if (b.src.size() == 1 && b.tgt.size() == 1) sims.push_back(reward.UnitSim(i, j));
      i += static_cast<int>(b.src.size());
      j += static_cast<int>(b.tgt.size());
    }
    if (!sims.empty()) {
      std::nth_element(sims.begin(), sims.begin() + sims.size() / 2, sims.end());
      adapted.sim_threshold += first.sim_threshold_adapt * (sims[sims.size() / 2] - first.sim_reference);
    }
  }
  // The null cost of this document (RewardOptions::null_merge_slope): the
  // share of merge beads in the first search, shrunk towards the reference.
  if (first.null_merge_slope != 0) {
    int merges = 0;
    for (const Bead& b : beads) merges += (!b.is_null() && b.src.size() + b.tgt.size() > 2) ? 1 : 0;
    const double prior = first.null_merge_prior, ref = first.null_merge_reference;
    const double share = (merges + prior * ref) / (static_cast<double>(beads.size()) + prior);
    adapted.null_reward -= first.null_merge_slope * std::max(0.0, share - ref);
  }
  // The length ratio of this document (RewardOptions::length_ratio_adapt):
  // the characters of the 1-1 beads of the first search.
  if (first.length_ratio_adapt != 0 && first.length_ratio <= 0) {
    int64_t src_chars = 0, tgt_chars = 0;
    int ones = 0, i = 0, j = 0;
    for (const Bead& b : beads) {
      if (b.src.size() == 1 && b.tgt.size() == 1) {
        src_chars += src_text.Chars(i, i + 1);
        tgt_chars += tgt_text.Chars(j, j + 1);
        ++ones;
      }
      i += static_cast<int>(b.src.size());
      j += static_cast<int>(b.tgt.size());
    }
    if (ones >= first.length_ratio_min_beads && src_chars > 0 && tgt_chars > 0) {
      adapted.length_ratio = static_cast<double>(tgt_chars) / static_cast<double>(src_chars);
      // The share of each side that the other leaves out
      // (RewardOptions::null_abridged_weight).
      const double whole = static_cast<double>(tgt_text.Chars(0, m)) /
                           static_cast<double>(std::max<int64_t>(src_text.Chars(0, n), 1));
      if (first.null_abridged_weight != 0 && whole > 0) {
        adapted.null_src_offset += first.null_abridged_weight * std::max(0.0, 1.0 - whole / adapted.length_ratio);
        adapted.null_tgt_offset += first.null_abridged_weight * std::max(0.0, 1.0 - adapted.length_ratio / whole);
      }
    }
  }
  if (effective != nullptr) *effective = second;

  // Second search with the word coverage and the document's threshold, in a
  // narrow band around the path.
  const bool coverage = UseCoverage(src, tgt);
  if (coverage || first.sim_threshold_adapt != 0 || adapted.null_reward != first.null_reward ||
      adapted.length_ratio != first.length_ratio || adapted.null_src_offset != first.null_src_offset ||
      adapted.null_tgt_offset != first.null_tgt_offset) {
    Band band = BandAround(beads, n, m, options_.search.coverage_radius, 1);
    BeadReward reward(adapted, shapes, src, tgt, src_text, tgt_text, Bounds(n, 1), Bounds(m, 1), true,
                      MaxWidth(band) + 1);
    DpResult r = SearchBand(n, m, band, shapes, reward, options_.search, src, tgt, coverage);
    beads = std::move(r.beads);
    if (total != nullptr) *total = r.total;
  }
  return beads;
}

bool Aligner::UseCoverage(const Side& src, const Side& tgt) const {
  return options_.reward.coverage_weight != 0 && src.words != nullptr && tgt.words != nullptr &&
         static_cast<int>(src.sentences->size()) <= options_.search.coverage_max_sentences &&
         static_cast<int>(tgt.sentences->size()) <= options_.search.coverage_max_sentences;
}

std::vector<Bead> Aligner::Align(const Side& src_in, const Side& tgt_in) const {
  const int n = static_cast<int>(src_in.sentences->size());
  const int m = static_cast<int>(tgt_in.sentences->size());
  if (n == 0 || m == 0) {
    std::vector<Bead> beads;
    for (int i = 0; i < n; ++i) beads.push_back(MakeBead(i, i + 1, 0, 0));
    for (int j = 0; j < m; ++j) beads.push_back(MakeBead(0, 0, j, j + 1));
    for (Bead& b : beads) b.score = 1.0;  // nothing on the other side: surely no counterpart
    return beads;
  }
  const int threads = text::ResolveThreads(options_.search.threads);
  std::vector<float> src_storage, tgt_storage;
  const Side src = WithSentenceVectors(src_in, threads, &src_storage);
  const Side tgt = WithSentenceVectors(tgt_in, threads, &tgt_storage);
  AlignerOptions effective = options_;
  TextFeatures src_text, tgt_text;
  ExtractBoth(src, tgt, threads, &src_text, &tgt_text);
  std::vector<Bead> beads = SearchWith(src, tgt, src_text, tgt_text, false, nullptr, &effective);
  OrderNullRuns(&beads);

  // Calibrated scores.
  const std::vector<Shape> shapes = ShapesUpTo(options_.search.max_block);
  BeadReward reward(effective.reward, shapes, src, tgt, src_text, tgt_text, Bounds(n, 1), Bounds(m, 1),
                    true, 1);
  std::unique_ptr<CoverageTable> table;
  const bool coverage = UseCoverage(src, tgt);
  if (coverage) {
    table = std::make_unique<CoverageTable>(*src.words, *tgt.words);
    reward.SetCoverage(table.get());
  }
  // Where each bead starts, so that the beads can be scored in chunks, each
  // by one thread (its own copy of the reward; the coverage table is not
  // shared, so a document with coverage is scored on one thread).
  const int count = static_cast<int>(beads.size());
  std::vector<int> src_start(count + 1, 0), tgt_start(count + 1, 0);
  for (int k = 0; k < count; ++k) {
    src_start[k + 1] = src_start[k] + static_cast<int>(beads[k].src.size());
    tgt_start[k + 1] = tgt_start[k] + static_cast<int>(beads[k].tgt.size());
  }
  const CalibrationOptions& calib = options_.calibration;
  const int w = calib.null_calib_window;
  text::ParallelChunks(count, coverage ? 1 : threads, [&](int begin, int end) {
    BeadReward own = reward;
    for (int k = begin; k < end; ++k) {
      Bead& b = beads[k];
      const int i = src_start[k], j = tgt_start[k];
      const int a = static_cast<int>(b.src.size()), c = static_cast<int>(b.tgt.size());
      if (a > 0 && c > 0) {
        b.score = Sigmoid(calib.calib_slope * own.Reward(i, i + a, j, j + c) + calib.calib_offset);
      } else {
        double best = -1.0;
        if (a > 0) {
          for (int q = std::max(0, j - w); q < std::min(m, j + w); ++q) best = std::max(best, own.UnitSim(i, q));
        } else {
          for (int q = std::max(0, i - w); q < std::min(n, i + w); ++q) best = std::max(best, own.UnitSim(q, j));
        }
        b.score = Sigmoid(calib.null_calib_slope * (calib.null_calib_sim - best));
      }
    }
  }, kMinBeadsPerThread);
  return beads;
}

}  // namespace driftalign::align
