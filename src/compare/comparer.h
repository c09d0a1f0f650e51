// Compares several reports of the same event (English and French, any mix):
// finds the facts they state, groups the same fact across the reports and
// says where the values conflict.
//
// Steps (docs/compare.md has the details and the limits):
//  1. Claims: per sentence, the figures, weekdays and dates with their bound,
//     predicate and subject (claim.h).
//  2. Sentence matching: every sentence against every sentence of the other
//     reports by the model's sentence vectors (one matrix product over all
//     sentences, plus a bonus for each value two sentences share); a pair is
//     matched when each is the other's nearest neighbour in its report and
//     the ratio margin (cosine over the mean of the two sentences' k nearest
//     cosines) is at least min_margin. Two sentences matched to one sentence
//     of a third report are related too.
//  3. Fact groups: two claims state the same fact when their values are of
//     one kind, their predicates are one (same lexicon class; outside the
//     lexicon, close word vectors or matched sentences), their subjects are
//     close (unit mean of the subject's word vectors; for a weekday or date,
//     of its clause's content words), and their sentences speak of the same
//     thing: matched, or close as wholes with close clauses, or (a weekday or
//     date with the same lexicon predicate) very close clauses. Two values
//     that differ, each with a fitting value in the other's sentence ("from 40
//     to 70", "from Wednesday to Thursday"), are not linked, nor two counts
//     of two owners (names near the figures). Each claim keeps only its best
//     counterparts in another report. Groups are the connected components
//     (union-find). docs/compare.md lists every rule.
//  4. Relation of each group: conflict (two linked values of two reports
//     cannot both be true), compatible (differ but can), agreement (same value and
//     bound everywhere), single source (one report only).
//
//   ASSIGN_OR_RETURN(Comparer comparer, Comparer::Create(model.get(), {}));
//   ASSIGN_OR_RETURN(CompareResult result, comparer.Compare(docs));
//   for (const FactGroup& g : result.groups) if (g.relation == Relation::kConflict) ...
#ifndef DRIFTALIGN_COMPARE_COMPARER_H_
#define DRIFTALIGN_COMPARE_COMPARER_H_

#include <string>
#include <vector>

#include "compare/claim.h"
#include "embed/model.h"
#include "segment/sentence.h"
#include "text/input.h"
#include "text/lang.h"
#include "text/status.h"

namespace driftalign::compare {

// One report, read and segmented.
struct CompareDoc {
  std::string path;  // as given
  text::Lang lang = text::Lang::kEn;
  text::Document doc;
  std::vector<segment::Sentence> sentences;
};

struct CompareOptions {
  ClaimOptions claims;
  // Cosine of the subjects' mean word vectors for two counts to count the
  // same thing. Default 0.65 (on the seed stories, one subject in two
  // languages scores 0.87 to 1, different subjects 0.40 to 0.58).
  double subject_threshold = 0.65;
  // The same for the context words of two weekdays or dates (their subject).
  // Default 0.35.
  double context_threshold = 0.35;
  // Cosine of two predicate words outside the lexicon. Default 0.6.
  double predicate_threshold = 0.6;
  // Sentences this close (cosine of the model's sentence vectors) speak of
  // the same thing even when they are not matched, if the clauses around the
  // two values are at least context_threshold_close (unit mean of their
  // content words). Defaults 0.78 and 0.8.
  double sentence_threshold = 0.78;
  double context_threshold_close = 0.8;
  // Two weekdays or dates with the same lexicon predicate whose clauses are
  // this close (unit mean of their content words) date the same event even in
  // sentences that are neither matched nor close. Default 0.84.
  double context_alone_threshold = 0.84;
  // A sentence matched to no sentence of another report links a count to
  // its nearest sentence there when the clauses are this close. Default 0.6.
  double context_threshold_nearest = 0.6;
  // Sentence matching: nearest neighbours averaged for the margin (k), and the
  // least margin of a matched pair. Defaults 4 and 1.0.
  int margin_k = 4;
  double min_margin = 1.0;
  // Added to the cosine of two sentences of different reports for each
  // figure, day or date both state, before the matching; a value stated by
  // more than max_value_rows sentences in all adds nothing. Defaults 0.05, 20.
  double shared_value_bonus = 0.05;
  int max_value_rows = 20;
  // A claim links to its best counterparts in another report only: links
  // whose score (clause cosine + subject cosine + half the sentence cosine)
  // is this far below the best of either claim are dropped. Default 0.15.
  double counterpart_slack = 0.15;
  // The compare verb refuses a report of more sentences than this
  // (--max-sentences).
  static constexpr size_t kDefaultReportSentences = 5000;
  // Sentences of all reports together, at most: the sentence matching holds
  // an N x N matrix of floats (12,000: 576 MB). More is an InputError.
  // Default 12000.
  size_t max_sentences_in_all = 12000;
  // Bounds that keep the cost linear in the input (docs/reliability-cost.md):
  // a sentence longer than max_sentence_bytes states no claim (its values
  // are not read); a sentence gives at most max_claims_per_sentence claims
  // (its first ones) and a report at most max_claims (those of its first
  // sentences). Each skip is said in CompareResult::notes. Defaults 16384
  // bytes (the longest sentence of the dev sets has 3,201), 64 and 2000 (a
  // news report states a few dozen). 0: no bound.
  size_t max_sentence_bytes = 16384;
  int max_claims_per_sentence = 64;
  int max_claims = 2000;
};

enum class Relation { kConflict, kCompatible, kAgreement, kSingleSource };
std::string_view RelationName(Relation r);  // "conflict", "compatible", "agreement", "single_source"

// One value of a fact group: the claim and where it is.
struct SourcedClaim {
  int doc = 0;       // index into the documents
  int sentence = 0;  // sentence id in that document
  Claim claim;       // spans are byte offsets into the sentence text
};

struct FactGroup {
  std::string what;  // subject + predicate, readable ("members of the security forces killed")
  Relation relation = Relation::kSingleSource;
  std::vector<SourcedClaim> values;  // by document, then sentence
};

struct CompareResult {
  std::vector<FactGroup> groups;  // conflicts, compatible, agreements, single source
  int claims = 0;
  int matched_sentence_pairs = 0;
  // Claims not compared because of a bound of CompareOptions, one line each
  // ("FILE: sentence 3 (byte offset 120) states more than 64 values; ...").
  std::vector<std::string> notes;
  // Pairs of claims tested for one fact (only claims of one kind, role and
  // predicate class can be): what the grouping's cost grows with.
  long long pair_tests = 0;
  int Count(Relation r) const;
};

class Comparer {
 public:
  // `model` gives the word and sentence vectors; it must outlive the Comparer.
  static StatusOr<Comparer> Create(const embed::Model* model, CompareOptions options);
  // Compares `docs` (at least two). Deterministic for the same input.
  StatusOr<CompareResult> Compare(const std::vector<CompareDoc>& docs) const;

 private:
  Comparer(const embed::Model* model, ClaimReader reader, CompareOptions options)
      : model_(model), reader_(std::move(reader)), options_(options) {}
  const embed::Model* model_;
  ClaimReader reader_;
  CompareOptions options_;
};

}  // namespace driftalign::compare

#endif  // DRIFTALIGN_COMPARE_COMPARER_H_
