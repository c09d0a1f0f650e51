#include "compare/comparer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <utility>

#include "compare/lexicon.h"
#include "embed/document_vectors.h"

namespace driftalign::compare {

std::string_view RelationName(Relation r) {
  switch (r) {
    case Relation::kConflict: return "conflict";
    case Relation::kCompatible: return "compatible";
    case Relation::kAgreement: return "agreement";
    case Relation::kSingleSource: return "single_source";
  }
  return "single_source";
}

int CompareResult::Count(Relation r) const {
  return static_cast<int>(std::count_if(groups.begin(), groups.end(),
                                        [r](const FactGroup& g) { return g.relation == r; }));
}

namespace {

// Unit word vectors, looked up once per (language, word).
class WordVectors {
 public:
  explicit WordVectors(const embed::Model* model) : model_(model), dim_(model ? model->dim() : 0) {}
  int dim() const { return dim_; }
  const std::vector<float>& Of(text::Lang lang, const std::string& word) {
    auto [it, added] = cache_[static_cast<int>(lang)].try_emplace(word);
    if (added && model_ != nullptr) {
      it->second.assign(static_cast<size_t>(dim_), 0.0f);
      model_->WordVector(text::LangCode(lang), word, it->second.data());
      Normalise(&it->second);
    }
    return it->second;
  }
  // The unit mean of the words' unit vectors; empty when no word has one.
  std::vector<float> Mean(text::Lang lang, const std::vector<std::string>& words) {
    std::vector<float> sum(static_cast<size_t>(dim_), 0.0f);
    for (const std::string& w : words) {
      const std::vector<float>& v = Of(lang, w);
      for (size_t i = 0; i < v.size(); ++i) sum[i] += v[i];
    }
    Normalise(&sum);
    return sum;
  }
  static void Normalise(std::vector<float>* v) {
    double n = 0;
    for (float x : *v) n += static_cast<double>(x) * x;
    if (n <= 0) {
      v->clear();
      return;
    }
    const float s = static_cast<float>(1.0 / std::sqrt(n));
    for (float& x : *v) x *= s;
  }

