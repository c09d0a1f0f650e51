#include "pipeline/options.h"

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

StatusOr<text::Lang> ParseLanguage(std::string_view code) { return text::ParseLang(code); }

}  // namespace driftalign::pipeline
