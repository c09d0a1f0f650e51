// driftalign embed: one sentence vector per sentence, in input order.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/common.h"
#include "cli/verbs.h"
#include "embed/document_vectors.h"
#include "embed/model.h"
#include "pipeline/model_lookup.h"

namespace driftalign::cli {

namespace {

// NumPy .npy v1.0 header for a C-order float32 [rows, cols] array.
std::string NpyHeader(int64_t rows, int64_t cols) {
  std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + std::to_string(rows) + ", " +
                     std::to_string(cols) + "), }";
  const size_t preamble = 10;  // magic(6) + version(2) + header length(2)
  size_t total = preamble + dict.size() + 1;
  size_t padded = (total + 63) / 64 * 64;
  dict.append(padded - total, ' ');
  dict.push_back('\n');
  std::string h("\x93NUMPY\x01\x00", 8);
  uint16_t len = static_cast<uint16_t>(dict.size());
  h.push_back(static_cast<char>(len & 0xff));
  h.push_back(static_cast<char>(len >> 8));
  return h + dict;
}

VerbRunner RegisterEmbed(CLI::App* app) {
  struct Flags {
    std::string lang = "en";
    std::string format = "tsv";
    std::string model;
    std::string input = "-";
    std::string output = "-";
    bool verify_model = false;
    InputFlags in;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app->add_subcommand(
      "embed",
      "Embed each sentence of a text with the bilingual EN-FR model.\n"
      "  npy: float32 [n, dim] array in NumPy .npy format (C order), row i = sentence i.\n"
      "  tsv: one line per sentence: dim tab-separated floats (unit length; all zeros for a\n"
      "       sentence without any word).\n"
      "Sentences come from the segmenter (or one per line with --presegmented).");
  cmd->add_option("--lang", flags->lang, "Language of the input")
      ->check(CLI::IsMember({"en", "fr"}))
      ->capture_default_str();
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"npy", "tsv"}))
      ->capture_default_str();
  cmd->add_option("--model", flags->model, kModelFlagHelp);
  cmd->add_flag("--verify-model", flags->verify_model,
                "Verify the model's payload checksum on this run, even if it was verified before (reads the "
                "whole file; without the flag it is verified once per model file)");
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->capture_default_str();
  cmd->add_option("input", flags->input, "Input file ('-' = stdin)")->capture_default_str();
  flags->in.Register(cmd);

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    embed::LoadOptions load;
    load.verify_checksum = flags->verify_model;
    const pipeline::ModelLocation where = pipeline::LocateModel(flags->model);
    if (where.path.empty()) return Fail(pipeline::ModelNotFound(where, ""));
    auto model = embed::Model::Load(where.path, load);
    if (!model.ok()) return Fail(model.status());
    StatusOr<SegmentedInput> in = ReadAndSegment(flags->input, flags->lang, flags->in);
    if (!in.ok()) return Fail(in.status());
    std::vector<std::string_view> texts;
    for (const segment::Sentence& s : in->sentences) texts.push_back(s.text);
    embed::DocumentVectors doc = embed::DocumentVectors::Build(**model, flags->lang, texts);
    StatusOr<std::unique_ptr<Output>> out = Output::Open(flags->output);
    if (!out.ok()) return Fail(out.status());
    std::ostream& os = (*out)->stream();
    const embed::RowMatrix& m = doc.Sentences();
    if (flags->format == "npy") {
      os << NpyHeader(m.rows(), m.cols());
      os.write(reinterpret_cast<const char*>(m.data()), static_cast<std::streamsize>(m.size() * sizeof(float)));
    } else {
      char buf[32];
      std::string line;
      for (Eigen::Index r = 0; r < m.rows(); ++r) {
        line.clear();
        for (Eigen::Index c = 0; c < m.cols(); ++c) {
          std::snprintf(buf, sizeof(buf), c ? "\t%.9g" : "%.9g", m(r, c));
          line += buf;
        }
        line.push_back('\n');
        os << line;
      }
    }
    Status st = (*out)->Close();
    return st.ok() ? kExitOk : Fail(st);
  };
}

const VerbRegistration kRegistered("embed", &RegisterEmbed);

}  // namespace
}  // namespace driftalign::cli