 private:
  const embed::Model* model_;
  int dim_;
  std::unordered_map<std::string, std::vector<float>> cache_[2];
};

double Cosine(const std::vector<float>& a, const std::vector<float>& b) {
  if (a.empty() || b.empty() || a.size() != b.size()) return 0;
  double s = 0;
  for (size_t i = 0; i < a.size(); ++i) s += static_cast<double>(a[i]) * b[i];
  return s;
}

// A claim with what the grouping needs.
struct Node {
  SourcedClaim source;
  int global_sentence = 0;             // row in the stacked sentence matrix
  std::vector<float> subject;          // unit mean of the subject's word vectors
  std::vector<float> predicate;        // unit vector of the predicate word
  std::vector<float> context;          // unit mean of its clause's content words
};

struct UnionFind {
  explicit UnionFind(int n) : parent(static_cast<size_t>(n)) {
    std::iota(parent.begin(), parent.end(), 0);
  }
  int Find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::vector<int> parent;
};

// Matched sentence pairs across documents (mutual nearest neighbours with a
// ratio margin), as a set of (row, row) with the lower row first.
std::set<std::pair<int, int>> MatchSentences(const embed::RowMatrix& all, const std::vector<int>& doc_of,
                                             const std::vector<std::vector<std::string>>& values_of,
                                             int n_docs, const CompareOptions& options,
                                             std::vector<int>* nearest) {
  std::set<std::pair<int, int>> matched;
  const int n = static_cast<int>(all.rows());
  if (n == 0) return matched;
  embed::RowMatrix sim = all * all.transpose();  // n x n cosines (unit rows)
  // Sentences of two reports that state the same figure, day or date are
  // that much closer (values stated by many sentences are no evidence).
  std::unordered_map<std::string, std::vector<int>> rows_of_value;
  for (int x = 0; x < n; ++x) {
    for (const std::string& key : values_of[static_cast<size_t>(x)]) rows_of_value[key].push_back(x);
  }
  for (const auto& [key, rows] : rows_of_value) {
    if (rows.size() > static_cast<size_t>(options.max_value_rows)) continue;
    for (int x : rows) {
      for (int y : rows) {
        if (doc_of[static_cast<size_t>(x)] != doc_of[static_cast<size_t>(y)]) {
          sim(x, y) += static_cast<float>(options.shared_value_bonus);
        }
      }
    }
  }
  // The mean of each sentence's k best cosines to sentences of other documents.
  std::vector<float> knn(static_cast<size_t>(n), 0.0f);
  // best[x * n_docs + d]: x's nearest sentence in document d.
  std::vector<int>& best = *nearest;
  best.assign(static_cast<size_t>(n) * static_cast<size_t>(n_docs), -1);
  std::vector<float> row;
  for (int x = 0; x < n; ++x) {
    row.clear();
    for (int y = 0; y < n; ++y) {
      if (doc_of[y] == doc_of[x]) continue;
      const float s = sim(x, y);
      row.push_back(s);
      int& b = best[static_cast<size_t>(x) * n_docs + doc_of[y]];
      if (b < 0 || s > sim(x, b)) b = y;
    }
    const size_t k = std::min(row.size(), static_cast<size_t>(std::max(1, options.margin_k)));
    if (k == 0) continue;
    std::partial_sort(row.begin(), row.begin() + static_cast<long>(k), row.end(), std::greater<float>());
    knn[x] = std::accumulate(row.begin(), row.begin() + static_cast<long>(k), 0.0f) / static_cast<float>(k);
  }
  for (int x = 0; x < n; ++x) {
    for (int d = 0; d < n_docs; ++d) {
      const int y = best[static_cast<size_t>(x) * n_docs + d];
      if (y < 0 || y < x || best[static_cast<size_t>(y) * n_docs + doc_of[x]] != x) continue;
      const double denom = 0.5 * (knn[x] + knn[y]);
      if (denom <= 0 || sim(x, y) / denom < options.min_margin) continue;
      matched.insert({x, y});
    }
  }
  return matched;
}

bool IsTimeKind(ValueKind k) { return k == ValueKind::kWeekday || k == ValueKind::kDate; }

// Whether two lower-case names are one, allowing a misspelling: equal, or
// both of 5 letters or more within two edits ("teltovic" / "teletovic").
bool NameAlike(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 5 || b.size() < 5) return false;
  const size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > 2) return false;
  std::vector<size_t> prev(m + 1), cur(m + 1);
  std::iota(prev.begin(), prev.end(), size_t{0});
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[m] <= 2;
}

bool AnyNameAlike(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  for (const std::string& a : x) {
    for (const std::string& b : y) {
      if (NameAlike(a, b)) return true;
    }
  }
  return false;
}

// Whether y's figure is someone else's than x's: y's clause names someone
// that x's sentence names too but not in x's clause, and x's clause names
// someone not named in y's clause.
bool OtherOwner(const Claim& x, const Claim& y) {
  if (x.context_names.empty() || y.context_names.empty() || AnyNameAlike(x.context_names, y.context_names)) {
    return false;
  }
  return AnyNameAlike(y.context_names, x.sentence_names);
}

// A subject that names people in general ("persons", "personnes", "people").
bool IsPeople(const std::vector<std::string>& subject) {
  static constexpr std::string_view kWords[] = {"people", "persons", "personnes", "individus",
                                                "individuals", "gens"};
  return subject.size() == 1 &&
         std::find(std::begin(kWords), std::end(kWords), subject.front()) != std::end(kWords);
}

