#include "drift/coverage.h"

#include <algorithm>
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

ContentWords CoverageScorer::Words(std::string_view s, Lang lang, WordVectorCache* cache) const {
  ContentWords w;
  const auto& stop = StopWords(lang);
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
  size_t i = 0;
  const int32_t len = static_cast<int32_t>(s.size());
  while (i < s.size()) {
    int32_t j = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s.data(), j, len, c);
    if (c >= '0' && c <= '9') {
      // A figure: digits with inner separators; key = digits only.
      size_t b = i, e = i;
      std::string key;
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
      w.word.push_back(key);
      w.prefix.emplace_back();
      i = e;
      continue;
    }
    if (u_isalpha(c)) {
      size_t b = i;
      int32_t k = static_cast<int32_t>(i);
      bool upper = true;
      int letters = 0;
      while (k < len) {
        int32_t k2 = k;
        UChar32 d;
        U8_NEXT(s.data(), k2, len, d);
        if (!(u_isalpha(d) || u_charType(d) == U_NON_SPACING_MARK ||
              (d == '-' && k2 < len && std::isalpha(static_cast<unsigned char>(s[k2]))))) break;
        if (u_isalpha(d)) { ++letters; upper &= u_isupper(d) != 0; }
        k = k2;
      }
      size_t e = static_cast<size_t>(k);
      std::string low = LowerUtf8(s.substr(b, e - b));
      i = e;
      if (!clause_has_word) clause_begin = b;
      clause_has_word = true;
      if (stop.count(low) || (letters < 2)) continue;
      w.begin.push_back(b);
      w.end.push_back(e);
      w.clause.push_back(clause);
      w.exact_only.push_back(upper && letters >= 2 && letters <= 6);
      w.word.push_back(upper ? CanonicalEntityKey(FoldAccents(low)) : low);
      std::string folded = FoldAccents(w.word.back());
      w.prefix.push_back(folded.size() >= 5 ? folded.substr(0, 5) : std::string());
      continue;
    }
    // A mark between two digits (3:30, 2,5, 2.000) does not end a clause.
    const bool inner = (c == '.' || c == ',' || c == ':') && i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
                       static_cast<size_t>(j) < s.size() && std::isdigit(static_cast<unsigned char>(s[j]));
    if (IsClauseMark(c) && !inner && !(c == '.' && i + 1 < s.size() && s[i + 1] != ' ')) close_clause(i);
    i = static_cast<size_t>(j);
  }
  close_clause(s.size());
  const size_t n = w.word.size();
  w.vecs.setZero(static_cast<Eigen::Index>(n), dim_);
  for (size_t r = 0; r < n && vector_; ++r) {
    if (w.exact_only[r]) continue;
    float* row = w.vecs.row(static_cast<Eigen::Index>(r)).data();
    if (cache == nullptr) {
      vector_(lang, w.word[r], row);
      continue;
    }
    auto& map = cache->vectors[static_cast<int>(lang)];
    auto it = map.find(w.word[r]);
    if (it == map.end()) {
      std::vector<float> v(static_cast<size_t>(dim_), 0.0f);
      vector_(lang, w.word[r], v.data());
      it = map.emplace(w.word[r], std::move(v)).first;
    }
    std::copy(it->second.begin(), it->second.end(), row);
  }
  return w;
}

std::vector<bool> CoverageScorer::Covered(const ContentWords& a, const ContentWords& b) const {
  const size_t n = a.word.size();
  std::vector<bool> covered(n, false);
  if (n == 0) return covered;
  Eigen::MatrixXf sims;
  if (vector_ && b.word.size() > 0) sims.noalias() = a.vecs * b.vecs.transpose();
  std::unordered_set<std::string_view> b_words(b.word.begin(), b.word.end());
  // Cognates and names: the same first 5 letters once accents are folded
  // (gouvernement/government is not, présidence/presidency is).
  std::unordered_set<std::string_view> b_prefixes;
  for (size_t i = 0; i < b.word.size(); ++i) {
    if (!b.exact_only[i] && !b.prefix[i].empty()) b_prefixes.insert(b.prefix[i]);
  }
  for (size_t r = 0; r < n; ++r) {
    if (b_words.count(a.word[r])) { covered[r] = true; continue; }
    if (a.exact_only[r]) continue;
    if (!a.prefix[r].empty() && b_prefixes.count(a.prefix[r])) { covered[r] = true; continue; }
    if (!vector_) continue;
    if (a.vecs.row(static_cast<Eigen::Index>(r)).squaredNorm() < 1e-6f) { covered[r] = true; continue; }
    if (b.word.empty()) continue;
    covered[r] = sims.row(static_cast<Eigen::Index>(r)).maxCoeff() >= options_.min_cosine;
  }
  return covered;
}

