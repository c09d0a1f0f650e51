// The options of the sentence aligner (aligner.h), in three groups:
//  - SearchOptions: the shapes and the lattice the DP searches (band_dp.h),
//    and the band of the second search;
//  - RewardOptions: the reward of a bead (bead_reward.h) and how the second
//    search adapts it to the document (aligner.cc);
//  - CalibrationOptions: how a bead's reward becomes its score in [0, 1].
// Every field has its default, tuned on the dev sets (docs/alignment.md).
//
//   AlignerOptions options;
//   options.search.max_block = 6;
//   options.reward.null_reward = -1.5;
//   // or by name, as `driftalign align --param null_reward=-1.5` does:
//   if (Status st = SetParam(&options, "null_reward=-1.5"); !st.ok()) return st;
//   if (Status st = ValidateOptions(options); !st.ok()) return st;
#ifndef DRIFTALIGN_ALIGN_ALIGNER_OPTIONS_H_
#define DRIFTALIGN_ALIGN_ALIGNER_OPTIONS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "text/status.h"

namespace driftalign::align {

// What the DP searches (aligner.cc, band_dp.h).
struct SearchOptions {
  // Largest bead: sentences on both sides together (2..8). Default 4 allows
  // 1-1, 1-2, 2-1, 1-3, 3-1, 2-2 (null beads 1-0, 0-1 are always allowed).
  int max_block = 4;
  // Lattices of at most this many nodes ((n+1)*(m+1)) are searched exactly;
  // larger ones coarse-to-fine. Default 2^20 (about 1000 x 1000 sentences).
  int64_t exact_max_nodes = int64_t{1} << 20;
  // Coarse-to-fine: columns kept on each side of the projected path of the
  // coarser level, in units of the current level. Default 12.
  int band_radius = 12;
  // Half-width of the band of the second search (word coverage and the
  // per-document adaptation of RewardOptions), in sentences. Default 3.
  int coverage_radius = 3;
  // Documents longer than this (either side) skip the coverage search (it costs
  // a small matrix product per sentence pair near the path). Default 2000.
  int coverage_max_sentences = 2000;
  // The coverage compares every word of a sentence with every word of the
  // sentences near it, so its cost grows with the square of a sentence's
  // length: only the first coverage_max_sentence_words words (with vectors)
  // of a sentence take part, and a side with more than coverage_max_words
  // such words in all skips the coverage search like a long document. Real
  // text stays below both (the longest dev-set sentence, in Proust, has about
  // 700 tokens). Defaults 1024 and 200000.
  int coverage_max_sentence_words = 1024;
  int64_t coverage_max_words = 200000;
  // Threads that compute the bead rewards of the band DP ahead of its sweep
  // (band_dp.h, BandDpParallel); 0 = one per core. The beads and scores are
  // the same for any value. Default 1 (the pipeline passes --threads).
  int threads = 1;
  // Lattice rows per tile of rewards computed ahead of the sweep (a tile's
  // table holds rows x band width x shapes doubles). Default 256.
  int tile_rows = 256;
};

// Reward of a bead (tuned on the dev sets with scripts/tune_align.py;
// docs/alignment.md).
struct RewardOptions {
  // Weight of the normalised cosine. Default 8.
  double sim_weight = 8.0;
  // Centering (the default normalisation): sim = the cosine of x - c * mx and
  // y - c * my, c = center_weight, mx and my the mean sentence vectors of the
  // source and target documents: what every sentence of the story shares is
  // taken out before comparing, and the rest renormalised. Computed from dot
  // products (x . my, y . mx, x . mx, y . my), O(1) per bead. A side of n
  // sentences uses c * n / (n + 1) (one sentence must not be centred onto
  // itself). Default 1.1
  // (docs/alignment.md: novels 0.9145 -> 0.9234 with the priors below).
  double center_weight = 1.1;
  // With center_weight 0, the older hubness correction instead: sim = cosine
  // - hub_weight * (x . my + y . mx), the mean cosine of each block with
  // every sentence of the other document (0 = raw cosine). Default 0.5.
  double hub_weight = 0.5;
  // Similarity threshold, charged per sentence: a bead of a + b sentences
  // earns sim_weight * (sim - sim_threshold * (a + b) / 2), so a 1-1 bead
  // breaks even with two null beads at sim = sim_threshold + 2 null_reward /
  // sim_weight, and the threshold does not favour merges or splits. Default 0.1.
  double sim_threshold = 0.1;
  // Prior of a bead of 3 sentences (1-2, 2-1) relative to a 1-1. Default -0.5.
  double merge3_reward = -0.5;
  // Prior of a 2-2 bead. Default -1.
  double merge22_reward = -1.0;
  // Prior of a 1-3 / 3-1 bead. Default -1.5.
  double merge4_reward = -1.5;
  // Added to the prior per sentence beyond 4 (max_block > 4). Default 0
  // (novels, --max-block 8: strict F1 0.920 at 0, 0.9195 at -0.5, 0.919 at -1,
  // 0.909 at +0.5; docs/alignment.md).
  double merge_extra_reward = 0.0;
  // Reward of a null bead (1-0 or 0-1). Default -1.75.
  double null_reward = -1.75;
  // Weight of the length term log P(delta) (Gale & Church). Default 0.5.
  double length_weight = 0.5;
  // Variance of the length difference per character (Gale & Church: 6.8). Default 6.8.
  double length_variance = 6.8;
  // Reward per shared figure (at most 3 counted) and per unmatched figure
  // (at most 4 counted, negative). Defaults 0.5 and -0.3.
  double figure_shared_reward = 0.5;
  double figure_unmatched_reward = -0.3;
  // Same for names. Defaults 0.3 and 0.
  double name_shared_reward = 0.3;
  double name_unmatched_reward = 0.0;
  // Reward per paragraph break inside a block (negative: a soft anchor). Default -2.
  double paragraph_break_reward = -2.0;
  // Reward per meta sentence (dateline, byline, agency stamp, "date 2022-01"
  // marker: segment::SentenceKind::kMeta) inside a non-null bead. Such lines
  // are rarely translations of each other; negative = a soft anchor that
  // leaves them unaligned unless the evidence is strong. Default -5.
  double meta_reward = -5.0;
  // Word coverage (word_coverage.h), used in a second search in a narrow band
  // around the first path when both sides have words: reward +=
  // coverage_weight * (coverage - coverage_threshold). Weight 0 disables it.
  // Defaults 5 and 0.6 (4 and 0.55 before the centered similarity, 2 and 0.5
  // before the per-document null cost; docs/alignment.md).
  double coverage_weight = 5.0;
  double coverage_threshold = 0.6;
  // Margin normalisation instead of the mean-vector hub (bertalign's idea):
  // with margin_k > 0 the hub of a sentence is the mean cosine of its k
  // nearest sentences on the other side, a block's the mean over its
  // sentences; fine level only, documents up to 2^24 sentence pairs. 0 = off
  // (the default: measured not to help, docs/alignment.md).
  double margin_k = 0;  // k (a whole number; double so that --param can set it)
  // Parts of a merge (fine level): in a bead with several sentences on a side,
  // each of those sentences must match the other side's block on its own:
  // reward += part_weight * min(0, part_sim - part_threshold), part_sim = the
  // lowest normalised similarity of one such sentence with the whole other
  // block. A sentence without counterpart glued onto a good bead is what this
  // catches (vecalign's typical error). Weight 0 disables it.
  // Defaults 2 and 0.1.
  double part_weight = 2.0;
  double part_threshold = 0.1;

