#include "embed/model.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "embed/tokenizer.h"
#include "embed/verified_stamp.h"
#include "text/input.h"

namespace driftalign::embed {

namespace {

std::string Hex(const unsigned char* d, unsigned n) {
  static const char* kDigits = "0123456789abcdef";
  std::string s;
  for (unsigned i = 0; i < n; ++i) {
    s.push_back(kDigits[d[i] >> 4]);
    s.push_back(kDigits[d[i] & 15]);
  }
  return s;
}

std::string FixedString(const char* p, size_t n) {
  size_t len = 0;
  while (len < n && p[len] != '\0') ++len;
  return std::string(p, len);
}

// Per-thread tokenizers, one per language, recreated if the flags differ.
struct ThreadTokenizers {
  std::unique_ptr<Tokenizer> tok[2];
  uint32_t flags[2] = {0, 0};
  std::vector<std::string> tokens;
  std::string key;
  std::string oov_key;
  // Subword vectors of out-of-vocabulary words seen recently by this thread
  // (names repeat within a story); cleared when full or when another model asks.
  const Model* oov_owner = nullptr;
  uint64_t oov_generation = 0;
  std::unordered_map<std::string, std::vector<float>> oov;
};

std::atomic<uint64_t> g_model_generation{0};
constexpr size_t kOovCacheEntries = 20000;

ThreadTokenizers& Local() {
  thread_local ThreadTokenizers t;
  return t;
}

}  // namespace

int LangIndex(std::string_view lang) {
  if (lang == "en") return 0;
  assert(lang == "fr" && "language must be en or fr");
  return 1;
}

Model::~Model() {
  if (base_ != nullptr) munmap(const_cast<unsigned char*>(base_), size_);
}

StatusOr<std::unique_ptr<Model>> Model::Load(const std::string& path, const LoadOptions& options) {
  std::unique_ptr<Model> model(new Model());
  model->path_ = path;
  model->generation_ = ++g_model_generation;
  if (Status st = text::CheckInputPath(path); !st.ok()) {
    return ModelError(st.message() + " (--model takes the model file, e.g. models/" + kDefaultModelFile + ")");
  }
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return ModelError(path + ": cannot open model: " + std::strerror(errno) +
                      " (pass --model PATH or build models/ with scripts/train_model.sh)");
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    close(fd);
    return ModelError(path + ": cannot stat model: " + std::strerror(errno));
  }
  model->size_ = static_cast<size_t>(st.st_size);
  if (model->size_ < sizeof(format::FileHeader)) {
    close(fd);
    return ModelError(path + ": truncated model: " + std::to_string(model->size_) +
                      " bytes, the header alone needs " + std::to_string(sizeof(format::FileHeader)));
  }
  void* p = mmap(nullptr, model->size_, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED) {
    close(fd);
    return ModelError(path + ": mmap failed: " + std::strerror(errno));
  }
  // Lookups jump around the file: no readahead, so RSS grows with the words used.
  madvise(p, model->size_, MADV_RANDOM);
  model->base_ = static_cast<const unsigned char*>(p);
  const Status parsed = model->Parse(options, fd, st);
  close(fd);
  RETURN_IF_ERROR(parsed);
  // The checks above (self-test sentences, checksum) touched pages the caller
  // may never use, and the kernel maps up to 64 KB around each fault
  // ("fault-around"), which MADV_RANDOM does not turn off. Drop every page
  // from this process's page tables: the mapping is read-only, so nothing is
  // lost, and later lookups fault back in only what they read.
  madvise(p, model->size_, MADV_DONTNEED);
  return model;
}

