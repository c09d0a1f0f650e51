#include "drift/coverage.h"

#include <algorithm>
#include <cassert>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "drift/text_util.h"

namespace driftalign::drift {

namespace {

const std::unordered_set<std::string>& StopWords(Lang lang) {
  static const std::unordered_set<std::string> en = {
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
      "from", "as", "into", "about", "than", "that", "this", "these", "those", "which", "who",
      "whom", "whose", "what", "it", "its", "is", "are", "was", "were", "be", "been", "being",
      "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
      "could", "may", "might", "must", "not", "no", "he", "she", "they", "we", "you", "i", "him",
      "her", "them", "us", "me", "his", "their", "our", "your", "my", "there", "here", "so",
      "if", "also", "such", "then", "when", "where", "while", "all", "any", "some", "s", "t",
      "up", "out", "over", "after", "before", "because", "more", "most", "very", "just", "only",
      "said", "says", "one", "other", "how", "why", "both", "each", "own", "same", "too", "now"};
  static const std::unordered_set<std::string> fr = {
      "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "mais", "à", "au",
      "aux", "en", "dans", "par", "pour", "sur", "avec", "sans", "sous", "entre", "vers", "chez",
      "que", "qu", "qui", "quoi", "dont", "où", "ce", "cet", "cette", "ces", "c", "il", "elle",
      "ils", "elles", "on", "nous", "vous", "je", "j", "se", "s", "sa", "son", "ses", "leur",
      "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "lui", "y", "ne", "n", "pas",
      "plus", "est", "sont", "était", "étaient", "été", "être", "a", "ont", "avait", "avaient",
      "avoir", "fait", "été", "sera", "seront", "aussi", "très", "tout", "tous", "toute",
      "toutes", "si", "comme", "alors", "ainsi", "même", "m", "t", "autre", "autres", "selon",
      "après", "avant", "depuis", "lors", "encore", "déjà", "peu", "cela", "ça", "été"};
  return lang == Lang::kEn ? en : fr;
}

bool IsClauseMark(UChar32 c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
         c == 0x2014 || c == 0x2013 || c == '"' || c == 0x201C || c == 0x201D || c == 0xAB ||
         c == 0xBB || c == '.' || c == '!' || c == '?';
}

}  // namespace

CoverageScorer::CoverageScorer(int dim, WordVectorFn vector, CoverageOptions options)
    : dim_(dim), vector_(std::move(vector)), options_(options) {}

int WordVectorCache::Key(std::string_view key) {
  if (base_ != nullptr) {
    auto it = base_->key_ids.find(key);
    if (it != base_->key_ids.end()) return it->second;
  }
  auto it = key_ids.find(key);
  if (it != key_ids.end()) return it->second;
  const int id = base_keys_ + static_cast<int>(keys.size());
  keys.emplace_back(key);
  key_ids.emplace(keys.back(), id);
  return id;
}

const WordVectorCache::Surface& WordVectorCache::Lookup(std::string_view surface, Lang lang, bool upper,
                                                        int letters) {
  if (base_ != nullptr) {
    const auto& map = base_->surfaces[static_cast<int>(lang)];
    auto it = map.find(surface);
    if (it != map.end()) return it->second;
  }
  auto& map = surfaces[static_cast<int>(lang)];
  auto it = map.find(surface);
  if (it != map.end()) return it->second;
  Surface e;
  const std::string low = LowerUtf8(surface);
  e.skip = StopWords(lang).count(low) > 0 || letters < 2;
  e.exact_only = upper && letters >= 2 && letters <= 6;
  const std::string word = upper ? CanonicalEntityKey(FoldAccents(low)) : low;
  e.key = Key(word);
  const std::string folded = FoldAccents(word);
  e.prefix = folded.size() >= 5 ? Key(folded.substr(0, 5)) : -1;
  return map.emplace(std::string(surface), e).first->second;
}

const float* WordVectorCache::Find(int key, int lang, int dim) const {
  if (static_cast<size_t>(key) >= row[lang].size() || row[lang][key] < 0) return nullptr;
  const int r = row[lang][key];
  return blocks[lang][r / kBlockRows].get() + static_cast<size_t>(r % kBlockRows) * dim;
}

const float* WordVectorCache::Vector(int key, Lang lang, int dim, const WordVectorFn& fn) {
  const int l = static_cast<int>(lang);
  if (base_ != nullptr && key < base_keys_) {
    if (const float* v = base_->Find(key, l, dim)) return v;
  }
  if (const float* v = Find(key, l, dim)) return v;
  if (row[l].size() <= static_cast<size_t>(key)) row[l].resize(key_count(), -1);
  // Rows live in fixed blocks: no reallocation, no copy, as the table grows.
  const int r = row[l][key] = rows[l]++;
  if (static_cast<size_t>(r / kBlockRows) >= blocks[l].size()) {
    blocks[l].push_back(std::make_unique<float[]>(static_cast<size_t>(kBlockRows) * dim));
  }
  float* v = blocks[l][r / kBlockRows].get() + static_cast<size_t>(r % kBlockRows) * dim;
  fn(lang, KeyText(key), v);
  return v;
}

ContentWords CoverageScorer::Words(std::string_view s, Lang lang, WordVectorCache* cache) const {
  WordVectorCache local;
  if (cache == nullptr) cache = &local;
  ContentWords w = Tokens(s, lang, cache);
  LoadVectors(&w, lang, cache);
  return w;
}

ContentWords CoverageScorer::Tokens(std::string_view s, Lang lang, WordVectorCache* cache) const {
  ContentWords w;
  int clause = 0;
  size_t clause_begin = 0;
  bool clause_has_word = false;
  auto close_clause = [&](size_t end) {
    if (clause_has_word) {
      w.clauses.push_back({clause_begin, end});
      ++clause;
    }
    clause_has_word = false;
  };
  std::string key;
  size_t i = 0;
  const int32_t len = static_cast<int32_t>(s.size());
  while (i < s.size()) {
    int32_t j = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s.data(), j, len, c);
    if (c >= '0' && c <= '9') {
      // A figure: digits with inner separators; key = digits only.
      size_t b = i, e = i;
      key.clear();
      int32_t k = static_cast<int32_t>(i);
      while (k < len) {
        int32_t k2 = k;
        UChar32 d;
        U8_NEXT(s.data(), k2, len, d);
        if (d >= '0' && d <= '9') { key += static_cast<char>(d); e = k2; k = k2; continue; }
        if ((d == ',' || d == '.' || d == 0xA0 || d == 0x202F || d == ' ') && k2 < len &&
            s[k2] >= '0' && s[k2] <= '9') { k = k2; continue; }
        break;
      }
      if (!clause_has_word) clause_begin = b;
      clause_has_word = true;
      w.begin.push_back(b);
      w.end.push_back(e);
      w.clause.push_back(clause);
      w.exact_only.push_back(true);
      w.word.push_back(cache->Key(key));
      w.prefix.push_back(-1);
      i = e;
      continue;
    }
    if (IsAlpha(c)) {
      size_t b = i;
      int32_t k = static_cast<int32_t>(i);
      bool upper = true;
      int letters = 0;
      while (k < len) {
        int32_t k2 = k;
        UChar32 d;
        U8_NEXT(s.data(), k2, len, d);
        const bool alpha = IsAlpha(d);
        if (!(alpha || IsMark(d) ||
              (d == '-' && k2 < len && std::isalpha(static_cast<unsigned char>(s[k2]))))) break;
        if (alpha) { ++letters; upper &= IsUpper(d); }
        k = k2;
      }
      size_t e = static_cast<size_t>(k);
      i = e;
      if (!clause_has_word) clause_begin = b;
      clause_has_word = true;
      const WordVectorCache::Surface& entry = cache->Lookup(s.substr(b, e - b), lang, upper, letters);
      if (entry.skip) continue;
      w.begin.push_back(b);
      w.end.push_back(e);
      w.clause.push_back(clause);
      w.exact_only.push_back(entry.exact_only);
      w.word.push_back(entry.key);
      w.prefix.push_back(entry.prefix);
      continue;
    }
    // A mark between two digits (3:30, 2,5, 2.000) does not end a clause.
    const bool inner = (c == '.' || c == ',' || c == ':') && i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
                       static_cast<size_t>(j) < s.size() && std::isdigit(static_cast<unsigned char>(s[j]));
    if (IsClauseMark(c) && !inner && !(c == '.' && i + 1 < s.size() && s[i + 1] != ' ')) close_clause(i);
    i = static_cast<size_t>(j);
  }
  close_clause(s.size());
  return w;
}

