// The on-disk layout of a driftalign embedding model (".dam" file), shared by
// the loader (model.cc) and the writer (model_writer.cc). models/MODEL.md
// documents the same layout for people; keep the two in sync.
//
//   offset 0     FileHeader (256 bytes): magic, version, sanity block, every
//                parameter that changes a vector, header checksum
//   offset 256   SectionEntry[n_sections] (96 bytes each)
//   then         section payloads, each at a 64-byte-aligned offset
//
// All integers and floats are little-endian IEEE; the sanity block catches a
// reader with another byte order or float format. The header checksum covers
// the header (with that field zeroed) and the section table; the payload
// checksum covers every byte from the end of the section table to the end of
// the file. Both are Checksum64 below.
#ifndef DRIFTALIGN_EMBED_MODEL_FORMAT_H_
#define DRIFTALIGN_EMBED_MODEL_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <xxhash.h>

namespace driftalign::embed::format {

inline constexpr char kMagic[8] = {'D', 'R', 'F', 'T', 'E', 'M', 'B', '\0'};
inline constexpr uint32_t kFormatVersion = 2;  // 2: XXH3 checksums, optional bucket_rows
inline constexpr uint32_t kEndianCheck = 0x01020304u;
inline constexpr float kFloatCheck = -1.15625f;  // exactly representable
inline constexpr uint64_t kU64Check = 0x0102030405060708ull;
inline constexpr size_t kAlign = 64;

enum class DType : uint32_t { kU8 = 1, kI8 = 2, kU32 = 3, kF32 = 4 };

inline size_t DTypeSize(DType t) {
  switch (t) {
    case DType::kU8:
    case DType::kI8: return 1;
    case DType::kU32:
    case DType::kF32: return 4;
  }
  return 0;
}

// How a word is hashed into the vocabulary table and into subword buckets.
enum class HashKind : uint32_t {
  kFastTextFnv1a = 1,  // fastText's 32-bit FNV-1a over bytes as int8 (sign-extended)
};

// Flags in FileHeader::flags.
inline constexpr uint32_t kFlagUnitWordVectors = 1u << 0;   // word vectors normalised before weighting
inline constexpr uint32_t kFlagPerLanguageVocab = 1u << 1;  // vocabulary keys are "en\x1f"+word / "fr\x1f"+word
inline constexpr uint32_t kFlagMapEn = 1u << 2;             // section map_en present (applied to English)
inline constexpr uint32_t kFlagMapFr = 1u << 3;             // section map_fr present (applied to French)

#pragma pack(push, 1)
struct FileHeader {
  char magic[8];
  uint32_t format_version;
  uint32_t header_bytes;  // 256 + 96 * n_sections
  // Sanity block.
  uint32_t endian_check;
  float float_check;
  uint64_t u64_check;
  // Everything that changes the vector of a string.
  uint32_t dim;
  uint32_t n_words;
  uint32_t n_buckets;
  uint32_t minn;
  uint32_t maxn;
  uint32_t hash_kind;          // HashKind
  uint32_t tokenizer_version;  // embed::kTokenizerVersion at conversion
  uint32_t tokenizer_flags;    // bit 0 split_clitics, bit 1 normalize_numbers
  uint32_t flags;              // kFlag*
  float sif_a;                 // SIF weight a/(a + p(w)); recorded, weights are precomputed
  float oov_weight;            // weight of a word not in the vocabulary
  uint32_t n_components_en;    // common components removed from English vectors
  uint32_t n_components_fr;
  uint32_t n_sections;
  uint32_t n_self_tests;
  float self_test_tolerance;   // max |cosine - expected| accepted at load
  uint64_t file_bytes;
  uint64_t payload_checksum;
  uint64_t header_checksum;
  char name[64];               // NUL-padded
  char languages[16];          // "en,fr"
  uint8_t reserved[256 - 8 - 4 * 2 - 4 - 4 - 8 - 4 * 16 - 8 * 3 - 64 - 16];
};
static_assert(sizeof(FileHeader) == 256, "FileHeader must be 256 bytes");

struct SectionEntry {
  char name[32];  // NUL-padded
  uint32_t dtype; // DType
  uint32_t rank;  // 1 or 2
  uint64_t shape[2];
  uint64_t offset;  // from the start of the file, multiple of kAlign
  uint64_t bytes;   // == prod(shape) * DTypeSize(dtype)
  uint8_t reserved[96 - 32 - 8 - 16 - 16];
};
static_assert(sizeof(SectionEntry) == 96, "SectionEntry must be 96 bytes");
#pragma pack(pop)

// The 64-bit checksum of the format (version 2 on): XXH3-64 with seed 0
// (libxxhash). The header checksum is the digest of the header (with its
// checksum field zeroed) followed by the section table, streamed.
inline uint64_t Checksum64(const void* data, size_t n) { return XXH3_64bits(data, n); }

inline uint64_t Checksum64(const void* a, size_t na, const void* b, size_t nb) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  XXH3_64bits_update(state, a, na);
  XXH3_64bits_update(state, b, nb);
  const uint64_t h = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return h;
}

// fastText's word hash (Dictionary::hash): FNV-1a over the bytes taken as int8.
inline uint32_t FastTextHash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) {
    h = h ^ static_cast<uint32_t>(static_cast<int8_t>(c));
    h = h * 16777619u;
  }
  return h;
}

}  // namespace driftalign::embed::format

#endif  // DRIFTALIGN_EMBED_MODEL_FORMAT_H_
