#include "embed/model_writer.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "embed/model_format.h"
#include "embed/tokenizer.h"

namespace driftalign::embed {

namespace {

using format::DType;

struct PendingSection {
  std::string name;
  DType dtype;
  uint32_t rank;
  uint64_t rows, cols;
  std::string bytes;
};

template <typename T>
std::string Bytes(const T* data, size_t n) {
  return std::string(reinterpret_cast<const char*>(data), n * sizeof(T));
}

// Quantises each row to int8 with scale max|x|/127; returns (values, scales).
void Quantize(const RowMatrix& m, std::string* values, std::string* scales) {
  values->resize(static_cast<size_t>(m.rows()) * m.cols());
  std::vector<float> s(m.rows());
  for (Eigen::Index r = 0; r < m.rows(); ++r) {
    float mx = m.row(r).cwiseAbs().maxCoeff();
    float scale = mx > 0.0f ? mx / 127.0f : 0.0f;
    s[r] = scale;
    for (Eigen::Index c = 0; c < m.cols(); ++c) {
      float q = scale > 0.0f ? std::nearbyint(m(r, c) / scale) : 0.0f;
      q = std::max(-127.0f, std::min(127.0f, q));
      (*values)[r * m.cols() + c] = static_cast<char>(static_cast<int8_t>(q));
    }
  }
  *scales = Bytes(s.data(), s.size());
}

}  // namespace

Status WriteModel(const ModelContents& c, const std::string& path) {
  const uint64_t n = c.words.size();
  if (c.dim <= 0 || static_cast<uint64_t>(c.word_vectors.rows()) != n || c.word_vectors.cols() != c.dim ||
      c.word_weights.size() != n || (c.bucket_vectors.rows() > 0 && c.bucket_vectors.cols() != c.dim)) {
    return InvalidArgument("WriteModel: inconsistent shapes in model contents");
  }
  if (c.name.size() >= 64) return InvalidArgument("WriteModel: name longer than 63 bytes: " + c.name);
  std::vector<PendingSection> sections;
  auto add = [&](std::string name, DType t, uint32_t rank, uint64_t rows, uint64_t cols, std::string b) {
    sections.push_back({std::move(name), t, rank, rows, cols, std::move(b)});
  };
  std::string q, s;
  Quantize(c.word_vectors, &q, &s);
  add("word_vectors", DType::kI8, 2, n, c.dim, std::move(q));
  add("word_scales", DType::kF32, 1, n, 1, std::move(s));
  add("word_weights", DType::kF32, 1, n, 1, Bytes(c.word_weights.data(), n));
  std::vector<uint32_t> offsets{0};
  std::string blob;
  for (const std::string& w : c.words) {
    blob += w;
    offsets.push_back(static_cast<uint32_t>(blob.size()));
  }
  add("word_offsets", DType::kU32, 1, n + 1, 1, Bytes(offsets.data(), offsets.size()));
  const uint64_t blob_size = blob.size();
  add("word_bytes", DType::kU8, 1, blob_size, 1, std::move(blob));
  uint64_t table_size = 1;
  while (table_size < 2 * n + 1) table_size <<= 1;
  std::vector<uint32_t> table(table_size, 0);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t slot = format::FastTextHash(c.words[i]) & (table_size - 1);
    while (table[slot] != 0) slot = (slot + 1) & (table_size - 1);
    table[slot] = static_cast<uint32_t>(i + 1);
  }
  add("word_table", DType::kU32, 1, table_size, 1, Bytes(table.data(), table.size()));
  const int64_t nb = c.bucket_vectors.rows();
  if (!c.bucket_rows.empty()) {
    // Store bucket b at row bucket_rows[b].
    if (static_cast<int64_t>(c.bucket_rows.size()) != nb) {
      return ModelError("bucket_rows has " + std::to_string(c.bucket_rows.size()) + " entries for " +
                        std::to_string(nb) + " buckets");
    }
    RowMatrix stored(nb, c.dim);
    std::vector<bool> used(nb, false);
    for (int64_t b = 0; b < nb; ++b) {
      const uint32_t r = c.bucket_rows[b];
      if (r >= nb || used[r]) return ModelError("bucket_rows is not a permutation");
      used[r] = true;
      stored.row(r) = c.bucket_vectors.row(b);
    }
    Quantize(stored, &q, &s);
    add("bucket_rows", DType::kU32, 1, nb, 1, Bytes(c.bucket_rows.data(), c.bucket_rows.size()));
  } else {
    Quantize(c.bucket_vectors, &q, &s);
  }
  add("bucket_vectors", DType::kI8, 2, nb, c.dim, std::move(q));
  add("bucket_scales", DType::kF32, 1, nb, 1, std::move(s));
  const char* langs[2] = {"en", "fr"};
  uint32_t flags = 0;
  if (c.unit_word_vectors) flags |= format::kFlagUnitWordVectors;
  if (c.per_language_vocab) flags |= format::kFlagPerLanguageVocab;
  for (int l = 0; l < 2; ++l) {
    if (c.mean[l].size() == c.dim) {
      add(std::string("mean_") + langs[l], DType::kF32, 1, c.dim, 1, Bytes(c.mean[l].data(), c.dim));
    }
    if (c.components[l].rows() > 0) {
      add(std::string("components_") + langs[l], DType::kF32, 2, c.components[l].rows(), c.dim,
          Bytes(c.components[l].data(), c.components[l].size()));
    }
    if (c.map[l].rows() == c.dim && c.map[l].cols() == c.dim) {
      flags |= l == 0 ? format::kFlagMapEn : format::kFlagMapFr;
      add(std::string("map_") + langs[l], DType::kF32, 2, c.dim, c.dim,
          Bytes(c.map[l].data(), c.map[l].size()));
    }
  }
  std::string st_text;
  std::vector<float> st_cos;
  for (const SelfTest& t : c.self_tests) {
    st_text += t.en + "\t" + t.fr + "\n";
    st_cos.push_back(t.cosine);
  }
  const uint64_t st_size = st_text.size();
  add("self_test_text", DType::kU8, 1, st_size, 1, std::move(st_text));
  add("self_test_cosine", DType::kF32, 1, st_cos.size(), 1, Bytes(st_cos.data(), st_cos.size()));