void CoverageScorer::WarmCache(const ContentWords& words, Lang lang, WordVectorCache* cache) const {
  for (size_t r = 0; r < words.word.size() && vector_; ++r) {
    if (!words.exact_only[r]) cache->Vector(words.word[r], lang, dim_, vector_);
  }
}

void CoverageScorer::DropVectors(ContentWords* words) {
  words->vecs.resize(0, 0);
  words->has_vectors = false;
}

void CoverageScorer::LoadVectors(ContentWords* words, Lang lang, WordVectorCache* cache) const {
  ContentWords& w = *words;
  if (w.has_vectors) return;
  w.has_vectors = true;
  const size_t n = w.word.size();
  w.vecs.setZero(static_cast<Eigen::Index>(n), dim_);
  for (size_t r = 0; r < n && vector_; ++r) {
    if (w.exact_only[r]) continue;
    const float* v = cache->Vector(w.word[r], lang, dim_, vector_);
    std::copy(v, v + dim_, w.vecs.row(static_cast<Eigen::Index>(r)).data());
  }
}

std::vector<bool> CoverageScorer::LexicallyCovered(const ContentWords& a, const ContentWords& b) const {
  const size_t n = a.word.size();
  std::vector<bool> covered(n, false);
  // The same word (figures and acronyms: the same string), or for other words
  // the same first 5 letters once accents are folded (cognates and names:
  // présidence/presidency, not gouvernement/government).
  std::vector<int> words(b.word), prefixes;
  for (size_t j = 0; j < b.word.size(); ++j) {
    if (!b.exact_only[j] && b.prefix[j] >= 0) prefixes.push_back(b.prefix[j]);
  }
  std::sort(words.begin(), words.end());
  std::sort(prefixes.begin(), prefixes.end());
  for (size_t r = 0; r < n; ++r) {
    covered[r] = std::binary_search(words.begin(), words.end(), a.word[r]) ||
                 (!a.exact_only[r] && a.prefix[r] >= 0 &&
                  std::binary_search(prefixes.begin(), prefixes.end(), a.prefix[r]));
  }
  return covered;
}

