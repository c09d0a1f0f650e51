// Writes the seed corpus of model_fuzzer: small models written by the
// project's own writer (embed::WriteModel), one per shape of file the loader
// accepts (shared or per-language vocabulary, with and without subword
// buckets, bucket_rows, means, components, language maps and self-tests).
// Each seed is one mode byte (model_fuzzer.cc: 7 = fix both checksums,
// verify the payload, run the self-tests) followed by the file.
//
//   build-fuzz/tests/fuzz/make_model_seeds tests/fuzz/corpus/model
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

#include "embed/model.h"
#include "embed/model_writer.h"

namespace {

using driftalign::embed::ModelContents;
using driftalign::embed::RowMatrix;

RowMatrix RandomRows(std::mt19937* rng, int rows, int dim) {
  std::normal_distribution<float> normal(0.0f, 1.0f);
  RowMatrix m(rows, dim);
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < dim; ++c) m(r, c) = normal(*rng);
    m.row(r).normalize();
  }
  return m;
}

ModelContents Tiny(int variant) {
  std::mt19937 rng(1234 + variant);
  ModelContents c;
  c.name = "fuzz-seed-" + std::to_string(variant);
  c.dim = 4 + 4 * (variant % 2);
  c.per_language_vocab = variant >= 2;
  const char* base[] = {"the", "president", "said", "le", "président", "a", "dit", "2,000", "jeudi"};
  for (const char* w : base) c.words.push_back(c.per_language_vocab ? std::string("en\x1f") + w : w);
  if (c.per_language_vocab) {
    for (const char* w : base) c.words.push_back(std::string("fr\x1f") + w);
  }
  const int n = static_cast<int>(c.words.size());
  c.word_vectors = RandomRows(&rng, n, c.dim);
  for (int i = 0; i < n; ++i) c.word_weights.push_back(0.1f + 0.1f * static_cast<float>(i % 7));
  if (variant != 2) {  // variant 2: no subwords (an unknown word has no vector)
    c.minn = 3;
    c.maxn = 5;
    c.bucket_vectors = RandomRows(&rng, 16, c.dim);
    if (variant == 1) {
      for (uint32_t b = 0; b < 16; ++b) c.bucket_rows.push_back((b * 5) % 16);
    }
  }
  if (variant >= 1) {
    for (int l = 0; l < 2; ++l) {
      c.mean[l] = RandomRows(&rng, 1, c.dim).row(0).transpose() * 0.1f;
      c.components[l] = RandomRows(&rng, 1, c.dim);
    }
  }
  if (variant == 3) {
    for (int l = 0; l < 2; ++l) c.map[l] = RowMatrix::Identity(c.dim, c.dim);
  }
  return c;
}

bool WriteSeed(const std::string& model_path, const std::string& seed_path) {
  std::ifstream in(model_path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream out(seed_path, std::ios::binary | std::ios::trunc);
  out.put(7);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_model_seeds OUT_DIR\n");
    return 1;
  }
  const std::filesystem::path dir = argv[1];
  std::filesystem::create_directories(dir);
  for (int variant = 0; variant < 4; ++variant) {
    ModelContents c = Tiny(variant);
    const std::string path = (dir / ("seed" + std::to_string(variant) + ".dam")).string();
    // Write without self-tests, compute their cosines with the model, write again.
    auto st = driftalign::embed::WriteModel(c, path);
    driftalign::embed::LoadOptions no_test;
    no_test.run_self_test = false;
    auto model = driftalign::embed::Model::Load(path, no_test);
    if (!st.ok() || !model.ok()) {
      std::fprintf(stderr, "make_model_seeds: %s\n", (st.ok() ? model.status() : st).message().c_str());
      return 1;
    }
    c.self_tests = {{"The president said", "Le président a dit", 0.0f}, {"2,000 jeudi", "2,000 jeudi", 0.0f}};
    for (auto& t : c.self_tests) t.cosine = (*model)->PairCosine(t.en, t.fr);
    st = driftalign::embed::WriteModel(c, path);
    if (!st.ok() || !driftalign::embed::Model::Load(path).ok() ||
        !WriteSeed(path, (dir / ("model" + std::to_string(variant))).string())) {
      std::fprintf(stderr, "make_model_seeds: cannot write seed %d\n", variant);
      return 1;
    }
    std::filesystem::remove(path);
  }
  return 0;
}
