#include "drift/coverage.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
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

// The end of the figure starting at s[i] (digits with inner separators:
// 2,000 2.000 2 000); *key = its digits only.
size_t ScanFigure(std::string_view s, size_t i, std::string* key) {
  const int32_t len = static_cast<int32_t>(s.size());
  size_t e = i;
  key->clear();
  int32_t k = static_cast<int32_t>(i);
  while (k < len) {
    int32_t k2 = k;
    UChar32 d;
    U8_NEXT(s.data(), k2, len, d);
    if (d >= '0' && d <= '9') { *key += static_cast<char>(d); e = k2; k = k2; continue; }
    if ((d == ',' || d == '.' || d == 0xA0 || d == 0x202F || d == ' ') && k2 < len &&
        s[k2] >= '0' && s[k2] <= '9') { k = k2; continue; }
    break;
  }
  return e;
}

// The end of the word starting at s[i] (letters, combining marks, inner
// hyphens before a letter); *upper &= all its letters are capitals,
// *letters += their number.
size_t ScanWord(std::string_view s, size_t i, bool* upper, int* letters) {
  const int32_t len = static_cast<int32_t>(s.size());
  int32_t k = static_cast<int32_t>(i);
  while (k < len) {
    int32_t k2 = k;
    UChar32 d;
    U8_NEXT(s.data(), k2, len, d);
    const bool alpha = IsAlpha(d);
    if (!(alpha || IsMark(d) ||
          (d == '-' && k2 < len && std::isalpha(static_cast<unsigned char>(s[k2]))))) break;
    if (alpha) { ++*letters; *upper &= IsUpper(d); }
    k = k2;
  }
  return static_cast<size_t>(k);
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
  // The lists grow in this thread's scratch lists (which keep their capacity
  // from call to call) and are copied out at their final size: one
  // allocation per list, and no spare capacity kept per sentence.
  thread_local ContentWords scratch;
  ContentWords& w = scratch;
  w.begin.clear();
  w.end.clear();
  w.clause.clear();
  w.clauses.clear();
  w.exact_only.clear();
  w.word.clear();
  w.prefix.clear();
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
      const size_t b = i, e = ScanFigure(s, i, &key);
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
      const size_t b = i;
      bool upper = true;
      int letters = 0;
      const size_t e = ScanWord(s, i, &upper, &letters);
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
  return w;  // a copy: each list allocated at its size
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
  if (!vector_) return LexicallyCovered(a, b);
  const Links links = Link(a, b);
  std::vector<bool> covered(links.partner.size());
  for (size_t i = 0; i < covered.size(); ++i) covered[i] = links.partner[i] != kUnlinked;
  return covered;
}

CoverageScorer::Links CoverageScorer::Link(const ContentWords& a, const ContentWords& b) const {
  const size_t n = a.word.size(), m = b.word.size();
  Links links;
  links.partner.assign(n, kUnlinked);
  links.score.assign(n, 0.0f);
  if (n == 0) return links;
  assert(a.has_vectors && b.has_vectors);
  // A word without a vector (nothing the model knows) cannot be judged: covered.
  for (size_t i = 0; i < n; ++i) {
    if (!a.exact_only[i] && a.vecs.row(static_cast<Eigen::Index>(i)).squaredNorm() < 1e-6f) {
      links.partner[i] = kNoVector;
    }
  }
  if (m == 0) return links;
  // Competitive linking takes the candidate pairs best score first, ties in
  // (i, j) order. The same word (3) outranks a cognate (2), which outranks any
  // cosine (at most 1), so the pairs are taken in three rounds: the first two
  // in (i, j) order need no sort, and the cosines are computed and sorted only
  // for the words the first two rounds left free (the only ones a cosine pair
  // could still link). The links are those of one sort of all the pairs.
  std::vector<bool> taken(m, false);
  auto take = [&](size_t i, size_t j, float score) {
    links.partner[i] = static_cast<int>(j);
    links.score[i] = score;
    taken[j] = true;
  };
  size_t free_rows = 0;
  for (size_t i = 0; i < n; ++i) {
    if (links.partner[i] != kUnlinked) continue;
    for (size_t j = 0; j < m; ++j) {
      if (!taken[j] && a.word[i] == b.word[j]) {  // the same word or figure
        take(i, j, 3.0f);
        break;
      }
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (links.partner[i] != kUnlinked) continue;
    if (a.exact_only[i] || a.prefix[i] < 0) {
      free_rows += a.exact_only[i] ? 0 : 1;
      continue;
    }
    for (size_t j = 0; j < m; ++j) {
      // A cognate: the same first 5 letters (figures and acronyms: only the same string).
      if (!taken[j] && !b.exact_only[j] && a.prefix[i] == b.prefix[j] && a.word[i] != b.word[j]) {
        take(i, j, 2.0f);
        break;
      }
    }
    if (links.partner[i] == kUnlinked) ++free_rows;
  }
  if (free_rows == 0) return links;
  struct Candidate {
    float score;
    uint32_t i, j;
  };
  std::vector<Candidate> candidates;
  Eigen::MatrixXf sims;
  sims.noalias() = a.vecs * b.vecs.transpose();
  for (size_t i = 0; i < n; ++i) {
    if (links.partner[i] != kUnlinked || a.exact_only[i]) continue;
    for (size_t j = 0; j < m; ++j) {
      if (taken[j] || b.exact_only[j] || a.word[i] == b.word[j] || (a.prefix[i] >= 0 && a.prefix[i] == b.prefix[j])) {
        continue;
      }
      const float score = sims(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
      assert(score < 2.0f);  // unit vectors (WordVectorFn): below any cognate
      if (score < options_.link_min_cosine) continue;
      candidates.push_back({score, static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return x.score != y.score ? x.score > y.score : x.i != y.i ? x.i < y.i : x.j < y.j;
  });
  for (const Candidate& c : candidates) {
    if (links.partner[c.i] != kUnlinked || taken[c.j]) continue;
    take(c.i, c.j, c.score);
  }
  return links;
}

double CoverageScorer::CutGain(Lang lang, std::string_view text, size_t cut_begin, size_t cut_end,
                               Lang other_lang, std::string_view other) const {
  if (!sentence_vector_ || cut_begin >= cut_end || cut_end > text.size()) return 0.0;
  std::string cut(text.substr(0, cut_begin));
  cut += ' ';
  cut += text.substr(cut_end);
  Eigen::VectorXf full(dim_), rest(dim_), o(dim_);
  sentence_vector_(lang, text, full.data());
  sentence_vector_(lang, cut, rest.data());
  sentence_vector_(other_lang, other, o.data());
  return static_cast<double>(rest.dot(o) - full.dot(o));
}

bool CoverageScorer::HasTranslation(Lang lang_a, std::string_view word, Lang lang_b,
                                    const std::vector<std::string>& words, WordVectorCache* cache) const {
  return BestCosine(lang_a, word, lang_b, words, cache) >= options_.min_cosine;
}

double CoverageScorer::BestCosine(Lang lang_a, std::string_view word, Lang lang_b,
                                  const std::vector<std::string>& words, WordVectorCache* cache) const {
  if (!vector_ || words.empty()) return 0.0;
  Eigen::Map<const Eigen::RowVectorXf> a(cache->Vector(cache->Key(word), lang_a, dim_, vector_), dim_);
  double best = 0.0;
  for (const std::string& w : words) {
    Eigen::Map<const Eigen::RowVectorXf> b(cache->Vector(cache->Key(w), lang_b, dim_, vector_), dim_);
    best = std::max(best, static_cast<double>(a.dot(b)));
  }
  return best;
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

}  // namespace driftalign::drift