void CoverageScorer::CoverRows(const ContentWords& a, Lang lang, const ContentWords& b,
                               const std::vector<size_t>& rows, WordVectorCache* cache,
                               std::vector<bool>* covered) const {
  if (!vector_ || rows.empty()) return;
  assert(b.has_vectors);
  // Only the rows asked for: a row-subset of Covered's similarity matrix.
  RowMatrixF m(static_cast<Eigen::Index>(rows.size()), dim_);
  std::vector<size_t> left;
  for (size_t r : rows) {
    const float* v = cache->Vector(a.word[r], lang, dim_, vector_);
    Eigen::Map<const Eigen::RowVectorXf> row(v, dim_);
    if (row.squaredNorm() < 1e-6f) {
      (*covered)[r] = true;
      continue;
    }
    m.row(static_cast<Eigen::Index>(left.size())) = row;
    left.push_back(r);
  }
  if (left.empty() || b.word.empty()) return;
  Eigen::MatrixXf sims;
  sims.noalias() = m.topRows(static_cast<Eigen::Index>(left.size())) * b.vecs.transpose();
  for (size_t k = 0; k < left.size(); ++k) {
    (*covered)[left[k]] = sims.row(static_cast<Eigen::Index>(k)).maxCoeff() >= options_.min_cosine;
  }
}

