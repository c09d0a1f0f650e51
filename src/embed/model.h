// A bilingual EN-FR word-vector model, memory-mapped from a ".dam" file
// (format: embed/model_format.h, models/MODEL.md). Words found in the
// vocabulary use their stored vector; any other word gets the average of its
// character n-gram (subword) bucket vectors, as fastText does.
//
//   StatusOr<std::unique_ptr<Model>> model = Model::Load("models/driftalign-enfr-v2.dam");
//   if (!model.ok()) return model.status();
//   std::vector<float> sum((*model)->dim());
//   float weight = (*model)->AddSentence("fr", "Le président a parlé.", sum.data());
//
// Loading maps the file read-only (no copy), checks the header, the section
// table (names, dtypes, shapes, 64-byte alignment, bounds) and the self-test
// pairs; the pages of the vectors are touched only when a word needs them.
// A Model is immutable after Load and safe to share between threads.
#ifndef DRIFTALIGN_EMBED_MODEL_H_
#define DRIFTALIGN_EMBED_MODEL_H_

#include <Eigen/Core>
#include <sys/stat.h>

#include <cstdint>
#include <memory>
#include <future>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "embed/model_format.h"
#include "text/status.h"

namespace driftalign::embed {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct LoadOptions {
  // Verify the payload checksum (XXH3 over every byte after the section
  // table, read with read(2), not through the mapping) on this load, whatever
  // a stamp says: embed --verify-model, convert-model --inspect, the
  // converter's final check. Default false.
  bool verify_checksum = false;
  // Otherwise verify it once per model file (embed/verified_stamp.h): the
  // first load of a file reads it all, later loads of the unchanged file find
  // the stamp and skip the read. Default true (every verb); false skips the
  // payload check (the converter's temporary files). The header checksum,
  // section bounds and self-tests are always checked.
  bool verify_checksum_once = true;
  // Embed the self-test pairs and compare their cosines with the stored ones.
  // Default true; the converter turns it off while it builds a model.
  bool run_self_test = true;
};

// One self-test pair: an English and a French text and the cosine of their
// sentence vectors expected at load.
struct SelfTest {
  std::string en;
  std::string fr;
  float cosine = 0.0f;
};

class Model {
 public:
  static StatusOr<std::unique_ptr<Model>> Load(const std::string& path) { return Load(path, {}); }
  static StatusOr<std::unique_ptr<Model>> Load(const std::string& path, const LoadOptions& options);
  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  int dim() const { return static_cast<int>(header_.dim); }
  const std::string& name() const { return name_; }
  const std::string& path() const { return path_; }
  // Hex SHA-256 of the model file, computed on first call (reads the file once).
  const std::string& sha256() const;
  // Starts computing sha256() on another thread, so that a caller who will
  // print it (json, html, tmx, ... outputs) does not wait for the whole file
  // to be hashed after its real work. Idempotent; sha256() joins it.
  void PrefetchSha256() const;
  const format::FileHeader& header() const { return header_; }
  int64_t file_bytes() const { return static_cast<int64_t>(size_); }

  // Tokenises `text` (embed::Tokenizer of `lang`, "en" or "fr") and adds the
  // SIF-weighted word vectors to sum[0, dim); returns the total weight added
  // (0 when the text has no word). Thread-safe (one tokenizer per thread).
  float AddSentence(std::string_view lang, std::string_view text, float* sum) const;
  // Adds the vector of one already tokenised word times its SIF weight;
  // returns the weight.
  float AddWord(std::string_view lang, std::string_view word, float* sum) const;
  // The unweighted vector of one word (unit length unless it is empty).
  void WordVector(std::string_view lang, std::string_view word, float* out) const;
  // WordVector and the SIF weight AddWord would add it with, in one lookup.
  float WordVectorAndWeight(std::string_view lang, std::string_view word, float* out) const;
  // Vocabulary row of `word`, or -1.
  int64_t FindWord(std::string_view lang, std::string_view word) const;
  int64_t n_words() const { return header_.n_words; }
  std::string_view Word(int64_t row) const;  // as stored (with "xx\x1f" prefix if per-language)

  // Post-processing of a mean sentence vector v = sum / weight, in place:
  // v <- Map_lang * (I - U U^T)(v - mean_lang). Empty parts are identity.
  void Finish(std::string_view lang, float* v) const;
  // Mean, components and map of `lang` (empty when absent).
  Eigen::Map<const Eigen::VectorXf> Mean(std::string_view lang) const;
  Eigen::Map<const RowMatrix> Components(std::string_view lang) const;
  Eigen::Map<const RowMatrix> LanguageMap(std::string_view lang) const;

  const std::vector<SelfTest>& self_tests() const { return self_tests_; }
  // Sentence-vector cosine of an English and a French text (used by self-tests).
  float PairCosine(std::string_view en, std::string_view fr) const;

 private:
  struct Section {
    const void* data = nullptr;
    uint64_t rows = 0, cols = 0;
  };
  Model() = default;
  // `fd` and `st`: the open model file, for the payload checksum.
  Status Parse(const LoadOptions& options, int fd, const struct stat& st);
  Status VerifyPayload(int fd, uint64_t begin) const;
  Status RequireSection(const std::string& name, format::DType dtype, uint64_t rows, uint64_t cols,
                        Section* out, bool optional = false);
  // Adds the dequantised subword-average vector of an OOV word; false if none.
  bool SubwordVector(std::string_view word, float* out) const;

  std::string path_;
  const unsigned char* base_ = nullptr;
  size_t size_ = 0;
  format::FileHeader header_{};
  std::string name_;
  std::vector<format::SectionEntry> sections_;
  Section word_vectors_, word_scales_, word_weights_, word_offsets_, word_bytes_, word_table_;
  Section bucket_vectors_, bucket_scales_, bucket_rows_;  // bucket_rows_ optional
  Section mean_[2], components_[2], map_[2];
  std::vector<SelfTest> self_tests_;
  uint64_t table_mask_ = 0;
  uint64_t generation_ = 0;  // unique per Load, keys per-thread caches
  // Subword vector of an unknown word from the per-thread cache (empty: none).
  const std::vector<float>& OovVector(std::string_view lang, std::string_view word) const;
  const std::string& ComputeSha256() const;  // once, under sha_once_
  mutable std::once_flag sha_once_;
  mutable std::string sha256_;
  mutable std::future<void> sha_prefetch_;
  mutable std::mutex sha_mu_;
};

// The file name of the default model (pipeline/model_lookup.h says where it is looked for).
inline constexpr const char* kDefaultModelFile = "driftalign-enfr-v2.dam";

// Index of a language in per-language arrays: 0 = en, 1 = fr (asserts otherwise).
int LangIndex(std::string_view lang);

}  // namespace driftalign::embed

#endif  // DRIFTALIGN_EMBED_MODEL_H_
