// Surface evidence of a sentence that the aligner uses beside its vector:
// its length in characters, the figures it contains and the names it
// mentions (as hashes), and its paragraph.
//
//   TextFeatures f = TextFeatures::Extract(sentences);
//   int chars = f.Chars(3, 5);               // characters of sentences 3 and 4
//   int shared = CountShared(f, 3, 5, g, 7, 8, kFigure);
#ifndef DRIFTALIGN_ALIGN_TEXT_FEATURES_H_
#define DRIFTALIGN_ALIGN_TEXT_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/sentence.h"

namespace driftalign::align {

enum class AnchorKind : uint8_t {
  kFigure = 0,  // digits of a number, separators dropped: "2,000", "2 000", "2.000" -> "2000"
  kName = 1,    // a capitalised word (>= 3 bytes) that does not start the sentence
};

// One figure or name of a sentence: a 64-bit hash of its normalised text.
struct Anchor {
  uint64_t hash = 0;
  AnchorKind kind = AnchorKind::kFigure;
};

// Figures and names found in `text` (in order of appearance).
std::vector<Anchor> FindAnchors(std::string_view text);

struct BlockAnchors;

class TextFeatures {
 public:
  static TextFeatures Extract(const std::vector<segment::Sentence>& sentences);
  static TextFeatures Extract(const std::vector<std::string_view>& texts,
                              const std::vector<int>& paragraphs,
                              const std::vector<bool>& meta = {});

  int size() const { return static_cast<int>(char_prefix_.size()) - 1; }
  // Characters (Unicode code points) of sentences [begin, end).
  int64_t Chars(int begin, int end) const { return char_prefix_[end] - char_prefix_[begin]; }
  // Paragraph boundaries strictly inside [begin, end) (0 for a single sentence).
  int ParagraphBreaks(int begin, int end) const {
    return end - begin < 2 ? 0 : paragraph_[end - 1] - paragraph_[begin];
  }
  // Meta sentences (segment::SentenceKind::kMeta) in [begin, end).
  int Meta(int begin, int end) const { return static_cast<int>(meta_prefix_[end] - meta_prefix_[begin]); }
  // Anchors of sentences [begin, end), appended to *out (cleared first):
  // sentence after sentence, each sentence's sorted by kind, then hash.
  void Anchors(int begin, int end, std::vector<Anchor>* out) const;
  // The anchors of sentences [begin, end) as two sorted lists of hashes.
  void BlockAnchorsOf(int begin, int end, BlockAnchors* out) const;

 private:
  std::vector<int64_t> char_prefix_;   // size n + 1
  std::vector<int> paragraph_;         // size n
  std::vector<int> meta_prefix_;       // size n + 1
  std::vector<int64_t> anchor_prefix_; // size n + 1, into anchors_
  std::vector<Anchor> anchors_;
};

// How many anchors of `kind` the two multisets share, and how many are left
// unmatched on either side together.
struct AnchorOverlap {
  int figures_shared = 0, figures_unmatched = 0;
  int names_shared = 0, names_unmatched = 0;
};
AnchorOverlap Overlap(std::vector<Anchor>* a, std::vector<Anchor>* b);  // sorts both

// The anchors of a block of sentences by kind, each list of hashes sorted
// (TextFeatures::BlockAnchorsOf), so that the aligner can keep those of the
// blocks it compares again and again.
struct BlockAnchors {
  std::vector<uint64_t> figures, names;
};
// The same counts as Overlap of the two blocks' anchor lists.
AnchorOverlap Overlap(const BlockAnchors& a, const BlockAnchors& b);

}  // namespace driftalign::align

#endif  // DRIFTALIGN_ALIGN_TEXT_FEATURES_H_