// Adds the key of a stated value ("13", "sunday", "january 6 2022") to a
// sentence's keys, once. Vague quantities ("dozens", "several") have none.
void AddValueKey(const Value& v, std::vector<std::string>* keys) {
  if (v.bound == Bound::kVague) return;
  std::string key = ValueKey(v);
  if (key.empty()) key = ValueText(Value::Count(v.number, Bound::kExact));
  if (std::find(keys->begin(), keys->end(), key) == keys->end()) keys->push_back(std::move(key));
}

}  // namespace

StatusOr<Comparer> Comparer::Create(const embed::Model* model, CompareOptions options) {
  if (model == nullptr) return InvalidArgument("compare needs a model (word and sentence vectors)");
  ASSIGN_OR_RETURN(ClaimReader reader, ClaimReader::Create(options.claims));
  return Comparer(model, std::move(reader), options);
}

namespace {

// Everything Compare works on, built once.
class Grouping {
 public:
  Grouping(const embed::Model* model, const ClaimReader& reader, const CompareOptions& options,
           const std::vector<CompareDoc>& docs)
      : model_(model), reader_(reader), options_(options), docs_(docs), vectors_(model) {}

  CompareResult Run() {
    ReadClaims();
    matched_ = MatchSentences(sentences_, doc_of_sentence_, values_of_sentence_, static_cast<int>(docs_.size()),
                              options_, &nearest_);
    for (const auto& [x, y] : matched_) {
      partner_[{x, doc_of_sentence_[y]}] = y;
      partner_[{y, doc_of_sentence_[x]}] = x;
    }
    // Candidate links, then for two reports only each claim's best
    // counterparts in the other (mutually best, within counterpart_slack):
    // "eight three-pointers" (the player) finds "seven three-pointers" (the
    // player), not "14 three-pointers" (the team) of a matched sentence.
    struct Link {
      int i, j;
      double score;
    };
    std::vector<Link> links;
    const int n_docs = static_cast<int>(docs_.size());
    std::vector<double> best(nodes_.size() * static_cast<size_t>(n_docs), -1e9);
    // Only claims of one bucket can state one fact (SameFact's first tests),
    // so only pairs within a bucket are tested. The links, the best scores and
    // the groups do not depend on the order the pairs are tested in.
    long long pair_tests = 0;
    for (const std::vector<int>& bucket : Buckets()) {
      for (size_t bi_pos = 0; bi_pos < bucket.size(); ++bi_pos) {
        const size_t i = static_cast<size_t>(bucket[bi_pos]);
        for (size_t bj_pos = bi_pos + 1; bj_pos < bucket.size(); ++bj_pos) {
          const size_t j = static_cast<size_t>(bucket[bj_pos]);
          ++pair_tests;
          if (!SameFact(nodes_[i], nodes_[j])) continue;
          const double score = LinkScore(nodes_[i], nodes_[j]);
          links.push_back({static_cast<int>(i), static_cast<int>(j), score});
          if (nodes_[i].source.doc == nodes_[j].source.doc) continue;
          double& bi = best[i * n_docs + nodes_[j].source.doc];
          double& bj = best[j * n_docs + nodes_[i].source.doc];
          bi = std::max(bi, score);
          bj = std::max(bj, score);
        }
      }
    }
    UnionFind uf(static_cast<int>(nodes_.size()));
    for (const Link& l : links) {
      const Node& a = nodes_[static_cast<size_t>(l.i)];
      const Node& b = nodes_[static_cast<size_t>(l.j)];
      if (a.source.doc != b.source.doc &&
          (l.score < best[static_cast<size_t>(l.i) * n_docs + b.source.doc] - options_.counterpart_slack ||
           l.score < best[static_cast<size_t>(l.j) * n_docs + a.source.doc] - options_.counterpart_slack)) {
        continue;
      }
      uf.Join(l.i, l.j);
      if (a.source.doc != b.source.doc && !CanBothBeTrue(a.source.claim.value, b.source.claim.value)) {
        conflicting_links_.insert({l.i, l.j});
      }
    }
    std::map<int, FactGroup> by_root;
    std::set<int> conflict_roots;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      by_root[uf.Find(static_cast<int>(i))].values.push_back(nodes_[i].source);
    }
    for (const auto& [i, j] : conflicting_links_) conflict_roots.insert(uf.Find(i));
    CompareResult result;
    result.claims = static_cast<int>(nodes_.size());
    result.matched_sentence_pairs = static_cast<int>(matched_.size());
    result.notes = std::move(notes_);
    result.pair_tests = pair_tests;
    for (auto& [root, group] : by_root) {
      Classify(conflict_roots.count(root) > 0, &group);
      group.what = What(group);
      result.groups.push_back(std::move(group));
    }
    std::stable_sort(result.groups.begin(), result.groups.end(),
                     [](const FactGroup& a, const FactGroup& b) { return a.relation < b.relation; });
    return result;
  }

