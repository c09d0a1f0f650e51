#include "pipeline/options.h"

#include <sstream>

namespace driftalign::pipeline {

text::InputOptions InputOptions::input_options() const {
  text::InputOptions o;
  o.replace_invalid = replace_invalid;
  return o;
}

segment::SegmenterOptions InputOptions::segmenter_options() const {
  segment::SegmenterOptions o;
  o.presegmented = presegmented;
  o.detect_structure = !no_structure;
  o.max_sentences = max_sentences;
  return o;
}

std::string_view MethodName(Method method) {
  switch (method) {
    case Method::kEmbedding: return "embedding";
    case Method::kGaleChurch: return "gale-church";
    case Method::kParallel: return "parallel";
    case Method::kBeadsFile: return "beads-file";
  }
  return "embedding";
}

StatusOr<CoverageMode> ParseCoverageMode(std::string_view name) {
  if (name == "auto") return CoverageMode::kAuto;
  if (name == "model") return CoverageMode::kModel;
  if (name == "lexical") return CoverageMode::kLexical;
  if (name == "off") return CoverageMode::kOff;
  return InvalidArgument("unknown coverage mode '" + std::string(name) + "': expected auto, model, lexical or off");
}

Status ValidateDriftOptions(const DriftOptions& options) {
  const struct {
    const char* name;
    double value, min, max;
    bool integer;
  } ranges[] = {
      {"quote_position_slack", options.check.quote_position_slack, 0, 1, false},
      {"partial_min_words", static_cast<double>(options.check.partial_min_words), 1, 100, true},
      {"partial_max_coverage", options.check.partial_max_coverage, 0, 1, false},
      {"partial_soft_cosine", options.check.partial_soft_cosine, 0, 1, false},
      {"min_cosine", options.coverage.min_cosine, -1, 1, false},
      {"link_min_cosine", options.coverage.link_min_cosine, -1, 1, false},
      {"divergence_threshold", options.check.divergence_threshold, 0, 1, false},
  };
  for (const auto& r : ranges) {
    if (r.value >= r.min && r.value <= r.max) continue;  // NaN is out of range too
    std::ostringstream message;
    message << r.name << " must be in ";
    if (r.integer) {
      message << r.min << ".." << r.max;
    } else {
      message << "[" << r.min << ", " << r.max << "]";
    }
    message << ", got " << r.value;
    return InvalidArgument(message.str());
  }
  return Status::Ok();
}

StatusOr<text::Lang> ParseLanguage(std::string_view code) { return text::ParseLang(code); }

}  // namespace driftalign::pipeline
