#include "align/gale_church.h"

#include <algorithm>
#include <cmath>

#include "align/band_dp.h"
#include "align/text_features.h"

namespace driftalign::align {
namespace {

// log P(delta | match) of the paper: 2 (1 - Phi(|delta|)).
double LogPDelta(double l1, double l2) {
  constexpr double kC = 1.0, kS2 = 6.8;
  if (l1 == 0 && l2 == 0) return 0.0;
  const double mean = (l1 + l2 / kC) / 2.0;
  const double z = (kC * l1 - l2) / std::sqrt(kS2 * mean);
  const double p = std::erfc(std::abs(z) / std::sqrt(2.0));
  return std::max(std::log(std::max(p, 1e-300)), -100.0);
}

double LogPrior(int a, int b) {
  if (a == 1 && b == 1) return std::log(0.89);
  if (a == 0 || b == 0) return std::log(0.0099 / 2);
  if (a == 2 && b == 2) return std::log(0.011);
  return std::log(0.089 / 2);
}

}  // namespace

std::vector<Bead> GaleChurchAlign(const std::vector<segment::Sentence>& src,
                                  const std::vector<segment::Sentence>& tgt,
                                  const GaleChurchOptions& options) {
  const int n = static_cast<int>(src.size()), m = static_cast<int>(tgt.size());
  const TextFeatures fs = TextFeatures::Extract(src), ft = TextFeatures::Extract(tgt);
  const std::vector<Shape> shapes = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
  Band band = Band::Full(n, m);
  if ((static_cast<int64_t>(n) + 1) * (m + 1) > options.exact_max_nodes) {
    for (int i = 0; i <= n; ++i) {
      const int64_t center = n == 0 ? m : static_cast<int64_t>(i) * m / n;
      band.lo[i] = static_cast<int>(std::max<int64_t>(0, center - options.band_radius));
      band.hi[i] = static_cast<int>(std::min<int64_t>(m, center + options.band_radius));
    }
    band.lo[0] = 0;
    band.hi[n] = m;
    for (int i = n; i >= 1; --i) band.hi[i - 1] = std::max(band.hi[i - 1], band.lo[i]);
  }
  auto reward = [&](int i, int j, int s) {
    const int a = shapes[s].src, b = shapes[s].tgt;
    return LogPrior(a, b) + LogPDelta(static_cast<double>(fs.Chars(i - a, i)),
                                      static_cast<double>(ft.Chars(j - b, j)));
  };
  DpResult r = BandDp(n, m, band, shapes, reward);
  OrderNullRuns(&r.beads);
  int i = 0, j = 0;
  for (Bead& b : r.beads) {
    const int a = static_cast<int>(b.src.size()), c = static_cast<int>(b.tgt.size());
    b.score = std::exp(LogPDelta(static_cast<double>(fs.Chars(i, i + a)),
                                 static_cast<double>(ft.Chars(j, j + c))));
    i += a;
    j += c;
  }
  return r.beads;
}

}  // namespace driftalign::align
