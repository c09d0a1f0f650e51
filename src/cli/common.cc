#include "cli/common.h"

namespace driftalign::cli {

int Fail(const Status& status) {
  std::cerr << "driftalign: " << status.message() << "\n";
  switch (status.code()) {
    case StatusCode::kOk: return kExitOk;
    case StatusCode::kInvalidArgument: return kExitUsage;
    default: return kExitInput;
  }
}

void InputFlags::Register(CLI::App* app) {
  app->add_flag("--presegmented", presegmented,
                "Input has one sentence per line (blank lines end paragraphs); offsets stay exact");
  app->add_flag("--replace-invalid", replace_invalid,
                "Replace each invalid UTF-8 byte by '?' (offsets unchanged) and warn, instead of failing");
  app->add_flag("--no-structure", no_structure,
                "Do not mark headlines and meta lines; every sentence is 'body'");
}

text::InputOptions InputFlags::input_options() const {
  text::InputOptions o;
  o.replace_invalid = replace_invalid;
  return o;
}

segment::SegmenterOptions InputFlags::segmenter_options() const {
  segment::SegmenterOptions o;
  o.presegmented = presegmented;
  o.detect_structure = !no_structure;
  return o;
}

StatusOr<SegmentedInput> ReadAndSegment(const std::string& path, const std::string& lang,
                                        const InputFlags& flags) {
  ASSIGN_OR_RETURN(auto segmenter, segment::Segmenter::Create(lang, flags.segmenter_options()));
  ASSIGN_OR_RETURN(text::Document doc, text::ReadInput(path, flags.input_options()));
  if (!doc.replaced_offsets.empty()) {
    std::cerr << "driftalign: warning: " << doc.path << ": replaced "
              << doc.replaced_offsets.size() << " invalid UTF-8 byte(s) by '?', first at byte offset "
              << doc.replaced_offsets.front() << "\n";
  }
  SegmentedInput result;
  result.sentences = segmenter.Segment(doc.bytes, doc.content_begin);
  if (result.sentences.empty()) {
    std::cerr << "driftalign: warning: " << doc.path << ": no sentences (empty or blank input)\n";
  }
  result.doc = std::move(doc);
  return result;
}

StatusOr<std::unique_ptr<Output>> Output::Open(const std::string& path) {
  auto out = std::make_unique<Output>();
  out->path_ = path;
  if (path != "-") {
    out->file_.open(path, std::ios::binary);
    if (!out->file_) return InputError(path + ": cannot open for writing");
  }
  return out;
}

Status Output::Close() {
  stream().flush();
  if (!stream()) return InputError((path_ == "-" ? std::string("<stdout>") : path_) + ": write failed");
  if (file_.is_open()) file_.close();
  return Status::Ok();
}

}  // namespace driftalign::cli
