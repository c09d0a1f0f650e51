// driftalign convert-model: build a driftalign model file from fastText
// vectors, or describe an existing model file.
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "cli/verbs.h"
#include "embed/convert.h"
#include "embed/model.h"

namespace driftalign::cli {

namespace {

int Inspect(const std::string& path) {
  embed::LoadOptions o;
  o.verify_checksum = true;
  auto model = embed::Model::Load(path, o);
  if (!model.ok()) return Fail(model.status());
  const auto& h = (*model)->header();
  nlohmann::ordered_json j;
  j["path"] = path;
  j["name"] = (*model)->name();
  j["sha256"] = (*model)->sha256();
  j["bytes"] = (*model)->file_bytes();
  j["format_version"] = h.format_version;
  j["dim"] = h.dim;
  j["words"] = h.n_words;
  j["buckets"] = h.n_buckets;
  j["minn"] = h.minn;
  j["maxn"] = h.maxn;
  j["tokenizer_version"] = h.tokenizer_version;
  j["tokenizer_flags"] = h.tokenizer_flags;
  j["flags"] = h.flags;
  j["sif_a"] = h.sif_a;
  j["oov_weight"] = h.oov_weight;
  j["components"] = {h.n_components_en, h.n_components_fr};
  for (const auto& t : (*model)->self_tests()) {
    j["self_tests"].push_back({{"en", t.en}, {"fr", t.fr}, {"cosine", t.cosine}});
  }
  std::cout << j.dump(2) << "\n";
  return kExitOk;
}

VerbRunner RegisterConvertModel(CLI::App* app) {
  struct Flags {
    std::string fasttext_bin, vec_en, vec_fr, inspect;
    std::string output;
    embed::ConvertOptions o;
    bool no_center = false;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app->add_subcommand(
      "convert-model",
      "Build a driftalign model (.dam, see models/MODEL.md) from a fastText .bin model or from two\n"
      "aligned .vec files (e.g. wiki.en.align.vec + wiki.fr.align.vec), or --inspect one.");
  cmd->add_option("--fasttext-bin", flags->fasttext_bin, "fastText .bin model (joint EN+FR vocabulary, with subwords)");
  cmd->add_option("--vec-en", flags->vec_en, "English aligned .vec file (with --vec-fr)");
  cmd->add_option("--vec-fr", flags->vec_fr, "French aligned .vec file (with --vec-en)");
  cmd->add_option("--inspect", flags->inspect, "Print the header of a model file as JSON (verifies its checksums)");
  cmd->add_option("--name", flags->o.name, "Model name stored in the header")->capture_default_str();
  cmd->add_option("--max-words", flags->o.max_words, "Vocabulary rows kept (most frequent first)")->capture_default_str();
  cmd->add_option("--sif-a", flags->o.sif_a, "SIF weight parameter a in a/(a+p(w))")->capture_default_str();
  cmd->add_option("--components", flags->o.components, "Common components removed per language")->capture_default_str();
  cmd->add_flag("--no-center", flags->no_center, "Do not subtract the mean sentence vector of each language");
  cmd->add_option("--sample-pairs", flags->o.sample_pairs, "TSV en<TAB>fr sentences for means/components/map");
  cmd->add_option("--max-sample-pairs", flags->o.max_sample_pairs, "Sample pairs read")->capture_default_str();
  cmd->add_option("--map", flags->o.map, "EN->FR orthogonal map: none, word (dictionary) or sentence (sample pairs)")
      ->check(CLI::IsMember({"none", "word", "sentence"}))
      ->capture_default_str();
  cmd->add_option("--dictionary", flags->o.dictionary, "TSV en<TAB>fr dictionary for --map word");
  cmd->add_option("-o,--output", flags->output, "Output model file");

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    if (!flags->inspect.empty()) return Inspect(flags->inspect);
    if (flags->output.empty()) return Fail(InvalidArgument("convert-model: -o/--output is required"));
    flags->o.center = !flags->no_center;
    StatusOr<embed::ModelContents> contents = InvalidArgument("");
    if (!flags->fasttext_bin.empty()) {
      contents = embed::ImportFastTextBin(flags->fasttext_bin, flags->o);
    } else if (!flags->vec_en.empty() && !flags->vec_fr.empty()) {
      contents = embed::ImportAlignedVec(flags->vec_en, flags->vec_fr, flags->o);
    } else {
      return Fail(InvalidArgument("convert-model: give --fasttext-bin, or --vec-en and --vec-fr, or --inspect"));
    }
    if (!contents.ok()) return Fail(contents.status());
    Status st = embed::BuildModel(std::move(contents).value(), flags->o, flags->output);
    if (!st.ok()) return Fail(st);
    return Inspect(flags->output);
  };
}

const VerbRegistration kRegistered("convert-model", &RegisterConvertModel);

}  // namespace
}  // namespace driftalign::cli