Status Model::RequireSection(const std::string& name, format::DType dtype, uint64_t rows,
                             uint64_t cols, Section* out, bool optional) {
  for (const format::SectionEntry& e : sections_) {
    if (FixedString(e.name, sizeof(e.name)) != name) continue;
    uint64_t want_rows = rows, want_cols = cols;
    uint64_t got_rows = e.shape[0], got_cols = e.rank == 2 ? e.shape[1] : 1;
    if (e.dtype != static_cast<uint32_t>(dtype) ||
        (want_rows != UINT64_MAX && got_rows != want_rows) ||
        (want_cols != UINT64_MAX && got_cols != want_cols)) {
      return ModelError(path_ + ": section '" + name + "' has dtype " + std::to_string(e.dtype) +
                        " shape [" + std::to_string(got_rows) + ", " + std::to_string(got_cols) +
                        "], expected dtype " + std::to_string(static_cast<uint32_t>(dtype)) + " shape [" +
                        (want_rows == UINT64_MAX ? std::string("*") : std::to_string(want_rows)) + ", " +
                        (want_cols == UINT64_MAX ? std::string("*") : std::to_string(want_cols)) + "]");
    }
    out->data = base_ + e.offset;
    out->rows = got_rows;
    out->cols = got_cols;
    return Status::Ok();
  }
  if (optional) return Status::Ok();
  return ModelError(path_ + ": model has no section '" + name + "' (not a complete driftalign model)");
}

Status Model::VerifyPayload(int fd, uint64_t begin) const {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  std::vector<char> buf(1 << 20);
  uint64_t at = begin;
  while (at < size_) {
    const ssize_t got = pread(fd, buf.data(), std::min<uint64_t>(buf.size(), size_ - at), static_cast<off_t>(at));
    if (got <= 0) {
      XXH3_freeState(state);
      return ModelError(path_ + ": read error at byte offset " + std::to_string(at) + " while verifying the payload" +
                        (got < 0 ? std::string(": ") + std::strerror(errno) : std::string()));
    }
    XXH3_64bits_update(state, buf.data(), static_cast<size_t>(got));
    at += static_cast<uint64_t>(got);
  }
  const uint64_t sum = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  if (sum != header_.payload_checksum) {
    return ModelError(path_ + ": payload checksum mismatch (bytes " + std::to_string(begin) + "-" +
                      std::to_string(size_) + "): the model file is corrupt; re-copy or rebuild it");
  }
  return Status::Ok();
}

