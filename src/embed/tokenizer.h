// Word tokenisation for the embedding model: the SAME code runs when the
// training text is prepared (`driftalign tokenize`) and when sentences are
// embedded, so a word maps to the same vector in both places.
//
// Steps, in order (each step is part of the model contract, see MODEL.md):
//  1. lowercase (ICU root locale, full case mapping) and map U+2019/U+02BC to '\'';
//  2. ICU word breaks; only segments with a word status (letters, numbers,
//     kana, ideographs) are kept — spaces and punctuation are dropped;
//  3. French elisions are split after the apostrophe ("l'est" -> "l'", "est";
//     "qu'il" -> "qu'", "il"); English "'s" is split off ("obama's" -> "obama", "'s");
//  4. numbers are kept as tokens in a normalised form that is the same in both
//     languages: digit groups separated by a space/NBSP/thin space are joined
//     ("2 000" -> "2000"), thousands separators dropped and the decimal mark
//     made '.' ("1,000.5" en and "1 000,5" fr -> "1000.5").
//
//   StatusOr<Tokenizer> tok = Tokenizer::Create("fr", {});
//   std::vector<std::string> words;
//   tok->Tokenize("Qu'il vienne le 2 mai.", &words);  // qu' il vienne le 2 mai
#ifndef DRIFTALIGN_EMBED_TOKENIZER_H_
#define DRIFTALIGN_EMBED_TOKENIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END
struct UCaseMap;

namespace driftalign::embed {

struct TokenizerOptions {
  // Split French elisions (l', d', qu', ...) and English "'s". Default true.
  bool split_clitics = true;
  // Join digit groups and normalise separators (see header comment). Default true.
  bool normalize_numbers = true;
};

// Tokenizer version recorded in model headers; bump on any behaviour change.
constexpr int kTokenizerVersion = 1;

class Tokenizer {
 public:
  // `lang` is "en" or "fr"; anything else is InvalidArgument.
  static StatusOr<Tokenizer> Create(const std::string& lang, const TokenizerOptions& options = {});

  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  ~Tokenizer();

  // Appends the tokens of `text` (valid UTF-8; invalid bytes are tolerated and
  // end up inside tokens) to `out`. Not thread-safe: one Tokenizer per thread.
  void Tokenize(std::string_view text, std::vector<std::string>* out) const;

  const std::string& lang() const { return lang_; }

 private:
  Tokenizer(std::string lang, TokenizerOptions options, std::unique_ptr<icu::BreakIterator> it,
            UCaseMap* casemap);
  void Emit(std::string_view token, bool is_number, std::vector<std::string>* out) const;

  std::string lang_;
  bool french_ = false;
  TokenizerOptions options_;
  std::unique_ptr<icu::BreakIterator> iterator_;
  UCaseMap* casemap_ = nullptr;
  mutable std::string lower_;  // reused buffer
};

}  // namespace driftalign::embed

#endif  // DRIFTALIGN_EMBED_TOKENIZER_H_
