// Quality of a predicted alignment against a gold one, with exactly the
// definitions of vecalign's score.py (Thompson & Koehn 2019, after
// https://aclanthology.org/W11-4624/), plus what that script leaves out:
// a breakdown by bead shape and the precision/recall of null beads.
//
// Strict/lax (vecalign): beads empty on both sides are dropped and duplicate
// beads count once.
//  - Precision counts EVERY predicted bead, null beads included: strict-true
//    if the same bead (same src ids, same tgt ids) is in gold; otherwise
//    lax-true if one of its target ids is aligned in gold with one of its
//    source ids (so a predicted null bead that is not in gold is never lax-true).
//  - Recall counts only NON-null gold beads against NON-null predicted beads
//    (the same test with the roles swapped). Null beads do not enter recall.
//  - F1 = 2PR / (P + R), 0 when P + R = 0; P or R is 0 when nothing is counted.
//  Counts are summed over all document pairs before dividing (micro average).
// Null beads (ours), counted per SENTENCE: a sentence is "unaligned" when it
// is in a null bead (1-0, 2-0, 0-1, ...). Null precision = sentences unaligned
// in both / sentences unaligned in the prediction; null recall = the same /
// sentences unaligned in gold (source and target sentences together).
//
// The beads come from align/bead_io.h (ReadBeadsFile, ParseBeads).
//
//   StatusOr<std::vector<Bead>> gold = ReadBeadsFile("gold.txt", std::nullopt);
//   AlignmentCounts c; c.Add(*gold, *pred);  AlignmentScores s = c.Scores();
#ifndef DRIFTALIGN_ALIGN_ALIGNMENT_METRICS_H_
#define DRIFTALIGN_ALIGN_ALIGNMENT_METRICS_H_

#include <map>
#include <string>
#include <vector>

#include "align/bead.h"

namespace driftalign::align {

struct PrfScores {
  double precision = 0.0, recall = 0.0, f1 = 0.0;
};

struct ShapeCounts {
  int gold = 0;            // gold beads of this shape
  int gold_found = 0;      // of which the prediction has exactly
  int predicted = 0;       // predicted beads of this shape
  int predicted_right = 0; // of which gold has exactly
};

struct AlignmentScores {
  PrfScores strict, lax, null_beads;
  std::map<std::string, ShapeCounts> shapes;  // by "n-m"
  int gold_null_sentences = 0, predicted_null_sentences = 0;
};

// Accumulates counts over any number of document pairs.
class AlignmentCounts {
 public:
  void Add(const std::vector<Bead>& gold, const std::vector<Bead>& predicted);
  AlignmentScores Scores() const;

 private:
  // tp strict, fp strict, tp lax, fp lax (vecalign's order).
  long p_[4] = {0, 0, 0, 0};
  long r_[4] = {0, 0, 0, 0};
  long null_both_ = 0, null_gold_ = 0, null_pred_ = 0;
  std::map<std::string, ShapeCounts> shapes_;
};

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_ALIGNMENT_METRICS_H_
