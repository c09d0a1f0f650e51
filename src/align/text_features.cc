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

// The order Overlap counts in: kind, then hash.
bool AnchorLess(const Anchor& x, const Anchor& y) { return x.kind != y.kind ? x.kind < y.kind : x.hash < y.hash; }

// Overlap of two sorted lists of anchors.
AnchorOverlap OverlapSorted(const Anchor* a, const Anchor* a_end, const Anchor* b, const Anchor* b_end) {
  AnchorOverlap o;
  auto unmatched = [&o](const Anchor& x) {
    (x.kind == AnchorKind::kFigure ? o.figures_unmatched : o.names_unmatched)++;
  };
  while (a != a_end && b != b_end) {
    if (AnchorLess(*a, *b)) {
      unmatched(*a++);
    } else if (AnchorLess(*b, *a)) {
      unmatched(*b++);
    } else {
      (a->kind == AnchorKind::kFigure ? o.figures_shared : o.names_shared)++;
      ++a;
      ++b;
    }
  }
  for (; a != a_end; ++a) unmatched(*a);
  for (; b != b_end; ++b) unmatched(*b);
  return o;
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
    std::sort(a.begin(), a.end(), AnchorLess);
    f.anchors_.insert(f.anchors_.end(), a.begin(), a.end());
    f.anchor_prefix_[i + 1] = static_cast<int64_t>(f.anchors_.size());
  }
  return f;
}

void TextFeatures::Anchors(int begin, int end, std::vector<Anchor>* out) const {
  out->assign(anchors_.begin() + anchor_prefix_[begin], anchors_.begin() + anchor_prefix_[end]);
}

std::pair<const Anchor*, const Anchor*> TextFeatures::SortedAnchors(int begin, int end,
                                                                   std::vector<Anchor>* scratch) const {
  const Anchor* first = anchors_.data() + anchor_prefix_[begin];
  const Anchor* last = anchors_.data() + anchor_prefix_[end];
  if (end - begin <= 1 || last - first <= 1) return {first, last};
  scratch->assign(first, last);
  std::sort(scratch->begin(), scratch->end(), AnchorLess);
  return {scratch->data(), scratch->data() + scratch->size()};
}

AnchorOverlap Overlap(std::vector<Anchor>* a, std::vector<Anchor>* b) {
  std::sort(a->begin(), a->end(), AnchorLess);
  std::sort(b->begin(), b->end(), AnchorLess);
  return OverlapSorted(a->data(), a->data() + a->size(), b->data(), b->data() + b->size());
}

AnchorOverlap AnchorOverlapOf(const TextFeatures& a, int a0, int a1, const TextFeatures& b, int b0, int b1,
                              std::vector<Anchor>* scratch_a, std::vector<Anchor>* scratch_b) {
  const auto [a_first, a_last] = a.SortedAnchors(a0, a1, scratch_a);
  const auto [b_first, b_last] = b.SortedAnchors(b0, b1, scratch_b);
  return OverlapSorted(a_first, a_last, b_first, b_last);
}

}  // namespace driftalign::align
