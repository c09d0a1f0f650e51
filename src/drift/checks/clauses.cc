#include "drift/checks/clauses.h"

#include <algorithm>
#include <string>
#include <vector>

#include "drift/checks/bead_words.h"
#include "drift/checks/quotes.h"
#include "drift/coverage.h"

namespace driftalign::drift {

namespace {

// What the lexical pass found, per side (0 = source) and sentence of the bead.
struct LexicalEvidence {
  explicit LexicalEvidence(const BeadWords& words) {
    for (int k = 0; k < 2; ++k) {
      covered[k].resize(words.parts[k].size());
      thin[k].assign(words.parts[k].size(), false);
      quoted[k].assign(words.parts[k].size(), false);
    }
  }
  std::vector<std::vector<bool>> covered[2];  // lexically covered words of each sentence
  std::vector<bool> thin[2];    // the sentence has a clause thin on lexical evidence
  std::vector<bool> quoted[2];  // the sentence holds a quotation to measure
  bool any_thin[2] = {false, false};
};

// With word vectors: runs the lexical pass and loads the vectors of the
// sentences that need them. Returns false when nothing is left to measure.
bool LoadNeededVectors(const BeadView& view, const CoverageScorer& scorer, BeadWords* words,
                       QuotePairs* quotes, LexicalEvidence* ev) {
  const CheckerOptions& options = view.options;
  for (int k = 0; k < 2; ++k) {
    for (size_t p = 0; p < words->parts[k].size(); ++p) {
      ev->covered[k][p] = scorer.LexicallyCovered(*words->parts[k][p], words->all(1 - k));
      ev->any_thin[k] |= ev->thin[k][p] = HasThinClause(*words->parts[k][p], ev->covered[k][p],
                                                        options.partial_min_words, options.partial_max_coverage);
    }
  }
  std::vector<bool>* quoted[2] = {&ev->quoted[0], &ev->quoted[1]};
  const bool any_quote = MarkQuotesToMeasure(view, scorer, *words, quotes, quoted);
  if (!ev->any_thin[0] && !ev->any_thin[1] && !any_quote) return false;
  // A thin clause on one side is measured against every word of the other.
  for (int k = 0; k < 2; ++k) {
    for (size_t p = 0; p < words->parts[k].size(); ++p) {
      if (ev->any_thin[1 - k] || ev->quoted[k][p]) scorer.LoadVectors(words->parts[k][p], view.side[k].lang, view.cache);
    }
  }
  words->Restack();
  return true;
}

// Which words of sentence `p` of side `k` the other side covers. With
// vectors: the lexical pass, plus the vectors of the lexically uncovered
// words of its thin clauses.
std::vector<bool> MeasureCoverage(const BeadView& view, const CoverageScorer& scorer, const BeadWords& words,
                                  const LexicalEvidence& ev, int k, size_t p) {
  const ContentWords& w = *words.parts[k][p];
  const ContentWords& other = words.all(1 - k);
  if (!scorer.has_vectors()) return scorer.Covered(w, other);
  std::vector<bool> cov = ev.covered[k][p];
  std::vector<int> n, c_covered;
  CountClauseWords(w, cov, &n, &c_covered);
  std::vector<size_t> rows;
  for (size_t i = 0; i < w.word.size(); ++i) {
    const size_t c = static_cast<size_t>(w.clause[i]);
    if (!cov[i] && !w.exact_only[i] && n[c] >= view.options.partial_min_words &&
        static_cast<double>(c_covered[c]) / n[c] < view.options.partial_max_coverage) {
      rows.push_back(i);
    }
  }
  scorer.CoverRows(w, view.side[k].lang, other, rows, view.cache, &cov);
  return cov;
}

// The partial_omission (k = 0) / partial_addition (k = 1) flag of the clause
// [first, last) of sentence `s`, covered at `coverage`.
Flag PartialFlag(const BeadView& view, int k, const segment::Sentence& s, size_t first, size_t last,
                 double coverage) {
  const bool is_src = k == 0;
  const BeadSide& other = view.side[1 - k];
  Flag f;
  f.kind = is_src ? FlagKind::kPartialOmission : FlagKind::kPartialAddition;
  f.severity = Severity::kWarning;
  f.score = 1.0 - coverage;
  Span sp;
  sp.sentence = s.id;
  sp.begin = s.begin + first;
  sp.end = s.begin + last;
  sp.text = s.text.substr(first, last - first);
  (is_src ? f.src : f.tgt) = sp;
  (is_src ? f.tgt : f.src) = SentenceSpan(other.sentence(other.ids->front()));
  f.message = "“" + Shorten(sp.text, 90) + "” has no counterpart in the " + other.name + " (" +
              std::to_string(static_cast<int>(coverage * 100 + 0.5)) + "% of its words covered)";
  return f;
}

// Whether the bytes [first, last) of sentence `s` of side `k` lie inside a
// quotation already reported as quote_mismatch.
bool InsideMismatchedQuote(const std::vector<MismatchedQuote>& mismatched, int k, const segment::Sentence& s,
                           size_t first, size_t last) {
  bool inside = false;
  for (const MismatchedQuote& m : mismatched) {
    inside |= m.is_src == (k == 0) && m.sentence == s.id && s.begin + first >= m.begin && s.begin + last <= m.end;
  }
  return inside;
}

// Flags the thin clauses of the sentences of side `k`.
void AddPartialFlags(BeadView* view, const CoverageScorer& scorer, const BeadWords& words,
                     const LexicalEvidence& ev, const std::vector<MismatchedQuote>& mismatched, int k) {
  const CheckerOptions& options = view->options;
  for (size_t p = 0; p < words.parts[k].size(); ++p) {
    if (scorer.has_vectors() && !ev.thin[k][p]) continue;
    const ContentWords& w = *words.parts[k][p];
    const std::vector<bool> cov = MeasureCoverage(*view, scorer, words, ev, k, p);
    const segment::Sentence& s = view->side[k].sentence((*view->side[k].ids)[p]);
    for (size_t c = 0; c < w.clauses.size(); ++c) {
      int n = 0, covered = 0;
      size_t first = std::string::npos, last = 0;
      for (size_t i = 0; i < w.word.size(); ++i) {
        if (w.clause[i] != static_cast<int>(c)) continue;
        ++n;
        covered += cov[i];
        first = std::min(first, w.begin[i]);
        last = std::max(last, w.end[i]);
      }
      if (n < options.partial_min_words) continue;
      double coverage = static_cast<double>(covered) / n;
      if (coverage >= options.partial_max_coverage) continue;
      if (InsideMismatchedQuote(mismatched, k, s, first, last)) continue;
      view->flags.push_back(PartialFlag(*view, k, s, first, last, coverage));
    }
  }
}

}  // namespace

void AddClauseFlags(BeadView* view) {
  const CoverageScorer& scorer = *view->coverage;
  BeadWords words(view, scorer.dim());
  QuotePairs quotes(*view);
  LexicalEvidence ev(words);
  if (scorer.has_vectors() && !LoadNeededVectors(*view, scorer, &words, &quotes, &ev)) return;
  const std::vector<MismatchedQuote> mismatched = AddQuoteMismatchFlags(view, scorer, words, quotes);
  for (int k = 0; k < 2; ++k) AddPartialFlags(view, scorer, words, ev, mismatched, k);
}

}  // namespace driftalign::drift