double CoverageScorer::Coverage(const ContentWords& a, const ContentWords& b) const {
  std::vector<bool> c = Covered(a, b);
  if (c.empty()) return 1.0;
  return static_cast<double>(std::count(c.begin(), c.end(), true)) / c.size();
}

double CoverageScorer::Divergence(std::string_view src, Lang src_lang, std::string_view tgt,
                                  Lang tgt_lang) const {
  ContentWords a = Words(src, src_lang), b = Words(tgt, tgt_lang);
  return 1.0 - std::min(Coverage(a, b), Coverage(b, a));
}

namespace {

// Concatenates the content words of several sentences (rows stacked).
ContentWords Stack(const std::vector<ContentWords>& parts, int dim) {
  ContentWords all;
  size_t n = 0;
  for (const ContentWords& p : parts) n += p.word.size();
  all.vecs.resize(static_cast<Eigen::Index>(n), dim);
  size_t r = 0;
  for (const ContentWords& p : parts) {
    for (size_t i = 0; i < p.word.size(); ++i, ++r) {
      all.vecs.row(static_cast<Eigen::Index>(r)) = p.vecs.row(static_cast<Eigen::Index>(i));
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
  out.vecs.resize(static_cast<Eigen::Index>(rows.size()), w.vecs.cols());
  for (size_t k = 0; k < rows.size(); ++k) {
    out.vecs.row(static_cast<Eigen::Index>(k)) = w.vecs.row(rows[k]);
    out.word.push_back(w.word[rows[k]]);
    out.prefix.push_back(w.prefix[rows[k]]);
    out.exact_only.push_back(w.exact_only[rows[k]]);
    out.begin.push_back(w.begin[rows[k]]);
    out.end.push_back(w.end[rows[k]]);
    out.clause.push_back(0);
  }
  return out;
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
                      const std::vector<segment::Sentence>& tgt,
                      const std::vector<std::vector<Fact>>& src_facts,
                      const std::vector<std::vector<Fact>>& tgt_facts, WordVectorCache* cache,
                      std::vector<Flag>* flags) {
  std::vector<ContentWords> sw, tw;
  for (int id : bead.src) sw.push_back(scorer.Words(src[id].text, options.src_lang, cache));
  for (int id : bead.tgt) tw.push_back(scorer.Words(tgt[id].text, options.tgt_lang, cache));
  // A 1-1 bead (the common case) needs no stacked copy.
  ContentWords s_stack, t_stack;
  if (sw.size() > 1) s_stack = Stack(sw, scorer.dim());
  if (tw.size() > 1) t_stack = Stack(tw, scorer.dim());
  const ContentWords& s_all = sw.size() == 1 ? sw[0] : s_stack;
  const ContentWords& t_all = tw.size() == 1 ? tw[0] : t_stack;
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
  if (qs.size() == qt.size()) {
    for (size_t i = 0; i < qs.size(); ++i) {
      ContentWords a = Subset(sw[qs[i].part], qs[i].f->inner_begin, qs[i].f->inner_end);
      ContentWords b = Subset(tw[qt[i].part], qt[i].f->inner_begin, qt[i].f->inner_end);
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

  auto partial = [&](const std::vector<ContentWords>& mine, const std::vector<int>& ids,
                     const std::vector<segment::Sentence>& sents, const ContentWords& other,
                     bool is_src) {
    for (size_t p = 0; p < mine.size(); ++p) {
      const ContentWords& w = mine[p];
      std::vector<bool> cov = scorer.Covered(w, other);
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
  partial(sw, bead.src, src, t_all, true);
  partial(tw, bead.tgt, tgt, s_all, false);

}

}  // namespace driftalign::drift
