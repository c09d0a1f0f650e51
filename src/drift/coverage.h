// Word-vector coverage: how much of one side of a bead has a counterpart on
// the other side. Each content word of a clause is "covered" when its best
// cosine with a word of the other side reaches `min_cosine` (bilingual word
// vectors put a word and its translation close together); a clause whose
// covered fraction is low is a partial omission (source clause) or partial
// addition (target clause). The same measure on two quotations gives
// quote_mismatch.
//
//   CoverageScorer scorer(model->dim(), [&](Lang l, std::string_view w, float* out) {
//     model->WordVector(l == Lang::kEn ? "en" : "fr", w, out);
//   }, {});
//   checker.SetCoverageScorer(&scorer);
#ifndef DRIFTALIGN_DRIFT_COVERAGE_H_
#define DRIFTALIGN_DRIFT_COVERAGE_H_

#include <Eigen/Core>

#include <functional>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "align/bead.h"
#include "drift/checker.h"
#include "drift/facts.h"
#include "drift/flag.h"
#include "segment/sentence.h"

namespace driftalign::drift {

// Writes the unit vector of `word` (lower case) into out[0, dim); all zeros
// when the word has no vector. An empty function gives the LEXICAL baseline:
// a word is covered only by the same word, figure or 5-letter cognate.
using WordVectorFn = std::function<void(Lang lang, std::string_view word, float* out)>;

struct CoverageOptions {
  // A word is covered when its best cosine with a word of the other side is
  // at least this. Higher: more words uncovered (recall up, precision down).
  // Default 0.7 (chosen for the shipped driftalign-enfr-v1 model on REFreSD
  // and the seed pair, docs/drift.md; re-tune with another model).
  double min_cosine = 0.7;
};

// The content words of a text with their byte spans and unit vectors.
struct ContentWords {
  std::vector<size_t> begin, end;  // byte offsets into the text
  std::vector<int> clause;         // clause index of each word
  std::vector<std::pair<size_t, size_t>> clauses;  // byte span of each clause
  Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> vecs;  // one row per word
  std::vector<bool> exact_only;    // numbers and acronyms: covered only by the same string
  std::vector<std::string> word;   // lower-cased word (numbers with separators removed)
  std::vector<std::string> prefix; // first 5 letters, accents folded ("" when shorter)
};

// Word vectors already looked up while checking one document (a document
// repeats its names and content words). One per Checker::Check call.
struct WordVectorCache {
  std::unordered_map<std::string, std::vector<float>> vectors[2];  // per Lang
};

class CoverageScorer {
 public:
  CoverageScorer(int dim, WordVectorFn vector, CoverageOptions options);

  // Splits `text` into clauses (at , ; : ( ) — – and quotation marks) and
  // content words (stop words of `lang` dropped) and looks up their vectors.
  // `cache` (may be null) keeps the vectors looked up.
  ContentWords Words(std::string_view text, Lang lang, WordVectorCache* cache = nullptr) const;

  // For each word of `a`, whether some word of `b` covers it.
  std::vector<bool> Covered(const ContentWords& a, const ContentWords& b) const;

  // Fraction of the words of `a` covered by `b` (1 when `a` has no word).
  double Coverage(const ContentWords& a, const ContentWords& b) const;

  // Sentence-level divergence in [0, 1]: 1 - the smaller of the two coverages,
  // the score the REFreSD evaluation ranks pairs by.
  double Divergence(std::string_view src, Lang src_lang, std::string_view tgt, Lang tgt_lang) const;

  const CoverageOptions& options() const { return options_; }
  int dim() const { return dim_; }

 private:
  int dim_;
  WordVectorFn vector_;
  CoverageOptions options_;
};

// Adds the partial_omission / partial_addition / quote_mismatch flags of a
// non-null bead to *flags (called by Checker::CheckBead).
void AddCoverageFlags(const CoverageScorer& scorer, const CheckerOptions& options,
                      const align::Bead& bead, const std::vector<segment::Sentence>& src,
                      const std::vector<segment::Sentence>& tgt,
                      const std::vector<std::vector<Fact>>& src_facts,
                      const std::vector<std::vector<Fact>>& tgt_facts, WordVectorCache* cache,
                      std::vector<Flag>* flags);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_COVERAGE_H_