 private:
  void ReadClaims() {
    int rows = 0;
    for (const CompareDoc& d : docs_) rows += static_cast<int>(d.sentences.size());
    sentences_.resize(rows, model_->dim());
    int row = 0;
    for (size_t d = 0; d < docs_.size(); ++d) {
      const CompareDoc& doc = docs_[d];
      std::vector<std::string_view> texts;
      for (const segment::Sentence& s : doc.sentences) texts.push_back(s.text);
      const embed::DocumentVectors vectors =
          embed::DocumentVectors::Build(*model_, std::string(text::LangCode(doc.lang)), texts);
      ClaimBounds bounds;
      for (size_t s = 0; s < doc.sentences.size(); ++s, ++row) {
        sentences_.row(row) = vectors.Sentences().row(static_cast<long>(s));
        doc_of_sentence_.push_back(static_cast<int>(d));
        claims_of_sentence_.emplace_back();
        values_of_sentence_.emplace_back();
        for (Claim& c : BoundedClaims(doc.sentences[s], doc.lang, &bounds)) {
          Node node;
          node.source.doc = static_cast<int>(d);
          node.source.sentence = doc.sentences[s].id;
          node.global_sentence = row;
          node.subject = vectors_.Mean(doc.lang, c.subject);
          node.context = vectors_.Mean(doc.lang, c.context);
          if (c.predicate_class < 0 && !c.predicate.empty()) {
            node.predicate = vectors_.Of(doc.lang, c.predicate);
          }
          node.source.claim = std::move(c);
          claims_of_sentence_.back().push_back(static_cast<int>(nodes_.size()));
          AddValueKey(c.value, &values_of_sentence_.back());
          nodes_.push_back(std::move(node));
        }
      }
      bounds.AddNotes(doc.path, options_, &notes_);
    }
  }

  // What the bounds of CompareOptions left out of one report.
  struct ClaimBounds {
    int claims = 0;               // claims kept so far
    int long_sentences = 0;       // sentences over max_sentence_bytes
    size_t first_long = 0;        // the first one's byte offset
    int crowded_sentences = 0;    // sentences over max_claims_per_sentence
    size_t first_crowded = 0;
    bool claims_cut = false;      // max_claims reached
    size_t cut_at = 0;            // the byte offset of the first claim left out

    void AddNotes(const std::string& path, const CompareOptions& o, std::vector<std::string>* notes) const {
      if (long_sentences > 0) {
        notes->push_back(path + ": " + std::to_string(long_sentences) + " sentence(s) longer than " +
                         std::to_string(o.max_sentence_bytes) +
                         " bytes: their values are not compared (the first at byte offset " +
                         std::to_string(first_long) + ")");
      }
      if (crowded_sentences > 0) {
        notes->push_back(path + ": " + std::to_string(crowded_sentences) + " sentence(s) state more than " +
                         std::to_string(o.max_claims_per_sentence) + " values: only their first " +
                         std::to_string(o.max_claims_per_sentence) +
                         " are compared (the first such sentence at byte offset " + std::to_string(first_crowded) +
                         ")");
      }
      if (claims_cut) {
        notes->push_back(path + ": more than " + std::to_string(o.max_claims) +
                         " values: those from byte offset " + std::to_string(cut_at) + " on are not compared");
      }
    }
  };

