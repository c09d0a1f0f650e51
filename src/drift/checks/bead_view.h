// BeadView: one bead as every drift check sees it — its sentences and facts
// on each side (0 = source, 1 = target), the prepared document pair, the
// options, and the flags found so far — with the small helpers the checks
// share (spans, fact text, word count, shortened text for messages).
//
// Checker::CheckBead builds one view per bead and hands it to each check
// family in turn (figures.h, quotes.h, entities.h, omissions.h, clauses.h):
//
//   BeadView view(bead, src, tgt, options, &prepared, &prepared.cache, scorer);
//   AddFigureFlags(&view);
//   for (const Flag& f : view.flags) ...
#ifndef DRIFTALIGN_DRIFT_CHECKS_BEAD_VIEW_H_
#define DRIFTALIGN_DRIFT_CHECKS_BEAD_VIEW_H_

#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "align/bead.h"
#include "drift/checker_options.h"
#include "drift/content_words.h"
#include "drift/divergence.h"
#include "drift/facts.h"
#include "drift/flag.h"
#include "drift/prepared_pair.h"
#include "segment/sentence.h"
#include "text/lexer.h"

namespace driftalign::drift {

class CoverageScorer;

// A fact of one side of a bead.
struct BeadFact {
  const Fact* f;               // the fact (owned by PreparedPair::facts)
  const segment::Sentence* s;  // the sentence that holds it
  size_t part;                 // index of that sentence among the bead's sentences of its side
  double rel;                  // relative position of the fact's middle in the side's text (0..1)
  bool matched = false;        // a figure or date matched on the other side (set by figures.h)
};

// One side of a bead.
struct BeadSide {
  const std::vector<int>* ids = nullptr;                  // the bead's sentence ids, in order
  const std::vector<segment::Sentence>* sents = nullptr;  // every sentence of the document side
  Lang lang = Lang::kEn;
  std::string name;              // LangName(lang), for messages
  std::vector<BeadFact> facts;   // the facts of the bead's sentences, in text order

  const segment::Sentence& sentence(int id) const { return (*sents)[static_cast<size_t>(id)]; }
  // Bytes of the bead's sentences of this side, together.
  size_t TextBytes() const;
};

struct BeadView {
  // Gathers the facts of both sides of `bead` from prepared->facts. All the
  // arguments must outlive the view; `coverage` may be null (no coverage
  // checks), `cache` is prepared->cache or an overlay of it.
  BeadView(const align::Bead& bead, const std::vector<segment::Sentence>& src,
           const std::vector<segment::Sentence>& tgt, const CheckerOptions& options,
           PreparedPair* prepared, WordVectorCache* cache, const CoverageScorer* coverage);

  // Whether a word-vector scorer is set (not the lexical baseline).
  bool has_vectors() const;

  const align::Bead& bead;
  const CheckerOptions& options;
  PreparedPair* prepared;
  WordVectorCache* cache;
  const CoverageScorer* coverage;
  BeadSide side[2];         // 0 = source, 1 = target
  std::vector<Flag> flags;  // the flags found so far, in the order the checks add them
  // The divergence features of the bead, set by the clause checks (clauses.h)
  // from their word links; read by MeasureBeadDivergence.
  std::optional<DivergenceFeatures> divergence_features;
};

// The text of a fact in its sentence ("2,000").
std::string FactText(const BeadFact& x);
// FactText followed by the fact's context word when it has one ("58 miles").
std::string FactWithContext(const BeadFact& x);
// The span of `fact` of sentence `s`, in the original input.
Span FactSpan(const Fact& fact, const segment::Sentence& s);
inline Span FactSpan(const BeadFact& x) { return FactSpan(*x.f, *x.s); }
// The span of the whole sentence `s`.
Span SentenceSpan(const segment::Sentence& s);

// Number of runs of ASCII letters, digits or non-ASCII bytes in `s`.
int CountWords(std::string_view s);
// `s` cut to at most `max_bytes` bytes (at a UTF-8 character boundary) with
// "…" appended when cut; for flag messages.
std::string Shorten(std::string_view s, size_t max_bytes);

// Whether every sentence `ids` of `sents` is a meta line (dateline, byline).
bool AllMeta(const std::vector<int>& ids, const std::vector<segment::Sentence>& sents);

// Sorts flags by severity (errors first), then by the start of their
// evidence (source span, else target span); stable.
void SortFlags(std::vector<Flag>* flags);

// Calls fn(begin, end) for each run of letters in `t` (ASCII letters and any
// non-ASCII byte, so accented letters stay inside their word).
template <typename Fn>
void ForEachLetterRun(std::string_view t, Fn fn) {
  text::ForEachLetterRun(t, fn);
}

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_BEAD_VIEW_H_
