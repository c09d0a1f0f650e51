#include "report/text_writer.h"

#include <cstddef>

namespace driftalign::report {

std::string Marked(const segment::Sentence& s, const drift::Span& span, bool colour, const char* colour_code) {
  if (span.empty() || span.sentence != s.id || span.begin < s.begin || span.end > s.end ||
      (span.begin == s.begin && span.end == s.end)) {
    return s.text;
  }
  size_t b = span.begin - s.begin, e = span.end - s.begin;
  std::string open = colour ? std::string("\033[1;") + colour_code + "m" : "⟦";
  std::string close = colour ? "\033[0m" : "⟧";
  return s.text.substr(0, b) + open + s.text.substr(b, e - b) + close + s.text.substr(e);
}

std::string Ids(const std::vector<int>& ids) {
  std::string out = "[";
  for (size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + std::to_string(ids[i]);
  return out + "]";
}

void WriteText(const std::vector<segment::Sentence>& src, const std::vector<segment::Sentence>& tgt,
               const std::string& src_lang, const std::string& tgt_lang,
               const std::vector<align::Bead>& beads,
               const std::vector<std::vector<drift::Flag>>& flags, drift::Severity min_severity,
               bool colour, std::ostream& os) {
  const drift::Severity order[] = {drift::Severity::kError, drift::Severity::kWarning,
                                   drift::Severity::kInfo};
  const char* titles[] = {"ERRORS", "WARNINGS", "INFO"};
  const char* colours[] = {"31", "33", "36"};
  int counts[3] = {0, 0, 0};
  for (const auto& fl : flags)
    for (const drift::Flag& f : fl) counts[static_cast<int>(f.severity)]++;
  for (int sv = 0; sv < 3; ++sv) {
    if (order[sv] > min_severity || counts[sv] == 0) continue;
    os << (colour ? std::string("\033[1m") : "") << titles[sv] << " (" << counts[sv] << ")"
       << (colour ? "\033[0m" : "") << "\n";
    for (size_t i = 0; i < beads.size(); ++i) {
      for (const drift::Flag& f : flags[i]) {
        if (f.severity != order[sv]) continue;
        os << "  " << drift::FlagKindName(f.kind) << "  bead " << i << " " << Ids(beads[i].src) << ":"
           << Ids(beads[i].tgt) << "  " << f.message << "\n";
        for (int side = 0; side < 2; ++side) {
          const auto& ids = side == 0 ? beads[i].src : beads[i].tgt;
          const auto& sents = side == 0 ? src : tgt;
          const drift::Span& span = side == 0 ? f.src : f.tgt;
          for (int id : ids) {
            // Show the sentence holding the evidence; for a side without
            // evidence, the first sentence of the bead on that side.
            const bool shown = span.empty() ? id == ids.front() : span.sentence == id;
            if (!shown) continue;
            os << "      " << (side == 0 ? src_lang : tgt_lang) << " " << id << ": "
               << Marked(sents[id], span, colour, colours[sv]) << "\n";
          }
        }
      }
    }
    os << "\n";
  }
  size_t null_beads = 0;
  for (const align::Bead& b : beads) null_beads += b.is_null();
  os << "driftalign check: " << counts[0] << " error(s), " << counts[1] << " warning(s), " << counts[2]
     << " info in " << beads.size() << " beads (" << null_beads << " null; " << src.size() << " "
     << src_lang << " / " << tgt.size() << " " << tgt_lang << " sentences)\n";
}

}  // namespace driftalign::report
