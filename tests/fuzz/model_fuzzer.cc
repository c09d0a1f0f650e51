// libFuzzer target: the model loader (embed::Model::Load) on mutated model
// files. The first input byte chooses the load: bit 0 recomputes the header
// checksum after mutation (so the section table and the sections behind it
// are reached, not only the checksum test), bit 1 also recomputes the payload
// checksum and asks Load to verify it, bit 2 runs the self-tests. The rest
// is the file. Seeds are small models written by embed::WriteModel
// (make_model_seeds.cc).
// Invariants: Load either fails with a ModelError naming the file, or gives a
// model whose header is what the file says (dim 1..4096, its name) and whose
// lookups (vocabulary rows, word vectors, subword vectors of unknown words,
// sentence vectors, post-processing) stay inside the mapping and return
// vectors of dim floats.
//
//   CXX=clang++ cmake -S . -B build-fuzz -DDRIFTALIGN_BUILD_FUZZERS=ON -DDRIFTALIGN_BUILD_TESTS=OFF
//   cmake --build build-fuzz --target model_fuzzer
//   build-fuzz/tests/fuzz/model_fuzzer tests/fuzz/corpus/model -max_total_time=60
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "embed/model.h"
#include "embed/model_format.h"

namespace {

namespace format = driftalign::embed::format;

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "model_fuzzer: %s\n", what);
  std::abort();
}

// Rewrites the checksums of a file laid out as format.h says, where it can.
void FixChecksums(std::string* file, bool payload) {
  if (file->size() < sizeof(format::FileHeader)) return;
  format::FileHeader h;
  std::memcpy(&h, file->data(), sizeof(h));
  const uint64_t table_end = sizeof(format::FileHeader) + uint64_t{h.n_sections} * sizeof(format::SectionEntry);
  if (h.n_sections > 4096 || table_end > file->size()) return;
  h.file_bytes = file->size();
  if (payload) h.payload_checksum = format::Checksum64(file->data() + table_end, file->size() - table_end);
  h.header_checksum = 0;
  h.header_checksum = format::Checksum64(&h, sizeof(h), file->data() + sizeof(h), table_end - sizeof(h));
  std::memcpy(file->data(), &h, sizeof(h));
}

void Exercise(const driftalign::embed::Model& m) {
  const int d = m.dim();
  if (d < 1 || d > 4096) Fail("loaded a model with dim outside 1..4096");
  std::vector<float> v(static_cast<size_t>(d) + 1, 0.0f);
  v[d] = 12345.0f;  // a guard after the dim floats: nothing may write it
  const int64_t rows = std::min<int64_t>(m.n_words(), 64);
  for (int64_t r = 0; r < rows; ++r) {
    const std::string word(m.Word(r));
    (void)m.FindWord("en", word);
    m.WordVector("en", word, v.data());
  }
  const char* texts[] = {"The president said 2,000 people were arrested.", "Le président a parlé jeudi.",
                         "unknownword zzzqqq", "", "l'aide d'urgence", "\xC3\xA9t\xC3\xA9 2022"};
  for (const char* t : texts) {
    for (const char* lang : {"en", "fr"}) {
      std::fill(v.begin(), v.begin() + d, 0.0f);
      m.WordVector(lang, t, v.data());
      (void)m.WordVectorAndWeight(lang, t, v.data());
      (void)m.AddSentence(lang, t, v.data());
      m.Finish(lang, v.data());
      (void)m.PairCosine(t, t);
    }
  }
  if (v[d] != 12345.0f) Fail("a lookup wrote past the dim floats of its output");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  std::string file(reinterpret_cast<const char*>(data + 1), size - 1);
  if (mode & 1) FixChecksums(&file, mode & 2);
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("model_fuzzer." + std::to_string(getpid()) + ".dam")).string();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(file.data(), static_cast<std::streamsize>(file.size()));
    if (!out) Fail("cannot write the temporary model file");
  }
  driftalign::embed::LoadOptions options;
  options.verify_checksum = mode & 2;
  options.run_self_test = mode & 4;
  auto model = driftalign::embed::Model::Load(path, options);
  if (!model.ok()) {
    if (model.status().message().rfind(path, 0) != 0) Fail("load error does not start with the file name");
    return 0;
  }
  Exercise(**model);
  return 0;
}