Status Model::Parse(const LoadOptions& options, int fd, const struct stat& st) {
  using namespace format;
  std::memcpy(&header_, base_, sizeof(header_));
  const FileHeader& h = header_;
  if (std::memcmp(h.magic, kMagic, sizeof(kMagic)) != 0) {
    return ModelError(path_ + ": not a driftalign model (bad magic at byte offset 0); "
                      "convert fastText files with `driftalign convert-model`");
  }
  if (h.format_version != kFormatVersion) {
    return ModelError(path_ + ": model format version " + std::to_string(h.format_version) +
                      " at byte offset 8, this driftalign reads version " +
                      std::to_string(kFormatVersion) + "; rebuild the model or driftalign");
  }
  if (h.endian_check != kEndianCheck || h.float_check != kFloatCheck || h.u64_check != kU64Check) {
    return ModelError(path_ + ": sanity block mismatch at byte offset 16 (byte order or float "
                      "format differs from the machine that wrote the model)");
  }
  const uint64_t table_end = sizeof(FileHeader) + uint64_t{h.n_sections} * sizeof(SectionEntry);
  if (h.n_sections > 4096 || h.header_bytes != table_end) {
    return ModelError(path_ + ": corrupt header at byte offset 12: header_bytes " +
                      std::to_string(h.header_bytes) + " for " + std::to_string(h.n_sections) + " sections");
  }
  if (h.file_bytes != size_) {
    return ModelError(path_ + ": model is " + std::to_string(size_) + " bytes but its header says " +
                      std::to_string(h.file_bytes) + " (truncated or appended to; re-copy the file)");
  }
  if (table_end > size_) {
    return ModelError(path_ + ": truncated: section table ends at byte offset " +
                      std::to_string(table_end) + " beyond the end of the file (" + std::to_string(size_) + ")");
  }
  {
    FileHeader copy = h;
    copy.header_checksum = 0;
    uint64_t sum = Checksum64(&copy, sizeof(copy), base_ + sizeof(FileHeader), table_end - sizeof(FileHeader));
    if (sum != h.header_checksum) {
      return ModelError(path_ + ": header checksum mismatch (bytes 0-" + std::to_string(table_end) +
                        "): the model file is corrupt; re-copy or rebuild it");
    }
  }
  if (h.dim == 0 || h.dim > 4096 || h.maxn > 32 || h.minn > h.maxn ||
      h.hash_kind != static_cast<uint32_t>(HashKind::kFastTextFnv1a)) {
    return ModelError(path_ + ": unsupported parameters in header (dim " + std::to_string(h.dim) +
                      ", minn " + std::to_string(h.minn) + ", maxn " + std::to_string(h.maxn) +
                      ", hash " + std::to_string(h.hash_kind) + ")");
  }
  if (h.tokenizer_version != static_cast<uint32_t>(kTokenizerVersion)) {
    return ModelError(path_ + ": model was built for tokenizer version " +
                      std::to_string(h.tokenizer_version) + ", this driftalign has version " +
                      std::to_string(kTokenizerVersion) + "; convert the model again");
  }
  name_ = FixedString(h.name, sizeof(h.name));
  sections_.resize(h.n_sections);
  if (h.n_sections) {
    std::memcpy(sections_.data(), base_ + sizeof(FileHeader), h.n_sections * sizeof(SectionEntry));
  }
  for (uint32_t i = 0; i < h.n_sections; ++i) {
    const SectionEntry& e = sections_[i];
    const uint64_t at = sizeof(FileHeader) + uint64_t{i} * sizeof(SectionEntry);
    const std::string name = FixedString(e.name, sizeof(e.name));
    size_t unit = DTypeSize(static_cast<DType>(e.dtype));
    uint64_t cols = e.rank == 2 ? e.shape[1] : 1;
    bool bad_shape = unit == 0 || (e.rank != 1 && e.rank != 2) ||
                     (cols != 0 && e.shape[0] > (UINT64_MAX / unit) / cols) ||
                     e.shape[0] * cols * unit != e.bytes;
    if (bad_shape) {
      return ModelError(path_ + ": section '" + name + "' (entry at byte offset " + std::to_string(at) +
                        "): dtype/shape/byte count disagree");
    }
    if (e.offset % kAlign != 0 || e.offset < table_end || e.offset > size_ || e.bytes > size_ - e.offset) {
      return ModelError(path_ + ": section '" + name + "' at byte offset " + std::to_string(e.offset) +
                        " with " + std::to_string(e.bytes) + " bytes is misaligned or past the end of the " +
                        std::to_string(size_) + "-byte file");
    }
  }
  if (options.verify_checksum) {
    RETURN_IF_ERROR(VerifyPayload(fd, table_end));
  } else if (options.verify_checksum_once) {
    const VerifiedStamp stamp(st, h.payload_checksum);
    if (!stamp.Present()) {
      RETURN_IF_ERROR(VerifyPayload(fd, table_end));
      stamp.Write();
    }
  }
  const uint64_t n = h.n_words, d = h.dim;
  RETURN_IF_ERROR(RequireSection("word_vectors", DType::kI8, n, d, &word_vectors_));
  RETURN_IF_ERROR(RequireSection("word_scales", DType::kF32, n, 1, &word_scales_));
  RETURN_IF_ERROR(RequireSection("word_weights", DType::kF32, n, 1, &word_weights_));
  RETURN_IF_ERROR(RequireSection("word_offsets", DType::kU32, n + 1, 1, &word_offsets_));
  RETURN_IF_ERROR(RequireSection("word_bytes", DType::kU8, UINT64_MAX, 1, &word_bytes_));
  RETURN_IF_ERROR(RequireSection("word_table", DType::kU32, UINT64_MAX, 1, &word_table_));
  RETURN_IF_ERROR(RequireSection("bucket_vectors", DType::kI8, h.n_buckets, d, &bucket_vectors_));
  RETURN_IF_ERROR(RequireSection("bucket_scales", DType::kF32, h.n_buckets, 1, &bucket_scales_));
  RETURN_IF_ERROR(RequireSection("bucket_rows", DType::kU32, h.n_buckets, 1, &bucket_rows_, /*optional=*/true));
  if (bucket_rows_.data) {
    const uint32_t* rows = static_cast<const uint32_t*>(bucket_rows_.data);
    for (uint64_t b = 0; b < h.n_buckets; ++b) {
      if (rows[b] >= h.n_buckets) {
        return ModelError(path_ + ": bucket_rows[" + std::to_string(b) + "] = " + std::to_string(rows[b]) +
                          " is past the " + std::to_string(h.n_buckets) + " buckets");
      }
    }
  }
  const uint64_t table = word_table_.rows;
  if (table == 0 || (table & (table - 1)) != 0 || table < n) {
    return ModelError(path_ + ": word_table has " + std::to_string(table) +
                      " slots; expected a power of two >= n_words " + std::to_string(n));
  }
  table_mask_ = table - 1;
  {
    const uint32_t* off = static_cast<const uint32_t*>(word_offsets_.data);
    if (off[n] > word_bytes_.rows) {
      return ModelError(path_ + ": word_offsets end at " + std::to_string(off[n]) + " past word_bytes (" +
                        std::to_string(word_bytes_.rows) + " bytes)");
    }
  }
  const char* langs[2] = {"en", "fr"};
  const uint32_t ncomp[2] = {h.n_components_en, h.n_components_fr};
  const uint32_t map_flag[2] = {kFlagMapEn, kFlagMapFr};
  for (int l = 0; l < 2; ++l) {
    std::string lang = langs[l];
    RETURN_IF_ERROR(RequireSection("mean_" + lang, DType::kF32, d, 1, &mean_[l], /*optional=*/true));
    if (ncomp[l] > 0) {
      RETURN_IF_ERROR(RequireSection("components_" + lang, DType::kF32, ncomp[l], d, &components_[l]));
    }
    if (h.flags & map_flag[l]) RETURN_IF_ERROR(RequireSection("map_" + lang, DType::kF32, d, d, &map_[l]));
  }
  Section st_text, st_cos;
  RETURN_IF_ERROR(RequireSection("self_test_text", DType::kU8, UINT64_MAX, 1, &st_text));
  RETURN_IF_ERROR(RequireSection("self_test_cosine", DType::kF32, h.n_self_tests, 1, &st_cos));
  {
    std::string_view text(static_cast<const char*>(st_text.data), st_text.rows);
    const float* cos = static_cast<const float*>(st_cos.data);
    size_t pos = 0;
    for (uint32_t i = 0; i < h.n_self_tests; ++i) {
      size_t nl = text.find('\n', pos);
      size_t tab = text.find('\t', pos);
      if (nl == std::string_view::npos || tab == std::string_view::npos || tab > nl) {
        return ModelError(path_ + ": self_test_text is malformed at pair " + std::to_string(i));
      }
      self_tests_.push_back({std::string(text.substr(pos, tab - pos)),
                             std::string(text.substr(tab + 1, nl - tab - 1)), cos[i]});
      pos = nl + 1;
    }
  }
  if (options.run_self_test) {
    for (const SelfTest& t : self_tests_) {
      float got = PairCosine(t.en, t.fr);
      if (!(std::fabs(got - t.cosine) <= h.self_test_tolerance)) {
        return ModelError(path_ + ": self-test failed: cosine(\"" + t.en + "\", \"" + t.fr + "\") = " +
                          std::to_string(got) + ", expected " + std::to_string(t.cosine) +
                          " (the model or this build computes vectors differently; rebuild one of them)");
      }
    }
  }
  return Status::Ok();
}

