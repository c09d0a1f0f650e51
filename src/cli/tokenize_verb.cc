// driftalign tokenize: the model tokeniser as a filter, used to prepare the
// training text (scripts/train_model.sh) with exactly the code that runs at
// embedding time.
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "cli/common.h"
#include "cli/verbs.h"
#include "embed/tokenizer.h"
#include "pipeline/manifest_io.h"
#include "text/input.h"

namespace driftalign::cli {

namespace {

VerbRunner RegisterTokenize(CLI::App* app) {
  struct Flags {
    std::string lang = "en";
    bool pairs = false;
    int en_column = 1;
    int fr_column = 2;
    bool no_shuffle = false;
    double min_ratio = 0.5;
    double max_ratio = 2.0;
    unsigned seed = 1;
    std::string input = "-";
    std::string output = "-";
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app->add_subcommand(
      "tokenize",
      "Tokenise text with the embedding model's tokeniser (one output line per input line,\n"
      "tokens separated by single spaces).\n"
      "  --pairs: input is TSV with an English and a French column; each output line holds the\n"
      "  tokens of both sides merged and shuffled (training text for a joint bilingual skipgram);\n"
      "  pairs with an empty side or a character-length ratio fr/en outside\n"
      "  [--min-ratio, --max-ratio] are skipped.");
  cmd->add_option("--lang", flags->lang, "Language of the input (ignored with --pairs)")
      ->check(CLI::IsMember({"en", "fr"}))
      ->capture_default_str();
  cmd->add_flag("--pairs", flags->pairs, "Input is TSV EN/FR pairs");
  cmd->add_option("--en-column", flags->en_column, "1-based TSV column of English (--pairs)")
      ->capture_default_str();
  cmd->add_option("--fr-column", flags->fr_column, "1-based TSV column of French (--pairs)")
      ->capture_default_str();
  cmd->add_flag("--no-shuffle", flags->no_shuffle, "With --pairs: English tokens then French tokens");
  cmd->add_option("--min-ratio", flags->min_ratio, "With --pairs: minimum fr/en length ratio")
      ->capture_default_str();
  cmd->add_option("--max-ratio", flags->max_ratio, "With --pairs: maximum fr/en length ratio")
      ->capture_default_str();
  cmd->add_option("--seed", flags->seed, "Shuffle seed (output is deterministic for a seed)")
      ->capture_default_str();
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->capture_default_str();
  cmd->add_option("input", flags->input, "Input file ('-' = stdin)")->capture_default_str();

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    if (Status st = text::CheckInputPath(flags->input); !st.ok()) return Fail(st);
    std::ifstream file;
    std::istream* in = &std::cin;
    if (flags->input != "-") {
      file.open(flags->input, std::ios::binary);
      if (!file) return Fail(InputError(flags->input + ": cannot open"));
      in = &file;
    }
    StatusOr<std::unique_ptr<Output>> out = Output::Open(flags->output);
    if (!out.ok()) return Fail(out.status());
    std::ostream& os = (*out)->stream();
    auto en = embed::Tokenizer::Create(flags->pairs ? "en" : flags->lang);
    auto fr = embed::Tokenizer::Create("fr");
    if (!en.ok()) return Fail(en.status());
    if (!fr.ok()) return Fail(fr.status());
    std::mt19937_64 rng(flags->seed);
    std::string line;
    std::vector<std::string> tokens;
    std::string buf;
    long long line_no = 0, skipped = 0;
    while (std::getline(*in, line)) {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      tokens.clear();
      if (!flags->pairs) {
        en->Tokenize(line, &tokens);
      } else {
        const std::vector<std::string> cols = pipeline::SplitTabs(line);
        int need = std::max(flags->en_column, flags->fr_column);
        if (static_cast<int>(cols.size()) < need) {
          ++skipped;
          continue;
        }
        std::string_view e = cols[flags->en_column - 1], f = cols[flags->fr_column - 1];
        double ratio = e.empty() ? 0.0 : static_cast<double>(f.size()) / e.size();
        if (e.empty() || f.empty() || ratio < flags->min_ratio || ratio > flags->max_ratio) {
          ++skipped;
          continue;
        }
        en->Tokenize(e, &tokens);
        fr->Tokenize(f, &tokens);
        if (!flags->no_shuffle) {
          // Fisher-Yates with our own index draw: std::shuffle's use of the
          // engine is implementation-defined, this is the same everywhere.
          for (size_t i = tokens.size(); i > 1; --i) {
            size_t j = static_cast<size_t>(rng() % i);
            std::swap(tokens[i - 1], tokens[j]);
          }
        }
      }
      buf.clear();
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (i) buf.push_back(' ');
        buf.append(tokens[i]);
      }
      buf.push_back('\n');
      os.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    }
    if (flags->pairs) {
      std::cerr << "driftalign tokenize: " << line_no << " lines, " << skipped << " pairs skipped\n";
    }
    Status st = (*out)->Close();
    return st.ok() ? kExitOk : Fail(st);
  };
}

const VerbRegistration kRegistered("tokenize", &RegisterTokenize);

}  // namespace
}  // namespace driftalign::cli
