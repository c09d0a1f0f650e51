// Checker: compares the facts of the two sides of every bead and returns the
// drift flags (see flag.h for the kinds and the glossary).
//
// Facts are compared over the whole bead, so a 2-1 bead does not produce a
// false "missing" flag. Figures match when their values agree whatever the
// writing (2,000 = 2.000 = 2 000; Thirteen = Treize; a thousand = un millier);
// approximate quantities only match approximate quantities (or a hedged
// figure of the same size: "about ten" = "une dizaine"); weekdays, months,
// days, years and clock times must agree. Quotations are compared by position
// inside the bead; acronyms through a small cross-language table.
// Null beads are omissions / additions. Partial omissions / additions and
// quote_mismatch use word-vector coverage (coverage.h) when a scorer is set.
// Each family of checks lives in checks/ (figures, quotes, entities,
// omissions, clauses) and reads one bead through a BeadView
// (checks/bead_view.h); CheckBead calls them in a fixed order.
//
//   StatusOr<Checker> checker = Checker::Create({});
//   std::vector<std::vector<Flag>> flags = checker->Check(src, tgt, beads);
#ifndef DRIFTALIGN_DRIFT_CHECKER_H_
#define DRIFTALIGN_DRIFT_CHECKER_H_

#include <string>
#include <string_view>
#include <vector>

#include "align/bead.h"
#include "drift/checker_options.h"
#include "drift/divergence.h"
#include "drift/facts.h"
#include "drift/flag.h"
#include "drift/prepared_pair.h"
#include "segment/sentence.h"
#include "text/status.h"

namespace driftalign::drift {

class CoverageScorer;

class Checker {
 public:
  static StatusOr<Checker> Create(const CheckerOptions& options);

  // Enables partial_omission / partial_addition / quote_mismatch. `scorer`
  // must outlive the checker; nullptr disables them again.
  void SetCoverageScorer(const CoverageScorer* scorer) { coverage_ = scorer; }

  // Facts of each sentence of one side, in order.
  std::vector<std::vector<Fact>> ExtractAll(const std::vector<segment::Sentence>& sentences,
                                            Lang lang) const;

  // The part of Check that does not need the beads (PreparedPair): it can
  // run on another thread while the aligner runs. With `load_vectors` the
  // vector of every content word is looked up now into prepared.cache (with a
  // coverage scorer), so Check has none left to look up; without, Check looks
  // up only those it needs. The flags are the same either way. With
  // `threads` > 1, long documents (256 sentences per thread at least) have
  // their words and facts read on that many threads; the result is the same
  // for any thread count.
  PreparedPair Prepare(const std::vector<segment::Sentence>& src, const std::vector<segment::Sentence>& tgt,
                       bool load_vectors = false, int threads = 1) const;
  // Flags of every bead (same order as `beads`).
  std::vector<std::vector<Flag>> Check(const std::vector<segment::Sentence>& src,
                                       const std::vector<segment::Sentence>& tgt,
                                       const std::vector<align::Bead>& beads) const;
  // Check with the sentence-level work done: `prepared` must come from
  // Prepare(src, tgt) of this checker (Check adds word vectors to its cache).
  // With `threads` > 1, long documents (256 beads per thread at least) are
  // checked on that many threads; the flags are the same. With `divergence`,
  // it gets the divergence score of every bead (divergence.h; same order).
  std::vector<std::vector<Flag>> Check(const std::vector<segment::Sentence>& src,
                                       const std::vector<segment::Sentence>& tgt,
                                       const std::vector<align::Bead>& beads, PreparedPair* prepared,
                                       int threads = 1, std::vector<BeadDivergence>* divergence = nullptr) const;

  // Convenience for tests and tools: one 1-1 bead made of two strings
  // (spans then index the strings).
  std::vector<Flag> CheckPair(std::string_view src, std::string_view tgt) const;

  const FactExtractor& extractor() const { return extractor_; }
  const CheckerOptions& options() const { return options_; }

 private:
  // The split-sentence pass of Check (CheckerOptions::split_pair_min_coverage).
  void CheckSplitPairs(const std::vector<segment::Sentence>& src, const std::vector<segment::Sentence>& tgt,
                       const std::vector<align::Bead>& beads, PreparedPair* prepared,
                       std::vector<std::vector<Flag>>* flags) const;
  // Whether sentences `a` (source) and `b` (target) cover each other enough
  // to be one shortened translation.
  bool CoverEachOther(int a, int b, PreparedPair* prepared) const;
  // The share of the words of source sentence a (side 0) or target sentence
  // b (side 1) linked to the other sentence (with word vectors).
  double Share(int a, int b, int side, PreparedPair* prepared) const;
  // The second split pass: a null bead next to a bead that holds its
  // shortened partner at its edge (CheckSplitPairs calls it). Beads marked in
  // *used (re-paired already) are left alone; those re-paired here are marked.
  void CheckGluedSplits(const std::vector<segment::Sentence>& src, const std::vector<segment::Sentence>& tgt,
                        const std::vector<align::Bead>& beads, PreparedPair* prepared, std::vector<bool>* used,
                        std::vector<std::vector<Flag>>* flags) const;
  // The flags of one bead; with `divergence`, sets its divergence score too.
  std::vector<Flag> CheckBead(const align::Bead& bead, const std::vector<segment::Sentence>& src,
                              const std::vector<segment::Sentence>& tgt, PreparedPair* prepared,
                              WordVectorCache* cache, BeadDivergence* divergence = nullptr) const;
  Checker(CheckerOptions options, FactExtractor extractor)
      : options_(options), extractor_(std::move(extractor)) {}

  CheckerOptions options_;
  FactExtractor extractor_;
  const CoverageScorer* coverage_ = nullptr;
};

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKER_H_
