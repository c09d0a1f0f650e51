#include "align/text_features.h"

#include <algorithm>

#include "text/lexer.h"

namespace driftalign::align {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

using text::IsAsciiAlpha;
using text::IsDigitAt;
using text::NextCodePoint;

bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// A space that joins the digit groups of a figure at t[p] (*len = its
// bytes): ' ', tab, CR, LF, NBSP, narrow NBSP (U+202F), thin space (U+2009).
// The aligner's own rule (the fact reader adds the figure space and drops
// tabs and line breaks): the anchors it makes are part of the tuned score.
bool IsSpaceAt(std::string_view t, size_t p, int* len) {
  unsigned char c = t[p];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { *len = 1; return true; }
  if (c == 0xC2 && p + 1 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0xA0) { *len = 2; return true; }
  if (c == 0xE2 && p + 2 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0x80 &&
      (static_cast<unsigned char>(t[p + 2]) == 0xAF || static_cast<unsigned char>(t[p + 2]) == 0x89)) {
    *len = 3;  // U+202F narrow no-break space, U+2009 thin space
    return true;
  }
  return false;
}

// Upper-case Latin-1 letter À..Þ (except ×) encoded as C3 80..9E.
bool IsLatin1UpperAt(std::string_view t, size_t p) {
  if (static_cast<unsigned char>(t[p]) != 0xC3 || p + 1 >= t.size()) return false;
  unsigned char c = t[p + 1];
  return c >= 0x80 && c <= 0x9E && c != 0x97;
}

// A letter of a word: ASCII letters and '-', and any non-ASCII code point
// except Latin-1 punctuation/symbols (C2 xx) and general punctuation (E2 80..81 xx).
bool IsWordAt(std::string_view t, size_t p) {
  const unsigned char c = t[p];
  if (c < 0x80) return IsAsciiAlpha(c) || c == '-';
  if (c == 0xC2) return false;
  if (c == 0xE2 && p + 1 < t.size()) {
    const unsigned char d = t[p + 1];
    if (d == 0x80 || d == 0x81) return false;
  }
  return c >= 0xC3;
}

// The order of each sentence's anchors and of Overlap: kind, then hash.
struct AnchorLess {
  bool operator()(const Anchor& x, const Anchor& y) const {
    return x.kind != y.kind ? x.kind < y.kind : x.hash < y.hash;
  }
};

// Size of the multiset intersection of two sorted lists.
int Shared(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  int shared = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return shared;
}

}  // namespace

std::vector<Anchor> FindAnchors(std::string_view t) {
  std::vector<Anchor> out;
  size_t p = 0;
  bool first_word = true;
  while (p < t.size()) {
    unsigned char c = t[p];
    if (text::IsAsciiDigit(c)) {
      // A number: digit groups joined by '.', ',' or a (no-break) space before 3 digits.
      uint64_t h = kFnvOffset;
      size_t q = p;
      while (q < t.size()) {
        if (IsDigitAt(t, q)) {
          h = (h ^ static_cast<unsigned char>(t[q])) * kFnvPrime;
          ++q;
          continue;
        }
        int sp = 0;
        size_t sep = 0;
        if (t[q] == '.' || t[q] == ',') sep = 1;
        else if (IsSpaceAt(t, q, &sp)) sep = sp;
        if (sep == 0) break;
        size_t r = q + sep;
        const size_t digits = text::SkipDigits(t, r) - r;
        const bool space_sep = t[q] != '.' && t[q] != ',';
        if (digits == 0 || (space_sep && digits != 3)) break;
        q = r;
      }
      out.push_back({h, AnchorKind::kFigure});
      p = q;
      first_word = false;
      continue;
    }
    if (IsWordAt(t, p)) {
      size_t q = p;
      while (q < t.size() && IsWordAt(t, q)) q = NextCodePoint(t, q);
      const bool capital = IsAsciiUpper(c) || IsLatin1UpperAt(t, p);
      if (capital && !first_word && q - p >= 3) {
        uint64_t h = kFnvOffset ^ 0x9E3779B97F4A7C15ULL;
        for (size_t k = p; k < q; ++k) h = (h ^ static_cast<unsigned char>(t[k])) * kFnvPrime;
        out.push_back({h, AnchorKind::kName});
      }
      first_word = false;
      p = q;
      continue;
    }
    p = NextCodePoint(t, p);
  }
  return out;
}

