#include "align/alignment_metrics.h"

#include <set>
#include <unordered_map>
#include <utility>

namespace driftalign::align {
namespace {

using Key = std::pair<std::vector<int>, std::vector<int>>;

// vecalign's _precision: [tp strict, fp strict, tp lax, fp lax].
// Lax: a test bead shares a link (s, t) with gold when some gold bead holds
// one of its source ids and one of its target ids. Found through the gold
// beads of each id (not the set of all links, which has |src| x |tgt|
// entries per bead: 36 million for one 6000 x 6000 bead), in time linear in
// the ids when every sentence is in one gold bead, as in any alignment.
void Precision(const std::vector<Bead>& gold_beads, const std::vector<Bead>& test_beads, long out[4]) {
  std::set<Key> gold, test;
  for (const Bead& b : gold_beads) if (!b.src.empty() || !b.tgt.empty()) gold.insert({b.src, b.tgt});
  for (const Bead& b : test_beads) if (!b.src.empty() || !b.tgt.empty()) test.insert({b.src, b.tgt});
  std::unordered_map<int, std::vector<int>> gold_of_src, gold_of_tgt;  // id -> gold bead numbers
  int number = 0;
  for (const Key& g : gold) {
    for (int s : g.first) gold_of_src[s].push_back(number);
    for (int t : g.second) gold_of_tgt[t].push_back(number);
    ++number;
  }
  std::vector<int> stamp(gold.size(), -1);  // test bead that last reached gold bead k by a source id
  int test_number = 0;
  for (const Key& t : test) {
    ++test_number;
    if (gold.count(t)) {
      out[0]++;
      out[2]++;
      continue;
    }
    for (int s : t.first) {
      auto it = gold_of_src.find(s);
      if (it != gold_of_src.end()) for (int k : it->second) stamp[k] = test_number;
    }
    bool lax = false;
    for (int tg : t.second) {
      auto it = gold_of_tgt.find(tg);
      if (it == gold_of_tgt.end()) continue;
      for (int k : it->second) lax = lax || stamp[k] == test_number;
      if (lax) break;
    }
    out[1]++;
    (lax ? out[2] : out[3])++;
  }
}

double Ratio(long num, long den) { return den == 0 ? 0.0 : static_cast<double>(num) / den; }

PrfScores Prf(double p, double r) {
  PrfScores s;
  s.precision = p;
  s.recall = r;
  s.f1 = (p + r) == 0 ? 0.0 : 2 * p * r / (p + r);
  return s;
}

}  // namespace

void AlignmentCounts::Add(const std::vector<Bead>& gold, const std::vector<Bead>& predicted) {
  Precision(gold, predicted, p_);
  std::vector<Bead> gold_nn, pred_nn;
  for (const Bead& b : gold) if (!b.is_null()) gold_nn.push_back(b);
  for (const Bead& b : predicted) if (!b.is_null()) pred_nn.push_back(b);
  Precision(pred_nn, gold_nn, r_);

  std::set<Key> gold_set, pred_set;
  for (const Bead& b : gold) gold_set.insert({b.src, b.tgt});
  for (const Bead& b : predicted) pred_set.insert({b.src, b.tgt});
  for (const Key& k : gold_set) {
    if (k.first.empty() && k.second.empty()) continue;
    ShapeCounts& c = shapes_[std::to_string(k.first.size()) + "-" + std::to_string(k.second.size())];
    c.gold++;
    if (pred_set.count(k)) c.gold_found++;
  }
  for (const Key& k : pred_set) {
    if (k.first.empty() && k.second.empty()) continue;
    ShapeCounts& c = shapes_[std::to_string(k.first.size()) + "-" + std::to_string(k.second.size())];
    c.predicted++;
    if (gold_set.count(k)) c.predicted_right++;
  }

  // Null sentences, source ids as 2k and target ids as 2k + 1.
  std::set<long> gold_null, pred_null;
  auto collect = [](const std::vector<Bead>& beads, std::set<long>* out) {
    for (const Bead& b : beads) {
      if (!b.is_null()) continue;
      for (int s : b.src) out->insert(2L * s);
      for (int t : b.tgt) out->insert(2L * t + 1);
    }
  };
  collect(gold, &gold_null);
  collect(predicted, &pred_null);
  for (long x : pred_null) null_both_ += gold_null.count(x);
  null_gold_ += static_cast<long>(gold_null.size());
  null_pred_ += static_cast<long>(pred_null.size());
}

AlignmentScores AlignmentCounts::Scores() const {
  AlignmentScores s;
  s.strict = Prf(Ratio(p_[0], p_[0] + p_[1]), Ratio(r_[0], r_[0] + r_[1]));
  s.lax = Prf(Ratio(p_[2], p_[2] + p_[3]), Ratio(r_[2], r_[2] + r_[3]));
  s.null_beads = Prf(Ratio(null_both_, null_pred_), Ratio(null_both_, null_gold_));
  s.shapes = shapes_;
  s.gold_null_sentences = static_cast<int>(null_gold_);
  s.predicted_null_sentences = static_cast<int>(null_pred_);
  return s;
}

}  // namespace driftalign::align
