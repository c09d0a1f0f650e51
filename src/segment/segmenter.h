// Sentence segmentation of English and French news text.
//
// ICU's sentence BreakIterator (with the locale's abbreviation suppressions)
// finds candidate boundaries inside each line; news-specific rules then
//  - remove breaks after abbreviations, initials and acronyms (M., Mme, Dr,
//    St., U.S., p.m. before a weekday, ...) and after a bracketed ellipsis "(...)";
//  - keep closing quotes and guillemets (with NBSP before them) with their sentence;
//  - treat "..." and "…" alike (break only before a capitalised word);
//  - make each line without final punctuation a sentence of its own
//    (headline), mark datelines, bylines and "date 2022-01" markers as meta.
// Lines end at LF, CRLF or CR; a blank line ends a paragraph.
//
//   StatusOr<Segmenter> seg = Segmenter::Create("fr", {});
//   std::vector<Sentence> s = seg->Segment(doc.bytes, doc.content_begin);
#ifndef DRIFTALIGN_SEGMENT_SEGMENTER_H_
#define DRIFTALIGN_SEGMENT_SEGMENTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "segment/sentence.h"
#include "text/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace driftalign::segment {

struct SegmenterOptions {
  // One sentence per line as given (blank lines end paragraphs and are not
  // sentences); offsets still index the original bytes. Default false.
  bool presegmented = false;
  // Mark headlines and meta lines (kind != body). Default true; when false
  // every sentence is body (boundaries are unchanged).
  bool detect_structure = true;
  // Stop after max_sentences + 1 sentences (the caller refuses the input:
  // pipeline::InputOptions::max_sentences), so an input of millions of tiny
  // sentences costs no more than the limit. Default 0: no limit.
  size_t max_sentences = 0;
};

class Segmenter {
 public:
  // `lang` is "en" or "fr"; anything else is InvalidArgument.
  static StatusOr<Segmenter> Create(const std::string& lang, const SegmenterOptions& options);

  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  ~Segmenter();

  // Splits bytes[start, end) (valid UTF-8) into sentences. Offsets index `bytes`.
  // Not thread-safe (the ICU iterator is reused): use one Segmenter per thread.
  std::vector<Sentence> Segment(std::string_view bytes, size_t start = 0) const;

  const std::string& lang() const { return lang_; }

 private:
  Segmenter(std::string lang, SegmenterOptions options, std::unique_ptr<icu::BreakIterator> it);

  // Whether `out` holds more than options_.max_sentences sentences (no more are added).
  bool PastLimit(const std::vector<Sentence>& out) const {
    return options_.max_sentences > 0 && out.size() > options_.max_sentences;
  }
  // Adds the sentences of one non-blank line [begin, end) to `out`.
  void SegmentLine(std::string_view bytes, size_t begin, size_t end, int paragraph,
                   bool first_line, std::vector<Sentence>* out) const;

  std::string lang_;
  SegmenterOptions options_;
  std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace driftalign::segment

#endif  // DRIFTALIGN_SEGMENT_SEGMENTER_H_