std::vector<bool> CoverageScorer::Covered(const ContentWords& a, const ContentWords& b) const {
  std::vector<bool> covered = LexicallyCovered(a, b);
  const size_t n = a.word.size();
  if (!vector_ || n == 0) return covered;
  assert(a.has_vectors && b.has_vectors);
  Eigen::MatrixXf sims;
  if (b.word.size() > 0) sims.noalias() = a.vecs * b.vecs.transpose();
  for (size_t r = 0; r < n; ++r) {
    if (covered[r] || a.exact_only[r]) continue;
    if (a.vecs.row(static_cast<Eigen::Index>(r)).squaredNorm() < 1e-6f) { covered[r] = true; continue; }
    if (b.word.empty()) continue;
    covered[r] = sims.row(static_cast<Eigen::Index>(r)).maxCoeff() >= options_.min_cosine;
  }
  return covered;
}

bool CoverageScorer::HasTranslation(Lang lang_a, std::string_view word, Lang lang_b,
                                    const std::vector<std::string>& words, WordVectorCache* cache) const {
  if (!vector_ || words.empty()) return false;
  Eigen::Map<const Eigen::RowVectorXf> a(cache->Vector(cache->Key(word), lang_a, dim_, vector_), dim_);
  if (a.squaredNorm() < 1e-6f) return false;
  for (const std::string& w : words) {
    Eigen::Map<const Eigen::RowVectorXf> b(cache->Vector(cache->Key(w), lang_b, dim_, vector_), dim_);
    if (a.dot(b) >= options_.min_cosine) return true;
  }
  return false;
}

double CoverageScorer::Coverage(const ContentWords& a, const ContentWords& b) const {
  std::vector<bool> c = Covered(a, b);
  if (c.empty()) return 1.0;
  return static_cast<double>(std::count(c.begin(), c.end(), true)) / c.size();
}

double CoverageScorer::Divergence(std::string_view src, Lang src_lang, std::string_view tgt,
                                  Lang tgt_lang) const {
  WordVectorCache cache;
  ContentWords a = Words(src, src_lang, &cache), b = Words(tgt, tgt_lang, &cache);
  return 1.0 - std::min(Coverage(a, b), Coverage(b, a));
}

