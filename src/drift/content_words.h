// The words of a document as the drift checks see them: content words with
// their byte spans, clauses, word keys and (on demand) unit word vectors, and
// the per-document cache that gives every distinct word one key and one
// vector lookup. Built by CoverageScorer::Tokens (coverage.h) and kept per
// sentence in a PreparedPair (prepared_pair.h).
#ifndef DRIFTALIGN_DRIFT_CONTENT_WORDS_H_
#define DRIFTALIGN_DRIFT_CONTENT_WORDS_H_

#include <Eigen/Core>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "drift/facts.h"

namespace driftalign::drift {

// Writes the unit vector of `word` (lower case) into out[0, dim); all zeros
// when the word has no vector. An empty function gives the LEXICAL baseline:
// a word is covered only by the same word, figure or 5-letter cognate.
using WordVectorFn = std::function<void(Lang lang, std::string_view word, float* out)>;

// Every distinct word seen while checking one document, so each is lower-cased,
// classified and looked up once (a document repeats its names and content
// words): surface form -> word key (shared by the two languages, so "Almaty"
// or "2000" matches on both sides) and cognate prefix; unit vector per
// language and key, looked up on first use. One per document pair (PreparedPair).
struct WordVectorCache {
  struct Surface {
    bool skip = false;        // a stop word or a single letter
    bool exact_only = false;  // an all-capitals word of 2..6 letters (acronym)
    int key = -1;             // lower-cased word (acronyms: canonical cross-language key)
    int prefix = -1;          // key of its first 5 letters, accents folded; -1 when shorter
  };
  // Hash and equality that accept std::string_view (no temporary string).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  WordVectorCache() = default;
  // An overlay for one thread: reads what `base` holds (base must not change
  // while the overlay is in use) and keeps what it adds to itself, with key
  // ids after base's. So several threads can share one warmed cache.
  explicit WordVectorCache(const WordVectorCache* base)
      : base_(base), base_keys_(static_cast<int>(base->key_count())) {}

  std::unordered_map<std::string, Surface, Hash, std::equal_to<>> surfaces[2];  // per Lang
  std::unordered_map<std::string, int, Hash, std::equal_to<>> key_ids;
  std::vector<std::string> keys;  // key id - base_keys_ -> text (KeyText)
  // Per Lang: key id -> row of its unit vector (-1: not looked up yet); rows
  // in blocks of kBlockRows x dim floats.
  static constexpr int kBlockRows = 1024;
  std::vector<int> row[2];
  std::vector<std::unique_ptr<float[]>> blocks[2];
  int rows[2] = {0, 0};

  int Key(std::string_view key);  // id of `key`, added when new
  const Surface& Lookup(std::string_view surface, Lang lang, bool upper, int letters);
  const float* Vector(int key, Lang lang, int dim, const WordVectorFn& fn);
  size_t key_count() const { return static_cast<size_t>(base_keys_) + keys.size(); }
  const std::string& KeyText(int id) const {
    return id < base_keys_ ? base_->KeyText(id) : keys[static_cast<size_t>(id - base_keys_)];
  }

 private:
  // The vector of `key` when this cache has looked it up, else null.
  const float* Find(int key, int lang, int dim) const;
  const WordVectorCache* base_ = nullptr;
  int base_keys_ = 0;
};

using RowMatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// The content words of a text with their byte spans and unit vectors.
struct ContentWords {
  std::vector<size_t> begin, end;  // byte offsets into the text
  std::vector<int> clause;         // clause index of each word
  std::vector<std::pair<size_t, size_t>> clauses;  // byte span of each clause
  RowMatrixF vecs;                 // one row per word
  std::vector<bool> exact_only;    // numbers and acronyms: covered only by the same string
  std::vector<int> word;           // WordVectorCache key of the lower-cased word (figures: digits only)
  std::vector<int> prefix;         // key of the first 5 letters, accents folded (-1 when shorter)
  bool has_vectors = false;        // `vecs` filled (CoverageScorer::LoadVectors)
};

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CONTENT_WORDS_H_