  // --- Per-document adaptation: the first search's beads set the reward of
  // the second search (aligner.cc, Aligner::Search). ---
  // Per-document similarity threshold: translations of one document are
  // alike in how close they stay to the original (a wire story: close; a
  // novel: loose), so the threshold follows the median normalised similarity
  // of the 1-1 beads of a first search: threshold = sim_threshold +
  // sim_threshold_adapt * (median - sim_reference), then a second search in a
  // band around the first path. 0 disables it.
  // Defaults 1 and 0.6 (0.35 with the hub correction: the centered
  // similarity of true pairs is higher).
  double sim_threshold_adapt = 1.0;
  double sim_reference = 0.6;
  // Per-document null cost: a translation that often renders several
  // sentences as one (a literary one) rarely drops a sentence, while a close
  // one (a wire story) does so only when a sentence is really missing. The
  // second search uses null_reward - null_merge_slope * max(0, f -
  // null_merge_reference), f = the share of merge beads (3 or more sentences)
  // among the beads of the first search, shrunk towards the reference by
  // null_merge_prior pseudo-beads: f = (merges + prior * reference) / (beads
  // + prior), so that a short document needs many merges to move it. 0
  // disables it. Defaults 8, 0.1 and 50 (dev sets, docs/alignment.md).
  double null_merge_slope = 8.0;
  double null_merge_reference = 0.1;
  double null_merge_prior = 50.0;
  // Per-document length ratio: the length term compares target characters
  // with length_ratio * source characters. The ratio of the whole documents
  // is wrong when one side is abridged (every real translation then looks too
  // long on the full side, which favours gluing the untranslated sentences
  // onto beads), so with length_ratio_adapt 1 the second search uses the
  // character ratio of the 1-1 beads of the first search when there are at
  // least length_ratio_min_beads of them. 0 = the whole documents' ratio.
  // Defaults 1 and 50.
  double length_ratio_adapt = 1.0;
  int length_ratio_min_beads = 50;
  // The ratio itself (target characters per source character, clamped to
  // [2/3, 3/2]); 0 = the whole documents'. The search sets it in the options
  // it returns (Search's `effective`).
  double length_ratio = 0.0;
  // Abridged translations: with the length ratio of the 1-1 beads (above),
  // the share of the source's characters that the target leaves out is
  // about u = max(0, 1 - whole-documents ratio / 1-1 ratio) (the target's:
  // the same the other way round), and a null bead on that side earns
  // null_abridged_weight * u more in the second search (Emma, a French
  // version without 17% of the English sentences: u = 0.105 from the first
  // search; the other dev novels at most 0.026). 0 disables it. Default 20.
  double null_abridged_weight = 20.0;
  // Added to null_reward for a 1-0 (source) and a 0-1 (target) null bead.
  // The search sets them in the options it returns. Defaults 0.
  double null_src_offset = 0.0;
  double null_tgt_offset = 0.0;
};

// Calibration of scores (fitted on the dev sets with
// scripts/calibrate_align.py; docs/alignment-json.md).
struct CalibrationOptions {
  // Non-null bead: score = sigmoid(calib_slope * reward + calib_offset).
  // Defaults 0.6894 and 1.2526 (model driftalign-enfr-v2, current defaults).
  double calib_slope = 0.6894;
  double calib_offset = 1.2526;
  // Null bead: score = sigmoid(null_calib_slope * (null_calib_sim - best_sim)),
  // best_sim = highest normalised cosine of its sentence with any sentence of
  // the other side within null_calib_window sentences of its position.
  // Defaults 3.7362, 0.9119 and 3.
  double null_calib_slope = 3.7362;
  double null_calib_sim = 0.9119;
  int null_calib_window = 3;
};

struct AlignerOptions {
  SearchOptions search;
  RewardOptions reward;
  CalibrationOptions calibration;
};

// Checks ranges (max_block in 2..8, radius >= 2, ...). InvalidArgument names the field.
Status ValidateOptions(const AlignerOptions& options);

// The reward and calibration knobs settable by name (`driftalign align
// --param NAME=VALUE`, scripts/tune_align.py): each name is the field's own
// name, without its group (null_reward, calib_slope, ...), mapped to the
// field inside *options. The pointers are valid while *options lives.
std::map<std::string, double*> TunableParams(AlignerOptions* options);

// Sets one of the TunableParams from "NAME=VALUE" (VALUE read by std::stod).
// InvalidArgument, *options unchanged, when there is no '=' or NAME is not
// tunable (`--param expects NAME=VALUE with a known NAME, got "..."`) or VALUE
// is not a number (`--param NAME=VALUE: not a number`). Ranges are checked by
// ValidateOptions, not here.
Status SetParam(AlignerOptions* options, std::string_view name_eq_value);

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_ALIGNER_OPTIONS_H_