void Model::PrefetchSha256() const {
  std::lock_guard<std::mutex> lock(sha_mu_);
  if (sha_prefetch_.valid()) return;
  sha_prefetch_ = std::async(std::launch::async, [this] { (void)ComputeSha256(); });
}

const std::string& Model::sha256() const {
  {
    std::lock_guard<std::mutex> lock(sha_mu_);
    if (sha_prefetch_.valid()) sha_prefetch_.wait();
  }
  return ComputeSha256();
}

const std::string& Model::ComputeSha256() const {
  std::call_once(sha_once_, [this] {
    // Read with read(2), not through the mapping, so the pages do not count
    // towards this process's RSS.
    int fd = open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    std::vector<char> buf(1 << 20);
    ssize_t got;
    while ((got = read(fd, buf.data(), buf.size())) > 0) EVP_DigestUpdate(ctx, buf.data(), got);
    close(fd);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    EVP_DigestFinal_ex(ctx, md, &len);
    EVP_MD_CTX_free(ctx);
    sha256_ = Hex(md, len);
  });
  return sha256_;
}

std::string_view Model::Word(int64_t row) const {
  if (row < 0 || static_cast<uint64_t>(row) >= header_.n_words) return {};
  const uint32_t* off = static_cast<const uint32_t*>(word_offsets_.data);
  uint32_t b = off[row], e = off[row + 1];
  if (b > e || e > word_bytes_.rows) return {};  // corrupt offsets: treat as absent
  return std::string_view(static_cast<const char*>(word_bytes_.data) + b, e - b);
}