namespace {

// Concatenates the content words of several sentences (rows stacked; the
// vectors only when every part has them).
ContentWords Stack(const std::vector<ContentWords*>& parts, int dim) {
  ContentWords all;
  size_t n = 0;
  bool vectors = true;
  for (const ContentWords* p : parts) {
    n += p->word.size();
    vectors &= p->has_vectors;
  }
  all.has_vectors = vectors;
  if (vectors) all.vecs.resize(static_cast<Eigen::Index>(n), dim);
  size_t r = 0;
  for (const ContentWords* part : parts) {
    const ContentWords& p = *part;
    for (size_t i = 0; i < p.word.size(); ++i, ++r) {
      if (vectors) all.vecs.row(static_cast<Eigen::Index>(r)) = p.vecs.row(static_cast<Eigen::Index>(i));
      all.word.push_back(p.word[i]);
      all.prefix.push_back(p.prefix[i]);
      all.exact_only.push_back(p.exact_only[i]);
      all.begin.push_back(p.begin[i]);
      all.end.push_back(p.end[i]);
      all.clause.push_back(p.clause[i]);
    }
  }
  return all;
}

ContentWords Subset(const ContentWords& w, size_t b, size_t e) {
  ContentWords out;
  std::vector<Eigen::Index> rows;
  for (size_t i = 0; i < w.word.size(); ++i) {
    if (w.begin[i] >= b && w.end[i] <= e) rows.push_back(static_cast<Eigen::Index>(i));
  }
  out.has_vectors = w.has_vectors;
  if (w.has_vectors) out.vecs.resize(static_cast<Eigen::Index>(rows.size()), w.vecs.cols());
  for (size_t k = 0; k < rows.size(); ++k) {
    if (w.has_vectors) out.vecs.row(static_cast<Eigen::Index>(k)) = w.vecs.row(rows[k]);
    out.word.push_back(w.word[rows[k]]);
    out.prefix.push_back(w.prefix[rows[k]]);
    out.exact_only.push_back(w.exact_only[rows[k]]);
    out.begin.push_back(w.begin[rows[k]]);
    out.end.push_back(w.end[rows[k]]);
    out.clause.push_back(0);
  }
  return out;
}

// Whether some clause of `w` (of at least `min_words` words) has a covered
// share below `max_coverage` given `covered` (one entry per word of `w`).
bool HasThinClause(const ContentWords& w, const std::vector<bool>& covered, int min_words,
                   double max_coverage) {
  std::vector<int> n(w.clauses.size(), 0), k(w.clauses.size(), 0);
  for (size_t i = 0; i < w.word.size(); ++i) {
    ++n[static_cast<size_t>(w.clause[i])];
    k[static_cast<size_t>(w.clause[i])] += covered[i];
  }
  for (size_t c = 0; c < n.size(); ++c) {
    if (n[c] >= min_words && static_cast<double>(k[c]) / n[c] < max_coverage) return true;
  }
  return false;
}

double Share(const std::vector<bool>& covered) {
  if (covered.empty()) return 1.0;
  return static_cast<double>(std::count(covered.begin(), covered.end(), true)) / covered.size();
}

std::string ShortText(std::string_view s, size_t max_bytes = 90) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

}  // namespace

