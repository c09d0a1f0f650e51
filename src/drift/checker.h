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
//
//   StatusOr<Checker> checker = Checker::Create({});
//   std::vector<std::vector<Flag>> flags = checker->Check(src, tgt, beads);
#ifndef DRIFTALIGN_DRIFT_CHECKER_H_
#define DRIFTALIGN_DRIFT_CHECKER_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "align/bead.h"
#include "drift/content_words.h"
#include "drift/facts.h"
#include "drift/flag.h"
#include "segment/sentence.h"
#include "text/status.h"

namespace driftalign::drift {

class CoverageScorer;

struct CheckerOptions {
  Lang src_lang = Lang::kEn;  // language of the source document. Default English.
  Lang tgt_lang = Lang::kFr;  // language of the target document. Default French.
  // A body sentence of a null bead with at least this many words is an error
  // (omission/addition); shorter body sentences are warnings, headlines
  // warnings, meta lines (datelines, bylines) info. Default 4 words.
  int omission_error_min_words = 4;
  // Quotations are paired by their relative position in the bead text (0..1);
  // a quotation with no counterpart within this distance is quote_missing.
  // Larger: fewer flags (precision up, recall down). Default 0.12.
  double quote_position_slack = 0.12;
  // Quotations of fewer words are flagged as info, longer ones as warnings. Default 3.
  int quote_warning_min_words = 3;
  // Report an acronym with no counterpart on the other side even when the
  // other side has no unmatched acronym (info). Default false (noisy:
  // "US" <-> "Etats-Unis").
  bool flag_unpaired_acronyms = false;
  // Compare person and place names: a name of one side with no counterpart
  // (same word, same first 5 letters, one edit per 4 letters, or a French /
  // English pair such as Londres/London) while the other side also has a name
  // without counterpart is entity_mismatch at `name_mismatch_severity`. A
  // capitalised word written in lower case elsewhere in its document, or one
  // the word vectors translate (with a model scorer), is not a name.
  // Default on, INFO: precision 1.00 on synthetic name swaps (recall 0.66),
  // but on unedited newstest most of its 229 flags are exonyms the table
  // lacks (Bavaria/Bavière) — docs/drift.md.
  bool compare_names = true;
  Severity name_mismatch_severity = Severity::kInfo;
  // Without a word-vector scorer a capitalised common word of a short story
  // ("Health Ministry" / "ministère de la Santé") cannot be told from a name:
  // names are then not compared. Default true.
  bool names_need_vectors = true;
  // Leftover figures are paired as a mismatch when
  //   |relative position difference| + 0.3 * |log10(ratio)| <= this;
  // otherwise they are reported as missing + added. Default 1.2.
  double figure_pair_max_cost = 1.2;
  // --- coverage (only used with a CoverageScorer) ---
  // A clause of at least this many content words whose coverage by the
  // other side is below `partial_max_coverage` is a partial omission /
  // addition. Defaults 4 words, 0.25: precision first (REFreSD precision
  // 0.93, recall 0.51; 0.5 gives F1 0.82 but flags a third of news beads;
  // docs/drift.md).
  int partial_min_words = 4;
  double partial_max_coverage = 0.25;
  // Matched quotations whose mutual coverage is below this are
  // quote_mismatch. Default 0.25.
  double quote_mismatch_max_coverage = 0.25;
};

// What checking a document pair needs before its beads are known, per side
// (0 = source, 1 = target): the facts and content words of every sentence and
// the words the document writes in lower case (a capitalised word also written
// in lower case is no name), with the pair's word cache. Checker::Prepare
// builds it.
struct PreparedPair {
  std::vector<std::vector<Fact>> facts[2];
  std::vector<ContentWords> words[2];        // empty without a coverage scorer
  std::unordered_set<std::string> lower[2];  // accent-folded; empty when names are not compared
  WordVectorCache cache;
};

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
  // up only those it needs. The flags are the same either way.
  PreparedPair Prepare(const std::vector<segment::Sentence>& src, const std::vector<segment::Sentence>& tgt,
                       bool load_vectors = false) const;
  // Flags of every bead (same order as `beads`).
  std::vector<std::vector<Flag>> Check(const std::vector<segment::Sentence>& src,
                                       const std::vector<segment::Sentence>& tgt,
                                       const std::vector<align::Bead>& beads) const;
  // Check with the sentence-level work done: `prepared` must come from
  // Prepare(src, tgt) of this checker (Check adds word vectors to its cache).
  // With `threads` > 1, long documents (256 beads per thread at least) are
  // checked on that many threads; the flags are the same.
  std::vector<std::vector<Flag>> Check(const std::vector<segment::Sentence>& src,
                                       const std::vector<segment::Sentence>& tgt,
                                       const std::vector<align::Bead>& beads, PreparedPair* prepared,
                                       int threads = 1) const;

  // Convenience for tests and tools: one 1-1 bead made of two strings
  // (spans then index the strings).
  std::vector<Flag> CheckPair(std::string_view src, std::string_view tgt) const;

  const FactExtractor& extractor() const { return extractor_; }
  const CheckerOptions& options() const { return options_; }

 private:
  std::vector<Flag> CheckBead(const align::Bead& bead, const std::vector<segment::Sentence>& src,
                              const std::vector<segment::Sentence>& tgt, PreparedPair* prepared,
                              WordVectorCache* cache) const;
  Checker(CheckerOptions options, FactExtractor extractor)
      : options_(options), extractor_(std::move(extractor)) {}

  CheckerOptions options_;
  FactExtractor extractor_;
  const CoverageScorer* coverage_ = nullptr;
};

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKER_H_