  // The claims of one sentence within the bounds of CompareOptions (each
  // sentence is read once; the cost of a report is linear in its bytes).
  std::vector<Claim> BoundedClaims(const segment::Sentence& sentence, text::Lang lang, ClaimBounds* b) const {
    if (b->claims_cut) return {};
    if (options_.max_sentence_bytes > 0 && sentence.text.size() > options_.max_sentence_bytes) {
      if (b->long_sentences++ == 0) b->first_long = sentence.begin;
      return {};
    }
    std::vector<Claim> claims = reader_.Read(sentence.text, lang);
    const size_t per_sentence = static_cast<size_t>(options_.max_claims_per_sentence);
    if (per_sentence > 0 && claims.size() > per_sentence) {
      if (b->crowded_sentences++ == 0) b->first_crowded = sentence.begin;
      claims.resize(per_sentence);
    }
    if (options_.max_claims > 0 && b->claims + static_cast<int>(claims.size()) > options_.max_claims) {
      const size_t keep = static_cast<size_t>(options_.max_claims - b->claims);
      b->claims_cut = true;
      b->cut_at = sentence.begin + claims[keep].span.begin;
      claims.resize(keep);
    }
    b->claims += static_cast<int>(claims.size());
    return claims;
  }

  // The claims that can state one fact together, each list in ascending
  // order: those of one value kind and, for a weekday or date, one time role;
  // for a figure, one predicate class too (-1, none, is a class of its own).
  // A weekday or date of any class may pair with one without (SameFact).
  std::vector<std::vector<int>> Buckets() const {
    std::map<std::pair<int, int>, std::vector<int>> by_key;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      const Claim& c = nodes_[i].source.claim;
      const int second = IsTimeKind(c.value.kind) ? static_cast<int>(c.time_role) : c.predicate_class;
      by_key[{static_cast<int>(c.value.kind), second}].push_back(static_cast<int>(i));
    }
    std::vector<std::vector<int>> buckets;
    buckets.reserve(by_key.size());
    for (auto& [key, list] : by_key) buckets.push_back(std::move(list));
    return buckets;
  }

  // Whether the sentence of `other` holds a claim of v's kind that v fits
  // (then v's counterpart there is that claim, not `other`: "from 40 to 70",
  // "overnight from Wednesday to Thursday").
  bool SentenceHolds(const Node& other, const Value& v) const {
    for (int k : claims_of_sentence_[static_cast<size_t>(other.global_sentence)]) {
      const Value& w = nodes_[static_cast<size_t>(k)].source.claim.value;
      // A vague quantity ("quelques heures") fits too much to part two values.
      if (w.kind == v.kind && w.bound != Bound::kVague && CanBothBeTrue(w, v)) return true;
    }
    return false;
  }

  bool SameFact(const Node& a, const Node& b) const {
    const Claim& x = a.source.claim;
    const Claim& y = b.source.claim;
    if (x.value.kind != y.value.kind) return false;
    const bool time = IsTimeKind(x.value.kind);
    if (time && x.time_role != y.time_role) return false;  // "since Tuesday" is not "on Tuesday"
    // One predicate: the same lexicon class, or two close words outside it. A
    // weekday or date without one is dated by its clause alone.
    if (x.predicate_class >= 0 && y.predicate_class >= 0) {
      if (x.predicate_class != y.predicate_class) return false;
    } else if (time) {
      if (x.predicate_class >= 0 && y.predicate_class >= 0) return false;
    } else if (x.predicate_class >= 0 || y.predicate_class >= 0) {
      return false;  // an event word on one side only: two kinds of statement
    } else if (x.predicate != y.predicate &&
               (x.predicate.empty() || y.predicate.empty() ||
                Cosine(a.predicate, b.predicate) < options_.predicate_threshold)) {
      // Outside the lexicon the word after the subject is a weak clue: two
      // different ones (or one and none) only part values whose sentences
      // are not matched, directly or through a third report.
      if (!Related(a.global_sentence, b.global_sentence)) return false;
    }
    // One subject (a count with neither subject nor predicate says nothing of what it counts).
    if (x.subject.empty() != y.subject.empty()) return false;
    if (!time && x.subject.empty() && (x.predicate.empty() || y.predicate.empty())) return false;
    const double threshold = time ? options_.context_threshold : options_.subject_threshold;
    // "eleven persons ... detained" / "twelve suspects arrested": people in
    // general may be any people an event word of the lexicon counts.
    const bool people = !time && x.predicate_class >= 0 && x.predicate_class == y.predicate_class &&
                        (IsPeople(x.subject) || IsPeople(y.subject));
    // In sentences that state the same (matched, directly or through a third
    // report), one event word suffices: "a 35,000-strong rapid reaction force
    // to protect" / "une force ... de 30 000 hommes pour protéger".
    const bool same_event =
        !time && ((x.predicate_class >= 0 && x.predicate_class == y.predicate_class) ||
                  (x.predicate_class < 0 && y.predicate_class < 0 && !x.predicate.empty() && !y.predicate.empty() &&
                   (x.predicate == y.predicate || Cosine(a.predicate, b.predicate) >= options_.predicate_threshold)));
    if (!x.subject.empty() && !people && Cosine(a.subject, b.subject) < threshold &&
        !(same_event && a.source.doc != b.source.doc && Related(a.global_sentence, b.global_sentence))) {
      return false;
    }
    // Whose figure: a count whose clause names someone, next to a count of a
    // sentence that names the other's owner away from its figure, is another
    // owner's ("... Dusko Ivanovic's team ..., Teletovic ... with eight
    // three-pointers" / "Dusko Ivanovic's side scored 14 three-pointers").
    if (!time && a.source.doc != b.source.doc && (OtherOwner(x, y) || OtherOwner(y, x))) return false;
    // Two values that cannot both be true, each with a fitting value in the
    // other's sentence, are two different facts side by side.
    if (!CanBothBeTrue(x.value, y.value) && (SentenceHolds(b, x.value) || SentenceHolds(a, y.value))) {
      return false;
    }
    // And the sentences speak of the same thing: matched, or close as wholes
    // with close clauses;
    // a weekday or date with the same lexicon predicate on both sides ("riots
    // sparked on Sunday" / "crise provoquée samedi") may rest on its clause alone.
    // Within one report only repeated statements group (the same value again).
    if (a.source.doc == b.source.doc) {
      return a.global_sentence != b.global_sentence && SameValue(x.value, y.value) &&
             SentenceCosine(a, b) >= options_.sentence_threshold;
    }
    if (Related(a.global_sentence, b.global_sentence)) return true;
    // A sentence split in two ("... à Shawinigan, et trois maisons ont été
    // évacuées" / "... at Shawinigan." "Two houses were evacuated."): the
    // neighbour of a matched sentence, with one event word of the lexicon.
    // (A reporting verb, "said", "annoncé", is no such evidence.)
    if (x.predicate_class >= 0 && x.predicate_class == y.predicate_class && !time &&
        x.predicate_class != PredicateClass("said") &&
        (NextToMatch(a.global_sentence, b) || NextToMatch(b.global_sentence, a))) {
      return true;
    }
    // Two sentences each matched to another sentence of the other's report
    // state other things, however close they are ("rain fell until Wednesday"
    // / "more rain expected until Thursday").
    if (MatchedElsewhere(a.global_sentence, b.global_sentence) &&
        MatchedElsewhere(b.global_sentence, a.global_sentence)) {
      return false;
    }
    const double context = Cosine(a.context, b.context);
    if (SentenceCosine(a, b) >= options_.sentence_threshold && context >= options_.context_threshold_close) {
      return true;
    }
    // A sentence matched to none of the other reports (a restructured one)
    // whose nearest sentence in the other's report is the other's, with close clauses.
    if (!time && (NearestOnly(a.global_sentence, b.global_sentence) ||
                  NearestOnly(b.global_sentence, a.global_sentence)) &&
        context >= options_.context_threshold_nearest) {
      return true;
    }
    return time && x.predicate_class >= 0 && x.predicate_class == y.predicate_class &&
           context >= options_.context_alone_threshold;
  }

  // Sentences x and y (two reports) state the same: matched, or both matched
  // to one sentence of a third report.
  bool Related(int x, int y) const {
    const auto key = std::minmax(x, y);
    if (matched_.count({key.first, key.second}) > 0) return true;
    if (MatchedElsewhere(x, y) || MatchedElsewhere(y, x)) return false;
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      if (d == doc_of_sentence_[static_cast<size_t>(x)] || d == doc_of_sentence_[static_cast<size_t>(y)]) continue;
      const auto a = partner_.find({x, d});
      const auto b = partner_.find({y, d});
      if (a != partner_.end() && b != partner_.end() && a->second == b->second) return true;
    }
    return false;
  }

  // Sentence x is matched to no sentence of any other report (a sentence
  // rewritten beyond matching) and y is its nearest sentence in y's report.
  bool NearestOnly(int x, int y) const {
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      if (partner_.count({x, d}) > 0) return false;
    }
    const int d = doc_of_sentence_[static_cast<size_t>(y)];
    return nearest_[static_cast<size_t>(x) * docs_.size() + static_cast<size_t>(d)] == y;
  }

  // Sentence x is next to (one sentence before or after) the sentence p that
  // claim y's sentence is matched to, and p states nothing of y's kind and
  // event (so y's counterpart, if any, is not there).
  bool NextToMatch(int x, const Node& y) const {
    const auto it = partner_.find({y.global_sentence, doc_of_sentence_[static_cast<size_t>(x)]});
    if (it == partner_.end() || std::abs(it->second - x) != 1) return false;
    for (int k : claims_of_sentence_[static_cast<size_t>(it->second)]) {
      const Claim& c = nodes_[static_cast<size_t>(k)].source.claim;
      if (c.value.kind == y.source.claim.value.kind && c.predicate_class == y.source.claim.predicate_class) {
        return false;
      }
    }
    return true;
  }

  // How well two linked claims fit: their clauses, subjects and sentences.
  double LinkScore(const Node& a, const Node& b) const {
    double score = Cosine(a.context, b.context) + 0.5 * SentenceCosine(a, b);
    if (!a.subject.empty() && !b.subject.empty()) score += Cosine(a.subject, b.subject);
    return score;
  }

  // Whether sentence row x is matched to a sentence of y's report other than y.
  bool MatchedElsewhere(int x, int y) const {
    const auto it = partner_.find({x, doc_of_sentence_[static_cast<size_t>(y)]});
    return it != partner_.end() && it->second != y;
  }

  double SentenceCosine(const Node& a, const Node& b) const {
    return sentences_.row(a.global_sentence).dot(sentences_.row(b.global_sentence));
  }

  // A group is a conflict when two of its values from different documents
  // are linked directly (not only through other values) and cannot both be true.
  static void Classify(bool conflicting_link, FactGroup* g) {
    std::set<int> docs;
    for (const SourcedClaim& v : g->values) docs.insert(v.doc);
    if (docs.size() < 2) {
      g->relation = Relation::kSingleSource;
      return;
    }
    if (conflicting_link) {
      g->relation = Relation::kConflict;
      return;
    }
    bool same = true;
    for (const SourcedClaim& v : g->values) same = same && SameValue(v.claim.value, g->values.front().claim.value);
    g->relation = same ? Relation::kAgreement : Relation::kCompatible;
  }

  // "members of the security forces killed": the subject phrase and the
  // predicate of the group's first English value (else its first value).
  std::string What(const FactGroup& g) const {
    const SourcedClaim* pick = &g.values.front();
    for (const SourcedClaim& v : g.values) {
      if (docs_[static_cast<size_t>(v.doc)].lang == text::Lang::kEn) {
        pick = &v;
        break;
      }
    }
    const Claim& c = pick->claim;
    const std::string& sentence = SentenceText(*pick);
    const auto cut = [&](const Span& s) { return sentence.substr(s.begin, s.end - s.begin); };
    std::string pred = c.predicate_class >= 0 ? std::string(PredicateClassName(c.predicate_class)) : c.predicate;
    if (IsTimeKind(c.value.kind)) {
      std::string what = c.value.kind == ValueKind::kWeekday ? "day" : "date";
      if (!pred.empty()) what += " " + pred;
      if (!c.subject.empty()) {
        what += " (";
        for (size_t i = 0; i < c.subject.size() && i < 4; ++i) what += (i ? " " : "") + c.subject[i];
        what += ")";
      }
      return what;
    }
    std::string what = c.subject_span.empty() ? std::string() : cut(c.subject_span);
    if (!pred.empty()) what += (what.empty() ? "" : " ") + pred;
    if (c.value.kind == ValueKind::kPercent) what += " (percent)";
    return what.empty() ? "figure" : what;
  }

  const std::string& SentenceText(const SourcedClaim& v) const {
    return docs_[static_cast<size_t>(v.doc)].sentences[static_cast<size_t>(v.sentence)].text;
  }

  const embed::Model* model_;
  const ClaimReader& reader_;
  const CompareOptions& options_;
  const std::vector<CompareDoc>& docs_;
  WordVectors vectors_;
  std::vector<Node> nodes_;
  embed::RowMatrix sentences_;
  std::vector<int> doc_of_sentence_;
  std::vector<std::vector<int>> claims_of_sentence_;  // global sentence -> node indices
  std::vector<std::vector<std::string>> values_of_sentence_;  // global sentence -> its value keys, once each
  std::set<std::pair<int, int>> conflicting_links_;   // direct links between values that conflict
  std::set<std::pair<int, int>> matched_;
  std::map<std::pair<int, int>, int> partner_;
  std::vector<int> nearest_;  // row * reports + report -> the row's nearest sentence there  // (sentence row, other report) -> its matched row there
  std::vector<std::string> notes_;  // what the bounds left out (CompareResult::notes)
};

}  // namespace

StatusOr<CompareResult> Comparer::Compare(const std::vector<CompareDoc>& docs) const {
  if (docs.size() < 2) {
    return InvalidArgument("compare needs at least two documents, got " + std::to_string(docs.size()));
  }
  for (const CompareDoc& d : docs) {
    for (size_t i = 0; i < d.sentences.size(); ++i) {
      if (d.sentences[i].id != static_cast<int>(i)) {
        return InvalidArgument(d.path + ": sentence ids must be 0, 1, 2, ... in order");
      }
    }
  }
  size_t in_all = 0;
  for (const CompareDoc& d : docs) in_all += d.sentences.size();
  if (options_.max_sentences_in_all > 0 && in_all > options_.max_sentences_in_all) {
    return InputError("the " + std::to_string(docs.size()) + " reports hold " + std::to_string(in_all) +
                      " sentences in all, more than compare's limit of " +
                      std::to_string(options_.max_sentences_in_all) +
                      " (the sentence matching compares every sentence with every other)");
  }
  Grouping grouping(model_, reader_, options_, docs);
  return grouping.Run();
}

}  // namespace driftalign::compare
