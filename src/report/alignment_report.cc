#include "report/alignment_report.h"

#include <cmath>
#include <cstdio>

namespace driftalign::report {
namespace {

Status CheckIds(const std::vector<int>& ids, const DocumentInfo& doc, const char* side, const std::string& where) {
  const size_t n = Sentences(doc).size();
  for (size_t k = 0; k < ids.size(); ++k) {
    if (ids[k] >= 0 && static_cast<size_t>(ids[k]) < n) continue;
    return InvalidArgument(where + "." + side + "[" + std::to_string(k) + "]: id " + std::to_string(ids[k]) +
                           " out of range (" + (side[0] == 's' ? "source" : "target") + " has " +
                           std::to_string(n) + " sentences)");
  }
  return Status::Ok();
}

}  // namespace

double RoundScore(double score) { return std::round(score * 1e6) / 1e6; }

std::string ScoreText(double score) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", RoundScore(score));
  return buf;
}

const std::vector<segment::Sentence>& Sentences(const DocumentInfo& doc) {
  static const std::vector<segment::Sentence> kNone;
  return doc.sentences == nullptr ? kNone : *doc.sentences;
}

const std::vector<drift::Flag>& BeadFlags(const AlignmentReport& report, size_t i) {
  static const std::vector<drift::Flag> kNone;
  return i < report.flags.size() ? report.flags[i] : kNone;
}

const drift::BeadDivergence* BeadDivergenceOf(const AlignmentReport& report, size_t i) {
  if (i >= report.divergence.size() || !report.divergence[i].measured) return nullptr;
  return &report.divergence[i];
}

std::string SideText(const DocumentInfo& doc, const std::vector<int>& ids) {
  std::string text;
  for (int id : ids) {
    if (!text.empty()) text += ' ';
    text += Sentences(doc)[id].text;
  }
  return text;
}

std::string FlagLine(const drift::Flag& flag) {
  return std::string(drift::SeverityName(flag.severity)) + " " + std::string(drift::FlagKindName(flag.kind)) +
         ": " + flag.message;
}

std::optional<drift::Span> Evidence(const DocumentInfo& doc, const drift::Span& span) {
  if (span.empty() || span.end < span.begin || (span.begin == span.end && span.text.empty())) return std::nullopt;
  const std::vector<segment::Sentence>& sents = Sentences(doc);
  drift::Span out = span;
  if (static_cast<size_t>(out.sentence) < sents.size()) return out;
  for (size_t i = 0; i < sents.size(); ++i) {
    if (sents[i].begin <= out.begin && out.end <= sents[i].end) {
      out.sentence = static_cast<int>(i);
      return out;
    }
  }
  return std::nullopt;
}

std::optional<std::pair<size_t, size_t>> LocateSpan(const DocumentInfo& doc, const drift::Span& span) {
  const std::vector<segment::Sentence>& sents = Sentences(doc);
  if (span.sentence < 0 || static_cast<size_t>(span.sentence) >= sents.size()) return std::nullopt;
  const segment::Sentence& s = sents[span.sentence];
  const std::string& text = s.text;
  auto boundary = [&](size_t i) { return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80; };
  if (span.begin >= s.begin && span.end <= s.begin + text.size()) {
    size_t b = span.begin - s.begin, e = span.end - s.begin;
    if (boundary(b) && boundary(e) && (span.text.empty() || text.compare(b, e - b, span.text) == 0))
      return std::make_pair(b, e);
  }
  if (span.text.empty()) return std::nullopt;
  size_t pos = text.find(span.text);
  if (pos == std::string::npos) return std::nullopt;
  return std::make_pair(pos, pos + span.text.size());
}

Status CheckReport(const AlignmentReport& report) {
  for (size_t i = 0; i < report.beads.size(); ++i) {
    const std::string where = "alignment report: beads[" + std::to_string(i) + "]";
    RETURN_IF_ERROR(CheckIds(report.beads[i].src, report.src, "src", where));
    RETURN_IF_ERROR(CheckIds(report.beads[i].tgt, report.tgt, "tgt", where));
  }
  return Status::Ok();
}

}  // namespace driftalign::report