void AddCoverageFlags(const CoverageScorer& scorer, const CheckerOptions& options,
                      const align::Bead& bead, const std::vector<segment::Sentence>& src,
                      const std::vector<segment::Sentence>& tgt, PreparedPair* prepared,
                      WordVectorCache* cache, std::vector<Flag>* flags) {
  const std::vector<std::vector<Fact>>& src_facts = prepared->facts[0];
  const std::vector<std::vector<Fact>>& tgt_facts = prepared->facts[1];
  // The content words of the bead's sentences (LoadVectors below adds their
  // vectors in place).
  std::vector<ContentWords*> sw, tw;
  for (int id : bead.src) sw.push_back(&prepared->words[0][static_cast<size_t>(id)]);
  for (int id : bead.tgt) tw.push_back(&prepared->words[1][static_cast<size_t>(id)]);
  // The vectors are needed for this bead only: dropped on the way out, so a
  // long document does not keep one matrix per sentence.
  struct DropOnExit {
    std::vector<ContentWords*>* parts[2];
    ~DropOnExit() {
      for (auto* side : parts)
        for (ContentWords* w : *side) CoverageScorer::DropVectors(w);
    }
  } drop{{&sw, &tw}};
  // A 1-1 bead (the common case) needs no stacked copy.
  ContentWords s_stack, t_stack;
  auto stack = [&] {
    if (sw.size() > 1) s_stack = Stack(sw, scorer.dim());
    if (tw.size() > 1) t_stack = Stack(tw, scorer.dim());
  };
  stack();
  const ContentWords& s_all = sw.size() == 1 ? *sw[0] : s_stack;
  const ContentWords& t_all = tw.size() == 1 ? *tw[0] : t_stack;
  const std::string src_name(LangName(options.src_lang)), tgt_name(LangName(options.tgt_lang));

  struct Mismatched { int sentence; size_t begin, end; bool is_src; };
  std::vector<Mismatched> mismatched;
  // Quotations paired in order when both sides quote as often.
  struct Q { const Fact* f; const segment::Sentence* s; size_t part; };
  std::vector<Q> qs, qt;
  for (size_t p = 0; p < bead.src.size(); ++p)
    for (const Fact& f : src_facts[bead.src[p]])
      if (f.kind == FactKind::kQuote && f.depth == 0) qs.push_back({&f, &src[bead.src[p]], p});
  for (size_t p = 0; p < bead.tgt.size(); ++p)
    for (const Fact& f : tgt_facts[bead.tgt[p]])
      if (f.kind == FactKind::kQuote && f.depth == 0) qt.push_back({&f, &tgt[bead.tgt[p]], p});
  // Word vectors are the expensive part, and a word covered lexically (same
  // word, figure or cognate) is covered whatever its vector: coverage with
  // vectors is never below the lexical one. So only clauses that are thin on
  // lexical evidence alone (and quotation pairs below the threshold) are
  // measured with vectors, and only their lexically uncovered words are
  // looked up, against every word of the other side; the flags are those of
  // measuring everything with vectors.
  const bool vectors = scorer.has_vectors();
  const bool quotes_paired = qs.size() == qt.size();
  std::vector<std::vector<bool>> s_lex(sw.size()), t_lex(tw.size());
  std::vector<bool> s_thin(sw.size(), false), t_thin(tw.size(), false), s_quote(sw.size(), false),
      t_quote(tw.size(), false), quote_need(qs.size(), false);
  bool s_any = false, t_any = false;
  if (vectors) {
    for (size_t p = 0; p < sw.size(); ++p) {
      s_lex[p] = scorer.LexicallyCovered(*sw[p], t_all);
      s_any |= s_thin[p] = HasThinClause(*sw[p], s_lex[p], options.partial_min_words, options.partial_max_coverage);
    }
    for (size_t p = 0; p < tw.size(); ++p) {
      t_lex[p] = scorer.LexicallyCovered(*tw[p], s_all);
      t_any |= t_thin[p] = HasThinClause(*tw[p], t_lex[p], options.partial_min_words, options.partial_max_coverage);
    }
    for (size_t i = 0; quotes_paired && i < qs.size(); ++i) {
      ContentWords a = Subset(*sw[qs[i].part], qs[i].f->inner_begin, qs[i].f->inner_end);
      ContentWords b = Subset(*tw[qt[i].part], qt[i].f->inner_begin, qt[i].f->inner_end);
      if (static_cast<int>(a.word.size()) < 3 || static_cast<int>(b.word.size()) < 3) continue;
      if (std::min(Share(scorer.LexicallyCovered(a, b)), Share(scorer.LexicallyCovered(b, a))) <
          options.quote_mismatch_max_coverage) {
        quote_need[i] = s_quote[qs[i].part] = t_quote[qt[i].part] = true;
      }
    }
    const bool quotes = std::count(quote_need.begin(), quote_need.end(), true) > 0;
    if (!s_any && !t_any && !quotes) return;
    // A thin clause on one side is measured against every word of the other.
    for (size_t p = 0; p < sw.size(); ++p) {
      if (t_any || s_quote[p]) scorer.LoadVectors(sw[p], options.src_lang, cache);
    }
    for (size_t p = 0; p < tw.size(); ++p) {
      if (s_any || t_quote[p]) scorer.LoadVectors(tw[p], options.tgt_lang, cache);
    }
    stack();
  }
  if (quotes_paired) {
    for (size_t i = 0; i < qs.size(); ++i) {
      if (vectors && !quote_need[i]) continue;
      ContentWords a = Subset(*sw[qs[i].part], qs[i].f->inner_begin, qs[i].f->inner_end);
      ContentWords b = Subset(*tw[qt[i].part], qt[i].f->inner_begin, qt[i].f->inner_end);
      if (static_cast<int>(a.word.size()) < 3 || static_cast<int>(b.word.size()) < 3) continue;
      double cov = std::min(scorer.Coverage(a, b), scorer.Coverage(b, a));
      if (cov >= options.quote_mismatch_max_coverage) continue;
      Flag f;
      f.kind = FlagKind::kQuoteMismatch;
      f.severity = Severity::kWarning;
      f.score = 1.0 - cov;
      auto span = [](const Q& q) {
        Span sp;
        sp.sentence = q.s->id;
        sp.begin = q.s->begin + q.f->begin;
        sp.end = q.s->begin + q.f->end;
        sp.text = q.s->text.substr(q.f->begin, q.f->end - q.f->begin);
        return sp;
      };
      f.src = span(qs[i]);
      f.tgt = span(qt[i]);
      f.message = "quoted words differ: “" + ShortText(qs[i].f->key, 60) + "” → “" +
                  ShortText(qt[i].f->key, 60) + "”";
      mismatched.push_back({f.src.sentence, f.src.begin, f.src.end, true});
      mismatched.push_back({f.tgt.sentence, f.tgt.begin, f.tgt.end, false});
      flags->push_back(std::move(f));
    }
  }

  auto partial = [&](const std::vector<ContentWords*>& mine, const std::vector<int>& ids,
                     const std::vector<segment::Sentence>& sents, const ContentWords& other,
                     const std::vector<std::vector<bool>>& lexical, const std::vector<bool>& thin,
                     bool is_src) {
    for (size_t p = 0; p < mine.size(); ++p) {
      if (vectors && !thin[p]) continue;
      const ContentWords& w = *mine[p];
      std::vector<bool> cov;
      if (vectors) {
        // The lexically uncovered words of the thin clauses.
        cov = lexical[p];
        std::vector<int> n(w.clauses.size(), 0), k(w.clauses.size(), 0);
        for (size_t i = 0; i < w.word.size(); ++i) {
          ++n[static_cast<size_t>(w.clause[i])];
          k[static_cast<size_t>(w.clause[i])] += cov[i];
        }
        std::vector<size_t> rows;
        for (size_t i = 0; i < w.word.size(); ++i) {
          const size_t c = static_cast<size_t>(w.clause[i]);
          if (!cov[i] && !w.exact_only[i] && n[c] >= options.partial_min_words &&
              static_cast<double>(k[c]) / n[c] < options.partial_max_coverage) {
            rows.push_back(i);
          }
        }
        scorer.CoverRows(w, is_src ? options.src_lang : options.tgt_lang, other, rows, cache, &cov);
      } else {
        cov = scorer.Covered(w, other);
      }
      for (size_t c = 0; c < w.clauses.size(); ++c) {
        int n = 0, k = 0;
        size_t first = std::string::npos, last = 0;
        for (size_t i = 0; i < w.word.size(); ++i) {
          if (w.clause[i] != static_cast<int>(c)) continue;
          ++n;
          k += cov[i];
          first = std::min(first, w.begin[i]);
          last = std::max(last, w.end[i]);
        }
        if (n < options.partial_min_words) continue;
        double coverage = static_cast<double>(k) / n;
        if (coverage >= options.partial_max_coverage) continue;
        const segment::Sentence& s = sents[ids[p]];
        // A clause inside a quotation already reported as quote_mismatch.
        bool inside = false;
        for (const Mismatched& m : mismatched) {
          inside |= m.is_src == is_src && m.sentence == s.id && s.begin + first >= m.begin &&
                    s.begin + last <= m.end;
        }
        if (inside) continue;
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
        const segment::Sentence& o = is_src ? tgt[bead.tgt.front()] : src[bead.src.front()];
        Span os;
        os.sentence = o.id;
        os.begin = o.begin;
        os.end = o.end;
        os.text = o.text;
        (is_src ? f.tgt : f.src) = os;
        f.message = "“" + ShortText(sp.text) + "” has no counterpart in the " +
                    (is_src ? tgt_name : src_name) + " (" +
                    std::to_string(static_cast<int>(coverage * 100 + 0.5)) + "% of its words covered)";
        flags->push_back(std::move(f));
      }
    }
  };
  partial(sw, bead.src, src, t_all, s_lex, s_thin, true);
  partial(tw, bead.tgt, tgt, s_all, t_lex, t_thin, false);

}

}  // namespace driftalign::drift
