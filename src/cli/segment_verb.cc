// driftalign segment: split a story into sentences with exact byte offsets.
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "cli/verbs.h"
#include "report/json_writer.h"

namespace driftalign::cli {

namespace {

VerbRunner RegisterSegment(CLI::App* app) {
  struct Flags {
    std::string lang = "en";
    std::string format = "lines";
    std::string input = "-";
    std::string output = "-";
    InputFlags in;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app->add_subcommand(
      "segment",
      "Split a text into sentences.\n"
      "  lines: one sentence per line.\n"
      "  jsonl: one object per sentence: {\"id\", \"text\", \"begin\", \"end\", \"paragraph\", \"kind\"}\n"
      "         begin/end are byte offsets into the original input (input[begin:end] == text),\n"
      "         kind is body, headline or meta.");
  cmd->add_option("--lang", flags->lang, "Language of the input")
      ->check(CLI::IsMember({"en", "fr"}))
      ->capture_default_str();
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"lines", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->capture_default_str();
  cmd->add_option("input", flags->input, "Input file ('-' = stdin)")->capture_default_str();
  flags->in.Register(cmd);

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    StatusOr<SegmentedInput> in = ReadAndSegment(flags->input, flags->lang, flags->in);
    if (!in.ok()) return Fail(in.status());
    StatusOr<std::unique_ptr<Output>> out = Output::Open(flags->output);
    if (!out.ok()) return Fail(out.status());
    std::ostream& os = (*out)->stream();
    for (const segment::Sentence& s : in->sentences) {
      if (flags->format == "lines") {
        os << s.text << '\n';
      } else {
        os << report::SentenceToJson(s).dump() << '\n';
      }
    }
    Status st = (*out)->Close();
    return st.ok() ? kExitOk : Fail(st);
  };
}

const VerbRegistration kRegistered("segment", &RegisterSegment);

}  // namespace
}  // namespace driftalign::cli