  format::FileHeader h{};
  std::memcpy(h.magic, format::kMagic, sizeof(h.magic));
  h.format_version = format::kFormatVersion;
  h.n_sections = static_cast<uint32_t>(sections.size());
  h.header_bytes = static_cast<uint32_t>(sizeof(format::FileHeader) + sections.size() * sizeof(format::SectionEntry));
  h.endian_check = format::kEndianCheck;
  h.float_check = format::kFloatCheck;
  h.u64_check = format::kU64Check;
  h.dim = c.dim;
  h.n_words = static_cast<uint32_t>(n);
  h.n_buckets = static_cast<uint32_t>(c.bucket_vectors.rows());
  h.minn = c.minn;
  h.maxn = c.maxn;
  h.hash_kind = static_cast<uint32_t>(format::HashKind::kFastTextFnv1a);
  h.tokenizer_version = kTokenizerVersion;
  h.tokenizer_flags = c.tokenizer_flags;
  h.flags = flags;
  h.sif_a = c.sif_a;
  h.oov_weight = c.oov_weight;
  h.n_components_en = static_cast<uint32_t>(c.components[0].rows());
  h.n_components_fr = static_cast<uint32_t>(c.components[1].rows());
  h.n_self_tests = static_cast<uint32_t>(c.self_tests.size());
  h.self_test_tolerance = c.self_test_tolerance;
  std::memcpy(h.name, c.name.data(), c.name.size());
  std::memcpy(h.languages, "en,fr", 5);

  std::vector<format::SectionEntry> entries(sections.size());
  uint64_t offset = h.header_bytes;
  std::string payload;
  for (size_t i = 0; i < sections.size(); ++i) {
    const PendingSection& p = sections[i];
    uint64_t aligned = (offset + format::kAlign - 1) / format::kAlign * format::kAlign;
    payload.append(aligned - offset, '\0');
    offset = aligned;
    format::SectionEntry& e = entries[i];
    std::memset(&e, 0, sizeof(e));
    std::strncpy(e.name, p.name.c_str(), sizeof(e.name) - 1);
    e.dtype = static_cast<uint32_t>(p.dtype);
    e.rank = p.rank;
    e.shape[0] = p.rows;
    e.shape[1] = p.rank == 2 ? p.cols : 0;
    e.offset = offset;
    e.bytes = p.bytes.size();
    payload += p.bytes;
    offset += p.bytes.size();
  }
  h.file_bytes = offset;
  h.payload_checksum = format::Checksum64(payload.data(), payload.size());
  h.header_checksum = 0;
  h.header_checksum =
      format::Checksum64(&h, sizeof(h), entries.data(), entries.size() * sizeof(format::SectionEntry));

  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return ModelError(tmp + ": cannot open for writing");
    out.write(reinterpret_cast<const char*>(&h), sizeof(h));
    out.write(reinterpret_cast<const char*>(entries.data()), entries.size() * sizeof(format::SectionEntry));
    out.write(payload.data(), static_cast<std::streamsize>(payload.size()));
    out.flush();
    if (!out) return ModelError(tmp + ": write failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return ModelError(path + ": cannot rename " + tmp + " into place: " + std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace driftalign::embed
