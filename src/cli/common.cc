#include "cli/common.h"

namespace driftalign::cli {

int ExitCode(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return kExitOk;
    case StatusCode::kInvalidArgument: return kExitUsage;
    default: return kExitInput;
  }
}

int Fail(const Status& status) {
  std::cerr << "driftalign: " << status.message() << "\n";
  return ExitCode(status);
}

void InputFlags::Register(CLI::App* app) {
  app->add_flag("--presegmented", presegmented,
                "Input has one sentence per line (blank lines end paragraphs); offsets stay exact");
  app->add_flag("--replace-invalid", replace_invalid,
                "Replace each invalid UTF-8 byte by '?' (offsets unchanged) and warn, instead of failing");
  app->add_flag("--no-structure", no_structure,
                "Do not mark headlines and meta lines; every sentence is 'body'");
  app->add_option("--max-sentences", max_sentences,
                  "Refuse (exit 2) an input of more sentences than this, naming the file and the byte offset "
                  "where the limit is passed (0: no limit)")
      ->capture_default_str();
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
