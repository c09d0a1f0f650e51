// Writing a driftalign model file (embed/model_format.h) from vectors in
// memory. Used by the converter (embed/convert.h); the loader is embed/model.h.
#ifndef DRIFTALIGN_EMBED_MODEL_WRITER_H_
#define DRIFTALIGN_EMBED_MODEL_WRITER_H_

#include <string>
#include <vector>

#include "embed/model.h"
#include "text/status.h"

namespace driftalign::embed {

// Everything a model file holds, in float. Vectors are quantised to int8 with
// one float scale per row (scale = max|x| / 127) when written.
struct ModelContents {
  std::string name;                  // at most 63 bytes
  int dim = 0;
  int minn = 0;                      // subword n-gram lengths (fastText -minn/-maxn)
  int maxn = 0;
  bool per_language_vocab = false;   // keys "en\x1f"+word / "fr\x1f"+word
  bool unit_word_vectors = true;     // word and subword vectors normalised to length 1
  float sif_a = 1e-3f;
  float oov_weight = 1.0f;
  uint32_t tokenizer_flags = 3;      // bit 0 split_clitics, bit 1 normalize_numbers
  std::vector<std::string> words;    // vocabulary keys, row order
  RowMatrix word_vectors;            // words.size() x dim
  std::vector<float> word_weights;   // SIF weight per word
  RowMatrix bucket_vectors;          // n_buckets x dim (fastText input rows after the words)
  // Optional: file row of each bucket (a permutation of 0..n_buckets-1).
  // The converter puts the buckets most words use first, so that looking up
  // the subwords of a few unknown words touches few pages of the file.
  std::vector<uint32_t> bucket_rows;
  Eigen::VectorXf mean[2];           // en, fr: subtracted first (empty = none)
  RowMatrix components[2];           // k x dim unit rows, projected out second
  RowMatrix map[2];                  // dim x dim applied last (empty = identity)
  std::vector<SelfTest> self_tests;  // pairs and expected cosines
  float self_test_tolerance = 1e-4f;
};

// Writes `contents` to `path` (via a temporary file renamed into place).
Status WriteModel(const ModelContents& contents, const std::string& path);

}  // namespace driftalign::embed

#endif  // DRIFTALIGN_EMBED_MODEL_WRITER_H_