int64_t Model::FindWord(std::string_view lang, std::string_view word) const {
  std::string_view key = word;
  if (header_.flags & format::kFlagPerLanguageVocab) {
    std::string& k = Local().key;
    k.assign(lang);
    k.push_back('\x1f');
    k.append(word);
    key = k;
  }
  const uint32_t* table = static_cast<const uint32_t*>(word_table_.data);
  uint64_t slot = format::FastTextHash(key) & table_mask_;
  for (uint64_t probes = 0; probes <= table_mask_; ++probes) {
    uint32_t v = table[slot];
    if (v == 0) return -1;
    if (v <= header_.n_words && Word(v - 1) == key) return v - 1;
    slot = (slot + 1) & table_mask_;
  }
  return -1;
}

bool Model::SubwordVector(std::string_view word, float* out) const {
  const int d = dim();
  std::fill(out, out + d, 0.0f);
  if (header_.n_buckets == 0 || header_.maxn == 0) return false;
  std::string& w = Local().key;
  w.assign("<");
  w.append(word);
  w.push_back('>');
  const int8_t* q = static_cast<const int8_t*>(bucket_vectors_.data);
  const float* scales = static_cast<const float*>(bucket_scales_.data);
  const uint32_t* rows = static_cast<const uint32_t*>(bucket_rows_.data);
  int count = 0;
  std::string ngram;
  // Same n-grams as fastText's Dictionary::computeSubwords.
  for (size_t i = 0; i < w.size(); ++i) {
    if ((w[i] & 0xC0) == 0x80) continue;
    ngram.clear();
    for (size_t j = i, n = 1; j < w.size() && n <= header_.maxn; ++n) {
      ngram.push_back(w[j++]);
      while (j < w.size() && (w[j] & 0xC0) == 0x80) ngram.push_back(w[j++]);
      if (n >= header_.minn && !(n == 1 && (i == 0 || j == w.size()))) {
        uint64_t b = format::FastTextHash(ngram) % header_.n_buckets;
        if (rows) b = rows[b];
        const int8_t* row = q + b * d;
        const float s = scales[b];
        for (int k = 0; k < d; ++k) out[k] += s * row[k];
        ++count;
      }
    }
  }
  if (count == 0) return false;
  float norm = 0.0f;
  for (int k = 0; k < d; ++k) norm += out[k] * out[k];
  if (norm <= 0.0f) return false;
  float inv = 1.0f / std::sqrt(norm);
  if (!(header_.flags & format::kFlagUnitWordVectors)) inv = 1.0f / count;
  for (int k = 0; k < d; ++k) out[k] *= inv;
  return true;
}

void Model::WordVector(std::string_view lang, std::string_view word, float* out) const {
  (void)WordVectorAndWeight(lang, word, out);
}

float Model::WordVectorAndWeight(std::string_view lang, std::string_view word, float* out) const {
  const int d = dim();
  int64_t row = FindWord(lang, word);
  if (row >= 0) {
    const int8_t* q = static_cast<const int8_t*>(word_vectors_.data) + row * d;
    const float s = static_cast<const float*>(word_scales_.data)[row];
    for (int k = 0; k < d; ++k) out[k] = s * q[k];
    return static_cast<const float*>(word_weights_.data)[row];
  }
  const std::vector<float>& v = OovVector(lang, word);
  if (v.empty()) {
    std::fill(out, out + d, 0.0f);
    return 0.0f;
  }
  std::copy(v.begin(), v.end(), out);
  return header_.oov_weight;
}

const std::vector<float>& Model::OovVector(std::string_view lang, std::string_view word) const {
  // Per-thread cache shared by AddWord and WordVector: the drift checker asks
  // for the vectors of the unknown words that embedding just computed.
  ThreadTokenizers& t = Local();
  if (t.oov_owner != this || t.oov_generation != generation_ || t.oov.size() >= kOovCacheEntries) {
    t.oov.clear();
    t.oov_owner = this;
    t.oov_generation = generation_;
  }
  std::string& key = t.oov_key;
  key.assign(lang);
  key.push_back('\x1f');
  key.append(word);
  auto it = t.oov.find(key);
  if (it == t.oov.end()) {
    std::vector<float> vec(dim());
    if (!SubwordVector(word, vec.data())) vec.clear();
    it = t.oov.emplace(key, std::move(vec)).first;
  }
  return it->second;
}

