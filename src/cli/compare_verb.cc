// driftalign compare: conflicting facts across several reports of one event.
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/common.h"
#include "cli/verbs.h"
#include "compare/compare_report.h"
#include "compare/comparer.h"
#include "compare/guess_lang.h"
#include "pipeline/model_lookup.h"

namespace driftalign::cli {

namespace {

// The language of each of `n` inputs from --lang: empty (guess every file),
// one code (all files) or one code per file, comma-separated; "auto" guesses.
StatusOr<std::vector<std::string>> SplitLangs(const std::string& flag, size_t n) {
  std::vector<std::string> langs;
  std::stringstream ss(flag);
  for (std::string item; std::getline(ss, item, ',');) langs.push_back(item);
  if (langs.empty()) langs.push_back("auto");
  if (langs.size() == 1) langs.assign(n, langs.front());
  if (langs.size() != n) {
    return InvalidArgument("--lang gives " + std::to_string(langs.size()) + " languages for " +
                           std::to_string(n) + " files (give one, or one per file)");
  }
  for (const std::string& l : langs) {
    if (l != "en" && l != "fr" && l != "auto") {
      return InvalidArgument("--lang: '" + l + "' is not en, fr or auto");
    }
  }
  return langs;
}

// Reads and segments every input in its language (guessed from the text
// when "auto"); an input without any sentence is an input error.
StatusOr<std::vector<compare::CompareDoc>> ReadDocs(const std::vector<std::string>& paths,
                                                    const std::vector<std::string>& langs,
                                                    const InputFlags& in) {
  std::vector<compare::CompareDoc> docs;
  for (size_t i = 0; i < paths.size(); ++i) {
    std::string lang = langs[i];
    if (lang == "auto") {
      ASSIGN_OR_RETURN(text::Document doc, text::ReadInput(paths[i], in.input_options()));
      lang = text::LangCode(compare::GuessLang(doc.content()));
    }
    ASSIGN_OR_RETURN(SegmentedInput input, ReadAndSegment(paths[i], lang, in));
    if (input.sentences.empty()) {
      return InputError(paths[i] + ": no sentence to compare (empty or blank input, byte offset 0)");
    }
    compare::CompareDoc doc;
    doc.path = paths[i];
    ASSIGN_OR_RETURN(doc.lang, text::ParseLang(lang));
    doc.doc = std::move(input.doc);
    doc.sentences = std::move(input.sentences);
    docs.push_back(std::move(doc));
  }
  return docs;
}

VerbRunner RegisterCompare(CLI::App* app) {
  struct Flags {
    std::vector<std::string> inputs;
    std::string lang = "auto";
    std::string format = "text";
    std::string model;
    std::string output = "-";
    InputFlags in;
  };
  auto flags = std::make_shared<Flags>();
  // A report of an event is far shorter; the matching is quadratic in the sentences.
  flags->in.max_sentences = compare::CompareOptions::kDefaultReportSentences;
  CLI::App* cmd = app->add_subcommand(
      "compare",
      "Compare several reports of the same event (English and French, any mix) fact by fact:\n"
      "figures, weekdays and dates with what they count or date, grouped across the reports.\n"
      "  text: conflicts first (values that cannot all be true), then compatible differences\n"
      "        (at least 8 vs 13), agreements, and the facts of one report only.\n"
      "  json: {\"schema\": \"driftalign/compare/1\", \"docs\", \"conflicts\", \"compatible\",\n"
      "        \"agreements\", \"single_source\"}; each group {\"what\", \"predicate\", \"values\": [{\"doc\",\n"
      "        \"value\", \"bound\", \"sentence\", \"text\", \"begin\", \"end\", \"attribution\", ...}]} (docs/compare.md).\n"
      "  html: a self-contained page, each conflict's sentences side by side.\n"
      "Exit codes: 0 ok, 1 usage (fewer than two files, bad flag), 2 input or model error (also a report\n"
      "of more than --max-sentences sentences, or more than 12,000 sentences in all).");
  cmd->add_option("inputs", flags->inputs, "Two or more text files ('-' = stdin, once)")->required();
  cmd->add_option("--lang", flags->lang,
                  "Language of the files: auto (guessed per file from its function words), en, fr, "
                  "or one per file, comma-separated (en,fr,fr)")
      ->capture_default_str();
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "html"}))
      ->capture_default_str();
  cmd->add_option("--model", flags->model,
                  "Model file (default: $DRIFTALIGN_MODEL, else models/driftalign-enfr-v2.dam next to the binary)");
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->capture_default_str();
  flags->in.Register(cmd);

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    if (flags->inputs.size() < 2) {
      return Fail(InvalidArgument("compare needs at least two files, got " +
                                  std::to_string(flags->inputs.size())));
    }
    StatusOr<std::vector<std::string>> langs = SplitLangs(flags->lang, flags->inputs.size());
    if (!langs.ok()) return Fail(langs.status());
    StatusOr<std::vector<compare::CompareDoc>> docs = ReadDocs(flags->inputs, *langs, flags->in);
    if (!docs.ok()) return Fail(docs.status());
    StatusOr<std::unique_ptr<embed::Model>> model =
        pipeline::LoadModel(pipeline::ModelPath(flags->model), "");
    if (!model.ok()) return Fail(model.status());
    StatusOr<compare::Comparer> comparer = compare::Comparer::Create(model->get(), {});
    if (!comparer.ok()) return Fail(comparer.status());
    StatusOr<compare::CompareResult> result = comparer->Compare(*docs);
    if (!result.ok()) return Fail(result.status());
    for (const std::string& note : result->notes) std::cerr << "driftalign: note: " << note << "\n";
    StatusOr<std::unique_ptr<Output>> out = Output::Open(flags->output);
    if (!out.ok()) return Fail(out.status());
    std::ostream& os = (*out)->stream();
    if (flags->format == "json") {
      os << compare::CompareToJson(*docs, *result).dump(2) << '\n';
    } else if (flags->format == "html") {
      compare::WriteCompareHtml(*docs, *result, os);
    } else {
      compare::WriteCompareText(*docs, *result, os);
    }
    Status st = (*out)->Close();
    return st.ok() ? kExitOk : Fail(st);
  };
}

const VerbRegistration kRegistered("compare", &RegisterCompare);

}  // namespace
}  // namespace driftalign::cli