TextFeatures TextFeatures::Extract(const std::vector<segment::Sentence>& sentences) {
  std::vector<std::string_view> texts;
  std::vector<int> paragraphs;
  std::vector<bool> meta;
  texts.reserve(sentences.size());
  for (const segment::Sentence& s : sentences) {
    texts.push_back(s.text);
    paragraphs.push_back(s.paragraph);
    meta.push_back(s.kind == segment::SentenceKind::kMeta);
  }
  return Extract(texts, paragraphs, meta);
}

TextFeatures TextFeatures::Extract(const std::vector<std::string_view>& texts,
                                   const std::vector<int>& paragraphs,
                                   const std::vector<bool>& meta) {
  TextFeatures f;
  const size_t n = texts.size();
  f.char_prefix_.assign(n + 1, 0);
  f.anchor_prefix_.assign(n + 1, 0);
  f.paragraph_.assign(n, 0);
  f.meta_prefix_.assign(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    f.char_prefix_[i + 1] = f.char_prefix_[i] + text::CountCodePoints(texts[i]);
    if (i < paragraphs.size()) f.paragraph_[i] = paragraphs[i];
    f.meta_prefix_[i + 1] = f.meta_prefix_[i] + (i < meta.size() && meta[i] ? 1 : 0);
    std::vector<Anchor> a = FindAnchors(texts[i]);
    std::sort(a.begin(), a.end(), AnchorLess());
    f.anchors_.insert(f.anchors_.end(), a.begin(), a.end());
    f.anchor_prefix_[i + 1] = static_cast<int64_t>(f.anchors_.size());
  }
  return f;
}

void TextFeatures::Anchors(int begin, int end, std::vector<Anchor>* out) const {
  out->assign(anchors_.begin() + anchor_prefix_[begin], anchors_.begin() + anchor_prefix_[end]);
}

void TextFeatures::BlockAnchorsOf(int begin, int end, BlockAnchors* out) const {
  out->figures.clear();
  out->names.clear();
  int with_figures = 0, with_names = 0;  // sentences that add to each list
  for (int k = begin; k < end; ++k) {
    const size_t figures = out->figures.size(), names = out->names.size();
    for (int64_t p = anchor_prefix_[k]; p < anchor_prefix_[k + 1]; ++p) {
      (anchors_[p].kind == AnchorKind::kFigure ? out->figures : out->names).push_back(anchors_[p].hash);
    }
    with_figures += out->figures.size() > figures ? 1 : 0;
    with_names += out->names.size() > names ? 1 : 0;
  }
  // Each sentence's anchors are sorted by kind, then hash: one sentence's
  // list of each kind is sorted already.
  if (with_figures > 1) std::sort(out->figures.begin(), out->figures.end());
  if (with_names > 1) std::sort(out->names.begin(), out->names.end());
}

AnchorOverlap Overlap(std::vector<Anchor>* a, std::vector<Anchor>* b) {
  std::sort(a->begin(), a->end(), AnchorLess());
  std::sort(b->begin(), b->end(), AnchorLess());
  AnchorOverlap o;
  size_t i = 0, j = 0;
  auto unmatched = [&o](const Anchor& x) {
    (x.kind == AnchorKind::kFigure ? o.figures_unmatched : o.names_unmatched)++;
  };
  const AnchorLess less;
  while (i < a->size() && j < b->size()) {
    if (less((*a)[i], (*b)[j])) {
      unmatched((*a)[i++]);
    } else if (less((*b)[j], (*a)[i])) {
      unmatched((*b)[j++]);
    } else {
      ((*a)[i].kind == AnchorKind::kFigure ? o.figures_shared : o.names_shared)++;
      ++i;
      ++j;
    }
  }
  for (; i < a->size(); ++i) unmatched((*a)[i]);
  for (; j < b->size(); ++j) unmatched((*b)[j]);
  return o;
}

AnchorOverlap Overlap(const BlockAnchors& a, const BlockAnchors& b) {
  AnchorOverlap o;
  o.figures_shared = Shared(a.figures, b.figures);
  o.figures_unmatched = static_cast<int>(a.figures.size() + b.figures.size()) - 2 * o.figures_shared;
  o.names_shared = Shared(a.names, b.names);
  o.names_unmatched = static_cast<int>(a.names.size() + b.names.size()) - 2 * o.names_shared;
  return o;
}

}  // namespace driftalign::align