float Model::AddWord(std::string_view lang, std::string_view word, float* sum) const {
  const int d = dim();
  int64_t row = FindWord(lang, word);
  if (row >= 0) {
    const float w = static_cast<const float*>(word_weights_.data)[row];
    const int8_t* q = static_cast<const int8_t*>(word_vectors_.data) + row * d;
    const float s = w * static_cast<const float*>(word_scales_.data)[row];
    for (int k = 0; k < d; ++k) sum[k] += s * q[k];
    return w;
  }
  const std::vector<float>& v = OovVector(lang, word);
  if (v.empty()) return 0.0f;
  const float w = header_.oov_weight;
  for (int k = 0; k < d; ++k) sum[k] += w * v[k];
  return w;
}

float Model::AddSentence(std::string_view lang, std::string_view text, float* sum) const {
  ThreadTokenizers& t = Local();
  const int l = LangIndex(lang);
  if (!t.tok[l] || t.flags[l] != header_.tokenizer_flags) {
    TokenizerOptions o;
    o.split_clitics = header_.tokenizer_flags & 1u;
    o.normalize_numbers = header_.tokenizer_flags & 2u;
    auto tok = Tokenizer::Create(std::string(lang), o);
    assert(tok.ok());
    t.tok[l] = std::make_unique<Tokenizer>(std::move(tok).value());
    t.flags[l] = header_.tokenizer_flags;
  }
  t.tokens.clear();
  t.tok[l]->Tokenize(text, &t.tokens);
  float weight = 0.0f;
  for (const std::string& tok : t.tokens) weight += AddWord(lang, tok, sum);
  return weight;
}

Eigen::Map<const Eigen::VectorXf> Model::Mean(std::string_view lang) const {
  const Section& s = mean_[LangIndex(lang)];
  return Eigen::Map<const Eigen::VectorXf>(static_cast<const float*>(s.data), s.data ? s.rows : 0);
}

Eigen::Map<const RowMatrix> Model::Components(std::string_view lang) const {
  const Section& s = components_[LangIndex(lang)];
  return Eigen::Map<const RowMatrix>(static_cast<const float*>(s.data), s.data ? s.rows : 0,
                                     s.data ? s.cols : dim());
}

Eigen::Map<const RowMatrix> Model::LanguageMap(std::string_view lang) const {
  const Section& s = map_[LangIndex(lang)];
  return Eigen::Map<const RowMatrix>(static_cast<const float*>(s.data), s.data ? s.rows : 0,
                                     s.data ? s.cols : 0);
}

void Model::Finish(std::string_view lang, float* v) const {
  const int d = dim();
  Eigen::Map<Eigen::VectorXf> x(v, d);
  auto mean = Mean(lang);
  if (mean.size() == d) x -= mean;
  auto u = Components(lang);
  for (Eigen::Index c = 0; c < u.rows(); ++c) x -= u.row(c).transpose() * u.row(c).dot(x);
  auto m = LanguageMap(lang);
  if (m.rows() == d) {
    Eigen::VectorXf y = m * x;
    x = y;
  }
}

float Model::PairCosine(std::string_view en, std::string_view fr) const {
  const int d = dim();
  std::vector<float> a(d, 0.0f), b(d, 0.0f);
  float wa = AddSentence("en", en, a.data());
  float wb = AddSentence("fr", fr, b.data());
  if (wa <= 0.0f || wb <= 0.0f) return 0.0f;
  for (int k = 0; k < d; ++k) {
    a[k] /= wa;
    b[k] /= wb;
  }
  Finish("en", a.data());
  Finish("fr", b.data());
  double dot = 0, na = 0, nb = 0;
  for (int k = 0; k < d; ++k) {
    dot += double{a[k]} * b[k];
    na += double{a[k]} * a[k];
    nb += double{b[k]} * b[k];
  }
  if (na <= 0 || nb <= 0) return 0.0f;
  return static_cast<float>(dot / std::sqrt(na * nb));
}

}  // namespace driftalign::embed
