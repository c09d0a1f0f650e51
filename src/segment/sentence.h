// Sentence: the unit every later stage (embed, align, drift, report) works on.
#ifndef DRIFTALIGN_SEGMENT_SENTENCE_H_
#define DRIFTALIGN_SEGMENT_SENTENCE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace driftalign::segment {

enum class SentenceKind {
  kBody,      // running text
  kHeadline,  // a title or subhead: a line of its own without final punctuation
  kMeta,      // dateline, byline, agency/time stamp, "date 2022-01" markers
};

std::string_view KindName(SentenceKind kind);  // "body", "headline", "meta"

struct Sentence {
  int id = 0;            // 0-based position in the document
  std::string text;      // exactly input[begin, end)
  size_t begin = 0;      // byte offset into the ORIGINAL input (BOM included)
  size_t end = 0;        // one past the last byte
  int paragraph = 0;     // 0-based; blank lines end a paragraph
  SentenceKind kind = SentenceKind::kBody;
};

}  // namespace driftalign::segment

#endif  // DRIFTALIGN_SEGMENT_SENTENCE_H_
