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

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "drift/content_words.h"
#include "drift/facts.h"

namespace driftalign::drift {

// Writes the unit sentence vector of `text` (the aligner's sentence vectors:
// SIF-weighted word vectors, post-processed) into out[0, dim); all zeros when
// the text has no word. Empty: no sentence-level evidence.
using SentenceVectorFn = std::function<void(Lang lang, std::string_view text, float* out)>;

struct CoverageOptions {
  // A word is covered when its best cosine with a word of the other side is
  // at least this. Higher: more words uncovered (recall up, precision down).
  // Since issue 15 the clause coverage links words with link_min_cosine
  // instead; min_cosine remains HasTranslation's threshold (the names check).
  // Default 0.7 (chosen for the driftalign-enfr-v1 model on REFreSD
  // and the seed pair, docs/drift.md; re-tune with another model).
  double min_cosine = 0.7;
  // With word vectors, the words of the two sides are linked one to one
  // (competitive linking, Melamed 2000: the best-scoring pair first, each word
  // linked at most once; the same word or figure scores above any cosine, a
  // shared 5-letter prefix next); a word is covered when it is linked. Pairs
  // below this cosine are never linked. One to one, a deleted clause cannot
  // borrow the counterpart of a word that another clause already uses
  // ("hospital ... hospitals" against one "hospitalisés"), while a faithful
  // translation finds its pairs even where the model puts them below
  // min_cosine. Default 0.4 (issue 15, docs/drift.md).
  double link_min_cosine = 0.4;
};

class CoverageScorer {
 public:
  CoverageScorer(int dim, WordVectorFn vector, CoverageOptions options);

  // Splits `text` into clauses (at , ; : ( ) — – and quotation marks) and
  // content words (stop words of `lang` dropped) and looks up their vectors.
  // Word keys index `cache` (null: a cache of this call only); words of two
  // texts are comparable only when they share a cache.
  ContentWords Words(std::string_view text, Lang lang, WordVectorCache* cache = nullptr) const;
  // Words() without the vectors (has_vectors false); LoadVectors adds them
  // (from `cache`, looking up the words it does not have yet).
  ContentWords Tokens(std::string_view text, Lang lang, WordVectorCache* cache) const;
  void LoadVectors(ContentWords* words, Lang lang, WordVectorCache* cache) const;
  // Looks up the vectors of `words` into `cache` only (so a later LoadVectors
  // of them is a copy).
  void WarmCache(const ContentWords& words, Lang lang, WordVectorCache* cache) const;
  // Drops the vectors LoadVectors added (has_vectors false again).
  static void DropVectors(ContentWords* words);

  // For each word of `a`, whether some word of `b` covers it. Lexical
  // baseline (no vectors): the same word, figure or 5-letter cognate. With
  // word vectors (has_vectors(); both must have their vectors loaded): the
  // word is linked to a word of `b` by competitive linking (link_min_cosine).
  std::vector<bool> Covered(const ContentWords& a, const ContentWords& b) const;
  // The one-to-one links behind Covered(a, b) with word vectors: for each
  // word of `a`, the index of its partner in `b`, or kUnlinked, or kNoVector
  // for a word the model has no vector for (Covered counts it as covered);
  // `score` holds the link's score (3 the same word or figure, 2 a cognate,
  // else the cosine). Both must have their vectors loaded.
  static constexpr int kUnlinked = -1;
  static constexpr int kNoVector = -2;
  struct Links {
    std::vector<int> partner;  // per word of a
    std::vector<float> score;  // per word of a; 0 when not linked
  };
  Links Link(const ContentWords& a, const ContentWords& b) const;
  // The lexical part of Covered (same word, figure or 5-letter cognate); no
  // vectors needed. Covered(a, b)[i] is true wherever this is.
  std::vector<bool> LexicallyCovered(const ContentWords& a, const ContentWords& b) const;
  // Covered() for the words `rows` of `a` only (indices into a.word), whose
  // vectors are taken from `cache`; b must have its vectors. Sets
  // (*covered)[r] for each r of `rows`, leaves the other entries.
  void CoverRows(const ContentWords& a, Lang lang, const ContentWords& b, const std::vector<size_t>& rows,
                 WordVectorCache* cache, std::vector<bool>* covered) const;

  // Fraction of the words of `a` covered by `b` (1 when `a` has no word).
  double Coverage(const ContentWords& a, const ContentWords& b) const;

  // Sentence-level divergence in [0, 1]: 1 - the smaller of the two coverages,
  // the score the REFreSD evaluation ranks pairs by.
  double Divergence(std::string_view src, Lang src_lang, std::string_view tgt, Lang tgt_lang) const;

  // Whether some word of `words` (lower case, language `lang_b`) has a cosine
  // of at least min_cosine with `word` (lower case, `lang_a`): the model's
  // evidence that one translates the other. False for the lexical baseline.
  // Vectors come from (and are kept in) `cache`.
  bool HasTranslation(Lang lang_a, std::string_view word, Lang lang_b,
                      const std::vector<std::string>& words, WordVectorCache* cache) const;
  // The best cosine of `word` (lower case, `lang_a`) with a word of `words`
  // (`lang_b`); 0 for the lexical baseline, an empty list or an unknown word.
  double BestCosine(Lang lang_a, std::string_view word, Lang lang_b, const std::vector<std::string>& words,
                    WordVectorCache* cache) const;

  // Sentence-level evidence for a clause: how much closer `text` (language
  // `lang`) comes to `other` (language `other_lang`) when the bytes
  // [cut_begin, cut_end) are removed from it, as a difference of sentence-vector
  // cosines. Above 0: the clause pulls the text away from the other side (it
  // says something the other side does not); below 0: the other side says
  // it too. 0 without sentence vectors.
  double CutGain(Lang lang, std::string_view text, size_t cut_begin, size_t cut_end, Lang other_lang,
                 std::string_view other) const;
  void SetSentenceVectors(SentenceVectorFn fn) { sentence_vector_ = std::move(fn); }
  bool has_sentence_vectors() const { return static_cast<bool>(sentence_vector_); }

  const CoverageOptions& options() const { return options_; }
  // False for the lexical baseline (no word-vector function).
  bool has_vectors() const { return static_cast<bool>(vector_); }
  int dim() const { return dim_; }

 private:
  int dim_;
  WordVectorFn vector_;
  SentenceVectorFn sentence_vector_;
  CoverageOptions options_;
};

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_COVERAGE_H_
